// Lock-free reader of a tempmon ring (module mmap or ShmRing), following
// the seq protocol of uapi/tempmon.h. Never blocks or slows the producer.
#pragma once

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <limits>
#include <vector>

#include "tempmon.h"
#include "tempmon/ring/csum.h"
#include "tempmon/ring/view.h"

namespace tempmon::ring {

enum class CopyResult {
  kOk,           // `out` holds record `index`, validated
  kNotWritten,   // index >= head
  kOverwritten,  // the producer reused the slot (record lost)
  kTorn,         // copy changed under us or failed its checksum: rejected
};

namespace detail {
template <class T>
inline T LoadAcquire(const T* p) { return __atomic_load_n(p, __ATOMIC_ACQUIRE); }
template <class T>
inline T LoadRelaxed(const T* p) { return __atomic_load_n(p, __ATOMIC_RELAXED); }
}  // namespace detail

// Records copied and checked per call of detail::CopyBlock (one bit each
// in Block::bad).
constexpr size_t kCsumBlock = 64;

namespace detail {
struct Block {
  size_t got = 0;       // records copied with a stable, matching seq
  uint64_t bad = 0;     // bit j: out[j] failed its checksum (seq stable)
  CopyResult stop = CopyResult::kOk;  // why it stopped before n (kOk: it did not)
};
// Copies up to n (<= kCsumBlock) records from r[0..n), which hold absolute
// indices first, first + 1, ... (a stretch of slots that does not wrap),
// with the seq protocol of CopyRecord, checking each checksum on the way
// (RecordChecksums's choice of implementation) when `verify`. Stops at the
// first record whose seq does not match.
Block CopyBlock(const tempmon_record* r, uint64_t first, size_t n, bool verify, tempmon_record* out);
}  // namespace detail

// Copies absolute record `index` with the seq protocol (+ checksum).
inline CopyResult CopyRecord(RingView v, uint64_t index, tempmon_record& out,
                             bool verify_checksum = true) {
  const tempmon_record* r = &v.records[index & (v.cap - 1)];
  const uint64_t want = index + 1;
  const uint64_t s1 = detail::LoadAcquire(&r->seq);
  if (s1 != want) {
    if (s1 == TEMPMON_SEQ_BUSY || s1 > want) return CopyResult::kOverwritten;
    return CopyResult::kNotWritten;
  }
  // Acquire loads of the payload stand for the header's acquire fence
  // (ThreadSanitizer does not model fences): a payload byte of a newer
  // record makes its BUSY mark visible to the seq re-check. On x86 these
  // are plain loads.
  out.seq = s1;
  out.ts_ns = detail::LoadAcquire(&r->ts_ns);
  out.temp_mc = detail::LoadAcquire(&r->temp_mc);
  out.sensor = detail::LoadAcquire(&r->sensor);
  out.flags = detail::LoadAcquire(&r->flags);
  out.csum = detail::LoadAcquire(&r->csum);
  out.reserved = detail::LoadAcquire(&r->reserved);
  if (detail::LoadRelaxed(&r->seq) != s1) return CopyResult::kTorn;
  if (verify_checksum && out.csum != RecordChecksum(out)) return CopyResult::kTorn;
  return CopyResult::kOk;
}

struct ReaderStats {
  uint64_t read = 0;     // records delivered
  uint64_t lost = 0;     // records overwritten before this reader got them
  uint64_t torn = 0;     // rejected copies (seq changed or bad checksum); also in lost
  uint64_t cleared = 0;  // records skipped because of TEMPMON_IOC_CLEAR
};

enum class StartAt { kOldest, kNow };

class Reader {
 public:
  explicit Reader(RingView view, StartAt start = StartAt::kOldest, bool verify_checksum = true);

  // Delivers every record from the cursor to the current head, in index
  // order, to `on_record(const tempmon_record&)`; at most `max_records`.
  // Returns the number delivered. Every index passed is counted exactly
  // once as read, lost or cleared.
  template <class F>
  size_t Poll(F&& on_record, size_t max_records = std::numeric_limits<size_t>::max());
  // Appends to `out`.
  size_t Poll(std::vector<tempmon_record>& out,
              size_t max_records = std::numeric_limits<size_t>::max());

  // The newest `last_n` valid records (oldest first), without moving the
  // cursor: the pre-trigger window.
  std::vector<tempmon_record> Snapshot(size_t last_n);
  // The same into `out` (replaced; its storage is reused, so repeated
  // snapshots do not pay for fresh pages). Returns the number of records.
  size_t Snapshot(size_t last_n, std::vector<tempmon_record>& out);
  // Valid records with from_mono_ns <= ts_ns <= to_mono_ns (index order),
  // without moving the cursor.
  std::vector<tempmon_record> ReadWindow(uint64_t from_mono_ns, uint64_t to_mono_ns);

  const ReaderStats& stats() const { return stats_; }
  uint64_t cursor() const { return cursor_; }
  RingView view() const { return view_; }

 private:
  // Moves the cursor to tail when it fell behind (never further than one
  // capacity behind head, whatever tail says); returns the head to read to.
  uint64_t CatchUp();
  // `tail` clamped into [head - capacity, head].
  uint64_t Oldest(uint64_t head, uint64_t tail) const;

  RingView view_;
  bool verify_checksum_;
  uint64_t cursor_ = 0;
  uint64_t clear_gen_ = 0;
  ReaderStats stats_;
};

template <class F>
size_t Reader::Poll(F&& on_record, size_t max_records) {
  // Copy a block with the seq protocol and its checksums, deliver it.
  // Bounded whatever the control page says: CatchUp keeps the cursor within
  // one capacity of head, and one call visits at most two capacities of
  // slots (a producer that keeps moving head is read again next call).
  tempmon_record buf[kCsumBlock];
  const uint64_t cap = view_.cap;
  size_t n = 0;
  uint64_t visited = 0;
  uint64_t head = CatchUp();
  while (cursor_ < head && n < max_records && visited < 2 * cap) {
    const uint64_t slot = cursor_ & (cap - 1);
    const size_t want = static_cast<size_t>(
        std::min<uint64_t>({kCsumBlock, head - cursor_, max_records - n, cap - slot}));
    const detail::Block b = detail::CopyBlock(&view_.records[slot], cursor_, want, verify_checksum_, buf);
    visited += b.got + 1;
    if (b.bad == 0) {
      for (size_t j = 0; j < b.got; ++j) on_record(static_cast<const tempmon_record&>(buf[j]));
      stats_.read += b.got;
      n += b.got;
    } else {
      for (size_t j = 0; j < b.got; ++j) {
        if ((b.bad >> j) & 1) {
          ++stats_.torn;  // a corrupt payload under a stable seq
          ++stats_.lost;
          continue;
        }
        on_record(static_cast<const tempmon_record&>(buf[j]));
        ++stats_.read;
        ++n;
      }
    }
    cursor_ += b.got;
    switch (b.stop) {
      case CopyResult::kOk:
        break;
      case CopyResult::kTorn:
        ++stats_.torn;
        [[fallthrough]];
      case CopyResult::kOverwritten:
        // The producer lapped us; a slot never goes back to an older index.
        ++stats_.lost;
        ++cursor_;
        head = CatchUp();
        break;
      case CopyResult::kNotWritten:
        return n;  // cannot happen below head; be safe
    }
  }
  return n;
}

}  // namespace tempmon::ring
