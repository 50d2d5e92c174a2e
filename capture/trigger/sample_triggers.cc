#include "capture/trigger/sample_triggers.h"

#include <algorithm>
#include <cstdio>

#include "tempmon.h"

namespace tempmon::capture {

std::string FormatCelsius(int32_t mc) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.1f C", mc / 1000.0);
  return buf;
}

namespace {
// A pushed sensor is judged once this many gaps were seen: its producer
// declares no rate, so the period is what the sensor has shown.
constexpr size_t kMinGaps = 4;
constexpr size_t kMaxGaps = 16;

std::string Ms(uint64_t ns) { return std::to_string(ns / 1'000'000) + " ms"; }
}  // namespace

SampleTriggers::SampleTriggers(TriggerConfig cfg) : cfg_(cfg) {}

std::string SampleTriggers::Name(uint16_t id) const {
  auto it = names_.find(id);
  if (it != names_.end() && !it->second.empty()) return it->second;
  return "sensor" + std::to_string(id);
}

uint64_t SampleTriggers::ExpectedPeriodNs(uint16_t id) const {
  auto it = sensors_.find(id);
  if (it == sensors_.end()) return cfg_.rate_hz ? 1'000'000'000ull / cfg_.rate_hz : 0;
  const PerSensor& ps = it->second;
  // The ring's producer declared its rate: its own samples follow it.
  if (!ps.pushed && cfg_.rate_hz) return 1'000'000'000ull / cfg_.rate_hz;
  if (ps.gaps.size() < kMinGaps) return 0;
  // The median: robust against one late scan and against the gap of a
  // stall already reported.
  std::vector<uint64_t> g(ps.gaps.begin(), ps.gaps.end());
  std::nth_element(g.begin(), g.begin() + g.size() / 2, g.end());
  return g[g.size() / 2];
}

uint64_t SampleTriggers::StallGapNs(uint16_t id) const {
  return uint64_t{cfg_.stall_periods} * ExpectedPeriodNs(id);
}

