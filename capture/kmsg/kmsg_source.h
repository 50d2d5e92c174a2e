// /dev/kmsg as a non-blocking source (what it reads is kept in a KmsgLog,
// kmsg_log.h). Records overwritten before we read them (EPIPE) are
// counted, not fatal.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "tempmon/sys/unique_fd.h"
#include "capture/kmsg/kmsg_log.h"
#include "tempmon/bundle/bundle.h"

namespace tempmon::capture::kmsg {

class KmsgSource {
 public:
  // Opens `path` non-blocking; `from_end` skips what is already there.
  // Throws CaptureError (with a hint about permissions) on failure.
  KmsgSource(const std::string& path, bool from_end);

  int fd() const { return fd_.get(); }
  // Reads what is available now; never blocks.
  std::vector<bundle::KmsgRecord> ReadAvailable(size_t max_records = 100000);
  // Records the kernel overwrote before we read them (sequence gaps).
  uint64_t dropped() const { return dropped_; }
  // The kernel's log buffer size in bytes (syslog(2)), 0 when unknown or
  // when the source is not the kernel's device.
  long KernelBufferBytes() const;

 private:
  sys::UniqueFd fd_;
  bool is_device_ = true;
  std::string partial_;  // regular files (tests): bytes after the last newline
  uint64_t dropped_ = 0;
  uint64_t last_seq_ = 0;
  bool have_seq_ = false;
};

// Writes one record to the kernel log through `path` (/dev/kmsg) with
// printk level `level`; throws CaptureError (with a permissions hint).
void WriteRecord(const std::string& path, int level, const std::string& text);

}  // namespace tempmon::capture::kmsg
