#include "capture/app/ring_source.h"

#include <sys/ioctl.h>
#include <unistd.h>
#include <time.h>

#include <algorithm>
#include <cerrno>

#include "capture/common/errors.h"
#include "tempmon/ring/error.h"
#include "tempmon/ring/sensor_desc.h"

namespace tempmon::capture {
namespace {

int64_t Now(clockid_t c) {
  timespec ts;
  clock_gettime(c, &ts);
  return int64_t{ts.tv_sec} * 1'000'000'000 + ts.tv_nsec;
}

}  // namespace

std::unique_ptr<RingSource> RingSource::Open(const std::string& spec) {
  std::unique_ptr<RingSource> s(new RingSource());
  s->spec_ = spec;
  if (spec.rfind("shm:", 0) == 0) {
    s->shm_.emplace(ring::ShmRing::Open(spec.substr(4)));
    s->reader_.emplace(s->shm_->view(), ring::StartAt::kOldest);
  } else {
    std::string path = spec.rfind("device:", 0) == 0 ? spec.substr(7) : spec;
    s->device_.emplace(path);
    s->reader_.emplace(s->device_->view(), ring::StartAt::kOldest);
  }
  s->own_wall_offset_ = Now(CLOCK_REALTIME) - Now(CLOCK_MONOTONIC);
  return s;
}

std::unique_ptr<RingSource> RingSource::OpenSource(std::string& spec, std::string& note) {
  if (spec != "auto") return Open(spec);
  spec = "device:/dev/tempmon";
  if (::access("/dev/tempmon", F_OK) == 0) return Open(spec);
  const std::string shm = std::string("shm:") + ring::kDefaultShmName;
  try {
    std::unique_ptr<RingSource> r = Open(shm);
    spec = shm;
    note = std::string("no /dev/tempmon (tempmon.ko not loaded): the shared-memory ring ") + ring::kDefaultShmName +
           " that tempmon-feed publishes to";
    return r;
  } catch (const ring::RingError& e) {
    // A ring that is there but refused (another user's, or damaged) says
    // so itself; only a missing one gets the hint below.
    if (e.code().value() != ENOENT) throw;
    throw ring::RingError(e.code().value(),
                          std::string("--source auto: no /dev/tempmon and no shared-memory ring ") +
                              ring::kDefaultShmName,
                          "load tempmon.ko, or start tempmon-feed (it publishes to that ring without the module)");
  }
}

int64_t RingSource::WallOffset() const {
  int64_t off = __atomic_load_n(&reader_->view().ctrl->wall_offset_ns, __ATOMIC_RELAXED);
  return off ? off : own_wall_offset_;
}

std::vector<bundle::Sample> RingSource::Poll() {
  std::vector<bundle::Sample> fresh;
  int64_t off = WallOffset();
  reader_->Poll([&](const tempmon_record& r) {
    bundle::Sample s;
    s.ts_ns = r.ts_ns;
    s.wall_ns = static_cast<int64_t>(r.ts_ns) + off;
    s.seq = r.seq - 1;
    s.sensor = r.sensor;
    s.temp_mc = r.temp_mc;
    s.flags = r.flags;
    fresh.push_back(s);
  });
  history_.insert(history_.end(), fresh.begin(), fresh.end());
  if (!fresh.empty()) FormatRows(fresh);
  return fresh;
}

void RingSource::FormatRows(const std::vector<bundle::Sample>& fresh) {
  bundle::SampleRowFormatter now(Sensors());
  // Rows `count` samples long from `at(0)` on, in chunks of at most `per`
  // rows: offsets stay 32-bit, and a backlog read at once still has chunk
  // starts every few seconds.
  auto chunks = [this](size_t count, const auto& at) {
    const size_t per = 4096;
    for (size_t i = 0; i < count; i += per) {
      RowChunk c;
      std::string text;
      const size_t n = std::min(per, count - i);
      c.seqs.reserve(n);
      c.ends.reserve(n);
      text.reserve(n * 96);
      for (size_t k = i; k < i + n; ++k) {
        formatter_->Append(text, at(k));
        c.seqs.push_back(at(k).seq);
        c.ends.push_back(static_cast<uint32_t>(text.size()));
      }
      c.first_mono_ns = at(i).ts_ns;
      PushChunk(std::move(c), std::move(text));
    }
  };
  if (formatter_ && formatter_->names() == now.names()) {
    chunks(fresh.size(), [&](size_t k) -> const bundle::Sample& { return fresh[k]; });
    return;
  }
  // A sensor was named or renamed: the whole history again, with the new
  // names (rare: a producer describes its sensors once).
  formatter_.emplace(std::move(now));
  rows_.clear();
  ++rows_gen_;
  chunks(history_.size(), [&](size_t k) -> const bundle::Sample& { return history_[k]; });
}

void RingSource::PushChunk(RowChunk c, std::string text) {
  c.text = std::make_shared<const std::string>(std::move(text));
  c.no = next_chunk_no_++;
  rows_.push_back(std::move(c));
}

std::vector<RingSource::RowBatch> RingSource::RowBatchesFrom(uint64_t no) const {
  std::vector<RowBatch> out;
  for (const RowChunk& c : rows_)
    if (c.no >= no) out.push_back({c.text, c.no, c.seqs.front(), c.seqs.back(), c.first_mono_ns});
  return out;
}

std::unique_ptr<bundle::CsvRows> RingSource::Rows(const std::vector<bundle::Sample>& window) const {
  auto out = std::make_unique<bundle::CsvRows>();
  if (!formatter_) return window.empty() ? std::move(out) : nullptr;
  out->names = formatter_->names();
  out->rows = window.size();
  if (window.empty()) return out;
  out->first_seq = window.front().seq;
  out->last_seq = window.back().seq;
  size_t ci = 0, k = 0;
  const char* run = nullptr;
  size_t run_len = 0;
  for (const bundle::Sample& s : window) {
    // Both are in seq order: one cursor walks the chunks and their rows.
    while (ci < rows_.size() && rows_[ci].seqs.back() < s.seq) {
      ++ci;
      k = 0;
    }
    if (ci == rows_.size()) return nullptr;
    const RowChunk& c = rows_[ci];
    while (k < c.seqs.size() && c.seqs[k] < s.seq) ++k;
    if (c.seqs[k] != s.seq) return nullptr;
    const size_t begin = k ? c.ends[k - 1] : 0;
    const char* row = c.text->data() + begin;
    const size_t len = c.ends[k] - begin;
    if (run && run + run_len == row) {
      run_len += len;  // adjacent rows: one piece
    } else {
      if (run) out->pieces.emplace_back(run, run_len);
      run = row;
      run_len = len;
    }
  }
  if (run) out->pieces.emplace_back(run, run_len);
  return out;
}

void RingSource::Trim(uint64_t keep_ns, size_t max_samples) {
  while (history_.size() > max_samples) history_.pop_front();
  if (history_.empty()) {
    rows_.clear();
    return;
  }
  uint64_t newest = history_.back().ts_ns;
  while (!history_.empty() && history_.front().ts_ns + keep_ns < newest)
    history_.pop_front();
  while (!rows_.empty() && (history_.empty() || rows_.front().seqs.back() < history_.front().seq))
    rows_.pop_front();
}

std::vector<bundle::Sample> RingSource::Window(uint64_t from, uint64_t to) const {
  std::vector<bundle::Sample> out;
  auto it = std::lower_bound(history_.begin(), history_.end(), from,
                             [](const bundle::Sample& s, uint64_t t) { return s.ts_ns < t; });
  // One allocation for the window: growing it sample by sample copies and
  // page-faults megabytes on the trigger-to-bundle path.
  out.reserve(static_cast<size_t>(history_.end() - it));
  for (; it != history_.end(); ++it) {
    // Records are in index order; timestamps of pushed samples may step
    // back a little, so filter rather than stop at the first late one.
    if (it->ts_ns >= from && it->ts_ns <= to) out.push_back(*it);
  }
  return out;
}

std::vector<bundle::Sensor> RingSource::Sensors() const {
  const tempmon_ctrl* c = reader_->view().ctrl;
  std::vector<bundle::Sensor> out;
  uint32_t n = std::min<uint32_t>(__atomic_load_n(&c->nr_sensors, __ATOMIC_ACQUIRE),
                                  TEMPMON_MAX_SENSORS);
  for (uint32_t i = 0; i < n; ++i) {
    const tempmon_sensor_info& si = c->sensors[i];
    bundle::Sensor s;
    s.id = si.id;
    s.name = std::string(si.name, strnlen(si.name, TEMPMON_NAME_LEN));
    if (si.threshold_mc != TEMPMON_NO_THRESHOLD) {
      s.threshold_mc = si.threshold_mc;
      s.hysteresis_mc = si.hysteresis_mc;
    }
    // The origin (nvml, hwmon...) is the bundle's kind: a GPU that
    // tempmon-feed pushes says what it is, not how it reached the ring.
    // An ABI 1.0 ring gives the defaults of the slot's kind.
    const ring::SensorDesc d = ring::ReadSensorDesc(c, i);
    s.kind = si.kind == TEMPMON_SENSOR_NONE ? "unknown" : ring::OriginName(d.origin);
    s.unit = ring::UnitName(d.unit);
    s.model = d.model;
    s.uuid = d.uuid;
    s.location = d.location;
    s.shutdown_mc = d.shutdown_mc;
    s.max_op_mc = d.max_op_mc;
    out.push_back(s);
  }
  return out;
}

bool RingSource::SensorsChanged() {
  const uint32_t gen = __atomic_load_n(&reader_->view().ctrl->sensors_gen, __ATOMIC_ACQUIRE);
  const uint32_t n = __atomic_load_n(&reader_->view().ctrl->nr_sensors, __ATOMIC_ACQUIRE);
  if (seen_sensors_ && gen == seen_gen_ && n == seen_nr_) return false;
  seen_sensors_ = true;
  seen_gen_ = gen;
  seen_nr_ = n;
  return true;
}

std::string RingSource::SensorName(uint16_t id) const {
  for (const auto& s : Sensors())
    if (s.id == id) return s.name;
  return {};
}

uint32_t RingSource::RateHz() const { return reader_->view().ctrl->rate_hz; }

bool RingSource::Frozen() const {
  return __atomic_load_n(&reader_->view().ctrl->frozen_by, __ATOMIC_ACQUIRE) != 0;
}

uint64_t RingSource::DroppedFrozen() const {
  return __atomic_load_n(&reader_->view().ctrl->dropped_frozen, __ATOMIC_RELAXED);
}

uint64_t RingSource::Capacity() const { return reader_->view().ctrl->capacity; }

bool RingSource::Thaw() {
  if (!device_) return false;
  return ::ioctl(device_->fd(), TEMPMON_IOC_THAW) == 0;
}

void RingSource::SetThreshold(const std::string& name, int32_t thr, int32_t hyst) {
  if (!device_) throw CaptureError("--threshold " + name + ": only a /dev/tempmon source has settable thresholds");
  for (const auto& s : Sensors()) {
    if (s.name != name) continue;
    tempmon_threshold t{s.id, thr, hyst, 0};
    if (::ioctl(device_->fd(), TEMPMON_IOC_SET_THRESHOLD, &t) != 0)
      ThrowErrno("TEMPMON_IOC_SET_THRESHOLD for sensor " + name, "needs root (CAP_SYS_ADMIN)");
    return;
  }
  throw CaptureError("--threshold: no sensor named '" + name +
                     "' in the ring (see cat /dev/tempmon; load tempmon.ko with zones=TYPE)");
}

int RingSource::PollFd() const { return device_ ? device_->fd() : -1; }

std::string RingSource::ModuleVersion() const {
  if (!device_) return {};
  const auto& v = device_->info().version;
  return std::string(v, strnlen(v, sizeof v));
}

}  // namespace tempmon::capture
