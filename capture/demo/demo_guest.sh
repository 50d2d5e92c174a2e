#!/bin/sh
# The demo's part inside the test VM (see scripts/demo): tempmon.ko samples
# the test thermal zone, tempmon-capture waits for a throttle, the zone is
# heated past its trip and cooled again; the bundle lands in $TEMPMON_OUT.
set -eu
cap=$1
out=$TEMPMON_OUT/reports
log=$TEMPMON_OUT/capture.log
zone=/sys/module/tempmon_testzone/parameters/temp_mc

insmod "$TEMPMON_KMOD/tempmon_testzone.ko"
insmod "$TEMPMON_KMOD/tempmon.ko" zones=tempmon-test rate_hz=100
echo 45000 > $zone
echo "demo: tempmon.ko loaded on $(uname -r); sensors:"
cat /dev/tempmon

timeout 120 "$cap" --on-throttle --on-hang --once --pre 8 --post 4 \
	--threshold tempmon-test=75/5 --out "$out" --metrics "$TEMPMON_OUT/tempmon.prom" \
	--no-pstore -v 2>"$log" &
pid=$!
n=0
until grep -q watching "$log" 2>/dev/null; do
	n=$((n + 1))
	if [ $n -gt 600 ] || ! kill -0 $pid 2>/dev/null; then
		echo "demo: tempmon-capture did not start:"; cat "$log"; exit 1
	fi
	sleep 0.1
done
echo "demo: tempmon-capture is watching; heating the zone 45 -> 90 C"
t=45000
while [ $t -le 90000 ]; do
	echo $t > $zone
	t=$((t + 1500))
	sleep 0.1
done
sleep 1.5
echo "demo: cooling the zone to 55 C"
echo 55000 > $zone
wait $pid || { echo "demo: tempmon-capture failed ($?)"; cat "$log"; exit 1; }
cat "$log"
ls -l "$out"
