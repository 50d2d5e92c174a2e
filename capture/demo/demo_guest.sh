#!/bin/sh
# The demo's part inside the test VM (scripts/demo), and the VM test
# capture_vm_demo: tempmon.ko samples the test thermal zone, tempmon-capture
# (with the BPF probe) waits for a throttle, the zone is heated past its trip
# until the kernel's governor has raised the cooling device step by step, then
# cooled until the episode closes — all inside the capture window, so the
# bundle holds one whole episode: heat, throttle, cooling steps, cool, closed.
#   demo_guest.sh CAPTURE [BUNDLE_CHECK]
# With BUNDLE_CHECK the bundle is checked here (one whole merged episode,
# docs/schema/ valid); the bundle lands in $TEMPMON_OUT/reports.
set -eu
cap=$1 check=${2:-}
src=$(cd "$(dirname "$0")/../.." && pwd)
out=$TEMPMON_OUT/reports
log=$TEMPMON_OUT/capture.log
params=/sys/module/tempmon_testzone/parameters
rm -rf "$out"

# wait_until TENTHS CONDITION...: polls the condition (a sysfs value, a log
# line) every 0.1 s until it holds; returns 1 after TENTHS tries.
wait_until() {
	n=0 limit=$1
	shift
	until "$@"; do
		n=$((n + 1))
		[ $n -le "$limit" ] || return 1
		kill -0 "$pid" 2>/dev/null || { echo "demo: tempmon-capture ended early:"; cat "$log"; exit 1; }
		sleep 0.1
	done
}
state() { cat $params/cdev_state; }
state_at_least() { [ "$(state)" -ge "$1" ]; }
state_below() { [ "$(state)" -lt "$1" ]; }
watching() { grep -q watching "$log" 2>/dev/null; }

insmod "$TEMPMON_KMOD/tempmon_testzone.ko"
insmod "$TEMPMON_KMOD/tempmon.ko" zones=tempmon-test rate_hz=100
echo 45000 > $params/temp_mc
echo "demo: tempmon.ko loaded on $(uname -r); sensors:"
cat /dev/tempmon

# The window (--post after the trigger) is long enough for the whole cycle
# below under TCG, where each governor pass takes a few hundred ms.
timeout 120 "$cap" --on-throttle --on-hang --once --pre 8 --post 20 --bpf on \
	--threshold tempmon-test=75/5 --out "$out" --metrics "$TEMPMON_OUT/tempmon.prom" \
	--no-pstore -v 2>"$log" &
pid=$!
fail() { echo "demo: $*"; cat "$log"; exit 1; }
wait_until 600 watching || fail "tempmon-capture did not start"
# The trip is at 70 C; step_wise raises the cooling state by one per pass
# while the temperature rises, so each step waits for the next state.
echo "demo: tempmon-capture is watching; heating the zone 45 -> 90 C"
s=1
for t in 72000 78000 84000 90000; do
	echo $t > $params/temp_mc
	wait_until 200 state_at_least $s || fail "cooling state $(state) at $t mC, want >= $s"
	s=$((s + 1))
done
echo "demo: cooling state $(state); cooling the zone to 40 C"
# 6.1's step_wise lowers the state only while the temperature keeps
# falling: walk it down, one degree per released step.
t=40000
while [ "$(state)" -gt 0 ] && [ $t -gt 30000 ]; do
	before=$(state)
	echo $t > $params/temp_mc
	wait_until 50 state_below "$before" || true
	t=$((t - 1000))
done
echo "demo: cooling state $(state); waiting for the window to end"
wait $pid || { echo "demo: tempmon-capture failed ($?)"; cat "$log"; exit 1; }
cat "$log"
ls -l "$out"
[ -n "$check" ] || exit 0
set -- "$out"/*.tar.zst
[ $# -eq 1 ] || { echo "demo: want exactly one bundle, got $#"; exit 1; }
"$check" "$1" --trigger throttle --thr-start --whole-episode tempmon-test --min-samples 100
/usr/bin/python3 "$src/tests/reports/schema_check.py" "$src/docs/schema" "$1"
