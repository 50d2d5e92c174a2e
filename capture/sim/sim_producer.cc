#include "capture/sim/sim_producer.h"

#include <cmath>

#include "tempmon.h"

namespace tempmon::sim {
namespace {

std::vector<ring::ShmSensor> SimSensors(const SimConfig& c) {
  std::vector<ring::ShmSensor> v;
  const bool power = c.resistance_c_per_w > 0;
  for (int i = 0; i < c.sensors; ++i) {
    v.push_back({"sim" + std::to_string(i), TEMPMON_SENSOR_SIM, c.threshold_mc, c.hysteresis_mc});
    if (!power) continue;
    // One model and location for the temperature and its power: the
    // cooling model pairs a device with its own power (causes::SameDevice).
    v.back().desc.origin = TEMPMON_ORIGIN_SIM;
    v.back().desc.model = "tempmon-sim";
    v.back().desc.location = v.back().name;
  }
  if (power)
    for (int i = 0; i < c.sensors; ++i) {
      ring::ShmSensor p{"sim" + std::to_string(i) + ".power", TEMPMON_SENSOR_SIM, TEMPMON_NO_THRESHOLD, 0};
      p.desc.origin = TEMPMON_ORIGIN_SIM;
      p.desc.unit = TEMPMON_UNIT_WATT;
      p.desc.model = "tempmon-sim";
      p.desc.location = "sim" + std::to_string(i);
      v.push_back(std::move(p));
    }
  return v;
}

std::vector<ring::ShmSensor> FromBundle(const std::vector<bundle::Sensor>& s) {
  std::vector<ring::ShmSensor> v;
  for (const auto& b : s) {
    if (v.size() <= b.id) v.resize(b.id + 1u, {"unused", TEMPMON_SENSOR_NONE, TEMPMON_NO_THRESHOLD, 0});
    uint16_t kind = b.kind == "zone" ? TEMPMON_SENSOR_ZONE
                    : b.kind == "sim" ? TEMPMON_SENSOR_SIM
                                      : TEMPMON_SENSOR_PUSH;
    // The sensor's identity too: a replayed GPU is the same GPU.
    ring::SensorDesc d;
    if (auto o = ring::OriginFromName(b.kind)) d.origin = *o;
    if (auto u = ring::UnitFromName(b.unit)) d.unit = *u;
    d.shutdown_mc = b.shutdown_mc;
    d.max_op_mc = b.max_op_mc;
    d.model = b.model;
    d.uuid = b.uuid;
    d.location = b.location;
    v[b.id] = {b.name.substr(0, TEMPMON_NAME_LEN - 1), kind,
               b.threshold_mc.value_or(TEMPMON_NO_THRESHOLD), b.hysteresis_mc.value_or(0), d};
  }
  if (v.empty()) v.push_back({"replay", TEMPMON_SENSOR_PUSH, TEMPMON_NO_THRESHOLD, 0});
  return v;
}

}  // namespace

SimProducer::SimProducer(const SimConfig& c) : SimProducer(c, {}) {}

SimProducer::SimProducer(const SimConfig& c, const std::vector<bundle::Sensor>& replay)
    : cfg_(c),
      ring_([&] {
        auto sensors = replay.empty() ? SimSensors(c) : FromBundle(replay);
        return ring::ShmRing::Create(c.name, c.capacity, sensors, c.rate_hz);
      }()) {
  producer_ = std::make_unique<ring::ShmProducer>(ring_);
  const tempmon_ctrl* ctrl = ring_.view().ctrl;
  // Replayed samples keep every sensor's thresholds; the model runs one
  // state per simulated sensor (not per power sensor).
  models_ = replay.empty() ? static_cast<size_t>(c.sensors) : ctrl->nr_sensors;
  for (uint32_t i = 0; i < ctrl->nr_sensors; ++i) {
    Sensor s;
    tempmon_sim_init(&s.model, c.seed + i, c.load_permille);
    s.threshold_mc = ctrl->sensors[i].threshold_mc;
    s.hysteresis_mc = ctrl->sensors[i].hysteresis_mc;
    sensors_.push_back(s);
  }
}

SimProducer::~SimProducer() { ring::ShmRing::Remove(cfg_.name); }

void SimProducer::SetLoad(uint32_t permille) {
  for (auto& s : sensors_) s.model.load_permille = permille > 1000 ? 1000 : permille;
}

double SimProducer::PowerW(uint32_t load_permille) const {
  return cfg_.idle_w + load_permille * TEMPMON_SIM_RISE_PER_PERMILLE_MC / 1000.0 / cfg_.resistance_c_per_w;
}

void SimProducer::Put(uint16_t sensor, int32_t temp_mc, uint16_t flags, uint64_t ts_ns) {
  // The module's rules: a gap of TEMPMON_STALL_PERIODS periods is a stall;
  // throttling starts at the threshold and ends below threshold - hysteresis.
  if (last_ts_ && cfg_.rate_hz &&
      ts_ns > last_ts_ + uint64_t{TEMPMON_STALL_PERIODS} * 1'000'000'000ull / cfg_.rate_hz)
    flags |= TEMPMON_F_STALL;
  if (sensor < sensors_.size()) {
    Sensor& s = sensors_[sensor];
    flags &= static_cast<uint16_t>(~(TEMPMON_F_THROTTLING | TEMPMON_F_THR_START | TEMPMON_F_THR_END));
    if (s.threshold_mc != TEMPMON_NO_THRESHOLD) {
      if (!s.throttling && temp_mc >= s.threshold_mc) {
        s.throttling = true;
        flags |= TEMPMON_F_THR_START;
      } else if (s.throttling && temp_mc < s.threshold_mc - s.hysteresis_mc) {
        s.throttling = false;
        flags |= TEMPMON_F_THR_END;
      }
      if (s.throttling) flags |= TEMPMON_F_THROTTLING;
    }
  }
  producer_->Push(sensor, temp_mc, flags, ts_ns);
  last_ts_ = ts_ns;
  ++written_;
}

void SimProducer::Step(uint64_t ts_ns) {
  uint32_t dt_us = last_ts_ && ts_ns > last_ts_
                       ? static_cast<uint32_t>(std::min<uint64_t>((ts_ns - last_ts_) / 1000, TEMPMON_SIM_MAX_STEP_US))
                       : 1000000 / (cfg_.rate_hz ? cfg_.rate_hz : 1);
  for (size_t i = 0; i < models_; ++i) {
    int32_t t = tempmon_sim_step(&sensors_[i].model, dt_us);
    Put(static_cast<uint16_t>(i), t, 0, ts_ns);
    if (cfg_.resistance_c_per_w > 0)
      Put(static_cast<uint16_t>(models_ + i),
          static_cast<int32_t>(std::lround(PowerW(sensors_[i].model.load_permille) * 1000)), 0, ts_ns);
  }
}

}  // namespace tempmon::sim
