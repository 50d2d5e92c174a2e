// Kernel uevents, as the kernel sends them: a NETLINK_KOBJECT_UEVENT socket
// bound to the kernel's multicast group 1 (udevd re-broadcasts on group 2,
// which is never joined). A message counts only when the kernel sent it:
// its sender address is port 0 and its SCM_CREDENTIALS say pid 0, uid 0;
// anything else is counted as forged and dropped, never parsed.
#pragma once

#include <cstdint>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "tempmon/sys/unique_fd.h"

namespace tempmon::capture::uevent {

struct Uevent {
  std::string action;     // "add", "change", "remove", ...
  std::string devpath;    // "/devices/virtual/devcoredump/devcd1", as sent
  std::string subsystem;  // "devcoredump", "drm", ...
  std::map<std::string, std::string> env;  // every KEY=VALUE, the three above included
};

// Parses one kernel uevent message ("ACTION@DEVPATH\0KEY=VALUE\0..."):
// false for anything else (a libudev message, no '@' header, a header that
// disagrees with ACTION/DEVPATH, a key without '=').
bool Parse(std::string_view msg, Uevent& out);

class UeventSocket {
 public:
  // Throws CaptureError with one line when the socket cannot be made.
  UeventSocket();
  int fd() const { return fd_.get(); }
  // Every message queued now (non-blocking), the kernel's only.
  std::vector<Uevent> ReadAvailable();
  uint64_t forged() const { return forged_; }    // not from the kernel: dropped
  uint64_t overruns() const { return overruns_; }  // ENOBUFS: the kernel dropped some
  uint64_t malformed() const { return malformed_; }

 private:
  sys::UniqueFd fd_;
  uint64_t forged_ = 0, overruns_ = 0, malformed_ = 0;
};

}  // namespace tempmon::capture::uevent
