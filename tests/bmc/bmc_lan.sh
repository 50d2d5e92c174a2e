#!/bin/sh
# The server's BMC over IPMI 2.0 lanplus, against a real implementation
# (OpenIPMI's ipmi_sim on 127.0.0.1, sim.sh), end to end: the real
# tempmon-feed --bmc lan (beside a 10 Hz hwmon sensor of a sysfs tree) ->
# its shared-memory ring -> the real tempmon-capture --bmc lan -> a bundle.
# Asserts: the BMC's inlet, exhaust, two fans and PSU power are ring
# sensors with unit and label (the cause judge's cooling inputs); a value
# changed in the simulator's console arrives; a SEL record added in the
# console inside the window is in the bundle's system.json, one added
# before it is not; the feed's BMC state is in the collector table. Then
# fail-soft: an absurd reading is rejected with a state, not recorded; an
# empty SDR is a state; a
# BMC 1.5 s per packet away is "slow", a BMC that dies mid-run "failed",
# an address nobody answers "failed" — each while the hwmon sensor keeps
# its 10 Hz; a credentials file others may read is refused with one line.
# usage: bmc_lan.sh FEED CAPTURE REPORT
set -eu
feed=$1 capture=$2 report=$3
src=$(cd "$(dirname "$0")/../.." && pwd)
dir=$(mktemp -d /tmp/tempmon-bmc-lan-XXXXXX)
shm=tempmon-bmc-lan-$$
fpid= ppid_= sim_pid=
cleanup() {
	[ -n "$fpid" ] && kill "$fpid" 2>/dev/null
	[ -n "$ppid_" ] && kill "$ppid_" 2>/dev/null
	[ -n "$sim_pid" ] && kill "$sim_pid" 2>/dev/null
	wait 2>/dev/null || true
	rm -rf "$dir" "/dev/shm/$shm"
}
trap cleanup EXIT
fail() {
	echo "FAIL: $*"
	for f in feed.log capture.log sim.log status.json; do echo "--- $f"; tail -30 "$dir/$f" 2>/dev/null || true; done
	exit 1
}
. "$src/tests/wait_for.sh"
. "$src/tests/bmc/sim.sh"
for t in ipmi_sim sdrcomp jq; do command -v $t >/dev/null || fail "$t is not installed (scripts/setup installs it)"; done

# A hwmon chip the feed reads at 10 Hz: the cadence the BMC must not disturb.
mkdir -p "$dir/sys/class/hwmon/hwmon0"
echo testchip >"$dir/sys/class/hwmon/hwmon0/name"
echo 40000 >"$dir/sys/class/hwmon/hwmon0/temp1_input"

sim_start "$dir" || fail "ipmi_sim did not start"
cp "$dir/bmc.conf" "$dir/open.conf" && chmod 644 "$dir/open.conf"
# --- a credentials file others may read: refused in one line before a byte
# is used; the feed goes on with hwmon, the capture without the SEL, and
# both say why in the bundle's collector table
"$feed" --shm "$shm" --no-nvml --sysfs-root "$dir/sys" --bmc lan --bmc-config "$dir/open.conf" \
	--bmc-status "$dir/status.json" --count 20 >"$dir/open.log" 2>&1 || fail "the feed stopped on a refused BMC config: $(cat "$dir/open.log")"
[ "$(grep -c "mode 0644" "$dir/open.log")" = 1 ] &&
	grep -q "group or others may access it (mode 0644).*; running without the BMC" "$dir/open.log" ||
	fail "an 0644 credentials file is not refused in one clear line: $(cat "$dir/open.log")"
# hwmon is read on a thread of its own, so the first scans may go out
# before its first reading: at least half of the 20 carry it.
pushed=$(sed -n 's/.*20 scans, \([0-9]*\) samples pushed.*/\1/p' "$dir/open.log")
[ "${pushed:-0}" -ge 10 ] || fail "hwmon did not go on: $(tail -1 "$dir/open.log")"
jq -e '.state == "failed" and (.message | contains("mode 0644"))' "$dir/status.json" >/dev/null ||
	fail "the state file does not say why the BMC is not read: $(cat "$dir/status.json")"
