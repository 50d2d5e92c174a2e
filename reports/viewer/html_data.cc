#include "html_data.h"

#include "html_crash.h"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <map>
#include <optional>

#include "tempmon/bundle/analysis.h"
#include "tempmon/causes/causes.h"
#include "tempmon/bundle/device_health.h"
#include "tempmon/bundle/json_fields.h"
#include "tempmon/bundle/records.h"
#include "tempmon/bundle/members_json.h"
#include "tempmon/bundle/samples_csv.h"

namespace tempmon::report {
namespace {

using nlohmann::json;

constexpr uint16_t kMarkerFlag = 1u << 7;

double Sec(uint64_t t, uint64_t origin) {
  return t >= origin ? static_cast<double>(t - origin) / 1e9 : -static_cast<double>(origin - t) / 1e9;
}

// A finding's whole kernel report (bundle::ReportOf), one string a line,
// for the page's report block; empty when the finding opens none.
json ReportLines(const bundle::Contents& c, const bundle::KernelFinding& f) {
  json out = json::array();
  const bundle::KernelReport r = bundle::ReportOf(c, f);
  if (r.lines.size() < 2) return out;
  for (const bundle::KmsgRecord* k : r.lines) out.push_back(k->text.substr(0, k->text.find('\n')));
  return out;
}

struct Point {
  int64_t t_us;  // relative to the origin
  int32_t v;
};

// Min and max of each bucket, in time order: the shape and every peak
// survive, whatever the zoom level the page later draws at. Built as the
// points arrive, knowing their number `n`, so a series is never held whole.
class Downsampler {
 public:
  Downsampler(size_t n, size_t buckets) : n_(n), buckets_(n > 2 * buckets ? buckets : 0) {
    out_.reserve(buckets_ ? 2 * buckets_ : n);
    hi_ = buckets_ ? n_ / buckets_ : 0;
  }

  void Add(const Point& p) {
    if (!buckets_) {
      out_.push_back(p);
      return;
    }
    // Bucket b holds the points [b*n/B, (b+1)*n/B).
    while (i_ >= hi_ && b_ < buckets_) {
      Flush();
      ++b_;
      hi_ = (b_ + 1) * n_ / buckets_;
    }
    if (!open_) {
      mn_ = mx_ = p;
      mn_i_ = mx_i_ = i_;
      open_ = true;
    } else {
      if (p.v < mn_.v) mn_ = p, mn_i_ = i_;
      if (p.v > mx_.v) mx_ = p, mx_i_ = i_;
    }
    ++i_;
  }

  bool downsampled() const { return buckets_ != 0; }

  std::vector<Point> Finish() {
    Flush();
    return std::move(out_);
  }

 private:
  void Flush() {
    if (!open_) return;
    if (mn_i_ == mx_i_) {
      out_.push_back(mn_);
    } else if (mn_i_ < mx_i_) {
      out_.push_back(mn_);
      out_.push_back(mx_);
    } else {
      out_.push_back(mx_);
      out_.push_back(mn_);
    }
    open_ = false;
  }

