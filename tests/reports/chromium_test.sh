#!/bin/bash
# The HTML report in headless Chromium: the page must finish rendering
# without a JS error (it sets data-status="ok" last; window.onerror sets
# "error: ..."), draw every series and episode band, and leave a
# screenshot in the build folder for a human to look at. Then the same on a
# bundle the real capture wrote in the VM (golden/capture-demo.tar.zst): one
# episode band, its chain with step timings in the episodes table, event
# ticks on the timeline, the zone sensor's kind. Then the Cooling health
# card: a bundle without cooling_health says the model's state was not
# recorded; the cooling model's own member (COOLING_BUNDLE writes it) shows
# the device's verdict, cause and what to do, and R over time drawn on its
# baseline band; a device id that is markup is shown as text, inert.
# usage: chromium_test.sh TEMPMON_REPORT TEMPMON_BUNDLE_SYNTH WORKDIR COOLING_BUNDLE
set -u
R=$1 SYNTH=$2 W=$3 COOLING=$4
golden=$(cd "$(dirname "$0")" && pwd)/golden
rm -rf "$W" && mkdir -p "$W" && cd "$W" || exit 1
command -v chromium >/dev/null || { echo "chromium is not installed (scripts/setup installs it)"; exit 1; }
"$SYNTH" page.tar.zst 200000 || exit 1
"$R" html page.tar.zst -o report.html || exit 1
# A throwaway profile so that runs do not share state; no network needed.
page=report.html
run_chromium() {
  timeout 120 chromium --headless --disable-gpu --no-sandbox --no-first-run --user-data-dir="$W/profile" \
    --virtual-time-budget=5000 "$@" "file://$W/$page" 2>>chromium.log
}
run_chromium --dump-dom > dom.html || { echo "chromium --dump-dom failed:"; tail -20 chromium.log; exit 1; }
body=$(grep -o '<body[^>]*>' dom.html | head -1)
echo "rendered: $body"
fails=0
case "$body" in *'data-status="ok"'*) ;; *) echo "FAIL: page did not render cleanly: $body"; fails=1 ;; esac
case "$body" in *'data-series="4"'*) ;; *) echo "FAIL: expected 4 series"; fails=1 ;; esac
case "$body" in *'data-episodes="2"'*) ;; *) echo "FAIL: expected 2 episode bands"; fails=1 ;; esac
# Two probe events and a later trigger, and the five kmsg_match bursts the
# synthetic bundle carries as the capture's verdicts on its kernel log.
case "$body" in *'data-events="8"'*) ;; *) echo "FAIL: expected 8 event ticks"; fails=1 ;; esac
grep -q 'NVRM: Xid (PCI:0000:01:00): 79' dom.html || { echo "FAIL: kernel log table missing"; fails=1; }
grep -q '>trip</td>' dom.html || { echo "FAIL: episodes table missing"; fails=1; }
case "$body" in *'data-cooling="none"'*) ;; *) echo "FAIL: a bundle without cooling_health: expected no cooling devices"; fails=1 ;; esac
grep -q "The cooling model's state was not recorded in this bundle" dom.html ||
  { echo "FAIL: a bundle without cooling_health does not say its state was not recorded"; fails=1; }
run_chromium --hide-scrollbars --window-size=1400,900 --screenshot="$W/report.png" >/dev/null
[ -s report.png ] || { echo "FAIL: no screenshot"; fails=1; }
echo "screenshot: $W/report.png"

