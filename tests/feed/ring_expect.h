// Checks that named push sensors and their samples arrived in a ring
// (tempmon.ko's mapping or a shared-memory ring): used by the shm test and,
// through feed_ring_check, by the VM test.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include <tempmon/ring/view.h>

namespace tempmon::feed::test {

struct Expect {
  std::string name;
  std::optional<int32_t> temp_mc;       // of the newest sample
  uint16_t flags = 0;                   // TEMPMON_F_USER_MASK bits of the newest sample
  size_t min_samples = 1;
  std::optional<int32_t> threshold_mc;  // in the sensor table
  // In the sensor's description (ABI 1.1), by name: "nvml", "MHz", ...
  std::optional<std::string> origin, unit, uuid, location;
};

// "NAME=TEMP_MC[,flags=0x100][,min=3][,thr=84850][,origin=nvml][,unit=MHz]
// [,uuid=GPU-...][,loc=00000000:19:00.0]"; NAME alone = any value.
Expect ParseExpect(const std::string& spec);

// Empty when every expectation holds; else one line per failure.
std::vector<std::string> CheckRing(ring::RingView view, const std::vector<Expect>& expects);

// The sensor table and per-sensor sample counts, for logs.
std::string DescribeRing(ring::RingView view);

}  // namespace tempmon::feed::test
