// tempmon-sim's producer: simulated sensors running tempmon.ko's own
// thermal model (kmod/shared/tempmon_sim_model.h) into a shared-memory ring with
// the module's layout, with the module's throttle flags (threshold,
// hysteresis, THR_START/THR_END) and stall flag, so that tempmon-capture
// can be tried and tested without root or the module.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "tempmon/bundle/bundle.h"
#include "tempmon/ring/shm_ring.h"
#include "tempmon_sim_model.h"

namespace tempmon::sim {

struct SimConfig {
  std::string name = "tempmon-sim";
  uint64_t capacity = 65536;
  uint32_t rate_hz = 1000;
  int sensors = 1;
  uint32_t seed = 1;
  uint32_t load_permille = 200;
  int32_t threshold_mc = 85000;
  int32_t hysteresis_mc = 3000;
  // > 0: each simulated sensor has a power sensor "simN.power" (W) that
  // makes it a device the cooling model can measure: the power is
  // idle_w plus the model's rise above ambient divided by this thermal
  // resistance (C/W), so R = dT/dP is exactly this figure (the model's
  // time constant is TEMPMON_SIM_TAU_US).
  double resistance_c_per_w = 0;
  double idle_w = 30;
};

class SimProducer {
 public:
  // Creates the ring (replacing a stale one of the same name).
  explicit SimProducer(const SimConfig& c);
  // Same, with the sensor table of a bundle being replayed.
  SimProducer(const SimConfig& c, const std::vector<bundle::Sensor>& sensors);
  ~SimProducer();
  SimProducer(const SimProducer&) = delete;
  SimProducer& operator=(const SimProducer&) = delete;

  // One model step for every sensor, stamped `ts_ns` (CLOCK_MONOTONIC).
  void Step(uint64_t ts_ns);
  // Writes one sample as given, adding throttle/stall flags like the module.
  void Put(uint16_t sensor, int32_t temp_mc, uint16_t flags, uint64_t ts_ns);
  void SetLoad(uint32_t permille);
  // The power a sensor's load dissipates (resistance_c_per_w > 0).
  double PowerW(uint32_t load_permille) const;
  uint64_t written() const { return written_; }
  ring::ShmRing& ring() { return ring_; }

 private:
  struct Sensor {
    tempmon_sim_state model{};
    int32_t threshold_mc;
    int32_t hysteresis_mc;
    bool throttling = false;
  };
  SimConfig cfg_;
  ring::ShmRing ring_;
  std::unique_ptr<ring::ShmProducer> producer_;
  std::vector<Sensor> sensors_;
  size_t models_ = 0;  // sensors_[0, models_) run the thermal model
  uint64_t last_ts_ = 0;
  uint64_t written_ = 0;
};

}  // namespace tempmon::sim
