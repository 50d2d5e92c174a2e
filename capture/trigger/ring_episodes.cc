#include "capture/trigger/ring_episodes.h"

#include <algorithm>
#include <map>
#include <set>
#include <utility>

#include "tempmon.h"

namespace tempmon::capture {

std::vector<bundle::Episode> EpisodesFromSamples(const std::vector<bundle::Sample>& samples,
                                                 const std::vector<bundle::Sensor>& sensors) {
  struct Open {
    bundle::Episode ep;
    int32_t last_mc = 0;
    int32_t peak = 0;
  };
  std::map<uint16_t, const bundle::Sensor*> by_id;
  for (const auto& s : sensors) by_id[s.id] = &s;
  std::map<uint16_t, Open> open;
  std::vector<bundle::Episode> out;
  uint64_t seq = 0;

  auto begin = [&](const bundle::Sample& s, std::string cause, bool start_in_window) {
    bundle::Episode ep;
    ep.origin = bundle::kOriginRing;
    ep.seq = seq++;
    ep.cause = std::move(cause);
    ep.source = bundle::kSourceSensor;
    ep.source_id = s.sensor;
    auto si = by_id.find(s.sensor);
    ep.name = si != by_id.end() ? si->second->name : "sensor" + std::to_string(s.sensor);
    ep.start_ns = s.ts_ns;
    ep.start_in_window = start_in_window;
    ep.start_temp_mc = s.temp_mc;
    return Open{std::move(ep), s.temp_mc, s.temp_mc};
  };
  // end: the first sample past the episode; none while still open.
  auto close = [&](Open& o, std::optional<uint64_t> end, const char* why) {
    o.ep.end_ns = end;
    if (end) o.ep.duration_ns = *end - o.ep.start_ns;
    o.ep.peak_temp_mc = o.peak;
    o.ep.last_temp_mc = o.last_mc;
    if (why) o.ep.close_reason = why;
    out.push_back(std::move(o.ep));
  };

  for (const auto& s : samples) {
    if (s.flags & TEMPMON_F_MARKER) continue;
    bool throttling = s.flags & TEMPMON_F_THROTTLING;
    auto it = open.find(s.sensor);
    // An episode already running when the window starts begins there.
    if (it == open.end() && ((s.flags & TEMPMON_F_THR_START) || throttling)) {
      Open o = begin(s, std::string(bundle::kCauseTempmon), bool(s.flags & TEMPMON_F_THR_START));
      auto si = by_id.find(s.sensor);
      if (si != by_id.end() && si->second->threshold_mc) {
        o.ep.trip_temp_mc = *si->second->threshold_mc;
        o.ep.hysteresis_mc = si->second->hysteresis_mc.value_or(0);
      }
      it = open.emplace(s.sensor, std::move(o)).first;
    }
    if (it == open.end()) continue;
    Open& o = it->second;
    o.peak = std::max(o.peak, s.temp_mc);
    o.last_mc = s.temp_mc;
    if (s.flags & TEMPMON_F_THR_END || !throttling) {
      close(o, s.ts_ns, "temperature");
      open.erase(it);
    }
  }
  for (auto& [id, o] : open) close(o, std::nullopt, nullptr);

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
        auto si = by_id.find(s.sensor);
        const std::string kind = si != by_id.end() && !si->second->kind.empty() ? si->second->kind : "push";
        // The sensor's first sample in the window already flagged: it began earlier.
        it = flagged.emplace(key, begin(s, kind + ":" + fc.name, seen.count(s.sensor) > 0)).first;
      }
      if (it == flagged.end()) continue;
      Open& o = it->second;
      if (!on) {
        close(o, s.ts_ns, "source flag cleared");
        flagged.erase(it);
        continue;
      }
      o.peak = std::max(o.peak, s.temp_mc);
      o.last_mc = s.temp_mc;
    }
    seen.insert(s.sensor);
  }
  for (auto& [key, o] : flagged) close(o, std::nullopt, nullptr);
  return out;
}

}  // namespace tempmon::capture
