#!/bin/sh
# Runs inside a test VM: tempmon-feed pushes a generated hwmon tree and a
# fake NVIDIA GPU into tempmon.ko; feed_ring_check reads the mapping back.
#   feed_vm.sh TEMPMON_FEED FEED_RING_CHECK FAKE_NVML_SO
set -eu
feed=$1 check=$2 fake=$3
insmod "$TEMPMON_KMOD/tempmon.ko"
trap 'rmmod tempmon 2>/dev/null || true' EXIT

root=/tmp/feed-sys
mk() { mkdir -p "$(dirname "$1")"; printf '%s\n' "$2" > "$1"; }
mk $root/class/hwmon/hwmon0/name k10temp
mk $root/class/hwmon/hwmon0/temp1_input 61250
mk $root/class/hwmon/hwmon0/temp1_label Tctl
mk $root/class/hwmon/hwmon1/name nvme
mk $root/class/hwmon/hwmon1/temp1_input 38850
mk $root/class/hwmon/hwmon1/temp1_label Composite
mk $root/class/hwmon/hwmon1/temp1_max 84850
mkdir -p $root/class/hwmon/hwmon1/temp2_input   # unreadable: must not stop the others

export FAKE_NVML_GPUS=1 FAKE_NVML_TEMP_C=83 FAKE_NVML_REASONS=0x40
# The event log goes into a folder only root can write: root refuses /tmp
# itself (anyone could plant a link there; docs/security.md).
mkdir -m 0755 -p /tmp/feed-log
"$feed" --count 10 --rate 20 --sysfs-root $root --nvml-lib "$fake" --events /tmp/feed-log/events.jsonl
# hwmon scans on its own thread: about one batch per feeder scan, not exactly.
"$check" --nr-sensors 6 "hwmon:k10temp/Tctl=61250,min=3,origin=hwmon,unit=C" \
	"hwmon:nvme/Composite=38850,min=3,thr=84850" \
	"gpu0=83000,flags=0x100,thr=89000,origin=nvml,unit=C,uuid=GPU-fa4e0000-0000-4000-8000-000000000000,loc=00000000:19:00.0" \
	"gpu0.sm_mhz=1410000,origin=nvml,unit=MHz" "gpu0.power_w=250500,origin=nvml,unit=W" \
	"gpu0.power_limit_w=700000,origin=nvml,unit=W"

# A restarted feeder finds its sensors again instead of adding new ones.
printf '70000\n' > $root/class/hwmon/hwmon0/temp1_input
"$feed" --count 5 --rate 20 --sysfs-root $root --no-nvml
"$check" --nr-sensors 6 "hwmon:k10temp/Tctl=70000,min=5,origin=hwmon"
grep -q '"kind":"sensor_registered"' /tmp/feed-log/events.jsonl

# Without CAP_SYS_ADMIN the feeder says so and exits non-zero.
if command -v setpriv >/dev/null; then
	if setpriv --reuid=65534 --regid=65534 --clear-groups --inh-caps=-all --bounding-set=-all \
		"$feed" --count 1 --sysfs-root $root --no-nvml 2>/tmp/feed-eperm.txt; then
		echo "unprivileged push succeeded"; exit 1
	fi
	cat /tmp/feed-eperm.txt
	grep -q CAP_SYS_ADMIN /tmp/feed-eperm.txt

	# A sensor file the user may not read is listed as unreadable, not fatal.
	perm=/tmp/feed-perm
	mk $perm/class/hwmon/hwmon0/name k10temp
	mk $perm/class/hwmon/hwmon0/temp1_input 55000
	mk $perm/class/hwmon/hwmon0/temp2_input 56000
	chmod 000 $perm/class/hwmon/hwmon0/temp2_input
	setpriv --reuid=65534 --regid=65534 --clear-groups --inh-caps=-all --bounding-set=-all \
		"$feed" --once --sysfs-root $perm --no-nvml > /tmp/feed-perm.txt
	cat /tmp/feed-perm.txt
	grep -q 'hwmon:k10temp/temp1 .* 55.0' /tmp/feed-perm.txt
	grep -q 'hwmon:k10temp/temp2 .*unreadable: Permission denied' /tmp/feed-perm.txt
fi
echo "feed_vm: ok on $(uname -r)"
