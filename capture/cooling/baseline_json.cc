// The baseline file: docs/cooling.md describes it. The file sits in the
// capture's state folder, which only root writes; it is still parsed as
// hostile (a restored backup, a disk error, an edit by hand): every field
// is checked for type and range, and anything wrong is one line naming
// the field, after which the caller relearns.
#include <cmath>
#include <stdexcept>

#include <nlohmann/json.hpp>

#include "capture/cooling/model.h"

namespace tempmon::cooling {

namespace {

using nlohmann::json;

constexpr const char* kFormatName = "tempmon-cooling-baselines";
constexpr size_t kMaxDevices = 4096;
constexpr size_t kMaxIdLen = 256;
constexpr double kMaxCount = 1e12;
constexpr size_t kMaxCmdLen = 4096;
constexpr size_t kMaxRuns = 1000;

json StatJson(const Stat& s) { return json::array({s.n, s.mean, s.m2}); }

[[noreturn]] void Bad(const std::string& where, const std::string& what) {
  throw std::runtime_error("cooling baselines: " + where + ": " + what);
}

double Num(const json& j, const std::string& where, bool allow_null = false) {
  if (allow_null && j.is_null()) return kNaN;
  if (!j.is_number()) Bad(where, "not a number");
  const double v = j.get<double>();
  if (!std::isfinite(v)) Bad(where, "not finite");
  return v;
}

Stat StatFrom(const json& j, const std::string& where) {
  if (!j.is_array() || j.size() != 3) Bad(where, "not [count, mean, m2]");
  Stat s{Num(j[0], where + "[0]"), Num(j[1], where + "[1]"), Num(j[2], where + "[2]")};
  if (s.n < 0 || s.n > kMaxCount || s.n != std::floor(s.n)) Bad(where, "count out of range");
  if (s.m2 < 0) Bad(where, "negative sum of squares");
  if (std::fabs(s.mean) > 1e6) Bad(where, "mean out of range");
  return s;
}

std::string Str(const json& j, const char* key, const std::string& where, size_t max = kMaxIdLen) {
  if (!j.contains(key) || !j.at(key).is_string()) Bad(where + "." + key, "not a string");
  std::string s = j.at(key).get<std::string>();
  if (s.size() > max) Bad(where + "." + key, "longer than " + std::to_string(max) + " bytes");
  for (unsigned char c : s)
    if (c < 0x20 || c == 0x7f) Bad(where + "." + key, "control character");
  return s;
}

json Nullable(double v) { return std::isfinite(v) ? json(v) : json(nullptr); }

json QualificationJson(const Qualification& q) {
  json runs = json::array();
  for (const Qualification::Run& r : q.runs)
    runs.push_back({{"idle_c", Nullable(r.idle_c)},
                    {"idle_w", Nullable(r.idle_w)},
                    {"temp_c", Nullable(r.temp_c)},
                    {"power_w", Nullable(r.power_w)},
                    {"r_c_per_w", Nullable(r.r)},
                    {"tau_s", Nullable(r.tau_s)},
                    {"tau_lo_s", Nullable(r.tau_lo)},
                    {"tau_hi_s", Nullable(r.tau_hi)}});
  return {{"at_s", Nullable(q.at_s)},
          {"load_cmd", q.load_cmd},
          {"runs", runs},
          {"r_spread_pct", Nullable(q.r_spread_pct)},
          {"tau_spread_pct", Nullable(q.tau_spread_pct)},
          {"goal_pct", Nullable(q.goal_pct)}};
}

Qualification QualificationFrom(const json& j, const std::string& w) {
  if (!j.is_object()) Bad(w, "not an object");
  auto field = [&](const char* k) -> const json& {
    if (!j.contains(k)) Bad(w + "." + k, "missing");
    return j.at(k);
  };
  Qualification q;
  q.at_s = Num(field("at_s"), w + ".at_s", true);
  q.load_cmd = Str(j, "load_cmd", w, kMaxCmdLen);
  const json& runs = field("runs");
  if (!runs.is_array() || runs.size() > kMaxRuns) Bad(w + ".runs", "not an array of at most 1000 runs");
  for (size_t i = 0; i < runs.size(); ++i) {
    const json& r = runs[i];
    const std::string rw = w + ".runs[" + std::to_string(i) + "]";
    if (!r.is_object()) Bad(rw, "not an object");
    auto num = [&](const char* k) {
      if (!r.contains(k)) Bad(rw + "." + k, "missing");
      return Num(r.at(k), rw + "." + k, true);
    };
    Qualification::Run x;
    x.idle_c = num("idle_c");
    x.idle_w = num("idle_w");
    x.temp_c = num("temp_c");
    x.power_w = num("power_w");
    x.r = num("r_c_per_w");
    x.tau_s = num("tau_s");
    x.tau_lo = num("tau_lo_s");
    x.tau_hi = num("tau_hi_s");
    if (x.r < 0 || x.tau_s < 0) Bad(rw, "negative R or tau");
    q.runs.push_back(x);
  }
  q.r_spread_pct = Num(field("r_spread_pct"), w + ".r_spread_pct", true);
  q.tau_spread_pct = Num(field("tau_spread_pct"), w + ".tau_spread_pct", true);
  q.goal_pct = Num(field("goal_pct"), w + ".goal_pct", true);
  return q;
}

}  // namespace

std::string BaselinesToJson(const std::vector<const Baseline*>& devices) {
  json doc{{"format", kFormatName}, {"version", kBaselineFormat}, {"devices", json::array()}};
  auto num = [](double v) { return std::isfinite(v) ? json(v) : json(nullptr); };
  for (const Baseline* b : devices) {
    json r = json::array(), rpm = json::array();
    for (int i = 0; i <= kDutyBands; ++i) {
      r.push_back(StatJson(b->r[i]));
      rpm.push_back(StatJson(b->rpm[i]));
    }
    doc["devices"].push_back({{"id", b->id},
                              {"model", b->model},
                              {"learn_started_s", num(b->learn_started_s)},
                              {"learned_s", b->learned_s},
                              {"learned", b->learned},
                              {"r_by_duty_band", r},
                              {"rpm_by_duty_band", rpm},
                              {"rpm_per_duty", StatJson(b->rpm_per_duty)},
                              {"tau_s", StatJson(b->tau)},
                              {"inlet_c", StatJson(b->inlet)},
                              {"inlet_max_c", num(b->inlet_max)},
                              {"idle_c", num(b->idle_t)},
                              {"idle_max_c", num(b->idle_max)},
                              {"idle_w", num(b->idle_p)}});
    if (b->qualification) doc["devices"].back()["qualification"] = QualificationJson(*b->qualification);
  }
  return doc.dump(1) + "\n";
}

std::vector<Baseline> BaselinesFromJson(const std::string& text) {
  json doc;
  try {
    doc = json::parse(text);
  } catch (const json::exception& e) {
    Bad("file", std::string("not JSON (") + e.what() + ")");
  }
  if (!doc.is_object() || !doc.contains("format") || doc.at("format") != kFormatName)
    Bad("format", std::string("not \"") + kFormatName + "\"");
  if (!doc.contains("version") || !doc.at("version").is_number_integer())
    Bad("version", "missing");
  const int64_t version = doc.at("version").get<int64_t>();
  if (version < 1 || version > kBaselineFormat)
    Bad("version", "version " + doc.at("version").dump() + " is not 1 to " + std::to_string(kBaselineFormat));
  if (!doc.contains("devices") || !doc.at("devices").is_array()) Bad("devices", "not an array");
  if (doc.at("devices").size() > kMaxDevices) Bad("devices", "more than 4096");
  std::vector<Baseline> out;
  for (size_t i = 0; i < doc.at("devices").size(); ++i) {
    const json& d = doc.at("devices")[i];
    const std::string w = "devices[" + std::to_string(i) + "]";
    if (!d.is_object()) Bad(w, "not an object");
    Baseline b;
    b.id = Str(d, "id", w);
    if (b.id.empty()) Bad(w + ".id", "empty");
    for (const Baseline& o : out)
      if (o.id == b.id) Bad(w + ".id", "\"" + b.id + "\" twice");
    b.model = Str(d, "model", w);
    auto field = [&](const char* k) -> const json& {
      if (!d.contains(k)) Bad(w + "." + k, "missing");
      return d.at(k);
    };
    b.learn_started_s = Num(field("learn_started_s"), w + ".learn_started_s", true);
    b.learned_s = Num(field("learned_s"), w + ".learned_s");
    if (b.learned_s < 0) Bad(w + ".learned_s", "negative");
    if (!field("learned").is_boolean()) Bad(w + ".learned", "not true or false");
    b.learned = field("learned").get<bool>();
    for (const char* k : {"r_by_duty_band", "rpm_by_duty_band"}) {
      const json& a = field(k);
      if (!a.is_array() || a.size() != kDutyBands + 1) Bad(w + "." + k, "not " + std::to_string(kDutyBands + 1) + " bands");
      for (int j = 0; j <= kDutyBands; ++j) {
        const Stat s = StatFrom(a[j], w + "." + k + "[" + std::to_string(j) + "]");
        if (s.mean < 0) Bad(w + "." + k, "negative mean");
        (std::string(k) == "r_by_duty_band" ? b.r : b.rpm)[j] = s;
      }
    }
    b.rpm_per_duty = StatFrom(field("rpm_per_duty"), w + ".rpm_per_duty");
    if (b.rpm_per_duty.mean < 0) Bad(w + ".rpm_per_duty", "negative mean");
    b.tau = StatFrom(field("tau_s"), w + ".tau_s");
    if (b.tau.mean < 0) Bad(w + ".tau_s", "negative mean");
    b.inlet = StatFrom(field("inlet_c"), w + ".inlet_c");
    b.inlet_max = Num(field("inlet_max_c"), w + ".inlet_max_c", true);
    b.idle_t = Num(field("idle_c"), w + ".idle_c", true);
    b.idle_max = Num(field("idle_max_c"), w + ".idle_max_c", true);
    b.idle_p = Num(field("idle_w"), w + ".idle_w", true);
    if (std::isfinite(b.idle_p) && b.idle_p < 0) Bad(w + ".idle_w", "negative");
    if (version >= 2 && d.contains("qualification"))
      b.qualification = QualificationFrom(d.at("qualification"), w + ".qualification");
    out.push_back(std::move(b));
  }
  return out;
}

}  // namespace tempmon::cooling