"$capture" --source "shm:$shm" --kmsg none --bpf off --no-pstore --gpu-facts off --now --once --pre 1 --post 0 \
	--bmc lan --bmc-config "$dir/open.conf" --bmc-status "$dir/status.json" --out "$dir/out-open" >/dev/null 2>"$dir/capture.log" ||
	fail "the capture stopped on a refused BMC config"
grep -q "mode 0644.*; capturing without the BMC" "$dir/capture.log" || fail "the capture does not say it runs without the BMC"
mkdir "$dir/open" && tar --zstd -xf "$(find "$dir/out-open" -name '*.tar.zst')" -C "$dir/open"
jq -e '([.collectors[] | select(.name == "bmc.sel") | .status == "failed" and (.message | contains("mode 0644"))] == [true])
	and ([.collectors[] | select(.name == "system.bmc") | .message | contains("feed: failed")] == [true])' \
	"$dir/open/manifest.json" >/dev/null || fail "the bundle does not say why the BMC was not read: $(jq -c .collectors "$dir/open/manifest.json")"
rm -f "$dir/status.json" "/dev/shm/$shm"

start_feed() {  # start_feed CONFIG: the feed in the background, -v logs every reading
	"$feed" --shm "$shm" --rate 10 --no-nvml --sysfs-root "$dir/sys" --bmc lan --bmc-config "$1" \
		--bmc-deadline 3000 --bmc-status "$dir/status.json" -v >"$dir/feed.log" 2>&1 &
	fpid=$!
}
state_is() { [ -f "$dir/status.json" ] && jq -e --arg s "$1" '.state == $s' "$dir/status.json" >/dev/null; }
logged() { grep -q "$1" "$dir/feed.log"; }
# The hwmon sensor's samples in the last N seconds of a bundle: its cadence.
cadence() {  # cadence BUNDLE_DIR SECONDS -> samples per second of hwmon:testchip/temp1
	id=$(jq -r '.sensors[] | select(.name == "hwmon:testchip/temp1") | .id' "$1/manifest.json")
	end=$(jq -r .window.end_mono_ns "$1/manifest.json")
	awk -F, -v id="$id" -v from="$((end - $2 * 1000000000))" -v s="$2" \
		'NR > 1 && $4 == id && $2 >= from { n++ } END { printf "%.1f", n / s }' "$1/samples.csv"
}
bundle() {  # bundle NAME CONFIG [PRE]: one --now bundle of the last PRE (8) s, extracted to $dir/NAME
	"$capture" --source "shm:$shm" --kmsg none --bpf off --no-pstore --gpu-facts off -v --now --once --pre "${3:-8}" --post 0 \
		--bmc lan --bmc-config "$2" --bmc-status "$dir/status.json" --bmc-timeout 8 \
		--out "$dir/out-$1" >/dev/null 2>"$dir/capture.log" || fail "capture --now exited $?"
	b=$(find "$dir/out-$1" -maxdepth 1 -name '*.tar.zst')
	[ -n "$b" ] || fail "no bundle"
	"$report" verify "$b" >/dev/null || fail "the bundle does not verify"
	/usr/bin/python3 "$src/tests/reports/schema_check.py" "$src/docs/schema" "$b" >"$dir/schema.log" 2>&1 ||
		fail "the bundle does not match docs/schema: $(cat "$dir/schema.log")"
	mkdir "$dir/$1" && tar --zstd -xf "$b" -C "$dir/$1"
}

