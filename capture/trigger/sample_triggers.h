// Triggers computed from the ring's samples: throttle start, temperature
// threshold, temperature rise rate, sampler stall. Pure logic: fed with
// samples and clock ticks, it says when to capture; no I/O.
#pragma once

#include <cstdint>
#include <deque>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "reports/bundle/bundle.h"

namespace tempmon::capture {

struct TriggerConfig {
  bool on_throttle = false;
  std::optional<int32_t> on_temp_mc;         // fire at or above this
  std::optional<int32_t> on_rise_mc_per_s;   // fire when rising this fast
  bool on_hang = false;                      // sampler stall
  uint32_t rate_hz = 1000;                   // expected sampler rate
  uint32_t stall_periods = 100;              // gap that counts as a stall
  uint64_t rise_window_ns = 1'000'000'000;   // rate measured over this span
  int32_t rearm_hysteresis_mc = 2000;        // temp trigger re-arms below threshold - this
};

struct Fired {
  std::string kind;    // "throttle", "temp", "rise", "hang"
  std::string reason;  // one line for the bundle and the log
  uint64_t mono_ns = 0;
  int sensor = -1;
  int32_t temp_mc = 0;
};

class SampleTriggers {
 public:
  explicit SampleTriggers(TriggerConfig cfg);

  // Feeds one sample (in ring order); returns what it fired, if anything.
  std::vector<Fired> OnSample(const bundle::Sample& s);

  // Called from the clock: fires "hang" when no sample arrived for more
  // than stall_periods while the ring is not frozen.
  std::optional<Fired> OnTick(uint64_t now_mono_ns, bool ring_frozen);

  // After a freeze, a CLEAR or lost records, a gap is not a stall.
  void NoteDiscontinuity() { last_sample_ns_ = 0; }

  // The names used for sensors in reasons.
  void SetSensorName(uint16_t id, std::string name) { names_[id] = std::move(name); }

 private:
  struct PerSensor {
    bool temp_armed = true;
    bool rise_armed = true;
    std::deque<std::pair<uint64_t, int32_t>> recent;  // (mono_ns, temp)
  };
  std::string Name(uint16_t id) const;
  uint64_t StallGapNs() const;

  TriggerConfig cfg_;
  std::map<uint16_t, PerSensor> sensors_;
  std::map<uint16_t, std::string> names_;
  uint64_t last_sample_ns_ = 0;
  bool stall_armed_ = true;
};

std::string FormatCelsius(int32_t mc);

}  // namespace tempmon::capture
