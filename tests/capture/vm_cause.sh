#!/bin/sh
# Runs inside a test VM: why it throttled, judged on real producers. The
# kernel's thermal core drives the test zone (tempmon_testzone), a real
# hwmon chip (tempmon_testfan: fan1, fan1_target, pwm1, temp1 "Inlet")
# is read by the real tempmon-feed and pushed into tempmon.ko, and the real
# tempmon-capture writes the bundle and judges its episode.
#   vm_cause.sh CAPTURE FEED REPORT SCENARIO
#   SCENARIO: fan     the fan stops while its duty is at 100 %: fan_fault
#             inlet   the inlet air rises and the zone with it: inlet
#             healthy no throttle: a bundle with no episode and no cause
set -eu
cap=$1 feed=$2 report=$3 scenario=$4
src=$(cd "$(dirname "$0")/../.." && pwd)
out=$TEMPMON_OUT/spool-cause-$scenario
log=$TEMPMON_OUT/capture-cause-$scenario.log
flog=$TEMPMON_OUT/feed-cause-$scenario.log
rm -rf "$out"
fan=/sys/module/tempmon_testfan/parameters
zone=/sys/module/tempmon_testzone/parameters/temp_mc
fpid= pid=
cleanup() {
	[ -n "$fpid" ] && kill "$fpid" 2>/dev/null
	[ -n "$pid" ] && kill "$pid" 2>/dev/null
	wait 2>/dev/null || true
}
trap cleanup EXIT
fail() {
	echo "FAIL: $*"
	for f in "$log" "$flog"; do echo "--- $f"; tail -30 "$f" 2>/dev/null || true; done
	exit 1
}
# Waits up to $1 tenths of a second for the command after it to succeed.
until_ok() {
	n=0 limit=$1
	shift
	until "$@"; do
		n=$((n + 1))
		[ $n -le "$limit" ] || return 1
		sleep 0.1
	done
}

insmod "$TEMPMON_KMOD/tempmon_testzone.ko"
insmod "$TEMPMON_KMOD/tempmon_testfan.ko"
insmod "$TEMPMON_KMOD/tempmon.ko" zones=tempmon-test rate_hz=100
echo 60000 > $zone

# The test chip only: the zone's own hwmon twin is the ring's zone sensor.
"$feed" --rate 10 --no-nvml --match 'hwmon:testfan/*' >"$flog" 2>&1 &
fpid=$!
registered() { [ "$(grep -c 'sensor_registered' "$flog")" -ge 4 ]; }
until_ok 600 registered || fail "the feeder did not register the test chip's 4 sensors"

timeout 200 "$cap" --on-throttle --once --pre 25 --post 3 --threshold tempmon-test=75/5 \
	--out "$out" --kmsg none --bpf off --no-pstore -v 2>"$log" &
pid=$!
until_ok 600 grep -q watching "$log" || fail "the capture did not start"
# A baseline before anything happens: the judge compares with it. This is
# the scenario's timeline (the window holds 25 s before the trigger), not
# a wait for a state.
sleep 15

case $scenario in
fan)
	# The chip keeps commanding full duty; the fan stops. Then the zone heats.
	echo 1 > $fan/pwm_enable
	echo 255 > $fan/pwm
	echo 0 > $fan/fan_rpm
	echo 85000 > $zone
	want=fan_fault
	;;
inlet)
	# The air in gets 20 C warmer and the zone follows it, 35 C above it as before.
	for step in 1 2 3 4; do
		echo $((25000 + step * 5000)) > $fan/inlet_mc
		echo $((60000 + step * 5000)) > $zone
		sleep 0.5
	done
	want=inlet
	;;
healthy)
	# A manual capture (SIGUSR1 to the capture, the child of timeout).
	kill -USR1 $(cat /proc/$pid/task/$pid/children)
	want=
	;;
