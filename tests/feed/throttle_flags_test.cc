// NVML clock-event reason bits -> record flags (feed/throttle_flags.h).
#include <catch2/catch_test_macros.hpp>
#include <catch2/generators/catch_generators.hpp>

#include <tempmon.h>

#include "feed/throttle_flags.h"

using namespace tempmon::feed;

TEST_CASE("reason bits map to record flags") {
  struct Row {
    uint64_t reasons;
    uint16_t flags;
  };
  auto row = GENERATE(values<Row>({
      {0x0, 0},
      {0x1, 0},    // GPU idle: not a throttle
      {0x2, 0},    // application clocks setting
      {0x4, TEMPMON_F_POWER_CAP},    // SW power cap
      {0x8, TEMPMON_F_HW_THROTTLE},  // HW slowdown
      {0x10, 0},   // sync boost
      {0x20, TEMPMON_F_SW_THROTTLE},  // SW thermal slowdown
      {0x40, TEMPMON_F_HW_THROTTLE},  // HW thermal slowdown
      {0x80, TEMPMON_F_POWER_CAP},    // HW power brake slowdown
      {0x100, 0},  // display clock setting
      {0x48, TEMPMON_F_HW_THROTTLE},
      {0x84, TEMPMON_F_POWER_CAP},
      {0x6c, TEMPMON_F_SW_THROTTLE | TEMPMON_F_HW_THROTTLE | TEMPMON_F_POWER_CAP},
      {~0ULL, TEMPMON_F_SW_THROTTLE | TEMPMON_F_HW_THROTTLE | TEMPMON_F_POWER_CAP},
  }));
  CAPTURE(row.reasons);
  CHECK(NvmlReasonsToFlags(row.reasons) == row.flags);
  // Only bits the module accepts from a push.
  CHECK((NvmlReasonsToFlags(row.reasons) & ~TEMPMON_F_USER_MASK) == 0);
}

TEST_CASE("flag names for tables and events") {
  CHECK(FlagNames(0) == "none");
  CHECK(FlagNames(TEMPMON_F_HW_THROTTLE | TEMPMON_F_POWER_CAP) == "hw_throttle|power_cap");
}
