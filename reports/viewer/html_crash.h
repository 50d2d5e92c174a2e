// A crash bundle's part of the HTML report (trigger "crash", manifest
// "crash"): the crash first, above the plots (time, reason, the kernel's
// report, what of the tail survived), and the crash and the tail's
// summaries drawn on the timeline. Kept apart from the page's other
// renderers; html_page.cc includes the pieces.
#pragma once

#include <cstdint>

#include <nlohmann/json.hpp>

#include "tempmon/bundle/bundle.h"

namespace tempmon::report {

// The "crash" object of the page's data, null for any other bundle: times
// in seconds relative to `origin_ns` (the page's origin, the trigger).
nlohmann::json HtmlCrashData(const bundle::Contents& c, uint64_t origin_ns);

// The card (first in <main>), and the script's functions: renderCrash()
// fills the card, drawCrash(p, ctx, X, Y) draws on one plot.
extern const char* const kHtmlCrashCard;
extern const char* const kHtmlCrashJs;

}  // namespace tempmon::report
