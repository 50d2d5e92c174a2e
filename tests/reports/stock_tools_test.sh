#!/bin/bash
# A support engineer with only tar and jq: extract, check every SHA-256
# from the manifest with sha256sum, read the members.
# usage: stock_tools_test.sh TEMPMON_BUNDLE_SYNTH WORKDIR
set -eu
SYNTH=$1 W=$2
rm -rf "$W" && mkdir -p "$W/x" && cd "$W"
"$SYNTH" b.tar.zst 2000
tar --zstd -xf b.tar.zst -C x
cd x
[ "$(jq -r .format manifest.json)" = tempmon-bundle ]
[ "$(jq .format_version manifest.json)" = 2 ]
jq -r '.members[] | "\(.sha256)  \(.name)"' manifest.json | sha256sum -c --quiet -
jq -r '.members[] | "\(.size) \(.name)"' manifest.json | while read -r size name; do
  [ "$(stat -c %s "$name")" = "$size" ] || { echo "size of $name differs"; exit 1; }
done
[ "$(ls | wc -l)" = 8 ]
[ "$(jq -s length episodes.jsonl)" = 2 ]
[ "$(jq -r 'select(.level <= 3) | .text' kmsg.jsonl | grep -c 'NVRM: Xid')" = 2 ]
[ "$(jq -r .trigger.kind manifest.json)" = throttle ]
[ "$(jq -r '.collectors[] | select(.status != "ok") | .name' manifest.json | wc -l)" = 2 ]
[ "$(jq -r .hostname system.json)" = lab-gpu7.example.org ]
[ "$(head -1 samples.csv)" = "wall_time,ts_ns,seq,sensor_id,sensor_name,temp_mc,flags,flag_names" ]
[ "$(($(wc -l < samples.csv) - 1))" = "$(jq .counts.samples manifest.json)" ]
grep -q '^<3>\[ *[0-9]*\.[0-9]\{6\}\] NVRM: Xid' kmsg.txt
echo "stock tools read the bundle"
