// The JSON members of a bundle: manifest.json, *.jsonl, system.json and the
// dmesg-like kmsg.txt. All JSON goes through nlohmann::json; parsing is
// strict and every error names the member and line.
#pragma once

#include <span>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "tempmon/bundle/bundle.h"
#include "tempmon/bundle/read_limits.h"
#include "tempmon/bundle/tar_zst.h"

namespace tempmon::bundle {

inline constexpr std::string_view kFormatName = "tempmon-bundle";
inline constexpr int kMaxJsonDepth = 64;

// Every member besides manifest.json, in archive order.
inline const std::vector<std::string>& DataMemberNames() {
  static const std::vector<std::string> names = {
      "samples.csv", "episodes.jsonl", "events.jsonl", "kmsg.jsonl",
      "kmsg.txt",    "system.json",    "summary.txt"};
  return names;
}

inline bool IsDataMemberName(std::string_view name) {
  for (const std::string& n : DataMemberNames())
    if (n == name) return true;
  return false;
}

// dump() that never throws on invalid UTF-8 from the kernel or a sensor.
// `ascii`: every non-ASCII character \u-escaped as well, so the text holds
// no byte a terminal acts on (export writes to one).
std::string DumpJson(const nlohmann::json& j, int indent = -1, bool ascii = false);

// Parses one JSON text; nesting deeper than kMaxJsonDepth is refused so
// that no later recursive walk can exhaust the stack. The parsed values are
// charged to `budget` (an estimate of their memory) as they are built.
nlohmann::json ParseJson(std::string_view text, const std::string& where, ReadBudget& budget);

// episodes.jsonl and events.jsonl: one object per line, read tolerantly
// into their records (records.h); a line that is not one JSON object is
// refused.
std::string FormatEpisodesJsonl(const std::vector<Episode>& episodes);
std::vector<Episode> ParseEpisodesJsonl(std::string_view text, ReadBudget& budget);
std::string FormatEventsJsonl(const std::vector<Event>& events);
std::vector<Event> ParseEventsJsonl(std::string_view text, ReadBudget& budget);

std::string FormatKmsgJsonl(const std::vector<KmsgRecord>& kmsg);
std::vector<KmsgRecord> ParseKmsgJsonl(std::string_view text, ReadBudget& budget);

// The same with a budget of the default limits.
inline nlohmann::json ParseJson(std::string_view text, const std::string& where) {
  ReadBudget budget;
  return ParseJson(text, where, budget);
}
inline std::vector<Episode> ParseEpisodesJsonl(std::string_view text) {
  ReadBudget budget;
  return ParseEpisodesJsonl(text, budget);
}
inline std::vector<KmsgRecord> ParseKmsgJsonl(std::string_view text) {
  ReadBudget budget;
  return ParseKmsgJsonl(text, budget);
}
std::string FormatKmsgText(const std::vector<KmsgRecord>& kmsg);

// The manifest of `c` listing `members` (name, size, SHA-256).
nlohmann::json MakeManifest(const Contents& c, std::span<const Member> members);

// Fills the manifest fields of `c`; throws BundleError naming the field.
// Checks format and format_version first.
void ApplyManifest(const nlohmann::json& m, Contents& c);

}  // namespace tempmon::bundle
