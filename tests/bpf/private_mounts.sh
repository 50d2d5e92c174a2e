#!/bin/sh
# Runs a host BPF test in a private mount namespace (when root): what the
# probe mounts (tracefs, debugfs) vanishes with the test, so that each test
# starts from the machine's own mounts and leaves them as they were.
if [ "$(id -u)" = 0 ] && command -v unshare >/dev/null; then
	exec unshare --mount --propagation private -- "$@"
fi
exec "$@"
