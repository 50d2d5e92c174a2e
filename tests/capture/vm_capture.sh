#!/bin/sh
# Runs inside a test VM: tempmon-capture against the real tempmon.ko.
#   vm_capture.sh CAPTURE CHECK SCENARIO     SCENARIO: throttle | xid | stall
set -eu
cap=$1 check=$2 scenario=$3
out=$TEMPMON_OUT/spool-$scenario
log=$TEMPMON_OUT/capture-$scenario.log
rm -rf "$out"

# Waits (up to $2 tenths of a second) until the capture logged its start line.
wait_watching() {
	n=0
	until grep -q "watching" "$log" 2>/dev/null; do
		n=$((n + 1))
		[ $n -le "$1" ] || { echo "capture never started:"; cat "$log"; exit 1; }
		kill -0 "$pid" 2>/dev/null || { echo "capture died:"; cat "$log"; exit 1; }
		sleep 0.1
	done
}

insmod "$TEMPMON_KMOD/tempmon_testzone.ko"
case $scenario in
throttle)
	insmod "$TEMPMON_KMOD/tempmon.ko" zones=tempmon-test rate_hz=100
	timeout 120 "$cap" --on-throttle --once --pre 5 --post 1 --threshold tempmon-test=75/5 \
		--out "$out" --kmsg none --bpf off --no-pstore 2>"$log" &
	pid=$!
	wait_watching 600
	echo 85000 > /sys/module/tempmon_testzone/parameters/temp_mc
	wait $pid || { echo "capture failed ($?)"; cat "$log"; exit 1; }
	set -- "$out"/*.tar.zst
	[ $# -eq 1 ] || { echo "want exactly one bundle, got $#"; exit 1; }
	"$check" "$1" --trigger throttle --reason-has tempmon-test --thr-start \
		--episode tempmon-test --min-samples 100
	;;
xid)
	insmod "$TEMPMON_KMOD/tempmon.ko" zones=tempmon-test rate_hz=100
	timeout 120 "$cap" --on-hang --once --pre 5 --post 0 --out "$out" --bpf off --no-pstore 2>"$log" &
	pid=$!
	wait_watching 600
	echo "<4>NVRM: loading NVIDIA UNIX x86_64 Kernel Module  535.154.05" > /dev/kmsg
	echo "<3>NVRM: Xid (PCI:0000:3b:00): 79, pid=0, GPU has fallen off the bus." > /dev/kmsg
	wait $pid || { echo "capture failed ($?)"; cat "$log"; exit 1; }
	set -- "$out"/*.tar.zst
	[ $# -eq 1 ] || { echo "want exactly one bundle, got $#"; exit 1; }
	"$check" "$1" --trigger hang --reason-has "Xid (PCI:0000:3b:00): 79" \
		--kmsg-has "GPU has fallen off the bus" --min-samples 10
	;;
stall)
	insmod "$TEMPMON_KMOD/tempmon.ko" zones=tempmon-test rate_hz=1000
	timeout 120 "$cap" --on-hang --once --pre 5 --post 0 --kmsg none --out "$out" --bpf off \
		--no-pstore 2>"$log" &
	pid=$!
	wait_watching 600
	# Starve the sampler kthread: real-time busy loops on both CPUs for
	# 400 ms, four times the 100 ms (100 periods at 1 kHz) stall limit.
	# timeout runs above the loops' priority, or it could never stop them.
	for c in 0 1; do
		chrt -f 60 timeout 0.4 chrt -f 50 taskset -c $c sh -c 'while :; do :; done' &
	done
	wait $pid || { echo "capture failed ($?)"; cat "$log"; exit 1; }
	set -- "$out"/*.tar.zst
	[ $# -eq 1 ] || { echo "want exactly one bundle, got $#"; exit 1; }
	"$check" "$1" --trigger hang --reason-has "stall" --min-samples 10
	;;
*) echo "unknown scenario $scenario"; exit 2 ;;
esac
cat "$log"
