#!/bin/sh
# A machine without tempmon.ko: tempmon-feed with no --shm and no --device
# publishes to the well-known shared-memory ring, and tempmon-capture
# --source auto falls back to it, saying so in its start line and in the
# bundle (system.json "source", the ring collector's message).
# usage: module_less.sh FEED CAPTURE REPORT FAKE_NVML
set -eu
feed=$1 capture=$2 report=$3 fake=$4
[ -e /dev/tempmon ] && { echo "SKIP: /dev/tempmon exists here"; exit 0; }
dir=$(mktemp -d /tmp/tempmon-module-less-XXXXXX)
fpid=
cleanup() { [ -n "$fpid" ] && kill "$fpid" 2>/dev/null; wait 2>/dev/null || true; rm -rf "$dir" /dev/shm/tempmon; }
trap cleanup EXIT
fail() { echo "FAIL: $*"; echo "--- feed"; cat "$dir/feed.log"; echo "--- capture"; cat "$dir/capture.log" 2>/dev/null; exit 1; }
. "$(dirname "$0")/../wait_for.sh"
FAKE_NVML_GPUS=1 "$feed" --rate 10 --no-hwmon --nvml-lib "$fake" >"$dir/feed.log" 2>&1 &
fpid=$!
wait_for 30 grep -q "publishing to the shared-memory ring tempmon" "$dir/feed.log" || fail "the feeder did not fall back to the default ring"
wait_for 30 test -e /dev/shm/tempmon || fail "no /dev/shm/tempmon"
"$capture" --source auto --now --pre 5 --post 0 --kmsg none --bpf off --no-pstore --gpu-facts off \
	--out "$dir/out" >/dev/null 2>"$dir/capture.log" || fail "the capture failed"
grep -q "watching shm:tempmon (--source auto: no /dev/tempmon" "$dir/capture.log" || fail "start line does not say why"
b=$(find "$dir/out" -maxdepth 1 -name '*.tar.zst')
"$report" export "$b" --json -o "$dir/b.json" || fail "export failed"
grep -q '"used":"shm:tempmon"' "$dir/b.json" || grep -q '"used": "shm:tempmon"' "$dir/b.json" || fail "the bundle does not say which ring"
grep -q 'samples in the window' "$dir/b.json" || fail "no ring collector"
echo "PASS: feeder -> default ring tempmon -> --source auto"
