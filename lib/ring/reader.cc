#include "tempmon/ring/reader.h"

#include <algorithm>

namespace tempmon::ring {

// Dispatched at load time (ifunc) between an AVX2 and a baseline build.
// ThreadSanitizer's runtime is not up when ifunc resolvers run, so its
// build (tests/ring) opts out.
#ifdef TEMPMON_RING_NO_IFUNC
__attribute__((optimize("tree-vectorize")))
#else
__attribute__((target_clones("avx2", "default"), optimize("tree-vectorize")))
#endif
void RecordChecksums(const tempmon_record* r, size_t n, uint32_t* out) {
  uint32_t lo[2][kCsumBlock], hi[2][kCsumBlock];
  uint32_t h[kCsumBlock];
  for (size_t j = 0; j < kCsumBlock; ++j) {
    const tempmon_record& x = r[j < n ? j : 0];
    lo[0][j] = static_cast<uint32_t>(x.ts_ns);
    lo[1][j] = static_cast<uint32_t>(x.ts_ns >> 32);
    hi[0][j] = static_cast<uint32_t>(x.temp_mc);
    hi[1][j] = static_cast<uint32_t>(x.sensor) | (static_cast<uint32_t>(x.flags) << 16);
    h[j] = 2166136261U;
  }
  // Byte order of the header's checksum: ts_ns, then temp/sensor/flags, LE.
  for (const auto* words : {lo, hi})
    for (int w = 0; w < 2; ++w)
      for (int i = 0; i < 4; ++i)
        for (size_t j = 0; j < kCsumBlock; ++j)
          h[j] = (h[j] ^ ((words[w][j] >> (8 * i)) & 0xffU)) * 16777619U;
  for (size_t j = 0; j < n; ++j) out[j] = h[j];
}

Reader::Reader(RingView view, StartAt start, bool verify_checksum)
    : view_(view), verify_checksum_(verify_checksum) {
  clear_gen_ = detail::LoadAcquire(&view_.ctrl->clear_gen);
  cursor_ = start == StartAt::kNow ? detail::LoadAcquire(&view_.ctrl->head)
                                   : detail::LoadAcquire(&view_.ctrl->tail);
}

uint64_t Reader::CatchUp() {
  const uint64_t head = detail::LoadAcquire(&view_.ctrl->head);
  // CLEAR bumps clear_gen before it releases tail: a new tail implies a new gen.
  const uint64_t tail = detail::LoadAcquire(&view_.ctrl->tail);
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
  const uint64_t tail = detail::LoadAcquire(&view_.ctrl->tail);
  const uint64_t from = head - tail > last_n ? head - last_n : tail;
  out.resize(head - from);
  size_t k = 0;
  for (uint64_t i = from; i < head; ++i) {
    const CopyResult r = CopyRecord(view_, i, out[k], false);
    if (r == CopyResult::kOk) {
      ++k;
    } else if (r == CopyResult::kTorn) {
      ++stats_.torn;
    }
  }
  if (verify_checksum_) {
    // Block checksums, then squeeze out the (rare) corrupt records.
    uint32_t sums[kCsumBlock];
    size_t kept = 0;
    for (size_t b = 0; b < k; b += kCsumBlock) {
      const size_t n = std::min(kCsumBlock, k - b);
      RecordChecksums(&out[b], n, sums);
      for (size_t j = 0; j < n; ++j) {
        if (sums[j] != out[b + j].csum) {
          ++stats_.torn;
          continue;
        }
        if (kept != b + j) out[kept] = out[b + j];
        ++kept;
      }
    }
    k = kept;
  }
  out.resize(k);
  return k;
}

std::vector<tempmon_record> Reader::ReadWindow(uint64_t from_mono_ns, uint64_t to_mono_ns) {
  // Pushed samples may carry their own timestamps, so the ring is not
  // sorted by time: scan it all (a few ms for 1M records).
  const uint64_t head = detail::LoadAcquire(&view_.ctrl->head);
  const uint64_t tail = detail::LoadAcquire(&view_.ctrl->tail);
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
