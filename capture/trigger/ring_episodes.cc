#include "capture/trigger/ring_episodes.h"

#include <algorithm>
#include <map>
#include <set>
#include <utility>

#include "tempmon.h"

namespace tempmon::capture {

nlohmann::json EpisodesFromSamples(const std::vector<bundle::Sample>& samples,
                                   const std::vector<bundle::Sensor>& sensors) {
  struct Open {
    nlohmann::json ep;
    uint64_t last_ns = 0;
    int32_t last_mc = 0;
    int32_t peak = 0;
  };
  std::map<uint16_t, const bundle::Sensor*> by_id;
  for (const auto& s : sensors) by_id[s.id] = &s;
  std::map<uint16_t, Open> open;
  nlohmann::json out = nlohmann::json::array();
  uint64_t seq = 0;

  auto close = [&](Open& o, const nlohmann::json& end, const char* why) {
    o.ep["end_ns"] = end;
    o.ep["duration_ns"] = end.is_null() ? nlohmann::json(nullptr)
                                        : nlohmann::json(end.get<uint64_t>() -
                                                         o.ep["start_ns"].get<uint64_t>());
    o.ep["peak_temp_mc"] = o.peak;
    o.ep["last_temp_mc"] = o.last_mc;
    o.ep["close_reason"] = why ? nlohmann::json(why) : nlohmann::json(nullptr);
    out.push_back(o.ep);
  };

  for (const auto& s : samples) {
    if (s.flags & TEMPMON_F_MARKER) continue;
    bool throttling = s.flags & TEMPMON_F_THROTTLING;
    auto it = open.find(s.sensor);
    // An episode already running when the window starts begins there.
    if (it == open.end() && ((s.flags & TEMPMON_F_THR_START) || throttling)) {
      nlohmann::json ep;
      ep["type"] = "episode";
      ep["origin"] = "ring";
      ep["seq"] = seq++;
      ep["cause"] = "tempmon_throttle";
      ep["source"] = "sensor";
      ep["source_id"] = s.sensor;
      auto si = by_id.find(s.sensor);
      ep["name"] = si != by_id.end() ? si->second->name : "sensor" + std::to_string(s.sensor);
      ep["start_ns"] = s.mono_ns;
      ep["start_in_window"] = bool(s.flags & TEMPMON_F_THR_START);
      ep["start_temp_mc"] = s.temp_mc;
      if (si != by_id.end() && si->second->threshold_mc) {
        ep["trip_temp_mc"] = *si->second->threshold_mc;
        ep["hysteresis_mc"] = si->second->hysteresis_mc.value_or(0);
      } else {
        ep["trip_temp_mc"] = nullptr;
        ep["hysteresis_mc"] = 0;
      }
      it = open.emplace(s.sensor, Open{ep, s.mono_ns, s.temp_mc, s.temp_mc}).first;
    }
    if (it == open.end()) continue;
    Open& o = it->second;
    o.peak = std::max(o.peak, s.temp_mc);
    o.last_ns = s.mono_ns;
    o.last_mc = s.temp_mc;
    if (s.flags & TEMPMON_F_THR_END || !throttling) {
      close(o, s.mono_ns, "temperature");
      open.erase(it);
    }
  }
  for (auto& [id, o] : open) close(o, nullptr, nullptr);

  // The periods a source flagged (NVML clock-event reasons...): one episode
  // per sensor and flag bit, from the first flagged sample to the first
  // sample without the flag.
  std::map<std::pair<uint16_t, uint16_t>, Open> flagged;
  std::set<uint16_t> seen;
  for (const auto& s : samples) {
    if (s.flags & TEMPMON_F_MARKER) continue;
    for (const SourceFlagCause& fc : kSourceFlagCauses) {
      const auto key = std::make_pair(s.sensor, fc.bit);
      auto it = flagged.find(key);
      const bool on = s.flags & fc.bit;
      if (on && it == flagged.end()) {
        nlohmann::json ep;
        ep["type"] = "episode";
        ep["origin"] = "ring";
        ep["seq"] = seq++;
        auto si = by_id.find(s.sensor);
        const std::string kind = si != by_id.end() && !si->second->kind.empty() ? si->second->kind : "push";
        ep["cause"] = kind + ":" + fc.name;
        ep["source"] = "sensor";
        ep["source_id"] = s.sensor;
        ep["name"] = si != by_id.end() ? si->second->name : "sensor" + std::to_string(s.sensor);
        ep["start_ns"] = s.mono_ns;
        // The sensor's first sample in the window already flagged: it began earlier.
        ep["start_in_window"] = seen.count(s.sensor) > 0;
        ep["start_temp_mc"] = s.temp_mc;
        ep["trip_temp_mc"] = nullptr;
        ep["hysteresis_mc"] = 0;
        it = flagged.emplace(key, Open{ep, s.mono_ns, s.temp_mc, s.temp_mc}).first;
      }
      if (it == flagged.end()) continue;
      Open& o = it->second;
      if (!on) {
        close(o, s.mono_ns, "source flag cleared");
        flagged.erase(it);
        continue;
      }
      o.peak = std::max(o.peak, s.temp_mc);
      o.last_ns = s.mono_ns;
      o.last_mc = s.temp_mc;
    }
    seen.insert(s.sensor);
  }
  for (auto& [key, o] : flagged) close(o, nullptr, nullptr);
  return out;
}

}  // namespace tempmon::capture
