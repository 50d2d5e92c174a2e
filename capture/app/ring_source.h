// The sample source: /dev/tempmon (mmap) or a tempmon-sim shared-memory
// ring, read without locks through lib/ring's Reader into a bounded
// in-memory history that holds the pre-trigger window.
#pragma once

#include <cstdint>
#include <deque>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "tempmon/bundle/bundle.h"
#include "tempmon/bundle/samples_csv.h"
#include "tempmon/ring/device_mapping.h"
#include "tempmon/ring/reader.h"
#include "tempmon/ring/shm_ring.h"

namespace tempmon::capture {

class RingSource {
 public:
  // "device:/dev/tempmon" or "shm:NAME"; throws (RingError/CaptureError)
  // with a hint when the source is missing or its ABI does not match.
  static std::unique_ptr<RingSource> Open(const std::string& spec);
  // Open() of --source's value: "auto" is /dev/tempmon, else (without the
  // module) the shared-memory ring tempmon-feed publishes to, and `note`
  // then says why; `spec` becomes what was opened.
  static std::unique_ptr<RingSource> OpenSource(std::string& spec, std::string& note);

  RingSource(const RingSource&) = delete;
  RingSource& operator=(const RingSource&) = delete;

  // Reads every new record into the history; returns them (in order).
  std::vector<bundle::Sample> Poll();
  // Drops history older than `keep_ns` before the newest sample, and beyond
  // `max_samples` entries.
  void Trim(uint64_t keep_ns, size_t max_samples);
  // Samples with from <= mono_ns <= to.
  std::vector<bundle::Sample> Window(uint64_t from_ns, uint64_t to_ns) const;

  // samples.csv's rows of `window` (a Window() of this history), as
  // formatted when the records arrived; they point into the history's
  // rows, valid until the next Poll() or Trim(). Null when some sample has
  // no row (then the bundle writer formats them).
  std::unique_ptr<bundle::CsvRows> Rows(const std::vector<bundle::Sample>& window) const;

  // The history's rows as formatted, a batch per read (or per 4096 rows
  // when all were formatted again): text that never changes once made,
  // shared, so a background thread may read it while the history moves
  // on (capture/app/precompress.h). Batches are numbered in order;
  // RowsGeneration() changes when all rows were formatted again (a sensor
  // named or renamed), which numbers them anew.
  struct RowBatch {
    std::shared_ptr<const std::string> text;
    uint64_t no = 0;
    uint64_t first_seq = 0, last_seq = 0;
    uint64_t first_mono_ns = 0;
  };
  std::vector<RowBatch> RowBatchesFrom(uint64_t no) const;
  uint64_t RowsGeneration() const { return rows_gen_; }
  // The oldest sample's seq; 0 when the history is empty.
  uint64_t OldestSeq() const { return history_.empty() ? 0 : history_.front().seq; }
  uint64_t NewestMono() const { return history_.empty() ? 0 : history_.back().ts_ns; }

  // Origin, unit, thresholds and identity of every sensor in the table.
  std::vector<bundle::Sensor> Sensors() const;
  // True on the first call and whenever the sensor table changed since the
  // last call (a feeder registers its sensors after the capture started).
  bool SensorsChanged();
  std::string SensorName(uint16_t id) const;
  uint32_t RateHz() const;
  bool Frozen() const;
  // Thaws a ring the kernel auto-froze (needs CAP_SYS_ADMIN); false if not possible.
  bool Thaw();
  // Sets a sensor's throttle threshold by name (device only, CAP_SYS_ADMIN);
  // throws CaptureError naming the sensor and errno.
  void SetThreshold(const std::string& sensor, int32_t threshold_mc, int32_t hysteresis_mc);
  int PollFd() const;  // device fd for POLLPRI, -1 for shared memory
  std::string Describe() const { return spec_; }
  std::string ModuleVersion() const;
  const ring::ReaderStats& Stats() const { return reader_->stats(); }
  uint64_t DroppedFrozen() const;
  uint64_t Capacity() const;
  size_t HistorySize() const { return history_.size(); }

 private:
  RingSource() = default;
  int64_t WallOffset() const;

  std::string spec_;
  std::optional<ring::DeviceMapping> device_;
  std::optional<ring::ShmRing> shm_;
  std::optional<ring::Reader> reader_;
  void FormatRows(const std::vector<bundle::Sample>& fresh);

  std::deque<bundle::Sample> history_;
  // samples.csv rows of the history, formatted as records arrive (between
  // triggers, a few hundred microseconds a second at 1 kHz) so that a
  // bundle copies them instead of formatting megabytes on the trigger path.
  struct RowChunk {
    std::vector<uint64_t> seqs;  // each row's sample seq, ascending
    std::vector<uint32_t> ends;  // each row's end offset in text
    std::shared_ptr<const std::string> text;
    uint64_t no = 0;
    uint64_t first_mono_ns = 0;
  };
  void PushChunk(RowChunk c, std::string text);
  uint64_t next_chunk_no_ = 0;
  uint64_t rows_gen_ = 0;
  std::deque<RowChunk> rows_;
  std::optional<bundle::SampleRowFormatter> formatter_;  // of the current sensor names
  int64_t own_wall_offset_ = 0;
  bool seen_sensors_ = false;
  uint32_t seen_gen_ = 0, seen_nr_ = 0;
};

}  // namespace tempmon::capture
