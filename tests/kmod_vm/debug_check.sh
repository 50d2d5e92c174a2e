#!/bin/sh
# debug_check.sh COMMAND [ARG...] — run COMMAND inside the debug kernel's
# guest (scripts/vmtest -k 6.12-debug), then fail on any splat the
# kernel's checkers logged while it ran, and on any leak kmemleak finds
# after it. Every test labelled "debug" runs through this.
#
# Only the log written after COMMAND starts is judged (boot itself prints
# "kmemleak:", "kasan:" and "lockdep" banners); vmtest checks the whole log
# for warnings on its side as well.
set -u

die() { echo "debug_check: $*" >&2; exit 2; }

kmemleak=/sys/kernel/debug/kmemleak
# A kernel without the checkers would pass everything: refuse it.
[ -r /proc/lockdep_stats ] || die "this kernel has no lockdep (/proc/lockdep_stats): not the debug kernel"
[ -w "$kmemleak" ] || die "this kernel has no kmemleak ($kmemleak): not the debug kernel"
grep -q 'debug_locks: *1' /proc/lockdep_stats || die "lockdep is already off at the start (debug_locks 0)"
[ -d /sys/kernel/debug/kfence ] || die "this kernel has no KFENCE"

# Leaks from before COMMAND (boot) are not its.
echo clear > "$kmemleak" || die "cannot clear kmemleak"
marker="debug_check: start $$ $(date +%s)"
echo "$marker" > /dev/kmsg

"$@"
rc=$?
echo "debug_check: command exited $rc"

# kmemleak reports only objects unreferenced for at least 5 s
# (MSECS_MIN_AGE), so memory freed late (the module's own at unload) must
# age that long before a scan can call it leaked. Two scans: an object is
# reported once a scan finds no reference to it, and a pointer still in a
# register or on a stack during the first can hide it.
sleep 6
echo scan > "$kmemleak"
echo scan > "$kmemleak"
leaks=$(cat "$kmemleak")
[ -n "${TEMPMON_OUT:-}" ] && printf '%s\n' "$leaks" > "$TEMPMON_OUT/kmemleak.txt"

splats=$(dmesg | sed -n "\|$marker|,\$p" | grep -E \
	'BUG:|WARNING:|KASAN|UBSAN|possible circular locking|possible recursive locking|sleeping function called from invalid context|kmemleak|Oops|general protection|lockdep|locking correctness validator|INFO: task .* blocked|kfence|KFENCE|ODEBUG|refcount_t:|list_(add|del) corruption|Call Trace:')
bad=0
if [ -n "$splats" ]; then
	echo "debug_check: the kernel's checkers reported (full log in dmesg.txt):" >&2
	dmesg | sed -n "\|$marker|,\$p" | grep -E -A25 'BUG:|WARNING:|KASAN|UBSAN|possible circular|possible recursive|sleeping function|Oops|general protection|kfence|KFENCE|ODEBUG|refcount_t:|corruption' | head -n 120 >&2
	echo "$splats" | head -n 40 >&2
	bad=1
fi
if [ -n "$leaks" ]; then
	echo "debug_check: kmemleak found leaks:" >&2
	printf '%s\n' "$leaks" | head -n 80 >&2
	bad=1
fi
if ! grep -q 'debug_locks: *1' /proc/lockdep_stats; then
	echo "debug_check: lockdep turned itself off during the run (debug_locks 0)" >&2
	bad=1
fi
[ "$bad" = 0 ] && echo "debug_check: no splat, no leak, lockdep still on"
[ "$rc" = 0 ] || exit "$rc"
exit "$bad"
