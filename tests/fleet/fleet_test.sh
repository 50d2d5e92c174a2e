#!/bin/bash
# tempmon-report fleet over bundles from several hosts (tempmon-fleet-synth):
# the totals, the per-host trigger counts, hang classes and sensors in JSON
# and CSV; damaged bundles skipped with a reason; the same through an rclone
# remote; the HTML overview rendered by headless Chromium with a working
# link to each bundle's own page.
# usage: fleet_test.sh TEMPMON_REPORT TEMPMON_FLEET_SYNTH WORKDIR
set -u
R=$1 SYNTH=$2 W=$3
rm -rf "$W" && mkdir -p "$W" && cd "$W" || exit 1
fails=0
fail() { echo "FAIL: $*"; fails=$((fails + 1)); }

"$SYNTH" b 40 4 1000 || exit 1
[ "$(find b -name '*.tar.zst' | wc -l)" = 40 ] || fail "synth wrote $(find b -name '*.tar.zst' | wc -l) bundles"
# One bundle with a flipped byte, one that is not a bundle at all.
victim=$(find b -name '*.tar.zst' | sort | head -1)
byte=$(od -An -tu1 -j300 -N1 "$victim" | tr -d ' ')
printf "\\$(printf '%03o' $((byte ^ 0xff)))" | dd of="$victim" bs=1 seek=300 conv=notrunc status=none
echo "not a bundle" > b/node-0001/tempmon-garbage.tar.zst

"$R" fleet b --json -o fleet.json || fail "fleet --json exited $?"
j() { jq -r "$1" fleet.json; }
[ "$(j .bundles)" = 41 ] || fail "bundles $(j .bundles), expected 41"
[ "$(j .read)" = 39 ] || fail "read $(j .read), expected 39"
[ "$(j '.skipped | length')" = 2 ] || fail "skipped $(j '.skipped | length'), expected 2"
j '.skipped[].reason' | grep -q '^unreadable\|^tampered' || fail "skip reasons: $(j '.skipped[].reason')"
[ "$(j '.hosts | length')" = 4 ] || fail "hosts $(j '.hosts | length')"
[ "$(j '[.hosts[].bundles] | add')" = 39 ] || fail "bundles over hosts $(j '[.hosts[].bundles] | add')"
[ "$(j '[.hosts[].captures.hang // 0] | add')" = 8 ] || fail "hang captures $(j '[.hosts[].captures.hang // 0] | add'), expected 8"
j '.hosts[0].hangs[] | "\(.class)/\(.code)"' | grep -qi 'xid/79' || fail "no Xid 79 hang class: $(j '.hosts[0].hangs')"
[ "$(j '.hosts[0].sensors | length')" -ge 1 ] || fail "no sensors"
[ "$(j '[.hosts[].sensors[].episodes] | add')" -gt 0 ] || fail "no throttle episodes counted"
[ "$(j '[.hosts[].sensors[].peak_c // 0] | max')" != 0 ] || fail "no peak temperature"
j '.hosts[].first_seen' | grep -q '^20[0-9][0-9]-' || fail "first_seen: $(j '.hosts[].first_seen')"

# Per-sensor peaks agree with the samples themselves (the largest temperature
# of each sensor in `export --csv`, marker rows excluded): from the manifest's
# sample summary for a bundle of this writer, from samples.csv for a bundle
# whose manifest has none (the golden bundle predates the summary).
peaks_from_export() {  # BUNDLE -> "name=peak_mc" lines, sorted
  "$R" export "$1" --csv | awk -F, 'NR > 1 && $8 !~ /MARKER/ {
    if (!($5 in m) || $6 + 0 > m[$5]) m[$5] = $6 + 0 } END { for (k in m) print k "=" m[k] }' | sort
}
peaks_from_fleet() {  # FOLDER -> the same from fleet --json
  "$R" fleet "$1" --json | jq -r '.hosts[].sensors[] | select(.peak_c != null) | "\(.name)=\(.peak_c * 1000 | round)"' | sort
}
one=$(find b/node-0002 -name '*.tar.zst' | sort | head -1)
golden=$(dirname "$0")/../reports/golden/small.tar.zst
mkdir -p one old && cp "$one" one/ && cp "$golden" old/
tar --zstd -xOf "$one" manifest.json | jq -e 'has("sample_summary")' >/dev/null || fail "the writer put no sample_summary in the manifest"
tar --zstd -xOf "$golden" manifest.json | jq -e 'has("sample_summary") | not' >/dev/null || fail "the golden bundle has a sample_summary: the fallback is not exercised"
for d in one old; do
  src=$([ $d = one ] && echo "$one" || echo "$golden")
  want=$(peaks_from_export "$src") got=$(peaks_from_fleet $d)
  [ -n "$want" ] && [ "$want" = "$got" ] || fail "$d: fleet peaks '$(echo $got)' differ from the samples' '$(echo $want)'"
