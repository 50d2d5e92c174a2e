#!/bin/sh
# The Python package installs and works outside the checkout: pyproject.toml
# built by pip (no network, no build isolation: Debian's setuptools) from a
# copy of the files git tracks for it, installed into a folder of its own,
# and the ring and bundle tests run against that copy with Debian's python3
# from /, where no checkout is on the path.
#   package_test.sh SOURCE_DIR   (env: what test_ring.py / test_bundle.py need)
set -eu
src=$1
py=/usr/bin/python3
fail() { echo "FAIL: $*"; exit 1; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

mkdir "$tmp/src"
(cd "$src" && git ls-files -z pyproject.toml VERSION python | xargs -0 cp --parents -t "$tmp/src")
"$py" -m pip install --quiet --root-user-action=ignore --disable-pip-version-check --no-build-isolation --no-deps --no-index --target "$tmp/site" "$tmp/src" \
	|| fail "pip could not build and install the package from pyproject.toml"

want=$(head -n1 "$src/VERSION")
got=$(cd / && PYTHONPATH="$tmp/site" "$py" -c 'import tempmon, importlib.metadata as m; print(tempmon.__version__, m.version("tempmon"))')
[ "$got" = "$want $want" ] || fail "installed version '$got', VERSION says '$want'"
where=$(cd / && PYTHONPATH="$tmp/site" "$py" -c 'import tempmon.bundle, tempmon.ring; print(tempmon.bundle.__file__); print(tempmon.ring.__file__)')
for f in $where; do
	case $f in "$tmp/site/tempmon/"*) ;; *) fail "imported $f, not the installed copy" ;; esac
done

cd /
TEMPMON_PYTHON_PATH="$tmp/site" "$py" -m pytest -q -p no:cacheprovider \
	"$src/python/tests/test_bundle.py" "$src/python/tests/test_ring.py"
