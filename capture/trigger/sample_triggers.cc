#include "capture/trigger/sample_triggers.h"

#include <cstdio>

#include "tempmon.h"

namespace tempmon::capture {

std::string FormatCelsius(int32_t mc) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.1f C", mc / 1000.0);
  return buf;
}

SampleTriggers::SampleTriggers(TriggerConfig cfg) : cfg_(cfg) {
  if (cfg_.rate_hz == 0) cfg_.rate_hz = 1;
}

std::string SampleTriggers::Name(uint16_t id) const {
  auto it = names_.find(id);
  if (it != names_.end() && !it->second.empty()) return it->second;
  return "sensor" + std::to_string(id);
}

uint64_t SampleTriggers::StallGapNs() const {
  return uint64_t{cfg_.stall_periods} * 1'000'000'000ull / cfg_.rate_hz;
}

std::vector<Fired> SampleTriggers::OnSample(const bundle::Sample& s) {
  std::vector<Fired> out;
  auto fire = [&](const char* kind, std::string reason) {
    out.push_back(Fired{kind, std::move(reason), s.mono_ns, s.sensor, s.temp_mc});
  };

  if (cfg_.on_hang && stall_armed_) {
    if (s.flags & TEMPMON_F_STALL) {
      fire("hang", "sampler stalled before this sample (" + Name(s.sensor) +
                       ", ring flag STALL)");
    } else if (last_sample_ns_ && s.mono_ns > last_sample_ns_ + StallGapNs()) {
      fire("hang", "no samples for " +
                       std::to_string((s.mono_ns - last_sample_ns_) / 1'000'000) +
                       " ms (sampler stall)");
    }
  }
  if (!(s.flags & TEMPMON_F_MARKER)) {
    last_sample_ns_ = s.mono_ns;
    stall_armed_ = true;
  }
  if (s.flags & TEMPMON_F_MARKER) return out;

  if (cfg_.on_throttle && (s.flags & TEMPMON_F_THR_START))
    fire("throttle", Name(s.sensor) + " started throttling at " +
                         FormatCelsius(s.temp_mc));

  PerSensor& ps = sensors_[s.sensor];
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
    ps.recent.emplace_back(s.mono_ns, s.temp_mc);
    while (ps.recent.size() > 1 &&
           ps.recent.front().first + cfg_.rise_window_ns < s.mono_ns)
      ps.recent.pop_front();
    const auto& [t0, c0] = ps.recent.front();
    uint64_t dt = s.mono_ns - t0;
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

std::optional<Fired> SampleTriggers::OnTick(uint64_t now, bool ring_frozen) {
  if (!cfg_.on_hang || ring_frozen || last_sample_ns_ == 0 || !stall_armed_)
    return std::nullopt;
  if (now <= last_sample_ns_ + StallGapNs()) return std::nullopt;
  stall_armed_ = false;  // once per stall; a new sample re-arms
  Fired f;
  f.kind = "hang";
  f.mono_ns = now;
  f.reason = "sampler stalled: no samples for " +
             std::to_string((now - last_sample_ns_) / 1'000'000) + " ms (expected " +
             std::to_string(cfg_.rate_hz) + " Hz)";
  return f;
}

}  // namespace tempmon::capture
