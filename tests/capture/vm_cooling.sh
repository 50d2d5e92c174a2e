#!/bin/sh
# Runs inside a test VM: cooling health before the first throttle
# (docs/cooling.md). Two of tempmon.ko's simulated zones, sim0 and sim1,
# run the same load steps; each has its load-proportional power pushed
# beside it as one device (capture_sim_cooling). Once the real
# tempmon-capture has learnt both, sim0's thermal resistance is raised step
# by step through TEMPMON_IOC_SET_SIM_LOAD until it throttles. The capture,
# with --on-anomaly and a short --cooling-learn, must write an anomaly
# bundle for sim0 before sim0's first throttle and none for sim1. Once
# every check has passed, the bundle is left as $TEMPMON_OUT/anomaly.tar.zst
# for the host's Chromium check (vm_cooling_html.sh).
#   vm_cooling.sh CAPTURE REPORT SIM_COOLING
set -eu
cap=$1 report=$2 sim=$3
src=$(cd "$(dirname "$0")/../.." && pwd)
. "$src/tests/wait_for.sh"
out=$TEMPMON_OUT/spool-cooling
log=$TEMPMON_OUT/capture-cooling.log
slog=$TEMPMON_OUT/sim-cooling.log
prom=$TEMPMON_OUT/cooling.prom
rm -rf "$out" "$prom" "$TEMPMON_OUT/anomaly.tar.zst"
mkdir -p "$out"
spid= pid=
cleanup() {
	[ -n "$pid" ] && kill "$pid" 2>/dev/null
	[ -n "$spid" ] && kill "$spid" 2>/dev/null
	wait 2>/dev/null || true
}
trap cleanup EXIT
fail() {
	echo "FAIL: $*"
	for f in "$log" "$slog" "$prom"; do echo "--- $f"; tail -40 "$f" 2>/dev/null || true; done
	exit 1
}
# A device's verdict in the metrics textfile: 0 healthy, 1 learning, 2 anomaly.
verdict() {
	sed -n "s/^tempmon_cooling_verdict{.*sensor=\"$1\".*} \\([0-9]*\\)\$/\\1/p" "$prom" 2>/dev/null | tail -1
}
anomaly_bundles() {
	for b in "$out"/*.tar.zst; do
		[ -e "$b" ] || continue
		if tar --zstd -xOf "$b" manifest.json | jq -e '.trigger.kind == "anomaly"' >/dev/null 2>&1; then
			echo "$b"
		fi
	done
}
have_anomaly() { [ -n "$(anomaly_bundles)" ]; }
throttled() { grep -q "trigger throttle" "$log"; }

insmod "$TEMPMON_KMOD/tempmon.ko" sim_sensors=2 rate_hz=100
"$sim" run sim0 sim1 >"$slog" 2>&1 &
spid=$!
wait_for 60 grep -q ready "$slog" || fail "capture_sim_cooling did not start"

# r0: sim0's thermal resistance in per mille of the nominal; sim1 keeps 1000.
r0=1000
load() {
	"$sim" set sim0 "$1" "$r0" || fail "set sim0 $1 $r0"
	"$sim" set sim1 "$1" 1000 || fail "set sim1 $1"
}
load 100

# 100 C: sim1 peaks at 35 + 0.8 * 60 = 83 C, so only a degraded sim0 throttles.
"$cap" --on-anomaly=cooling --on-throttle --cooling-learn 60 --threshold sim0=100/5 --threshold sim1=100/5 \
	--cooldown 0 --pre 120 --post 2 --metrics "$prom" --metrics-every 1 \
	--out "$out" --kmsg none --bpf off --no-pstore -v 2>"$log" &
pid=$!
wait_for 60 grep -q watching "$log" || fail "the capture did not start"

# The load steps, the same for both zones: idle (100 per mille, 30 W),
# 600 (180 W), 800 (240 W). Each is held long enough for the model's steady
# segments (30 s once settled; the zone's time constant is 2 s): one at
# idle, two at each load. Holding a load is the scenario's timeline, not a
# wait for a state: every state is polled for below, with a deadline.
cycle() {
	for step in "100 45" "600 75" "800 75"; do
		[ -n "${degrading:-}" ] && r0=$((r0 + 100))
		load ${step% *}
		# Hold the step; stop early only on the state this phase waits for.
		n=0
		while [ $n -lt "${step#* }" ]; do
			sleep 1
			n=$((n + 1))
			kill -0 "$pid" 2>/dev/null || fail "the capture exited"
		done
		echo "step: load ${step% *} resist $r0: sim0 $(verdict sim0), sim1 $(verdict sim1)"
	done
}

# Learning: until both devices are judged healthy (verdict 0), at most 8 cycles.
c=0
until [ "$(verdict sim0)" = 0 ] && [ "$(verdict sim1)" = 0 ]; do
	c=$((c + 1))
	[ $c -le 8 ] || fail "the devices did not finish learning: sim0 $(verdict sim0), sim1 $(verdict sim1)"
	cycle
done
have_anomaly && fail "an anomaly bundle while both zones were healthy: $(anomaly_bundles)"
throttled && fail "a throttle before any degradation"

# Degradation: sim0's resistance rises by 10 % of the nominal at every load
# step, until sim0 throttles (at 800 per mille once above 1.36 times).
degrading=1
c=0
until throttled; do
	c=$((c + 1))
	[ $c -le 4 ] || fail "sim0 never throttled (resist $r0)"
	cycle
done
wait_for 60 have_anomaly || fail "no anomaly bundle at all"
kill "$pid"
wait "$pid" || fail "the capture exited $? on SIGTERM"
pid=
grep -n "cooling health\|trigger" "$log" | tail -20

set -- $(anomaly_bundles)
[ $# -eq 1 ] || fail "want exactly one anomaly bundle, got $#: $*"
b=$1
x=$TEMPMON_OUT/x-cooling
rm -rf "$x" && mkdir -p "$x" && tar --zstd -xf "$b" -C "$x"
"$report" verify "$b" >/dev/null || fail "the anomaly bundle does not verify"
/usr/bin/python3 "$src/tests/reports/schema_check.py" "$src/docs/schema" "$b" ||
	fail "the anomaly bundle does not match docs/schema"
echo "anomaly trigger: $(jq -c .trigger "$x/manifest.json")"
jq -e '.trigger.reason | startswith("cooling health of sim0 (zone:sim0): cooling, cooling_saturated")' \
	"$x/manifest.json" >/dev/null || fail "the anomaly is not sim0's cooling: $(jq -c .trigger "$x/manifest.json")"
anomaly_ns=$(jq -r .trigger.ts_ns "$x/manifest.json")

# Before the first throttle: the anomaly bundle holds no episode of sim0,
# and the first throttle bundle's trigger comes after it.
[ ! -s "$x/episodes.jsonl" ] || ! jq -e 'select(.name == "sim0")' "$x/episodes.jsonl" >/dev/null ||
	fail "sim0 had throttled when its anomaly was written: $(cat "$x/episodes.jsonl")"
first_thr=
for t in "$out"/*.tar.zst; do
	m=$(tar --zstd -xOf "$t" manifest.json)
	echo "$m" | jq -e '.trigger.kind == "throttle"' >/dev/null || continue
	echo "$m" | jq -e '.trigger.reason | test("sim1")' >/dev/null && fail "the healthy sim1 throttled: $(echo "$m" | jq -c .trigger)"
	ns=$(echo "$m" | jq -r .trigger.ts_ns)
	if [ -z "$first_thr" ] || [ "$ns" -lt "$first_thr" ]; then first_thr=$ns; fi
done
[ -n "$first_thr" ] || fail "no throttle bundle of sim0"
[ "$anomaly_ns" -lt "$first_thr" ] || fail "the anomaly ($anomaly_ns) came after the first throttle ($first_thr)"
echo "lead time before the first throttle: $(((first_thr - anomaly_ns) / 1000000000)) s"

# The bundle's cooling health: sim0 an anomaly with its baseline, sim1 healthy.
jq -e '[.cooling_health.devices[] | select(.id == "zone:sim0" and .verdict.state == "anomaly"
	and .verdict.cause == "cooling_saturated" and .r_c_per_w.value > .baseline_r_c_per_w.value)] | length == 1' \
	"$x/system.json" >/dev/null || fail "sim0 is not an anomaly in cooling_health: $(jq -c .cooling_health "$x/system.json")"
jq -e '[.cooling_health.devices[] | select(.id == "zone:sim1" and .verdict.state == "healthy")]
	| length == 1' "$x/system.json" >/dev/null ||
	fail "sim1 is not healthy in cooling_health: $(jq -c .cooling_health "$x/system.json")"
# And at the end of the run, after sim0's throttle: sim1 still healthy.
[ "$(verdict sim1)" = 0 ] || fail "sim1's final verdict is $(verdict sim1), not healthy"
[ "$(verdict sim0)" = 2 ] || fail "sim0's final verdict is $(verdict sim0), not anomaly"

"$report" show "$b" --color=never >"$TEMPMON_OUT/show-cooling.txt" || fail "show failed"
sed -n '/^Cooling health/,/^$/p' "$TEMPMON_OUT/show-cooling.txt"
grep -q "^Cooling health (2)" "$TEMPMON_OUT/show-cooling.txt" || fail "show has no Cooling health section of 2 devices"
grep -q "^  sim0 (zone:sim0): anomaly: cooling, cooling_saturated$" "$TEMPMON_OUT/show-cooling.txt" ||
	fail "show does not name sim0 as a cooling anomaly"
grep -q "^  sim1 (zone:sim1): healthy$" "$TEMPMON_OUT/show-cooling.txt" ||
	fail "show does not call sim1 healthy"
grep -A8 "^  sim0 " "$TEMPMON_OUT/show-cooling.txt" | grep -q "R baseline *0\.[0-9]* C/W" ||
	fail "show gives sim0 no baseline R"
cp "$b" "$TEMPMON_OUT/anomaly.tar.zst"
echo "vm_cooling: ok on $(uname -r)"
