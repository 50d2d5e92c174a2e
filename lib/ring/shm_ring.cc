#include "tempmon/ring/shm_ring.h"

#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <random>
#include <utility>

#include "tempmon/ring/csum.h"
#include "tempmon/ring/error.h"
#include "tempmon/sys/dir.h"
#include "tempmon/sys/unique_fd.h"

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

namespace tempmon::ring {

namespace {

// "/" + name, as shm_open wants it; a name is one path component.
std::string ShmPath(const std::string& name) {
  if (name.empty() || name.find('/') != std::string::npos || name == "." || name == "..")
    ThrowError(EINVAL, "shared memory ring name '" + name + "'", "a plain name without '/'");
  return "/" + name;
}

std::string PrivateSuffix() {
  thread_local std::mt19937_64 gen{std::random_device{}()};
  char buf[24];
  std::snprintf(buf, sizeof buf, ".new-%016llx", static_cast<unsigned long long>(gen()));
  return buf;
}

}  // namespace

ShmRing::ShmRing(std::string name, void* map, size_t size, bool writable)
    : name_(std::move(name)), map_(map), size_(size), view_(ViewOf(map, size)), writable_(writable) {}

ShmRing::ShmRing(ShmRing&& o) noexcept
    : name_(std::move(o.name_)),
      map_(std::exchange(o.map_, nullptr)),
      size_(std::exchange(o.size_, 0)),
      view_(std::exchange(o.view_, RingView{})),
      writable_(o.writable_) {}

ShmRing& ShmRing::operator=(ShmRing&& o) noexcept {
  if (this != &o) {
    Unmap();
    name_ = std::move(o.name_);
    map_ = std::exchange(o.map_, nullptr);
    size_ = std::exchange(o.size_, 0);
    view_ = std::exchange(o.view_, RingView{});
    writable_ = o.writable_;
  }
  return *this;
}

ShmRing::~ShmRing() { Unmap(); }

void ShmRing::Unmap() {
  if (map_ != nullptr) ::munmap(map_, size_);
  map_ = nullptr;
  size_ = 0;
  view_ = RingView{};
}

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
  const std::string path = ShmPath(name);
  const uint64_t size = MapSizeFor(capacity);
  // A private name, created exclusively: nobody else has it open, and its
  // mode is fixed on the descriptor whatever the umask.
  std::string tmp;
  sys::UniqueFd fd;
  for (int tries = 0; !fd; ++tries) {
    tmp = path + PrivateSuffix();
    fd.Reset(::shm_open(tmp.c_str(), O_RDWR | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0644));
    if (!fd && (errno != EEXIST || tries >= 100))
      ThrowError(errno, "create shared memory ring " + name, "check /dev/shm is mounted and writable");
  }
  void* map = MAP_FAILED;
  try {
    if (::fchmod(fd.get(), 0644) != 0) ThrowError(errno, "create shared memory ring " + name + " (fchmod)");
    if (::ftruncate(fd.get(), static_cast<off_t>(size)) != 0)
      ThrowError(errno, "create shared memory ring " + name + " (" + std::to_string(size) + " bytes)",
                 "is /dev/shm full?");
    map = ::mmap(nullptr, size, PROT_READ | PROT_WRITE, MAP_SHARED, fd.get(), 0);
    if (map == MAP_FAILED) ThrowError(errno, "map shared memory ring " + name);
    auto* c = static_cast<tempmon_ctrl*>(map);
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
    // Published complete, in one step: readers see the old object or this one.
    const std::string from = std::string(kShmDir) + tmp, to = std::string(kShmDir) + path;
    if (::rename(from.c_str(), to.c_str()) != 0) {
      const int err = errno;
      struct stat st {};
      std::string owner;
      if (::lstat(to.c_str(), &st) == 0 && st.st_uid != ::geteuid())
        owner = " (" + to + " belongs to uid " + std::to_string(st.st_uid) + ")";
      ThrowError(err, "publish shared memory ring " + name + owner,
                 "remove the stale object, or run the producer as its owner or root");
    }
  } catch (...) {
    if (map != MAP_FAILED) ::munmap(map, size);
    ::shm_unlink(tmp.c_str());
    throw;
  }
  return ShmRing(name, map, size, true);
}

ShmRing ShmRing::Open(const std::string& name) {
  const std::string path = ShmPath(name);
  sys::UniqueFd fd(::shm_open(path.c_str(), O_RDONLY | O_NOFOLLOW | O_CLOEXEC, 0));
  if (!fd)
    ThrowError(errno, "open shared memory ring " + name, "start the producer first (tempmon-sim)");
  struct stat st {};
  if (::fstat(fd.get(), &st) != 0) ThrowError(errno, "stat shared memory ring " + name);
  if (!S_ISREG(st.st_mode)) ThrowError(EPERM, "refusing shared memory ring " + name + ": not a regular object");
  // Before anything is mapped: an object another user owns or may write
  // could be forged, grown or truncated under the reader at any time.
  if (auto why = sys::UntrustedReason(st))
    ThrowError(EPERM, "refusing shared memory ring " + name + ": " + *why,
               "another user may have created it first; remove " + std::string(kShmDir) + path +
                   " and restart its producer");
  if (st.st_size < static_cast<off_t>(TEMPMON_CTRL_SIZE))
    ThrowError(EPROTO, "shared memory ring " + name + " is too small",
               "is the producer (tempmon-sim) still starting?");
  const size_t size = static_cast<size_t>(st.st_size);
  void* map = ::mmap(nullptr, size, PROT_READ, MAP_SHARED, fd.get(), 0);
  if (map == MAP_FAILED) ThrowError(errno, "map shared memory ring " + name);
  const std::string bad = CheckCtrl(static_cast<const tempmon_ctrl*>(map), size);
  ShmRing ring(name, map, size, false);
  if (!bad.empty())
    ThrowError(EPROTO, "shared memory ring " + name + ": " + bad, "recreate it with this build");
  if (ring.view_.ctrl == nullptr)
    ThrowError(EPROTO, "shared memory ring " + name + ": its geometry changed while it was checked");
  return ring;
}

bool ShmRing::Remove(const std::string& name) { return ::shm_unlink(ShmPath(name).c_str()) == 0; }

RingView ShmRing::view() const { return view_; }

tempmon_ctrl* ShmRing::mutable_ctrl() {
  if (!writable_) ThrowError(EACCES, "shared memory ring " + name_ + " is read-only", "only its creator produces");
  return static_cast<tempmon_ctrl*>(map_);
}

tempmon_record* ShmRing::mutable_records() {
  mutable_ctrl();
  return const_cast<tempmon_record*>(view_.records);
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
