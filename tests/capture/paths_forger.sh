#!/bin/sh
# A local user (uid nobody) against the folders the root capture and viewer
# write in (issue #23, "root follows links in the directories it writes"):
# folders nobody can write, with links planted at every name the old
# writers used, and fs.protected_symlinks=0 so that the kernel would follow
# them. Each write is refused with one line naming the folder, and no
# root-owned file changes.
# usage: paths_forger.sh CAPTURE SIM REPORT
set -eu
capture=$1 sim=$2 report=$3
[ "$(id -u)" = 0 ] || { echo "SKIP: needs root (the capture runs as root, the forger as nobody)"; exit 0; }
nobody() { setpriv --reuid=nobody --regid=nogroup --clear-groups "$@"; }
nobody true 2>/dev/null || { echo "SKIP: cannot run as nobody (setpriv)"; exit 0; }
. "$(dirname "$0")/../wait_for.sh"

dir=$(mktemp -d /tmp/tempmon-paths-forger-XXXXXX)
chmod 0755 "$dir"  # nobody must reach its own folder inside
name=tempmon-paths-$$
spid=
old_protected=$(sysctl -n fs.protected_symlinks 2>/dev/null || echo)
cleanup() {
	[ -n "$spid" ] && kill "$spid" 2>/dev/null
	wait 2>/dev/null || true
	[ -n "$old_protected" ] && sysctl -q -w fs.protected_symlinks="$old_protected" 2>/dev/null
	rm -rf "$dir" "/dev/shm/$name"
}
trap cleanup EXIT
fail() { echo "FAIL: $*"; for f in "$dir"/*.log; do [ -e "$f" ] && { echo "--- $f"; cat "$f"; }; done; exit 1; }
if sysctl -q -w fs.protected_symlinks=0 2>/dev/null; then
	echo "fs.protected_symlinks=0 for this test (was $old_protected)"
else
	echo "note: cannot set fs.protected_symlinks=0 here; the links are planted in folders nobody owns, where it does not apply"
fi

# Root-owned files the forger aims at.
mkdir -m 0755 "$dir/root"
for v in lock seen metrics html; do echo precious > "$dir/root/$v"; done
# The user's folder: a spool it prepared, a textfile folder it can write.
mkdir -m 0755 "$dir/user"
chown nobody:nogroup "$dir/user"
nobody sh -ec "
	mkdir -m 0777 '$dir/user/spool' '$dir/user/textfile'
	ln -s '$dir/root/lock' '$dir/user/spool/.tempmon-capture.lock'
	ln -s '$dir/root/seen' '$dir/user/spool/.tempmon-seen.new'
	ln -s '$dir/root/metrics' '$dir/user/textfile/tempmon.prom.tmp'
	ln -s '$dir/root/html' '$dir/user/out.html'
" || fail "nobody could not prepare its folder"
"$sim" --name "$name" --capacity 4096 --rate 10 --prefill 5 --ready-file "$dir/ready" >"$dir/sim.log" 2>&1 &
spid=$!
wait_for 30 test -s "$dir/ready" || fail "the simulator did not start"
cap() { "$capture" --source "shm:$name" --now --pre 5 --post 0 --kmsg none --bpf off --no-pstore --gpu-facts off "$@"; }

# 1. --out in a folder nobody owns (and anyone can write): refused.
if cap --out "$dir/user/spool" >/dev/null 2>"$dir/out.log"; then fail "the capture wrote into nobody's spool"; fi
grep -q "refusing to write in $dir/user/spool: it belongs to uid $(id -u nobody), not to root" "$dir/out.log" ||
	fail "no one-line refusal naming the spool"
[ "$(stat -c %a "$dir/user/spool")" = 777 ] || fail "the spool's mode was changed"

# 2. --metrics in the user's textfile folder: the bundle is written, the
#    metrics refused with one line, the planted link never followed.
cap --out "$dir/spool" --metrics "$dir/user/textfile/tempmon.prom" >/dev/null 2>"$dir/metrics.log" ||
	fail "the capture failed"
[ -n "$(find "$dir/spool" -name '*.tar.zst')" ] || fail "no bundle in the root-owned spool"
grep -q "refusing to write in $dir/user/textfile" "$dir/metrics.log" || fail "the metrics folder was not refused"

# 3. The viewer's output in the user's folder: refused.
b=$(find "$dir/spool" -name '*.tar.zst' | head -1)
if "$report" html "$b" -o "$dir/user/out.html" 2>"$dir/html.log"; then fail "the viewer wrote into nobody's folder"; fi
grep -q "refusing to write in $dir/user" "$dir/html.log" || fail "the viewer's refusal does not name the folder"

for v in lock seen metrics html; do
	[ "$(cat "$dir/root/$v")" = precious ] || fail "root's file $v was overwritten"
done
[ "$(stat -c %a "$dir/root")" = 755 ] || fail "a root folder's mode changed"
echo "PASS: every write into a folder nobody can write was refused; no root file changed"
