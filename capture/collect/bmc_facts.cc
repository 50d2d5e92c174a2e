#include "capture/collect/bmc_facts.h"

#include <filesystem>
#include <optional>
#include <stdexcept>

#include <tempmon/sys/dir.h>

namespace tempmon::capture {

nlohmann::json BmcFeedState(const std::string& path, std::string& note) {
  // The file is root's (the feed's), but a reader trusts no bytes: only
  // the known fields, each cut to a line.
  std::filesystem::path p(path);
  std::optional<std::string> text =
      sys::Dir::Open(p.parent_path().empty() ? "." : p.parent_path()).ReadFile(p.filename().string());
  if (!text) throw std::runtime_error("no feed state: " + path + " is absent (tempmon-feed --bmc not running?)");
  nlohmann::json in = nlohmann::json::parse(text->substr(0, 65536), nullptr, false);
  if (!in.is_object()) throw std::runtime_error("feed state " + path + " is not a JSON object");
  nlohmann::json out = nlohmann::json::object();
  for (const char* k : {"bmc", "state", "message"})
    if (in.contains(k) && in[k].is_string()) out[k] = in[k].get<std::string>().substr(0, 512);
  for (const char* k : {"sweeps", "failures", "readings", "rejected", "last_sweep_ms", "interval_ms", "mono_ns"})
    if (in.contains(k) && in[k].is_number_unsigned()) out[k] = in[k];
  note = "feed: " + out.value("state", std::string("?")) + " (" + out.value("message", std::string()) + ")";
  return {{"feed", std::move(out)}};
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
