// NVML clock-event ("throttle") reason bits -> tempmon record flags.
// The one place this mapping is defined; docs and tests refer to it.
#pragma once

#include <cstdint>
#include <string>

namespace tempmon::feed {

// nvmlClocksEventReason* bits (NVML API reference).
inline constexpr uint64_t kNvmlReasonSwPowerCap = 0x4;
inline constexpr uint64_t kNvmlReasonHwSlowdown = 0x8;
inline constexpr uint64_t kNvmlReasonSwThermalSlowdown = 0x20;
inline constexpr uint64_t kNvmlReasonHwThermalSlowdown = 0x40;
inline constexpr uint64_t kNvmlReasonHwPowerBrakeSlowdown = 0x80;

// SW thermal slowdown               -> TEMPMON_F_SW_THROTTLE
// HW thermal slowdown, HW slowdown  -> TEMPMON_F_HW_THROTTLE
// HW power brake, SW power cap      -> TEMPMON_F_POWER_CAP
// Every other bit (GPU idle, application clocks, sync boost, display
// clock setting...) is not a throttle and maps to nothing.
uint16_t NvmlReasonsToFlags(uint64_t reasons);

// The source-reported flags by their record names ("hw_throttle|power_cap",
// bundle/flag_names.h) for tables and event lines; "none" for 0.
std::string FlagNames(uint16_t flags);

}  // namespace tempmon::feed
