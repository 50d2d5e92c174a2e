#include "probe_types.h"

#include <cstring>

#include "throttle.h"

namespace tempmon::probe {
namespace {

std::string FixedString(const char* s, size_t n) {
  return std::string(s, strnlen(s, n));
}

std::string KindName(uint16_t kind) {
  switch (kind) {
    case TM_K_TEMP: return std::string(bundle::kKindTemperature);
    case TM_K_TRIP: return std::string(bundle::kKindTrip);
    case TM_K_CDEV: return std::string(bundle::kKindCooling);
    case TM_K_FREQ: return std::string(bundle::kKindFreq);
    case TM_K_APIC: return std::string(bundle::kKindApic);
    case TM_K_TM_THROTTLE: return std::string(bundle::kKindTempmon);
    case TM_K_TM_SAMPLE: return std::string(bundle::kKindTempmonSample);
    case TM_K_RECOVER: return std::string(bundle::kKindRecover);
  }
  return "unknown";
}

std::string TripTypeName(uint16_t t) {
  switch (t) {
    case TM_TRIP_ACTIVE: return "active";
    case TM_TRIP_PASSIVE: return "passive";
    case TM_TRIP_HOT: return "hot";
    case TM_TRIP_CRITICAL: return "critical";
  }
  return "other";
}

std::string CauseName(uint32_t c) {
  switch (c) {
    case TM_CAUSE_TRIP: return std::string(bundle::kCauseTrip);
    case TM_CAUSE_TEMPMON: return std::string(bundle::kCauseTempmon);
    case TM_CAUSE_FREQ: return std::string(bundle::kCauseFreq);
  }
  return "unknown";
}

std::string SourceName(uint32_t s) {
  switch (s) {
    case TM_SRC_ZONE: return std::string(bundle::kSourceZone);
    case TM_SRC_SENSOR: return std::string(bundle::kSourceSensor);
    case TM_SRC_CPU: return std::string(bundle::kSourceCpu);
  }
  return "unknown";
}

std::optional<std::string> CloseName(uint32_t r) {
  switch (r) {
    case TM_CLOSE_TEMP: return "temperature";
    case TM_CLOSE_COOLING_OFF: return "cooling_off";
    case TM_CLOSE_TEMPMON_END: return "tempmon_end";
    case TM_CLOSE_FREQ_RESTORED: return "freq_restored";
  }
  return std::nullopt;
}

std::optional<int32_t> Temp(int32_t mc) {
  if (mc == TM_TEMP_UNKNOWN) return std::nullopt;
  return mc;
}

}  // namespace

Episode EpisodeFromRaw(const tm_episode& r) {
  Episode e;
  e.type = r.msg == TM_MSG_EPISODE_OPEN ? bundle::kTypeEpisodeOpen : bundle::kTypeEpisode;
  e.origin = bundle::kOriginBpf;
  e.seq = r.seq;
  e.cause = CauseName(r.cause);
  e.source = SourceName(r.key.source);
  e.source_id = r.key.id;
  e.name = FixedString(r.name, sizeof(r.name));
  e.start_ns = r.start_ns;
  if (r.end_ns) {
    e.end_ns = r.end_ns;
    e.duration_ns = r.end_ns >= r.start_ns ? r.end_ns - r.start_ns : 0;
  }
  e.trip_temp_mc = Temp(r.trip_temp_mc);
  e.hysteresis_mc = r.hyst_mc;
  e.start_temp_mc = Temp(r.start_temp_mc);
  e.peak_temp_mc = Temp(r.peak_temp_mc);
  e.last_temp_mc = Temp(r.last_temp_mc);
  if (r.first_cool_ns && r.first_cool_ns >= r.start_ns)
    e.trip_to_first_cooling_ns = r.first_cool_ns - r.start_ns;
  e.deepest_cooling_state = r.deepest_state;
  if (r.deepest_state)
    e.deepest_cooling_device = FixedString(r.deepest_cdev, sizeof(r.deepest_cdev));
  if (r.min_max_freq_khz) e.lowest_max_freq_khz = r.min_max_freq_khz;
  if (r.freq_before_khz) e.max_freq_before_khz = r.freq_before_khz;
  e.close_reason = CloseName(r.close_reason);
  e.trip_repeats = r.trip_repeats;
  e.rebounds = r.rebounds;
  e.apic_irqs = r.apic_irqs;
  e.steps_dropped = r.steps_dropped;
  const uint32_t n = r.n_steps < TM_MAX_STEPS ? r.n_steps : TM_MAX_STEPS;
  for (uint32_t i = 0; i < n; ++i) {
    const tm_step& s = r.steps[i];
    Step st{s.ts_ns, KindName(s.kind), s.id, s.value, s.aux,
            FixedString(s.name, sizeof(s.name)), std::nullopt, std::nullopt};
    if (s.kind == TM_K_TRIP) st.trip_type = TripTypeName(s.aux);
    e.steps.push_back(std::move(st));
  }
  return e;
}

Event EventFromRaw(const tm_event& r) {
  Event e;
  e.ts_ns = r.ts_ns;
  e.kind = KindName(r.kind);
  e.cpu = r.cpu;
  e.id = r.id;
  e.value = r.value;
  e.value2 = r.value2;
  e.aux = r.aux;
  e.name = FixedString(r.name, sizeof(r.name));
  return e;
}

}  // namespace tempmon::probe
