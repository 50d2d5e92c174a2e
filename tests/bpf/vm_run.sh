#!/bin/sh
# Runs inside the VM (tempmon_add_vm_test). First tempmon.ko alone (no
# thermal zone exists yet: the probe must work on tempmon's tracepoints
# only), then the test zone (kernel thermal framework) beside it.
set -u
test_bin=${1:?usage: vm_run.sh BPF_VM_TEST [catch2 args]}
shift
rc=0
tempmon=0
if insmod "$TEMPMON_KMOD/tempmon.ko"; then
	tempmon=1
	ls /sys/class/thermal/ | grep -q thermal_zone && { echo "vm_run: unexpected thermal zone" >&2; rc=1; }
	"$test_bin" "[tempmon]" "$@" || rc=1
else
	echo "vm_run: tempmon.ko did not load; the [tempmon] tests are not run" >&2
fi
insmod "$TEMPMON_KMOD/tempmon_testzone.ko" || { echo "vm_run: insmod tempmon_testzone failed" >&2; exit 1; }
"$test_bin" "[zone]" "$@" || rc=1
[ "$tempmon" = 1 ] && { rmmod tempmon || rc=1; }
rmmod tempmon_testzone || rc=1
exit $rc
