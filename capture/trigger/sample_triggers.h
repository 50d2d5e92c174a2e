// Triggers computed from the ring's samples: throttle start, temperature
// threshold, temperature rise rate, sampler stall. Pure logic: fed with
// samples and clock ticks, it says when to capture; no I/O.
#pragma once

#include <cstdint>
#include <deque>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "tempmon/bundle/bundle.h"
#include "tempmon/bundle/flag_names.h"
#include "tempmon.h"

namespace tempmon::capture {

// What a pushed sensor's source reports in its flags (TEMPMON_F_USER_MASK):
// an episode's cause is "<sensor origin>:<flag name>", e.g.
// "nvml:power_cap" (NVML: SW power cap or HW power brake),
// "nvml:sw_throttle" (NVML: SW thermal slowdown), "nvml:hw_throttle" (NVML:
// HW thermal slowdown or HW slowdown). The names are the record flags' own
// (tempmon/bundle/flag_names.h).
struct SourceFlagCause {
  uint16_t bit;
  const char* name;
};
inline constexpr SourceFlagCause kSourceFlagCauses[] = {
    {TEMPMON_F_HW_THROTTLE, bundle::RecordFlagName(TEMPMON_F_HW_THROTTLE)},
    {TEMPMON_F_SW_THROTTLE, bundle::RecordFlagName(TEMPMON_F_SW_THROTTLE)},
    {TEMPMON_F_POWER_CAP, bundle::RecordFlagName(TEMPMON_F_POWER_CAP)},
};

struct TriggerConfig {
  bool on_throttle = false;  // THR_START; a source's thermal/HW slowdown flag
  bool on_power_cap = false; // also a source's power-cap flag (normal under full load)
  std::optional<int32_t> on_temp_mc;         // fire at or above this
  std::optional<int32_t> on_rise_mc_per_s;   // fire when rising this fast
  bool on_hang = false;                      // producer stall
  // The rate the ring's own producer declares (the kernel sampler, or
  // tempmon-sim); 0 = not declared. Pushed sensors (TEMPMON_F_PUSHED) come
  // from another producer whose rate the ring does not know: their period
  // is learned from the gaps seen.
  uint32_t rate_hz = 0;
  uint32_t stall_periods = 100;              // periods without a sample that count as a stall
  uint64_t rise_window_ns = 1'000'000'000;   // rate measured over this span
  int32_t rearm_hysteresis_mc = 2000;        // temp trigger re-arms below threshold - this
};

struct Fired {
  std::string kind;    // "throttle", "temp", "rise", "hang"
  std::string reason;  // one line for the bundle and the log
  uint64_t ts_ns = 0;
  int sensor = -1;
  int32_t temp_mc = 0;
};

class SampleTriggers {
 public:
  explicit SampleTriggers(TriggerConfig cfg);

  // Feeds one sample (in ring order); returns what it fired, if anything.
  std::vector<Fired> OnSample(const bundle::Sample& s);

  // Called from the clock: fires "hang" once per producer ("sampler" for the
  // kernel's own samples, "feeder" for pushed ones) when its sensors sent
  // nothing for more than stall_periods of their own period while the ring
  // is not frozen.
  std::vector<Fired> OnTick(uint64_t now_mono_ns, bool ring_frozen);

  // After a freeze, a CLEAR or lost records, a gap is not a stall.
  void NoteDiscontinuity() {
    for (auto& [id, ps] : sensors_) ps.last_ns = 0;
  }

  // The period a sensor is judged by (0 = not known yet: never judged).
  uint64_t ExpectedPeriodNs(uint16_t id) const;

  // The names used for sensors in reasons.
  void SetSensorName(uint16_t id, std::string name) { names_[id] = std::move(name); }
  // Name and unit: a clock or power series (unit MHz, W...) is never judged
  // as a temperature (--on-temp, --on-rise), only for stalls.
  void SetSensor(const bundle::Sensor& s) {
    SetSensorName(s.id, s.name);
    if (s.IsTemperature())
      not_temperature_.erase(s.id);
    else
      not_temperature_.insert(s.id);
  }

 private:
  struct PerSensor {
    bool temp_armed = true;
    bool rise_armed = true;
    std::deque<std::pair<uint64_t, int32_t>> recent;  // (mono_ns, temp)
    bool pushed = false;        // produced by a feeder, not the ring's sampler
    uint64_t last_ns = 0;       // last sample (0: none since a discontinuity)
    bool stall_armed = true;    // once per stall; a new sample re-arms
    std::deque<uint64_t> gaps;  // recent gaps between samples, ns
    uint16_t source_flags = 0;  // TEMPMON_F_USER_MASK bits of the last sample
  };
  std::string Name(uint16_t id) const;
  uint64_t StallGapNs(uint16_t id) const;  // 0 = not judged
  static const char* Producer(bool pushed) { return pushed ? "feeder" : "sampler"; }

  TriggerConfig cfg_;
  std::map<uint16_t, PerSensor> sensors_;
  std::map<uint16_t, std::string> names_;
  std::set<uint16_t> not_temperature_;
};

std::string FormatCelsius(int32_t mc);

}  // namespace tempmon::capture
