#include "tempmon/causes/causes.h"

#include <algorithm>
#include <charconv>
#include <cctype>
#include <cmath>
#include <cstdio>
#include <limits>
#include <map>
#include <optional>
#include <set>
#include <stdexcept>

#include <tempmon.h>

namespace tempmon::causes {

extern const char kCausesJson[];

namespace {

using bundle::Sample;
using bundle::Sensor;
using nlohmann::json;

struct Condition {
  std::string fact;
  std::string op;  // ">=", "<", ...
  double value = 0;
};

struct Cause {
  std::string id, title, what_to_do;
  bool any = false;  // "any" (else "all")
  std::vector<Condition> when;
  std::vector<std::string> evidence;
};

struct RoleRule {
  std::string role, unit;
  std::vector<std::string> words;  // normalised: " word "
};

struct Table {
  json doc;
  std::vector<RoleRule> roles;
  std::map<std::string, double> params;
  std::vector<std::pair<std::string, std::string>> inputs;  // key -> words, by key
  struct FactDef {
    std::string unit;
    std::vector<std::string> needs;  // input keys
  };
  std::map<std::string, FactDef> facts;
  std::vector<Cause> causes;
  Cause unknown;
};

// Lower case, every run of other characters one space, a space between
// letters and digits ("PWM1" -> " pwm 1 "), padded: a word matches as
// " word " anywhere in it.
std::string Words(std::string_view s) {
  std::string out = " ";
  char prev = ' ';
  for (char ch : s) {
    unsigned char u = static_cast<unsigned char>(ch);
    char c = std::isalnum(u) ? static_cast<char>(std::tolower(u)) : ' ';
    if (c != ' ' && prev != ' ' && (std::isdigit(static_cast<unsigned char>(c)) != 0) !=
                                       (std::isdigit(static_cast<unsigned char>(prev)) != 0))
      out += ' ';
    if (c == ' ' && out.back() == ' ') continue;
    out += c;
    prev = c;
  }
  if (out.back() != ' ') out += ' ';
  return out;
}

Table Load() {
  Table t;
  t.doc = json::parse(kCausesJson);
  if (t.doc.value("format", 0) != 1) throw std::logic_error("causes.json: unknown format");
  for (const json& r : t.doc.at("roles")) {
    RoleRule rr{r.at("role").get<std::string>(), r.at("unit").get<std::string>(), {}};
    for (const json& w : r.at("words")) rr.words.push_back(Words(w.get<std::string>()));
    t.roles.push_back(std::move(rr));
  }
  for (const auto& [k, v] : t.doc.at("params").items()) t.params[k] = v.get<double>();
  for (const auto& [k, v] : t.doc.at("facts").items())
    t.facts[k] = {v.at("unit").get<std::string>(), v.at("needs").get<std::vector<std::string>>()};
  for (const auto& [k, v] : t.doc.at("inputs").items()) t.inputs.emplace_back(k, v.get<std::string>());
  for (const auto& [k, f] : t.facts)
    for (const std::string& n : f.needs)
      if (std::none_of(t.inputs.begin(), t.inputs.end(), [&](const auto& i) { return i.first == n; }))
        throw std::logic_error("causes.json: fact " + k + " needs unknown input " + n);
  auto cause = [&](const json& c) {
    Cause x;
    x.id = c.at("id").get<std::string>();
    x.title = c.at("title").get<std::string>();
    x.what_to_do = c.at("what_to_do").get<std::string>();
    if (c.contains("when")) {
      const json& w = c.at("when");
      x.any = w.contains("any");
      for (const json& k : w.at(x.any ? "any" : "all")) {
        Condition cond{k.at("fact").get<std::string>(), k.at("op").get<std::string>(), k.at("value").get<double>()};
        if (!t.facts.count(cond.fact)) throw std::logic_error("causes.json: unknown fact " + cond.fact);
        if (cond.op != ">=" && cond.op != "<" && cond.op != ">" && cond.op != "<=")
          throw std::logic_error("causes.json: unknown op " + cond.op);
        x.when.push_back(std::move(cond));
      }
    }
    if (c.contains("evidence"))
      for (const json& e : c.at("evidence")) {
        if (!t.facts.count(e.get<std::string>())) throw std::logic_error("causes.json: unknown fact " + e.dump());
        x.evidence.push_back(e.get<std::string>());
      }
    return x;
  };
  for (const json& c : t.doc.at("causes")) t.causes.push_back(cause(c));
  t.unknown = cause(t.doc.at("unknown"));
  return t;
}

const Table& T() {
  static const Table t = Load();
  return t;
}

double Param(const char* name) {
  auto it = T().params.find(name);
  if (it == T().params.end()) throw std::logic_error(std::string("causes.json: no param ") + name);
  return it->second;
}

std::string Label(const std::string& name) {
  size_t cut = name.find_last_of(":/.");
  return cut == std::string::npos ? name : name.substr(cut + 1);
}

// One sensor's samples in time order (markers and failed reads left out).
struct Point {
  uint64_t ts;
  int32_t v;
  uint16_t flags;
};
using Series = std::vector<Point>;

struct Range {
  size_t n = 0;
  double min = 0, max = 0, mean = 0;
  size_t flagged = 0;  // samples with the asked-for flags
};

Range Over(const Series* s, uint64_t from, uint64_t to, uint16_t mask = 0) {
  Range r;
  if (!s || from > to) return r;
  auto lo = std::lower_bound(s->begin(), s->end(), from, [](const Point& p, uint64_t t) { return p.ts < t; });
  double sum = 0;
  for (auto it = lo; it != s->end() && it->ts <= to; ++it) {
    const double v = it->v / 1000.0;
    if (r.n == 0) r.min = r.max = v;
    r.min = std::min(r.min, v);
    r.max = std::max(r.max, v);
    sum += v;
    ++r.n;
    if (it->flags & mask) ++r.flagged;
  }
  if (r.n) r.mean = sum / static_cast<double>(r.n);
  return r;
}

std::string Num(double v, const char* unit) {
  char buf[64];
  if (std::fabs(v) >= 100 || std::string_view(unit) == "RPM")
    std::snprintf(buf, sizeof buf, "%.0f %s", v, unit);
  else
    std::snprintf(buf, sizeof buf, "%.1f %s", v, unit);
  return buf;
}

struct Fact {
  double value = 0;
  std::vector<std::string> text;
};

bool Holds(const Condition& c, double v) {
  if (c.op == ">=") return v >= c.value;
  if (c.op == ">") return v > c.value;
  if (c.op == "<=") return v <= c.value;
  return v < c.value;
}

// The last run of digits of a label ("fan2" -> "2"), the channel number
// that pairs a fan with its pwm on one chip.
std::string Channel(const std::string& label) {
  size_t e = label.find_last_of("0123456789");
  if (e == std::string::npos) return {};
  size_t b = e;
  while (b > 0 && std::isdigit(static_cast<unsigned char>(label[b - 1]))) --b;
  return label.substr(b, e - b + 1);
}

class Judge_ {
 public:
  Judge_(const std::vector<Sensor>& sensors, const std::vector<Sample>& samples, uint64_t ws, uint64_t we)
      : sensors_(sensors), ws_(ws), we_(we) {
    for (const Sensor& s : sensors) role_[s.id] = RoleOf(s);
    // One pass to size each series, one to fill it; a series is sorted
    // only when it is not already in time order (the ring's order is, for
    // a sampled sensor and a well-behaved producer).
    std::vector<size_t> count(size_t{UINT16_MAX} + 1);
    for (const Sample& x : samples)
      if (!(x.flags & (TEMPMON_F_MARKER | TEMPMON_F_READ_ERR))) ++count[x.sensor];
    std::vector<Series*> slot(size_t{UINT16_MAX} + 1, nullptr);
    for (size_t id = 0; id < count.size(); ++id)
      if (count[id]) {
        slot[id] = &series_[static_cast<uint16_t>(id)];
        slot[id]->reserve(count[id]);
      }
    for (const Sample& x : samples)
      if (!(x.flags & (TEMPMON_F_MARKER | TEMPMON_F_READ_ERR))) slot[x.sensor]->push_back({x.ts_ns, x.temp_mc, x.flags});
    auto earlier = [](const Point& a, const Point& b) { return a.ts < b.ts; };
    for (auto& [id, s] : series_)
      if (!std::is_sorted(s.begin(), s.end(), earlier)) std::stable_sort(s.begin(), s.end(), earlier);
  }

