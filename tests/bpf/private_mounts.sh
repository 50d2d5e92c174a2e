#!/bin/sh
# Runs a host BPF test in a private mount namespace (when root): what the
# probe mounts (tracefs, debugfs) vanishes with the test, so that each test
# starts from the machine's own mounts and leaves them as they were.
if [ "$(id -u)" = 0 ] && command -v unshare >/dev/null; then
	if mountpoint -q /; then
		exec unshare --mount --propagation private -- "$@"
	fi
	# A chroot into a plain folder has no mount point at /, and making the
	# new namespace's mounts private fails there (EINVAL): run in the
	# caller's namespace rather than fail the build's test discovery.
	echo "private_mounts: / is not a mount point (a chroot?): the test runs in the caller's mount namespace" >&2
fi
exec "$@"
