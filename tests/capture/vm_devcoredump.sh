#!/bin/sh
# Runs inside a test VM: tempmon-capture as the service runs it (the
# packaged capture.conf: --on-hang, no --once) against device coredumps
# and DRM uevents the kernel itself publishes and sends, through the test
# module tempmon_testcoredump (dev_coredumpv/dev_coredumpm, and a "drm"
# card of its own with an error file).
#   vm_devcoredump.sh CAPTURE REPORT
# Each step waits for its bundle (a condition with a deadline), then checks
# the bundle with tempmon-report (verify, export --json, show) and tar.
set -eu
cap=$1 report=$2
src=$(cd "$(dirname "$0")/../.." && pwd)
out=$TEMPMON_OUT/spool-devcoredump
log=$TEMPMON_OUT/capture-devcoredump.log
work=$TEMPMON_OUT/work-devcoredump
rm -rf "$out" "$work"
mkdir -p "$work"
param=/sys/module/tempmon_testcoredump/parameters

# tempmon-report with a wall-time budget for the guest: a 16 MiB member
# decompressed and hashed by the sanitizer build under TCG takes seconds.
rep() {
	sub=$1
	shift
	"$report" "$sub" --max-seconds 300 "$@"
}

fail() {
	echo "FAIL: $*"
	echo "--- capture log:"
	cat "$log"
	exit 1
}

# Waits (up to $1 tenths of a second) until the spool holds $2 bundles.
wait_bundles() {
	n=0
	until [ "$(ls "$out"/*.tar.zst 2>/dev/null | wc -l)" -ge "$2" ]; do
		n=$((n + 1))
		[ $n -le "$1" ] || fail "no bundle $2 after $(($1 / 10)) s"
		kill -0 "$pid" 2>/dev/null || fail "capture died"
		sleep 0.1
	done
}

