#!/bin/sh
# Runs inside the VM (tempmon_add_vm_test): load the test zone (and
# tempmon.ko when it loads), run the BPF VM tests, unload everything.
set -u
test_bin=${1:?usage: vm_run.sh BPF_VM_TEST [catch2 args]}
shift
insmod "$TEMPMON_KMOD/tempmon_testzone.ko" || { echo "vm_run: insmod tempmon_testzone failed" >&2; exit 1; }
tempmon=0
if insmod "$TEMPMON_KMOD/tempmon.ko" 2>/dev/null; then
	tempmon=1
else
	echo "vm_run: tempmon.ko did not load; its tests will skip" >&2
fi
"$test_bin" "$@"
rc=$?
[ "$tempmon" = 1 ] && { rmmod tempmon || rc=1; }
rmmod tempmon_testzone || rc=1
exit $rc
