// What reading one bundle from a stranger may cost: bytes, rows, line
// length, memory and wall time. ReadLimits says how much; a ReadBudget,
// made once per read from it, is handed to every stage of the reader (file,
// zstd, tar, CSV, JSON), so a hostile bundle stops with one BundleError at
// the first limit it crosses, whichever stage that is.
#pragma once

#include <atomic>
#include <chrono>
#include <cstdint>
#include <string>
#include <string_view>

namespace tempmon::bundle {

// The command-line options of tempmon-report that set the budget; named
// here because the budget's own errors tell the user about them.
inline constexpr std::string_view kMaxMbOption = "--max-mb";
inline constexpr std::string_view kMaxSecondsOption = "--max-seconds";

// The member whose size the sample limits below are about.
inline constexpr std::string_view kSamplesMember = "samples.csv";

// The most samples tempmon-capture writes into one bundle: it trims its
// history to this many records (capture/app/options.h uses this value).
inline constexpr uint64_t kMaxBundleSamples = 1ull << 21;

// CLOCK_MONOTONIC nanoseconds are the kernel's ktime_t, a signed 64-bit
// count: a larger mono time in a bundle is out of range, and refusing it
// keeps every difference of two times inside int64.
inline constexpr uint64_t kMaxMonoNs = (1ull << 63) - 1;

// The most samples the reader accepts by default: the capture's own largest
// bundle is far below, and so is a long capture's (an hour of 16 sensors at
// 100 Hz is 5.76M samples; 10M samples parse into 400 MB, within the
// memory budget below).
inline constexpr uint64_t kMaxReadSamples = 1ull << 24;

// The longest samples.csv row the capture writes in practice, with margin:
// 30 (wall_time) + 19 (mono_ns, 2^63 ns) + 12 (seq) + 5 (sensor_id) + 33
// (a 31-byte sensor name, quoted) + 11 (temp_mc) + 6 (flags) + 36 (four
// flag names) + 8 (commas, newline) = 160. Synthetic 1M-sample bundles
// average 74 bytes a row (docs/benchmarks.md, ## Report viewer).
inline constexpr uint64_t kLongestSampleRow = 160;

struct ReadLimits {
  // samples.csv: kMaxReadSamples rows, every one the longest (2.5 GiB).
  // It is parsed as it decompresses and never held, so this bounds the
  // time it takes, not memory; its parsed rows (40 B each, 640 MiB at
  // most) are charged to the memory budget.
  uint64_t max_samples_csv_bytes = kMaxReadSamples * kLongestSampleRow;
  uint64_t max_samples = kMaxReadSamples;
  // samples.csv held whole instead: in an archive whose manifest does not
  // come first (no writer makes one), the rows cannot be checked against it
  // as they decompress. The capture's largest bundle, every row the longest
  // (2^21 x 160 B = 320 MiB).
  uint64_t max_held_samples_csv_bytes = kMaxBundleSamples * kLongestSampleRow;
  // Every other member (decompressed). The largest is kmsg.jsonl: the
  // kernel log buffer as JSON lines, about twice its text; a large
  // server's buffer (log_buf_len 2-4 MiB: 128 KiB + 4 KiB per CPU) stays
  // far below this. system.json with nvidia-smi XML of 8 GPUs is < 1 MiB.
  uint64_t max_member_bytes = 16ull << 20;
  // JSON values in all JSON members together: a kernel log record is 6
  // (a 4 MiB log buffer holds about 40000 records), system.json and the
  // episodes add thousands. Parsing costs per value (16 bytes of text can
  // be 8 values), so this bounds the time the sizes alone do not.
  uint64_t max_json_values = 2ull << 20;
  // All decompressed bytes of the archive: tar headers, padding and data
  // after the archive's end included; samples.csv at its cap and 512 MiB
  // for everything else.
  uint64_t max_total_bytes = max_samples_csv_bytes + (512ull << 20);
  uint64_t max_members = 64;
  // One CSV row or JSON line (kmsg lines are under 8 KiB even escaped).
  uint64_t max_line_bytes = 1ull << 20;
  // What the reader may hold at once: the file, decompressed members and
  // the parsed rows and JSON values (estimated), together: 1 GiB, the
  // viewer's memory goal for a 10M-sample bundle (docs/benchmarks.md,
  // ## Report viewer); the capture's largest bundle needs about 150 MiB.
  uint64_t max_memory_bytes = 1ull << 30;
  // Wall time for one read. 10M samples read in under 2 s on a loaded
  // 2-core machine (RelWithDebInfo, docs/benchmarks.md); the sizes above
  // bound the work, this stops whatever they do not foresee, so that every
  // command ends within 10 s.
  double max_seconds = 8;

  // The cap for one member, by name; and for one held whole in memory.
  uint64_t MemberCap(std::string_view name) const {
    return name == kSamplesMember ? max_samples_csv_bytes : max_member_bytes;
  }
  uint64_t HeldCap(std::string_view name) const {
    return name == kSamplesMember ? max_held_samples_csv_bytes : max_member_bytes;
  }
  // These limits with every byte and row limit scaled so that the memory
  // budget is `bytes` (what `--max-mb` sets); counts of members and line
  // length stay.
  ReadLimits WithMemory(uint64_t bytes) const;
};

// The running account of one read against its ReadLimits. Charge,
// CheckFits, Release and CheckTime may be called from two threads at once.
class ReadBudget {
 public:
  explicit ReadBudget(const ReadLimits& limits = {});

  const ReadLimits& limits() const { return limits_; }
  // `bytes` more held for `what` (a member name); throws BundleError
  // naming it once the memory budget is exceeded.
  void Charge(uint64_t bytes, std::string_view what);
  // Throws like Charge when `bytes` more would not fit, without holding them.
  void CheckFits(uint64_t bytes, std::string_view what) const;
  // `bytes` charged earlier that are no longer held.
  void Release(uint64_t bytes);
  // Throws BundleError naming `what` once the wall time is spent.
  void CheckTime(std::string_view what) const;
  // CheckTime every few thousand calls: cheap enough for every row.
  void Tick(std::string_view what) {
    if (++ticks_ % 4096 == 0) CheckTime(what);
  }
  // One more JSON value parsed in `what`; throws once over the limit.
  void JsonValue(std::string_view what) {
    if (++json_values_ > limits_.max_json_values) TooManyJsonValues(what);
  }
  uint64_t charged() const { return charged_.load(std::memory_order_relaxed); }

 private:
  ReadLimits limits_;
  std::chrono::steady_clock::time_point deadline_;
  // Atomic: samples.csv's rows are charged from the thread that parses
  // them while the reading thread charges the members it holds. The rest
  // (ticks, JSON values) belongs to the reading thread alone.
  std::atomic<uint64_t> charged_ = 0;
  uint64_t ticks_ = 0;
  uint64_t json_values_ = 0;

  [[noreturn]] void TooManyJsonValues(std::string_view what) const;
};

}  // namespace tempmon::bundle
