// The /dev/tempmon layout in POSIX shared memory (/dev/shm), for
// running without root or the module (tempmon-sim, tests), and a userspace
// producer that writes it with the module's own write step
// (kmod/shared/tempmon_ring_core.h), so that one Reader serves both.
#pragma once

#include <cstdint>
#include <mutex>
#include <span>
#include <string>

#include "tempmon.h"
#include "tempmon/ring/sensor_desc.h"
#include "tempmon/ring/view.h"

namespace tempmon::ring {

struct ShmSensor {
  std::string name;  // at most TEMPMON_NAME_LEN - 1 bytes
  uint16_t kind = TEMPMON_SENSOR_PUSH;
  int32_t threshold_mc = TEMPMON_NO_THRESHOLD;
  int32_t hysteresis_mc = 0;
  // Origin, unit, extra limits, identity (ABI 1.1). Origin PUSH is taken
  // to mean "the kind's own" for ZONE and SIM sensors.
  SensorDesc desc{};
};

// The shared-memory ring tempmon-feed publishes to when /dev/tempmon is
// absent (no module: cloud VMs, locked-down kernels), and the one
// tempmon-capture --source auto falls back to.
inline constexpr const char* kDefaultShmName = "tempmon";

// Where POSIX shared memory objects live (glibc's shm_open), so that a
// ring can be published by rename.
inline constexpr const char* kShmDir = "/dev/shm";

class ShmRing {
 public:
  // Producer side: creates shared memory `name` (e.g. "tempmon-sim")
  // holding a ring of `capacity` records (a power of two, >= 64) and the
  // sensor table, replacing any stale one. Without a window: the object is
  // created exclusively under a private name (mode 0644, so no other user
  // ever holds a writable descriptor of it), filled, then renamed over
  // `name` in one step. Where another user owns `name` in the sticky
  // /dev/shm, only root may replace it; others get RingError EPERM.
  // Throws RingError.
  static ShmRing Create(const std::string& name, uint64_t capacity,
                        std::span<const ShmSensor> sensors, uint32_t rate_hz = 0);
  // Reader side: opens `name` read-only, and maps it only when it belongs
  // to root or to this user and nobody else can write it (checked on the
  // descriptor, before mapping): nobody else can then forge, resize or
  // truncate it. The size is taken from that descriptor and the geometry
  // from the control page once (RingView). Throws RingError (EPERM for a
  // refused object, naming its owner and mode).
  static ShmRing Open(const std::string& name);
  // Removes the name (existing mappings stay valid); false if absent.
  static bool Remove(const std::string& name);

  ShmRing(ShmRing&& o) noexcept;
  ShmRing& operator=(ShmRing&& o) noexcept;
  ~ShmRing();
  ShmRing(const ShmRing&) = delete;
  ShmRing& operator=(const ShmRing&) = delete;

  RingView view() const;
  const std::string& name() const { return name_; }
  bool writable() const { return writable_; }
  // Producer only (throws RingError EACCES on a read-only ring).
  tempmon_ctrl* mutable_ctrl();
  tempmon_record* mutable_records();

 private:
  ShmRing(std::string name, void* map, size_t size, bool writable);
  void Unmap();

  std::string name_;
  void* map_ = nullptr;
  size_t size_ = 0;
  RingView view_;
  bool writable_ = false;
};

// Thread-safe producer: Push() from any number of threads; serialised by a
// mutex exactly as the module serialises its producers by a spinlock.
class ShmProducer {
 public:
  explicit ShmProducer(ShmRing& ring);
  ShmProducer(const ShmProducer&) = delete;
  ShmProducer& operator=(const ShmProducer&) = delete;

  // Appends one record (overwriting the oldest when full); returns its
  // absolute index. ts_ns 0 means now (CLOCK_MONOTONIC). Unless `flags`
  // has TEMPMON_F_MARKER, the sensor's threshold and hysteresis add
  // TEMPMON_F_THROTTLING / THR_START / THR_END exactly as the module does
  // (same code: tempmon_throttle_step).
  uint64_t Push(uint16_t sensor, int32_t temp_mc, uint16_t flags, uint64_t ts_ns);
  // As TEMPMON_IOC_SET_THRESHOLD (TEMPMON_NO_THRESHOLD disables). Throws
  // RingError EINVAL for a sensor outside the table or a negative hysteresis.
  void SetThreshold(uint16_t sensor, int32_t threshold_mc, int32_t hysteresis_mc);
  // As TEMPMON_IOC_CLEAR: tail = head, clear_gen + 1.
  void Clear();
  // As TEMPMON_IOC_SET_SENSOR_DESC (any kind here); sensors_gen is odd
  // while the description is rewritten.
  void SetDesc(uint16_t sensor, const SensorDesc& desc);

 private:
  std::mutex mu_;
  tempmon_ctrl* ctrl_;
  tempmon_record* records_;
};

}  // namespace tempmon::ring
