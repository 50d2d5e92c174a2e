// A deterministic, realistic bundle for tests, fuzz seeds and benchmarks:
// four sensors heating up to a throttle, two episodes, a kernel log with
// real-world hang signatures and look-alikes, and secrets to redact.
#pragma once

#include <cstddef>

#include "bundle.h"

namespace tempmon::bundle {

Contents SynthContents(size_t n_samples);

}  // namespace tempmon::bundle
