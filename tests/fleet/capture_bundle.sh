#!/bin/sh
# One bundle written by the real tempmon-capture into SPOOL, from a
# tempmon-sim ring and a FIFO standing for /dev/kmsg:
#   healthy  a snapshot (--now) of a quiet ring, a benign kernel log
#   xid79    the kernel log holds "GPU has fallen off the bus" (Xid 79),
#            judged at start (boot replay, the default) into a hang bundle
# usage: capture_bundle.sh CAPTURE SIM SPOOL healthy|xid79
set -eu
capture=$1 sim=$2 spool=$3 kind=$4
w=$(mktemp -d)
sim_pid=
trap '[ -z "$sim_pid" ] || kill "$sim_pid" 2>/dev/null; rm -rf "$w"' EXIT
name=tempmon-fleet-$$
"$sim" --name "$name" --prefill 10 --ready-file "$w/ready" >"$w/sim.log" 2>&1 &
sim_pid=$!
. "$(dirname "$0")/../wait_for.sh"
wait_for 30 test -e "$w/ready" || { echo "capture_bundle: tempmon-sim made no ring"; cat "$w/sim.log"; exit 1; }
mkdir -p "$w/root/proc/sys/kernel/random" "$spool"
cat /proc/sys/kernel/random/boot_id >"$w/root/proc/sys/kernel/random/boot_id"
mkfifo "$w/kmsg"
exec 3<>"$w/kmsg"
printf '6,100,5000000,-;NVRM: loading NVIDIA UNIX x86_64 Kernel Module  535.154.05\n' >&3
case $kind in
healthy) set -- --now ;;
xid79)
	printf '3,102,5000200,-;NVRM: Xid (PCI:0000:3b:00): 79, pid=0, GPU has fallen off the bus.\n' >&3
	set -- --on-hang ;;
*) echo "capture_bundle: unknown kind $kind"; exit 2 ;;
esac
"$capture" --source "shm:$name" --out "$spool" --sysroot "$w/root" --kmsg "$w/kmsg" --bpf off --no-pstore \
	--host testhost --once --pre 2 --post 0 "$@" >"$w/capture.log" 2>&1 || {
	echo "capture_bundle: tempmon-capture failed:"; cat "$w/capture.log"; exit 1; }
exec 3>&-
