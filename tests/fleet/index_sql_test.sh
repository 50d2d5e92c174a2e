#!/bin/bash
# tempmon-report fleet --index against a real SQL engine: bundles from the
# fleet synthesiser (the capture's own bundle writer) are indexed (twice:
# the second run adds nothing), every row is valid against the published
# JSON Schema, a PostgreSQL server from Debian (started here on 127.0.0.1,
# stopped after) loads the index with packaging/fleet/postgres-load.sql (twice:
# nothing is loaded twice), and the documented queries of
# packaging/fleet/queries.sql answer with the numbers `tempmon-report fleet
# --json` prints for the same bundles, each within a second.
# usage: index_sql_test.sh REPORT FLEET_SYNTH SOURCE_DIR [BUNDLES]
set -u
report=$1 synth=$2 src=$3 nbundles=${4:-400}
pgbin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)
[ -x "$pgbin/initdb" ] || { echo "FAIL: PostgreSQL is not installed (scripts/setup installs postgresql)"; exit 1; }
w=$(mktemp -d /tmp/tempmon-sql.XXXXXX)
chmod 755 "$w"
fails=0
fail() { echo "FAIL: $*"; fails=$((fails + 1)); }
pg() { runuser -u postgres -- "$@"; }
port=25432
cleanup() {
	[ -e "$w/pg/postmaster.pid" ] && pg "$pgbin/pg_ctl" -D "$w/pg" -m immediate -w stop >/dev/null 2>&1
	[ $fails = 0 ] && rm -rf "$w" || echo "kept $w"
}
trap cleanup EXIT

"$synth" "$w/b" "$nbundles" 12 600 >/dev/null || { fail "synth"; exit 1; }
t0=$(date +%s.%N)
"$report" fleet "$w/b" --index "$w/idx" >"$w/index1.txt" || fail "fleet --index exited $?"
t1=$(date +%s.%N)
grep -q "^indexed $nbundles new bundle(s)" "$w/index1.txt" || fail "first run: $(cat "$w/index1.txt")"
echo "indexed $nbundles bundles in $(echo "$t1 - $t0" | bc) s"
"$report" fleet "$w/b" --index "$w/idx" >"$w/index2.txt" || fail "second fleet --index exited $?"
grep -q "^indexed 0 new bundle(s).*($nbundles already indexed" "$w/index2.txt" || fail "second run: $(cat "$w/index2.txt")"
[ "$(find "$w/idx" -name '*.ndjson' | wc -l)" = "$nbundles" ] || fail "$(find "$w/idx" -name '*.ndjson' | wc -l) files"
# Index files are synced once per run, not one by one: a crash can leave one
# empty or cut short under its name. Such a file is indexed again, whole.
mapfile -t some < <(find "$w/idx" -name '*.ndjson' | sort | head -3)
: >"${some[0]}"
head -c 40 "${some[1]}" >"$w/cut" && cat "$w/cut" >"${some[1]}"
keep=$(stat -c %i "${some[2]}")
"$report" fleet "$w/b" --index "$w/idx" >"$w/index3.txt" || fail "third fleet --index exited $?"
grep -q "^indexed 2 new bundle(s).*($((nbundles - 2)) already indexed" "$w/index3.txt" || fail "cut files: $(cat "$w/index3.txt")"
for f in "${some[0]}" "${some[1]}"; do
	[ "$(tail -c1 "$f" | od -An -c | tr -d ' ')" = '\n' ] && head -1 "$f" | grep -q '"row":"bundle"' ||
		fail "$f was not written again whole"
done
[ "$(stat -c %i "${some[2]}")" = "$keep" ] || fail "a whole file was rewritten"
find "$w/idx" -mindepth 2 -maxdepth 2 -type d | grep -qE '/day=[0-9]{4}-[0-9]{2}-[0-9]{2}/host=[A-Za-z0-9._%-]+$' ||
	fail "partitions: $(find "$w/idx" -mindepth 2 -maxdepth 2 -type d | head -3)"

/usr/bin/python3 - "$src/docs/schema/fleet-index-row.schema.json" "$w/idx" <<'PY' || fail "rows do not match the schema"
import json, pathlib, sys, jsonschema
schema = json.load(open(sys.argv[1]))
v = jsonschema.Draft202012Validator(schema)
n = kinds = 0
seen = set()
for f in pathlib.Path(sys.argv[2]).rglob("*.ndjson"):
    for line in f.read_text().splitlines():
        row = json.loads(line)
        v.validate(row)
        assert f.name == row["bundle_sha256"] + ".ndjson", f
        seen.add(row["row"]); n += 1
assert seen == {"bundle", "episode", "match", "device"}, seen
print(f"{n} rows valid, kinds {sorted(seen)}")
PY

