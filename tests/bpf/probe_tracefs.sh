#!/bin/sh
# tempmon-probe on a machine that booted without tracefs (no systemd): in a
# private mount namespace with tracefs and debugfs unmounted, the probe must
# mount tracefs itself, say so, and attach. With /sys/kernel/tracing absent
# it must fall back to debugfs' tracing/ folder, mounting debugfs.
#   probe_tracefs.sh TEMPMON_PROBE
set -eu
probe=$1
[ "$(id -u)" = 0 ] || { echo "SKIP: needs root"; exit 77; }
t=$(mktemp -d)
trap 'rm -rf "$t"' EXIT

# case NAME SETUP EXPECTED-NOTE: runs the probe for a moment after SETUP in a
# fresh mount namespace; the namespace (and what the probe mounted in it)
# ends with it.
check() {
	name=$1 setup=$2 note=$3
	rc=0
	unshare --mount --propagation private -- sh -c '
		set -e
		while grep -q " /sys/kernel/tracing " /proc/self/mounts; do umount /sys/kernel/tracing; done
		while grep -q " /sys/kernel/debug " /proc/self/mounts; do umount -l /sys/kernel/debug; done
		if grep -qE " /sys/kernel/(tracing|debug) " /proc/self/mounts; then
			echo "setup: tracefs still mounted"; exit 3
		fi
		'"$setup"'
		exec "$0" --duration 0.5 --ready-file "$1/ready"
	' "$probe" "$t" > "$t/$name.log" 2>&1 || rc=$?
	cat "$t/$name.log"
	[ "$rc" = 0 ] || { echo "FAIL ($name): tempmon-probe exited $rc"; exit 1; }
	grep -qF "tempmon-probe: $note" "$t/$name.log" || { echo "FAIL ($name): no '$note'"; exit 1; }
	grep -q '^tempmon-probe: attached thermal:thermal_temperature' "$t/$name.log" ||
		{ echo "FAIL ($name): thermal:thermal_temperature not attached"; exit 1; }
	[ -e "$t/ready" ] || { echo "FAIL ($name): no ready file"; exit 1; }
	rm -f "$t/ready"
	echo "PASS ($name)"
}

check tracefs : "mounted tracefs at /sys/kernel/tracing"

# /sys/kernel without a tracing/ folder: a tmpfs over it, with the kernel's
# BTF and an empty debug/ mount point put back.
check debugfs '
	mkdir "$1/k"; mount --bind /sys/kernel "$1/k"
	mount -t tmpfs tmpfs /sys/kernel
	mkdir -p /sys/kernel/btf /sys/kernel/debug
	: > /sys/kernel/btf/vmlinux; mount --bind "$1/k/btf/vmlinux" /sys/kernel/btf/vmlinux
	umount -l "$1/k"' \
	"mounted debugfs at /sys/kernel/debug; using /sys/kernel/debug/tracing (tracefs could not be mounted at /sys/kernel/tracing: No such file or directory)"
