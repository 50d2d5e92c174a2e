#!/usr/bin/env bash
# Crashes a guest with tempmon.ko loaded and checks, from the host, that the
# console log holds the ring tail (the "tempmon-tail:" lines) before the
# panic ends the VM. Without --pstore vmtest boots with panic=-1 and
# -no-reboot, so QEMU exits on the panic and the command's status is never
# written: vmtest's own exit status is not meaningful here, the log is.
set -uo pipefail
here=$(cd "$(dirname "$0")/../.." && pwd)
kver=${1:?usage: panic_tail.sh KERNEL}
out=$(mktemp -d /tmp/tempmon-panic.XXXXXX)
trap '[ -n "${KEEP:-}" ] || rm -rf "$out"' EXIT
"$here/scripts/vmtest" -k "$kver" -t 150 -o "$out" --allow-warnings -- sh "$here/tests/kmod_vm/panic_guest.sh" >/dev/null 2>&1
log=$out/console.log
[ -s "$log" ] || { echo "FAIL: no console log"; exit 1; }
if ! grep -q "Kernel panic" "$log"; then echo "FAIL: the guest did not panic"; tail -20 "$log"; exit 1; fi
grep -q 'tempmon-tail: begin (panic)' "$log" || grep -q 'tempmon-tail: begin (oops)' "$log" ||
	{ echo "FAIL: no tempmon-tail header"; tail -40 "$log"; exit 1; }
grep -q 'tempmon-tail: sensor id=0 origin=3 unit=0 .* name=sim0' "$log" || { echo "FAIL: no sensor table"; exit 1; }
# The full-rate records (kmod/tempmon_panic.c: "F IDX TS_US TOK..."): count
# the tokens; each is "D,T[,FLAGS][/S]".
n=$(grep -o 'tempmon-tail: F [0-9]* [0-9]*\( -\{0,1\}[0-9]*,-\{0,1\}[0-9]*\(,[0-9a-f]*\)\{0,1\}\(/[0-9]*\)\{0,1\}\)*' "$log" |
	awk '{ n += NF - 4 } END { print n + 0 }')
grep -q 'tempmon-tail: end' "$log" || { echo "FAIL: tail not finished"; exit 1; }
[ "$n" -ge 30 ] || { echo "FAIL: only $n tail records"; grep tempmon-tail "$log"; exit 1; }
echo "ok: $n tempmon-tail records on the console of $kver"
