// The "cooling_health" member the capture's cooling model (capture/cooling/
// host.h) writes after a healthy learning period on the simulated plant and
// a fan that then stopped: learned baseline, R history, a fan anomaly. For
// the viewer's tests, which must show what the real model writes.
#pragma once

#include <cmath>
#include <cstdint>
#include <string>

#include <nlohmann/json.hpp>

#include "capture/cooling/host.h"
#include "plant.h"

namespace tempmon::cooling::test {

inline bundle::Sensor CoolingSensor(uint16_t id, std::string name, std::string unit, std::string uuid,
                                    std::string kind) {
  bundle::Sensor s;
  s.id = id;
  s.name = std::move(name);
  s.unit = std::move(unit);
  s.uuid = std::move(uuid);
  s.kind = std::move(kind);
  s.model = s.uuid.empty() ? "" : "NVIDIA H200";
  return s;
}

inline nlohmann::json CoolingFromModel() {
  Params p = DefaultParams();
  p.learn_s = 1800;  // learned within the simulated 40 minutes
  p.learn_points = 10;
  Host h(p);
  h.SetSensors({CoolingSensor(0, "gpu0", "C", "GPU-aaaa", "nvml"), CoolingSensor(1, "gpu0.power", "W", "GPU-aaaa", "nvml"),
                CoolingSensor(2, "gpu0.fan", "%", "GPU-aaaa", "nvml"), CoolingSensor(3, "gpu0.fan_rpm", "RPM", "GPU-aaaa", "nvml"),
                CoolingSensor(4, "nct6798.Inlet", "C", "", "hwmon")});
  PlantSpec spec;
  spec.fan_curve = false;
  Plant plant(spec, 9, 25);
  auto push = [&h](const Sample& x) {
    const uint64_t ns = static_cast<uint64_t>(x.t_s * 1e9);
    const double v[] = {x.temp_c, x.power_w, x.fan_duty_pct, x.fan_rpm, x.inlet_c};
    for (uint16_t id : {1, 2, 3, 4, 0}) {  // companions before the temperature, as the ring carries them
      bundle::Sample s;
      s.ts_ns = ns;
      s.sensor = id;
      s.temp_mc = static_cast<int32_t>(std::lround(v[id] * 1000));
      h.OnSample(s);
    }
  };
  double t = 100;
  for (; t < 2500; t += 0.5) push(plant.Step(t, 0.5, 600, 25));
  plant.fan_health = 0;
  for (double end = t + 60; t < end; t += 0.5) push(plant.Step(t, 0.5, 600, 25));
  return h.ToJson();
}

}  // namespace tempmon::cooling::test
