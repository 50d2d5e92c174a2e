#include "tempmon/bundle/analysis.h"

#include <algorithm>
#include <cctype>
#include <cstdio>
#include <map>
#include <regex>
#include <unordered_map>

#include "tempmon/bundle/sha256.h"

namespace tempmon::bundle {
namespace {

constexpr uint16_t kMarkerFlag = 1u << 7;  // TEMPMON_F_MARKER: not a temperature
constexpr uint16_t kThrottlingFlag = 1u << 0;
constexpr uint16_t kPowerCapFlag = 1u << 10;  // TEMPMON_F_POWER_CAP

std::string FormatNs(uint64_t ns, bool sign, bool neg) {
  char buf[64];
  double s = static_cast<double>(ns) / 1e9;
  std::snprintf(buf, sizeof buf, "%s%.3f s", sign ? (neg ? "-" : "+") : "", s);
  return buf;
}

}  // namespace

std::string SignatureLabel(const signatures::Match& m) {
  if (!m) return {};
  return m.code >= 0 ? m.id + " " + std::to_string(m.code) : m.id;
}

std::string MatchSignature(std::string_view t) { return SignatureLabel(signatures::Classify(t)); }

std::string FindingHeadline(const KernelFinding& f) {
  const signatures::Burst& b = f.burst;
  std::string s = b.match.Headline();
  if (b.n > 1) s += " (n=" + std::to_string(b.n) + " over " + Duration(b.last_ns - b.first_ns) + ")";
  for (const auto& [k, v] : b.match.fields) s += " " + k + "=" + v;
  if (!b.benign_in_context.empty()) s += " [benign in context: " + b.benign_in_context + "]";
  if (f.found_at_start) s += " [found at start]";
  if (b.match.test) s += " [TEST]";
  return s;
}

bool IsTestBundle(const Contents& c) {
  if (c.trigger.reason.find("--test-signature") != std::string::npos) return true;
  for (const Event& e : c.events)
    if (const auto* m = std::get_if<KmsgMatchEvent>(&e); m && m->test) return true;
  return false;
}

const std::string& CatalogueIdentity() {
  static const std::string id = "sha256:" + Sha256Hex(signatures::CatalogueText());
  return id;
}

std::string ShortIdentity(std::string_view id) {
  // The bundle's value is untrusted: cut to "sha256:" and 12 digits, and
  // any byte that is not printable ASCII shown as '?', so the line is
  // valid UTF-8 and safe on a terminal whatever the manifest held.
  std::string out(id.substr(0, 7 + 12));
  for (char& ch : out)
    if (ch < 0x20 || ch > 0x7e) ch = '?';
  return out;
}

Verdict Judge(const KmsgRecord& k, signatures::Tracker& t) {
  Verdict v;
  v.match = signatures::ClassifyRecord(k.text, k.facility);
  if (!v.match) return v;
  const auto added = t.Add(v.match, k.ts_us * 1000, std::string_view(k.text).substr(0, k.text.find('\n')), k.seq);
  v.burst = added.burst;
  v.first = added.first;
  return v;
}

std::vector<KmsgMatchEvent> JudgeKernelLog(std::vector<KmsgRecord>& log) {
  // Every burst is kept: a log is bounded by its reader, and an evicted
  // burst would leave its lines naming an event the bundle lacks.
  signatures::Tracker t(60, SIZE_MAX);
  for (KmsgRecord& k : log)
    if (const Verdict v = Judge(k, t)) k.burst = v.burst->first_seq;
  std::vector<KmsgMatchEvent> events;
  for (const signatures::Burst& b : t.bursts()) events.push_back(ToMatchEvent(b));
  return events;
}

KmsgMatchEvent ToMatchEvent(const signatures::Burst& b) {
  const signatures::Match& m = b.match;
  KmsgMatchEvent e;
  e.ts_ns = b.first_ns;
  e.last_ts_ns = b.last_ns;
  e.n = b.n;
  e.first_seq = b.first_seq;
  e.signature = m.id;
  e.cls = m.cls;
  e.vendor = m.vendor;
  e.severity = m.severity;
  e.triggers = m.trigger;
  if (m.code >= 0) e.code = m.code;
  e.device = m.device;
  e.name = m.name;
  e.mnemonic = m.mnemonic;
  e.meaning = m.meaning;
  e.action = m.action;
  e.fields = m.fields;
  e.text = b.first_text;
  e.last_text = b.last_text;
  e.benign_in_context = b.benign_in_context;
  e.test = m.test;
  e.found_at_start = b.found_at_start;
  return e;
}

signatures::Burst FromMatchEvent(const KmsgMatchEvent& e) {
  signatures::Burst b;
  signatures::Match& m = b.match;
  m.id = e.signature;
  m.cls = e.cls;
  m.vendor = e.vendor;
  m.severity = e.severity;
  m.trigger = e.triggers;
  m.code = e.code && *e.code >= 0 ? *e.code : -1;
  m.device = e.device;
  m.name = e.name;
  m.mnemonic = e.mnemonic;
  m.meaning = e.meaning;
  m.action = e.action;
  m.fields = e.fields;
  m.test = e.test;
  b.n = std::max<uint64_t>(1, e.n);
  b.first_ns = e.ts_ns;
  b.last_ns = std::max(e.ts_ns, e.last_ts_ns);
  b.first_text = e.text;
  b.last_text = e.last_text;
  b.benign_in_context = e.benign_in_context;
  b.found_at_start = e.found_at_start;
  b.first_seq = e.first_seq;
  return b;
}

std::string RelTime(uint64_t t, uint64_t origin) {
  return t >= origin ? FormatNs(t - origin, true, false) : FormatNs(origin - t, true, true);
}

std::string Celsius(std::optional<int64_t> mc) {
  if (!mc) return "—";
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.1f °C", static_cast<double>(*mc) / 1000.0);
  return buf;
}

std::string FormatValue(std::optional<int64_t> milli, const std::string& unit) {
  if (!milli) return "—";
  if (unit == kCelsiusUnit) return Celsius(milli);
  const double v = static_cast<double>(*milli) / 1000.0;
  char buf[64];
  // Clocks and fan speeds are whole numbers; power keeps its tenths.
  if (unit == "MHz" || unit == "RPM")
    std::snprintf(buf, sizeof buf, "%.0f %s", v, unit.c_str());
  else if (unit == "W")
    std::snprintf(buf, sizeof buf, "%.1f %s", v, unit.c_str());
  else
    std::snprintf(buf, sizeof buf, "%.3f %s", v, unit.c_str());
  return buf;
}

std::string Duration(uint64_t ns) {
  char buf[32];
  if (ns >= 1'000'000'000)
    std::snprintf(buf, sizeof buf, "%.3f s", static_cast<double>(ns) / 1e9);
  else if (ns >= 1'000'000)
    std::snprintf(buf, sizeof buf, "%.1f ms", static_cast<double>(ns) / 1e6);
  else
    std::snprintf(buf, sizeof buf, "%.0f µs", static_cast<double>(ns) / 1e3);
  return buf;
}

Analysis Analyze(const Contents& c) {
  Analysis a;
  a.origin_ns = c.trigger.ts_ns ? c.trigger.ts_ns : c.window_start_mono_ns;
  std::map<uint16_t, size_t> index;
  for (const Sensor& s : c.sensors) {
    index[s.id] = a.sensors.size();
    a.sensors.push_back({s.id, s.name, s.kind, s.threshold_mc});
    a.sensors.back().unit = s.unit;
  }
  std::vector<double> sums(a.sensors.size());
  std::vector<const Sample*> prev(a.sensors.size());
  // Per sample a sensor is found in a table by id: a map lookup would cost
  // as much as the rest of the loop.
  std::vector<int32_t> slot(size_t{UINT16_MAX} + 1, -1);
  for (const auto& [id, k] : index) slot[id] = static_cast<int32_t>(k);
  for (const Sample& s : c.samples) {
    if (s.flags & kMarkerFlag) continue;
    if (slot[s.sensor] < 0) {
      index[s.sensor] = a.sensors.size();
      slot[s.sensor] = static_cast<int32_t>(a.sensors.size());
      a.sensors.push_back({s.sensor, "sensor" + std::to_string(s.sensor), "?", std::nullopt});
      sums.push_back(0);
      prev.push_back(nullptr);
    }
    const size_t k = static_cast<size_t>(slot[s.sensor]);
    SensorStats& st = a.sensors[k];
    if (st.count == 0 || s.temp_mc < st.min_mc) st.min_mc = s.temp_mc;
    if (st.count == 0 || s.temp_mc > st.max_mc) {
      st.max_mc = s.temp_mc;
      st.peak_mono_ns = s.ts_ns;
    }
    ++st.count;
    sums[k] += s.temp_mc;
    if (s.flags & kThrottlingFlag) ++st.flagged_throttling;
    const Sample*& p = prev[k];
    if (p && st.threshold_mc && p->temp_mc >= *st.threshold_mc && s.ts_ns > p->ts_ns)
      st.above_ns += s.ts_ns - p->ts_ns;
    if (p && (p->flags & kPowerCapFlag) && s.ts_ns > p->ts_ns) st.power_capped_ns += s.ts_ns - p->ts_ns;
    p = &s;
  }
  for (size_t i = 0; i < a.sensors.size(); ++i)
    if (a.sensors[i].count) a.sensors[i].mean_mc = sums[i] / static_cast<double>(a.sensors[i].count);
  for (const Sensor& s : c.sensors) {
    if (s.kind != "nvml") continue;
    auto key = [](const Sensor& x) { return !x.uuid.empty() ? x.uuid : !x.location.empty() ? x.location : x.name; };
    DeviceStats* d = nullptr;
    for (DeviceStats& x : a.devices)
      if (key(x.Identity()) == key(s)) d = &x;
    if (!d) d = &a.devices.emplace_back();
    if (s.IsTemperature() && !d->temp)
      d->temp = &s;
    else
      d->series.push_back(&s);
  }
  for (DeviceStats& d : a.devices) {
    if (!d.temp) continue;
    const SensorStats& t = a.sensors[index[d.temp->id]];
    d.power_capped_ns = t.power_capped_ns;
    if (!t.count) continue;
    d.peak_mc = t.max_mc;
    d.peak_mono_ns = t.peak_mono_ns;
    if (d.temp->threshold_mc) d.margin_mc = int64_t{*d.temp->threshold_mc} - t.max_mc;
  }
  for (const KmsgRecord& k : c.kmsg)
    if (k.level <= 3) a.errors.push_back(&k);
  if (!c.signature_catalogue.empty() && c.signature_catalogue == CatalogueIdentity()) {
    // The capture judged every line with this catalogue: its kmsg_match
    // events are the findings (they also count lines the kernel's buffer
    // lost before the bundle was written), each with its first line when
    // the kmsg member still holds it.
    std::unordered_map<uint64_t, const KmsgRecord*> by_seq;
    for (const KmsgRecord& k : c.kmsg)
      if (k.burst && *k.burst == k.seq) by_seq.emplace(k.seq, &k);
    for (const Event& e : c.events) {
      const auto* m = std::get_if<KmsgMatchEvent>(&e);
      if (!m) continue;
      signatures::Burst b = FromMatchEvent(*m);
      if (b.match.id.empty()) continue;
      const KmsgRecord* first = nullptr;
      if (b.first_seq)
        if (auto it = by_seq.find(*b.first_seq); it != by_seq.end()) first = it->second;
      const bool at_start = b.found_at_start;
      a.findings.push_back({SignatureLabel(b.match), std::move(b), first, at_start});
    }
  } else {
    // Written under another catalogue, or before bundles named theirs: the
    // kernel-log member is judged here, with this catalogue, and only it
    // (the capture's events hold the other catalogue's verdicts).
    a.rejudged = "kernel-log verdicts re-judged with catalogue " + ShortIdentity(CatalogueIdentity()) +
                 " (bundle: " +
                 (c.signature_catalogue.empty() ? std::string("none recorded")
                                                : ShortIdentity(c.signature_catalogue)) +
                 ")";
    signatures::Tracker tracker;
    std::map<const signatures::Burst*, const KmsgRecord*> first_record;
    for (const KmsgRecord& k : c.kmsg)
      if (const Verdict v = Judge(k, tracker); v && v.first) first_record[v.burst] = &k;
    for (const signatures::Burst& b : tracker.bursts()) {
      auto r = first_record.find(&b);
      a.findings.push_back({SignatureLabel(b.match), b, r != first_record.end() ? r->second : nullptr, false});
    }
  }
  std::stable_sort(a.findings.begin(), a.findings.end(), [](const KernelFinding& x, const KernelFinding& y) {
    int rx = signatures::SeverityRank(x.burst.match.severity), ry = signatures::SeverityRank(y.burst.match.severity);
    if (rx != ry) return rx > ry;
    return x.burst.first_ns < y.burst.first_ns;
  });
  return a;
}

namespace {

// "0000:02:00" from "0000:02:00.0", "0000:02:00" or "00000000:02:00.0"
// (NVIDIA prints a 4- or 8-digit domain): domain, bus and device, the
// part a GPU's lines share with the kernel's PCI lines.
std::string BusDevice(std::string_view dev) {
  size_t dot = dev.rfind('.');
  std::string_view s = dev.substr(0, dot);
  size_t c1 = s.find(':');
  if (c1 == std::string_view::npos || s.find(':', c1 + 1) == std::string_view::npos) return {};
  std::string_view domain = s.substr(0, c1);
  while (domain.size() > 4 && domain.front() == '0') domain.remove_prefix(1);
  std::string out = std::string(domain) + std::string(s.substr(c1));
  for (char& ch : out) ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
  return out;
}

bool IsPcieFault(const KernelFinding& f) {
  return f.burst.match.cls == "pcie" && signatures::SeverityRank(f.burst.match.severity) >= 3;
}

}  // namespace

namespace {

// Classes whose first line opens a multi-line kernel report.
bool OpensReport(const signatures::Match& m) {
  for (const char* cls : {"cpu_lockup", "hung_task", "rcu_stall", "oops", "panic"})
    if (m.cls == cls) return true;
  return false;
}

// A record that belongs to a kernel report, by its shape: what
// dump_stack(), show_regs(), __show_regs(), print_modules() and the
// lockup, hung-task and RCU reporters print after their first line, on the
// architectures the catalogue knows.
bool ReportShaped(std::string_view m) {
  static const std::regex re(
      R"(^(?:CPU: \d|Hardware name:|RIP:|RSP:|R[A-Z0-9]{2}:|FS: |CS: |CR2:|Code:|Call [Tt]race:|)"
      R"(Modules linked in:|Workqueue:|task:|Stack:|PC is at|LR is at|pc ?:|lr ?:|sp ?:|x\d+ ?:|pstate:|)"
      R"(#PF:|PGD |Oops|Sending NMI|NMI backtrace|Kernel Offset:|Tainted:|Not tainted|"echo 0 >|)"
      R"(Showing |INFO: |rcu: |\(detected by|irq event stamp|hardirqs |softirqs |epc ?:|ra ?:|status:|)"
      R"(GPR\d|NIP|LR:|CTR:|MSR:|CFAR|REGS:|Process |Exception stack|Backtrace:|---\[ (?:end|cut here)|)"
      R"(<(?:/?TASK|/?IRQ|/?NMI|/?EOI|/?EOE)>|\? \S+\+0x|\[<[0-9a-f]+>\]|[\w.$]+\+0x[0-9a-f]+/0x[0-9a-f]+|)"
      R"(\S+ +[RSDTIX] +(?:running task|\d))"
      R"())");
  return std::regex_search(m.begin(), m.end(), re);
}

}  // namespace

KernelReport ReportOf(const Contents& c, const KernelFinding& f) {
  KernelReport r;
  if (!f.record || !OpensReport(f.burst.match)) return r;
  const KmsgRecord* first = f.record;
  const size_t start = static_cast<size_t>(first - c.kmsg.data());
  if (start >= c.kmsg.size()) return r;
  r.lines.push_back(first);
  for (size_t i = start + 1; i < c.kmsg.size(); ++i) {
    const KmsgRecord& k = c.kmsg[i];
    if (k.ts_us < first->ts_us || k.ts_us - first->ts_us > kReportWindowUs) break;
    if (k.facility != signatures::kKernelFacility) continue;
    const std::string_view line = std::string_view(k.text).substr(0, k.text.find('\n'));
    // Another fault's own line ends the report; the same signature again
    // ("Oops: 0002 [#1]" after "BUG: kernel NULL pointer ...") is part of it.
    if (const signatures::Match m2 = signatures::Classify(line); m2 && m2.Key() != f.burst.match.Key()) break;
    // Leading spaces of stack frames are the kernel's; the shape is in the words.
    std::string_view m = signatures::StripPrefixes(line.substr(0, signatures::kMaxMatchBytes));
    if (!ReportShaped(m)) continue;  // an unrelated line printed meanwhile
    if (r.lines.size() == kReportMaxLines) {
      r.cut = true;
      break;
    }
    r.lines.push_back(&k);
    if (m.substr(0, 9) == "---[ end ") break;
  }
  return r;
}

std::vector<Incident> LinkIncidents(const Analysis& a, const Contents& c) {
  std::vector<Incident> out;
  const uint64_t window = static_cast<uint64_t>(kIncidentWindowS * 1e9);
  for (const KernelFinding& gpu : a.findings) {
    if (gpu.burst.match.cls != "gpu_lost") continue;
    const std::string bd = BusDevice(gpu.burst.match.device);
    if (bd.empty()) continue;
    for (const KernelFinding& port : a.findings) {
      if (!IsPcieFault(port)) continue;
      const uint64_t t0 = std::min(port.burst.first_ns, gpu.burst.first_ns);
      const uint64_t t1 = std::max(port.burst.first_ns, gpu.burst.first_ns);
      if (t1 - t0 > window) continue;
      // The AER line itself names the GPU as the error's source.
      std::string link;
      const std::string_view port_line = signatures::StripPrefixes(port.burst.first_text);
      for (std::string_view marker : {"received from ", "error received: "}) {
        size_t at = port_line.find(marker);
        if (at != std::string_view::npos &&
            BusDevice(port_line.substr(at + marker.size(), port_line.find_first_of(" ,", at + marker.size()) -
                                                               (at + marker.size()))) == bd)
          link = std::string(port_line);
      }
      // Or the kernel's AER handling names the GPU in between.
      for (size_t i = 0; link.empty() && i < c.kmsg.size(); ++i) {
        const KmsgRecord& k = c.kmsg[i];
        if (k.facility != signatures::kKernelFacility) continue;
        const uint64_t t = k.ts_us * 1000;
        if (t + window < t0 || t > t1 + window) continue;
        std::string_view m = signatures::StripPrefixes(std::string_view(k.text).substr(0, k.text.find('\n')));
        size_t sp = m.find(' ');
        if (sp == std::string_view::npos || sp > 32) continue;
        size_t colon = m.find(": ", sp);
        if (colon == std::string_view::npos || BusDevice(m.substr(sp + 1, colon - sp - 1)) != bd) continue;
        std::string_view rest = m.substr(colon + 2);
        if (rest.substr(0, 4) == "AER:" || rest.find("AER-aware") != std::string_view::npos ||
            rest.find("error_detected") != std::string_view::npos)
          link = std::string(m);
      }
      if (!link.empty()) out.push_back({&port, &gpu, link});
    }
  }
  return out;
}

}  // namespace tempmon::bundle
