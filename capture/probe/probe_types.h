// Typed episodes and events from the throttle probe, and their JSON form.
//
// JSON field names (stable; the capture bundle stores them one object per
// line in episodes.jsonl / events.jsonl):
//
// Episode  {"type":"episode"|"episode_open", "seq", "cause":
//           "trip"|"tempmon_throttle"|"freq_limit", "source":
//           "zone"|"sensor"|"cpu", "source_id", "name", "start_ns",
//           "end_ns" (null while open), "duration_ns" (null while open),
//           "trip_temp_mc", "hysteresis_mc", "start_temp_mc", "peak_temp_mc",
//           "last_temp_mc" (temperatures null when unknown),
//           "trip_to_first_cooling_ns" (null: no cooling action),
//           "deepest_cooling_state", "deepest_cooling_device" (null: none),
//           "lowest_max_freq_khz", "max_freq_before_khz" (null: no limit),
//           "close_reason": null|"temperature"|"cooling_off"|"tempmon_end"|
//           "freq_restored", "trip_repeats", "rebounds", "apic_irqs",
//           "steps_dropped", "steps": [Step...]}
// Step     {"ts_ns", "kind", "id", "value", "aux", "name"} with kind one of
//           "temperature", "trip", "cooling", "freq_limit", "thermal_apic",
//           "tempmon_throttle", "tempmon_sample", "recover"; for "trip"
//           "trip_type" is added ("active"|"passive"|"hot"|"critical").
// Event    {"type":"event", "ts_ns", "kind", "cpu", "id", "value", "value2",
//           "aux", "name"}  (raw tracepoint hits, --raw only; meaning of
//           value/value2 per kind in bpf/throttle.h enum tm_kind)
// All times are CLOCK_MONOTONIC nanoseconds (as tempmon.ko's records).
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

struct tm_episode;
struct tm_event;

namespace tempmon::probe {

struct Step {
  uint64_t ts_ns = 0;
  std::string kind;
  uint32_t id = 0;
  int64_t value = 0;
  uint16_t aux = 0;
  std::string name;

  nlohmann::json ToJson() const;
};

struct Episode {
  bool open_notice = false;  // "episode_open": sent when it opened
  uint64_t seq = 0;
  std::string cause;
  std::string source;
  uint32_t source_id = 0;
  std::string name;
  uint64_t start_ns = 0;
  std::optional<uint64_t> end_ns;
  std::optional<int32_t> trip_temp_mc;
  int32_t hysteresis_mc = 0;
  std::optional<int32_t> start_temp_mc;
  std::optional<int32_t> peak_temp_mc;
  std::optional<int32_t> last_temp_mc;
  std::optional<uint64_t> trip_to_first_cooling_ns;
  uint32_t deepest_cooling_state = 0;
  std::optional<std::string> deepest_cooling_device;
  std::optional<uint32_t> lowest_max_freq_khz;
  std::optional<uint32_t> max_freq_before_khz;
  std::optional<std::string> close_reason;
  uint32_t trip_repeats = 0;
  uint32_t rebounds = 0;
  uint32_t apic_irqs = 0;
  uint32_t steps_dropped = 0;
  std::vector<Step> steps;

  static Episode FromRaw(const tm_episode& raw);
  nlohmann::json ToJson() const;
};

struct Event {
  uint64_t ts_ns = 0;
  std::string kind;
  uint32_t cpu = 0;
  uint32_t id = 0;
  int64_t value = 0;
  int64_t value2 = 0;
  uint16_t aux = 0;
  std::string name;

  static Event FromRaw(const tm_event& raw);
  nlohmann::json ToJson() const;
};

}  // namespace tempmon::probe
