// The record checksum alone, by each implementation: what scripts/bench-ring
// prints natively (ring_bench) and in the guest (kmod_bench), where TCG
// emulates the crc32 instruction by a helper call.
#pragma once

#include <algorithm>
#include <chrono>
#include <cstdint>
#include <vector>

#include "tempmon/ring/csum.h"

struct CsumRates {
  double hw = 0, portable = 0;  // records per second, best of 3
};

// The checksum of `n` records by each implementation, into `scratch`
// (its first n * 4 bytes reused as sums).
inline CsumRates CsumRate(const tempmon_record* recs, size_t n, std::vector<tempmon_record>& scratch) {
  auto* sums = reinterpret_cast<uint32_t*>(scratch.data());
  auto rate = [n](std::chrono::steady_clock::time_point t0) {
    return double(n) / std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
  };
  CsumRates best;
  for (int i = 0; i < 3; ++i) {
    auto t0 = std::chrono::steady_clock::now();
    tempmon::ring::RecordChecksumsHw(recs, n, sums);
    best.hw = std::max(best.hw, rate(t0));
    t0 = std::chrono::steady_clock::now();
    tempmon::ring::RecordChecksumsPortable(recs, n, sums);
    best.portable = std::max(best.portable, rate(t0));
  }
  return best;
}