# The newest bundle.
newest() { ls -t "$out"/*.tar.zst | head -n 1; }

# The module's pattern: the offset of each 16-byte line in hex.
pattern_sha() {
	awk -v n="$1" 'BEGIN { for (i = 0; i < n; i += 16) printf "%015x\n", i }' | head -c "$1" | sha256sum | cut -d' ' -f1
}

# Field $2 of the device_event of source $3 in bundle $1's events.
event_field() {
	rep export --json "$1" -o - |
		jq -r --arg src "$3" '[.events[] | select(.type == "device_event" and .source == $src)][0].'"$2"
}

# Frees the dump the kernel holds for the test device (a write to data),
# so that the next one is published: one dump per failing device at a time.
free_dump() {
	for d in /sys/class/devcoredump/devcd*; do
		[ -e "$d/data" ] && echo 1 > "$d/data"
	done
	n=0
	while ls -d /sys/class/devcoredump/devcd* >/dev/null 2>&1; do
		n=$((n + 1)); [ $n -le 100 ] || fail "a dump stays after its data was written"
		sleep 0.1
	done
}

insmod "$TEMPMON_KMOD/tempmon_testzone.ko"
insmod "$TEMPMON_KMOD/tempmon.ko" zones=tempmon-test rate_hz=100
insmod "$TEMPMON_KMOD/tempmon_testcoredump.ko"

timeout 600 "$cap" --config "$src/packaging/capture.conf" --out "$out" --pre 1 --post 1 --cooldown 0 \
	--bpf off --no-pstore --metrics "$work/tempmon.prom" --collector-timeout 10 2>"$log" &
pid=$!
n=0
until grep -q "watching.*device coredumps and DRM uevents" "$log" 2>/dev/null; do
	n=$((n + 1)); [ $n -le 600 ] || fail "capture never started"
	kill -0 "$pid" 2>/dev/null || fail "capture died"
	sleep 0.1
done

# 0. Root in user space sends what looks like the kernel's uevents to the
# kernel's group: a dump and a wedge on the test card. Not from the kernel
# (port and pid not 0): counted as forged, never an event or a trigger.
/usr/bin/python3 - <<'PY'
import socket
s = socket.socket(socket.AF_NETLINK, socket.SOCK_DGRAM, 15)  # NETLINK_KOBJECT_UEVENT
s.bind((0, 0))
for action, path, sub, extra in (
        ("add", "/devices/virtual/devcoredump/devcd99", "devcoredump", []),
        ("change", "/devices/platform/tempmon_testcoredump/drm/card0", "drm", ["WEDGED=rebind"])):
    keys = ["ACTION=" + action, "DEVPATH=" + path, "SUBSYSTEM=" + sub, "SEQNUM=1"] + extra
    s.sendto(("%s@%s\0" % (action, path) + "\0".join(keys) + "\0").encode(), (0, 1))
PY

# 1. A dump of 1 MiB + 5 bytes: one bundle, trigger devcoredump, the exact bytes.
size=1048581
echo $size > $param/size
echo 1 > $param/dump
wait_bundles 1200 1
b=$(newest)
rep verify "$b" || fail "verify failed on $b"
jq_trigger=$(rep export --json "$b" -o - | jq -r .trigger.kind)
[ "$jq_trigger" = devcoredump ] || fail "trigger is '$jq_trigger', not devcoredump"
member=$(event_field "$b" member devcoredump)
case $member in devcoredump-devcd*.data) ;; *) fail "member is '$member'" ;; esac
tar --zstd -xOf "$b" "$member" > "$work/dump1"
got=$(sha256sum < "$work/dump1" | cut -d' ' -f1)
want=$(pattern_sha $size)
[ "$got" = "$want" ] || fail "dump bytes differ: $got, want $want"
[ "$(event_field "$b" status devcoredump)" = saved ] || fail "status not saved"
[ "$(event_field "$b" cut devcoredump)" = false ] || fail "a whole dump marked cut"
[ "$(event_field "$b" size devcoredump)" = $size ] || fail "size not $size"
[ "$(event_field "$b" device devcoredump)" = tempmon_testcoredump ] || fail "device not the test device"
[ "$(event_field "$b" driver devcoredump)" = tempmon_testcoredump ] || fail "driver not the test driver"
rep export --json "$b" -o - > "$work/b1.json"
jq -e '[.events[] | select(.type == "device_event")] | length == 1' "$work/b1.json" >/dev/null ||
	fail "a forged uevent became an event"
jq -e '.collectors[] | select(.name == "uevents") | .message | contains("2 messages not from the kernel dropped")' \
	"$work/b1.json" >/dev/null || fail "the forged uevents are not counted"
rep show --color=never "$b" > "$work/show1.txt"
grep -q "device coredump devcd" "$work/show1.txt" || fail "show has no device coredump line"
grep -q "driver: tempmon_testcoredump" "$work/show1.txt" || fail "show names no driver"
grep -q "saved $size bytes (whole)" "$work/show1.txt" || fail "show gives no size"
# The capture never wrote to data: the dump is still there for other tools.
ls -d /sys/class/devcoredump/devcd* >/dev/null 2>&1 || fail "the capture freed the dump"
free_dump

# 2. Over the bound (16 MiB): the first 16 MiB kept, the cut said with the size.
size=$((16 * 1024 * 1024 + 4096 + 7))
echo $size > $param/size
echo 1 > $param/dump
wait_bundles 1800 2
b=$(newest)
rep verify "$b" || fail "verify failed on the cut bundle"
member=$(event_field "$b" member devcoredump)
got=$(tar --zstd -xOf "$b" "$member" | sha256sum | cut -d' ' -f1)
want=$(pattern_sha 16777216)
[ "$got" = "$want" ] || fail "cut dump is not the first 16 MiB"
[ "$(event_field "$b" cut devcoredump)" = true ] || fail "cut not said"
[ "$(event_field "$b" size devcoredump)" = $size ] || fail "the dump's size not said"
[ "$(event_field "$b" kept_bytes devcoredump)" = 16777216 ] || fail "kept_bytes not 16 MiB"
rep show --color=never "$b" | grep -q "CUT: the dump is $size bytes" || fail "show does not say it was cut"
free_dump

# 3. A dump whose read fails as a freed one's does: reported, a bundle all the same.
echo 4096 > $param/size
echo vanish > $param/dump
wait_bundles 1200 3
b=$(newest)
rep verify "$b" || fail "verify failed on the vanished bundle"
[ "$(event_field "$b" status devcoredump)" = vanished ] || fail "vanished dump not reported"
rep show --color=never "$b" | grep -q "vanished before it could be read" || fail "show does not say vanished"
free_dump

# 4. DRM: a RESET=1 uevent is an event but no trigger; WEDGED= is a trigger
# and the card's error state is saved.
echo "RESET=1" > $param/uevent
echo "WEDGED=rebind" > $param/uevent
wait_bundles 1200 4
b=$(newest)
rep verify "$b" || fail "verify failed on the DRM bundle"
rep export --json "$b" -o - > "$work/drm.json"
jq -e '.trigger.kind == "hang" and (.trigger.reason | contains("WEDGED=rebind"))' "$work/drm.json" >/dev/null ||
	fail "the DRM bundle's trigger is not the WEDGED uevent"
jq -e '[.events[] | select(.type == "device_event" and .source == "drm" and .uevent == "WEDGED=rebind"
	and .device == "tempmon_testcoredump" and .status == "saved" and .triggers == true)] | length == 1' \
	"$work/drm.json" >/dev/null || fail "no saved WEDGED event"
member=$(jq -r '[.events[] | select(.uevent == "WEDGED=rebind")][0].member' "$work/drm.json")
got=$(tar --zstd -xOf "$b" "$member" | sha256sum | cut -d' ' -f1)
[ "$got" = "$(pattern_sha 8192)" ] || fail "error state bytes differ"
[ "$(ls "$out"/*.tar.zst | wc -l)" -eq 4 ] || fail "RESET=1 made a bundle of its own"
jq -e '[.events[] | select(.type == "device_event" and .uevent == "RESET=1" and .triggers == false)] | length == 1' \
	"$work/drm.json" >/dev/null || fail "RESET=1 is not an event in the bundle"

# 5. Redaction drops the dumps by default and says so; --keep-dumps keeps them.
b=$(ls -tr "$out"/*.tar.zst | head -n 1)
rep redact "$b" -o "$work/red.tar.zst" > "$work/red.txt"
grep -q "dropped 1 driver dump" "$work/red.txt" || fail "redaction report does not say the dump was dropped"
tar --zstd -tf "$work/red.tar.zst" | grep -q devcoredump && fail "a redacted bundle holds the dump"
rep verify "$work/red.tar.zst" || fail "redacted bundle does not verify"
rep redact "$b" --keep-dumps -o "$work/kept.tar.zst" > "$work/kept.txt"
tar --zstd -tf "$work/kept.tar.zst" | grep -q devcoredump || fail "--keep-dumps dropped the dump"

# Every bundle the capture wrote validates against docs/schema/.
/usr/bin/python3 "$src/tests/reports/schema_check.py" "$src/docs/schema" "$out"/*.tar.zst || fail "schema check failed"

kill -TERM $pid
wait $pid || fail "capture exited with $?"
echo "devcoredump: 4 bundles checked"
