// summary.txt and `tempmon-report show`: the story of a bundle on one
// terminal screen, most important first.
#include <cstdio>
#include <optional>
#include <string>

#include "tempmon/bundle/analysis.h"
#include "tempmon/bundle/bundle.h"
#include "tempmon/bundle/crash_summary.h"
#include "tempmon/bundle/device_health.h"
#include "tempmon/bundle/records.h"
#include "tempmon/bundle/samples_csv.h"
#include "tempmon/bundle/terminal_safe.h"

namespace tempmon::bundle {
namespace {

constexpr size_t kMaxListed = 10;

struct Style {
  bool on;
  std::string operator()(const char* code, const std::string& s) const {
    return on ? std::string("\x1b[") + code + "m" + s + "\x1b[0m" : s;
  }
};

// Nothing from the bundle reaches the terminal raw: a hostile kmsg line
// must not be able to drive the user's terminal.
std::string Clean(std::string_view s, size_t max = 200) { return TerminalSafe(s, max); }

std::string Pad(std::string s, size_t w) {
  // Width by code points, so that "°C" and "—" align.
  size_t cps = 0;
  for (unsigned char ch : s) cps += (ch & 0xc0) != 0x80;
  if (cps < w) s.append(w - cps, ' ');
  return s;
}

template <class T>
std::string OptNs(const std::optional<T>& v) {
  return v ? Duration(*v) : "—";
}

template <class T>
std::string OptText(const std::optional<T>& v) {
  return v ? std::to_string(*v) : "—";
}

std::string EpisodeChain(const Episode& e) {
  std::string out;
  size_t n = 0;
  for (const EpisodeStep& st : e.steps) {
    if (n == 8) {
      out += " → … (+" + std::to_string(e.steps.size() - 8) + " more)";
      break;
    }
    if (n++) out += " → ";
    out += Clean(st.kind.empty() ? "—" : st.kind, 40);
    if (st.ts_ns >= e.start_ns) out += " +" + Duration(st.ts_ns - e.start_ns);
    if (std::string d = StepDetail(st); !d.empty()) out += " (" + Clean(d, 60) + ")";
  }
  if (e.steps_dropped.value_or(0)) out += " (+" + std::to_string(*e.steps_dropped) + " steps not kept)";
  return out;
}

// One entry per GPU: what it is, where it sits, how close it came to its
// slowdown temperature and how long it was held at its power limit, with
// its clock and power series beside it.
void Devices(const Analysis& a, const Style& st, std::string& o) {
  if (a.devices.empty()) return;
  auto stats = [&a](const Sensor* s) -> const SensorStats* {
    for (const SensorStats& x : a.sensors)
      if (x.id == s->id) return &x;
    return nullptr;
  };
  o += st("1", "Devices (" + std::to_string(a.devices.size()) + ")") + "\n";
  for (const DeviceStats& d : a.devices) {
    const Sensor& id = d.Identity();
    auto text = [](const std::string& v, size_t max) { return v.empty() ? std::string("—") : Clean(v, max); };
    o += "  " + Pad(Clean(id.name, 15), 16) + text(id.model, 40) + "  uuid " + text(id.uuid, 60) + "  bus " +
         text(id.location, 30) + "\n";
    if (d.temp) {
      std::string l = "peak " + (d.peak_mc ? Celsius(*d.peak_mc) + " at " + RelTime(d.peak_mono_ns, a.origin_ns) : "—");
      l += ", slowdown " + Celsius(d.temp->threshold_mc);
      if (d.margin_mc) {
        const std::string m = "margin " + Celsius(*d.margin_mc) + " at peak";
        l += " (" + (*d.margin_mc <= 0 ? st("1;31", m) : m) + ")";
      }
      if (d.temp->shutdown_mc) l += ", shutdown " + Celsius(*d.temp->shutdown_mc);
      if (d.temp->max_op_mc) l += ", max operating " + Celsius(*d.temp->max_op_mc);
      l += "; power-capped " + Duration(d.power_capped_ns);
      o += "  " + Pad("", 16) + l + "\n";
    }
    std::string series;
    for (const Sensor* s : d.series) {
      const SensorStats* x = stats(s);
      if (!series.empty()) series += ", ";
      series += Clean(s->name, 31) + " " +
                (x && x->count ? FormatValue(x->min_mc, s->unit) + " … " + FormatValue(x->max_mc, s->unit)
                               : "no samples (" + Clean(s->unit, 8) + ")");
    }
    if (!series.empty()) o += "  " + Pad("", 16) + "series: " + series + "\n";
  }
  o += "\n";
}

// The kernel's whole report behind a finding (ReportOf), as one block
// under it: the stack and the modules are what a support engineer reads
// next, and in the log they hide among hundreds of other lines.
inline constexpr size_t kReportShown = 60;
void Report(const Contents& c, const KernelFinding& f, std::string& o) {
  const KernelReport r = ReportOf(c, f);
  if (r.lines.size() < 2) return;
  o += "  " + Pad("", 22) + "kernel report (" + std::to_string(r.lines.size()) + (r.cut ? "+" : "") +
       " lines):\n";
  for (size_t i = 0; i < r.lines.size() && i < kReportShown; ++i) {
    const std::string& t = r.lines[i]->text;
    o += "  " + Pad("", 24) + "| " + Clean(t.substr(0, t.find('\n')), 160) + "\n";
  }
  if (r.lines.size() > kReportShown)
    o += "  " + Pad("", 24) + "| … " + std::to_string(r.lines.size() - kReportShown) + " more lines in kmsg.txt\n";
}

// Findings that are one incident (LinkIncidents): said once, under the
// findings, so a PCIe error and the GPU it took off the bus are read as one
// fault with one cause.
void Incidents(const Contents& c, const Analysis& a, const Style& st, std::string& o) {
  for (const Incident& i : LinkIncidents(a, c)) {
    o += "  " + st("1;31", "one incident:") + " " + Clean(i.cause->burst.match.Headline(), 100) + " → " +
         Clean(i.effect->burst.match.Headline(), 100) + " (same bus)\n";
    o += "  " + Pad("", 22) + "linked by: " + Clean(i.link, 160) + "\n";
  }
}

// Per GPU, what a vendor asks for before an RMA, the recovery action first.
void Health(const Contents& c, const Style& st, std::string& o) {
  const std::vector<GpuHealth> gpus = DeviceHealth(c);
  if (gpus.empty()) return;
  o += st("1", "Device health (" + std::to_string(gpus.size()) + ")") + "\n";
  for (const GpuHealth& g : gpus) {
    o += "  " + Clean(g.title, 120) + "\n";
    for (const auto& [label, value] : g.rows) {
      std::string v = Clean(value, 200);
      if (label == "recovery action" && g.attention) v = st("1;31", v);
      o += "    " + Pad(label, 17) + v + "\n";
    }
  }
  o += "\n";
}

// The cooling model's view of every device (system.json "cooling_health",
// docs/cooling.md): R now against its baseline, tau, fans, inlet, the
// verdict and what to do. The member is read as hostile: a field of the
// wrong type is shown as missing.
void Cooling(const Contents& c, const Style& st, std::string& o) {
  if (!c.system.is_object() || !c.system.contains("cooling_health")) return;
  const nlohmann::json& ch = c.system["cooling_health"];
  const nlohmann::json* devs = ch.is_object() && ch.contains("devices") && ch["devices"].is_array() ? &ch["devices"] : nullptr;
  auto str = [](const nlohmann::json& j, const char* k) -> std::string {
    return j.is_object() && j.contains(k) && j[k].is_string() ? j[k].get<std::string>() : std::string();
  };
  auto num = [](const nlohmann::json& j, const char* k) -> std::optional<double> {
    if (j.is_object() && j.contains(k) && j[k].is_number()) return j[k].get<double>();
    return std::nullopt;
  };
  auto fmt = [](const char* f, double v) {
    char b[64];
    std::snprintf(b, sizeof b, f, v);
    return std::string(b);
  };
  auto est = [&](const nlohmann::json& j, const char* f, const char* unit) -> std::string {
    if (!j.is_object()) return "—";
    auto v = num(j, "value");
    if (!v) return str(j, "why").empty() ? std::string("not enough data") : Clean(str(j, "why"), 160);
    std::string s = fmt(f, *v) + " " + unit;
    auto lo = num(j, "lo"), hi = num(j, "hi");
    if (lo && hi) s += " (" + fmt(f, *lo) + ".." + fmt(f, *hi) + ")";
    return s;
  };
  const size_t n = devs ? devs->size() : 0;
  o += st("1", "Cooling health (" + std::to_string(n) + ")") + "\n";
  if (n == 0) o += "  no device with a temperature in the ring\n";
  size_t shown = 0;
  for (size_t i = 0; i < n && shown < kMaxListed; ++i, ++shown) {
    const nlohmann::json& d = (*devs)[i];
    const nlohmann::json empty = nlohmann::json::object();
    const nlohmann::json& v = d.is_object() && d.contains("verdict") && d["verdict"].is_object() ? d["verdict"] : empty;
    const std::string state = str(v, "state");
    const std::string vs = state == "anomaly" ? st("1;31", "anomaly: " + Clean(str(v, "kind"), 20) + ", " + Clean(str(v, "cause"), 30))
                                              : st(state == "healthy" ? "32" : "33", Clean(state.empty() ? "—" : state, 20));
    o += "  " + Clean(str(d, "sensor"), 40) + " (" + Clean(str(d, "id"), 80) + "): " + vs + "\n";
    if (!str(v, "detail").empty()) o += "    " + Pad("", 17) + Clean(str(v, "detail"), 200) + "\n";
    const nlohmann::json& r = d.is_object() && d.contains("r_c_per_w") ? d["r_c_per_w"] : empty;
    const nlohmann::json& b = d.is_object() && d.contains("baseline_r_c_per_w") ? d["baseline_r_c_per_w"] : empty;
    const nlohmann::json& t = d.is_object() && d.contains("tau_s") ? d["tau_s"] : empty;
    o += "    " + Pad("R now", 17) + est(r, "%.4f", "C/W") + " (T_ref: " + Clean(str(d, "reference"), 20) + ")\n";
    o += "    " + Pad("R baseline", 17) + est(b, "%.4f", "C/W") + "\n";
    if (d.is_object() && d.contains("peers") && d["peers"].is_string())
      o += "    " + Pad("R peers", 17) + Clean(d["peers"].get<std::string>(), 200) + "\n";
    o += "    " + Pad("tau", 17) + est(t, "%.1f", "s") + "\n";
    std::string fans;
    if (auto x = num(d, "fan_duty_pct")) fans += "duty " + fmt("%.0f", *x) + " %";
    if (auto x = num(d, "fan_rpm")) fans += std::string(fans.empty() ? "" : ", ") + fmt("%.0f", *x) + " RPM";
    o += "    " + Pad("fans", 17) + (fans.empty() ? "none in the ring" : fans) + "\n";
    auto in = num(d, "inlet_c");
    o += "    " + Pad("inlet", 17) + (in ? fmt("%.1f", *in) + " C" : std::string("none in the ring")) + "\n";
    if (auto x = num(d, "drift_score")) o += "    " + Pad("drift score", 17) + fmt("%.2f", *x) + " (1 = anomaly)\n";
    if (!str(v, "what_to_do").empty()) o += "    " + Pad("what to do", 17) + Clean(str(v, "what_to_do"), 240) + "\n";
  }
  if (n > shown) o += "  … " + std::to_string(n - shown) + " more (tempmon-report export --json)\n";
  o += "\n";
}

// What drivers left at the fault (device coredumps, DRM uevents and the GPU
// error state read on them): one line each, then where the bytes are.
void DriverEvidence(const Contents& c, const Analysis& a, const Style& st, std::string& o) {
  std::vector<DeviceEvent> evs;
  for (const Event& ev : c.events)
    if (const auto* d = std::get_if<DeviceEvent>(&ev)) evs.push_back(*d);
  if (evs.empty()) return;
  o += st("1", "Driver evidence (" + std::to_string(evs.size()) + ")") + "\n";
  for (size_t i = 0; i < evs.size() && i < kMaxListed; ++i) {
    const DeviceEvent& e = evs[i];
    const char* sev_style = e.severity == signatures::kCritical ? "1;31" : "1;33";
    std::string what = e.source == "devcoredump" ? "device coredump " + e.name : "DRM uevent on " + e.name;
    if (!e.uevent.empty()) what += " (" + e.uevent + ")";
    o += "  " + Pad(RelTime(e.ts_ns, a.origin_ns), 12) + st(sev_style, Pad(Clean(e.severity, 9), 10)) +
         Clean(what, 120) + "\n";
    o += "  " + Pad("", 22) + "device: " + Clean(e.device.empty() ? "—" : e.device, 80) + "  driver: " +
         Clean(e.driver.empty() ? "—" : e.driver, 40) + "\n";
    std::string state;
    if (e.status == "saved") {
      state = "saved " + std::to_string(e.kept_bytes.value_or(0)) + " bytes";
      if (e.cut)
        state += st("33", " — CUT: the dump is " + std::string(e.size_at_least ? "at least " : "") +
                              std::to_string(e.size.value_or(0)) + " bytes, the bundle keeps the first " +
                              std::to_string(e.kept_bytes.value_or(0)));
      else
        state += " (whole)";
      if (e.member) state += " in " + Clean(*e.member, 60);
      if (!e.dropped.empty()) state += "; " + st("33", "not in this bundle: " + Clean(e.dropped, 120));
    } else {
      state = st("33", Clean(e.status, 20)) + (e.message.empty() ? "" : ": " + Clean(e.message, 160));
    }
    o += "  " + Pad("", 22) + state + "\n";
    if (!e.action.empty()) o += "  " + Pad("", 22) + "what to do: " + Clean(e.action, 200) + "\n";
  }
  if (evs.size() > kMaxListed) o += "  … " + std::to_string(evs.size() - kMaxListed) + " more\n";
  o += "\n";
}

}  // namespace

std::string RenderSummary(const Contents& c, bool color) {
  const Style st{color};
  const Analysis a = Analyze(c);
  std::string o;
  auto line = [&o](const std::string& s) { o += s + "\n"; };

  line(st("1", "tempmon bundle") + " — host " + Clean(c.host.empty() ? "—" : c.host) + ", kernel " +
       Clean(c.kernel.empty() ? "—" : c.kernel) + ", tool " + Clean(c.tool_version) +
       ", module " + Clean(c.module_version.empty() ? "—" : c.module_version));
  if (c.redacted)
    line(st("33", "Redacted: host names, addresses, hardware ids, serials, users and processes are tokens"));
  line("Trigger:  " + st("1;31", Clean(c.trigger.kind.empty() ? "—" : c.trigger.kind)) + " — " +
       Clean(c.trigger.reason.empty() ? "—" : c.trigger.reason) +
       (c.trigger.wall_ns ? " at " + IsoTime(c.trigger.wall_ns) : std::string()));
  uint64_t span = c.window_end_mono_ns > c.window_start_mono_ns ? c.window_end_mono_ns - c.window_start_mono_ns : 0;
  line("Window:   " + Duration(span) + " (" + RelTime(c.window_start_mono_ns, a.origin_ns) + " .. " +
       RelTime(c.window_end_mono_ns, a.origin_ns) + " from trigger), " +
       std::to_string(c.samples.size()) + " samples, " + std::to_string(c.sensors.size()) + " sensors");
  if (IsTestBundle(c))
    line(st("1;35", "TEST: triggered by tempmon-capture --test-signature; not a real fault"));
  line("");
  // A crash bundle: the crash, its report and the samples up to it first.
  o += RenderCrashSummary(c, a.origin_ns, st);

  // What the kernel said, right under the trigger: the support engineer's
  // first question is "what is this line and what do I do".
  line(st("1", "Kernel-log signatures (" + std::to_string(a.findings.size()) + ")"));
  if (!a.rejudged.empty()) line("  " + Clean(a.rejudged, 200));
  if (a.findings.empty()) line("  none");
  for (size_t i = 0; i < a.findings.size() && i < kMaxListed; ++i) {
    const KernelFinding& f = a.findings[i];
    const signatures::Burst& b = f.burst;
    const char* sev_style = b.match.severity == signatures::kCritical ? "1;31" : "1;33";
    line("  " + Pad(RelTime(b.first_ns, a.origin_ns), 12) + st(sev_style, Pad(Clean(b.match.severity, 9), 10)) +
         Clean(FindingHeadline(f), 160));
    line("  " + Pad("", 22) + "what to do: " + Clean(b.match.action, 200));
    line("  " + Pad("", 22) + "line: " + Clean(b.first_text, 160));
    if (b.n > 1) line("  " + Pad("", 22) + "last: " + Clean(b.last_text, 160));
    Report(c, f, o);
  }
  if (a.findings.size() > kMaxListed) line("  … " + std::to_string(a.findings.size() - kMaxListed) + " more");
  Incidents(c, a, st, o);
  line("");

  line(st("1", "Sensors"));
  line("  " + Pad("sensor", 16) + Pad("kind", 8) + Pad("min", 10) + Pad("peak", 10) + Pad("peak at", 12) +
       Pad("mean", 10) + Pad("threshold", 11) + "above threshold");
  for (const SensorStats& s : a.sensors) {
    bool hot = s.threshold_mc && s.count && s.max_mc >= *s.threshold_mc;
    // Each value in its sensor's unit: a clock or a power is no temperature.
    auto value = [&s](std::optional<int64_t> v) { return FormatValue(s.count ? v : std::nullopt, s.unit); };
    std::string peak = Pad(value(s.max_mc), 10);
    line("  " + Pad(Clean(s.name, 15), 16) + Pad(Clean(s.kind, 7), 8) +
         Pad(value(s.min_mc), 10) + (hot ? st("1;31", peak) : peak) +
         Pad(s.count ? RelTime(s.peak_mono_ns, a.origin_ns) : "—", 12) +
         Pad(value(static_cast<int64_t>(s.mean_mc)), 10) +
         Pad(FormatValue(s.threshold_mc, s.unit), 11) +
         (s.threshold_mc ? Duration(s.above_ns) : "—"));
  }
  line("");

  Devices(a, st, o);
  Health(c, st, o);
  Cooling(c, st, o);
  DriverEvidence(c, a, st, o);

  line(st("1", "Throttle episodes (" + std::to_string(c.episodes.size()) + ")"));
  if (c.episodes.empty()) line("  none");
  size_t n = 0;
  for (const Episode& e : c.episodes) {
    ++n;
    std::string dur = e.Open() ? std::string(e.open_at_window_end.value_or(false) ? "open at window end" : "open")
                               : OptNs(e.duration_ns);
    std::string where = e.name.empty() ? "—" : e.name;
    if (e.ring_sensor_id) where += " (ring sensor " + std::to_string(*e.ring_sensor_id) + ")";
    line("  #" + std::to_string(n) + " " + st("1;33", Clean(e.cause.empty() ? "—" : e.cause, 20)) + " " +
         Clean(where, 60) + "  start " + (e.start_ns ? RelTime(e.start_ns, a.origin_ns) : "—") + "  duration " +
         dur + "  peak " + Celsius(e.peak_temp_mc));
    line("     trip→cooling " + OptNs(e.trip_to_first_cooling_ns) + "  max cooling state " +
         OptText(e.deepest_cooling_state) +
         (e.deepest_cooling_device ? " (" + Clean(*e.deepest_cooling_device, 20) + ")" : std::string()) +
         "  min max-freq " + OptText(e.lowest_max_freq_khz) + " kHz");
    std::string chain = EpisodeChain(e);
    if (!chain.empty()) line("     chain: " + chain);
    if (e.attribution) {
      // Judged by the capture from the window (lib/causes/causes.json).
      const bundle::Attribution& why = *e.attribution;
      line("     why: " + st("1;36", Clean(why.cause.empty() ? "—" : why.cause, 30)) + " — " + Clean(why.title, 160));
      size_t k = 0;
      for (const bundle::Evidence& ev : why.evidence) {
        if (k++ == 8) {
          line("       … " + std::to_string(why.evidence.size() - 8) + " more (tempmon-report export --json)");
          break;
        }
        line("       · " + Clean(ev.text, 200));
      }
      std::string missing;
      for (const std::string& m : why.missing) missing += (missing.empty() ? "" : "; ") + m;
      if (!missing.empty()) line("       missing: " + Clean(missing, 400));
      line("     what to do: " + Clean(why.what_to_do, 400));
    }
    if (n == kMaxListed && c.episodes.size() > n) {
      line("  … " + std::to_string(c.episodes.size() - n) + " more (tempmon-report export --json)");
      break;
    }
  }
  line("");

  line(st("1", "First kernel errors (level ≤ 3: " + std::to_string(a.errors.size()) + ")"));
  if (a.errors.empty()) line("  none");
  for (size_t i = 0; i < a.errors.size() && i < kMaxListed; ++i)
    line("  " + Pad(RelTime(a.errors[i]->ts_us * 1000, a.origin_ns), 12) + "<" +
         std::to_string(a.errors[i]->level) + "> " + Clean(a.errors[i]->text, 140));
  line("");

  size_t ok = 0;
  for (const Collector& k : c.collectors) ok += k.status == "ok";
  line(st("1", "Collectors") + " (" + std::to_string(ok) + " of " + std::to_string(c.collectors.size()) + " ok)");
  for (const Collector& k : c.collectors) {
    if (k.status == "ok") continue;
    char ms[32];
    std::snprintf(ms, sizeof ms, "%.1f ms", k.duration_ms);
    line("  " + Pad(Clean(k.name, 23), 24) + st("31", Pad(Clean(k.status, 9), 10)) + Pad(ms, 11) + Clean(k.message));
  }
  const Losses& l = c.losses;
  uint64_t lost = l.ring_overwritten + l.ring_torn + l.ring_dropped_frozen + l.bpf_dropped + l.kmsg_dropped;
  std::string losses = "ring overwritten " + std::to_string(l.ring_overwritten) + ", torn " +
                       std::to_string(l.ring_torn) + ", dropped while frozen " +
                       std::to_string(l.ring_dropped_frozen) + ", bpf dropped " + std::to_string(l.bpf_dropped) +
                       ", kmsg dropped " + std::to_string(l.kmsg_dropped);
  line("Losses:   " + (lost ? st("33", losses) : "none (" + losses + ")"));
  return o;
}

}  // namespace tempmon::bundle
