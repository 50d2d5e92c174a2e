#!/bin/bash
# The HTML report in headless Chromium: the page must finish rendering
# without a JS error (it sets data-status="ok" last; window.onerror sets
# "error: ..."), draw every series and episode band, and leave a
# screenshot in the build folder for a human to look at.
# usage: chromium_test.sh TEMPMON_REPORT TEMPMON_BUNDLE_SYNTH WORKDIR
set -u
R=$1 SYNTH=$2 W=$3
rm -rf "$W" && mkdir -p "$W" && cd "$W" || exit 1
command -v chromium >/dev/null || { echo "chromium is not installed (scripts/setup installs it)"; exit 1; }
"$SYNTH" page.tar.zst 200000 || exit 1
"$R" html page.tar.zst -o report.html || exit 1
# A throwaway profile so that runs do not share state; no network needed.
run_chromium() {
  timeout 120 chromium --headless --disable-gpu --no-sandbox --no-first-run --user-data-dir="$W/profile" \
    --virtual-time-budget=5000 "$@" "file://$W/report.html" 2>>chromium.log
}
run_chromium --dump-dom > dom.html || { echo "chromium --dump-dom failed:"; tail -20 chromium.log; exit 1; }
body=$(grep -o '<body[^>]*>' dom.html | head -1)
echo "rendered: $body"
fails=0
case "$body" in *'data-status="ok"'*) ;; *) echo "FAIL: page did not render cleanly: $body"; fails=1 ;; esac
case "$body" in *'data-series="4"'*) ;; *) echo "FAIL: expected 4 series"; fails=1 ;; esac
case "$body" in *'data-episodes="2"'*) ;; *) echo "FAIL: expected 2 episode bands"; fails=1 ;; esac
grep -q 'NVRM: Xid (PCI:0000:01:00): 79' dom.html || { echo "FAIL: kernel log table missing"; fails=1; }
grep -q '>trip</td>' dom.html || { echo "FAIL: episodes table missing"; fails=1; }
run_chromium --hide-scrollbars --window-size=1400,900 --screenshot="$W/report.png" >/dev/null
[ -s report.png ] || { echo "FAIL: no screenshot"; fails=1; }
echo "screenshot: $W/report.png"
exit $fails
