#include "tempmon/ring/device_mapping.h"

#include <fcntl.h>
#include <sys/ioctl.h>
#include <sys/mman.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <utility>

#include "tempmon/ring/error.h"

namespace tempmon::ring {

namespace {
constexpr const char* kLoadHint = "is tempmon.ko loaded? (modprobe tempmon)";
}

DeviceMapping::DeviceMapping(const std::string& path) {
  fd_ = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd_ < 0) {
    const int err = errno;
    ThrowError(err, "open " + path,
               err == EACCES ? "check the permissions of " + path : std::string(kLoadHint));
  }
  if (::ioctl(fd_, TEMPMON_IOC_GET_INFO, &info_) != 0) {
    const int err = errno;
    Release();
    ThrowError(err, "TEMPMON_IOC_GET_INFO on " + path,
               "is " + path + " really the tempmon device? " + kLoadHint);
  }
  if (const std::string bad = CheckAbi(info_.magic, info_.abi_major, info_.abi_minor); !bad.empty()) {
    Release();
    ThrowError(EPROTO, path + " (tempmon.ko " + std::string(info_.version, strnlen(info_.version, sizeof(info_.version))) +
                           "): " + bad,
               "install matching tempmon tools and module");
  }
  void* m = ::mmap(nullptr, info_.map_size, PROT_READ, MAP_SHARED, fd_, 0);
  if (m == MAP_FAILED) {
    const int err = errno;
    Release();
    ThrowError(err, "mmap " + std::to_string(info_.map_size) + " bytes of " + path,
               "the module refuses writable or wrongly sized mappings");
  }
  map_ = m;
  map_size_ = info_.map_size;
  const std::string bad = CheckCtrl(static_cast<const tempmon_ctrl*>(map_), map_size_);
  if (!bad.empty()) {
    Release();
    ThrowError(EPROTO, "mapped control page of " + path + ": " + bad,
               "module and tools disagree on the ABI");
  }
  view_ = ViewOf(map_, map_size_);
}

DeviceMapping::~DeviceMapping() { Release(); }

DeviceMapping::DeviceMapping(DeviceMapping&& o) noexcept
    : fd_(std::exchange(o.fd_, -1)),
      map_(std::exchange(o.map_, nullptr)),
      map_size_(std::exchange(o.map_size_, 0)),
      info_(o.info_),
      view_(std::exchange(o.view_, RingView{})) {}

DeviceMapping& DeviceMapping::operator=(DeviceMapping&& o) noexcept {
  if (this != &o) {
    Release();
    fd_ = std::exchange(o.fd_, -1);
    map_ = std::exchange(o.map_, nullptr);
    map_size_ = std::exchange(o.map_size_, 0);
    info_ = o.info_;
    view_ = std::exchange(o.view_, RingView{});
  }
  return *this;
}

void DeviceMapping::Release() noexcept {
  if (map_ != nullptr) ::munmap(map_, map_size_);
  if (fd_ >= 0) ::close(fd_);
  map_ = nullptr;
  fd_ = -1;
  view_ = RingView{};
}

}  // namespace tempmon::ring
