#!/bin/sh
# The bench from any path: a checkout, build folder, cache and current
# directory that all live under /tmp (which the guest mounts a tmpfs over),
# in a folder whose name has a space, must be visible in the guest at the
# same paths, and the command's arguments must arrive as given.
#   any_path.sh SOURCE_DIR CACHE_DIR KERNEL
set -eu
src=$1 cache=$2 k=$3
# A space in the path too: every layer must quote it.
t=$(mktemp -d "/tmp/tempmon any-path.XXXXXX")
trap 'rm -rf "$t"' EXIT
mkdir -p "$t/src/scripts/vm" "$t/cache" "$t/build/kmod"
cp "$src/scripts/vmtest" "$src/scripts/kernels.sh" "$t/src/scripts/"
cp "$src/scripts/vm/init" "$t/src/scripts/vm/"
# The test kernels are large: the cache under /tmp links to them, through
# a second link under /tmp that nothing else names (a cache that is itself
# a link into /tmp, as in a checkout cloned there).
mkdir -p "$t/elsewhere"
ln -s "$(realpath "$cache/kernels")" "$t/elsewhere/kernels"
ln -s "$t/elsewhere/kernels" "$t/cache/kernels"
kver=$(bash -c '. "$1/scripts/kernels.sh" && tempmon_kernel_release "$2"' sh "$src" "$k")
mkdir -p "$t/build/kmod/$kver"
echo kmod-marker > "$t/build/kmod/$kver/marker"
echo data-marker > "$t/data.txt"

cd "$t/src"
rc=0
TEMPMON_CACHE=$t/cache TEMPMON_BUILD=$t/build scripts/vmtest -k "$k" -t 200 -e "DATA=$t/data.txt" -e "INSIDE=$t/src/scripts/kernels.sh" -- \
	sh -c 'set -e
		test "$(pwd)" = "$TEMPMON_CWD"
		test -x "$TEMPMON_ROOT/scripts/vmtest"
		cat "$TEMPMON_KMOD/marker" "$DATA"
		grep -q TEMPMON_KERNELS "$INSIDE"
		test -d "$TEMPMON_MODDIR/kernel"
		echo guest-tmp-writable > /tmp/w && cat /tmp/w
		printf "%s\\n" "$1"' sh "it's \$quoted" > "$t/out.txt" 2>&1 || rc=$?
cat "$t/out.txt"
[ "$rc" = 0 ] || { echo "FAIL: vmtest from a checkout under /tmp exited $rc"; exit 1; }
for m in kmod-marker data-marker guest-tmp-writable "it's \$quoted"; do
	grep -qxF "$m" "$t/out.txt" || { echo "FAIL: the guest did not print $m"; exit 1; }
done
echo "PASS: checkout, build, cache and data under $t all visible in the guest"
