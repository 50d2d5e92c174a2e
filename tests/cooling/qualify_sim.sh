#!/bin/sh
# tempmon-capture --qualify on tempmon-sim's zone: the real command, three
# runs, the load held by `tempmon-sim --hold-load` for as long as the
# command's runner lets it live. The sim's truth is its configured thermal
# resistance (--resistance 0.2 C/W) and the model's time constant
# (TEMPMON_SIM_TAU_US, 2 s); its clock runs 5x (--speed 5), so a run's
# 30 s steady segments take 6 s here.
#  - every run's R within 2 % of 0.2 C/W and tau within 5 % of 2 s, the
#    repeatability line "pass", both spreads within +-3 %;
#  - the spool's baseline file (version 2) holds the result, and a capture
#    started afterwards reports that baseline for zone:sim0;
#  - a load command that exits 1 or is not installed, an unknown device and
#    a device without a power series: one line, exit 11, the baseline file
#    byte for byte as it was; beside a capture running on the spool, exit 4.
# usage: qualify_sim.sh CAPTURE SIM
set -eu
capture=$1 sim=$2
dir=$(mktemp -d /tmp/tempmon-qualify-XXXXXX)
shm=tempmon-qualify-$$ shm2=tempmon-qualify-np-$$
spid= spid2= spid3=
cleanup() {
	[ -n "$spid" ] && kill "$spid" 2>/dev/null
	[ -n "$spid2" ] && kill "$spid2" 2>/dev/null
	[ -n "$spid3" ] && kill "$spid3" 2>/dev/null
	wait 2>/dev/null || true
	rm -rf "$dir" "/dev/shm/$shm" "/dev/shm/$shm2"
}
trap cleanup EXIT
fail() { echo "FAIL: $*"; for f in "$dir"/*.log "$dir"/*.txt; do [ -f "$f" ] && { echo "--- $f"; cat "$f"; }; done; exit 1; }
. "$(dirname "$0")/../wait_for.sh"
mkdir -m 755 "$dir/out"
"$sim" --name "$shm" --resistance 0.2 --idle-power 30 --load 0 --rate 200 --speed 5 \
	--load-control "$dir/load.sock" --ready-file "$dir/ready" >"$dir/sim.log" 2>&1 &
spid=$!
wait_for 30 test -e "$dir/ready" || fail "tempmon-sim did not start"
load="$sim --hold-load 700 --load-control $dir/load.sock"
common="--source shm:$shm --out $dir/out --soak 120 --cool 120"

# 1. three runs: R and tau against the sim's truth, repeatable, stored.
start=$(date +%s)
# shellcheck disable=SC2086
"$capture" $common --qualify zone:sim0 --runs 3 --load-cmd "$load" >"$dir/table.txt" 2>"$dir/qualify.log" ||
	fail "qualify exited $?"
took=$(( $(date +%s) - start ))
grep -q '^repeatability (goal ±3 % over 3 runs): pass$' "$dir/table.txt" || fail "no passing repeatability line"
[ "$(grep -c '^| [123] |' "$dir/table.txt")" -eq 3 ] || fail "not one row per run"
python3 - "$dir/table.txt" >"$dir/check.txt" <<'EOF' || fail "$(cat "$dir/check.txt")"
import sys
bad = []
for line in open(sys.argv[1]):
    c = [x.strip() for x in line.split("|")]
    if len(c) < 8:
        continue
    if c[1] in ("1", "2", "3"):
        r, tau = float(c[6]), float(c[7].split()[0])
        if abs(r / 0.2 - 1) > 0.02: bad.append(f"run {c[1]}: R {r} C/W, not within 2 % of 0.2")
        if abs(tau / 2 - 1) > 0.05: bad.append(f"run {c[1]}: tau {tau} s, not within 5 % of 2")
    if c[1] == "spread":
        for v in c[6:8]:
            if float(v.strip("±% ")) > 3: bad.append(f"spread {v} above 3 %")
print("; ".join(bad))
sys.exit(1 if bad else 0)
EOF
grep -q "^baseline stored: $dir/out/.tempmon-cooling-baselines.json" "$dir/table.txt" || fail "baseline not said stored"
base=$dir/out/.tempmon-cooling-baselines.json
python3 - "$base" "$dir/table.txt" <<'EOF' || fail "the baseline file does not hold the result"
import json, sys
doc = json.load(open(sys.argv[1]))
assert doc["format"] == "tempmon-cooling-baselines" and doc["version"] == 2, doc.get("version")
(d,) = [x for x in doc["devices"] if x["id"] == "zone:sim0"]
assert d["learned"] is True
n, mean, _ = d["r_by_duty_band"][0]          # no fan: band 0
assert n == 3, n
rows = [l for l in open(sys.argv[2]) if l.startswith("| mean |")]
assert abs(mean - float(rows[0].split("|")[6])) < 1e-4, (mean, rows)
assert d["tau_s"][0] == 3 and abs(d["tau_s"][1] - 2) < 0.1, d["tau_s"]
q = d["qualification"]
assert len(q["runs"]) == 3 and q["goal_pct"] == 3 and q["r_spread_pct"] <= 3 and q["tau_spread_pct"] <= 3, q
assert q["load_cmd"].endswith("--hold-load 700 --load-control " + sys.argv[1].rsplit("/", 2)[0] + "/load.sock"), q["load_cmd"]
EOF
echo "three runs in ${took} s"

# 2. a capture started afterwards reads it: its bundle's cooling health has
# zone:sim0 learned, with the qualification's R as its baseline.
"$capture" --source "shm:$shm" --now --pre 3 --post 0 --kmsg none --bpf off --no-pstore --gpu-facts off \
	--uevents off --out "$dir/out" >/dev/null 2>"$dir/capture.log" || fail "the capture after it failed"
b=$(find "$dir/out" -maxdepth 1 -name '*.tar.zst')
[ -n "$b" ] || fail "no bundle"
tar --zstd -xOf "$b" system.json >"$dir/system.json" || fail "no system.json"
python3 - "$dir/system.json" "$base" <<'EOF' || fail "the capture did not read the qualified baseline"
import json, sys
(d,) = [x for x in json.load(open(sys.argv[1]))["cooling_health"]["devices"] if x["id"] == "zone:sim0"]
(s,) = [x for x in json.load(open(sys.argv[2]))["devices"] if x["id"] == "zone:sim0"]
assert d["learned"] is True, d
assert d["baseline_r_c_per_w"]["n"] == 3, d["baseline_r_c_per_w"]
assert abs(d["baseline_r_c_per_w"]["value"] - s["r_by_duty_band"][0][1]) < 1e-12, (d, s)
EOF
rm -f "$b"
sum=$(sha256sum "$base")

# 3. what cannot be qualified: one line, exit 11, the baseline untouched.
expect_fail() {  # NAME WANT(regex) ARGS...
	name=$1 want=$2
	shift 2
	rc=0
	"$capture" "$@" >"$dir/$name.out" 2>"$dir/$name.err" || rc=$?
	[ "$rc" -eq 11 ] || fail "$name: exit $rc, not 11"
	[ "$(wc -l <"$dir/$name.err")" -eq 1 ] || fail "$name: not one line"
	grep -Eq "$want" "$dir/$name.err" || fail "$name: '$(cat "$dir/$name.err")' lacks /$want/"
	[ "$(sha256sum "$base")" = "$sum" ] || fail "$name: the baseline file changed"
	echo "$name: $(cat "$dir/$name.err")"
}
# shellcheck disable=SC2086
expect_fail load-exits-1 'run 1: the load command exited with status 1 after .* before a steady segment.*baseline is unchanged' \
	$common --qualify zone:sim0 --load-cmd false
# shellcheck disable=SC2086
expect_fail load-not-installed 'cannot start tempmon-no-such-load: No such file or directory.*baseline is unchanged' \
	$common --qualify zone:sim0 --load-cmd "tempmon-no-such-load --cpu 2"
# shellcheck disable=SC2086
expect_fail unknown-device 'no such device in shm:.* \(devices: zone:sim0\).*baseline is unchanged' \
	$common --qualify zone:nope --load-cmd "$load"
# A CPU package on a ring without it: on a machine without hwmon or RAPL
# (this test's usual one) the line says the CPU cannot be qualified here.
if [ -z "$(ls /sys/class/hwmon 2>/dev/null)" ] && [ ! -e /sys/class/powercap/intel-rapl:0 ]; then
	want='neither hwmon .* nor RAPL .*: its CPU cannot be qualified here'
elif [ ! -e /sys/class/powercap/intel-rapl:0 ]; then
	want='RAPL zone, and this machine has none'
else
	want='no such device in shm:'
fi
# shellcheck disable=SC2086
expect_fail cpu-package "hwmon:coretemp.0:Package id 0: no such device .*$want" \
	$common --qualify 'hwmon:coretemp.0:Package id 0' --load-cmd "$load"
"$sim" --name "$shm2" --load 0 --rate 200 --ready-file "$dir/ready2" >"$dir/sim2.log" 2>&1 &
spid2=$!
wait_for 30 test -e "$dir/ready2" || fail "the second tempmon-sim did not start"
expect_fail no-power 'zone:sim0: no power series for this device in shm:.*\(R is degrees per watt\)' \
	--source "shm:$shm2" --out "$dir/out" --qualify sim0 --load-cmd "$load"

# 4. a capture running on the spool holds it (its baseline saves would
# replace the qualification's): refused with its PID, exit 4.
"$capture" --source "shm:$shm" --on-temp 200 --kmsg none --bpf off --no-pstore --gpu-facts off --uevents off \
	--out "$dir/out" >/dev/null 2>"$dir/daemon.log" &
spid3=$!
wait_for 30 grep -q watching "$dir/daemon.log" || fail "the capture on the spool did not start"
rc=0
"$capture" $common --qualify zone:sim0 --load-cmd "$load" >/dev/null 2>"$dir/locked.err" || rc=$?
holder=$spid3
kill "$spid3"
wait "$spid3" 2>/dev/null || true
spid3=
[ "$rc" -eq 4 ] || fail "qualify beside a running capture: exit $rc, not 4"
grep -q "PID $holder " "$dir/locked.err" || fail "the holder's PID not named: $(cat "$dir/locked.err")"
echo "spool held: $(cat "$dir/locked.err")"
echo "PASS: qualification on the simulated zone"