# Lines of the hwmon sensor the feed logged after the first line matching
# PATTERN: at 10 Hz, 60 of them are 6 s of sampling.
hw_after() {  # hw_after PATTERN N
	[ "$(awk -v p="$1" 'index($0, p) { on = 1 } on && /hwmon:testchip\/temp1 / { n++ } END { print n + 0 }' "$dir/feed.log")" -ge "$2" ]
}

# --- a SEL record from two minutes before the window (the BMC's clock set
# back for it), then the clock in time, then the feed
sim_sel_time "$(date -u -d @$(( $(date +%s) - 120 )) '+%m/%d/%Y - %H:%M:%S')" || fail "cannot set the SEL clock back"
sim_sel 0x01 1 || fail "sel_add refused"
sim_sel_time now || fail "cannot set the SEL clock"
start_feed "$dir/bmc.conf"
wait_for 20 state_is ok || fail "the BMC did not reach state ok"
wait_for 10 logged "bmc:Inlet Temp 24 C" || fail "no inlet reading of 24 C"
logged "bmc:Fan 1 6000 RPM" && logged "bmc:Fan 2 6200 RPM" && logged "bmc:PSU1 Input Power 450 W" &&
	logged "bmc:Exhaust Temp 38 C" || fail "not every BMC sensor arrived"
# --- the console changes the inlet and adds a SEL record (fan 1 going low)
sim_cmd "sensor_set_value 0x20 0 1 45 0" >/dev/null || fail "sensor_set_value refused"
sim_sel_time now || fail "cannot set the SEL clock"
sim_sel 0x04 3 || fail "sel_add refused"
wait_for 10 logged "bmc:Inlet Temp 45 C" || fail "the console's inlet change (45 C) did not arrive"
wait_for 20 hw_after "bmc_ok" 70 || fail "fewer than 70 hwmon readings in the feed's log"
# 60 s back: the SEL record added above is in the window however long the
# waits took on a loaded machine, the one stamped two minutes before is not.
bundle ok "$dir/bmc.conf" 60
m=$dir/ok/manifest.json
sensor() { jq -c --arg n "$1" '.sensors[] | select(.name == $n)' "$m"; }
sensor "bmc:Inlet Temp" | jq -e '.unit == "C" and .model == "IPMI BMC" and (.location | startswith("lan 127.0.0.1:"))' >/dev/null ||
	fail "no bmc:Inlet Temp sensor in C with its identity: $(sensor "bmc:Inlet Temp")"
sensor "bmc:Fan 2" | jq -e '.unit == "RPM"' >/dev/null || fail "no bmc:Fan 2 in RPM"
sensor "bmc:PSU1 Input Power" | jq -e '.unit == "W"' >/dev/null || fail "no PSU power in W"
inlet=$(sensor "bmc:Inlet Temp" | jq -r .id)
awk -F, -v id="$inlet" 'NR > 1 && $4 == id && $6 == 45000 { f = 1 } END { exit !f }' "$dir/ok/samples.csv" ||
	fail "the bundle has no 45 C inlet sample"
c=$(cadence "$dir/ok" 6)
echo "hwmon cadence with a healthy BMC: $c Hz"
awk -v c="$c" 'BEGIN { exit !(c >= 9 && c <= 11) }' || fail "hwmon ran at $c Hz beside the BMC, not 10"
bmc_rate=$(awk -F, -v id="$inlet" -v from="$(( $(jq -r .window.end_mono_ns "$m") - 6000000000 ))" \
	'NR > 1 && $4 == id && $2 >= from { n++ } END { printf "%.1f", n / 6 }' "$dir/ok/samples.csv")
awk -v c="$bmc_rate" 'BEGIN { exit !(c >= 0.8) }' || fail "the BMC's inlet arrived at $bmc_rate Hz, not >= 1"
jq -e '.collectors[] | select(.name == "cooling_inputs") | .message | (contains("inlet air: bmc:Inlet Temp")
	and contains("fan speed: bmc:Fan 1, bmc:Fan 2") and contains("exhaust air: bmc:Exhaust Temp"))' "$m" >/dev/null ||
	fail "the cause judge does not see the BMC's cooling inputs: $(jq -c .collectors "$m")"
