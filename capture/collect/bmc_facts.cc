#include "capture/collect/bmc_facts.h"

#include <filesystem>

#include <tempmon/sys/dir.h>

namespace tempmon::capture {
namespace {

// The most SEL records kept from one read: a full SEL (65535) would be
// megabytes, the window holds a handful.
constexpr size_t kMaxSel = 4096;

// The feed's state file, as far as it is sane: only the known fields, cut
// to a line each (the file is root's, but a reader trusts no bytes).
nlohmann::json FeedState(const std::string& path, std::string& note) {
  std::filesystem::path p(path);
  std::optional<std::string> text;
  try {
    text = sys::Dir::Open(p.parent_path().empty() ? "." : p.parent_path()).ReadFile(p.filename().string());
  } catch (const std::exception& e) {
    note = std::string("feed state unreadable: ") + e.what();
    return nullptr;
  }
  if (!text) {
    note = "no feed state (" + path + " absent: tempmon-feed --bmc not running?)";
    return nullptr;
  }
  nlohmann::json in = nlohmann::json::parse(text->substr(0, 65536), nullptr, false);
  if (!in.is_object()) {
    note = "feed state " + path + " is not a JSON object";
    return nullptr;
  }
  nlohmann::json out = nlohmann::json::object();
  for (const char* k : {"bmc", "state", "message"})
    if (in.contains(k) && in[k].is_string()) out[k] = in[k].get<std::string>().substr(0, 512);
  for (const char* k : {"sweeps", "failures", "readings", "rejected", "last_sweep_ms", "interval_ms", "mono_ns"})
    if (in.contains(k) && in[k].is_number_unsigned()) out[k] = in[k];
  note = "feed: " + out.value("state", std::string("?")) + " (" + out.value("message", std::string()) + ")";
  return out;
}

}  // namespace

nlohmann::json BmcFacts(const BmcFactsOptions& o, std::string& note) {
  nlohmann::json j = nlohmann::json::object();
  std::string feed_note;
  if (!o.status_path.empty()) {
    nlohmann::json f = FeedState(o.status_path, feed_note);
    if (!f.is_null()) j["feed"] = std::move(f);
  }
  note = feed_note;
  if (o.config.mode == feed::BmcMode::kOff) return j;
  std::vector<feed::BmcSelEntry> sel;
  try {
    feed::BmcReader reader(o.config);
    sel = reader.ReadSel();
  } catch (const feed::BmcError& e) {
    throw feed::BmcError(std::string(e.what()) + (feed_note.empty() ? "" : "; " + feed_note));
  }
  nlohmann::json entries = nlohmann::json::array();
  const size_t from = sel.size() > kMaxSel ? sel.size() - kMaxSel : 0;
  for (size_t i = from; i < sel.size(); ++i) entries.push_back(sel[i].ToJson());
  j["sel"] = {{"bmc", o.config.Where()}, {"read", sel.size()}, {"entries", std::move(entries)}};
  note += std::string(note.empty() ? "" : "; ") + "SEL: " + std::to_string(sel.size()) + " records read";
  return j;
}

size_t KeepSelWindow(nlohmann::json& facts, int64_t start_s, int64_t end_s) {
  if (!facts.is_object() || !facts.contains("sel")) return 0;
  nlohmann::json& sel = facts["sel"];
  nlohmann::json kept = nlohmann::json::array();
  for (const nlohmann::json& e : sel["entries"]) {
    if (!e.contains("timestamp")) continue;  // no time: cannot be placed in the window
    const int64_t t = e["timestamp"].get<int64_t>();
    if (t >= start_s && t <= end_s) kept.push_back(e);
  }
  sel["entries"] = std::move(kept);
  sel["window"] = {{"start_s", start_s}, {"end_s", end_s}};
  return sel.value("read", size_t{0});
}

}  // namespace tempmon::capture
