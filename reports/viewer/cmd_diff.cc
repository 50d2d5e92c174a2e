// diff A B: what changed between two captures (before/after a fix).
#include <cstdio>
#include <map>
#include <string>

#include "tempmon/bundle/analysis.h"
#include "tempmon/bundle/records.h"
#include "tempmon/bundle/bundle.h"
#include "commands.h"
#include "tempmon/bundle/json_fields.h"
#include "tempmon/bundle/terminal_safe.h"

namespace tempmon::report {
namespace {

struct Digest {
  std::map<std::string, bundle::SensorStats> sensors;
  size_t episodes = 0, open_episodes = 0;
  uint64_t episode_ns = 0;
  size_t errors = 0;
  std::map<std::string, size_t> signatures;
  std::string rejudged;  // Analysis::rejudged
};

Digest Summarize(const bundle::Contents& c) {
  Digest d;
  bundle::Analysis a = bundle::Analyze(c);
  for (const auto& s : a.sensors) d.sensors[s.name] = s;
  for (const bundle::Episode& e : c.episodes) {
    ++d.episodes;
    if (e.Open()) ++d.open_episodes;
    d.episode_ns += e.duration_ns.value_or(0);
  }
  d.errors = a.errors.size();
  for (const auto& f : a.findings) ++d.signatures[f.signature];
  d.rejudged = a.rejudged;
  return d;
}

std::string Count(size_t a, size_t b) {
  long d = static_cast<long>(b) - static_cast<long>(a);
  return (d > 0 ? "+" : "") + std::to_string(d);
}

std::string Delta(double a, double b, const char* unit, double scale) {
  char buf[64];
  std::snprintf(buf, sizeof buf, "%+.1f %s", (b - a) / scale, unit);
  return buf;
}

// Every row passes the terminal filter: sensor names and signatures come from the bundles.
void Row(const std::string& what, const std::string& a, const std::string& b, const std::string& delta) {
  std::printf("  %-34s %-14s %-14s %s\n", bundle::TerminalSafe(what, 80).c_str(), a.c_str(), b.c_str(),
              delta.c_str());
}

}  // namespace

int Diff(const std::filesystem::path& pa, const std::filesystem::path& pb, const bundle::ReadLimits& limits) {
  bundle::Contents ca = bundle::Read(pa, limits);
  bundle::Contents cb = bundle::Read(pb, limits);
  Digest a = Summarize(ca), b = Summarize(cb);
  using bundle::TerminalSafe;
  std::printf("A: %s (%s, trigger %s)\nB: %s (%s, trigger %s)\n\n", TerminalSafe(pa.string()).c_str(),
              TerminalSafe(ca.host, 80).c_str(), TerminalSafe(ca.trigger.kind, 40).c_str(),
              TerminalSafe(pb.string()).c_str(), TerminalSafe(cb.host, 80).c_str(),
              TerminalSafe(cb.trigger.kind, 40).c_str());
  Row("", "A", "B", "B - A");
  std::map<std::string, bool> names;
  for (const auto& [n, s] : a.sensors) names[n] = true;
  for (const auto& [n, s] : b.sensors) names[n] = true;
  for (const auto& [n, unused] : names) {
    auto ia = a.sensors.find(n), ib = b.sensors.find(n);
    bool ha = ia != a.sensors.end() && ia->second.count, hb = ib != b.sensors.end() && ib->second.count;
    // Each value in its own unit (a clock or a power is no temperature); a
    // sensor whose unit differs between A and B has no delta.
    const std::string ua = ha ? ia->second.unit : "", ub = hb ? ib->second.unit : "";
    Row("peak " + n, ha ? bundle::FormatValue(ia->second.max_mc, ua) : "—",
        hb ? bundle::FormatValue(ib->second.max_mc, ub) : "—",
        ha && hb && ua == ub ? Delta(ia->second.max_mc, ib->second.max_mc, ua == bundle::kCelsiusUnit ? "°C" : ua.c_str(), 1000)
                             : "");
    bool ta = ha && ia->second.threshold_mc, tb = hb && ib->second.threshold_mc;
    if (ta || tb)
      Row("above threshold " + n, ta ? bundle::Duration(ia->second.above_ns) : "—",
          tb ? bundle::Duration(ib->second.above_ns) : "—",
          ta && tb ? Delta(static_cast<double>(ia->second.above_ns), static_cast<double>(ib->second.above_ns), "s", 1e9)
                   : "");
  }
  Row("throttle episodes", std::to_string(a.episodes), std::to_string(b.episodes),
      Count(a.episodes, b.episodes));
  Row("  still open at capture", std::to_string(a.open_episodes), std::to_string(b.open_episodes), "");
  Row("  total duration (closed)", bundle::Duration(a.episode_ns), bundle::Duration(b.episode_ns),
      Delta(static_cast<double>(a.episode_ns), static_cast<double>(b.episode_ns), "s", 1e9));
  Row("kernel errors (level <= 3)", std::to_string(a.errors), std::to_string(b.errors),
      Count(a.errors, b.errors));
  std::map<std::string, bool> sigs;
  for (const auto& [s, n] : a.signatures) sigs[s] = true;
  for (const auto& [s, n] : b.signatures) sigs[s] = true;
  for (const auto& [s, unused] : sigs) {
    size_t na = a.signatures.count(s) ? a.signatures[s] : 0, nb = b.signatures.count(s) ? b.signatures[s] : 0;
    Row("  " + s, std::to_string(na), std::to_string(nb),
        Count(na, nb));
  }
  // Whose verdicts the signature rows are, when not the captures' own.
  if (!a.rejudged.empty()) std::printf("  A: %s\n", bundle::TerminalSafe(a.rejudged, 200).c_str());
  if (!b.rejudged.empty()) std::printf("  B: %s\n", bundle::TerminalSafe(b.rejudged, 200).c_str());
  return kOk;
}

}  // namespace tempmon::report