# PostgreSQL on 127.0.0.1 only, a socket in this folder.
mkdir -p "$w/pg" "$w/sock" && chown postgres "$w/pg" "$w/sock"
pg "$pgbin/initdb" -D "$w/pg" -A trust -U postgres >"$w/initdb.log" 2>&1 || { fail "initdb"; cat "$w/initdb.log"; exit 1; }
pg "$pgbin/pg_ctl" -D "$w/pg" -l "$w/sock/pg.log" -w -t 60 \
	-o "-c listen_addresses=127.0.0.1 -p $port -k $w/sock" start >/dev/null || { fail "postgres did not start"; cat "$w/sock/pg.log"; exit 1; }
psql_() { psql -X -q -v ON_ERROR_STOP=1 -h 127.0.0.1 -p $port -U postgres -d postgres "$@"; }
psql_ -f "$src/packaging/fleet/postgres.sql" >/dev/null || fail "postgres.sql"
for round in 1 2; do
	find "$w/idx" -name '*.ndjson' -exec cat {} + | psql_ -f "$src/packaging/fleet/postgres-load.sql" >/dev/null ||
		fail "load $round"
done
# Loaded once: a row per bundle, per finding and per device of the index.
count() { find "$w/idx" -name '*.ndjson' -exec cat {} + | grep -c "\"row\":\"$1\""; }
for t in bundle match device; do
	[ "$(psql_ -At -c "SELECT count(*) FROM tempmon_$t")" = "$(count $t)" ] ||
		fail "tempmon_$t holds $(psql_ -At -c "SELECT count(*) FROM tempmon_$t") rows, the index $(count $t) (twice loaded?)"
done

# The documented queries, each timed. Their goal (<= 1 s each on 100,000
# bundles) is scripts/bench-fleet-index's to measure on a quiet machine;
# here, on a small index with a psql start each, a bound of 10 s catches
# a query that scans or joins without its index whatever else runs.
query() {  # NAME -> its statement from queries.sql
	awk -v n="$1" '/^-- name: /{on = ($3 == n); next} on && /^$/ {exit} on' "$src/packaging/fleet/queries.sql"
}
for q in top_hosts_by_throttle_minutes signatures_by_code_and_gpu_model devices_whose_cooling_verdict_changed; do
	sql=$(query $q)
	[ -n "$sql" ] || { fail "no query $q in queries.sql"; continue; }
	a=$(date +%s%N)
	psql_ -At -F, -c "$sql" >"$w/$q.csv" || fail "query $q"
	ms=$((($(date +%s%N) - a) / 1000000))
	echo "query $q: $(wc -l <"$w/$q.csv") rows, $ms ms"
	[ $ms -le 10000 ] || fail "query $q took $ms ms"
done

# The same numbers as the text fleet view's JSON.
"$report" fleet "$w/b" --json -o "$w/fleet.json" || fail "fleet --json"
want=$(jq -r '.hosts[] | "\(.host),\([.sensors[].throttled_s] | add * 1000 | round)"' "$w/fleet.json" | sort)
got=$(psql_ -At -F, -c "SELECT b.host, round(coalesce(sum(e.duration_s), 0) * 1000)
	FROM (SELECT DISTINCT host FROM tempmon_bundle) b LEFT JOIN tempmon_episode e USING (host) GROUP BY b.host" | sort)
[ -n "$want" ] && [ "$want" = "$got" ] || fail "throttle ms per host: fleet '$(echo $want)' sql '$(echo $got)'"
top=$(head -1 "$w/top_hosts_by_throttle_minutes.csv" | cut -d, -f1)
want_top=$(jq -r '[.hosts[] | {host, s: ([.sensors[].throttled_s] | add)}] | sort_by(-.s, .host) | .[0].host' "$w/fleet.json")
[ "$top" = "$want_top" ] || fail "top host $top, fleet says $want_top"
want=$(jq -r '.hosts[] | .host as $h | .hangs[] | "\($h),\(.class),\(.code),\(.count)"' "$w/fleet.json" | sort)
got=$(psql_ -At -F, -c "SELECT host, signature, err_code, count(*) FROM tempmon_match GROUP BY 1, 2, 3" | sort)
[ -n "$want" ] && [ "$want" = "$got" ] || fail "findings per host and code differ: fleet '$(echo $want | head -c 300)' sql '$(echo $got | head -c 300)'"
want=$(jq -r '[.hosts[] | .hangs[] | select(.class == "nvidia_xid")] | group_by(.code) | map("\(.[0].code),\(map(.count) | add)") | .[]' "$w/fleet.json" | sort)
got=$(awk -F, '$1 == "nvidia_xid" { n[$2] += $4 } END { for (k in n) print k "," n[k] }' "$w/signatures_by_code_and_gpu_model.csv" | sort)
[ -n "$want" ] && [ "$want" = "$got" ] || fail "Xid counts by code: fleet '$(echo $want)' query '$(echo $got)'"

[ $fails = 0 ] && echo "PASS: fleet index in PostgreSQL" || echo "$fails failure(s)"
exit $((fails > 0))
