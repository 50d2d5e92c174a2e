# shellcheck shell=bash
# The kernels tempmon is tested on. Sourced by scripts/setup, scripts/vmtest
# and CMake (through scripts/kernels.sh --list). Override with TEMPMON_K61 /
# TEMPMON_K612 to try newer Debian ABIs without editing this file.
# The debug-kernel lane's kernel (scripts/debug-kernel builds it from
# linux-source-6.12) is not one of TEMPMON_KERNELS: only the tests labelled
# "debug" boot it.
TEMPMON_K61=${TEMPMON_K61:-6.1.0-56-amd64}
TEMPMON_K612=${TEMPMON_K612:-6.12.95+deb12-amd64}
TEMPMON_KERNELS="$TEMPMON_K61 $TEMPMON_K612"
TEMPMON_K612_DEBUG=${TEMPMON_K612_DEBUG:-6.12.118-tempmon-debug}

# tempmon_kernel_release 6.1|6.12|6.12-debug|FULL -> the full release name
tempmon_kernel_release() {
	case "$1" in
	6.1) echo "$TEMPMON_K61" ;;
	6.12) echo "$TEMPMON_K612" ;;
	6.12-debug | "$TEMPMON_K612_DEBUG") echo "$TEMPMON_K612_DEBUG" ;;
	*) case " $TEMPMON_KERNELS " in *" $1 "*) echo "$1" ;; *) return 1 ;; esac ;;
	esac
}

if [ "${BASH_SOURCE[0]}" = "$0" ] && [ "${1:-}" = --list ]; then
	echo "$TEMPMON_KERNELS"
elif [ "${BASH_SOURCE[0]}" = "$0" ] && [ "${1:-}" = --debug ]; then
	echo "$TEMPMON_K612_DEBUG"
fi
