#include "capture/trigger/episode_merge.h"

#include <algorithm>
#include <limits>
#include <map>
#include <set>
#include <string>

namespace tempmon::capture {
namespace {

constexpr uint64_t kOpenEnd = std::numeric_limits<uint64_t>::max();

bool Overlap(const bundle::Episode& a, const bundle::Episode& b) {
  return a.start_ns <= b.end_ns.value_or(kOpenEnd) && b.start_ns <= a.end_ns.value_or(kOpenEnd);
}

}  // namespace

std::vector<bundle::Episode> MergeEpisodes(std::vector<bundle::Episode> ring,
                                           const std::deque<bundle::Episode>& bpf,
                                           const std::vector<bundle::Episode>& open_now,
                                           const std::vector<bundle::Sensor>& sensors) {
  std::set<uint32_t> ring_sensors;
  for (const auto& e : ring)
    if (e.cause == bundle::kCauseTempmon) ring_sensors.insert(e.source_id);
  std::map<uint64_t, const bundle::Episode*> latest;  // by seq: closed > open now > notice
  for (const auto& e : bpf)
    if (!e.OpenNotice() || !latest.count(e.seq)) latest[e.seq] = &e;
  for (const auto& e : open_now) {
    auto it = latest.find(e.seq);
    if (it == latest.end() || it->second->OpenNotice()) latest[e.seq] = &e;
  }
  std::vector<bundle::Episode> probe;
  for (const auto& [seq, e] : latest) {
    if (e->cause == bundle::kCauseTempmon && e->source == bundle::kSourceSensor && ring_sensors.count(e->source_id))
      continue;
    probe.push_back(*e);
  }

  std::map<uint32_t, const bundle::Sensor*> by_id;
  for (const auto& s : sensors) by_id[s.id] = &s;
  std::vector<bundle::Episode> out;
  std::vector<bool> taken(probe.size(), false);
  for (auto& r : ring) {
    auto si = by_id.find(r.source_id);
    const bool zone_sensor = r.cause == bundle::kCauseTempmon && si != by_id.end() && si->second->kind == "zone";
    size_t match = probe.size();
    for (size_t i = 0; zone_sensor && i < probe.size() && match == probe.size(); ++i)
      if (!taken[i] && probe[i].source == bundle::kSourceZone && probe[i].name == r.name && Overlap(probe[i], r)) match = i;
    if (match == probe.size()) {
      out.push_back(std::move(r));
      continue;
    }
    taken[match] = true;
    bundle::Episode& p = probe[match];
    p.ring_sensor_id = r.source_id;
    p.ring_start_ns = r.start_ns;
    p.ring_end_ns = r.end_ns;
    if (r.peak_temp_mc && (!p.peak_temp_mc || *r.peak_temp_mc > *p.peak_temp_mc)) p.peak_temp_mc = r.peak_temp_mc;
  }
  for (auto& p : probe) out.push_back(std::move(p));
  return out;
}

}  // namespace tempmon::capture
