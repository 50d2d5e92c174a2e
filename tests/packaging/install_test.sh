#!/usr/bin/env bash
# install_test.sh SOURCE_DIR BUILD_DIR — `cmake --install` into a DESTDIR
# installs every tool (each one answers --version with VERSION), a man page
# per tool, the systemd units (their ExecStart binaries installed), the
# capture configuration, the modules-load.d snippet and the DKMS tree; and
# VERSION, the generated header, the built modules' MODULE_VERSION, dkms.conf
# and debian/changelog all carry the same version.
set -euo pipefail
src=${1:?usage: install_test.sh SOURCE_DIR BUILD_DIR}
build=${2:?usage: install_test.sh SOURCE_DIR BUILD_DIR}
fails=0
fail() { echo "FAIL: $*" >&2; fails=$((fails + 1)); }

version=$(head -n1 "$src/VERSION")
[ -n "$version" ] || { echo "FAIL: empty VERSION" >&2; exit 1; }
echo "VERSION: $version"

# debian/changelog (native package: the version itself).
cl=$(dpkg-parsechangelog -l "$src/debian/changelog" -S Version)
[ "$cl" = "$version" ] || fail "debian/changelog says $cl, VERSION says $version"

# The generated header every tool includes.
grep -qx "#define TEMPMON_VERSION_STRING \"$version\"" "$build/generated/tempmon_version.h" \
	|| fail "generated tempmon_version.h does not carry $version"

# MODULE_VERSION of every tempmon.ko this build made (Kbuild reads VERSION).
nko=0
for ko in "$build"/kmod/*/tempmon.ko; do
	[ -e "$ko" ] || continue
	nko=$((nko + 1))
	v=$(/sbin/modinfo -F version "$ko")
	[ "$v" = "$version" ] || fail "$ko: MODULE_VERSION $v, VERSION $version"
done
[ "$nko" -gt 0 ] || fail "no tempmon.ko under $build/kmod to check"

dest=$(mktemp -d)
trap 'rm -rf "$dest"' EXIT
DESTDIR=$dest cmake --install "$build" >/dev/null
prefix=$(sed -n 's/^CMAKE_INSTALL_PREFIX:PATH=//p' "$build/CMakeCache.txt")
root=$dest$prefix

# Every tempmon-* executable the tree defines, except developer-only ones.
dev_only=" tempmon-bundle-synth tempmon-fleet-synth "
tools=$(grep -rhoE --include=CMakeLists.txt 'add_executable\(tempmon-[a-z0-9-]+' "$src" \
	--exclude-dir=build --exclude-dir=.git --exclude-dir=tests | sed 's/add_executable(//' | sort -u)
[ -n "$tools" ] || fail "found no tempmon-* executables in the tree"
for t in $tools; do
	case "$dev_only" in *" $t "*) continue ;; esac
	bin=$root/bin/$t
	if [ ! -x "$bin" ]; then fail "$t not installed ($bin)"; continue; fi
	out=$(ASAN_OPTIONS=detect_leaks=0 "$bin" --version 2>&1) || fail "$t --version exited $?"
	[ "$out" = "$t $version" ] || fail "$t --version says '$out', want '$t $version'"
	man=$root/share/man/man1/$t.1
	if [ -s "$man" ]; then
		grep -q "^\.TH \"\?${t^^}\"\? \"\?1\"\?" "$man" || fail "$man has no .TH header for $t(1)"
		grep -q "$version" "$man" || fail "$man does not name version $version"
	else
		fail "no man page $man"
	fi
	echo "ok  $t"
done

# systemd units: present, and what they run is installed.
for u in tempmon-capture.service tempmon-feed.service tempmon-ship.service; do
	f=$(find "$dest" -path "*/systemd/system/$u" | head -n1)
	if [ -z "$f" ]; then fail "unit $u not installed"; continue; fi
	exe=$(sed -n 's/^ExecStart=\([^ ]*\).*/\1/p' "$f")
	[ -x "$dest$exe" ] || fail "$u: ExecStart $exe is not installed"
	conf=$(sed -n 's/^ExecStart=.*--config \([^ ]*\).*/\1/p' "$f")
	[ -z "$conf" ] || [ -s "$dest$conf" ] || fail "$u: --config $conf is not installed"
	grep -q '^Documentation=man:' "$f" || fail "$u names no man page"
	for m in $(sed -n 's/^Documentation=//p' "$f" | tr ' ' '\n' | sed -n 's/^man:\(.*\)(1)$/\1/p'); do
		[ -s "$root/share/man/man1/$m.1" ] || fail "$u: Documentation=man:$m(1) is not installed"
	done
	echo "ok  $u -> $exe"
done

find "$dest" -path '*/tempmon/capture.conf' | grep -q . || fail "capture.conf not installed"
find "$dest" -path '*/modules-load.d/tempmon.conf' | grep -q . || fail "modules-load.d/tempmon.conf not installed"
# The frozen-machine settings (docs/crash.md): shipped, and every one off.
sc=$(find "$dest" -path '*/sysctl.d/60-tempmon-crash.conf' | head -n1)
if [ -z "$sc" ]; then
	fail "sysctl.d/60-tempmon-crash.conf not installed"
else
	! grep -q '^[[:space:]]*[^#[:space:]]' "$sc" || fail "$sc sets something: every setting must be off by default"
	for k in softlockup_panic hardlockup_panic hung_task_panic panic_on_rcu_stall; do
		grep -q "^#kernel\.$k = 1\$" "$sc" || fail "$sc does not offer kernel.$k"
	done
fi

# The DKMS tree: dkms.conf with VERSION, and everything kmod/Kbuild builds from.
dkms=$root/src/tempmon-$version
if [ -d "$dkms" ]; then
	grep -qx "PACKAGE_VERSION=\"$version\"" "$dkms/dkms.conf" || fail "dkms.conf: PACKAGE_VERSION is not $version"
	[ "$(head -n1 "$dkms/VERSION")" = "$version" ] || fail "DKMS tree's VERSION is not $version"
	for f in "$src"/kmod/*.c "$src"/kmod/*.h "$src"/kmod/Kbuild "$src"/kmod/uapi/*.h; do
		rel=${f#"$src"/kmod/}
		cmp -s "$f" "$dkms/$rel" || fail "DKMS tree lacks or differs in $rel"
	done
	echo "ok  DKMS tree $dkms"
else
	fail "no DKMS tree at $dkms"
fi

[ "$fails" -eq 0 ] || { echo "$fails failure(s)" >&2; exit 1; }
echo "install test: all checks passed"