*) fail "unknown scenario $scenario" ;;
esac
wait $pid || fail "capture exited $?"
pid=
set -- "$out"/*.tar.zst
[ $# -eq 1 ] || fail "want exactly one bundle, got $#"
b=$1
"$report" verify "$b" >/dev/null || fail "the bundle does not verify"
/usr/bin/python3 "$src/tests/reports/schema_check.py" "$src/docs/schema" "$b" || fail "the bundle does not match docs/schema"
x=$TEMPMON_OUT/x-$scenario
rm -rf "$x" && mkdir -p "$x" && tar --zstd -xf "$b" -C "$x"
"$report" show "$b" --color=never >"$TEMPMON_OUT/show-$scenario.txt" || fail "show failed"
cat "$TEMPMON_OUT/show-$scenario.txt"

# The chip's channels are ring sensors with their units and identity.
for s in "hwmon:testfan/fan1 RPM" "hwmon:testfan/fan1_target RPM" "hwmon:testfan/pwm1 %" "hwmon:testfan/Inlet C"; do
	jq -e --arg n "${s% *}" --arg u "${s##* }" '[.sensors[] | select(.name == $n and .unit == $u
		and .kind == "hwmon" and .model == "testfan" and .location == "tempmon_testfan")] | length == 1' \
		"$x/manifest.json" >/dev/null || fail "no sensor $s: $(jq -c .sensors "$x/manifest.json")"
done
jq -e '.collectors[] | select(.name == "cooling_inputs") | .status == "ok"' "$x/manifest.json" >/dev/null ||
	fail "cooling_inputs is not ok: $(jq -c .collectors "$x/manifest.json")"

if [ -z "$want" ]; then
	# A healthy window: no episode, so nothing judged, nothing invented.
	[ ! -s "$x/episodes.jsonl" ] || fail "episodes in a healthy window: $(cat "$x/episodes.jsonl")"
	grep -q "why:" "$TEMPMON_OUT/show-$scenario.txt" && fail "show gives a cause for a healthy window"
	echo "vm_cause $scenario: ok on $(uname -r)"
	exit 0
fi

ep=$(jq -c 'select(.name == "tempmon-test")' "$x/episodes.jsonl" | head -1)
[ -n "$ep" ] || fail "no episode of the test zone: $(cat "$x/episodes.jsonl")"
echo "judged: $(echo "$ep" | jq -c .attribution)"
echo "$ep" | jq -e --arg c "$want" '.attribution.cause == $c and .attribution.device == "tempmon-test"
	and (.attribution.what_to_do | length > 0)' >/dev/null || fail "the episode is not judged $want: $ep"
grep -q "why: $want — " "$TEMPMON_OUT/show-$scenario.txt" || fail "show does not say why ($want)"
case $scenario in
fan)
	echo "$ep" | jq -e '[.attribution.evidence[] | select(.fact == "fans_stopped" and .value == 1
		and (.text | startswith("hwmon:testfan/fan1: 0 RPM during the episode at duty 100 % (hwmon:testfan/pwm1)"))
		and (.text | test(", 2[0-9]{3} RPM before$")))] | length == 1' >/dev/null ||
		fail "the fan fault does not quote fan1 at 0 RPM, duty 100 %, about 2400 RPM before: $ep"
	;;
inlet)
	echo "$ep" | jq -e '[.attribution.evidence[] | select(.fact == "inlet_rise_c" and .value >= 15
		and (.text | startswith("hwmon:testfan/Inlet: inlet 25.0 C before")))] | length == 1' >/dev/null ||
		fail "the inlet cause does not quote the inlet's rise from 25 C: $ep"
	echo "$ep" | jq -e '[.attribution.evidence[] | select(.fact == "delta_rise_c" and .value < 3)] | length == 1' \
		>/dev/null || fail "the inlet cause does not quote a normal device - inlet difference: $ep"
	;;
esac
echo "vm_cause $scenario: ok on $(uname -r)"
