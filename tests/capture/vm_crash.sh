#!/bin/sh
# Runs inside a test VM booted by `scripts/vmtest --pstore`, once per boot
# ($TEMPMON_BOOT): a crash of boot 1 becomes exactly one crash bundle when
# the capture starts in boot 2, and boot 3 writes no second one.
#   vm_crash.sh CAPTURE CHECK REPORT SCENARIO
#   SCENARIO: panic  - sysrq-c while the test zone throttles
#             lockup - a soft lockup (tests/kmod/tempmon_lockup.c) with the
#                      shipped sysctl file's softlockup_panic=1
# The spool and what boot 1 leaves for the checks live in $TEMPMON_OUT
# (the host's folder): the guest's own /tmp does not survive a reboot.
set -eu
cap=$1 check=$2 report=$3 scenario=$4
src=$(cd "$(dirname "$0")/../.." && pwd)
spool=$TEMPMON_OUT/spool
log=$TEMPMON_OUT/capture-boot$TEMPMON_BOOT.log
zone=/sys/module/tempmon_testzone/parameters/temp_mc

# The modules as the service's machine has them (modules-load.d), the same
# in every boot.
insmod "$TEMPMON_KMOD/tempmon_testzone.ko"
insmod "$TEMPMON_KMOD/tempmon.ko" zones=tempmon-test rate_hz=100
[ "$scenario" = lockup ] && insmod "$TEMPMON_KMOD/tempmon_lockup.ko"

