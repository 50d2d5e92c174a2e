#include "tempmon/ring/reader.h"

namespace tempmon::ring {

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
  const uint64_t head = detail::LoadAcquire(&view_.ctrl->head);
  const uint64_t tail = detail::LoadAcquire(&view_.ctrl->tail);
  uint64_t from = head - tail > last_n ? head - last_n : tail;
  std::vector<tempmon_record> out;
  out.reserve(head - from);
  tempmon_record rec;
  for (uint64_t i = from; i < head; ++i) {
    const CopyResult r = CopyRecord(view_, i, rec, verify_checksum_);
    if (r == CopyResult::kOk) {
      out.push_back(rec);
    } else if (r == CopyResult::kTorn) {
      ++stats_.torn;
    }
  }
  return out;
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
