#!/bin/sh
# vmtest uses KVM only after a probe boot under it worked. Against a device
# that is no working KVM (TEMPMON_KVM_DEVICE=/dev/null bound over /dev/kvm),
# or on a machine without /dev/kvm, it must say it falls back to TCG, run the
# command there, and reuse the cached verdict on the next run.
#   accel_fallback.sh SOURCE_DIR CACHE_DIR KERNEL
set -eu
src=$1 cache=$2 k=$3
t=$(mktemp -d /tmp/tempmon-accel.XXXXXX)
trap 'rm -rf "$t"' EXIT
# A cache folder of its own, so that the probe really runs the first time.
mkdir -p "$t/cache"
ln -s "$(realpath "$cache/kernels")" "$t/cache/kernels"
export TEMPMON_CACHE="$t/cache"
if [ -e /dev/kvm ]; then
	export TEMPMON_KVM_DEVICE=/dev/null
	want='accelerator tcg (the probe boot under KVM failed'
else
	want='accelerator tcg (no /dev/kvm'
fi

run() {
	rc=0
	"$src/scripts/vmtest" -k "$k" -t 200 -- sh -c 'echo guest-ran' > "$t/$1.txt" 2>&1 || rc=$?
	cat "$t/$1.txt"
	[ "$rc" = 0 ] || { echo "FAIL: vmtest exited $rc ($1 run)"; exit 1; }
	grep -qx guest-ran "$t/$1.txt" || { echo "FAIL: the command did not run ($1 run)"; exit 1; }
	grep -qF "$want" "$t/$1.txt" || { echo "FAIL: no '$want' line ($1 run)"; exit 1; }
}
run first
if [ -e /dev/kvm ]; then
	grep -q 'probing KVM' "$t/first.txt" || { echo "FAIL: the first run did not probe KVM"; exit 1; }
fi
run second
if grep -q 'probing KVM' "$t/second.txt"; then echo "FAIL: the second run probed again"; exit 1; fi
grep -q 'verdict cached in' "$t/second.txt" || [ ! -e /dev/kvm ] || { echo "FAIL: no cached verdict"; exit 1; }
echo "PASS: fell back to TCG and reused the verdict"
