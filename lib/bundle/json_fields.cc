#include "tempmon/bundle/json_fields.h"

#include <cmath>
#include <limits>

#include "tempmon/bundle/members_json.h"

namespace tempmon::bundle {

std::optional<int64_t> JInt(const nlohmann::json& o, const char* key) {
  if (!o.is_object()) return std::nullopt;
  auto it = o.find(key);
  if (it == o.end()) return std::nullopt;
  if (it->is_number_unsigned()) {
    uint64_t v = it->get<uint64_t>();
    if (v > static_cast<uint64_t>(std::numeric_limits<int64_t>::max())) return std::nullopt;
    return static_cast<int64_t>(v);
  }
  if (it->is_number_integer()) return it->get<int64_t>();
  if (it->is_number_float()) {
    double d = it->get<double>();
    if (!std::isfinite(d) || d > 9.2e18 || d < -9.2e18) return std::nullopt;
    return static_cast<int64_t>(d);
  }
  return std::nullopt;
}

std::optional<uint64_t> JU64(const nlohmann::json& o, const char* key) {
  if (o.is_object()) {
    auto it = o.find(key);
    if (it != o.end() && it->is_number_unsigned()) return it->get<uint64_t>();
  }
  auto v = JInt(o, key);
  if (!v || *v < 0) return std::nullopt;
  return static_cast<uint64_t>(*v);
}

std::string JText(const nlohmann::json& o, const char* key) {
  if (!o.is_object()) return "—";
  auto it = o.find(key);
  if (it == o.end() || it->is_null()) return "—";
  if (it->is_string()) return it->get<std::string>();
  if (it->is_primitive()) return DumpJson(*it);
  return "—";
}

}  // namespace tempmon::bundle
