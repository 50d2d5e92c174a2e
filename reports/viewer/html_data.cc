#include "html_data.h"

#include <algorithm>
#include <cstdint>
#include <map>

#include "analysis.h"
#include "json_fields.h"
#include "records.h"
#include "members_json.h"
#include "samples_csv.h"

namespace tempmon::report {
namespace {

using nlohmann::json;

constexpr uint16_t kMarkerFlag = 1u << 7;

double Sec(uint64_t t, uint64_t origin) {
  return t >= origin ? static_cast<double>(t - origin) / 1e9 : -static_cast<double>(origin - t) / 1e9;
}

struct Point {
  int64_t t_us;  // relative to the origin
  int32_t v;
};

// Min and max of each bucket, in time order: the shape and every peak
// survive, whatever the zoom level the page later draws at.
std::vector<Point> Downsample(const std::vector<Point>& p) {
  if (p.size() <= 2 * kHtmlBuckets) return p;
  std::vector<Point> out;
  out.reserve(2 * kHtmlBuckets);
  for (size_t b = 0; b < kHtmlBuckets; ++b) {
    size_t lo = b * p.size() / kHtmlBuckets, hi = (b + 1) * p.size() / kHtmlBuckets;
    size_t mn = lo, mx = lo;
    for (size_t i = lo; i < hi; ++i) {
      if (p[i].v < p[mn].v) mn = i;
      if (p[i].v > p[mx].v) mx = i;
    }
    if (mn == mx) {
      out.push_back(p[mn]);
    } else {
      out.push_back(p[std::min(mn, mx)]);
      out.push_back(p[std::max(mn, mx)]);
    }
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

std::string HtmlDataJson(const bundle::Contents& c) {
  const bundle::Analysis a = bundle::Analyze(c);
  const uint64_t origin = a.origin_ns;

  std::map<uint16_t, std::vector<Point>> series;
  for (const bundle::Sensor& s : c.sensors)
    series[s.id].reserve(c.samples.size() / std::max<size_t>(1, c.sensors.size()) + 16);
  int64_t origin_wall_ns = 0;
  bool have_wall = false;
  for (const bundle::Sample& s : c.samples) {
    if (s.flags & kMarkerFlag) continue;
    if (!have_wall) {
      // The wall time at the origin, from the first sample; checked in 128
      // bits, since a bundle's times may sit at either end of int64.
      __int128 w = static_cast<__int128>(s.wall_ns) - (static_cast<__int128>(s.mono_ns) - origin);
      if (w > INT64_MAX || w < INT64_MIN)
        throw bundle::BundleError("samples.csv: the first sample's wall_time and mono_ns put the trigger outside "
                                  "the int64 nanosecond clock (1677-09-21 .. 2262-04-11)");
      origin_wall_ns = static_cast<int64_t>(w);
      have_wall = true;
    }
    int64_t t_us = s.mono_ns >= origin ? static_cast<int64_t>((s.mono_ns - origin) / 1000)
                                       : -static_cast<int64_t>((origin - s.mono_ns) / 1000);
    series[s.sensor].push_back({t_us, s.temp_mc});
  }
  if (!have_wall) origin_wall_ns = c.trigger.wall_ns;

  json sensors = json::array();
  for (const bundle::SensorStats& st : a.sensors) {
    // Values are thousandths of "unit": each unit gets its own axis.
    json o = {{"id", st.id}, {"name", st.name}, {"kind", st.kind}, {"unit", st.unit}, {"n", st.count}};
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
    const std::vector<Point>& raw = series[st.id];
    std::vector<Point> pts = Downsample(raw);
    o["downsampled"] = pts.size() != raw.size();
    json dt = json::array(), v = json::array();
    int64_t prev = 0;
    for (const Point& p : pts) {
      dt.push_back(p.t_us - prev);  // delta-encoded: mostly small numbers
      prev = p.t_us;
      v.push_back(p.v);
    }
    o["dt"] = std::move(dt);
    o["v"] = std::move(v);
    sensors.push_back(std::move(o));
  }

  json devices = json::array();
  for (const bundle::DeviceStats& d : a.devices) {
    const bundle::Sensor& id = d.Identity();
    json o = {{"name", id.name}, {"model", id.model}, {"uuid", id.uuid}, {"bus", id.location},
              {"capped_s", static_cast<double>(d.power_capped_ns) / 1e9}};
    if (d.peak_mc) {
      o["peak"] = *d.peak_mc;
      o["peak_t"] = Sec(d.peak_mono_ns, origin);
    }
    if (d.temp && d.temp->threshold_mc) o["slowdown"] = *d.temp->threshold_mc;
    if (d.margin_mc) o["margin"] = *d.margin_mc;
    json series = json::array();
    for (const bundle::Sensor* x : d.series) series.push_back(x->name);
    o["series"] = std::move(series);
    devices.push_back(std::move(o));
  }

  // Episodes and events as the page shows them, read through the bundle's
  // records (records.h): the page never reads a member's field names.
  json episodes = json::array();
  for (const json& j : c.episodes) {
    const bundle::Episode e = bundle::EpisodeFromJson(j);
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
                        {"chain", std::move(chain)}});
  }
  json events = json::array();
  for (const json& j : c.events) {
    const bundle::EventHead h = bundle::EventHeadFromJson(j);
    events.push_back({{"t", h.ts_ns ? json(Sec(*h.ts_ns, origin)) : json(nullptr)},
                      {"kind", h.kind.empty() ? h.type : h.kind}});
  }
  json kmsg = json::array();
  for (const bundle::KmsgRecord& k : c.kmsg)
    kmsg.push_back({{"t", Sec(k.ts_us * 1000, origin)}, {"lvl", k.level}, {"text", k.text}});
  // One row and one timeline mark per burst, with the same words as `show`.
  json findings = json::array();
  for (const bundle::KernelFinding& f : a.findings)
    findings.push_back({{"t", Sec(f.burst.first_ns, origin)},
                        {"sev", f.burst.match.severity},
                        {"what", bundle::FindingHeadline(f)},
                        {"action", f.burst.match.action},
                        {"text", f.burst.first_text},
                        {"last", f.burst.n > 1 ? f.burst.last_text : std::string()}});
  json collectors = json::array();
  for (const bundle::Collector& k : c.collectors)
    collectors.push_back({{"name", k.name}, {"status", k.status}, {"message", k.message}, {"ms", k.duration_ms}});

  json doc = {
      {"meta",
       {{"host", c.host},
        {"kernel", c.kernel},
        {"tool", c.tool_version},
        {"module", c.module_version},
        {"boot_id", c.boot_id},
        {"redacted", c.redacted},
        {"test", bundle::IsTestBundle(c)},
        {"samples", c.samples.size()},
        {"origin_wall_ms", static_cast<double>(origin_wall_ns) / 1e6},
        {"trigger",
         {{"kind", c.trigger.kind},
          {"reason", c.trigger.reason},
          {"wall_time", c.trigger.wall_ns ? bundle::IsoTime(c.trigger.wall_ns) : ""},
          {"t", c.trigger.mono_ns ? json(Sec(c.trigger.mono_ns, origin)) : json(nullptr)}}},
        {"window", {Sec(c.window_start_mono_ns, origin), Sec(c.window_end_mono_ns, origin)}}}},
      {"sensors", std::move(sensors)},
      {"devices", std::move(devices)},
      {"episodes", std::move(episodes)},
      {"events", std::move(events)},
      {"kmsg", std::move(kmsg)},
      {"findings", std::move(findings)},
      {"collectors", std::move(collectors)},
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
