// samples.csv: one row per ring record, written fast and parsed strictly.
//
//   wall_time,ts_ns,seq,sensor_id,sensor_name,temp_mc,flags,flag_names
//   2026-11-25T17:32:01.123456789Z,123456789,42,0,cpu0,71500,0x0001,THROTTLING
#pragma once

#include <array>
#include <cstdint>
#include <functional>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "tempmon/bundle/bundle.h"
#include "tempmon/bundle/read_limits.h"

namespace tempmon::bundle {

inline constexpr std::string_view kSamplesHeader =
    "wall_time,ts_ns,seq,sensor_id,sensor_name,temp_mc,flags,flag_names";
// Format 1 named the ring record's ts_ns "mono_ns"; read as the same column.
inline constexpr std::string_view kSamplesHeaderV1 =
    "wall_time,mono_ns,seq,sensor_id,sensor_name,temp_mc,flags,flag_names";

// "THROTTLING|THR_START"; unknown bits as "bit11"; "" when no flag is set.
std::string FlagNames(uint16_t flags);

// ISO-8601 UTC with nanoseconds, "2026-11-25T17:32:01.123456789Z".
std::string IsoTime(int64_t wall_ns);

std::string FormatSamplesCsv(const std::vector<Sample>& samples,
                             const std::vector<Sensor>& sensors);

// Formats samples.csv rows (without the header) for one sensor table:
// what StreamSamplesCsv writes, one row at a time, for a writer that
// formats rows ahead of time.
class SampleRowFormatter {
 public:
  explicit SampleRowFormatter(const std::vector<Sensor>& sensors);
  void Append(std::string& out, const Sample& s);
  // The sensor names as the rows spell them, by id: formatters with equal
  // names() write equal rows.
  const std::map<uint16_t, std::string>& names() const { return names_; }

 private:
  std::map<uint16_t, std::string> names_;
  int64_t cached_sec_;
  std::string prefix_;
  std::array<std::string, 1 << 11> flag_cache_;  // flags are mostly small
};

// samples.csv's rows formatted ahead of time, in pieces that stay valid
// until Serialize returns; Serialize uses them instead of formatting when
// they are the rows of the Contents' samples (count, first and last seq)
// with its sensors' names, else it formats as usual.
struct CsvRows {
  std::vector<std::string_view> pieces;  // every row after the header, in order
  uint64_t rows = 0;
  uint64_t first_seq = 0, last_seq = 0;
  std::map<uint16_t, std::string> names;  // SampleRowFormatter::names() of the rows
};

// The same bytes as FormatSamplesCsv, handed to `sink` in pieces of about
// 64 KiB (the same pieces for the same input).
using CsvSink = std::function<void(std::string_view)>;
void StreamSamplesCsv(const std::vector<Sample>& samples, const std::vector<Sensor>& sensors,
                      const CsvSink& sink);

// samples.csv parsed as its bytes arrive, in pieces of any size (a row may
// span pieces): the member is never held whole, only the partial row at a
// piece's end. Throws BundleError "samples.csv:LINE: why" on the first
// malformed row, and when the rows, a line or the memory or time they take
// exceed `budget`. `expected_bytes` (the member's declared size) sizes the
// row vector once, charged to the budget like the rows.
class SamplesCsvParser {
 public:
  SamplesCsvParser(ReadBudget& budget, uint64_t expected_bytes);
  void Feed(std::string_view piece);
  std::vector<Sample> Finish();  // once, after the last piece

  // The budget is only read (its clock) and charged (rows), so the parser
  // may run on a thread of its own beside the one that decompresses.

 private:
  void Row(std::string_view ln);
  bool FastRow(std::string_view ln, Sample& s);
  void Push(const Sample& s, size_t line);
  const std::string& NamesOf(uint16_t flags);

  ReadBudget& budget_;
  std::vector<Sample> out_;
  std::string carry_;  // the row begun at the end of the last piece
  size_t line_ = 0;
  std::array<std::string, 8> scratch_;
  std::string prefix_;  // "YYYY-MM-DDTHH:MM:SS." of the last row's second
  __int128 prefix_base_ = 0;  // 128 bits: a second's base may lie outside int64
  std::vector<std::string> names_;  // FlagNames by flags, filled as met (flags are mostly small)
  std::vector<bool> have_names_;
  std::string other_names_;  // FlagNames of the last flags past names_
};

// The whole member at once: SamplesCsvParser fed one piece.
std::vector<Sample> ParseSamplesCsv(std::string_view csv, ReadBudget& budget);
inline std::vector<Sample> ParseSamplesCsv(std::string_view csv) {
  ReadBudget budget;
  return ParseSamplesCsv(csv, budget);
}

}  // namespace tempmon::bundle
