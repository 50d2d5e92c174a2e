# Sourced by the shell tests: wait_for SECS CMD... runs CMD every 0.1 s
# until it succeeds (0) or SECS have passed (1): a deadline loop on a
# condition, never a fixed sleep.
wait_for() {
	local end
	end=$(( $(date +%s) + $1 )); shift
	until "$@"; do
		[ "$(date +%s)" -le "$end" ] || return 1
		sleep 0.1
	done
}
