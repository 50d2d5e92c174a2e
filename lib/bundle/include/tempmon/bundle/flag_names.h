// The names of the ring record's flag bits (TEMPMON_F_* of
// kmod/uapi/tempmon.h), spelled once for every tool: samples.csv writes
// them upper-case (its documented flag_names column: HW_THROTTLE), the
// feeder's tables and the capture's episode causes lower-case
// (nvml:hw_throttle). Header-only, so the feeder needs no bundle library.
#pragma once

#include <array>
#include <cstdint>

namespace tempmon::bundle {

// Index = bit number.
inline constexpr std::array<const char*, 11> kRecordFlagNames = {
    "throttling", "thr_start", "thr_end",     "pushed",      "late",     "stall",
    "read_err",   "marker",    "hw_throttle", "sw_throttle", "power_cap"};

// The name of one flag (a single bit, e.g. TEMPMON_F_POWER_CAP); nullptr
// for a bit without a name.
constexpr const char* RecordFlagName(uint16_t flag) {
  for (unsigned bit = 0; bit < kRecordFlagNames.size(); ++bit)
    if (flag == (1u << bit)) return kRecordFlagNames[bit];
  return nullptr;
}

}  // namespace tempmon::bundle
