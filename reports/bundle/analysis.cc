#include "analysis.h"

#include <algorithm>
#include <cctype>
#include <cstdio>
#include <map>

namespace tempmon::bundle {
namespace {

constexpr uint16_t kMarkerFlag = 1u << 7;  // TEMPMON_F_MARKER: not a temperature
constexpr uint16_t kThrottlingFlag = 1u << 0;

bool Contains(std::string_view h, std::string_view n) { return h.find(n) != std::string_view::npos; }

// Number right after `at` (skipping spaces), or -1.
long NumberAt(std::string_view s, size_t at) {
  while (at < s.size() && s[at] == ' ') ++at;
  long v = -1;
  while (at < s.size() && std::isdigit(static_cast<unsigned char>(s[at]))) {
    v = (v < 0 ? 0 : v) * 10 + (s[at] - '0');
    if (v > 1000000) return -1;
    ++at;
  }
  return v;
}

std::string FormatNs(uint64_t ns, bool sign, bool neg) {
  char buf[64];
  double s = static_cast<double>(ns) / 1e9;
  std::snprintf(buf, sizeof buf, "%s%.3f s", sign ? (neg ? "-" : "+") : "", s);
  return buf;
}

}  // namespace

std::string MatchSignature(std::string_view t) {
  // NVRM: Xid (PCI:0000:01:00): 79, pid=..., GPU has fallen off the bus.
  // Only the line's own Xid counts, never "caused by previous Xid N".
  if (size_t p = t.find("NVRM: Xid"); p != std::string_view::npos) {
    size_t close = t.find("):", p);
    long xid = close != std::string_view::npos ? NumberAt(t, close + 2) : -1;
    if (xid < 0) xid = NumberAt(t, p + 9);
    return xid >= 0 ? "NVRM Xid " + std::to_string(xid) : "NVRM Xid";
  }
  if (Contains(t, "soft lockup - CPU#")) return "soft lockup";
  if (Contains(t, "hard LOCKUP")) return "hard lockup";
  if (Contains(t, "blocked for more than") && Contains(t, "INFO: task ")) return "hung task";
  if (Contains(t, "rcu") && (Contains(t, "detected stall") || Contains(t, "self-detected stall")))
    return "RCU stall";
  if (Contains(t, "amdgpu") && Contains(t, "ring") && Contains(t, "timeout")) return "amdgpu ring timeout";
  if (Contains(t, "GPU HANG")) return "i915 GPU HANG";
  if (Contains(t, "Kernel panic - not syncing")) return "kernel panic";
  if (Contains(t, "temperature above threshold, cpu clock throttled")) return "CPU thermal throttle";
  if (Contains(t, "critical temperature reached")) return "critical temperature";
  return {};
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
  a.origin_ns = c.trigger.mono_ns ? c.trigger.mono_ns : c.window_start_mono_ns;
  std::map<uint16_t, size_t> index;
  for (const Sensor& s : c.sensors) {
    index[s.id] = a.sensors.size();
    a.sensors.push_back({s.id, s.name, s.kind, s.threshold_mc});
  }
  std::vector<double> sums(a.sensors.size());
  std::vector<const Sample*> prev(a.sensors.size());
  for (const Sample& s : c.samples) {
    if (s.flags & kMarkerFlag) continue;
    auto it = index.find(s.sensor);
    if (it == index.end()) {
      index[s.sensor] = a.sensors.size();
      a.sensors.push_back({s.sensor, "sensor" + std::to_string(s.sensor), "?", std::nullopt});
      sums.push_back(0);
      prev.push_back(nullptr);
      it = index.find(s.sensor);
    }
    SensorStats& st = a.sensors[it->second];
    if (st.count == 0 || s.temp_mc < st.min_mc) st.min_mc = s.temp_mc;
    if (st.count == 0 || s.temp_mc > st.max_mc) {
      st.max_mc = s.temp_mc;
      st.peak_mono_ns = s.mono_ns;
    }
    ++st.count;
    sums[it->second] += s.temp_mc;
    if (s.flags & kThrottlingFlag) ++st.flagged_throttling;
    const Sample*& p = prev[it->second];
    if (p && st.threshold_mc && p->temp_mc >= *st.threshold_mc && s.mono_ns > p->mono_ns)
      st.above_ns += s.mono_ns - p->mono_ns;
    p = &s;
  }
  for (size_t i = 0; i < a.sensors.size(); ++i)
    if (a.sensors[i].count) a.sensors[i].mean_mc = sums[i] / static_cast<double>(a.sensors[i].count);
  for (const KmsgRecord& k : c.kmsg) {
    if (k.level <= 3) a.errors.push_back(&k);
    std::string sig = MatchSignature(k.text);
    if (!sig.empty()) a.findings.push_back({sig, &k});
  }
  return a;
}

}  // namespace tempmon::bundle
