#include "feed/shm_sink.h"

#include <cerrno>
#include <cstring>

namespace tempmon::feed {

ShmSink::ShmSink(const std::string& name, uint64_t capacity, uint32_t rate_hz) {
  try {
    ring_ = std::make_unique<ring::ShmRing>(ring::ShmRing::Create(name, capacity, {}, rate_hz));
    producer_ = std::make_unique<ring::ShmProducer>(*ring_);
  } catch (const std::system_error& e) {
    throw SinkError(std::string("--shm ") + name + ": " + e.what(), e.code().value());
  }
}

std::string ShmSink::Describe() const { return "shared memory ring " + ring_->name(); }

uint16_t ShmSink::AddSensor(const std::string& name, const ring::SensorDesc& desc) {
  tempmon_ctrl* c = ring_->mutable_ctrl();
  const uint32_t n = c->nr_sensors;
  for (uint32_t i = 0; i < n; ++i) {
    if (strncmp(c->sensors[i].name, name.c_str(), TEMPMON_NAME_LEN) == 0) {
      producer_->SetDesc(c->sensors[i].id, desc);
      return c->sensors[i].id;
    }
  }
  if (n >= TEMPMON_MAX_SENSORS) {
    throw SinkFull("shared memory ring " + ring_->name() + ": sensor table full (" +
                       std::to_string(TEMPMON_MAX_SENSORS) + " sensors); narrow with --match",
                   ENOSPC);
  }
  // The entry is complete before nr_sensors makes it visible to readers.
  tempmon_sensor_info& si = c->sensors[n];
  si = tempmon_sensor_info{};
  si.id = static_cast<uint16_t>(n);
  si.kind = TEMPMON_SENSOR_PUSH;
  si.state = TEMPMON_SS_ACTIVE;
  si.threshold_mc = TEMPMON_NO_THRESHOLD;
  std::strncpy(si.name, name.c_str(), TEMPMON_NAME_LEN - 1);
  c->sensors_desc[n] = ring::ToRaw(desc);
  __atomic_store_n(&c->nr_sensors, n + 1, __ATOMIC_RELEASE);
  __atomic_fetch_add(&c->sensors_gen, 2, __ATOMIC_RELEASE);
  return si.id;
}

void ShmSink::SetThreshold(uint16_t id, int32_t threshold_mc, int32_t hysteresis_mc) {
  tempmon_ctrl* c = ring_->mutable_ctrl();
  if (id >= c->nr_sensors) throw SinkError("shared memory ring: no sensor " + std::to_string(id), EINVAL);
  __atomic_store_n(&c->sensors[id].threshold_mc, threshold_mc, __ATOMIC_RELAXED);
  __atomic_store_n(&c->sensors[id].hysteresis_mc, hysteresis_mc, __ATOMIC_RELAXED);
  __atomic_fetch_add(&c->sensors_gen, 2, __ATOMIC_RELEASE);  // stays even (see uapi)
}

size_t ShmSink::Push(std::span<const tempmon_push_sample> samples) {
  const uint32_t n = ring_->mutable_ctrl()->nr_sensors;
  size_t accepted = 0;
  for (const tempmon_push_sample& s : samples) {
    if (s.sensor >= n) continue;  // as the module: a push to no sensor is refused
    producer_->Push(s.sensor, s.temp_mc, static_cast<uint16_t>((s.flags & TEMPMON_F_USER_MASK) | TEMPMON_F_PUSHED),
                    s.ts_ns);
    ++accepted;
  }
  return accepted;
}

}  // namespace tempmon::feed