# The capture as tempmon-capture.service runs it: the shipped configuration,
# with the spool and metrics moved to the result folder (the guest's root is
# the host's, read-only), a shorter window and the test zone's threshold.
start_capture() {
	# Not a log left by an earlier run in the kept result folder: the wait
	# below would read its "watching" before this capture writes any.
	rm -f "$log"
	"$cap" --config "$src/packaging/capture.conf" --out "$spool" --metrics "$TEMPMON_OUT/metrics.prom" \
		--pre 5 --post 1 --threshold tempmon-test=75/5 -v 2>"$log" &
	pid=$!
	n=0
	until grep -q "watching" "$log" 2>/dev/null; do
		n=$((n + 1))
		[ $n -le 600 ] || { echo "capture never started:"; cat "$log"; exit 1; }
		kill -0 "$pid" 2>/dev/null || { echo "capture died:"; cat "$log"; exit 1; }
		sleep 0.1
	done
}
stop_capture() {
	kill -TERM "$pid"
	wait "$pid" || { echo "capture failed ($?)"; cat "$log"; exit 1; }
}
# Records the ring holds (read()'s "buffered N").
buffered() { sed -n 's/^buffered \([0-9]*\).*/\1/p' /dev/tempmon; }
# Waits until the ring holds at least $1 records (at 100 Hz: $1 / 100 s).
wait_records() {
	n=0
	until [ "$(buffered)" -ge "$1" ]; do
		n=$((n + 1))
		[ $n -le 1200 ] || { echo "the ring stays at $(buffered) records, want $1"; exit 1; }
		sleep 0.05
	done
}
crash_bundles() { ls "$spool"/*-crash*.tar.zst 2>/dev/null | wc -l; }

case $TEMPMON_BOOT in
1)
	rm -rf "$spool" "$TEMPMON_OUT/manual" "$TEMPMON_OUT"/capture-boot*.log "$TEMPMON_OUT/check.txt" \
		"$TEMPMON_OUT/show.txt" "$TEMPMON_OUT/crash.html"
	cat /proc/sys/kernel/random/boot_id > "$TEMPMON_OUT/boot1.id"
	start_capture
	# Heat the zone past its threshold: the capture's throttle bundle, after
	# which it thaws the ring the episode froze.
	echo 85000 > $zone
	n=0
	until ls "$spool"/*throttle*.tar.zst >/dev/null 2>&1; do
		n=$((n + 1))
		[ $n -le 1200 ] || { echo "no throttle bundle:"; cat "$log"; exit 1; }
		sleep 0.1
	done
	# Still hot, and moving, for the summaries: one step each 0.5 s of records.
	have=$(buffered)
	for t in 86000 88500 87250 91000 89900 86100 92300 90000 88000 93500 91200 89000 \
		94100 90700 88800 92200 95000 91500 89300 93300 96000 92800 90400 94400; do
		echo $t > $zone
		have=$((have + 50))
		wait_records $have
	done
	# What the ring holds before the crash, for comparing the tail with.
	"$cap" --source device:/dev/tempmon --now --once --pre 120 --post 0 --out "$TEMPMON_OUT/manual" \
		--kmsg none --bpf off --no-pstore --gpu-facts off >/dev/null 2>"$TEMPMON_OUT/manual.log" ||
		{ echo "manual capture failed"; cat "$TEMPMON_OUT/manual.log"; exit 1; }
	wait_records $(($(buffered) + 100))
	sync
	case $scenario in
	panic)
		echo 1 > /proc/sys/kernel/sysrq
		echo c > /proc/sysrq-trigger
		;;
	lockup)
		# The frozen machine as the shipped sysctl file (its lines
		# uncommented, as an administrator enables them) turns it into a
		# panic; the watchdog's threshold low to keep the test short.
		sed -n 's/^#[[:space:]]*\(kernel\.softlockup_panic[[:space:]]*=.*\)/\1/p' \
			"$src/packaging/sysctl/60-tempmon-crash.conf" > /tmp/crash.conf
		grep -q . /tmp/crash.conf || { echo "no softlockup_panic line in the shipped sysctl file"; exit 1; }
		sysctl -p /tmp/crash.conf
		sysctl -w kernel.watchdog_thresh=1
		echo 10 > /sys/module/tempmon_lockup/parameters/spin_s
		;;
	esac
	echo "FAIL: still running after the crash"
	exit 1
	;;
2)
	[ -e "$TEMPMON_OUT/boot1.id" ] || { echo "boot 2 without boot 1's state"; exit 1; }
	ls -l /sys/fs/pstore
	start_capture
	[ "$(crash_bundles)" -eq 1 ] || { echo "want exactly one crash bundle, got $(crash_bundles)"; cat "$log"; exit 1; }
	grep -q "crash survival: pstore backend ramoops" "$log" || { echo "no crash-survival line"; cat "$log"; exit 1; }
	stop_capture
	set -- "$spool"/*-crash*.tar.zst
	manual=$(ls "$TEMPMON_OUT"/manual/*.tar.zst)
	# The crash's time is the kernel's report line's; the last record at
	# most one sample period (10 ms at 100 Hz) before it.
	case $scenario in
	panic) what="--crash-reason panic --report-has sysrq" ;;
	lockup) what="--crash-reason watchdog --report-has soft --module-listed tempmon_lockup" ;;
	esac
	# shellcheck disable=SC2086
	"$check" "$1" $what --crash-boot-id "$(cat "$TEMPMON_OUT/boot1.id")" --tail-gap-ns 10000000 \
		--tail-matches "$manual" --min-matched 100 --min-summaries 5 --min-compared 3 \
		--open-ring-episode tempmon-test | tee "$TEMPMON_OUT/check.txt"
	/usr/bin/python3 "$src/tests/reports/schema_check.py" "$src/docs/schema" "$1"
	# The viewer opens it with the crash first: its reason right under the
	# trigger, the report, the records up to the crash and the crash marked.
	"$report" show --color=never "$1" > "$TEMPMON_OUT/show.txt"
	sed -n '1,8p' "$TEMPMON_OUT/show.txt" | grep -q "^Crash: " || { echo "show: no crash at the top"; head -20 "$TEMPMON_OUT/show.txt"; exit 1; }
	grep -q "═══ crash" "$TEMPMON_OUT/show.txt" || { echo "show: the crash is not marked"; cat "$TEMPMON_OUT/show.txt"; exit 1; }
	"$report" html "$1" -o "$TEMPMON_OUT/crash.html"
	grep -q 'id="c-crash"' "$TEMPMON_OUT/crash.html" && grep -q '"crash":{' "$TEMPMON_OUT/crash.html" ||
		{ echo "html: no crash card or data"; exit 1; }
	cat "$log"
	touch "$TEMPMON_OUT/.reboot"
	;;
3)
	start_capture
	stop_capture
	[ "$(crash_bundles)" -eq 1 ] || { echo "boot 3 wrote another crash bundle: $(crash_bundles)"; cat "$log"; exit 1; }
	if grep -q "crash.*saved as" "$log"; then echo "boot 3 saved a crash again"; cat "$log"; exit 1; fi
	echo "ok: one crash bundle over three boots"
	;;
*) echo "unexpected boot $TEMPMON_BOOT"; exit 1 ;;
esac