std::vector<Fired> SampleTriggers::OnSample(const bundle::Sample& s) {
  std::vector<Fired> out;
  auto fire = [&](const char* kind, std::string reason) {
    out.push_back(Fired{kind, std::move(reason), s.ts_ns, s.sensor, s.temp_mc});
  };

  if (!(s.flags & TEMPMON_F_MARKER)) {
    PerSensor& ps = sensors_[s.sensor];
    ps.pushed = s.flags & TEMPMON_F_PUSHED;
    if (cfg_.on_hang && ps.stall_armed) {
      const uint64_t gap = StallGapNs(s.sensor);
      if (s.flags & TEMPMON_F_STALL) {
        fire("hang", "sampler stalled before this sample (" + Name(s.sensor) +
                         ", ring flag STALL)");
      } else if (gap && ps.last_ns && s.ts_ns > ps.last_ns + gap) {
        fire("hang", std::string(Producer(ps.pushed)) + " stall: no samples from " +
                         Name(s.sensor) + " for " + Ms(s.ts_ns - ps.last_ns) +
                         " (expected every " + Ms(ExpectedPeriodNs(s.sensor)) + ")");
      }
    }
    if (ps.last_ns && s.ts_ns > ps.last_ns) {
      ps.gaps.push_back(s.ts_ns - ps.last_ns);
      if (ps.gaps.size() > kMaxGaps) ps.gaps.pop_front();
    }
    ps.last_ns = s.ts_ns;
    ps.stall_armed = true;
  }
  if (s.flags & TEMPMON_F_MARKER) return out;
  // A clock or power value is no temperature: none of the rules below apply.
  if (not_temperature_.count(s.sensor)) return out;

  PerSensor& ps = sensors_[s.sensor];
  if (cfg_.on_throttle && (s.flags & TEMPMON_F_THR_START))
    fire("throttle", Name(s.sensor) + " started throttling at " +
                         FormatCelsius(s.temp_mc));
  // A source's own report (NVML clock-event reasons): its rising edge. A
  // power cap fires only when asked: a GPU at its power limit under full
  // load is normal.
  const uint16_t user = s.flags & TEMPMON_F_USER_MASK;
  const uint16_t rising = user & static_cast<uint16_t>(~ps.source_flags);
  ps.source_flags = user;
  const uint16_t wanted = TEMPMON_F_SW_THROTTLE | TEMPMON_F_HW_THROTTLE |
                          (cfg_.on_power_cap ? TEMPMON_F_POWER_CAP : 0);
  if (cfg_.on_throttle && (rising & wanted)) {
    std::string what;
    for (const SourceFlagCause& fc : kSourceFlagCauses)
      if (rising & wanted & fc.bit) what += (what.empty() ? "" : "|") + std::string(fc.name);
    fire("throttle", Name(s.sensor) + ": its source reports " + what + " at " +
                         FormatCelsius(s.temp_mc));
  }

  if (cfg_.on_temp_mc) {
    if (ps.temp_armed && s.temp_mc >= *cfg_.on_temp_mc) {
      ps.temp_armed = false;
      fire("temp", Name(s.sensor) + " reached " + FormatCelsius(s.temp_mc) +
                       " (threshold " + FormatCelsius(*cfg_.on_temp_mc) + ")");
    } else if (!ps.temp_armed &&
               s.temp_mc < *cfg_.on_temp_mc - cfg_.rearm_hysteresis_mc) {
      ps.temp_armed = true;
    }
  }
  if (cfg_.on_rise_mc_per_s) {
    ps.recent.emplace_back(s.ts_ns, s.temp_mc);
    while (ps.recent.size() > 1 &&
           ps.recent.front().first + cfg_.rise_window_ns < s.ts_ns)
      ps.recent.pop_front();
    const auto& [t0, c0] = ps.recent.front();
    uint64_t dt = s.ts_ns - t0;
    // Only judge a full window: two close samples say nothing about a rate.
    if (dt >= cfg_.rise_window_ns / 2 && dt > 0) {
      double rate = (s.temp_mc - c0) * 1e9 / static_cast<double>(dt);
      if (ps.rise_armed && rate >= *cfg_.on_rise_mc_per_s) {
        ps.rise_armed = false;
        char buf[128];
        std::snprintf(buf, sizeof buf, " rising %.1f C/s (limit %.1f C/s)",
                      rate / 1000.0, *cfg_.on_rise_mc_per_s / 1000.0);
        fire("rise", Name(s.sensor) + buf);
      } else if (!ps.rise_armed && rate < *cfg_.on_rise_mc_per_s / 2.0) {
        ps.rise_armed = true;
      }
    }
  }
  return out;
}

std::vector<Fired> SampleTriggers::OnTick(uint64_t now, bool ring_frozen) {
  std::vector<Fired> out;
  if (!cfg_.on_hang || ring_frozen) return out;
  // One report per producer: a stopped feeder silences all its sensors at
  // once, and that is one event, not one per GPU.
  for (bool pushed : {false, true}) {
    std::string names;
    uint64_t longest = 0, period = 0;
    int first = -1;
    for (auto& [id, ps] : sensors_) {
      if (ps.pushed != pushed || !ps.stall_armed || ps.last_ns == 0) continue;
      const uint64_t gap = StallGapNs(id);
      if (!gap || now <= ps.last_ns + gap) continue;
      ps.stall_armed = false;
      if (!names.empty()) names += ", ";
      names += Name(id);
      if (now - ps.last_ns > longest) {
        longest = now - ps.last_ns;
        period = ExpectedPeriodNs(id);
        first = id;
      }
    }
    if (names.empty()) continue;
    Fired f;
    f.kind = "hang";
    f.ts_ns = now;
    f.sensor = first;
    f.reason = std::string(Producer(pushed)) + " stalled: no samples from " + names +
               " for " + Ms(longest) + " (expected every " + Ms(period) + ")";
    if (pushed) f.reason += "; the feeder (tempmon-feed) stopped or is blocked";
    out.push_back(std::move(f));
  }
  return out;
}

}  // namespace tempmon::capture
