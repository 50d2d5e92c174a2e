#!/bin/sh
# The cooling model in a real capture: tempmon-feed pushes a fake NVML
# GPU's temperature and power into a ring, tempmon-capture writes a bundle
# whose system.json carries "cooling_health" (valid against the schema),
# `tempmon-report show` prints its Cooling health section, the HTML page
# (rendered in headless Chromium) its Cooling health card with one block
# per GPU that says plainly it has too little data and no R history yet,
# the metrics textfile its gauges, and --reset-baseline of an unknown
# device fails with one line.
# usage: capture_cooling.sh FEED CAPTURE REPORT FAKE_NVML SCHEMA_DIR SCHEMA_CHECK
set -eu
feed=$1 capture=$2 report=$3 fake=$4 schema=$5 check=$6
dir=$(mktemp -d /tmp/tempmon-cooling-XXXXXX)
shm=tempmon-cooling-$$
fpid=
cleanup() { [ -n "$fpid" ] && kill "$fpid" 2>/dev/null; wait 2>/dev/null || true; rm -rf "$dir" "/dev/shm/$shm"; }
trap cleanup EXIT
fail() { echo "FAIL: $*"; echo "--- feed"; cat "$dir/feed.log"; echo "--- capture"; cat "$dir/capture.log" 2>/dev/null; exit 1; }
. "$(dirname "$0")/../wait_for.sh"
FAKE_NVML_GPUS=2 "$feed" --rate 10 --no-hwmon --nvml-lib "$fake" --shm "$shm" >"$dir/feed.log" 2>&1 &
fpid=$!
wait_for 30 test -e "/dev/shm/$shm" || fail "no ring"
mkdir -m 755 "$dir/out"
"$capture" --source "shm:$shm" --now --pre 3 --post 0 --kmsg none --bpf off --no-pstore --gpu-facts off \
	--uevents off --metrics "$dir/m.prom" --out "$dir/out" >/dev/null 2>"$dir/capture.log" || fail "the capture failed"
b=$(find "$dir/out" -maxdepth 1 -name '*.tar.zst')
[ -n "$b" ] || fail "no bundle"
/usr/bin/python3 "$check" "$schema" "$b" >"$dir/schema.log" 2>&1 || { cat "$dir/schema.log"; fail "schema"; }
"$report" show "$b" >"$dir/show.txt" || fail "show failed"
grep -q '^Cooling health (2)' "$dir/show.txt" || { cat "$dir/show.txt"; fail "no Cooling health section for the 2 GPUs"; }
grep -q '(gpu:GPU-' "$dir/show.txt" || { cat "$dir/show.txt"; fail "devices not named by their GPU UUID"; }
grep -q 'R now *not enough data: no steady segment yet' "$dir/show.txt" || { cat "$dir/show.txt"; fail "R does not say plainly that it has too little data"; }
grep -q 'learning: ' "$dir/show.txt" || fail "no learning verdict"
"$report" html "$b" -o "$dir/page.html" || fail "html failed"
command -v chromium >/dev/null || fail "chromium is not installed (scripts/setup installs it)"
timeout 120 chromium --headless --disable-gpu --no-sandbox --no-first-run --user-data-dir="$dir/profile" \
	--virtual-time-budget=5000 --dump-dom "file://$dir/page.html" >"$dir/dom.html" 2>"$dir/chromium.log" ||
	{ tail -20 "$dir/chromium.log"; fail "chromium --dump-dom failed"; }
body=$(grep -o '<body[^>]*>' "$dir/dom.html" | head -1)
case "$body" in *'data-status="ok"'*'data-cooling="2"'*'data-cooling-charts="0"'*) ;;
	*) fail "page: expected 2 cooling devices, no chart, rendered cleanly: $body" ;; esac
[ "$(grep -o '<div class="cooling" data-device="[01]" data-state="learning" data-chart="none">' "$dir/dom.html" | wc -l)" -eq 2 ] ||
	fail "page: not one learning block per GPU"
grep -q '<h3>[^<]* (gpu:GPU-[^<]*)' "$dir/dom.html" || fail "page: devices not named by their GPU UUID"
grep -q '<td>R now</td><td>not enough data: no steady segment yet' "$dir/dom.html" || fail "page: R does not say it has too little data"
grep -q 'No R history: no steady segment measured yet.' "$dir/dom.html" || fail "page: no history not said"
# With the labels of the device's other gauges, so that they join.
grep -q '^tempmon_cooling_verdict{sensor="gpu0",kind="nvml",gpu="0",UUID="GPU-[^"]*",pci_bus_id="[^"]*",modelName="[^"]*",Hostname="[^"]*"} 1$' "$dir/m.prom" ||
	{ cat "$dir/m.prom"; fail "no verdict gauge per device"; }
if "$capture" --reset-baseline gpu:nonexistent --out "$dir/out" 2>"$dir/reset.log"; then fail "reset of an unknown device succeeded"; fi
[ "$(wc -l <"$dir/reset.log")" -eq 1 ] || { cat "$dir/reset.log"; fail "reset error not one line"; }
echo "PASS: cooling health in the bundle, show and metrics"
