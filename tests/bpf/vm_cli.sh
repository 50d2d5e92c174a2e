#!/bin/sh
# Runs inside the VM: the tempmon-probe CLI end to end, without tempmon.ko.
# It must say at start what it attached and what not (tempmon's events are
# absent), print one JSON object per line, and exit after --count episodes.
set -eu
probe=${1:?usage: vm_cli.sh TEMPMON_PROBE}
p=/sys/module/tempmon_testzone/parameters
out=/tmp/probe.jsonl err=/tmp/probe.err

# wait_for DESCRIPTION TENTHS COMMAND...: poll a condition with a deadline.
wait_for() {
	what=$1 n=$2
	shift 2
	i=0
	until "$@"; do
		i=$((i + 1))
		if [ $i -ge $((n * 2)) ]; then
			echo "vm_cli: timed out waiting for $what" >&2
			cat "$err" >&2
			exit 1
		fi
		sleep 0.05
	done
}

insmod "$TEMPMON_KMOD/tempmon_testzone.ko"
"$probe" --count 1 --duration 120 --zone tempmon-test --ready-file /tmp/ready >"$out" 2>"$err" &
pid=$!
wait_for "the probe to attach" 600 test -e /tmp/ready
grep -q '^tempmon-probe: attached thermal:thermal_zone_trip ' "$err"
grep -q '^tempmon-probe: attached thermal:cdev_update ' "$err"
grep -q '^tempmon-probe: not attached tempmon:tempmon_throttle .*tempmon.ko not loaded' "$err"

echo 85000 > $p/temp_mc
wait_for "episode_open" 200 grep -q '"type":"episode_open"' "$out"
echo 40000 > $p/temp_mc
wait_for "the probe to exit after one episode" 300 sh -c "! kill -0 $pid 2>/dev/null"
wait $pid

python3 - "$out" <<'PY'
import json, sys
lines = open(sys.argv[1]).read().splitlines()
objs = [json.loads(l) for l in lines]          # every line is one JSON object
eps = [o for o in objs if o["type"] == "episode"]
assert len(eps) == 1, lines
e = eps[0]
assert e["cause"] == "trip" and e["name"] == "tempmon-test", e
assert e["peak_temp_mc"] == 85000 and e["trip_temp_mc"] == 70000, e
assert e["deepest_cooling_state"] >= 1 and e["steps"][0]["kind"] == "trip", e
assert e["duration_ns"] > 0 and e["close_reason"] in ("temperature", "cooling_off"), e
print("vm_cli: ok:", json.dumps({k: e[k] for k in ("cause", "peak_temp_mc", "duration_ns")}))
PY
grep -q 'dropped records 0' "$err"
rmmod tempmon_testzone
