// A deterministic, realistic bundle for tests, fuzz seeds and benchmarks:
// four sensors heating up to a throttle, two episodes, a kernel log with
// real-world hang signatures and look-alikes, and secrets to redact.
#pragma once

#include <cstddef>
#include <cstdint>

#include "tempmon/bundle/bundle.h"

namespace tempmon::bundle {

// The shape of the samples: how many sensors (the first four are cpu0,
// gpu0, nvme0 and pch; more repeat their kinds as cpu1, gpu1, ...) and the
// interval between two records of the ring, all sensors together.
struct SynthShape {
  size_t sensors = 4;
  uint64_t period_ns = 1'000'000;  // one record per ms
  bool judge = false;  // episodes carry the cause judged from the window
};

Contents SynthContents(size_t n_samples, const SynthShape& shape = {});

}  // namespace tempmon::bundle
