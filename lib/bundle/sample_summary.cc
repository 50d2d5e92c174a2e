#include "tempmon/bundle/sample_summary.h"

#include <map>
#include <string>

#include "tempmon.h"

namespace tempmon::bundle {
namespace {

// The fields of one sample_summary entry (docs/bundle-format.md).
constexpr const char* kId = "id";
constexpr const char* kSamples = "samples";
constexpr const char* kMin = "min_mc";
constexpr const char* kMax = "max_mc";

}  // namespace

std::vector<SensorRange> SummariseSamples(const std::vector<Sample>& samples) {
  std::map<uint16_t, SensorRange> by_id;
  for (const Sample& s : samples) {
    if (s.flags & TEMPMON_F_MARKER) continue;
    auto [it, fresh] = by_id.try_emplace(s.sensor, SensorRange{s.sensor, 0, s.temp_mc, s.temp_mc});
    SensorRange& r = it->second;
    r.samples++;
    if (s.temp_mc < r.min_mc) r.min_mc = s.temp_mc;
    if (s.temp_mc > r.max_mc) r.max_mc = s.temp_mc;
  }
  std::vector<SensorRange> out;
  out.reserve(by_id.size());
  for (auto& [id, r] : by_id) out.push_back(r);
  return out;
}

nlohmann::json SampleSummaryJson(const std::vector<SensorRange>& ranges) {
  nlohmann::json a = nlohmann::json::array();
  for (const SensorRange& r : ranges)
    a.push_back({{kId, r.id}, {kSamples, r.samples}, {kMin, r.min_mc}, {kMax, r.max_mc}});
  return a;
}

std::optional<std::vector<SensorRange>> SampleSummaryFromManifest(const nlohmann::json& manifest) {
  auto it = manifest.find(kSampleSummaryField);
  if (it == manifest.end()) return std::nullopt;
  const std::string where = std::string("manifest.json ") + kSampleSummaryField;
  if (!it->is_array()) throw BundleError(where + ": not an array");
  std::vector<SensorRange> out;
  for (const nlohmann::json& e : *it) {
    const std::string w = where + "[" + std::to_string(out.size()) + "]";
    if (!e.is_object()) throw BundleError(w + ": not an object");
    auto num = [&](const char* k, auto lo, auto hi) {
      auto f = e.find(k);
      if (f == e.end() || !f->is_number_integer())
        throw BundleError(w + ": field '" + k + "' is missing or not an integer");
      // Compared as the wider type so a huge unsigned value is not wrapped.
      if (f->is_number_unsigned() ? f->get<uint64_t>() > static_cast<uint64_t>(hi)
                                  : f->get<int64_t>() < static_cast<int64_t>(lo) ||
                                        f->get<int64_t>() > static_cast<int64_t>(hi))
        throw BundleError(w + ": field '" + k + "' is out of range");
      return f->is_number_unsigned() ? static_cast<int64_t>(f->get<uint64_t>()) : f->get<int64_t>();
    };
    SensorRange r;
    r.id = static_cast<uint16_t>(num(kId, 0, UINT16_MAX));
    r.samples = static_cast<uint64_t>(num(kSamples, 0, INT64_MAX));
    r.min_mc = static_cast<int32_t>(num(kMin, INT32_MIN, INT32_MAX));
    r.max_mc = static_cast<int32_t>(num(kMax, INT32_MIN, INT32_MAX));
    if (r.min_mc > r.max_mc) throw BundleError(w + ": min_mc is above max_mc");
    out.push_back(r);
  }
  return out;
}

}  // namespace tempmon::bundle
