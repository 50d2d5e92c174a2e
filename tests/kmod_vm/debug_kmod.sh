#!/bin/sh
# debug_kmod.sh OUT_DIR — the debug lane's fixture (test kmod_debug_build):
# builds tempmon.ko and the test modules for the debug kernel into OUT_DIR.
# The kernel itself is built beforehand by scripts/debug-kernel, never from
# here: a test run that silently started a kernel build would take hours.
set -eu
here=$(cd "$(dirname "$0")/../.." && pwd)
out=${1:?usage: debug_kmod.sh OUT_DIR}
kver=$(bash "$here/scripts/kernels.sh" --debug)
if ! "$here/scripts/debug-kernel" --check; then
	echo "debug_kmod: the debug kernel $kver is not built (or its fragment changed): run scripts/debug-kernel first" >&2
	exit 1
fi
exec "$here/scripts/build-kmod" "$kver" "$out"
