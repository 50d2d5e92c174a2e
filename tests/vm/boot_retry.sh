#!/bin/sh
# A guest kernel that dies in its own boot, before init (an emulator fault,
# nothing of tempmon has run), is booted once more: the run passes, vmtest
# says why it booted again, and the failed boot's console is kept. The
# first boot is broken on purpose (TEMPMON_VM_BREAK_FIRST_BOOT: no init).
#   boot_retry.sh SOURCE_DIR CACHE_DIR KERNEL
set -eu
src=$1 cache=$2 k=$3
t=$(mktemp -d /tmp/tempmon-boot-retry.XXXXXX)
trap 'rm -rf "$t"' EXIT
export TEMPMON_CACHE="$cache"
rc=0
TEMPMON_VM_BREAK_FIRST_BOOT=1 "$src/scripts/vmtest" -k "$k" -t 200 -o "$t/out" -- \
	sh -c 'echo guest-ran' > "$t/log.txt" 2>&1 || rc=$?
cat "$t/log.txt"
[ "$rc" = 0 ] || { echo "FAIL: vmtest exited $rc"; exit 1; }
grep -qx guest-ran "$t/log.txt" || { echo "FAIL: the command did not run"; exit 1; }
grep -q 'died in its own boot, before init' "$t/log.txt" || { echo "FAIL: no line saying why it booted again"; exit 1; }
[ -s "$t/out/console.boot-failed.log" ] || { echo "FAIL: the failed boot's console was not kept"; exit 1; }
grep -q 'tempmon-vm: init started' "$t/out/console.log" || { echo "FAIL: the second boot's console has no init"; exit 1; }
echo "PASS: a boot that died before init was booted once more"
