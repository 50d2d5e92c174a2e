#!/bin/bash
# Each tool's --help ends with rows of the one exit-status table; each row
# (its wrapped lines joined) must be the row of docs/exit-status.md with the
# same number, and the tool must list at least success, failure and usage.
# usage: exit_status_test.sh DOC TOOL...
set -u
doc=$1
shift
fails=0
tab=$'\t'
fail() { echo "FAIL: $*"; fails=$((fails + 1)); }
[ $# -ge 1 ] || { echo "FAIL: no tool built"; exit 1; }
# "N<TAB>meaning" from the markdown table.
doc_rows=$(awk -F' [|] ' '/^[|] [0-9]+ [|]/ { sub(/^[|] /, "", $1); print $1 "\t" $2 }' "$doc")
[ "$(echo "$doc_rows" | wc -l)" -ge 10 ] || fail "docs/exit-status.md: table not found"
for tool in "$@"; do
  name=$(basename "$tool")
  help=$("$tool" --help 2>&1)
  rc=$?
  [ $rc = 0 ] || fail "$name --help exited $rc"
  rows=$(echo "$help" | awk '
    /^Exit status/ { on = 1; next }
    on && /^  [0-9]/ { if (row != "") print row; n = $1; sub(/^  [0-9]+ +/, ""); row = n "\t" $0; next }
    on && /^     +[^ ]/ { sub(/^ +/, ""); row = row " " $0; next }
    on && row != "" { print row; row = ""; on = 0 }
    END { if (row != "") print row }')
  [ -n "$rows" ] || { fail "$name --help lists no exit status"; continue; }
  for n in 0 1 2; do
    echo "$rows" | grep -q "^$n${tab}" || fail "$name --help does not list status $n"
  done
  while IFS= read -r row; do
    n=${row%%${tab}*}
    want=$(echo "$doc_rows" | grep "^$n${tab}")
    [ "$row" = "$want" ] || fail "$name status $n: --help says '${row#*${tab}}', the doc '${want#*${tab}}'"
  done <<<"$rows"
  # The doc's "returned by" column names this tool for every row it lists.
  short=${name#tempmon-}
  while IFS= read -r row; do
    n=${row%%${tab}*}
    grep -E "^[|] $n [|]" "$doc" | grep -qE "[|] (all|.*\\b$short\\b.*) [|]\$" ||
      fail "docs/exit-status.md row $n does not name $short among the tools that return it"
  done <<<"$rows"
done
[ $fails = 0 ] && echo "exit status: $# tools agree with the doc"
exit $((fails > 0))
