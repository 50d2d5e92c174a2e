#include "tempmon/ring/reader.h"

#include <algorithm>
#include <cstddef>

namespace tempmon::ring {

namespace detail {
namespace {
// The 32-byte record as four words: seq, ts_ns, temp_mc|sensor|flags,
// csum|reserved. Four 8-byte loads instead of seven field loads; acquire
// loads as in CopyRecord (plain loads on x86).
using Word = uint64_t __attribute__((may_alias));

template <class Crc, bool kVerify>
__attribute__((always_inline)) inline Block CopyBlockWith(const tempmon_record* r, uint64_t first,
                                                          size_t n, tempmon_record* out) {
  // Locals, not the Block: the may_alias stores to `out` could alias it and
  // would force its fields through memory on every record.
  CopyResult stop = CopyResult::kOk;
  uint64_t bad = 0;
  size_t j = 0;
  for (; j < n; ++j) {
    const uint64_t want = first + j + 1;
    const auto* w = reinterpret_cast<const Word*>(&r[j]);
    const uint64_t s1 = __atomic_load_n(&w[0], __ATOMIC_ACQUIRE);
    if (s1 != want) {
      stop = s1 == TEMPMON_SEQ_BUSY || s1 > want ? CopyResult::kOverwritten : CopyResult::kNotWritten;
      break;
    }
    const uint64_t w1 = __atomic_load_n(&w[1], __ATOMIC_ACQUIRE);
    const uint64_t w2 = __atomic_load_n(&w[2], __ATOMIC_ACQUIRE);
    const uint64_t w3 = __atomic_load_n(&w[3], __ATOMIC_ACQUIRE);
    if (__atomic_load_n(&w[0], __ATOMIC_RELAXED) != s1) {
      stop = CopyResult::kTorn;
      break;
    }
    auto* o = reinterpret_cast<Word*>(&out[j]);
    o[0] = s1;
    o[1] = w1;
    o[2] = w2;
    o[3] = w3;
    if (kVerify) bad |= static_cast<uint64_t>(Crc{}(w1, w2) != static_cast<uint32_t>(w3)) << j;
  }
  Block b;
  b.got = j;
  b.bad = bad;
  b.stop = stop;
  return b;
}

#if defined(__x86_64__)
__attribute__((target("sse4.2"))) Block CopyBlockHw(const tempmon_record* r, uint64_t first, size_t n,
                                                    bool verify, tempmon_record* out) {
  return verify ? CopyBlockWith<Crc32cHw, true>(r, first, n, out)
                : CopyBlockWith<Crc32cHw, false>(r, first, n, out);
}
#endif
Block CopyBlockPortable(const tempmon_record* r, uint64_t first, size_t n, bool verify,
                        tempmon_record* out) {
  return verify ? CopyBlockWith<Crc32cPortable, true>(r, first, n, out)
                : CopyBlockWith<Crc32cPortable, false>(r, first, n, out);
}
}  // namespace

static_assert(sizeof(tempmon_record) == 4 * sizeof(uint64_t) && offsetof(tempmon_record, ts_ns) == 8 &&
                  offsetof(tempmon_record, temp_mc) == 16 && offsetof(tempmon_record, csum) == 24,
              "CopyBlock reads the record as four words");

Block CopyBlock(const tempmon_record* r, uint64_t first, size_t n, bool verify, tempmon_record* out) {
#if defined(__x86_64__)
  if (UseHwChecksum()) return CopyBlockHw(r, first, n, verify, out);
#endif
  return CopyBlockPortable(r, first, n, verify, out);
}
}  // namespace detail

Reader::Reader(RingView view, StartAt start, bool verify_checksum)
    : view_(view), verify_checksum_(verify_checksum) {
  clear_gen_ = detail::LoadAcquire(&view_.ctrl->clear_gen);
  const uint64_t head = detail::LoadAcquire(&view_.ctrl->head);
  cursor_ = start == StartAt::kNow ? head : Oldest(head, detail::LoadAcquire(&view_.ctrl->tail));
}

uint64_t Reader::Oldest(uint64_t head, uint64_t tail) const {
  // A ring holds at most one capacity of records: an older tail (or one
  // past head) is a control page that lies, and would make a scan of 2^62
  // slots.
  const uint64_t floor = head > view_.cap ? head - view_.cap : 0;
  return tail < floor || tail > head ? floor : tail;
}

uint64_t Reader::CatchUp() {
  const uint64_t head = detail::LoadAcquire(&view_.ctrl->head);
  // CLEAR bumps clear_gen before it releases tail: a new tail implies a new gen.
  const uint64_t tail = Oldest(head, detail::LoadAcquire(&view_.ctrl->tail));
  const uint64_t gen = detail::LoadRelaxed(&view_.ctrl->clear_gen);
  if (cursor_ < tail) {
    (gen != clear_gen_ ? stats_.cleared : stats_.lost) += tail - cursor_;
    cursor_ = tail;
  }
  clear_gen_ = gen;
  return head;
}

size_t Reader::Poll(std::vector<tempmon_record>& out, size_t max_records) {
  return Poll([&out](const tempmon_record& r) { out.push_back(r); }, max_records);
}

std::vector<tempmon_record> Reader::Snapshot(size_t last_n) {
  std::vector<tempmon_record> out;
  Snapshot(last_n, out);
  return out;
}

size_t Reader::Snapshot(size_t last_n, std::vector<tempmon_record>& out) {
  const uint64_t head = detail::LoadAcquire(&view_.ctrl->head);
  const uint64_t tail = Oldest(head, detail::LoadAcquire(&view_.ctrl->tail));
  const uint64_t cap = view_.cap;
  const uint64_t from = head - tail > last_n ? head - last_n : tail;
  out.resize(head - from);
  // Blocks straight into `out`; a record that fails is skipped (the next
  // block starts after it) and the rare corrupt ones are squeezed out.
  size_t k = 0;
  for (uint64_t i = from; i < head;) {
    const uint64_t slot = i & (cap - 1);
    const size_t want = static_cast<size_t>(std::min<uint64_t>({kCsumBlock, head - i, cap - slot}));
    const detail::Block b = detail::CopyBlock(&view_.records[slot], i, want, verify_checksum_, &out[k]);
    if (b.bad == 0) {
      k += b.got;
    } else {
      size_t kept = k;
      for (size_t j = 0; j < b.got; ++j) {
        if ((b.bad >> j) & 1) {
          ++stats_.torn;
          continue;
        }
        if (kept != k + j) out[kept] = out[k + j];
        ++kept;
      }
      k = kept;
    }
    i += b.got;
    if (b.stop != CopyResult::kOk) {
      if (b.stop == CopyResult::kTorn) ++stats_.torn;
      ++i;  // lost or torn: never retried
    }
  }
  out.resize(k);
  return k;
}

std::vector<tempmon_record> Reader::ReadWindow(uint64_t from_mono_ns, uint64_t to_mono_ns) {
  // Pushed samples may carry their own timestamps, so the ring is not
  // sorted by time: scan it all (a few ms for 1M records).
  const uint64_t head = detail::LoadAcquire(&view_.ctrl->head);
  const uint64_t tail = Oldest(head, detail::LoadAcquire(&view_.ctrl->tail));
  std::vector<tempmon_record> out;
  tempmon_record rec;
  for (uint64_t i = tail; i < head; ++i) {
    const CopyResult r = CopyRecord(view_, i, rec, verify_checksum_);
    if (r == CopyResult::kOk) {
      if (rec.ts_ns >= from_mono_ns && rec.ts_ns <= to_mono_ns) out.push_back(rec);
    } else if (r == CopyResult::kTorn) {
      ++stats_.torn;
    }
  }
  return out;
}

}  // namespace tempmon::ring
