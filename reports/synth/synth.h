// A deterministic, realistic bundle for tests, fuzz seeds and benchmarks:
// four sensors heating up to a throttle, two episodes, a kernel log with
// real-world hang signatures and look-alikes, and secrets to redact.
#pragma once

#include <cstddef>
#include <cstdint>
#include <vector>

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

// Replaces the kernel log of `c` and judges it as the capture judges the
// lines it stores: the old verdicts (kmsg_match events) go, the new ones
// are written, with this build's catalogue identity.
void SetKernelLog(Contents& c, std::vector<KmsgRecord> log);

}  // namespace tempmon::bundle
