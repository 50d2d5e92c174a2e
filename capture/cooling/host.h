// The cooling model of every device of this host, fed from the ring's own
// samples: the capture daemon's side of capture/cooling/model.h.
//
// A device is every temperature sensor the causes table calls a device
// (lib/causes: a ring sensor in C that is neither inlet nor exhaust
// air); its power, inlet air, fan duty and fan speed are found the way the
// causes judge finds them (the same device's own, else the machine's).
// Identity: "gpu:<uuid>", "hwmon:<location>:<label>", else "zone:<name>";
// same-model devices (a node's 8 GPUs) are peers.
#pragma once

#include <cstdint>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "capture/cooling/model.h"
#include "tempmon/bundle/bundle.h"
#include "tempmon/sys/dir.h"

namespace tempmon::cooling {

inline constexpr size_t kMaxDevices = 64;

struct Anomaly {
  std::string device;  // identity
  std::string name;    // the ring sensor's name
  Verdict verdict;
};

class Host {
 public:
  explicit Host(Params p = DefaultParams()) : p_(p) {}

  // The ring's sensor table (again after it changed): devices are kept
  // by identity, their companions mapped afresh.
  void SetSensors(const std::vector<bundle::Sensor>& sensors);
  // One ring sample, in ring order. Markers and failed reads are skipped.
  void OnSample(const bundle::Sample& s);
  // Peers compared (call now and then: once a minute is plenty).
  void JudgePeers();
  // Anomalies not reported before: each device's once, until it is reset.
  std::vector<Anomaly> TakeNew();

  // Baselines: loaded (a bad file: the one-line error, all relearn) and
  // saved in `state`. A device whose stored entry disappeared since the
  // last save (tempmon-capture --reset-baseline) learns afresh.
  std::string Load(const sys::Dir& state);
  void Save(const sys::Dir& state);

  // The bundle's system.json "cooling_health" (docs/cooling.md).
  nlohmann::json ToJson() const;
  // Prometheus gauges per device. `labels` gives a device's labels from
  // its temperature sensor's name: the node's one label set for a device
  // (capture/metrics/device_metrics.h), so the gauges join with the others.
  std::string Metrics(const std::function<std::string(const std::string& sensor)>& labels) const;

  size_t size() const { return devs_.size(); }
  // A device by its identity or its ring temperature sensor's name
  // (tempmon-capture --qualify): its model, and whether the ring carries
  // its power (without it there is no R).
  struct Found {
    std::string id, sensor;
    const Device* model;
    bool has_power;
  };
  std::optional<Found> Find(const std::string& id_or_sensor) const;
  std::vector<std::string> Ids() const;
  // Whether any device measured anything worth keeping across a restart.
  bool HasLearnt() const;

 private:
  struct Dev {
    std::unique_ptr<Device> model;
    std::string name, kind;
    uint16_t temp = 0;
    int power = -1, inlet = -1, duty = -1, rpm = -1;  // ring sensor ids, -1 none
    bool reported = false;
  };
  struct Last {
    double v = kNaN;
    uint64_t ns = 0;
  };
  double Fresh(int id, uint64_t now) const;

  Params p_;
  std::map<std::string, Dev> devs_;          // by identity
  std::map<uint16_t, std::string> by_temp_;  // ring temperature sensor -> identity
  std::map<uint16_t, Last> last_;            // companions' last values
  std::map<std::string, Baseline> stored_;   // loaded, for devices not seen yet
  std::vector<std::string> saved_ids_;       // what the last Save wrote
};

}  // namespace tempmon::cooling
