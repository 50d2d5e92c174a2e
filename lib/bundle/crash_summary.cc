#include "tempmon/bundle/crash_summary.h"

#include <algorithm>
#include <map>
#include <vector>

#include "tempmon/bundle/analysis.h"
#include "tempmon/bundle/records.h"
#include "tempmon/bundle/samples_csv.h"
#include "tempmon/bundle/terminal_safe.h"

namespace tempmon::bundle {
namespace {

constexpr size_t kReportLines = 40;   // the rest is in manifest.json
constexpr size_t kSummaryRows = 8;    // per sensor, the last before the full-rate records
constexpr size_t kLastRecords = 5;    // per sensor, the last before the crash

std::string Clean(std::string_view s, size_t max = 200) { return TerminalSafe(s, max); }

}  // namespace

std::string RenderCrashSummary(const Contents& c, uint64_t origin_ns,
                               const std::function<std::string(const char*, const std::string&)>& st) {
  if (c.trigger.kind != "crash" || !c.crash) return {};
  const Crash& cr = *c.crash;
  std::string o;
  auto line = [&o](const std::string& s) { o += s + "\n"; };
  line(st("1;31", "Crash:    " + Clean(cr.reason.empty() ? "—" : cr.reason, 20)) + " — " +
       Clean(cr.headline.empty() ? "—" : cr.headline));
  line("          at " + (c.trigger.wall_ns ? IsoTime(c.trigger.wall_ns) : std::string("—")) + " in boot " +
       Clean(cr.boot_id.empty() ? "unknown" : cr.boot_id, 40) + "; written in boot " + Clean(c.boot_id, 40));
  if (!cr.modules.empty()) {
    std::string m;
    for (const auto& x : cr.modules) m += (m.empty() ? "" : " ") + x;
    line("          modules: " + Clean(m, 300));
  }
  line(st("1", "Report") + " (" + std::to_string(cr.report.size()) + " lines)");
  if (cr.report.empty()) line("  the kernel's report is not in the records");
  for (size_t i = 0; i < cr.report.size() && i < kReportLines; ++i) line("  " + Clean(cr.report[i], 160));
  if (cr.report.size() > kReportLines)
    line("  … " + std::to_string(cr.report.size() - kReportLines) + " more (manifest.json: crash.report)");

  // Each sensor up to the crash: the summaries' last intervals, the
  // full-rate records, the crash.
  std::map<uint16_t, std::vector<TailSummaryEvent>> sums;
  for (const Event& e : c.events)
    if (const auto* s = std::get_if<TailSummaryEvent>(&e)) sums[s->sensor].push_back(*s);
  for (const CrashTailSensor& t : cr.tail) {
    const Sensor* sensor = nullptr;
    for (const auto& s : c.sensors)
      if (s.id == t.id) sensor = &s;
    const std::string unit = sensor ? sensor->unit : std::string(kCelsiusUnit);
    const std::string name = sensor ? Clean(sensor->name, 31) : "sensor " + std::to_string(t.id);
    auto v = [&unit](int64_t x) { return FormatValue(x, unit); };
    line(st("1", "Up to the crash: " + name) + " — " + std::to_string(t.full_samples) + " records at full rate" +
         (t.full_from_ns ? " from " + RelTime(*t.full_from_ns, origin_ns) : "") + ", " + std::to_string(t.summaries) +
         " summaries" + (t.interval_ns ? " of " + Duration(*t.interval_ns) : "") +
         (t.summary_from_ns ? " from " + RelTime(*t.summary_from_ns, origin_ns) : ""));
    auto& s = sums[t.id];
    std::sort(s.begin(), s.end(), [](const auto& a, const auto& b) { return a.ts_ns < b.ts_ns; });
    if (s.size() > kSummaryRows) line("  … " + std::to_string(s.size() - kSummaryRows) + " earlier intervals");
    for (size_t i = s.size() > kSummaryRows ? s.size() - kSummaryRows : 0; i < s.size(); ++i)
      line("  " + RelTime(s[i].ts_ns, origin_ns) + "  " + std::to_string(s[i].n) + " samples  min " + v(s[i].min_mc) +
           "  mean " + v(s[i].mean_mc) + "  max " + v(s[i].max_mc) +
           (s[i].flags ? "  " + FlagNames(s[i].flags) : ""));
    std::vector<const Sample*> recs;
    for (const auto& x : c.samples)
      if (x.sensor == t.id && !(x.flags & (1u << 7))) recs.push_back(&x);
    if (!recs.empty()) {
      int64_t lo = recs[0]->temp_mc, hi = lo;
      for (const Sample* x : recs) lo = std::min<int64_t>(lo, x->temp_mc), hi = std::max<int64_t>(hi, x->temp_mc);
      line("  " + RelTime(recs.front()->ts_ns, origin_ns) + " … " + RelTime(recs.back()->ts_ns, origin_ns) + "  " +
           std::to_string(recs.size()) + " records  min " + v(lo) + "  max " + v(hi));
      bool marked = false;
      for (size_t i = recs.size() > kLastRecords ? recs.size() - kLastRecords : 0; i < recs.size(); ++i) {
        if (!marked && recs[i]->ts_ns > c.trigger.ts_ns) {
          line(st("1;31", "  ═══ crash " + RelTime(c.trigger.ts_ns, origin_ns) + " ═══"));
          marked = true;
        }
        line("  " + RelTime(recs[i]->ts_ns, origin_ns) + "  " + v(recs[i]->temp_mc) +
             (recs[i]->flags ? "  " + FlagNames(recs[i]->flags) : ""));
      }
      if (!marked) line(st("1;31", "  ═══ crash " + RelTime(c.trigger.ts_ns, origin_ns) + " ═══"));
    } else {
      line(st("1;31", "  ═══ crash " + RelTime(c.trigger.ts_ns, origin_ns) + " ═══"));
    }
  }
  line("");
  return o;
}

}  // namespace tempmon::bundle
