#!/bin/sh
# Runs inside a test VM: insmod, read /dev/tempmon, rmmod.
set -eu
insmod "$TEMPMON_KMOD/tempmon.ko"
echo "loaded tempmon.ko on $(uname -r)"
test -c /dev/tempmon
out=$(cat /dev/tempmon)
echo "$out"
test -n "$out"
rmmod tempmon
test ! -e /dev/tempmon
grep -q '^tempmon ' /proc/modules && { echo "still loaded"; exit 1; }
echo "unloaded tempmon.ko"
