#include "html_page.h"

#include "html_crash.h"

#include "html_data.h"

namespace tempmon::report {
namespace {

constexpr const char* kCss = R"CSS(
:root{--bg:#f7f8fa;--fg:#1d2330;--mut:#667085;--card:#fff;--line:#e3e6ec;--hot:#c62828;--warn:#b26a00}
*{box-sizing:border-box}
body{margin:0;font:14px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;background:var(--bg);color:var(--fg)}
header{padding:14px 22px;background:#1d2330;color:#fff}
header h1{margin:0;font-size:18px;font-weight:600}
header .sub{color:#c9cfdb;font-size:13px;margin-top:2px}
.badge{display:inline-block;padding:1px 8px;border-radius:10px;font-size:12px;font-weight:600;margin-left:6px}
.b-hot{background:#fde2e2;color:var(--hot)}.b-warn{background:#fff1d6;color:var(--warn)}.b-ok{background:#e3f5e8;color:#1b7a3a}
main{padding:16px 22px;max-width:1600px}
.card{background:var(--card);border:1px solid var(--line);border-radius:8px;padding:12px 16px;margin-bottom:16px}
.card h2{font-size:15px;margin:0 0 8px}
.health h3{font-size:13px;margin:10px 0 4px}
.cooling h3{font-size:13px;margin:12px 0 4px}
svg.rchart{display:block;width:100%;max-width:720px;height:180px;margin:6px 0}
svg.rchart text{font:11px system-ui,sans-serif;fill:#667085}
#plotwrap{position:relative}
canvas{display:block;width:100%;height:360px;cursor:crosshair;touch-action:none}
canvas.aux{height:190px;margin-top:6px}
.toolbar{display:flex;gap:14px;align-items:center;flex-wrap:wrap;margin-bottom:6px;font-size:13px}
.toolbar button{font:inherit;padding:3px 10px;border:1px solid var(--line);border-radius:5px;background:#fff;cursor:pointer}
.legend label{margin-right:12px;white-space:nowrap;cursor:pointer}
.sw{display:inline-block;width:12px;height:3px;vertical-align:middle;margin-right:4px}
#tip{position:absolute;pointer-events:none;background:rgba(29,35,48,.93);color:#fff;padding:6px 8px;border-radius:5px;font-size:12px;max-width:520px;display:none;white-space:pre-wrap}
table{border-collapse:collapse;width:100%;font-size:13px}
th,td{text-align:left;padding:4px 8px;border-bottom:1px solid var(--line);vertical-align:top}
th{color:var(--mut);font-weight:600}
td.num{font-variant-numeric:tabular-nums;white-space:nowrap}
tr.err td{color:var(--hot)}
.mono{font-family:ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;font-size:12px;white-space:pre-wrap;word-break:break-all}
.grid{display:grid;grid-template-columns:repeat(auto-fit,minmax(420px,1fr));gap:16px}
.hint{color:var(--mut);font-size:12px}
)CSS";

constexpr const char* kJs = R"JS(
"use strict";
(function(){
const D = JSON.parse(document.getElementById("tm-data").textContent);
const $ = (id) => document.getElementById(id);
const DASH = "\u2014";
const COLORS = ["#1f77b4","#d62728","#2ca02c","#9467bd","#ff7f0e","#17becf","#8c564b","#e377c2","#7f7f7f","#bcbd22"];
const C = (mc) => (mc === undefined || mc === null) ? DASH : (mc / 1000).toFixed(1) + " \u00b0C";
const S = (s) => (s === undefined || s === null || !isFinite(s)) ? DASH : (s >= 0 ? "+" : "") + s.toFixed(3) + " s";
const dur = (ns) => { if (typeof ns !== "number" || !isFinite(ns)) return DASH;
  if (ns >= 1e9) return (ns / 1e9).toFixed(3) + " s"; if (ns >= 1e6) return (ns / 1e6).toFixed(1) + " ms";
  return (ns / 1e3).toFixed(0) + " \u00b5s"; };
const txt = (v) => (v === undefined || v === null) ? DASH : (typeof v === "object" ? JSON.stringify(v) : String(v));
function el(tag, attrs, ...kids) {
  const e = document.createElement(tag);
  if (attrs) for (const k in attrs) { if (k === "class") e.className = attrs[k]; else e.setAttribute(k, attrs[k]); }
  for (const k of kids) e.append(k instanceof Node ? k : document.createTextNode(txt(k)));
  return e;
}
// A finding's whole kernel report (registers, stack, modules) as one
// block under the findings table, closed until asked for.
function reportBlocks(host, findings) {
  for (const f of findings) {
    if (!f.report || f.report.length < 2) continue;
    host.append(el("details", {class: "report"}, el("summary", null, "kernel report: " + f.what.slice(0, 160) +
      " (" + f.report.length + " lines)"), el("pre", {class: "mono"}, f.report.join("\n"))));
  }
}
function table(host, head, rows, cls) {
  const t = el("table", null, el("tr", null, ...head.map(h => el("th", null, h))));
  rows.forEach((r, i) => { const tr = el("tr", cls ? {class: cls(i) || ""} : null);
    r.forEach(c => tr.append(c instanceof Node ? el("td", null, c) : el("td", typeof c === "number" ? {class: "num"} : null, c)));
    t.append(tr); });
  if (!rows.length) t.append(el("tr", null, el("td", {colspan: String(head.length)}, "none")));
  host.append(t);
}

// ---- header ----
const m = D.meta;
document.title = "tempmon \u2014 " + (m.host || "bundle") + " \u2014 " + (m.trigger.kind || DASH);
$("h-title").textContent = "tempmon report \u2014 " + (m.host || DASH);
$("h-sub").textContent = "kernel " + (m.kernel || DASH) + " \u00b7 tool " + (m.tool || DASH) + " \u00b7 module " +
  (m.module || DASH) + " \u00b7 boot " + (m.boot_id || DASH) + " \u00b7 " + m.samples + " samples";
$("h-trig").textContent = (m.trigger.kind || DASH) + ": " + (m.trigger.reason || DASH) + (m.trigger.wall_time ? " at " + m.trigger.wall_time : "");
if (m.redacted) $("h-badges").append(el("span", {class: "badge b-warn"}, "redacted"));
const hangs = D.findings;
if (m.rejudged) $("h-badges").append(el("span", {class: "badge b-warn"}, m.rejudged));
if (m.test) $("h-badges").append(el("span", {class: "badge b-warn"}, "TEST: tempmon-capture --test-signature, not a real fault"));
if (D.episodes.length) $("h-badges").append(el("span", {class: "badge b-hot"}, D.episodes.length + " throttle episode(s)"));
if (hangs.length) $("h-badges").append(el("span", {class: "badge b-hot"}, hangs.length + " kernel signature(s)"));

// ---- series: one plot per unit (temperature, clock, power...), time-aligned ----
const UNIT_TITLE = {C: "temperature (\u00b0C)", MHz: "clock (MHz)", W: "power (W)", RPM: "fan speed (RPM)",
  "%": "fan duty (%)", air: "inlet / exhaust air (\u00b0C)"};
const unitOf = (s) => s.unit || "C";
// A sample value (thousandths of its unit) for tables and tips, as `show` writes it.
const V = (milli, unit) => { if (milli === undefined || milli === null) return DASH; const v = milli / 1000;
  return unit === "C" ? v.toFixed(1) + " \u00b0C" : unit === "W" ? v.toFixed(1) + " W" :
    unit === "MHz" || unit === "RPM" || unit === "%" ? v.toFixed(0) + " " + unit : v.toFixed(3) + " " + unit; };
const series = D.sensors.map((s, i) => {
  const n = s.dt.length, t = new Float64Array(n), v = new Float64Array(n);
  let acc = 0;
  for (let k = 0; k < n; k++) { acc += s.dt[k]; t[k] = acc / 1e6; v[k] = s.v[k] / 1000; }
  // The axis: one per unit, and inlet/exhaust air on its own beside the devices' temperatures.
  return {s, t, v, unit: unitOf(s), axis: s.axis || unitOf(s), color: COLORS[i % COLORS.length], on: n > 0};
});
const units = [];
for (const se of series) if (!units.includes(se.axis)) units.push(se.axis);
if (!units.includes("C")) units.unshift("C");
units.sort((a, b) => (b === "C") - (a === "C"));  // temperature on top
let full = [m.window[0], m.window[1]];
for (const se of series) if (se.t.length) { full[0] = Math.min(full[0], se.t[0]); full[1] = Math.max(full[1], se.t[se.t.length - 1]); }
if (!(full[1] > full[0])) full = [full[0] - 1, full[0] + 1];
let view = full.slice();

const tip = $("tip");
const PAD = {l: 64, r: 16, t: 22, b: 34};
const plots = units.map((unit) => {
  // The temperature axis is in the page; the others follow it.
  let cv = unit === "C" ? document.querySelector("canvas[data-unit=C]") : null;
  if (!cv) { cv = el("canvas", {class: "plot aux", "data-unit": unit, "aria-label": UNIT_TITLE[unit] || unit});
    $("plots").append(cv); }
  return {unit, cv, ctx: cv.getContext("2d"), series: series.filter(se => se.axis === unit), W: 0, H: 0, yr: [0, 1]};
});
function resize() {
  const dpr = window.devicePixelRatio || 1;
  for (const p of plots) { const r = p.cv.getBoundingClientRect();
    p.W = Math.max(300, r.width); p.H = Math.max(120, r.height);
    p.cv.width = Math.round(p.W * dpr); p.cv.height = Math.round(p.H * dpr);
    p.ctx.setTransform(dpr, 0, 0, dpr, 0, 0); }
}
function lowerBound(a, x) { let lo = 0, hi = a.length; while (lo < hi) { const mid = (lo + hi) >> 1; if (a[mid] < x) lo = mid + 1; else hi = mid; } return lo; }
function yRange(p) {
  let lo = Infinity, hi = -Infinity;
  for (const se of p.series) { if (!se.on) continue;
    const a = Math.max(0, lowerBound(se.t, view[0]) - 1), b = Math.min(se.t.length, lowerBound(se.t, view[1]) + 1);
    for (let k = a; k < b; k++) { const y = se.v[k]; if (y < lo) lo = y; if (y > hi) hi = y; }
    if (se.s.thr !== undefined) { lo = Math.min(lo, se.s.thr / 1000); hi = Math.max(hi, se.s.thr / 1000); } }
  [lo, hi] = crashYRange(p, lo, hi);
  if (!isFinite(lo)) { lo = 0; hi = 100; }
  const pad = Math.max(1, (hi - lo) * 0.08); return [lo - pad, hi + pad];
}
function nice(span, n) { const raw = span / n, p = Math.pow(10, Math.floor(Math.log10(raw))), f = raw / p;
  return (f < 1.5 ? 1 : f < 3.5 ? 2 : f < 7.5 ? 5 : 10) * p; }
let bandsDrawn = 0, seriesDrawn = 0, eventsDrawn = 0;
const Xp = (p, t) => PAD.l + (t - view[0]) / (view[1] - view[0]) * (p.W - PAD.l - PAD.r);
const Yp = (p, v) => PAD.t + (1 - (v - p.yr[0]) / (p.yr[1] - p.yr[0])) * (p.H - PAD.t - PAD.b);
function drawPlot(p) {
  const ctx = p.ctx, W = p.W, H = p.H, X = (t) => Xp(p, t), Y = (v) => Yp(p, v);
  ctx.clearRect(0, 0, W, H);
  p.yr = yRange(p);
  const pw = W - PAD.l - PAD.r, ph = H - PAD.t - PAD.b;
  ctx.font = "12px system-ui, sans-serif"; ctx.lineWidth = 1;
  // the axis: its unit, grid + ticks
  ctx.fillStyle = "#1d2330"; ctx.textAlign = "left"; ctx.textBaseline = "top";
  ctx.fillText(UNIT_TITLE[p.unit] || p.unit, PAD.l, 4);
  ctx.strokeStyle = "#eceef2"; ctx.fillStyle = "#667085"; ctx.textAlign = "right"; ctx.textBaseline = "middle";
  const ys = nice(p.yr[1] - p.yr[0], Math.max(2, Math.round(ph / 60)));
  for (let y = Math.ceil(p.yr[0] / ys) * ys; y <= p.yr[1]; y += ys) { const py = Y(y);
    ctx.beginPath(); ctx.moveTo(PAD.l, py); ctx.lineTo(W - PAD.r, py); ctx.stroke();
    ctx.fillText(y.toFixed(ys < 1 ? 1 : 0) + (p.unit === "C" || p.unit === "air" ? "\u00b0" : " " + p.unit), PAD.l - 6, py); }
  ctx.textAlign = "center"; ctx.textBaseline = "top";
  const xs = nice(view[1] - view[0], Math.max(2, Math.floor(pw / 110)));
  for (let x = Math.ceil(view[0] / xs) * xs; x <= view[1]; x += xs) { const px = X(x);
    ctx.beginPath(); ctx.moveTo(px, PAD.t); ctx.lineTo(px, H - PAD.b); ctx.stroke();
    if (px > 24 && px < W - 24) ctx.fillText((x >= 0 ? "+" : "") + Number(x.toPrecision(6)) + " s", px, H - PAD.b + 6); }
  ctx.save(); ctx.beginPath(); ctx.rect(PAD.l, PAD.t, pw, ph); ctx.clip();
  // throttle episodes (power cap included): the same bands on every axis
  let bands = 0;
  for (const e of D.episodes) { if (e.s === null) continue;
    const end = e.e === null ? full[1] : e.e, a = X(e.s), b = X(end);
    ctx.fillStyle = e.e === null ? "rgba(255,152,0,0.14)" : "rgba(255,152,0,0.22)";
    ctx.fillRect(a, PAD.t, Math.max(2, b - a), ph); bands++;
    // The judged cause on the band, on the temperature axis.
    if (e.why && p.unit === "C") { ctx.save(); ctx.fillStyle = "#8a4b00"; ctx.textAlign = "left"; ctx.textBaseline = "top";
      ctx.font = "bold 12px system-ui, sans-serif"; ctx.fillText(e.why.cause, a + 3, PAD.t + 3); ctx.restore(); } }
  p.cv.dataset.bands = String(bands);
  // trigger
  if (m.trigger.t !== null) { const px = X(m.trigger.t); ctx.strokeStyle = "#1d2330"; ctx.setLineDash([2, 3]);
    ctx.beginPath(); ctx.moveTo(px, PAD.t); ctx.lineTo(px, H - PAD.b); ctx.stroke(); ctx.setLineDash([]); }
  drawCrash(p, ctx, X, Y);
  // kernel log markers
  const marks = D.kmsg.filter(k => k.lvl <= 3).map(k => ({t: k.t, sig: false})).concat(hangs.map(f => ({t: f.t, sig: true})));
  for (const k of marks) { const px = X(k.t);
    if (px < PAD.l - 2 || px > W - PAD.r + 2) continue;
    ctx.strokeStyle = k.sig ? "rgba(198,40,40,0.75)" : "rgba(178,106,0,0.6)";
    ctx.beginPath(); ctx.moveTo(px, PAD.t + 8); ctx.lineTo(px, H - PAD.b); ctx.stroke();
    ctx.fillStyle = ctx.strokeStyle; ctx.beginPath(); ctx.moveTo(px - 5, PAD.t); ctx.lineTo(px + 5, PAD.t); ctx.lineTo(px, PAD.t + 8); ctx.fill(); }
  // events (probe tracepoint hits, later triggers, signature bursts): ticks on the time axis
  let events = 0;
  for (const ev of D.events) { if (ev.t === null) continue; const px = X(ev.t);
    if (px < PAD.l - 2 || px > W - PAD.r + 2) continue;
    ctx.strokeStyle = "rgba(46,94,170,0.85)"; ctx.beginPath(); ctx.moveTo(px, H - PAD.b - 10); ctx.lineTo(px, H - PAD.b); ctx.stroke(); events++; }
  // thresholds + series (per-pixel min/max when denser than the screen)
  let drawn = 0;
  for (const se of p.series) { if (!se.on) continue;
    if (se.s.thr !== undefined) { ctx.strokeStyle = se.color; ctx.globalAlpha = 0.55; ctx.setLineDash([6, 4]);
      ctx.beginPath(); ctx.moveTo(PAD.l, Y(se.s.thr / 1000)); ctx.lineTo(W - PAD.r, Y(se.s.thr / 1000)); ctx.stroke();
      ctx.setLineDash([]); ctx.globalAlpha = 1; }
    const a = Math.max(0, lowerBound(se.t, view[0]) - 1), b = Math.min(se.t.length, lowerBound(se.t, view[1]) + 1);
    if (b - a < 1) continue;
    ctx.strokeStyle = se.color; ctx.lineWidth = 1.4; ctx.beginPath();
    if (b - a <= 2 * pw) {
      for (let k = a; k < b; k++) { const px = X(se.t[k]), py = Y(se.v[k]); if (k === a) ctx.moveTo(px, py); else ctx.lineTo(px, py); }
    } else {
      let col = -1, mn = 0, mx = 0, first = true;
      const flush = () => { if (col < 0) return; const px = col + 0.5;
        if (first) { ctx.moveTo(px, Y(mx)); first = false; } else ctx.lineTo(px, Y(mx)); ctx.lineTo(px, Y(mn)); };
      for (let k = a; k < b; k++) { const c = Math.floor(X(se.t[k])), y = se.v[k];
        if (c !== col) { flush(); col = c; mn = mx = y; } else { if (y < mn) mn = y; if (y > mx) mx = y; } }
      flush();
    }
    ctx.stroke(); ctx.lineWidth = 1; drawn++; }
  ctx.restore();
  ctx.strokeStyle = "#c5cad3"; ctx.strokeRect(PAD.l, PAD.t, pw, ph);
  p.cv.dataset.series = String(drawn);
  return {bands, drawn, events};
}
function draw() {
  seriesDrawn = 0;
  plots.forEach((p, i) => { const r = drawPlot(p); seriesDrawn += r.drawn; if (i === 0) { bandsDrawn = r.bands; eventsDrawn = r.events; } });
  $("range").textContent = "showing " + S(view[0]) + " \u2026 " + S(view[1]) + " (relative to trigger)";
}

// ---- interaction: wheel zoom around the cursor, drag to pan; every axis follows ----
function zoomAt(p, px, f) { const t = view[0] + (px - PAD.l) / (p.W - PAD.l - PAD.r) * (view[1] - view[0]);
  let a = t - (t - view[0]) * f, b = t + (view[1] - t) * f;
  const minSpan = 1e-4; if (b - a < minSpan) { a = t - minSpan / 2; b = t + minSpan / 2; }
  const span = full[1] - full[0]; if (b - a > span) { a = full[0]; b = full[1]; }
  view = [a, b]; draw(); }
let drag = null;
for (const p of plots) {
  const cv = p.cv;
  cv.addEventListener("wheel", (ev) => { ev.preventDefault(); const r = cv.getBoundingClientRect();
    zoomAt(p, ev.clientX - r.left, ev.deltaY < 0 ? 0.8 : 1.25); }, {passive: false});
  cv.addEventListener("pointerdown", (ev) => { drag = {x: ev.clientX, v: view.slice(), p}; cv.setPointerCapture(ev.pointerId); });
  cv.addEventListener("pointerup", () => { drag = null; });
  cv.addEventListener("pointermove", (ev) => {
    const r = cv.getBoundingClientRect(), px = ev.clientX - r.left, py = ev.clientY - r.top;
    if (drag) { const dt = (ev.clientX - drag.x) / (drag.p.W - PAD.l - PAD.r) * (drag.v[1] - drag.v[0]);
      view = [drag.v[0] - dt, drag.v[1] - dt]; draw(); tip.style.display = "none"; return; }
    hover(p, px, py + cv.offsetTop);
  });
  cv.addEventListener("pointerleave", () => { tip.style.display = "none"; });
  cv.addEventListener("dblclick", () => { view = full.slice(); draw(); });
}
$("reset").addEventListener("click", () => { view = full.slice(); draw(); });
function hover(p, px, py) {
  if (px < PAD.l || px > p.W - PAD.r) { tip.style.display = "none"; return; }
  const t = view[0] + (px - PAD.l) / (p.W - PAD.l - PAD.r) * (view[1] - view[0]);
  const wall = new Date(m.origin_wall_ms + t * 1000);
  const lines = [S(t) + "  " + (isNaN(wall) ? "" : wall.toISOString())];
  for (const se of series) { if (!se.on || !se.t.length) continue; let k = lowerBound(se.t, t);
    if (k >= se.t.length) k = se.t.length - 1; if (k > 0 && Math.abs(se.t[k - 1] - t) < Math.abs(se.t[k] - t)) k--;
    lines.push(se.s.name + ": " + V(se.v[k] * 1000, se.unit)); }
  const tol = 6 / (p.W - PAD.l - PAD.r) * (view[1] - view[0]);
  for (const f of hangs) if (Math.abs(f.t - t) < tol) lines.push(f.sev + ": " + f.what.slice(0, 200) + "\n  what to do: " + f.action.slice(0, 200));
  for (const k of D.kmsg) if (k.lvl <= 3 && Math.abs(k.t - t) < tol) lines.push("kmsg <" + k.lvl + "> " + k.text.slice(0, 160));
  for (const ev of D.events) if (ev.t !== null && Math.abs(ev.t - t) < tol) lines.push("event " + txt(ev.kind) + " at " + S(ev.t));
  for (const e of D.episodes) if (e.s !== null && t >= e.s && t <= (e.e === null ? full[1] : e.e)) lines.push("episode: " + txt(e.cause) + " " + txt(e.where));
  tip.textContent = lines.join("\n"); tip.style.display = "block";
  tip.style.left = Math.min(px + 14, p.W - 260) + "px"; tip.style.top = (py + 14) + "px";
}

// ---- legend ----
for (const se of series) { const cb = el("input", {type: "checkbox"}); cb.checked = se.on;
  cb.addEventListener("change", () => { se.on = cb.checked; draw(); });
  const sw = el("span", {class: "sw"}); sw.style.background = se.color;
  $("legend").append(el("label", null, cb, sw, se.s.name + (se.s.downsampled ? " (min/max per bucket)" : ""))); }

// ---- tables ----
renderCrash();
table($("t-sensors"), ["sensor", "kind", "unit", "samples", "min", "peak", "peak at", "mean", "threshold", "above threshold"],
  D.sensors.map(s => [s.name, s.kind, unitOf(s), s.n, V(s.min, unitOf(s)), V(s.max, unitOf(s)), S(s.peak_t), V(s.mean, unitOf(s)), V(s.thr, unitOf(s)),
    s.above_s === undefined ? DASH : s.above_s.toFixed(3) + " s"]),
  (i) => (D.sensors[i].thr !== undefined && D.sensors[i].max >= D.sensors[i].thr) ? "err" : "");
if (D.devices && D.devices.length) { $("c-devices").hidden = false;
  table($("t-devices"), ["device", "name", "UUID", "bus id", "peak", "peak at", "slowdown", "margin at peak", "power-capped", "series"],
    D.devices.map(d => [d.name, d.model || DASH, d.uuid || DASH, d.bus || DASH, C(d.peak), S(d.peak_t), C(d.slowdown), C(d.margin),
      d.capped_s.toFixed(3) + " s", d.series.join(", ") || DASH]),
    (i) => (D.devices[i].margin !== undefined && D.devices[i].margin <= 0) ? "err" : ""); }
// One block per GPU: the RMA facts, the recovery action first.
if (D.health && D.health.length) { $("c-health").hidden = false;
  D.health.forEach((g, i) => {
    const box = el("div", {class: "health", "data-gpu": String(i), "data-action": g.action || "unreported"},
      el("h3", null, g.title));
    $("t-health").append(box);
    table(box, ["", ""], g.rows.map(r => [r[0], r[1]]), (k) => (k === 0 && g.attention) ? "err" : "");
  }); }
// Cooling health: per device R now against its baseline and its peers, tau,
// fans, inlet, the drift score, the verdict with its suspected cause and
// what to do; R over its recent segments drawn on the baseline's band.
// The SVG namespace as the HTML parser gives it to an inline <svg>: the page
// spells no URL at all, not even a namespace name.
const NS = (() => { const d = document.createElement("div"); d.innerHTML = "<svg></svg>"; return d.firstChild.namespaceURI; })();
function svgEl(tag, attrs, text) {
  const e = document.createElementNS(NS, tag);
  for (const k in attrs) e.setAttribute(k, String(attrs[k]));
  if (text !== undefined) e.textContent = text;
  return e;
}
const fx = (v, d) => (typeof v === "number" && isFinite(v)) ? v.toFixed(d) : null;
// An estimate with its 95 % interval, or why there is none, plainly.
function est(e, d, unit) {
  if (!e) return "not recorded";
  if (fx(e.v, d) === null) return e.why || "not enough data";
  return fx(e.v, d) + " " + unit + (fx(e.lo, d) !== null && fx(e.hi, d) !== null ? " (95 %: " + fx(e.lo, d) + " \u2026 " + fx(e.hi, d) + ")" : "");
}
// R over time: the baseline's band (its interval) and line behind the points.
function rChart(dev) {
  const W = 720, H = 180, L = 62, R = 14, T = 12, B = 28, h = dev.hist, b = dev.base || {};
  let lo = Infinity, hi = -Infinity;
  for (const p of h) { lo = Math.min(lo, p[1]); hi = Math.max(hi, p[1]); }
  for (const y of [b.v, b.lo, b.hi]) if (fx(y, 6) !== null) { lo = Math.min(lo, y); hi = Math.max(hi, y); }
  const pad = Math.max((hi - lo) * 0.1, Math.abs(hi) * 0.02, 1e-4); lo -= pad; hi += pad;
  let t0 = h[0][0], t1 = h[h.length - 1][0];
  if (!(t1 > t0)) { t0 -= 1; t1 += 1; }
  const X = (t) => L + (t - t0) / (t1 - t0) * (W - L - R), Y = (r) => T + (1 - (r - lo) / (hi - lo)) * (H - T - B);
  const svg = svgEl("svg", {class: "rchart", viewBox: "0 0 " + W + " " + H, role: "img", "data-points": h.length,
    "aria-label": "R over time on its baseline band"});
  svg.append(svgEl("rect", {x: L, y: T, width: W - L - R, height: H - T - B, fill: "none", stroke: "#c5cad3"}));
  if (fx(b.lo, 6) !== null && fx(b.hi, 6) !== null) {
    svg.append(svgEl("rect", {class: "band", x: L, y: Y(b.hi), width: W - L - R, height: Math.max(1, Y(b.lo) - Y(b.hi)), fill: "rgba(44,160,44,0.18)"}));
    svg.dataset.band = "interval";
  } else svg.dataset.band = "none";
  if (fx(b.v, 6) !== null) svg.append(svgEl("line", {class: "baseline", x1: L, x2: W - R, y1: Y(b.v), y2: Y(b.v), stroke: "#2ca02c", "stroke-dasharray": "6 4"}));
  svg.append(svgEl("polyline", {points: h.map(p => X(p[0]).toFixed(1) + "," + Y(p[1]).toFixed(1)).join(" "), fill: "none", stroke: "#1f77b4", "stroke-width": 1.4}));
  for (const p of h) { const c = svgEl("circle", {class: "pt", cx: X(p[0]).toFixed(1), cy: Y(p[1]).toFixed(1), r: 2.5, fill: "#1f77b4"});
    c.append(svgEl("title", {}, S(p[0]) + ": R " + p[1].toFixed(4) + " C/W" + (fx(p[2], 0) !== null ? " at " + fx(p[2], 0) + " W" : "") +
      (fx(p[3], 1) !== null ? ", " + fx(p[3], 1) + " \u00b0C" : "")));
    svg.append(c); }
  svg.append(svgEl("text", {x: L - 6, y: T + 10, "text-anchor": "end"}, hi.toFixed(4)));
  svg.append(svgEl("text", {x: L - 6, y: H - B, "text-anchor": "end"}, lo.toFixed(4)));
  svg.append(svgEl("text", {x: 4, y: (H - B) / 2 + T}, "C/W"));
  svg.append(svgEl("text", {x: L, y: H - 8}, S(t0)));
  svg.append(svgEl("text", {x: W - R, y: H - 8, "text-anchor": "end"}, S(t1) + " (relative to trigger)"));
  return svg;
}
function cooling() {
  const host = $("t-cooling"), ch = D.cooling;
  if (ch === null || ch === undefined) {
    host.append(el("p", {class: "hint", id: "cooling-none"}, "The cooling model's state was not recorded in this bundle (written before the capture kept cooling health)."));
    return 0;
  }
  if (ch.malformed) host.append(el("p", {class: "hint"}, "cooling_health in system.json is malformed: no device list."));
  else if (!ch.devices.length) host.append(el("p", {class: "hint"}, "No device with a temperature in the ring."));
  let charts = 0;
  ch.devices.forEach((d, i) => {
    const state = d.state || "unknown";
    const badge = state === "anomaly" ? "b-hot" : state === "healthy" ? "b-ok" : "b-warn";
    const box = el("div", {class: "cooling", "data-device": String(i), "data-state": state},
      el("h3", null, (d.sensor || DASH) + " (" + (d.id || DASH) + ")" + (d.model ? " \u00b7 " + d.model : ""),
        el("span", {class: "badge " + badge}, state === "anomaly" ? "anomaly: " + (d.kind || DASH) : state)));
    const fans = [fx(d.duty, 0) !== null ? "duty " + fx(d.duty, 0) + " %" : null, fx(d.rpm, 0) !== null ? fx(d.rpm, 0) + " RPM" : null].filter(x => x);
    const rows = [
      ["verdict", state + (d.detail ? ": " + d.detail : "")],
      ["R now", est(d.r, 4, "C/W") + (d.ref ? " (above the " + d.ref + ")" : "")],
      ["R baseline", est(d.base, 4, "C/W") + (d.learned === false ? " \u2014 still learning" : "")],
      // `peers` is written only for an outlier among same-model devices.
      ["R peers", d.peers || "not an outlier among same-model peers"],
      ["\u03c4 (cooling time constant)", est(d.tau, 1, "s")],
      ["fans", fans.length ? fans.join(", ") : "none in the ring"],
      ["inlet", fx(d.inlet, 1) !== null ? fx(d.inlet, 1) + " \u00b0C" : "none in the ring"],
      ["drift score", fx(d.drift, 2) !== null ? fx(d.drift, 2) + " (1 = anomaly)" : DASH],
      ["suspected cause", d.cause || (state === "anomaly" ? "not named" : "none")],
      ["what to do", d.todo || DASH]];
    table(box, ["", ""], rows, (k) => (state === "anomaly" && (k === 0 || k === 8)) ? "err" : "");
    if (d.hist.length) { box.append(rChart(d)); box.dataset.chart = "svg"; charts++; }
    else { box.append(el("p", {class: "hint"}, "No R history: no steady segment measured yet.")); box.dataset.chart = "none"; }
    host.append(box);
  });
  if (ch.more) host.append(el("p", {class: "hint"}, ch.more + " more devices: tempmon-report export --json"));
  host.dataset.devices = String(ch.devices.length);
  return charts;
}
const coolingCharts = cooling();
// Driver dumps and DRM uevents: what the driver left at the fault.
if (D.evidence && D.evidence.length) { $("c-evidence").hidden = false;
  table($("t-evidence"), ["time", "severity", "what", "device", "driver", "saved", "what to do"],
    D.evidence.map(e => [S(e.t), e.sev || DASH, e.what, e.device || DASH, e.driver || DASH, e.state, e.action || DASH]),
    (i) => D.evidence[i].sev === "critical" ? "err" : ""); }
// The judged cause: its line, the evidence quoted, what was missing, what to do.
function why(e) {
  if (!e.why) return DASH;
  const box = el("div", {class: "why", "data-cause": e.why.cause}, el("b", null, e.why.cause), " \u2014 " + e.why.title);
  const ul = el("ul");
  for (const x of e.why.evidence) ul.append(el("li", null, x));
  if (e.why.missing.length) ul.append(el("li", null, "missing: " + e.why.missing.join("; ")));
  box.append(ul, el("div", null, el("b", null, "what to do: "), e.why.todo));
  return box;
}
table($("t-episodes"), ["#", "cause", "where", "start", "duration", "peak", "trip\u2192cooling", "max cooling", "min max-freq", "chain", "why"],
  D.episodes.map((e, i) => {
    const chain = e.chain.slice(0, 12).map(s => txt(s.kind) + (s.dt_ns === null ? "" : " +" + dur(s.dt_ns)) + (s.detail ? " (" + s.detail + ")" : "")).join(" \u2192 ");
    return [i + 1, txt(e.cause), txt(e.where), S(e.s), e.e === null ? (e.open_at_end ? "open at window end" : "open") : dur(e.dur_ns),
      C(e.peak), dur(e.t2c_ns), txt(e.cool), e.freq === null ? DASH : txt(e.freq) + " kHz", chain || DASH, why(e)]; }));
table($("t-hangs"), ["time", "severity", "signature", "what to do", "line"], hangs.map(f => [S(f.t), f.sev, f.what, f.action,
  el("span", {class: "mono"}, f.text + (f.last ? "\n\u2026 last: " + f.last : ""))]), (i) => hangs[i].sev === "critical" ? "err" : "");
reportBlocks($("t-hangs"), hangs);
const KMAX = 3000;
table($("t-kmsg"), ["time", "level", "message"], D.kmsg.slice(0, KMAX).map(k => [S(k.t), k.lvl, el("span", {class: "mono"}, k.text)]),
  (i) => D.kmsg[i].lvl <= 3 ? "err" : "");
if (D.kmsg.length > KMAX) $("t-kmsg").append(el("p", {class: "hint"}, (D.kmsg.length - KMAX) + " more lines: see kmsg.txt in the bundle"));
table($("t-coll"), ["collector", "status", "ms", "message"], D.collectors.map(c => [c.name, c.status, Number(c.ms).toFixed(1), c.message || ""]),
  (i) => D.collectors[i].status !== "ok" ? "err" : "");
table($("t-loss"), ["loss", "count"], Object.keys(D.losses).map(k => [k, D.losses[k]]));

resize(); draw();
window.addEventListener("resize", () => { resize(); draw(); });
document.body.dataset.series = String(seriesDrawn);
document.body.dataset.episodes = String(bandsDrawn);
document.body.dataset.axes = units.join(",");
document.body.dataset.events = String(eventsDrawn);
document.body.dataset.cooling = D.cooling ? String(D.cooling.devices.length) : "none";
document.body.dataset.coolingCharts = String(coolingCharts);
document.body.dataset.status = "ok";
})();
)JS";

constexpr const char* kBody = R"HTML(
<header><h1 id="h-title">tempmon report</h1><div class="sub" id="h-sub"></div>
<div class="sub"><b>Trigger</b> <span id="h-trig"></span><span id="h-badges"></span></div></header>
<main>
@CRASH_CARD@
<div class="card"><div class="toolbar"><button id="reset" type="button">Reset zoom</button>
<span class="hint">wheel: zoom &middot; drag: pan &middot; double-click: reset &middot; orange: throttle and power-cap episodes &middot; one axis per unit &middot; red marks: kernel errors/signatures &middot; dashed: thresholds</span>
<span class="hint" id="range"></span></div>
<div class="legend" id="legend"></div>
<div id="plotwrap"><div id="plots"><canvas class="plot" data-unit="C" aria-label="temperature (&deg;C)"></canvas></div><div id="tip"></div></div></div>
<div class="card" id="c-devices" hidden><h2>Devices</h2><div id="t-devices"></div></div>
<div class="card" id="c-health" hidden><h2>Device health</h2><div id="t-health"></div></div>
<div class="card" id="c-cooling"><h2>Cooling health</h2><div id="t-cooling"></div></div>
<div class="card" id="c-evidence" hidden><h2>Driver evidence</h2><div id="t-evidence"></div></div>
<div class="card"><h2>Sensors</h2><div id="t-sensors"></div></div>
<div class="card"><h2>Throttle episodes</h2><div id="t-episodes"></div></div>
<div class="card"><h2>Kernel-log signatures</h2><div id="t-hangs"></div></div>
<div class="grid"><div class="card"><h2>Collectors</h2><div id="t-coll"></div></div>
<div class="card"><h2>Losses</h2><div id="t-loss"></div></div></div>
<div class="card"><h2>Kernel log</h2><div id="t-kmsg"></div></div>
</main>
)HTML";

}  // namespace

std::string RenderHtmlPage(const std::string& title, const std::string& data_json) {
  std::string o;
  o.reserve(data_json.size() + 32768);
  o += "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">\n";
  // No network at all, even if a string slipped through: the policy forbids it.
  o += "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
       "style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:\">\n";
  o += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>";
  o += HtmlEscape(title);
  o += "</title>\n<style>";
  o += kCss;
  o += "</style></head>\n<body data-status=\"loading\">";
  std::string body = kBody;
  body.replace(body.find("@CRASH_CARD@"), 12, kHtmlCrashCard);
  o += body;
  o += "<script type=\"application/json\" id=\"tm-data\">";
  o += data_json;
  o += "</script>\n<script>\nwindow.addEventListener(\"error\", function (e) { document.body.dataset.status = "
       "\"error: \" + e.message; });\n";
  // The crash's functions before the page's script, which calls them.
  std::string js = kJs;
  const size_t at = js.find("// ---- header ----");
  js.insert(at, kHtmlCrashJs);
  o += js;
  o += "</script>\n</body></html>\n";
  return o;
}

}  // namespace tempmon::report
