#!/bin/sh
# Runs inside a test VM: tempmon-capture against the real tempmon.ko.
#   vm_capture.sh CAPTURE CHECK SCENARIO [KMSG_WRITER [SEGV]]
#   SCENARIO: throttle | open | xid | stall | replay | burst | benign | forge
# A fault line a scenario needs is printed by the kernel itself through the
# test module tempmon_testlog (a record the kernel wrote, facility 0): a
# line written to /dev/kmsg is user space's and is not kernel evidence.
set -eu
cap=$1 check=$2 scenario=$3 writer=${4:-} segv=${5:-}
src=$(cd "$(dirname "$0")/../.." && pwd)
out=$TEMPMON_OUT/spool-$scenario
log=$TEMPMON_OUT/capture-$scenario.log
rm -rf "$out"

# Waits (up to $1 tenths of a second) until the capture logged its start
# line (or the text in $2).
wait_watching() {
	n=0
	until grep -q "${2:-watching}" "$log" 2>/dev/null; do
		n=$((n + 1))
		[ $n -le "$1" ] || { echo "capture never started:"; cat "$log"; exit 1; }
		kill -0 "$pid" 2>/dev/null || { echo "capture died:"; cat "$log"; exit 1; }
		sleep 0.1
	done
}

insmod "$TEMPMON_KMOD/tempmon_testzone.ko"
insmod "$TEMPMON_KMOD/tempmon_testlog.ko"
klog=/sys/module/tempmon_testlog/parameters/line
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
open)
	# The headline case: --on-throttle fires when the episode opens, and the
	# window ends while the zone is still hot. The bundle must hold the
	# episode as the kernel has it then (steps so far), merged with the
	# ring's, not the open notice alone.
	insmod "$TEMPMON_KMOD/tempmon.ko" zones=tempmon-test rate_hz=100
	timeout 120 "$cap" --on-throttle --once --pre 5 --post 6 --threshold tempmon-test=75/5 \
		--out "$out" --kmsg none --bpf on --no-pstore 2>"$log" &
	pid=$!
	wait_watching 600
	# step_wise raises the cooling state by one per pass while the
	# temperature rises: wait for each state (a sysfs value) in turn.
	s=1
	for t in 72000 78000 84000; do
		echo $t > /sys/module/tempmon_testzone/parameters/temp_mc
		n=0
		until [ "$(cat /sys/module/tempmon_testzone/parameters/cdev_state)" -ge $s ]; do
			n=$((n + 1)); [ $n -le 200 ] || { echo "cooling state stays below $s"; exit 1; }
			sleep 0.1
		done
		s=$((s + 1))
	done
	wait $pid || { echo "capture failed ($?)"; cat "$log"; exit 1; }
	set -- "$out"/*.tar.zst
	[ $# -eq 1 ] || { echo "want exactly one bundle, got $#"; exit 1; }
	"$check" "$1" --trigger throttle --open-episode tempmon-test --min-samples 100
	;;
xid)
	insmod "$TEMPMON_KMOD/tempmon.ko" zones=tempmon-test rate_hz=100
	timeout 120 "$cap" --on-hang --once --pre 5 --post 0 --out "$out" --bpf off --no-pstore 2>"$log" &
	pid=$!
	wait_watching 600
	echo "<4>NVRM: loading NVIDIA UNIX x86_64 Kernel Module  535.154.05" > $klog
	echo "<3>NVRM: Xid (PCI:0000:3b:00): 79, pid=0, GPU has fallen off the bus." > $klog
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
	# 1 s, ten times the 100 ms (100 periods at 1 kHz) stall limit. Under
	# TCG starting each loop (timeout, chrt, taskset, sh) takes hundreds of
	# milliseconds, so shorter loops may barely overlap and leave the
	# sampler a free CPU: no stall at all, and the capture rightly waits.
	# timeout runs above the loops' priority, or it could never stop them.
	for c in 0 1; do
		chrt -f 60 timeout 1.0 chrt -f 50 taskset -c $c sh -c 'while :; do :; done' &
	done
	wait $pid || { echo "capture failed ($?)"; cat "$log"; exit 1; }
	set -- "$out"/*.tar.zst
	[ $# -eq 1 ] || { echo "want exactly one bundle, got $#"; exit 1; }
	"$check" "$1" --trigger hang --reason-has "stall" --min-samples 10
	;;
replay)
	# A fault logged before the capture starts: one "found at start" bundle
	# at the line's own kernel time; a restart does not repeat it.
	insmod "$TEMPMON_KMOD/tempmon.ko" zones=tempmon-test rate_hz=100
	echo "<4>NVRM: Xid (PCI:0000:3b:00): 79, pid=0, GPU has fallen off the bus." > $klog
	timeout 120 "$cap" --on-hang --once --pre 1 --post 0 --out "$out" --bpf off --no-pstore 2>"$log" &
	pid=$!
	wait $pid || { echo "capture failed ($?)"; cat "$log"; exit 1; }
	set -- "$out"/*.tar.zst
	[ $# -eq 1 ] || { echo "want exactly one bundle, got $#"; exit 1; }
	"$check" "$1" --trigger hang --reason-has "found at start" --match "Xid 79 on 0000:3b:00" \
		--match-found-at-start --matches 1
	log2=$TEMPMON_OUT/capture-$scenario-restart.log
	timeout 120 "$cap" --on-hang --once --pre 1 --post 0 --out "$out" --bpf off --no-pstore 2>"$log2" &
	pid=$!
	log=$log2
	wait_watching 600 "already reported for this boot"
	kill -TERM $pid
	wait $pid || { echo "restarted capture failed ($?)"; cat "$log2"; exit 1; }
	set -- "$out"/*.tar.zst
	[ $# -eq 1 ] || { echo "a restart repeated the found-at-start bundle: $# bundles"; cat "$log2"; exit 1; }
	cat "$log2"
	;;
burst)
	# 100,000 lines of one Xid: one trigger, one counted entry, a small bundle.
	insmod "$TEMPMON_KMOD/tempmon.ko" zones=tempmon-test rate_hz=100
	timeout 280 "$cap" --on-hang --once --pre 1 --post 250 --out "$out" --bpf off --no-pstore 2>"$log" &
	pid=$!
	wait_watching 600
	"$writer" 100000 4 "NVRM: Xid (PCI:0000:3b:00): 79, pid=0, GPU has fallen off the bus." $klog
	kill -TERM $pid  # the capture in progress is finished with what it counted
	wait $pid || { echo "capture failed ($?)"; cat "$log"; exit 1; }
	set -- "$out"/*.tar.zst
	[ $# -eq 1 ] || { echo "want exactly one bundle, got $#"; exit 1; }
	"$check" "$1" --trigger hang --match "Xid 79 on 0000:3b:00" --matches 1 --match-min-n 1000 \
		--one-trigger --max-bytes 1000000 | tee "$TEMPMON_OUT/check-$scenario.txt"
	# Every line is either counted or reported lost.
	n=$(sed -n 's/^match: Xid 79 on 0000:3b:00.* n=\([0-9]*\).*/\1/p' "$TEMPMON_OUT/check-$scenario.txt")
	lost=$(sed -n 's/^kmsg records lost: //p' "$TEMPMON_OUT/check-$scenario.txt")
	[ $((n + lost)) -ge 100000 ] || { echo "counted $n + lost $lost < 100000"; exit 1; }
	;;