done
# A malformed summary in an otherwise intact bundle is a reason to skip it.
mkdir -p bad/x && tar --zstd -xf "$one" -C bad/x
jq '.sample_summary = [{"id": 0, "samples": 5, "min_mc": 9, "max_mc": 1}]' bad/x/manifest.json > bad/m && mv bad/m bad/x/manifest.json
(cd bad/x && tar --zstd -cf ../bad.tar.zst manifest.json samples.csv episodes.jsonl events.jsonl kmsg.jsonl kmsg.txt system.json summary.txt)
rm -rf bad/x
"$R" fleet bad --json -o bad.json || fail "fleet over a malformed summary exited $?"
jq -r '.skipped[0].reason' bad.json | grep -q '^unreadable: .*sample_summary' || fail "malformed summary: $(jq -c .skipped bad.json)"
# A stranger's host and sensor names reach a terminal (text, CSV) only
# through the terminal filter: no ESC, no C1 CSI, no bidi override.
mkdir -p esc/x && tar --zstd -xf "$one" -C esc/x
jq '.host = "evil\u001b]0;owned\u0007\u009b2J\u202ehost" | .sensors[0].name = "s\u001b[31m\u009b"' esc/x/manifest.json > esc/m &&
  mv esc/m esc/x/manifest.json
(cd esc/x && tar --zstd -cf ../esc.tar.zst manifest.json samples.csv episodes.jsonl events.jsonl kmsg.jsonl kmsg.txt system.json summary.txt)
rm -rf esc/x
"$R" fleet esc > esc.txt 2>&1 || fail "fleet over escape-laden names exited $?"
"$R" fleet esc --csv -o esc.csv || fail "fleet --csv over escape-laden names exited $?"
grep -q 'evil' esc.txt || fail "the host is missing from the text: $(cat esc.txt)"
for f in esc.txt esc.csv; do
  LC_ALL=C grep -q "$(printf '\033')\|$(printf '\302\233')\|$(printf '\342\200\256')" "$f" && fail "$f holds terminal controls"
done

"$R" fleet b --csv -o fleet.csv || fail "fleet --csv exited $?"
head -1 fleet.csv | grep -q '^host,sensor,kind,peak_c,throttle_episodes,throttled_s' || fail "csv header: $(head -1 fleet.csv)"
rows=$(($(wc -l < fleet.csv) - 1))
[ "$rows" = "$(j '[.hosts[].sensors | length] | add')" ] || fail "csv rows $rows"

"$R" fleet b > fleet.txt || fail "fleet (text) exited $?"
grep -q '^41 bundles, 39 read, 2 skipped, 4 hosts' fleet.txt || fail "text head: $(head -1 fleet.txt)"

# The same bundles through rclone (a local-backend remote: real rclone copy).
printf '[here]\ntype = local\n' > rclone.conf && chmod 600 rclone.conf
"$R" fleet "here:$W/b" --rclone-config rclone.conf --json -o remote.json || fail "fleet remote exited $?"
[ "$(jq -r .read remote.json)" = 39 ] || fail "remote read $(jq -r .read remote.json)"
"$R" fleet "nosuch:x" --rclone-config rclone.conf >/dev/null 2>err.txt && fail "a missing remote succeeded"
grep -q 'rclone could not copy' err.txt || fail "missing remote message: $(cat err.txt)"

"$R" fleet b --html html -o /dev/null || fail "fleet --html exited $?"
[ "$(ls html/bundles | wc -l)" = 39 ] || fail "$(ls html/bundles | wc -l) bundle pages"
command -v chromium >/dev/null || { echo "chromium is not installed (scripts/setup installs it)"; exit 1; }
run_chromium() {
  timeout 120 chromium --headless --disable-gpu --no-sandbox --no-first-run --user-data-dir="$W/profile" \
    --virtual-time-budget=5000 "$@" 2>>chromium.log
}
run_chromium --dump-dom "file://$W/html/index.html" > index.dom || { echo "chromium failed"; tail chromium.log; exit 1; }
grep -q '41 bundles, 39 read, 2 skipped, 4 hosts' index.dom || fail "overview totals not rendered"
[ "$(grep -o '<section class="host">' index.dom | wc -l)" = 4 ] || fail "host sections: $(grep -o '<section class="host">' index.dom | wc -l)"
link=$(grep -o 'href="bundles/[^"]*"' index.dom | head -1 | sed 's/^href="//; s/"$//')
[ -n "$link" ] && [ -f "html/$link" ] || fail "first link '$link' does not lead to a page"
run_chromium --dump-dom "file://$W/html/$link" > page.dom
grep -o '<body[^>]*>' page.dom | head -1 | grep -q 'data-status="ok"' || fail "linked bundle page did not render: $(grep -o '<body[^>]*>' page.dom | head -1)"
run_chromium --hide-scrollbars --window-size=1400,900 --screenshot="$W/fleet.png" "file://$W/html/index.html" >/dev/null
[ -s fleet.png ] || fail "no screenshot"
echo "screenshot: $W/fleet.png"
[ $fails = 0 ] && echo "fleet: all checks passed"
exit $((fails > 0))
