#!/bin/sh
# The server's BMC in-band, in a VM: the host's ipmi_sim (sim.sh) is the
# BMC behind QEMU's ipmi-bmc-extern + isa-ipmi-kcs (its serial interface,
# codec VM); in the guest (bmc_vm_guest.sh) the kernel's ipmi_si and
# ipmi_devintf give /dev/ipmi0 and the real tempmon-feed --bmc inband
# reads it. Mid-run the host changes the inlet in the simulator's console
# and adds a SEL record; the bundle the real tempmon-capture --bmc inband
# writes in the guest must hold the new inlet value, the BMC's sensors with
# unit and label, the SEL record in system.json and the feed's BMC state
# in the collector table, and match docs/schema.
# usage: bmc_vm.sh KERNEL FEED CAPTURE REPORT   (cwd: the build folder)
set -eu
kernel=$1 feed=$2 capture=$3 report=$4
src=$(cd "$(dirname "$0")/../.." && pwd)
dir=$(mktemp -d /tmp/tempmon-bmc-vm-XXXXXX)
vpid= sim_pid=
cleanup() {
	[ -n "$vpid" ] && kill "$vpid" 2>/dev/null
	[ -n "$sim_pid" ] && kill "$sim_pid" 2>/dev/null
	wait 2>/dev/null || true
	rm -rf "$dir"
}
trap cleanup EXIT
fail() {
	echo "FAIL: $*"
	for f in vmtest.log out/output.txt out/feed.log out/capture.log sim.log; do echo "--- $f"; tail -30 "$dir/$f" 2>/dev/null || true; done
	exit 1
}
. "$src/tests/wait_for.sh"
. "$src/tests/bmc/sim.sh"
for t in ipmi_sim sdrcomp bmc-device jq; do command -v $t >/dev/null || fail "$t is not installed (scripts/setup installs it)"; done
sim_start "$dir" serial || fail "ipmi_sim did not start"
sim_sel_time now || fail "cannot set the SEL clock"
mkdir "$dir/out"
"$src/scripts/vmtest" -k "$kernel" -t 500 -o "$dir/out" \
	--qemu -chardev --qemu "socket,id=ipmi0,host=127.0.0.1,port=$sim_serial,reconnect=10" \
	--qemu -device --qemu ipmi-bmc-extern,chardev=ipmi0,id=bmc0 \
	--qemu -device --qemu isa-ipmi-kcs,bmc=bmc0 \
	-- sh "$src/tests/bmc/bmc_vm_guest.sh" "$feed" "$capture" >"$dir/vmtest.log" 2>&1 &
vpid=$!
vm_ready() { [ -e "$dir/out/ready" ] || ! kill -0 "$vpid" 2>/dev/null; }
wait_for 480 vm_ready || fail "the guest never read the BMC"
[ -e "$dir/out/ready" ] || fail "the guest stopped before reading the BMC"
sim_cmd "sensor_set_value 0x20 0 1 45 0" >/dev/null || fail "sensor_set_value refused"
sim_sel 0x04 3 || fail "sel_add refused"
: >"$dir/out/changed"
rc=0
wait "$vpid" || rc=$?
vpid=
[ "$rc" = 0 ] || fail "the guest failed (vmtest exit $rc)"
b=$(find "$dir/out/spool" -maxdepth 1 -name '*.tar.zst')
[ -n "$b" ] || fail "no bundle"
"$report" verify "$b" >/dev/null || fail "the bundle does not verify"
/usr/bin/python3 "$src/tests/reports/schema_check.py" "$src/docs/schema" "$b" >"$dir/schema.log" 2>&1 ||
	fail "the bundle does not match docs/schema: $(cat "$dir/schema.log")"
mkdir "$dir/x" && tar --zstd -xf "$b" -C "$dir/x"
m=$dir/x/manifest.json
sensor() { jq -c --arg n "$1" '.sensors[] | select(.name == $n)' "$m"; }
sensor "bmc:Inlet Temp" | jq -e '.unit == "C" and .model == "IPMI BMC" and .location == "inband /dev/ipmi0"' >/dev/null ||
	fail "no in-band bmc:Inlet Temp in C: $(sensor "bmc:Inlet Temp")"
for s in "bmc:Exhaust Temp" "bmc:Fan 1" "bmc:Fan 2" "bmc:PSU1 Input Power"; do
	[ -n "$(sensor "$s")" ] || fail "no $s sensor"
done
inlet=$(sensor "bmc:Inlet Temp" | jq -r .id)
awk -F, -v id="$inlet" 'NR > 1 && $4 == id && $6 == 45000 { f = 1 } END { exit !f }' "$dir/x/samples.csv" ||
	fail "the bundle has no 45 C inlet sample"
jq -e '([.collectors[] | select(.name == "system.bmc") | .status == "ok" and (.message | contains("feed: ok (5 sensors)"))]
	== [true]) and ([.collectors[] | select(.name == "bmc.sel") | .status] == ["ok"])' "$m" \
	>/dev/null || fail "the collector table lacks the BMC's state or SEL: $(jq -c .collectors "$m")"
jq -e '.bmc.sel.entries | map(select(.sensor == "Fan 1" and .sensor_type == 4)) | length == 1' "$dir/x/system.json" >/dev/null ||
	fail "the SEL record is not in the bundle: $(jq -c .bmc "$dir/x/system.json")"
echo "in-band ($kernel): $(jq -c '[.collectors[] | select(.name | startswith("bmc") or . == "system.bmc")]' "$m")"
echo PASS
