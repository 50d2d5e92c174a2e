#include "capture/trigger/episode_merge.h"

#include <set>
#include <string>

namespace tempmon::capture {
namespace {

bool IsTempmonSensor(const nlohmann::json& e) {
  return e.value("cause", std::string()) == "tempmon_throttle";
}

void Alias(nlohmann::json& e, const char* documented, const char* probe) {
  if (!e.contains(documented) && e.contains(probe)) e[documented] = e[probe];
}

}  // namespace

std::vector<nlohmann::json> BpfEpisodesForBundle(const std::deque<nlohmann::json>& bpf,
                                                 const nlohmann::json& ring_episodes) {
  std::set<int64_t> ring_sensors;
  for (const auto& e : ring_episodes)
    if (IsTempmonSensor(e) && e.contains("source_id") && e["source_id"].is_number_integer())
      ring_sensors.insert(e["source_id"].get<int64_t>());
  std::set<uint64_t> closed;
  for (const auto& e : bpf)
    if (e.value("type", std::string()) == "episode" && e.contains("seq") && e["seq"].is_number())
      closed.insert(e["seq"].get<uint64_t>());

  std::vector<nlohmann::json> out;
  for (const auto& e : bpf) {
    const bool notice = e.value("type", std::string()) == "episode_open";
    if (notice && e.contains("seq") && e["seq"].is_number() &&
        closed.count(e["seq"].get<uint64_t>()))
      continue;
    if (IsTempmonSensor(e) && e.contains("source_id") && e["source_id"].is_number_integer() &&
        ring_sensors.count(e["source_id"].get<int64_t>()))
      continue;
    out.push_back(e);
  }
  return out;
}

void AddDocumentedEpisodeFields(nlohmann::json& e) {
  Alias(e, "peak_mc", "peak_temp_mc");
  Alias(e, "trip_to_cooling_ns", "trip_to_first_cooling_ns");
  Alias(e, "max_cooling_state", "deepest_cooling_state");
  Alias(e, "min_max_freq_khz", "lowest_max_freq_khz");
  if (!e.contains("zone") && !e.contains("sensor") && e.contains("name")) {
    const std::string source = e.value("source", std::string());
    e[source == "zone" ? "zone" : "sensor"] = e["name"];
  }
}

}  // namespace tempmon::capture