jq -e '.collectors[] | select(.name == "system.bmc") | .status == "ok" and (.message | contains("feed: ok (5 sensors)"))' \
	"$m" >/dev/null || fail "the collector table lacks the feed's BMC state: $(jq -c .collectors "$m")"
jq -e '.collectors[] | select(.name == "bmc.sel") | .status == "ok" and (.message | test("1 of [0-9]+ in the window"))' \
	"$m" >/dev/null || fail "the collector table lacks the SEL read: $(jq -c '[.collectors[] | select(.name == "bmc.sel")]' "$m"); system.json bmc: $(jq -c .bmc "$dir/ok/system.json"); trigger $(jq -c .trigger "$m")"
echo "SEL in the window: $(jq -c .bmc.sel "$dir/ok/system.json")"
# The fan record added in the window is there, the inlet record from two
# minutes before is not (the BMC's own clock-sync records may be).
jq -e '.bmc.sel.entries | (map(select(.sensor == "Fan 1")) | length == 1 and .[0].sensor_type == 4
	and .[0].direction == "assertion") and (map(select(.sensor_type == 1)) | length == 0)' "$dir/ok/system.json" >/dev/null ||
	fail "the SEL record added in the window is not the one in the bundle: $(jq -c .bmc "$dir/ok/system.json")"

# --- a lying sensor: exhaust reads 255 C -> rejected, said, not recorded
sim_cmd "sensor_set_value 0x20 0 2 255 0" >/dev/null
wait_for 10 logged "bmc_rejected: bmc:Exhaust Temp: reads 255.0 C" || fail "an absurd exhaust reading was not rejected"
logged "bmc:Exhaust Temp 255 C" && fail "an absurd reading reached the ring"
wait_for 5 jq -e '.message | contains("rejected (outside physical ranges): bmc:Exhaust Temp")' "$dir/status.json" >/dev/null ||
	fail "the state does not name the rejected sensor: $(cat "$dir/status.json")"
sim_cmd "sensor_set_value 0x20 0 2 39 0" >/dev/null
wait_for 10 logged "bmc_sane: bmc:Exhaust Temp" || fail "the exhaust sensor did not come back"

# --- the BMC dies mid-run: failed, hwmon unaffected, the bundle says so
sim_stop
wait_for 20 state_is failed || fail "a dead BMC did not become failed: $(cat "$dir/status.json")"
wait_for 20 hw_after "bmc_failed" 70 || fail "fewer than 70 hwmon readings after the BMC died"
bundle dead "$dir/bmc.conf"
c=$(cadence "$dir/dead" 6)
echo "hwmon cadence with a dead BMC: $c Hz"
awk -v c="$c" 'BEGIN { exit !(c >= 9 && c <= 11) }' || fail "hwmon ran at $c Hz with the BMC dead, not 10"
jq -e '.collectors[] | select(.name == "bmc.sel") | .status == "failed" and (.message | contains("connection timeout"))' \
	"$dir/dead/manifest.json" >/dev/null || fail "a dead BMC's SEL read is not failed: $(jq -c .collectors "$dir/dead/manifest.json")"
jq -e '.collectors[] | select(.name == "system.bmc") | .message | contains("feed: failed")' "$dir/dead/manifest.json" \
	>/dev/null || fail "the feed's failed state is not in the collector table: $(jq -c .collectors "$dir/dead/manifest.json")"
echo "dead BMC: $(jq -c '[.collectors[] | select(.name | startswith("bmc") or . == "system.bmc")]' "$dir/dead/manifest.json")"
kill "$fpid"; wait "$fpid" 2>/dev/null || true; fpid=

