#!/bin/sh
# The README's two commands are what a root shell on a fresh minimal Debian
# runs as written: no sudo (it has none), CI runs exactly the test command,
# and scripts/setup waits for a busy apt instead of failing.
#   readme_commands.sh SOURCE_DIR
set -eu
cd "$1"
fail() { echo "FAIL: $*"; exit 1; }

# The first section: its title says "as root", its commands are the first
# two indented lines and are exactly these.
section=$(awk '/^## /{n++} n==1' README.md)
echo "$section" | head -1 | grep -q 'as root' || fail "the README's first section does not say 'as root'"
cmds=$(echo "$section" | grep '^    ' | sed 's/^    //' | head -2)
[ "$cmds" = "scripts/demo
scripts/test" ] || fail "the README's two commands are not 'scripts/demo' and 'scripts/test': $cmds"
for c in $cmds; do [ -x "$c" ] || fail "$c is not executable"; done

# CI runs the README's test command, nothing else.
[ "$(grep -v '^#' .ci/run | grep -vE '^(set |cd )' | grep -v '^$')" = "scripts/test" ] ||
	fail ".ci/run does not run exactly scripts/test"

# Nothing tells a reader or a user to use sudo.
hits=$(grep -nw sudo README.md scripts/* 2>/dev/null || true)
[ -z "$hits" ] || fail "sudo is named: $hits"

# Every apt-get call of scripts/setup waits for the dpkg lock.
grep -q '^apt=(apt-get -o DPkg::Lock::Timeout=600)$' scripts/setup || fail "scripts/setup has no apt lock timeout"
bare=$(grep -nE '(^|[;&|({])[[:space:]]*apt-get +(-[a-z]+ +)*(update|install|download|remove|purge)' scripts/setup || true)
[ -z "$bare" ] || fail "scripts/setup calls apt-get without the lock timeout: $bare"

# Every script the README or docs name (a tracked file that starts with #!)
# is executable in git, so the command a page gives runs as written.
for p in $(grep -ohE '(scripts|reports|tests|capture|feed|ship|packaging|python|lib|kmod|bpf)/[A-Za-z0-9_./-]*[A-Za-z0-9_]' README.md docs/*.md | sort -u); do
	[ -f "$p" ] || continue
	[ "$(head -c2 "$p")" = '#!' ] || continue
	mode=$(git ls-files -s -- "$p" | cut -d' ' -f1)
	[ -z "$mode" ] || [ "$mode" = 100755 ] || fail "$p is named in the docs but not executable in git (mode $mode)"
done
echo "PASS"
