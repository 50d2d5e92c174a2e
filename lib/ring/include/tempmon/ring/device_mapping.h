// RAII read-only zero-copy mapping of /dev/tempmon.
#pragma once

#include <cstddef>
#include <string>

#include "tempmon.h"
#include "tempmon/ring/view.h"

namespace tempmon::ring {

class DeviceMapping {
 public:
  // Opens `path` O_RDONLY, checks TEMPMON_IOC_GET_INFO (magic, ABI major)
  // before mapping, maps PROT_READ/MAP_SHARED and checks the mapped control
  // page again. Throws RingError (with errno and a hint) on any failure.
  explicit DeviceMapping(const std::string& path = "/dev/" TEMPMON_DEVICE_NAME);
  ~DeviceMapping();
  DeviceMapping(const DeviceMapping&) = delete;
  DeviceMapping& operator=(const DeviceMapping&) = delete;
  DeviceMapping(DeviceMapping&& other) noexcept;
  DeviceMapping& operator=(DeviceMapping&& other) noexcept;

  const tempmon_ctrl* ctrl() const { return view_.ctrl; }
  const tempmon_record* records() const { return view_.records; }
  RingView view() const { return view_; }
  // For poll() (POLLIN new records, POLLPRI throttle transitions) and ioctls.
  int fd() const { return fd_; }
  const tempmon_info& info() const { return info_; }

 private:
  void Release() noexcept;

  int fd_ = -1;
  void* map_ = nullptr;
  size_t map_size_ = 0;
  tempmon_info info_{};
  RingView view_{};
};

}  // namespace tempmon::ring
