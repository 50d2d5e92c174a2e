#include "feed/throttle_flags.h"

#include <tempmon.h>

namespace tempmon::feed {

uint16_t NvmlReasonsToFlags(uint64_t reasons) {
  uint16_t flags = 0;
  if (reasons & kNvmlReasonSwThermalSlowdown) flags |= TEMPMON_F_SW_THROTTLE;
  if (reasons & (kNvmlReasonHwThermalSlowdown | kNvmlReasonHwSlowdown)) flags |= TEMPMON_F_HW_THROTTLE;
  if (reasons & (kNvmlReasonHwPowerBrakeSlowdown | kNvmlReasonSwPowerCap)) flags |= TEMPMON_F_POWER_CAP;
  return flags;
}

std::string FlagNames(uint16_t flags) {
  struct Name {
    uint16_t bit;
    const char* name;
  };
  static constexpr Name kNames[] = {{TEMPMON_F_HW_THROTTLE, "hw_throttle"},
                                    {TEMPMON_F_SW_THROTTLE, "sw_throttle"},
                                    {TEMPMON_F_POWER_CAP, "power_cap"}};
  std::string out;
  for (const Name& n : kNames) {
    if (!(flags & n.bit)) continue;
    if (!out.empty()) out += '|';
    out += n.name;
  }
  return out.empty() ? "none" : out;
}

}  // namespace tempmon::feed
