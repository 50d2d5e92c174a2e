#!/bin/sh
# tempmon-feed (fake NVML replaying the measured H200 curve, 10 Hz, into a
# shared-memory ring) watched by tempmon-capture --on-hang: no hang bundle
# while the feeder is healthy for DURATION seconds, then SIGSTOP the feeder:
# exactly one bundle, a FEEDER stall (not a kernel sampler stall). Beside it,
# --on-throttle=power on the same ring: the curve's power-capped load is one
# bundle whose power-cap period is an episode in `show` and a band in the
# HTML (checked in headless Chromium when it is installed).
# usage: gpu_feed_stall.sh FEED CAPTURE REPORT FAKE_NVML CURVE [DURATION_S]
set -eu
feed=$1 capture=$2 report=$3 fake=$4 curve=$5 duration=${6:-20}
dir=$(mktemp -d /tmp/tempmon-gpu-stall-XXXXXX)
shm=tempmon-gpu-stall-$$
fpid= cpid=
cleanup() {
	[ -n "$fpid" ] && kill -CONT "$fpid" 2>/dev/null && kill "$fpid" 2>/dev/null
	[ -n "$cpid" ] && kill "$cpid" 2>/dev/null
	wait 2>/dev/null || true
	rm -rf "$dir" "/dev/shm/$shm"
}
trap cleanup EXIT
fail() { echo "FAIL: $*"; echo "--- capture log"; cat "$dir/capture.log"; echo "--- feed log"; tail -20 "$dir/feed.log"; exit 1; }

. "$(dirname "$0")/../wait_for.sh"
bundles() { find "$dir/out" -maxdepth 1 -name '*.tar.zst' | wc -l; }
has_bundle() { [ "$(bundles)" -ge 1 ]; }

FAKE_NVML_GPUS=1 FAKE_NVML_CURVE=$curve FAKE_NVML_CURVE_SPEED=${FAKE_NVML_CURVE_SPEED:-5} \
	"$feed" --shm "$shm" --rate 10 --no-hwmon --nvml-lib "$fake" >"$dir/feed.log" 2>&1 &
fpid=$!
wait_for 30 test -e "/dev/shm/$shm" || fail "the feeder made no ring"

# 20 periods of the feeder's 100 ms: a 2 s gap is a stall.
"$capture" --source "shm:$shm" --on-hang --stall-periods 20 --tick 0.2 --pre 5 --post 0 \
	--cooldown 0 --kmsg none --bpf off --no-pstore --out "$dir/out" -v >"$dir/capture.out" 2>"$dir/capture.log" &
cpid=$!
wait_for 30 grep -q "watching" "$dir/capture.log" || fail "the capture did not start"
"$capture" --source "shm:$shm" --on-throttle=power --once --pre 5 --post 3 --cooldown 0 --kmsg none \
	--bpf off --no-pstore --out "$dir/power" -v >/dev/null 2>"$dir/power.log" &
ppid_=$!

# Healthy: DURATION seconds of a 10 Hz feeder and no hang. (Elapsed time is
# what is tested here; the capture reports each check in its log.)
end=$(( $(date +%s) + duration ))
while [ "$(date +%s)" -lt "$end" ]; do
	kill -0 "$cpid" 2>/dev/null || fail "the capture exited"
	[ "$(bundles)" -eq 0 ] || fail "a bundle from a healthy feeder"
	sleep 1
done
grep -q "trigger" "$dir/capture.log" && fail "a trigger fired on a healthy feeder"

# The power-capped load: one bundle, its episode in show and in the HTML.
wait_for 60 grep -q "bundle written" "$dir/power.log" || { cat "$dir/power.log"; fail "no --on-throttle=power bundle"; }
wait "$ppid_" || fail "--on-throttle=power --once exited $?"
pb=$(find "$dir/power" -maxdepth 1 -name '*.tar.zst')
"$report" show "$pb" >"$dir/power-show.txt" || fail "show failed on the power bundle"
grep -q "its source reports power_cap" "$dir/power-show.txt" || { cat "$dir/power-show.txt"; fail "power-cap trigger reason missing"; }
grep -Eq "#[0-9]+ nvml:power_cap +gpu0" "$dir/power-show.txt" || { cat "$dir/power-show.txt"; fail "no power-cap episode in show"; }
"$report" html "$pb" -o "$dir/power.html" || fail "html failed"
if command -v chromium >/dev/null; then
	timeout 120 chromium --headless --disable-gpu --no-sandbox --no-first-run --user-data-dir="$dir/profile" \
		--virtual-time-budget=5000 --dump-dom "file://$dir/power.html" >"$dir/dom.html" 2>/dev/null
	body=$(grep -o '<body[^>]*>' "$dir/dom.html" | head -1)
	case "$body" in *'data-status="ok"'*) ;; *) fail "the page did not render: $body" ;; esac
	case "$body" in *'data-episodes="0"'*|*'data-episodes=""'*) fail "no episode band drawn: $body" ;; esac
	grep -q '>nvml:power_cap</td>' "$dir/dom.html" || fail "no power-cap row in the HTML episodes table"
	echo "chromium: $body"
else
	echo "chromium not installed: the HTML band was not checked"
fi

# The feeder stops: one feeder-stall bundle.
kill -STOP "$fpid"
stopped=$(date +%s)
wait_for 30 has_bundle || fail "no bundle after the feeder stopped"
took=$(( $(date +%s) - stopped ))
b=$(find "$dir/out" -maxdepth 1 -name '*.tar.zst')
"$report" verify "$b" >/dev/null || fail "the bundle does not verify"
"$report" show "$b" >"$dir/show.txt" || fail "show failed"
grep -q "feeder stalled: no samples from gpu0" "$dir/show.txt" || { cat "$dir/show.txt"; fail "not reported as a feeder stall"; }
grep -q "sampler stall" "$dir/show.txt" && fail "reported as a sampler stall"
# Still one after a few more stall periods: once per stall.
kill -CONT "$fpid"
wait_for 10 grep -q "bundle written" "$dir/capture.log" || fail "no bundle line"
[ "$(bundles)" -eq 1 ] || fail "$(bundles) bundles for one stall"
echo "PASS: ${duration} s healthy at 10 Hz without a hang; SIGSTOP -> one feeder-stall bundle after ${took} s"
