// Recognises the kernel-log lines that mean "this machine hangs" or "this
// CPU throttles", in any of the forms people paste: raw dmesg, dmesg -T,
// journal lines, "kernel:" prefixes, raw /dev/kmsg records.
#pragma once

#include <string>
#include <string_view>

namespace tempmon::capture::kmsg {

enum class Verdict {
  kNone,      // nothing we act on
  kHang,      // soft/hard lockup, hung task, RCU stall
  kGpuHang,   // a GPU fell off the bus, timed out or was reset
  kGpuEvent,  // a GPU error worth recording but not a hang (other Xids)
  kThrottle,  // the CPU reports thermal throttling
};

struct Match {
  Verdict verdict = Verdict::kNone;
  std::string detector;  // "soft_lockup", "nvidia_xid", "amdgpu_ring_timeout"...
  int code = -1;         // NVIDIA Xid number; -1 otherwise
  std::string device;    // "PCI:0000:3b:00", "cpu3", "rcs0"... when known

  // "hang:soft_lockup", "gpu_hang:nvidia_xid:79", "none" (test corpus form).
  std::string ToString() const;
};

// Removes the prefixes a log line picked up on its way to the user.
std::string_view StripPrefixes(std::string_view line);

Match Classify(std::string_view line);

const char* VerdictName(Verdict v);

}  // namespace tempmon::capture::kmsg
