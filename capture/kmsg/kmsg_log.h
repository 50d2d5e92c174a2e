// The capture's bounded in-memory copy of the kernel log.
#pragma once

#include <cstddef>
#include <cstdint>
#include <deque>
#include <vector>

#include "tempmon/bundle/bundle.h"

namespace tempmon::capture::kmsg {

// The kernel log the capture holds in memory: every record the live
// reader saw (the backlog read once at start-up, then each new one), so a
// bundle's kernel log never needs a second read of /dev/kmsg on the
// trigger path, where a loaded machine made that read miss its deadline.
// Bounded by bytes: past `max_bytes` the oldest records go first and are
// counted in evicted().
class KmsgLog {
 public:
  explicit KmsgLog(size_t max_bytes) : max_bytes_(max_bytes) {}
  void Add(bundle::KmsgRecord r);
  std::vector<bundle::KmsgRecord> Copy() const { return {records_.begin(), records_.end()}; }
  size_t size() const { return records_.size(); }
  size_t bytes() const { return bytes_; }
  uint64_t evicted() const { return evicted_; }
  size_t max_bytes() const { return max_bytes_; }

  // What one record counts against the bound: its text and about what its
  // JSON line adds, so the bound also bounds kmsg.jsonl.
  static size_t Cost(const bundle::KmsgRecord& r) { return r.text.size() + 96; }

 private:
  size_t max_bytes_;
  size_t bytes_ = 0;
  uint64_t evicted_ = 0;
  std::deque<bundle::KmsgRecord> records_;
};

// KmsgLog's bound in the capture: four times the kernel's own log buffer
// (its text: a record costs its text + 96 here, its text and no more there,
// so this holds at least what a read of /dev/kmsg could return), within
// these limits: 4 MiB keeps kmsg.jsonl well inside the reader's 16 MiB
// member limit (docs/bundle-format.md, Limits); 1 MiB when the buffer's
// size is unknown.
inline constexpr size_t kKeepMinBytes = size_t{512} << 10;
inline constexpr size_t kKeepMaxBytes = size_t{4} << 20;
inline constexpr size_t kKeepUnknownBytes = size_t{1} << 20;
size_t KeepBytes(long kernel_buffer_bytes);  // kernel_buffer_bytes <= 0: unknown

}  // namespace tempmon::capture::kmsg
