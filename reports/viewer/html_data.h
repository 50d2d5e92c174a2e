// The data block of the HTML report: compact (per-sensor delta-encoded
// arrays, min/max-per-bucket downsampling that keeps every peak) and safe
// to embed in a <script> element.
#pragma once

#include <cstddef>
#include <string>

#include "tempmon/bundle/bundle.h"

namespace tempmon::report {

// Above twice its buckets a sensor's series is downsampled to one min/max
// pair per bucket: kHtmlBuckets each, or fewer when many sensors share the
// page's kHtmlTotalBuckets (16 sensors: 1500 each), never under
// kHtmlMinBuckets. The page stays well under 2 MB however many samples and
// sensors the bundle holds.
inline constexpr size_t kHtmlBuckets = 6000;
inline constexpr size_t kHtmlTotalBuckets = 4 * kHtmlBuckets;
inline constexpr size_t kHtmlMinBuckets = 1000;

// The Cooling health card shows at most this many devices (the capture
// keeps 64) and this many R history points each (the schema's maxItems).
inline constexpr size_t kHtmlCoolingDevices = 64;
inline constexpr size_t kHtmlCoolingHistory = 64;

// JSON text for <script type="application/json">: '<', '>', '&', U+2028
// and U+2029 are \u-escaped so no string can end the element.
std::string HtmlDataJson(const bundle::Contents& c);

// Escapes for HTML text and attribute values.
std::string HtmlEscape(std::string_view s);

// The escaping step of HtmlDataJson, exposed for tests.
std::string ScriptSafeJson(std::string_view json_text);

}  // namespace tempmon::report
