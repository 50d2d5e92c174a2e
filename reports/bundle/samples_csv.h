// samples.csv: one row per ring record, written fast and parsed strictly.
//
//   wall_time,mono_ns,seq,sensor_id,sensor_name,temp_mc,flags,flag_names
//   2026-11-25T17:32:01.123456789Z,123456789,42,0,cpu0,71500,0x0001,THROTTLING
#pragma once

#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "bundle.h"
#include "read_limits.h"

namespace tempmon::bundle {

inline constexpr std::string_view kSamplesHeader =
    "wall_time,mono_ns,seq,sensor_id,sensor_name,temp_mc,flags,flag_names";

// "THROTTLING|THR_START"; unknown bits as "bit11"; "" when no flag is set.
std::string FlagNames(uint16_t flags);

// ISO-8601 UTC with nanoseconds, "2026-11-25T17:32:01.123456789Z".
std::string IsoTime(int64_t wall_ns);

std::string FormatSamplesCsv(const std::vector<Sample>& samples,
                             const std::vector<Sensor>& sensors);

// The same bytes as FormatSamplesCsv, handed to `sink` in pieces of about
// 64 KiB (the same pieces for the same input).
using CsvSink = std::function<void(std::string_view)>;
void StreamSamplesCsv(const std::vector<Sample>& samples, const std::vector<Sensor>& sensors,
                      const CsvSink& sink);

// Throws BundleError "samples.csv:LINE: why" on the first malformed row,
// and when the rows, a line or the memory or time they take exceed `budget`.
std::vector<Sample> ParseSamplesCsv(std::string_view csv, ReadBudget& budget);
inline std::vector<Sample> ParseSamplesCsv(std::string_view csv) {
  ReadBudget budget;
  return ParseSamplesCsv(csv, budget);
}

}  // namespace tempmon::bundle
