#!/bin/sh
# Regenerates v1-capture.tar.zst: a format-version-1 bundle written by the
# real tempmon-capture at commit eb5383a (its episodes carry some fields
# under two names, e.g. peak_mc and peak_temp_mc), from tempmon-sim's
# shared-memory ring: two sensors heated past 85 C and cooled again (two
# closed ring episodes). A fake /proc and /sys keep the build machine's
# facts out of it.
#   make-v1.sh BUILD_OF_eb5383a [OUT.tar.zst]
set -eu
build=${1:?usage: make-v1.sh BUILD_DIR_OF_eb5383a [OUT]}
out=${2:-$(cd "$(dirname "$0")" && pwd)/v1-capture.tar.zst}
tmp=$(mktemp -d)
trap 'kill $sim 2>/dev/null || true; rm -rf "$tmp"' EXIT
root=$tmp/root
mkdir -p "$root/proc/sys/kernel/random" "$root/sys/class/thermal/thermal_zone0"
echo 6.12.95+deb12-amd64 > "$root/proc/sys/kernel/osrelease"
echo 3f0c7c1e-1111-2222-3333-444455556666 > "$root/proc/sys/kernel/random/boot_id"
printf 'processor\t: 0\nmodel name\t: Test CPU\n' > "$root/proc/cpuinfo"
echo tempmon-test > "$root/sys/class/thermal/thermal_zone0/type"
echo 45000 > "$root/sys/class/thermal/thermal_zone0/temp"
name=tempmon-v1-golden-$$
"$build/capture/tempmon-sim" --name "$name" --rate 100 --sensors 2 \
	--load-schedule 0:200,2:1000,9:50 --duration 60 --ready-file "$tmp/ready" &
sim=$!
n=0
until [ -e "$tmp/ready" ]; do
	n=$((n + 1)); [ $n -le 100 ] || { echo "tempmon-sim did not start" >&2; exit 1; }
	sleep 0.1
done
"$build/capture/tempmon-capture" --source "shm:$name" --on-throttle --once --pre 3 --post 12 \
	--out "$tmp/spool" --sysroot "$root" --kmsg none --bpf off --no-pstore --gpu-facts off \
	--host v1-host
cp "$tmp"/spool/*.tar.zst "$out"
echo "wrote $out"