  bundle::Attribution Run(const bundle::Episode& e) const;

 private:
  // The spans an episode is judged over: the baseline [b0, b1x] before it
  // and "during" [d0, E].
  struct Spans {
    uint64_t S, E, b0, b1x, d0;
  };
  using Facts = std::map<std::string, Fact>;
  Spans SpansOf(const bundle::Episode& e) const;
  // Each measures its facts on the window and names the table's inputs the
  // window has (`present`).
  void PowerFacts(const bundle::Episode& e, const Sensor* dev, const Spans& sp, Facts& facts,
                  std::set<std::string>& present) const;
  void FanFacts(const Sensor* dev, const Spans& sp, Facts& facts, std::set<std::string>& present) const;
  void InletFacts(const Sensor* dev, const Spans& sp, Facts& facts) const;
  // The table's first cause whose conditions hold, with its evidence; else
  // "unknown" with what the window lacked.
  bundle::Attribution Decide(const bundle::Episode& e, const Sensor* dev, const Facts& facts,
                             const std::set<std::string>& present) const;

  const Series* Of(uint16_t id) const {
    auto it = series_.find(id);
    return it == series_.end() ? nullptr : &it->second;
  }
  const Sensor* Device(const bundle::Episode& e) const;
  bool HasData(const Sensor* s) const { return s && Of(s->id) && !Of(s->id)->empty(); }
  bool AnyData(const std::vector<const Sensor*>& v) const {
    return std::any_of(v.begin(), v.end(), [this](const Sensor* s) { return HasData(s); });
  }
  std::vector<const Sensor*> WithRole(const char* role) const {
    std::vector<const Sensor*> out;
    for (const Sensor& s : sensors_)
      if (role_.at(s.id) == role) out.push_back(&s);
    return out;
  }
  // The fans (or duties) that cool `dev`: its own, else the machine's
  // (those that belong to no GPU).
  std::vector<const Sensor*> Cooling(const Sensor* dev, const char* role) const {
    std::vector<const Sensor*> own, machine;
    for (const Sensor* s : WithRole(role)) {
      if (dev && SameDevice(*dev, *s)) own.push_back(s);
      if (s->uuid.empty()) machine.push_back(s);
    }
    return own.empty() ? machine : own;
  }
  std::vector<const Sensor*> Own(const Sensor* dev, const char* role) const {
    std::vector<const Sensor*> out;
    if (!dev) return out;
    for (const Sensor* s : WithRole(role))
      if (SameDevice(*dev, *s)) out.push_back(s);
    return out;
  }
  const Sensor* DutyOf(const Sensor& fan, const std::vector<const Sensor*>& duties, const char* role) const {
    const std::string ch = Channel(Label(fan.name));
    const Sensor* only = nullptr;
    size_t same = 0;
    for (const Sensor* d : duties) {
      if (!SameDevice(fan, *d) && !(fan.uuid.empty() && fan.location.empty() && d->model == fan.model)) continue;
      ++same;
      only = d;
      if (!ch.empty() && Channel(Label(d->name)) == ch) return d;
    }
    (void)role;
    return same == 1 ? only : nullptr;
  }