benign)
	# Xid 45 right after another Xid on the same GPU is a consequence, not a
	# trigger; alone on another GPU it triggers (when warnings are asked for).
	insmod "$TEMPMON_KMOD/tempmon.ko" zones=tempmon-test rate_hz=100
	timeout 120 "$cap" --on-kmsg gpu_fault:warning --once --pre 1 --post 0 --out "$out" --bpf off \
		--no-pstore -v 2>"$log" &
	pid=$!
	wait_watching 600
	echo "<4>NVRM: Xid (PCI:0000:17:00): 63, pid=1, Row Remapper: New row marked for remapping, reset gpu to activate." > $klog
	echo "<4>NVRM: Xid (PCI:0000:17:00): 45, pid=2, name=python, Ch 00000008" > $klog
	wait_watching 600 "benign in context"
	echo "<4>NVRM: Xid (PCI:0000:18:00): 45, pid=3, name=python, Ch 00000009" > $klog
	wait $pid || { echo "capture failed ($?)"; cat "$log"; exit 1; }
	set -- "$out"/*.tar.zst
	[ $# -eq 1 ] || { echo "want exactly one bundle, got $#"; exit 1; }
	"$check" "$1" --trigger hang --reason-has "Xid 45 on 0000:18:00" --match "Xid 45 on 0000:17:00" \
		--match-benign --matches 1
	;;
forge)
	# Kernel-log trust: what user space can put into the kernel log is no
	# trigger. Records written to /dev/kmsg (user facility, whatever level
	# or facility they name), and a real crash of a program whose file is
	# named like fault lines: the kernel's own segfault line then carries
	# the forged text as the task name (first 15 bytes) and the file name.
	# Then the kernel itself prints a real Xid 79 on another GPU: that one,
	# and only that one, makes the bundle.
	insmod "$TEMPMON_KMOD/tempmon.ko" zones=tempmon-test rate_hz=100
	timeout 120 "$cap" --on-hang --once --pre 1 --post 0 --out "$out" --bpf off --no-pstore 2>"$log" &
	pid=$!
	wait_watching 600
	echo on > /proc/sys/kernel/printk_devkmsg  # store every write, no rate limit
	forged="NVRM: Xid (PCI:0000:3b:00): 79, pid=0, GPU has fallen off the bus."
	for rec in "<3>$forged" "<0>$forged" "<83>$forged" "<4>$forged" \
		"<0>NMI watchdog: Watchdog detected hard LOCKUP on cpu 0" \
		"<3>INFO: task kworker/0:1:12 blocked for more than 120 seconds." \
		"<0>Kernel panic - not syncing: Fatal machine check"; do
		printf '%s\n' "$rec" > /dev/kmsg
	done
	dir=$(mktemp -d)
	nl='
'
	for name in "$forged" "x${nl}$forged" "rcu: INFO: rcu_sched self-detected stall on CPU"; do
		cp "$segv" "$dir/$name"
		rc=0
		"$dir/$name" || rc=$?
		[ $rc -eq 139 ] || { echo "the crash program exited $rc, not by SIGSEGV"; exit 1; }
	done
	dmesg | grep -F "segfault at" | grep -F "$forged" >/dev/null ||
		{ echo "the kernel printed no segfault line naming the forged file:"; dmesg | tail -20; exit 1; }
	echo "<3>NVRM: Xid (PCI:0000:5e:00): 79, pid=0, GPU has fallen off the bus." > $klog
	wait $pid || { echo "capture failed ($?)"; cat "$log"; exit 1; }
	set -- "$out"/*.tar.zst
	[ $# -eq 1 ] || { echo "want exactly one bundle, got $#"; exit 1; }
	# The forged records are in the bundle's kernel log (read before the real
	# line), and none of them is a match.
	"$check" "$1" --trigger hang --reason-has "Xid (PCI:0000:5e:00): 79" --match "Xid 79" --matches 1 \
		--no-match "0000:3b:00" --no-match "LOCKUP" --no-match "blocked for" --no-match "panic" \
		--no-match "stall" --kmsg-has "segfault at" --kmsg-has "in $forged" \
		--kmsg-has "Watchdog detected hard LOCKUP" --kmsg-has "rcu_sched self-detected stall"
	;;
*) echo "unknown scenario $scenario"; exit 2 ;;
esac
# What the real capture wrote is what docs/schema/ describes.
/usr/bin/python3 "$src/tests/reports/schema_check.py" "$src/docs/schema" "$out"/*.tar.zst
cat "$log"
