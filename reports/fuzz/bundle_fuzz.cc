// libFuzzer target over everything that reads untrusted bundle bytes.
// Input starting with the zstd magic goes through the whole reader (and the
// renderers that consume its result); any other input is fed to each member
// parser directly, so mutations reach them without first having to produce
// a valid archive with matching checksums.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "tempmon/bundle/analysis.h"
#include "tempmon/bundle/bundle.h"
#include "reports/viewer/html_data.h"
#include "tempmon/bundle/members_json.h"
#include "tempmon/bundle/samples_csv.h"

using namespace tempmon::bundle;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view in(reinterpret_cast<const char*>(data), size);
  // The real limits scaled to a 64 MiB budget, so that whatever the reader
  // lets through fits libFuzzer's -rss_limit_mb under ASan.
  ReadLimits limits = ReadLimits{}.WithMemory(64u << 20);
  limits.max_seconds = 5;
  if (in.size() >= 4 && in.substr(0, 4) == std::string_view("\x28\xb5\x2f\xfd", 4)) {
    try {
      Contents c = ReadBytes(in, limits);
      (void)RenderSummary(c, true);
      (void)tempmon::report::HtmlDataJson(c);
      Redact(c);
      (void)ReadBytes(Serialize(c), limits);  // what we write, we read
    } catch (const BundleError&) {
    }
    return 0;
  }
  try { (void)ParseSamplesCsv(in); } catch (const BundleError&) {}
  try { (void)ParseKmsgJsonl(in); } catch (const BundleError&) {}
  try {
    Contents c;
    c.episodes = ParseEpisodesJsonl(in);
    ReadBudget budget;
    c.events = ParseEventsJsonl(in, budget);
    c.kmsg.push_back({1, 3, 0, 1, std::string(in)});
    (void)RenderSummary(c, false);
    (void)tempmon::report::HtmlDataJson(c);
    Redact(c);
  } catch (const BundleError&) {
  }
  try { (void)ParseJson(in, "system.json"); } catch (const BundleError&) {}
  return 0;
}