  size_t n_, buckets_, b_ = 0, hi_ = 0, i_ = 0;
  bool open_ = false;
  Point mn_{}, mx_{};
  size_t mn_i_ = 0, mx_i_ = 0;
  std::vector<Point> out_;
};

// The "Device health" card: the same rows as `show`, per GPU.
json HealthJson(const bundle::Contents& c) {
  json out = json::array();
  for (const bundle::GpuHealth& g : bundle::DeviceHealth(c)) {
    json rows = json::array();
    for (const auto& [label, value] : g.rows) rows.push_back({label, value});
    out.push_back({{"title", g.title}, {"action", g.recovery_action}, {"attention", g.attention}, {"rows", rows}});
  }
  return out;
}

// The "Driver evidence" card: device coredumps and DRM uevents, as `show` lists them.
json EvidenceJson(const bundle::Contents& c, uint64_t origin) {
  json out = json::array();
  for (const bundle::Event& ev : c.events) {
    const auto* d = std::get_if<bundle::DeviceEvent>(&ev);
    if (!d) continue;
    const bundle::DeviceEvent& e = *d;
    std::string state = e.status;
    if (e.status == "saved") {
      state = "saved " + std::to_string(e.kept_bytes.value_or(0)) + " bytes" +
              (e.cut ? " of " + std::string(e.size_at_least ? "at least " : "") + std::to_string(e.size.value_or(0)) +
                           " (cut)"
                     : " (whole)") +
              (e.member ? " in " + *e.member : "") + (e.dropped.empty() ? "" : "; not in this bundle: " + e.dropped);
    } else if (!e.message.empty()) {
      state += ": " + e.message;
    }
    out.push_back({{"t", Sec(e.ts_ns, origin)},
                   {"sev", e.severity},
                   {"what", (e.source == "devcoredump" ? "device coredump " : "DRM uevent on ") + e.name +
                                (e.uevent.empty() ? "" : " (" + e.uevent + ")")},
                   {"device", e.device},
                   {"driver", e.driver},
                   {"state", state},
                   {"action", e.action}});
  }
  return out;
}

// The "Cooling health" card (system.json "cooling_health", docs/cooling.md),
// field by field: the member is hostile, so a field of the wrong type, or a
// number that is not finite, is left out and the page says so, never
// guesses. Null when the bundle has no such member (written before the
// cooling model): the page then says its state was not recorded. History
// times become seconds relative to the page's origin, like every series.
json CoolingJson(const bundle::Contents& c, uint64_t origin) {
  if (!c.system.is_object() || !c.system.contains("cooling_health")) return nullptr;
  const json& ch = c.system["cooling_health"];
  json out = {{"devices", json::array()}, {"more", 0}};
  if (!ch.is_object() || !ch.contains("devices") || !ch["devices"].is_array()) {
    out["malformed"] = true;
    return out;
  }
  auto num = [](const json& j, const char* k) -> json {
    if (!j.is_object() || !j.contains(k) || !j[k].is_number()) return nullptr;
    const double v = j[k].get<double>();
    return std::isfinite(v) ? json(v) : json(nullptr);
  };
  auto str = [](const json& j, const char* k) -> std::string {
    return j.is_object() && j.contains(k) && j[k].is_string() ? j[k].get<std::string>() : std::string();
  };
  auto est = [&](const json& d, const char* k) -> json {
    if (!d.is_object() || !d.contains(k) || !d[k].is_object()) return nullptr;
    const json& e = d[k];
    return {{"v", num(e, "value")}, {"lo", num(e, "lo")}, {"hi", num(e, "hi")}, {"why", str(e, "why")}};
  };
  const double origin_s = static_cast<double>(origin) / 1e9;
  const json& devs = ch["devices"];
  for (size_t i = 0; i < devs.size(); ++i) {
    if (i == kHtmlCoolingDevices) {
      out["more"] = devs.size() - i;
      break;
    }
    const json& d = devs[i];
    const json empty = json::object();
    const json& v = d.is_object() && d.contains("verdict") && d["verdict"].is_object() ? d["verdict"] : empty;
    json hist = json::array();
    if (d.is_object() && d.contains("history") && d["history"].is_array())
      for (const json& h : d["history"]) {
        if (hist.size() == kHtmlCoolingHistory) break;
        const json t = num(h, "t_mono_s"), r = num(h, "r_c_per_w");
        if (t.is_null() || r.is_null()) continue;
        hist.push_back({t.get<double>() - origin_s, r, num(h, "power_w"), num(h, "temp_c")});
      }
    out["devices"].push_back({{"id", str(d, "id")},
                              {"sensor", str(d, "sensor")},
                              {"model", str(d, "model")},
                              {"state", str(v, "state")},
                              {"kind", str(v, "kind")},
                              {"cause", str(v, "cause")},
                              {"detail", str(v, "detail")},
                              {"todo", str(v, "what_to_do")},
                              {"r", est(d, "r_c_per_w")},
                              {"base", est(d, "baseline_r_c_per_w")},
                              {"tau", est(d, "tau_s")},
                              {"duty", num(d, "fan_duty_pct")},
                              {"rpm", num(d, "fan_rpm")},
                              {"inlet", num(d, "inlet_c")},
                              {"ref", str(d, "reference")},
                              {"drift", num(d, "drift_score")},
                              {"learned", d.is_object() && d.contains("learned") && d["learned"].is_boolean()
                                              ? d["learned"]
                                              : json(nullptr)},
                              {"peers", str(d, "peers")},
                              {"hist", std::move(hist)}});
  }
  return out;
}

}  // namespace

std::string HtmlEscape(std::string_view s) {
  std::string o;
  o.reserve(s.size());
  for (char ch : s) {
    switch (ch) {
      case '&': o += "&amp;"; break;
      case '<': o += "&lt;"; break;
      case '>': o += "&gt;"; break;
      case '"': o += "&quot;"; break;
      case '\'': o += "&#39;"; break;
      default: o += ch;
    }
  }
  return o;
}

std::string ScriptSafeJson(std::string_view j) {
  std::string o;
  o.reserve(j.size() + j.size() / 16);
  for (size_t i = 0; i < j.size(); ++i) {
    char ch = j[i];
    if (ch == '<') {
      o += "\\u003c";
    } else if (ch == '>') {
      o += "\\u003e";
    } else if (ch == '&') {
      o += "\\u0026";
    } else if (static_cast<unsigned char>(ch) == 0xe2 && i + 2 < j.size() &&
               static_cast<unsigned char>(j[i + 1]) == 0x80 &&
               (static_cast<unsigned char>(j[i + 2]) == 0xa8 || static_cast<unsigned char>(j[i + 2]) == 0xa9)) {
      o += static_cast<unsigned char>(j[i + 2]) == 0xa8 ? "\\u2028" : "\\u2029";
      i += 2;
    } else {
      o += ch;
    }
  }
  return o;
}

// The page's view of an episode's judged cause; null when none was judged.
static json WhyJson(const bundle::Episode& e) {
  if (!e.attribution) return nullptr;
  json ev = json::array();
  for (const bundle::Evidence& x : e.attribution->evidence) ev.push_back(x.text);
  return {{"cause", e.attribution->cause},
          {"title", e.attribution->title},
          {"todo", e.attribution->what_to_do},
          {"evidence", std::move(ev)},
          {"missing", e.attribution->missing}};
}

// The sensors' series, each downsampled to the page's budget, and the
// wall time at the origin (from the first sample, else the trigger's).
static json SensorsJson(const bundle::Contents& c, const bundle::Analysis& a, int64_t* origin_wall_ns) {
  const uint64_t origin = a.origin_ns;
  // One pass counts each sensor's points, the next downsamples them as
  // they come: sensors are found by id in a table, not a map, per sample.
  auto plotted = [](const bundle::Sample& s) { return !(s.flags & kMarkerFlag); };
  std::vector<size_t> count(size_t{UINT16_MAX} + 1);
  for (const bundle::Sample& s : c.samples)
    if (plotted(s)) ++count[s.sensor];
  const size_t buckets =
      std::clamp(kHtmlTotalBuckets / std::max<size_t>(1, a.sensors.size()), kHtmlMinBuckets, kHtmlBuckets);
  std::vector<int32_t> slot(size_t{UINT16_MAX} + 1, -1);
  std::vector<Downsampler> series;
  series.reserve(a.sensors.size());
  for (const bundle::SensorStats& st : a.sensors) {
    slot[st.id] = static_cast<int32_t>(series.size());
    series.emplace_back(count[st.id], buckets);
  }
  bool have_wall = false;
  for (const bundle::Sample& s : c.samples) {
    if (!plotted(s)) continue;
    if (!have_wall) {
      // The wall time at the origin, from the first sample; checked in 128
      // bits, since a bundle's times may sit at either end of int64.
      __int128 w = static_cast<__int128>(s.wall_ns) - (static_cast<__int128>(s.ts_ns) - origin);
      if (w > INT64_MAX || w < INT64_MIN)
        throw bundle::BundleError("samples.csv: the first sample's wall_time and mono_ns put the trigger outside "
                                  "the int64 nanosecond clock (1677-09-21 .. 2262-04-11)");
      *origin_wall_ns = static_cast<int64_t>(w);
      have_wall = true;
    }
    if (slot[s.sensor] < 0) continue;  // Analyze lists every sensor with samples
    int64_t t_us = s.ts_ns >= origin ? static_cast<int64_t>((s.ts_ns - origin) / 1000)
                                       : -static_cast<int64_t>((origin - s.ts_ns) / 1000);
    series[static_cast<size_t>(slot[s.sensor])].Add({t_us, s.temp_mc});
  }
  if (!have_wall) *origin_wall_ns = c.trigger.wall_ns;
  std::vector<std::optional<std::vector<Point>>> points(series.size());

  json sensors = json::array();
  for (const bundle::SensorStats& st : a.sensors) {
    // Values are thousandths of "unit": each unit gets its own axis.
    json o = {{"id", st.id}, {"name", st.name}, {"kind", st.kind}, {"unit", st.unit}, {"n", st.count}};
    // Inlet and exhaust air get an axis of their own (roles: lib/causes).
    if (const std::string role = causes::RoleOf(st.name, st.unit);
        role == causes::kRoleInlet || role == causes::kRoleExhaust)
      o["axis"] = "air";
    if (st.threshold_mc) o["thr"] = *st.threshold_mc;
    for (const bundle::Sensor& s : c.sensors)
      if (s.id == st.id && s.hysteresis_mc) o["hyst"] = *s.hysteresis_mc;
    if (st.count) {
      o["min"] = st.min_mc;
      o["max"] = st.max_mc;
      o["peak_t"] = Sec(st.peak_mono_ns, origin);
      o["mean"] = static_cast<int64_t>(st.mean_mc);
      if (st.threshold_mc) o["above_s"] = static_cast<double>(st.above_ns) / 1e9;
    }
    // A sensor listed twice (under one id) shows the same series twice.
    const size_t k = static_cast<size_t>(slot[st.id]);
    if (!points[k]) points[k] = series[k].Finish();
    o["downsampled"] = series[k].downsampled();
    json dt = json::array(), v = json::array();
    int64_t prev = 0;
    for (const Point& p : *points[k]) {
      dt.push_back(p.t_us - prev);  // delta-encoded: mostly small numbers
      prev = p.t_us;
      v.push_back(p.v);
    }
    o["dt"] = std::move(dt);
    o["v"] = std::move(v);
    sensors.push_back(std::move(o));
  }
  return sensors;
}

static json DevicesJson(const bundle::Analysis& a) {
  json devices = json::array();
  for (const bundle::DeviceStats& d : a.devices) {
    const bundle::Sensor& id = d.Identity();
    json o = {{"name", id.name}, {"model", id.model}, {"uuid", id.uuid}, {"bus", id.location},
              {"capped_s", static_cast<double>(d.power_capped_ns) / 1e9}};
    if (d.peak_mc) {
      o["peak"] = *d.peak_mc;
      o["peak_t"] = Sec(d.peak_mono_ns, a.origin_ns);
    }
    if (d.temp && d.temp->threshold_mc) o["slowdown"] = *d.temp->threshold_mc;
    if (d.margin_mc) o["margin"] = *d.margin_mc;
    json series = json::array();
    for (const bundle::Sensor* x : d.series) series.push_back(x->name);
    o["series"] = std::move(series);
    devices.push_back(std::move(o));
  }
  return devices;
}

// Episodes as the page shows them, read through the bundle's records
// (records.h): the page never reads a member's field names.
static json EpisodesJson(const bundle::Contents& c, uint64_t origin) {
  json episodes = json::array();
  for (const bundle::Episode& e : c.episodes) {
    auto opt = [](const auto& v) { return v ? json(*v) : json(nullptr); };
    json chain = json::array();
    for (const bundle::EpisodeStep& st : e.steps)
      chain.push_back({{"kind", st.kind},
                       {"dt_ns", st.ts_ns >= e.start_ns ? json(st.ts_ns - e.start_ns) : json(nullptr)},
                       {"detail", bundle::StepDetail(st)}});
    episodes.push_back({{"s", e.start_ns ? json(Sec(e.start_ns, origin)) : json(nullptr)},
                        {"e", e.end_ns ? json(Sec(*e.end_ns, origin)) : json(nullptr)},
                        {"cause", e.cause},
                        {"where", e.name},
                        {"open_at_end", e.open_at_window_end.value_or(false)},
                        {"dur_ns", opt(e.duration_ns)},
                        {"peak", opt(e.peak_temp_mc)},
                        {"t2c_ns", opt(e.trip_to_first_cooling_ns)},
                        {"cool", opt(e.deepest_cooling_state)},
                        {"freq", opt(e.lowest_max_freq_khz)},
                        {"chain", std::move(chain)},
                        {"why", WhyJson(e)}});
  }
  return episodes;
}

static json EventsJson(const bundle::Contents& c, uint64_t origin) {
  json events = json::array();
  for (const bundle::Event& e : c.events) {
    const bundle::EventHead h = bundle::Head(e);
    events.push_back({{"t", h.ts_ns ? json(Sec(*h.ts_ns, origin)) : json(nullptr)},
                      {"kind", h.kind.empty() ? h.type : h.kind}});
  }
  return events;
}

static json KmsgJson(const bundle::Contents& c, uint64_t origin) {
  json kmsg = json::array();
  for (const bundle::KmsgRecord& k : c.kmsg)
    kmsg.push_back({{"t", Sec(k.ts_us * 1000, origin)}, {"lvl", k.level}, {"text", k.text}});
  return kmsg;
}

// One row and one timeline mark per burst, with the same words as `show`.
static json FindingsJson(const bundle::Contents& c, const bundle::Analysis& a) {
  json findings = json::array();
  for (const bundle::KernelFinding& f : a.findings)
    findings.push_back({{"t", Sec(f.burst.first_ns, a.origin_ns)},
                        {"sev", f.burst.match.severity},
                        {"what", bundle::FindingHeadline(f)},
                        {"action", f.burst.match.action},
                        {"text", f.burst.first_text},
                        {"last", f.burst.n > 1 ? f.burst.last_text : std::string()},
                        {"report", ReportLines(c, f)}});
  return findings;
}

static json CollectorsJson(const bundle::Contents& c) {
  json collectors = json::array();
  for (const bundle::Collector& k : c.collectors)
    collectors.push_back({{"name", k.name}, {"status", k.status}, {"message", k.message}, {"ms", k.duration_ms}});
  return collectors;
}

static json MetaJson(const bundle::Contents& c, const bundle::Analysis& a, uint64_t origin, int64_t origin_wall_ns) {
  return {{"host", c.host},
          {"kernel", c.kernel},
          {"tool", c.tool_version},
          {"module", c.module_version},
          {"boot_id", c.boot_id},
          {"redacted", c.redacted},
          {"test", bundle::IsTestBundle(c)},
          {"rejudged", a.rejudged},
          {"samples", c.samples.size()},
          {"origin_wall_ms", static_cast<double>(origin_wall_ns) / 1e6},
          {"trigger",
           {{"kind", c.trigger.kind},
            {"reason", c.trigger.reason},
            {"wall_time", c.trigger.wall_ns ? bundle::IsoTime(c.trigger.wall_ns) : ""},
            {"t", c.trigger.ts_ns ? json(Sec(c.trigger.ts_ns, origin)) : json(nullptr)}}},
          {"window", {Sec(c.window_start_mono_ns, origin), Sec(c.window_end_mono_ns, origin)}}};
}

std::string HtmlDataJson(const bundle::Contents& c) {
  const bundle::Analysis a = bundle::Analyze(c);
  const uint64_t origin = a.origin_ns;
  int64_t origin_wall_ns = 0;
  json sensors = SensorsJson(c, a, &origin_wall_ns);
  json doc = {
      {"meta", MetaJson(c, a, origin, origin_wall_ns)},
      {"sensors", std::move(sensors)},
      {"devices", DevicesJson(a)},
      {"health", HealthJson(c)},
      {"evidence", EvidenceJson(c, origin)},
      {"cooling", CoolingJson(c, origin)},
      {"episodes", EpisodesJson(c, origin)},
      {"events", EventsJson(c, origin)},
      {"kmsg", KmsgJson(c, origin)},
      {"findings", FindingsJson(c, a)},
      {"collectors", CollectorsJson(c)},
      {"crash", HtmlCrashData(c, origin)},
      {"losses",
       {{"ring overwritten", c.losses.ring_overwritten},
        {"ring torn", c.losses.ring_torn},
        {"ring dropped while frozen", c.losses.ring_dropped_frozen},
        {"bpf dropped", c.losses.bpf_dropped},
        {"kmsg dropped", c.losses.kmsg_dropped}}},
  };
  return ScriptSafeJson(bundle::DumpJson(doc));
}

}  // namespace tempmon::report
