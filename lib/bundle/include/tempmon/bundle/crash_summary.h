// The crash section of summary.txt and `tempmon-report show` for a bundle
// of trigger "crash": the crash first (time, reason, the kernel's report),
// then each sensor's samples up to it, the crash marked on that timeline.
// Kept apart from summary.cc's other sections.
#pragma once

#include <cstdint>
#include <functional>
#include <string>

#include "tempmon/bundle/bundle.h"

namespace tempmon::bundle {

// `style(code, text)` colours text (an SGR code) or returns it as is; the
// result is empty for any bundle but a crash bundle. Times are relative to
// `origin_ns` (the trigger's).
std::string RenderCrashSummary(const Contents& c, uint64_t origin_ns,
                               const std::function<std::string(const char*, const std::string&)>& style);

}  // namespace tempmon::bundle
