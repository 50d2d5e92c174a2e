#!/bin/sh
# Regenerates the capture-*.tar.zst fixtures: bundles the real tempmon-capture
# wrote in the test VM (Debian 6.12, tempmon.ko, the test thermal zone), kept
# by the VM tests under BUILD/vm-out/ (tempmon_add_vm_test KEEP_OUT):
#   capture-demo   capture_vm_demo: one whole throttle episode, BPF probe on
#   capture-open   capture_vm_open: the window ends with the episode still open
#   capture-xid    capture_vm_xid: an NVIDIA Xid 79 in the kernel log
#   capture-stall  capture_vm_stall: the sampler kthread starved
#   regen.sh BUILD   (a configured build of this tree)
set -eu
build=$(cd "${1:?usage: regen.sh BUILD_DIR}" && pwd)
here=$(cd "$(dirname "$0")" && pwd)
export TEMPMON_VM_LOCK=${TEMPMON_VM_LOCK:-/tmp/tempmon-vm.lock}
kver=6.12.95+deb12-amd64
cmake --build "$build" --target tempmon-capture capture_bundle_check capture_kmsg_writer "kmod-$kver"
ctest --test-dir "$build" -R "capture_vm_(demo|open|xid|stall)@$kver" --output-on-failure
one() {  # one bundle in $1, copied to $2
	set -- "$1"/*.tar.zst "$2"
	[ $# -eq 2 ] || { echo "regen: want one bundle in ${1%/*}" >&2; exit 1; }
	cp "$1" "$here/$2"
	echo "regen: $here/$2"
}
one "$build/vm-out/capture_vm_demo@$kver/reports" capture-demo.tar.zst
one "$build/vm-out/capture_vm_open@$kver/spool-open" capture-open.tar.zst
one "$build/vm-out/capture_vm_xid@$kver/spool-xid" capture-xid.tar.zst
one "$build/vm-out/capture_vm_stall@$kver/spool-stall" capture-stall.tar.zst
