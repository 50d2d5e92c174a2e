#!/bin/sh
# A local user (uid nobody) against the root capture's shared-memory ring,
# on the host (/dev/shm is world-writable): each case of issue #23.
#  1. nobody publishes a throttling ring of forged samples and GPU identity
#     under the default name before tempmon-feed: --source auto refuses it
#     (one line naming its owner) and writes no bundle;
#  2. the same for capacity 2^44 with a large tail, an object truncated to
#     0, and every slot BUSY with head 2^62;
#  3. nobody races the producer's creation of its name: the producer always
#     ends up owning it (20 starts);
#  4. a ring that turns hostile after the capture attached (every slot
#     BUSY, head 2^62, capacity 2^44) neither crashes nor deafens it:
#     SIGUSR1 still writes a bundle and SIGTERM ends it within one second.
# usage: shm_forger.sh CAPTURE SIM FORGE
set -eu
capture=$1 sim=$2 forge=$3
[ "$(id -u)" = 0 ] || { echo "SKIP: needs root (the capture runs as root, the forger as nobody)"; exit 0; }
[ -e /dev/tempmon ] && { echo "SKIP: /dev/tempmon exists here (--source auto would not use shared memory)"; exit 0; }
nobody() { setpriv --reuid=nobody --regid=nogroup --clear-groups "$@"; }
nobody true 2>/dev/null || { echo "SKIP: cannot run as nobody (setpriv)"; exit 0; }
nobody test -x "$forge" || { echo "SKIP: nobody cannot execute $forge"; exit 0; }
. "$(dirname "$0")/../wait_for.sh"

dir=$(mktemp -d /tmp/tempmon-shm-forger-XXXXXX)
name=tempmon-forger-$$
pids=
cleanup() {
	for p in $pids; do kill "$p" 2>/dev/null || true; done
	wait 2>/dev/null || true
	rm -rf "$dir" "/dev/shm/$name" /dev/shm/tempmon
}
trap cleanup EXIT
fail() { echo "FAIL: $*"; for f in "$dir"/*.log; do [ -e "$f" ] && { echo "--- $f"; cat "$f"; }; done; exit 1; }
run_capture() {  # SOURCE LOG: one manual capture, as the unit runs it
	"$capture" --source "$1" --now --pre 5 --post 0 --kmsg none --bpf off --no-pstore --gpu-facts off \
		--out "$dir/out" >/dev/null 2>"$2"
}
nobody_uid=$(id -u nobody)

# 1. Forged samples and identity under the default name, --source auto.
rm -f /dev/shm/tempmon
nobody "$forge" tempmon --hot >"$dir/forge1.log" 2>&1 || fail "the forger could not publish"
[ "$(stat -c %u /dev/shm/tempmon)" = "$nobody_uid" ] || fail "the forged object is not nobody's"
if run_capture auto "$dir/auto.log"; then fail "--source auto used nobody's ring"; fi
grep -q "refusing shared memory ring tempmon: it belongs to uid $nobody_uid, not to root" "$dir/auto.log" ||
	fail "no one-line refusal naming the owner"
[ "$(grep -c . "$dir/auto.log")" -le 2 ] || fail "the refusal is not short"
[ -z "$(find "$dir/out" -name '*.tar.zst' 2>/dev/null)" ] || fail "a bundle was written from a forged ring"
rm -f /dev/shm/tempmon
echo "ok: forged samples and identity refused"

# 2. The crashing and spinning cases, each from nobody's object.
for c in "--capacity-field 17592186044416 --tail 17592186040000" "--truncate" "--all-busy --head 4611686018427387904"; do
	rm -f "/dev/shm/$name"
	# shellcheck disable=SC2086 # the case's arguments
	nobody "$forge" "$name" $c >"$dir/forge2.log" 2>&1 || fail "forger ($c)"
	st=0
	run_capture "shm:$name" "$dir/case.log" || st=$?
	[ "$st" -ne 0 ] || fail "the capture read nobody's ring ($c)"
	[ "$st" -lt 128 ] || fail "the capture died of signal $((st - 128)) ($c)"
	grep -q "refusing shared memory ring $name: it belongs to uid $nobody_uid" "$dir/case.log" ||
		fail "no refusal ($c)"
	echo "ok: refused ($c)"
done
rm -f "/dev/shm/$name"

# 3. nobody recreates the name as fast as it can while a root producer
#    starts: the producer publishes every time and owns the name.
# (true, not ':': a failed redirection of a special builtin ends sh.
# setpriv itself in the background, so that $! is the loop's own pid.)
setpriv --reuid=nobody --regid=nogroup --clear-groups \
	sh -c "while :; do { true > /dev/shm/$name; } 2>/dev/null; done" &
racer=$!
pids="$pids $racer"
i=0
while [ $i -lt 20 ]; do
	rm -f "$dir/ready"
	"$sim" --name "$name" --capacity 1024 --rate 10 --ready-file "$dir/ready" >"$dir/sim.log" 2>&1 &
	spid=$!
	wait_for 20 test -s "$dir/ready" || fail "start $i: the producer did not publish (lost the race?)"
	[ "$(stat -c %u "/dev/shm/$name")" = 0 ] || fail "start $i: /dev/shm/$name is not root's"
	kill "$spid"
	wait "$spid" || true
	i=$((i + 1))
done
kill -0 "$racer" 2>/dev/null || fail "the racing user loop stopped early"
kill "$racer"
wait "$racer" 2>/dev/null || true
rm -f "/dev/shm/$name"
echo "ok: 20 starts against a racing user, the producer owned the name each time"

# 4. Root's own ring turns hostile after the capture attached.
mkfifo "$dir/go"
"$forge" "$name" --wait-stdin --all-busy --head 4611686018427387904 --capacity-field 17592186044416 \
	<"$dir/go" >"$dir/forge4.log" 2>&1 &
fpid=$!
pids="$pids $fpid"
exec 3>"$dir/go"
wait_for 20 grep -q ready "$dir/forge4.log" || fail "the forger did not publish"
"$capture" --source "shm:$name" --on-temp 200 --pre 2 --post 0 --kmsg none --bpf off --no-pstore --gpu-facts off \
	--out "$dir/out4" >/dev/null 2>"$dir/daemon.log" &
cpid=$!
pids="$pids $cpid"
wait_for 30 grep -q "watching shm:$name" "$dir/daemon.log" || fail "the capture did not start"
echo go >&3
exec 3>&-
wait "$fpid" || fail "the forger failed"
grep -q forged "$dir/forge4.log" || fail "the forger did not edit the ring"
kill -USR1 "$cpid"
wait_for 30 sh -c "ls '$dir/out4'/*.tar.zst >/dev/null 2>&1" || fail "SIGUSR1 wrote no bundle after the ring turned hostile"
kill -0 "$cpid" 2>/dev/null || fail "the capture died"
# It answers SIGTERM (its "stopping" line) within one second, and exits.
t0=$(date +%s%N)
kill -TERM "$cpid"
until grep -q "stopping on" "$dir/daemon.log"; do
	[ $(( ($(date +%s%N) - t0) / 1000000 )) -le 1000 ] || fail "SIGTERM not answered within one second"
	sleep 0.05
done
ms=$(( ($(date +%s%N) - t0) / 1000000 ))
st=0
wait "$cpid" || st=$?
[ "$st" = 0 ] || fail "the capture exited with $st after SIGTERM"
echo "ok: a ring that turned hostile: bundle on SIGUSR1, SIGTERM answered in ${ms} ms, clean exit"
echo "PASS"
