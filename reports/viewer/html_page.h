// The report page: one self-contained HTML file with inline CSS and JS
// (no network, no external fonts or scripts).
#pragma once

#include <string>

namespace tempmon::report {

// `title` is plain text (escaped here); `data_json` must already be
// script-safe (see ScriptSafeJson).
std::string RenderHtmlPage(const std::string& title, const std::string& data_json);

}  // namespace tempmon::report
