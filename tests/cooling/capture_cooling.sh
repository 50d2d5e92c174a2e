#!/bin/sh
# The cooling model in a real capture: tempmon-feed pushes a fake NVML
# GPU's temperature and power into a ring, tempmon-capture writes a bundle
# whose system.json carries "cooling_health" (valid against the schema),
# `tempmon-report show` prints its Cooling health section, the metrics
# textfile its gauges, and --reset-baseline of an unknown device fails
# with one line.
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
grep -q '^tempmon_cooling_verdict{device="gpu:GPU-[^"]*",sensor="[^"]*",modelName="[^"]*",Hostname="[^"]*"} 1$' "$dir/m.prom" ||
	{ cat "$dir/m.prom"; fail "no verdict gauge per device"; }
if "$capture" --reset-baseline gpu:nonexistent --out "$dir/out" 2>"$dir/reset.log"; then fail "reset of an unknown device succeeded"; fi
[ "$(wc -l <"$dir/reset.log")" -eq 1 ] || { cat "$dir/reset.log"; fail "reset error not one line"; }
echo "PASS: cooling health in the bundle, show and metrics"
