#!/bin/sh
# The guest half of bmc_vm.sh (runs under scripts/vmtest): the kernel's
# IPMI drivers (ipmi_si over QEMU's isa-ipmi-kcs, ipmi_devintf) give
# /dev/ipmi0, whose BMC is the host's ipmi_sim; the real tempmon-feed
# --bmc inband reads it into a shared-memory ring; once the host changed
# the inlet in the simulator's console (it touches $TEMPMON_OUT/changed
# after this script touched ready), the real tempmon-capture --bmc inband
# writes a bundle into $TEMPMON_OUT/spool, which the host checks.
# usage: bmc_vm_guest.sh FEED CAPTURE
set -eu
feed=$1 capture=$2
out=$TEMPMON_OUT
src=$(cd "$(dirname "$0")/../.." && pwd)
. "$src/tests/wait_for.sh"
fail() { echo "FAIL: $*"; tail -20 "$out/feed.log" 2>/dev/null; dmesg | grep -i ipmi | tail -20; exit 1; }
mod() {  # mod NAME [ARGS]: the test kernel's own module, decompressed
	f=$(find "$TEMPMON_MODDIR/kernel/drivers/char/ipmi" -name "$1.ko*" | head -1)
	[ -n "$f" ] || fail "the test kernel has no $1 module"
	case "$f" in
	*.xz) xz -dc "$f" >"/tmp/$1.ko" ;;
	*.zst) zstd -qdc "$f" >"/tmp/$1.ko" ;;
	*) cp "$f" "/tmp/$1.ko" ;;
	esac
	shift
	insmod "/tmp/$(basename "$f" | sed 's/\.ko.*//').ko" "$@"
}
mod ipmi_msghandler
mod ipmi_devintf
# Found as on a server: QEMU describes its isa-ipmi-kcs in ACPI and SMBIOS.
mod ipmi_si
wait_for 60 test -c /dev/ipmi0 || fail "no /dev/ipmi0"
dmesg | grep -i ipmi | tail -5

# The guest's /dev is a bare devtmpfs: the shared-memory ring needs its tmpfs.
mkdir -p /dev/shm && mount -t tmpfs shm /dev/shm
"$feed" --shm tmbmcvm --rate 10 --no-nvml --no-hwmon --bmc inband --bmc-device /dev/ipmi0 \
	--bmc-status "$out/status.json" -v >"$out/feed.log" 2>&1 &
fpid=$!
wait_for 120 grep -q "bmc:Inlet Temp 24 C" "$out/feed.log" || fail "no inlet reading of 24 C through /dev/ipmi0"
: >"$out/ready"
wait_for 120 test -e "$out/changed" || fail "the host did not change the inlet"
wait_for 60 grep -q "bmc:Inlet Temp 45 C" "$out/feed.log" || fail "the console's inlet change (45 C) did not arrive in-band"
"$capture" --source shm:tmbmcvm --kmsg none --bpf off --no-pstore --gpu-facts off -v --now --once --pre 20 --post 0 \
	--bmc inband --bmc-device /dev/ipmi0 --bmc-status "$out/status.json" --bmc-timeout 30 \
	--out "$out/spool" >/dev/null 2>"$out/capture.log" || fail "capture exited $?: $(cat "$out/capture.log")"
kill "$fpid"
wait "$fpid" 2>/dev/null || true
echo "guest: done"
