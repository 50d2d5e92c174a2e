// A small per-sensor digest of samples.csv that the writer puts in the
// manifest ("sample_summary"), so that a reader of many bundles (the fleet
// view) learns each sensor's range without parsing the samples. Additive:
// a bundle without it is read by computing the same digest from the member.
#pragma once

#include <cstdint>
#include <optional>
#include <vector>

#include <nlohmann/json.hpp>

#include "tempmon/bundle/bundle.h"

namespace tempmon::bundle {

inline constexpr const char* kSampleSummaryField = "sample_summary";

struct SensorRange {
  uint16_t id = 0;
  uint64_t samples = 0;  // temperature rows (markers excluded)
  int32_t min_mc = 0;
  int32_t max_mc = 0;
  auto operator<=>(const SensorRange&) const = default;
};

// One entry per sensor id that has at least one temperature row, by id.
std::vector<SensorRange> SummariseSamples(const std::vector<Sample>& samples);

nlohmann::json SampleSummaryJson(const std::vector<SensorRange>& ranges);

// The manifest's digest; nullopt when the manifest has none (a bundle from
// an older writer). Throws BundleError naming the field when it is malformed.
std::optional<std::vector<SensorRange>> SampleSummaryFromManifest(const nlohmann::json& manifest);

}  // namespace tempmon::bundle
