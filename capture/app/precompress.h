// samples.csv compressed in the background as its rows arrive, so that a
// trigger finds most of its window already compressed (docs/precompress.md).
//
// Streams start at read batches every `period` of samples; a worker
// thread (nice 10) feeds the stream a trigger would take now and the next
// one every batch from their start on, in zstd blocks it flushes, with a
// running SHA-256 (a later stream is compressed from its start when it
// becomes the next). At a trigger the stream
// whose start is the latest at or before the window's first sample is
// taken: the window then starts at that stream's start (up to `period`
// earlier) and the bundle writer continues the stream with the rows that
// arrived since its last flush (bundle::PrecompressedMember). A taken
// stream is made again from its start once the bundle is written.
#pragma once

#include <condition_variable>
#include <cstdint>
#include <deque>
#include <memory>
#include <mutex>
#include <thread>
#include <vector>

#include "capture/app/ring_source.h"
#include "tempmon/bundle/tar_zst.h"

namespace tempmon::capture {

class Precompressor {
 public:
  // `keep_ns`: how far before the newest sample a window may start
  // (--pre); `period_ns`: the spacing of the streams' starts.
  Precompressor(uint64_t keep_ns, uint64_t period_ns);
  ~Precompressor();
  Precompressor(const Precompressor&) = delete;
  Precompressor& operator=(const Precompressor&) = delete;

  // The streams' spacing for a window of `pre_ns`: 5 s, or pre / 7 for a
  // long window, so that at most about 8 streams are kept.
  static uint64_t PeriodFor(uint64_t pre_ns);

  // After each read and trim of `ring`: takes its new row batches, starts
  // streams, drops those whose start left the history, wakes the worker
  // when enough is waiting.
  void Update(const RingSource& ring);

  // What a trigger takes: the stream (its bytes so far: samples.csv's
  // header line and the rows from first_seq on) and where it starts.
  struct Taken {
    std::unique_ptr<bundle::PrecompressedMember> csv;
    uint64_t first_seq = 0;
    uint64_t first_mono_ns = 0;
    // The batches it was fed, in order, and how much of the last one.
    std::vector<std::shared_ptr<const std::string>> texts;
    size_t last_fed = 0;
  };
  // The stream with the latest start at or before `first_seq` (a window's
  // first sample), if that start is not before `not_before_mono_ns`; null
  // when there is none. Waits for the worker's piece
  // in progress (at most kPiece bytes). The stream is made again only
  // after Resume().
  std::unique_ptr<Taken> Take(uint64_t first_seq, uint64_t not_before_mono_ns);
  void Resume();

  // True when `pieces` (RingSource::Rows of a window) begin with the
  // rows `t` was fed, as the very same bytes.
  static bool Continues(const Taken& t, const std::vector<std::string_view>& pieces);

  // For tests: streams held, and how many have a context.
  size_t Streams() const;
  size_t Compressing() const;

  // Bytes compressed per zstd flush and the worker's turn between
  // streams: what a trigger may wait for.
  static constexpr size_t kPiece = 128 << 10;

 private:
  struct Stream {
    uint64_t start_no = 0, first_seq = 0, first_mono_ns = 0;
    bool active = false;  // compressed by the worker (under mu_)
    std::mutex m;  // the fields below; the worker holds it while it compresses
    std::unique_ptr<bundle::PrecompressedMember> csv;
    uint64_t next_no = 0;  // the batch to feed next
    size_t next_off = 0;   // bytes of it fed
  };
  void Work(std::stop_token stop);
  void Reset();

  const uint64_t keep_ns_, period_ns_;
  mutable std::mutex mu_;  // the fields below
  std::condition_variable_any cv_;
  std::deque<RingSource::RowBatch> batches_;  // numbered in order, from the oldest stream's start
  std::deque<std::shared_ptr<Stream>> streams_;  // by start
  uint64_t gen_ = UINT64_MAX, next_no_ = 0;
  size_t waiting_bytes_ = 0;
  bool work_ = false, paused_ = false;
  std::jthread worker_;  // last: started after the fields it reads
};

}  // namespace tempmon::capture
