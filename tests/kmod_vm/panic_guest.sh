#!/bin/sh
# Inside the guest (panic_tail.sh): fill the ring a little, then crash.
insmod "$TEMPMON_KMOD/tempmon.ko" ring_records=256 sim_sensors=1 rate_hz=100 || exit 3
i=0
while [ "$(sed -n 's/^buffered \([0-9]*\).*/\1/p' /dev/tempmon)" -lt 40 ]; do
	i=$((i + 1))
	[ $i -lt 400 ] || exit 4
	sleep 0.05
done
echo 1 > /proc/sys/kernel/sysrq
echo c > /proc/sysrq-trigger
echo "still alive after sysrq-c"
exit 5
