# shellcheck shell=bash
# The kernels tempmon is tested on. Sourced by scripts/setup, scripts/vmtest
# and CMake (through scripts/kernels.sh --list). Override with TEMPMON_K61 /
# TEMPMON_K612 to try newer Debian ABIs without editing this file.
TEMPMON_K61=${TEMPMON_K61:-6.1.0-56-amd64}
TEMPMON_K612=${TEMPMON_K612:-6.12.95+deb12-amd64}
TEMPMON_KERNELS="$TEMPMON_K61 $TEMPMON_K612"

# tempmon_kernel_release 6.1|6.12|FULL -> the full release name
tempmon_kernel_release() {
	case "$1" in
	6.1) echo "$TEMPMON_K61" ;;
	6.12) echo "$TEMPMON_K612" ;;
	*) case " $TEMPMON_KERNELS " in *" $1 "*) echo "$1" ;; *) return 1 ;; esac ;;
	esac
}

if [ "${BASH_SOURCE[0]}" = "$0" ] && [ "${1:-}" = --list ]; then
	echo "$TEMPMON_KERNELS"
fi
