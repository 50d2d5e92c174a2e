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
    case TM_K_TEMP: return "temperature";
    case TM_K_TRIP: return "trip";
    case TM_K_CDEV: return "cooling";
    case TM_K_FREQ: return "freq_limit";
    case TM_K_APIC: return "thermal_apic";
    case TM_K_TM_THROTTLE: return "tempmon_throttle";
    case TM_K_TM_SAMPLE: return "tempmon_sample";
    case TM_K_RECOVER: return "recover";
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
    case TM_CAUSE_TRIP: return "trip";
    case TM_CAUSE_TEMPMON: return "tempmon_throttle";
    case TM_CAUSE_FREQ: return "freq_limit";
  }
  return "unknown";
}

std::string SourceName(uint32_t s) {
  switch (s) {
    case TM_SRC_ZONE: return "zone";
    case TM_SRC_SENSOR: return "sensor";
    case TM_SRC_CPU: return "cpu";
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

template <typename T>
nlohmann::json OrNull(const std::optional<T>& v) {
  return v ? nlohmann::json(*v) : nlohmann::json(nullptr);
}

}  // namespace

nlohmann::json Step::ToJson() const {
  nlohmann::json j = {{"ts_ns", ts_ns}, {"kind", kind}, {"id", id},
                      {"value", value}, {"aux", aux},   {"name", name}};
  if (kind == "trip") j["trip_type"] = TripTypeName(aux);
  return j;
}

Episode Episode::FromRaw(const tm_episode& r) {
  Episode e;
  e.open_notice = r.msg == TM_MSG_EPISODE_OPEN;
  e.seq = r.seq;
  e.cause = CauseName(r.cause);
  e.source = SourceName(r.key.source);
  e.source_id = r.key.id;
  e.name = FixedString(r.name, sizeof(r.name));
  e.start_ns = r.start_ns;
  if (r.end_ns) e.end_ns = r.end_ns;
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
    e.steps.push_back(Step{s.ts_ns, KindName(s.kind), s.id, s.value, s.aux,
                           FixedString(s.name, sizeof(s.name))});
  }
  return e;
}

nlohmann::json Episode::ToJson() const {
  nlohmann::json steps_json = nlohmann::json::array();
  for (const Step& s : steps) steps_json.push_back(s.ToJson());
  std::optional<uint64_t> duration;
  if (end_ns) duration = *end_ns - start_ns;
  return {
      {"type", open_notice ? "episode_open" : "episode"},
      {"seq", seq},
      {"cause", cause},
      {"source", source},
      {"source_id", source_id},
      {"name", name},
      {"start_ns", start_ns},
      {"end_ns", OrNull(end_ns)},
      {"duration_ns", OrNull(duration)},
      {"trip_temp_mc", OrNull(trip_temp_mc)},
      {"hysteresis_mc", hysteresis_mc},
      {"start_temp_mc", OrNull(start_temp_mc)},
      {"peak_temp_mc", OrNull(peak_temp_mc)},
      {"last_temp_mc", OrNull(last_temp_mc)},
      {"trip_to_first_cooling_ns", OrNull(trip_to_first_cooling_ns)},
      {"deepest_cooling_state", deepest_cooling_state},
      {"deepest_cooling_device", OrNull(deepest_cooling_device)},
      {"lowest_max_freq_khz", OrNull(lowest_max_freq_khz)},
      {"max_freq_before_khz", OrNull(max_freq_before_khz)},
      {"close_reason", OrNull(close_reason)},
      {"trip_repeats", trip_repeats},
      {"rebounds", rebounds},
      {"apic_irqs", apic_irqs},
      {"steps_dropped", steps_dropped},
      {"steps", steps_json},
  };
}

Event Event::FromRaw(const tm_event& r) {
  return Event{r.ts_ns, KindName(r.kind), r.cpu, r.id, r.value, r.value2, r.aux,
               FixedString(r.name, sizeof(r.name))};
}

nlohmann::json Event::ToJson() const {
  return {{"type", "event"}, {"ts_ns", ts_ns}, {"kind", kind},
          {"cpu", cpu},      {"id", id},       {"value", value},
          {"value2", value2}, {"aux", aux},     {"name", name}};
}

}  // namespace tempmon::probe
