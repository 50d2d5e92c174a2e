#!/bin/bash
# tempmon-report end to end: exit codes, outputs, redaction, diff.
# usage: cli_test.sh TEMPMON_REPORT TEMPMON_BUNDLE_SYNTH WORKDIR
set -u
R=$1 SYNTH=$2 W=$3
rm -rf "$W" && mkdir -p "$W" && cd "$W" || exit 1
fails=0
fail() { echo "FAIL: $*"; fails=$((fails + 1)); }
expect_rc() {  # expect_rc RC DESCRIPTION CMD...
  local want=$1 what=$2; shift 2
  "$@" >out.txt 2>err.txt; local rc=$?
  [ "$rc" = "$want" ] || fail "$what: exit $rc, want $want ($(head -c 300 err.txt))"
}

"$SYNTH" a.tar.zst 4000 || exit 1
"$SYNTH" b.tar.zst 8000 || exit 1

expect_rc 0 "verify intact" "$R" verify a.tar.zst
grep -q "intact" out.txt || fail "verify does not say intact"

expect_rc 0 "show" "$R" show a.tar.zst
for s in "Trigger:" "Sensors" "Throttle episodes (2)" "Xid 79 on 0000:01:00" "soft_lockup" "hung_task" "what to do:" \
         "First kernel errors" "system.nvml" "Losses:"; do
  grep -qF "$s" out.txt || fail "show lacks '$s'"
done
grep -q $'\x1b\[' out.txt && fail "show coloured a pipe"
expect_rc 0 "show --color=always" "$R" show --color=always a.tar.zst
grep -q $'\x1b\[' out.txt || fail "--color=always has no colour"

# Tamper: change one byte of samples.csv inside the archive, keep the manifest.
mkdir x && tar --zstd -xf a.tar.zst -C x && sed -i '5s/,0x0000,/,0x0000 ,/;5s/,0x0000 ,/,0x0000,/;5s/\(T[0-9:]*\)\.0/\1.1/' x/samples.csv
(cd x && tar --zstd -cf ../tampered.tar.zst manifest.json samples.csv episodes.jsonl events.jsonl kmsg.jsonl kmsg.txt system.json summary.txt)
expect_rc 7 "verify tampered" "$R" verify tampered.tar.zst
grep -q "samples.csv" out.txt || fail "verify does not name samples.csv: $(cat out.txt)"
expect_rc 7 "show tampered" "$R" show tampered.tar.zst
grep -q "samples.csv" err.txt || fail "show does not name samples.csv"

printf 'not a bundle' > junk.tar.zst
expect_rc 6 "verify junk" "$R" verify junk.tar.zst
[ "$(wc -l < err.txt)" = 1 ] || fail "error is not one line: $(cat err.txt)"
expect_rc 6 "missing file" "$R" show does-not-exist.tar.zst
grep -q "does-not-exist.tar.zst: cannot open" err.txt || fail "missing file not named"
head -c 3000 a.tar.zst > cut.tar.zst
expect_rc 6 "truncated" "$R" verify cut.tar.zst
expect_rc 2 "usage" "$R" verify
expect_rc 2 "unknown subcommand" "$R" frobnicate
expect_rc 2 "export needs a format" "$R" export a.tar.zst
expect_rc 0 "help" "$R" --help
grep -q "Exit status" out.txt || fail "--help lacks exit codes"
grep -q "Examples" out.txt || fail "--help lacks examples"

expect_rc 0 "export csv" "$R" export a.tar.zst --csv -o s.csv
[ "$(wc -l < s.csv)" = 4001 ] || fail "export csv rows: $(wc -l < s.csv)"
expect_rc 0 "export json" "$R" export a.tar.zst --json -o a.json
[ "$(jq '.samples | length' a.json)" = 4000 ] || fail "export json samples"
[ "$(jq -r '.episodes[0].cause' a.json)" = trip ] || fail "export json episodes"
expect_rc 8 "unwritable output" "$R" export a.tar.zst --csv -o /nonexistent-dir/x.csv
[ -e /nonexistent-dir ] && fail "created a folder"

expect_rc 0 "redact" "$R" redact a.tar.zst -o red.tar.zst
expect_rc 0 "verify redacted" "$R" verify red.tar.zst
mkdir r && tar --zstd -xf red.tar.zst -C r
grep -rqE 'lab-gpu7|10\.20\.30\.40|3c:ec:ef|S4EWNX0R123456' r && fail "redacted bundle leaks a secret"
[ "$(jq .redacted r/manifest.json)" = true ] || fail "manifest does not record redaction"

expect_rc 0 "html" "$R" html a.tar.zst -o a.html
grep -q '<canvas' a.html || fail "html has no canvas"

expect_rc 0 "diff" "$R" diff a.tar.zst b.tar.zst
grep -q "peak gpu0" out.txt || fail "diff lacks per-sensor peaks"
grep -q "throttle episodes" out.txt || fail "diff lacks episodes"
grep -q "kernel errors" out.txt || fail "diff lacks kernel errors"

[ "$fails" = 0 ] && echo "all CLI checks passed"
exit $((fails > 0))