# --- slow: every packet 1.5 s late (a UDP relay): "slow", hwmon unaffected
sim_start "$dir/sim2" || fail "ipmi_sim did not restart"
relay=$(sim_free_port)
/usr/bin/python3 "$src/tests/bmc/slow_relay.py" "$relay" "$sim_lan" 1.5 &
ppid_=$!
sed -e "s/^host = .*/host = 127.0.0.1:$relay/" -e "s/^timeout_ms = .*/timeout_ms = 60000/" "$dir/sim2/bmc.conf" >"$dir/slow.conf"
chmod 600 "$dir/slow.conf"
rm -f "$dir/status.json"
start_feed "$dir/slow.conf"
wait_for 20 state_is slow || fail "a BMC 1.5 s per packet away did not become slow: $(cat "$dir/status.json" 2>/dev/null)"
wait_for 20 hw_after "bmc_slow" 70 || fail "fewer than 70 hwmon readings beside the slow BMC"
# The capture's SEL read through the relay is still running at the
# trigger: reported, never waited for between the window's end and fsync.
bundle slow "$dir/slow.conf"
us=$(sed -n 's/.*; \([0-9]*\) us from window end to fsync.*/\1/p' "$dir/capture.log")
echo "slow BMC: $us us from window end to fsync"
[ -n "$us" ] && [ "$us" -lt 2000000 ] || fail "a slow BMC held the bundle: ${us:-?} us from window end to fsync"
c=$(cadence "$dir/slow" 6)
echo "hwmon cadence with a slow BMC: $c Hz"
awk -v c="$c" 'BEGIN { exit !(c >= 9 && c <= 11) }' || fail "hwmon ran at $c Hz beside a slow BMC, not 10"
jq -e '([.collectors[] | select(.name == "system.bmc") | .message | contains("feed: slow")] == [true])
	and ([.collectors[] | select(.name == "bmc.sel") | .status] == ["timeout"])' "$dir/slow/manifest.json" >/dev/null ||
	fail "a slow BMC is not said in the collector table: $(jq -c .collectors "$dir/slow/manifest.json")"
echo "slow BMC: $(jq -c '[.collectors[] | select(.name | startswith("bmc") or . == "system.bmc")]' "$dir/slow/manifest.json")"
kill "$fpid"; wait "$fpid" 2>/dev/null || true; fpid=
kill "$ppid_"; wait "$ppid_" 2>/dev/null || true; ppid_=
sim_stop

# --- a BMC with an empty SDR repository: said, not a silent absence
SIM_NO_SDR=1 sim_start "$dir/sim3" || fail "ipmi_sim without an SDR did not start"
rm -f "$dir/status.json"
start_feed "$dir/sim3/bmc.conf"
nosdr() { state_is no_sensors || { state_is failed && jq -e '.message | test("SDR")' "$dir/status.json" >/dev/null; }; }
wait_for 20 nosdr || fail "a BMC without an SDR is not said: $(cat "$dir/status.json" 2>/dev/null)"
echo "no SDR: $(jq -c '{state, message}' "$dir/status.json")"
kill "$fpid"; wait "$fpid" 2>/dev/null || true; fpid=
sim_stop

# --- nobody at the address from the start: failed with the library's reason
nobody=$(sim_free_port)
sed -e "s/^host = .*/host = 127.0.0.1:$nobody/" -e "s/^timeout_ms = .*/timeout_ms = 1000/" "$dir/slow.conf" >"$dir/nobody.conf"
chmod 600 "$dir/nobody.conf"
rm -f "$dir/status.json"
start_feed "$dir/nobody.conf"
wait_for 20 state_is failed || fail "an absent BMC did not become failed"
jq -r .message "$dir/status.json"
jq -e '.message | contains("lan 127.0.0.1:")' "$dir/status.json" >/dev/null || fail "the failure does not name the BMC"
wait_for 10 logged "hwmon:testchip/temp1 40 C" || fail "hwmon stopped with an absent BMC"
echo "PASS"