page=demo.html
"$R" html "$golden/capture-demo.tar.zst" -o "$page" || exit 1
run_chromium --dump-dom > demo-dom.html || { echo "chromium --dump-dom failed:"; tail -20 chromium.log; exit 1; }
body=$(grep -o '<body[^>]*>' demo-dom.html | head -1)
echo "rendered (real capture): $body"
case "$body" in *'data-status="ok"'*) ;; *) echo "FAIL: real bundle did not render cleanly: $body"; fails=1 ;; esac
case "$body" in *'data-episodes="1"'*) ;; *) echo "FAIL: real bundle: expected 1 episode band"; fails=1 ;; esac
case "$body" in *'data-events="0"'*) echo "FAIL: real bundle: no event on the timeline"; fails=1 ;; esac
grep -q '>trip</td><td>tempmon-test</td>' demo-dom.html || { echo "FAIL: real bundle: episode row missing"; fails=1; }
grep -Eq 'trip \+[0-9.]+ [nµm]?s \(trip 0 passive at [0-9.]+ C\) → cooling \+[0-9.]+ [nµm]?s \(tempmon-test-cool target 1\)' demo-dom.html ||
  { echo "FAIL: real bundle: chain with step timings missing"; fails=1; }
grep -q '<td>tempmon-test</td><td>zone</td>' demo-dom.html || { echo "FAIL: real bundle: sensor kind missing"; fails=1; }
run_chromium --hide-scrollbars --window-size=1400,900 --screenshot="$W/demo.png" >/dev/null
echo "screenshot: $W/demo.png"

# The cooling model's member: one device, learned, its fan stopped.
for variant in cooling hostile; do
  page=$variant.html
  "$COOLING" "$variant.tar.zst" $([ $variant = hostile ] && echo --hostile-id) || exit 1
  "$R" html "$variant.tar.zst" -o "$page" || exit 1
  run_chromium --dump-dom > "$variant-dom.html" || { echo "chromium --dump-dom failed:"; tail -20 chromium.log; exit 1; }
  body=$(grep -o '<body[^>]*>' "$variant-dom.html" | head -1)
  echo "rendered ($variant): $body"
  case "$body" in *'data-status="ok"'*) ;; *) echo "FAIL: $variant: page did not render cleanly: $body"; fails=1 ;; esac
  case "$body" in *'data-cooling="1"'*) ;; *) echo "FAIL: $variant: expected 1 cooling device"; fails=1 ;; esac
  case "$body" in *'data-cooling-charts="1"'*) ;; *) echo "FAIL: $variant: expected R drawn over time"; fails=1 ;; esac
  case "$body" in *pwned*) echo "FAIL: $variant: markup from the bundle ran"; fails=1 ;; esac
  grep -q '<div class="cooling" data-device="0" data-state="anomaly" data-chart="svg">' "$variant-dom.html" ||
    { echo "FAIL: $variant: no anomalous device with a chart"; fails=1; }
  grep -q '<td>suspected cause</td><td>fan_fault</td>' "$variant-dom.html" || { echo "FAIL: $variant: suspected cause missing"; fails=1; }
  grep -Eq '<td>what to do</td><td>[^<]*fan' "$variant-dom.html" || { echo "FAIL: $variant: what to do missing"; fails=1; }
  grep -Eq '<td>R baseline</td><td>[0-9.]+ C/W \(95 %: [0-9.]+ … [0-9.]+\)</td>' "$variant-dom.html" ||
    { echo "FAIL: $variant: baseline with its interval missing"; fails=1; }
  grep -Eq '<svg class="rchart"[^>]*data-points="[1-9][0-9]*"[^>]*data-band="interval"' "$variant-dom.html" ||
    { echo "FAIL: $variant: R history not drawn on its baseline band"; fails=1; }
  grep -q '<rect class="band"' "$variant-dom.html" || { echo "FAIL: $variant: no baseline band"; fails=1; }
  run_chromium --hide-scrollbars --window-size=1400,2400 --screenshot="$W/$variant.png" >/dev/null
done
# Shown as text: escaped in the DOM, no element made from it.
grep -q '&lt;script&gt;document.body.dataset.pwned' hostile-dom.html || { echo "FAIL: hostile id not shown as text"; fails=1; }
grep -q '&lt;img src=x onerror=' hostile-dom.html || { echo "FAIL: hostile sensor not shown as text"; fails=1; }
if grep -q '<img src=x' hostile-dom.html; then echo "FAIL: hostile sensor became an element"; fails=1; fi
echo "screenshots: $W/cooling.png $W/hostile.png"
exit $fails
