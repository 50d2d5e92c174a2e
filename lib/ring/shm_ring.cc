#include "tempmon/ring/shm_ring.h"

#include <time.h>

#include <boost/interprocess/exceptions.hpp>
#include <cerrno>
#include <cstring>
#include <utility>

#include "tempmon/ring/csum.h"
#include "tempmon/ring/error.h"

// The module's write step, with userspace atomics for its primitives:
// release stores for the payload instead of a fence (see the core header).
#define TM_READ_ONCE(x) __atomic_load_n(&(x), __ATOMIC_RELAXED)
#define TM_WRITE_ONCE(x, v) __atomic_store_n(&(x), (v), __ATOMIC_RELAXED)
#define TM_STORE_RELEASE(p, v) __atomic_store_n((p), (v), __ATOMIC_RELEASE)
#define TM_SMP_WMB() \
  do {               \
  } while (0)
#define TM_WRITE_PAYLOAD(x, v) __atomic_store_n(&(x), (v), __ATOMIC_RELEASE)
#define TM_RECORD_CSUM(r) ::tempmon::ring::RecordChecksum(*(r))
#include "tempmon_ring_core.h"

namespace bip = boost::interprocess;

namespace tempmon::ring {

namespace {
int ErrnoOf(const bip::interprocess_exception& e) {
  const int native = e.get_native_error();
  return native != 0 ? native : EIO;
}
}  // namespace

ShmRing::ShmRing(std::string name, bip::shared_memory_object shm, bip::mapped_region region,
                 bool writable)
    : name_(std::move(name)), shm_(std::move(shm)), region_(std::move(region)), writable_(writable) {}

ShmRing ShmRing::Create(const std::string& name, uint64_t capacity,
                        std::span<const ShmSensor> sensors, uint32_t rate_hz) {
  if (capacity < 64 || (capacity & (capacity - 1)) != 0)
    ThrowError(EINVAL, "shm ring " + name + ": capacity " + std::to_string(capacity),
               "use a power of two >= 64");
  if (sensors.size() > TEMPMON_MAX_SENSORS)
    ThrowError(EINVAL, "shm ring " + name + ": " + std::to_string(sensors.size()) + " sensors",
               "at most " + std::to_string(TEMPMON_MAX_SENSORS));
  for (const auto& s : sensors)
    if (s.name.empty() || s.name.size() >= TEMPMON_NAME_LEN)
      ThrowError(EINVAL, "shm ring " + name + ": sensor name '" + s.name + "'",
                 "1.." + std::to_string(TEMPMON_NAME_LEN - 1) + " bytes");
  const uint64_t size = MapSizeFor(capacity);
  try {
    bip::shared_memory_object::remove(name.c_str());
    bip::shared_memory_object shm(bip::create_only, name.c_str(), bip::read_write);
    shm.truncate(static_cast<bip::offset_t>(size));
    bip::mapped_region region(shm, bip::read_write, 0, size);
    std::memset(region.get_address(), 0, size);
    auto* c = static_cast<tempmon_ctrl*>(region.get_address());
    tempmon_ring_init_ctrl(c, capacity, rate_hz);
    for (size_t i = 0; i < sensors.size(); ++i) {
      tempmon_sensor_info& si = c->sensors[i];
      si.id = static_cast<uint16_t>(i);
      si.kind = sensors[i].kind;
      si.state = TEMPMON_SS_ACTIVE;
      si.threshold_mc = sensors[i].threshold_mc;
      si.hysteresis_mc = sensors[i].hysteresis_mc;
      std::memcpy(si.name, sensors[i].name.data(), sensors[i].name.size());
      c->sensors_desc[i] = ToRaw(sensors[i].desc);
      if (sensors[i].desc.origin == TEMPMON_ORIGIN_PUSH || sensors[i].desc.origin == TEMPMON_ORIGIN_UNSET)
        c->sensors_desc[i].origin = tempmon_sensor_desc_default(sensors[i].kind).origin;
    }
    c->nr_sensors = static_cast<uint32_t>(sensors.size());
    c->sensors_gen = 2;  // even: no description is being written
    return ShmRing(name, std::move(shm), std::move(region), true);
  } catch (const bip::interprocess_exception& e) {
    ThrowError(ErrnoOf(e), "create shared memory ring " + name + " (" + e.what() + ")",
               "check /dev/shm is mounted and writable");
  }
}

ShmRing ShmRing::Open(const std::string& name) {
  try {
    bip::shared_memory_object shm(bip::open_only, name.c_str(), bip::read_only);
    bip::offset_t size = 0;
    if (!shm.get_size(size) || size < static_cast<bip::offset_t>(TEMPMON_CTRL_SIZE))
      ThrowError(EPROTO, "shared memory ring " + name + " is too small",
                 "is the producer (tempmon-sim) still starting?");
    bip::mapped_region region(shm, bip::read_only, 0, static_cast<size_t>(size));
    const auto* c = static_cast<const tempmon_ctrl*>(region.get_address());
    const std::string bad = CheckCtrl(c, static_cast<uint64_t>(size));
    if (!bad.empty())
      ThrowError(EPROTO, "shared memory ring " + name + ": " + bad, "recreate it with this build");
    return ShmRing(name, std::move(shm), std::move(region), false);
  } catch (const bip::interprocess_exception& e) {
    ThrowError(ErrnoOf(e), "open shared memory ring " + name + " (" + e.what() + ")",
               "start the producer first (tempmon-sim)");
  }
}

bool ShmRing::Remove(const std::string& name) {
  return bip::shared_memory_object::remove(name.c_str());
}

RingView ShmRing::view() const {
  const auto* c = static_cast<const tempmon_ctrl*>(region_.get_address());
  return RingView{c, reinterpret_cast<const tempmon_record*>(
                         static_cast<const char*>(region_.get_address()) + c->data_offset)};
}

tempmon_ctrl* ShmRing::mutable_ctrl() {
  if (!writable_) ThrowError(EACCES, "shared memory ring " + name_ + " is read-only", "only its creator produces");
  return static_cast<tempmon_ctrl*>(region_.get_address());
}

tempmon_record* ShmRing::mutable_records() {
  tempmon_ctrl* c = mutable_ctrl();
  return reinterpret_cast<tempmon_record*>(reinterpret_cast<char*>(c) + c->data_offset);
}

ShmProducer::ShmProducer(ShmRing& ring)
    : ctrl_(ring.mutable_ctrl()), records_(ring.mutable_records()) {}

uint64_t ShmProducer::Push(uint16_t sensor, int32_t temp_mc, uint16_t flags, uint64_t ts_ns) {
  if (ts_ns == 0) {
    timespec ts{};
    clock_gettime(CLOCK_MONOTONIC, &ts);
    ts_ns = static_cast<uint64_t>(ts.tv_sec) * 1000000000ULL + static_cast<uint64_t>(ts.tv_nsec);
  }
  std::lock_guard lock(mu_);
  tempmon_sensor_info* si = sensor < TEMPMON_MAX_SENSORS ? &ctrl_->sensors[sensor] : nullptr;
  if (si != nullptr && (flags & TEMPMON_F_MARKER) == 0) {
    const uint32_t state = TM_READ_ONCE(si->state);
    int throttling = (state & TEMPMON_SS_THROTTLING) != 0;
    const uint16_t thr = tempmon_throttle_step(&throttling, TM_READ_ONCE(si->threshold_mc),
                                               TM_READ_ONCE(si->hysteresis_mc), temp_mc);
    flags = static_cast<uint16_t>(flags | thr);
    TM_WRITE_ONCE(si->state, throttling ? (state | TEMPMON_SS_THROTTLING)
                                        : (state & ~TEMPMON_SS_THROTTLING));
    if (thr & TEMPMON_F_THR_START) {
      TM_WRITE_ONCE(si->throttle_events, TM_READ_ONCE(si->throttle_events) + 1);
      TM_WRITE_ONCE(ctrl_->throttle_events, TM_READ_ONCE(ctrl_->throttle_events) + 1);
    }
    TM_WRITE_ONCE(si->last_mc, temp_mc);
  }
  const uint64_t i = tempmon_ring_put(ctrl_, records_, ts_ns, temp_mc, sensor, flags);
  if (si != nullptr) TM_WRITE_ONCE(si->samples, TM_READ_ONCE(si->samples) + 1);
  return i;
}

void ShmProducer::SetThreshold(uint16_t sensor, int32_t threshold_mc, int32_t hysteresis_mc) {
  if (sensor >= TEMPMON_MAX_SENSORS || hysteresis_mc < 0)
    ThrowError(EINVAL, "SetThreshold(sensor " + std::to_string(sensor) + ", hysteresis " +
                           std::to_string(hysteresis_mc) + ")",
               "sensor < " + std::to_string(TEMPMON_MAX_SENSORS) + ", hysteresis >= 0");
  std::lock_guard lock(mu_);
  TM_WRITE_ONCE(ctrl_->sensors[sensor].threshold_mc, threshold_mc);
  TM_WRITE_ONCE(ctrl_->sensors[sensor].hysteresis_mc, hysteresis_mc);
}

void ShmProducer::SetDesc(uint16_t sensor, const SensorDesc& desc) {
  if (sensor >= TEMPMON_MAX_SENSORS)
    ThrowError(EINVAL, "SetDesc(sensor " + std::to_string(sensor) + ")",
               "sensor < " + std::to_string(TEMPMON_MAX_SENSORS));
  const tempmon_sensor_desc raw = ToRaw(desc);
  std::lock_guard lock(mu_);
  TM_WRITE_ONCE(ctrl_->sensors_gen, TM_READ_ONCE(ctrl_->sensors_gen) + 1);
  const auto* src = reinterpret_cast<const unsigned char*>(&raw);
  auto* dst = reinterpret_cast<unsigned char*>(&ctrl_->sensors_desc[sensor]);
  for (size_t b = 0; b < sizeof(raw); ++b) TM_WRITE_PAYLOAD(dst[b], src[b]);
  TM_STORE_RELEASE(&ctrl_->sensors_gen, TM_READ_ONCE(ctrl_->sensors_gen) + 1);
}

void ShmProducer::Clear() {
  std::lock_guard lock(mu_);
  tempmon_ring_clear(ctrl_);
}

}  // namespace tempmon::ring
