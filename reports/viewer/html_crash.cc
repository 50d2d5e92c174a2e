#include "html_crash.h"

#include "tempmon/bundle/records.h"
#include "tempmon/bundle/samples_csv.h"

namespace tempmon::report {
namespace {

using nlohmann::json;

double Sec(uint64_t t, uint64_t origin) {
  return t >= origin ? static_cast<double>(t - origin) / 1e9 : -static_cast<double>(origin - t) / 1e9;
}

}  // namespace

json HtmlCrashData(const bundle::Contents& c, uint64_t origin_ns) {
  if (c.trigger.kind != "crash" || !c.crash) return nullptr;
  const bundle::Crash& cr = *c.crash;
  json tail = json::array();
  for (const auto& t : cr.tail) {
    std::string name = "sensor " + std::to_string(t.id);
    for (const auto& s : c.sensors)
      if (s.id == t.id) name = s.name;
    tail.push_back({{"sensor", name},
                    {"full", t.full_samples},
                    {"full_from", t.full_from_ns ? json(Sec(*t.full_from_ns, origin_ns)) : json(nullptr)},
                    {"sums", t.summaries},
                    {"sum_from", t.summary_from_ns ? json(Sec(*t.summary_from_ns, origin_ns)) : json(nullptr)},
                    {"interval", t.interval_ns ? json(static_cast<double>(*t.interval_ns) / 1e9) : json(nullptr)}});
  }
  // The summaries on the timeline: one min..max box per interval.
  json sums = json::array();
  for (const bundle::Event& e : c.events) {
    const auto* t = std::get_if<bundle::TailSummaryEvent>(&e);
    if (!t) continue;
    const bundle::TailSummaryEvent& s = *t;
    sums.push_back({{"id", s.sensor},
                    {"t", Sec(s.ts_ns, origin_ns)},
                    {"w", static_cast<double>(s.interval_ns) / 1e9},
                    {"n", s.n},
                    {"min", s.min_mc},
                    {"max", s.max_mc},
                    {"mean", s.mean_mc},
                    {"flags", s.flags}});
  }
  return {{"reason", cr.reason},
          {"headline", cr.headline},
          {"t", Sec(c.trigger.ts_ns, origin_ns)},
          {"wall_time", c.trigger.wall_ns ? bundle::IsoTime(c.trigger.wall_ns) : ""},
          {"boot_id", cr.boot_id},
          {"report", cr.report},
          {"modules", cr.modules},
          {"sources", cr.sources},
          {"tail_bytes", cr.tail_bytes ? json(*cr.tail_bytes) : json(nullptr)},
          {"tail", tail},
          {"sums", sums}};
}

const char* const kHtmlCrashCard = R"HTML(
<div class="card crash" id="c-crash" hidden><h2>Crash</h2>
<p id="crash-head"></p><div id="crash-tail"></div>
<pre class="mono" id="crash-report"></pre><p class="hint" id="crash-src"></p></div>
)HTML";

const char* const kHtmlCrashJs = R"JS(
// ---- a crash bundle: the crash first, and on every plot ----
const CR = D.crash || null;
function renderCrash() {
  if (!CR) return;
  $("c-crash").hidden = false;
  $("h-badges").append(el("span", {class: "badge b-hot"}, "crash: " + CR.reason));
  $("crash-head").append(el("b", null, CR.reason + ": "), CR.headline,
    el("br"), "at " + (CR.wall_time || DASH) + " \u00b7 crashed boot " + (CR.boot_id || "unknown"));
  table($("crash-tail"), ["sensor", "full rate", "from", "summaries", "from", "interval"],
    CR.tail.map(t => [t.sensor, t.full, S(t.full_from), t.sums, S(t.sum_from), t.interval === null ? DASH : t.interval + " s"]));
  $("crash-report").textContent = CR.report.length ? CR.report.join("\n") : "(the kernel's report is not in the records)";
  $("crash-src").textContent = (CR.modules.length ? "modules: " + CR.modules.join(" ") + " \u00b7 " : "") +
    "from " + CR.sources.join(", ") + (CR.tail_bytes === null ? "" : " \u00b7 tail budget " + CR.tail_bytes + " bytes");
  document.body.dataset.crash = CR.reason;
}
// The plot's value range widened to the visible summaries (their peaks may
// lie outside the full-rate records).
function crashYRange(p, lo, hi) {
  if (!CR) return [lo, hi];
  for (const s of CR.sums) { const se = p.series.find(x => x.s.id === s.id);
    if (se && se.on && s.t + s.w >= view[0] && s.t <= view[1]) { lo = Math.min(lo, s.min / 1000); hi = Math.max(hi, s.max / 1000); } }
  return [lo, hi];
}
function drawCrash(p, ctx, X, Y) {
  if (!CR) return;
  // The summaries: min..max of each interval, in the sensor's colour.
  for (const s of CR.sums) { const se = p.series.find(x => x.s.id === s.id); if (!se || !se.on) continue;
    const a = X(s.t), b = X(s.t + s.w); if (b < PAD.l || a > p.W - PAD.r) continue;
    ctx.fillStyle = se.color; ctx.globalAlpha = 0.22;
    ctx.fillRect(a, Y(s.max / 1000), Math.max(1, b - a - 1), Math.max(1, Y(s.min / 1000) - Y(s.max / 1000)));
    ctx.globalAlpha = 1; ctx.strokeStyle = se.color; ctx.beginPath();
    ctx.moveTo(a, Y(s.mean / 1000)); ctx.lineTo(Math.max(a + 1, b - 1), Y(s.mean / 1000)); ctx.stroke(); }
  // The crash: a solid red line and its name.
  const px = X(CR.t); ctx.strokeStyle = "#c62828"; ctx.lineWidth = 2;
  ctx.beginPath(); ctx.moveTo(px, PAD.t); ctx.lineTo(px, p.H - PAD.b); ctx.stroke(); ctx.lineWidth = 1;
  ctx.fillStyle = "#c62828"; ctx.textAlign = "right"; ctx.textBaseline = "top"; ctx.fillText("crash (" + CR.reason + ")", px - 4, PAD.t + 2);
}
)JS";

}  // namespace tempmon::report