  const std::vector<Sensor>& sensors_;
  uint64_t ws_, we_;
  std::map<uint16_t, std::string> role_;
  std::map<uint16_t, Series> series_;
};

const Sensor* Judge_::Device(const bundle::Episode& e) const {
  std::optional<uint32_t> id;
  if (e.source == bundle::kSourceSensor) id = e.source_id;
  else if (e.ring_sensor_id) id = e.ring_sensor_id;
  for (const Sensor& s : sensors_) {
    if (id && s.id == *id) return &s;
    if (!id && e.source == bundle::kSourceZone && s.kind == "zone" && s.name == e.name) return &s;
  }
  return nullptr;
}

bundle::Attribution Judge_::Run(const bundle::Episode& e) const {
  const Spans sp = SpansOf(e);
  const Sensor* dev = Device(e);
  Facts facts;
  std::set<std::string> present;  // the table's inputs this window has
  PowerFacts(e, dev, sp, facts, present);
  FanFacts(dev, sp, facts, present);
  InletFacts(dev, sp, facts);
  return Decide(e, dev, facts, present);
}

Judge_::Spans Judge_::SpansOf(const bundle::Episode& e) const {
  const uint64_t sec = 1'000'000'000;
  const uint64_t S = e.ring_start_ns.value_or(e.start_ns);
  const uint64_t E = std::max(S, e.end_ns.value_or(we_));
  const uint64_t lead = static_cast<uint64_t>(Param("lead_s") * sec);
  const uint64_t base = static_cast<uint64_t>(Param("baseline_s") * sec);
  // Before: the baseline up to `lead` before the start; during: from
  // `lead` before the start (a fan that stops, an inlet that rises, comes
  // first) to the end.
  uint64_t b0 = S > base && S - base > ws_ ? S - base : ws_;
  uint64_t b1 = S > lead && S - lead > b0 ? S - lead : S;
  const uint64_t d0 = S > lead && S - lead > ws_ ? S - lead : std::max(ws_, std::min(S, b1));
  if (b1 <= b0) b1 = S;
  // The baseline ends just before b1: a step at b1 belongs to "during".
  const uint64_t b1x = b1 > b0 ? b1 - 1 : b1;
  return {S, E, b0, b1x, d0};
}

// Power: the device's own flags, limit and draw.
void Judge_::PowerFacts(const bundle::Episode& e, const Sensor* dev, const Spans& sp, Facts& facts,
                        std::set<std::string>& present) const {
  const auto [S, E, b0, b1x, d0] = sp;
  if (dev && dev->IsTemperature() && HasData(dev)) present.insert("device_temp");
  if (dev) {
    const Range fl = Over(Of(dev->id), S, E, TEMPMON_F_POWER_CAP);
    const Range any_flags = Over(Of(dev->id), ws_, we_, TEMPMON_F_USER_MASK);
    const bool says = dev->kind == "nvml" || any_flags.flagged > 0 || e.cause.find(':') != std::string::npos;
    if (says) present.insert("reasons");
    if (says && fl.n > 0) {
      Fact f{100.0 * static_cast<double>(fl.flagged) / static_cast<double>(fl.n), {}};
      f.text.push_back(dev->name + ": power cap or power brake flagged on " + Num(f.value, "%") +
                       " of its samples during the episode (" + std::to_string(fl.flagged) + " of " +
                       std::to_string(fl.n) + ")");
      facts["power_cap_share"] = f;
    }
  }
  for (const Sensor* lim : Own(dev, kRolePowerLimit)) {
    const Range b = Over(Of(lim->id), ws_, S), d = Over(Of(lim->id), d0, E);
    if (!b.n || !d.n) continue;
    Fact f{b.max - d.min, {}};
    f.text.push_back(lim->name + ": enforced limit " + Num(b.max, "W") + " before, " + Num(d.min, "W") +
                     " during" + (lim->max_op_mc ? " (default " + Num(*lim->max_op_mc / 1000.0, "W") + ")" : ""));
    if (!facts.count("power_limit_drop_w") || f.value > facts["power_limit_drop_w"].value)
      facts["power_limit_drop_w"] = f;
  }
  for (const Sensor* p : Own(dev, kRolePower)) {
    const Range b = Over(Of(p->id), b0, b1x), d = Over(Of(p->id), d0, E);
    if (!b.n || !d.n || b.mean <= 0) continue;
    Fact f{100.0 * (d.max - b.mean) / b.mean, {}};
    f.text.push_back(p->name + ": power " + Num(b.mean, "W") + " before, up to " + Num(d.max, "W") + " during (" +
                     (f.value >= 0 ? "+" : "") + Num(f.value, "%") + ")");
    facts["power_rise_pct"] = f;
    break;
  }
  if (AnyData(Own(dev, kRolePowerLimit))) present.insert("power_limit");
  if (AnyData(Own(dev, kRolePower))) present.insert("power");
}

// Fans: speed against commanded duty or target, and fans gone.
void Judge_::FanFacts(const Sensor* dev, const Spans& sp, Facts& facts, std::set<std::string>& present) const {
  const uint64_t sec = 1'000'000'000;
  [[maybe_unused]] const auto [S, E, b0, b1x, d0] = sp;
  const std::vector<const Sensor*> fans = Cooling(dev, kRoleFanSpeed);
  const std::vector<const Sensor*> duties = Cooling(dev, kRoleFanDuty);
  // A target in RPM commands an RPM fan (hwmon fanN_target); one in % a fan
  // whose speed is a % of its maximum (NVML's fan speed against its target).
  std::vector<const Sensor*> targets, pct_targets;
  for (const Sensor* t : WithRole(kRoleFanTarget)) (t->unit == "%" ? pct_targets : targets).push_back(t);
  if (dev)
    std::erase_if(pct_targets, [&](const Sensor* t) { return !SameDevice(*dev, *t); });
  if (AnyData(fans)) present.insert("fan_speed");
  if (AnyData(duties)) present.insert("fan_duty");
  if (AnyData(duties) || AnyData(targets) || AnyData(pct_targets)) present.insert("fan_command");
  if (AnyData(WithRole(kRoleInlet))) present.insert("inlet");
  const double stopped_rpm = Param("fan_stopped_rpm"), commanded = Param("fan_commanded_pct"),
               slow_ratio = Param("fan_slow_ratio"), stopped_pct = Param("fan_stopped_pct");
  Fact stopped, slow, missing;
  bool can_slow = false;
  size_t read = 0;
  std::string first_read;
  auto note_read = [&](const Sensor* f) {
    if (!read++) first_read = f->name;
  };
  {
    for (const Sensor* f : fans) {
      note_read(f);
      const Range b = Over(Of(f->id), b0, b1x), d = Over(Of(f->id), d0, E);
      const Sensor* duty = DutyOf(*f, duties, kRoleFanDuty);
      const Sensor* target = DutyOf(*f, targets, kRoleFanTarget);
      const Range db = duty ? Over(Of(duty->id), b0, b1x) : Range{}, dd = duty ? Over(Of(duty->id), d0, E) : Range{};
      const Range td = target ? Over(Of(target->id), d0, E) : Range{};
      if (b.n && !d.n) {
        // Present before, silent since, while the window went on.
        ++missing.value;
        missing.text.push_back(f->name + ": " + Num(b.mean, "RPM") + " before, no reading since " +
                               std::to_string((d0 > ws_ ? d0 - ws_ : 0) / sec) + " s into the window");
        continue;
      }
      if (!d.n) continue;
      std::string at_duty = dd.n ? " at duty " + Num(dd.max, "%") + " (" + duty->name + ")" : "";
      if (d.min <= stopped_rpm && ((dd.n && dd.max >= commanded) || (b.n && b.mean > stopped_rpm))) {
        ++stopped.value;
        stopped.text.push_back(f->name + ": " + Num(d.min, "RPM") + " during the episode" + at_duty +
                               (b.n ? ", " + Num(b.mean, "RPM") + " before" : ""));
        continue;
      }
      if (td.n) {
        can_slow = true;
        if (td.max > stopped_rpm && d.min < slow_ratio * td.max) {
          ++slow.value;
          slow.text.push_back(f->name + ": " + Num(d.min, "RPM") + " against a target of " + Num(td.max, "RPM"));
        }
      } else if (dd.n && db.n && b.n && db.mean > 0) {
        can_slow = true;
        const double expected = b.mean * std::min(dd.max, 100.0) / db.mean;
        if (dd.max >= commanded && expected > stopped_rpm && d.min < slow_ratio * expected) {
          ++slow.value;
          slow.text.push_back(f->name + ": " + Num(d.min, "RPM") + at_duty + ", where " + Num(b.mean, "RPM") +
                              " at " + Num(db.mean, "%") + " before means about " + Num(expected, "RPM"));
        }
      }
    }
    // A fan read as a % of its maximum (NVML) against its % target, both
    // averaged over the same span: a fan spinning up to a raised target
    // lags by seconds, which a span starting `lead_s` before the episode
    // absorbs; one that does not follow its target is the fault.
    for (const Sensor* f : duties) {
      const Sensor* target = DutyOf(*f, pct_targets, kRoleFanTarget);
      if (!target) continue;
      const Range b = Over(Of(f->id), b0, b1x), d = Over(Of(f->id), d0, E), td = Over(Of(target->id), d0, E);
      if (b.n && !d.n) {
        note_read(f);
        ++missing.value;
        missing.text.push_back(f->name + ": " + Num(b.mean, "%") + " before, no reading since " +
                               std::to_string((d0 > ws_ ? d0 - ws_ : 0) / sec) + " s into the window");
        continue;
      }
      if (!d.n || !td.n) continue;
      note_read(f);
      present.insert("fan_speed");
      can_slow = true;
      if (td.mean < commanded) continue;
      const std::string against = " against a target of " + Num(td.mean, "%") + " (" + target->name + ")";
      if (d.max <= stopped_pct) {
        ++stopped.value;
        stopped.text.push_back(f->name + ": " + Num(d.max, "%") + " during the episode" + against);
      } else if (d.mean < slow_ratio * td.mean) {
        ++slow.value;
        slow.text.push_back(f->name + ": " + Num(d.mean, "%") + " on average during the episode" + against);
      }
    }
  }
  if (read) {
    const std::string n = std::to_string(read) + " fan(s) read (" + first_read + (read > 1 ? ", ..." : "") + ")";
    if (stopped.text.empty()) stopped.text.push_back(n + ": none stopped");
    if (missing.text.empty()) missing.text.push_back(n + ": none went missing");
    if (can_slow && slow.text.empty()) slow.text.push_back(n + ": none far below its duty or target");
    facts["fans_stopped"] = stopped;
    facts["fans_missing"] = missing;
    if (can_slow) facts["fans_slow"] = slow;
  }
  {
    Fact f{-1, {}};
    for (const Sensor* d : duties) {
      const Range b = Over(Of(d->id), b0, b1x), r = Over(Of(d->id), d0, E);
      if (!r.n) continue;
      if (r.max > f.value) {
        f.value = r.max;
        f.text = {d->name + ": duty up to " + Num(r.max, "%") + " during" +
                  (b.n ? " (" + Num(b.mean, "%") + " before)" : "")};
      }
    }
    if (f.value >= 0) facts["fan_duty_max_pct"] = f;
  }
}

// Inlet air, and the device above it.
void Judge_::InletFacts(const Sensor* dev, const Spans& sp, Facts& facts) const {
  [[maybe_unused]] const auto [S, E, b0, b1x, d0] = sp;
  const Sensor* inlet = nullptr;
  {
    Fact best{-std::numeric_limits<double>::infinity(), {}};
    for (const Sensor* s : WithRole(kRoleInlet)) {
      const Range b = Over(Of(s->id), b0, b1x), d = Over(Of(s->id), d0, E);
      if (!b.n || !d.n) continue;
      if (d.max - b.mean > best.value) {
        best.value = d.max - b.mean;
        best.text = {s->name + ": inlet " + Num(b.mean, "C") + " before, up to " + Num(d.max, "C") + " during (" +
                     (best.value >= 0 ? "+" : "") + Num(best.value, "C") + ")"};
        inlet = s;
      }
    }
    if (inlet) facts["inlet_rise_c"] = best;
  }
  if (inlet && dev && dev->IsTemperature()) {
    const Range db = Over(Of(dev->id), b0, b1x), dd = Over(Of(dev->id), d0, E);
    const Range ib = Over(Of(inlet->id), b0, b1x), id = Over(Of(inlet->id), d0, E);
    if (db.n && dd.n && ib.n && id.n) {
      const double before = db.mean - ib.mean, during = dd.max - id.max;
      Fact f{during - before, {}};
      f.text.push_back(dev->name + " - " + inlet->name + ": " + Num(before, "C") + " before, " + Num(during, "C") +
                       " at the peak (" + (f.value >= 0 ? "+" : "") + Num(f.value, "C") + ")");
      facts["delta_rise_c"] = f;
      // Degrees above the inlet per watt: what the cooling makes of the
      // heat. It stays put under a load step and grows when cooling fails.
      for (const Sensor* p : Own(dev, kRolePower)) {
        const Range pb = Over(Of(p->id), b0, b1x), pd = Over(Of(p->id), d0, E);
        if (!pb.n || !pd.n || pb.mean <= 1 || pd.max <= 1 || before <= 0) continue;
        const double kb = before / pb.mean, kd = during / pd.max;
        Fact k{100.0 * (kd - kb) / kb, {}};
        char buf[160];
        std::snprintf(buf, sizeof buf, "%.3f C/W before, %.3f C/W at the peak", kb, kd);
        k.text.push_back(dev->name + " above the inlet per watt of " + p->name + ": " + buf + " (" +
                         (k.value >= 0 ? "+" : "") + Num(k.value, "%") + ")");
        facts["delta_per_w_rise_pct"] = k;
        break;
      }
    }
  }
}

bundle::Attribution Judge_::Decide(const bundle::Episode& e, const Sensor* dev, const Facts& facts,
                                   const std::set<std::string>& present) const {
  const Table& t = T();
  bundle::Attribution a;
  a.device = dev ? dev->name : e.name;
  auto quote = [&](const std::vector<std::string>& which) {
    for (const std::string& name : which) {
      auto it = facts.find(name);
      if (it == facts.end()) continue;
      const std::string& unit = t.facts.at(name).unit;
      if (it->second.text.empty()) {
        a.evidence.push_back({name, it->second.value, unit, name + ": " + Num(it->second.value, unit.c_str())});
        continue;
      }
      for (const std::string& line : it->second.text) a.evidence.push_back({name, it->second.value, unit, line});
    }
  };
  for (const Cause& c : t.causes) {
    bool holds = !c.any;
    for (const Condition& k : c.when) {
      auto it = facts.find(k.fact);
      const bool ok = it != facts.end() && Holds(k, it->second.value);
      holds = c.any ? holds || ok : holds && ok;
    }
    if (!holds) continue;
    a.cause = c.id;
    a.title = c.title;
    a.what_to_do = c.what_to_do;
    quote(c.evidence);
    return a;
  }
  a.cause = t.unknown.id;
  a.title = t.unknown.title;
  a.what_to_do = t.unknown.what_to_do;
  // What the window lacked: the inputs of the facts that could not be
  // measured, less those the window has.
  std::vector<std::string> all;
  std::set<std::string> lacking;
  for (const Cause& c : t.causes)
    for (const Condition& k : c.when) {
      if (std::find(all.begin(), all.end(), k.fact) == all.end()) all.push_back(k.fact);
      if (!facts.count(k.fact))
        for (const std::string& n : t.facts.at(k.fact).needs)
          if (!present.count(n)) lacking.insert(n);
    }
  if (!dev) lacking.insert("device_temp");
  for (const auto& [key, words] : t.inputs)
    if (lacking.count(key))
      a.missing.push_back(key == "device_temp" && !dev ? "a ring sensor for the throttled device (" + e.name + ")"
                                                       : words);
  quote(all);
  return a;
}

}  // namespace

std::optional<int> CpuPackage(const Sensor& s) {
  auto number = [](std::string_view v) -> std::optional<int> {
    int n = 0;
    auto [end, ec] = std::from_chars(v.data(), v.data() + v.size(), n);
    if (ec != std::errc() || end != v.data() + v.size() || n < 0) return std::nullopt;
    return n;
  };
  std::string_view name = s.name;
  // rapl:package-N.<series>; a multi-die zone (package-N-die-M) is a part.
  constexpr std::string_view kRapl = "rapl:package-";
  if (name.starts_with(kRapl)) {
    name.remove_prefix(kRapl.size());
    return number(name.substr(0, name.find('.')));
  }
  constexpr std::string_view kCoretemp = "hwmon:coretemp/Package id ";
  if (name.starts_with(kCoretemp)) return number(name.substr(kCoretemp.size()));
  // k10temp: one instance per socket, at PCI device 18h + socket of bus 0.
  if (name == "hwmon:k10temp/Tctl" || name == "hwmon:k10temp/Tdie") {
    const std::string_view loc = s.location;
    if (loc.size() == 12 && loc.substr(0, 8) == "0000:00:" && loc.substr(10) == ".3") {
      int dev = 0;
      auto [end, ec] = std::from_chars(loc.data() + 8, loc.data() + 10, dev, 16);
      if (ec == std::errc() && end == loc.data() + 10 && dev >= 0x18 && dev <= 0x1f) return dev - 0x18;
    }
  }
  return std::nullopt;
}

bool SameDevice(const Sensor& a, const Sensor& b) {
  if (!a.uuid.empty() || !b.uuid.empty()) return a.uuid == b.uuid;
  const std::optional<int> pa = CpuPackage(a), pb = CpuPackage(b);
  if (pa && pb) return *pa == *pb;
  return !a.location.empty() && a.location == b.location && a.model == b.model;
}

std::string RoleOf(const std::string& label, const std::string& unit) {
  const std::string words = Words(Label(label));
  for (const RoleRule& r : T().roles) {
    if (r.unit != unit) continue;
    if (r.words.empty()) return r.role;
    for (const std::string& w : r.words)
      if (words.find(w) != std::string::npos) return r.role;
  }
  return {};
}

std::string RoleOf(const Sensor& s) { return RoleOf(s.name, s.unit); }

std::vector<std::string> CauseIds() {
  std::vector<std::string> out;
  for (const Cause& c : T().causes) out.push_back(c.id);
  out.push_back(T().unknown.id);
  return out;
}

void Judge(std::vector<bundle::Episode>& episodes, const std::vector<Sensor>& sensors,
           const std::vector<Sample>& samples, uint64_t window_start_ns, uint64_t window_end_ns) {
  if (episodes.empty()) return;
  const Judge_ j(sensors, samples, window_start_ns, window_end_ns);
  size_t judged = 0;
  for (bundle::Episode& e : episodes) {
    if (e.OpenNotice()) continue;
    if (++judged > kMaxJudged) {
      bundle::Attribution a;
      a.cause = T().unknown.id;
      a.title = T().unknown.title;
      a.what_to_do = T().unknown.what_to_do;
      a.device = e.name;
      a.missing.push_back("a judgement: only the first " + std::to_string(kMaxJudged) +
                          " episodes of a window are judged");
      e.attribution = std::move(a);
      continue;
    }
    e.attribution = j.Run(e);
  }
}

std::vector<bundle::PowerLimitEvent> PowerLimitChanges(const std::vector<Sensor>& sensors,
                                                       const std::vector<Sample>& samples) {
  std::vector<bundle::PowerLimitEvent> out;
  std::map<uint16_t, const Sensor*> limits;
  for (const Sensor& s : sensors)
    if (RoleOf(s) == kRolePowerLimit) limits[s.id] = &s;
  if (limits.empty()) return out;
  std::map<uint16_t, Series> series;
  for (const Sample& x : samples)
    if (limits.count(x.sensor) && !(x.flags & (TEMPMON_F_MARKER | TEMPMON_F_READ_ERR)))
      series[x.sensor].push_back({x.ts_ns, x.temp_mc, x.flags});
  for (auto& [id, s] : series) {
    std::stable_sort(s.begin(), s.end(), [](const Point& a, const Point& b) { return a.ts < b.ts; });
    for (size_t i = 1; i < s.size(); ++i) {
      const int64_t diff = static_cast<int64_t>(s[i].v) - s[i - 1].v;
      if (diff > -1000 && diff < 1000) continue;
      bundle::PowerLimitEvent ev;
      ev.ts_ns = s[i].ts;
      ev.sensor = id;
      ev.name = limits[id]->name;
      ev.from_mw = s[i - 1].v;
      ev.to_mw = s[i].v;
      ev.default_mw = limits[id]->max_op_mc;
      out.push_back(std::move(ev));
    }
  }
  std::stable_sort(out.begin(), out.end(), [](const auto& a, const auto& b) { return a.ts_ns < b.ts_ns; });
  return out;
}

bundle::Collector CoolingInputs(const std::vector<Sensor>& sensors) {
  struct Kind {
    const char* role;
    const char* what;
  };
  static constexpr Kind kKinds[] = {{kRoleFanSpeed, "fan speed"}, {kRoleFanDuty, "fan duty"},
                                    {kRoleFanTarget, "fan target"}, {kRoleInlet, "inlet air"},
                                    {kRoleExhaust, "exhaust air"},  {kRolePower, "power draw"},
                                    {kRolePowerLimit, "power limit"}};
  std::map<std::string, std::vector<std::string>> by_role;
  for (const Sensor& s : sensors) by_role[RoleOf(s)].push_back(s.name);
  std::string have, lack;
  for (const Kind& k : kKinds) {
    auto it = by_role.find(k.role);
    if (it == by_role.end()) {
      lack += std::string(lack.empty() ? "" : ", ") + k.what;
      continue;
    }
    have += std::string(have.empty() ? "" : "; ") + k.what + ": ";
    for (size_t i = 0; i < it->second.size() && i < 4; ++i) have += (i ? ", " : "") + it->second[i];
    if (it->second.size() > 4) have += ", +" + std::to_string(it->second.size() - 4) + " more";
  }
  bundle::Collector c;
  c.name = "cooling_inputs";
  const bool enough = by_role.count(kRoleFanSpeed) && by_role.count(kRoleInlet);
  c.status = enough ? "ok" : "skipped";
  c.message = (have.empty() ? std::string("no cooling inputs in the ring") : have) +
              (lack.empty() ? std::string() : " | none in the ring: " + lack);
  return c;
}

const nlohmann::json& TableJson() { return T().doc; }

}  // namespace tempmon::causes
