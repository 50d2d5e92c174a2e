#include "feed/throttle_flags.h"

#include <tempmon.h>

#include "tempmon/bundle/flag_names.h"

namespace tempmon::feed {

static_assert(TEMPMON_F_POWER_CAP == 1u << (bundle::kRecordFlagNames.size() - 1),
              "tempmon/bundle/flag_names.h names every TEMPMON_F_* bit");

uint16_t NvmlReasonsToFlags(uint64_t reasons) {
  uint16_t flags = 0;
  if (reasons & kNvmlReasonSwThermalSlowdown) flags |= TEMPMON_F_SW_THROTTLE;
  if (reasons & (kNvmlReasonHwThermalSlowdown | kNvmlReasonHwSlowdown)) flags |= TEMPMON_F_HW_THROTTLE;
  if (reasons & (kNvmlReasonHwPowerBrakeSlowdown | kNvmlReasonSwPowerCap)) flags |= TEMPMON_F_POWER_CAP;
  return flags;
}

std::string FlagNames(uint16_t flags) {
  std::string out;
  for (uint16_t bit = 1; bit != 0 && bit <= TEMPMON_F_USER_MASK; bit = static_cast<uint16_t>(bit << 1)) {
    if (!(flags & bit & TEMPMON_F_USER_MASK)) continue;
    if (!out.empty()) out += '|';
    out += bundle::RecordFlagName(bit);
  }
  return out.empty() ? "none" : out;
}

}  // namespace tempmon::feed
