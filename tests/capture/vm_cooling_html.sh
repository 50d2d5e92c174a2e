#!/bin/sh
# The cooling VM test's anomaly bundle in headless Chromium, on the host
# (the guest has no browser worth starting under TCG). vm_cooling.sh leaves
# the bundle the real capture wrote as anomaly.tar.zst in its result folder
# only once all its own checks passed, and removes it when it starts, so a
# failed or missing VM run leaves nothing here to pass on. The page must
# render cleanly and its Cooling health card show both simulated zones:
# sim0 an anomaly of kind cooling, cause cooling_saturated, with what to do,
# R now above its baseline, the baseline with its interval, R over time drawn
# on the baseline's band; sim1 healthy with its own R history.
#   vm_cooling_html.sh REPORT VM_OUT
set -u
report=$1
# Chromium opens the page by a file:// URL: the folder as an absolute path.
vmout=$(cd "$2" && pwd) || exit 1
fail() {
	echo "FAIL: $*"
	exit 1
}
command -v chromium >/dev/null || fail "chromium is not installed (scripts/setup installs it)"
b=$vmout/anomaly.tar.zst
[ -s "$b" ] || fail "no anomaly bundle from a passing VM run in $vmout"
w=$vmout/html
rm -rf "$w" && mkdir -p "$w" || exit 1
"$report" html "$b" -o "$w/page.html" || fail "tempmon-report html failed"
run_chromium() {
	timeout 120 chromium --headless --disable-gpu --no-sandbox --no-first-run --user-data-dir="$w/profile" \
		--virtual-time-budget=5000 "$@" "file://$w/page.html" 2>>"$w/chromium.log"
}
run_chromium --dump-dom >"$w/dom.html" || { tail -20 "$w/chromium.log"; fail "chromium --dump-dom failed"; }
body=$(grep -o '<body[^>]*>' "$w/dom.html" | head -1)
echo "rendered: $body"
case "$body" in *'data-status="ok"'*) ;; *) fail "the page did not render cleanly: $body" ;; esac
case "$body" in *'data-cooling="2"'*) ;; *) fail "expected 2 devices in Cooling health: $body" ;; esac
case "$body" in *'data-cooling-charts="2"'*) ;; *) fail "expected R drawn over time for both devices: $body" ;; esac

# One device's block of the card, from its opening tag to the next device's.
block() {
	awk -v RS='<div class="cooling" ' -v who="<h3>$1 (zone:$1)" \
		'NR > 1 && index($0, who) { sub(/<div class="card".*/, ""); print }' "$w/dom.html"
}
sim0=$(block sim0)
sim1=$(block sim1)
[ -n "$sim0" ] || fail "no block for sim0 in the Cooling health card"
[ -n "$sim1" ] || fail "no block for sim1 in the Cooling health card"
has() { printf '%s\n' "$1" | grep -Eq "$2"; }

has "$sim0" '^data-device="[01]" data-state="anomaly" data-chart="svg">' || fail "sim0 is not an anomaly with a chart: $(printf '%.300s' "$sim0")"
has "$sim0" '<span class="badge b-hot">anomaly: cooling</span>' || fail "sim0's badge is not a cooling anomaly"
has "$sim0" '<td>suspected cause</td><td>cooling_saturated</td>' || fail "sim0's suspected cause is not cooling_saturated"
has "$sim0" '<td>what to do</td><td>[^<—][^<]*</td>' || fail "sim0 says nothing to do"
has "$sim0" '<td>R baseline</td><td>[0-9.]+ C/W \(95 %: [0-9.]+ … [0-9.]+\)</td>' || fail "sim0's baseline has no interval"
has "$sim0" '<svg class="rchart"[^>]*data-points="[1-9][0-9]*"[^>]*data-band="interval"' || fail "sim0's R history is not drawn on its baseline band"
has "$sim0" '<rect class="band"' || fail "sim0's chart has no baseline band"
r_now=$(printf '%s\n' "$sim0" | sed -n 's/.*<td>R now<\/td><td>\([0-9.]*\) C\/W.*/\1/p')
r_base=$(printf '%s\n' "$sim0" | sed -n 's/.*<td>R baseline<\/td><td>\([0-9.]*\) C\/W.*/\1/p')
echo "sim0: R now $r_now C/W, baseline $r_base C/W"
[ -n "$r_now" ] && [ -n "$r_base" ] || fail "sim0's R now or baseline is not shown as a number"
awk -v a="$r_now" -v b="$r_base" 'BEGIN { exit !(a > b) }' || fail "sim0's R now ($r_now) is not above its baseline ($r_base)"

has "$sim1" '^data-device="[01]" data-state="healthy" data-chart="svg">' || fail "sim1 is not healthy with a chart: $(printf '%.300s' "$sim1")"
has "$sim1" '<span class="badge b-ok">healthy</span>' || fail "sim1's badge is not healthy"
has "$sim1" '<td>suspected cause</td><td>none</td>' || fail "sim1 has a suspected cause"
has "$sim1" '<svg class="rchart"[^>]*data-points="[1-9][0-9]*"' || fail "sim1's R history is not drawn"

run_chromium --hide-scrollbars --window-size=1400,2400 --screenshot="$w/page.png" >/dev/null
[ -s "$w/page.png" ] || fail "no screenshot"
echo "screenshot: $w/page.png"
echo "vm_cooling_html: ok"
