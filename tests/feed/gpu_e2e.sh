#!/bin/sh
# A GPU from the feeder to the page a support engineer reads: the real
# tempmon-feed (fake NVML replaying the measured H200 curve) -> its shared-
# memory ring -> the real tempmon-capture --on-throttle=power -> a bundle ->
# tempmon-report show and html (the page checked in headless Chromium).
# Asserts what the engineer relies on: gpu0 is an nvml sensor with its
# name, UUID, bus id and NVML's slowdown threshold; its SM clock and power
# are series of their own, in MHz and W, never read as temperatures (an
# --on-temp capture above the curve's peak stays silent while the power
# series is in the hundreds of W); the power-capped load is an episode in
# show and a band on every axis of the HTML, one axis per unit; the GPU's
# RMA facts (NVML read in-process by the capture, with remapped rows and a
# recovery action set in the fake) are one "Device health" block in show
# and in the page, and redaction replaces its serial and UUID.
# usage: gpu_e2e.sh FEED CAPTURE REPORT FAKE_NVML CURVE
set -eu
feed=$1 capture=$2 report=$3 fake=$4 curve=$5
dir=$(mktemp -d /tmp/tempmon-gpu-e2e-XXXXXX)
shm=tempmon-gpu-e2e-$$
fpid= tpid=
cleanup() {
	[ -n "$fpid" ] && kill "$fpid" 2>/dev/null
	[ -n "$tpid" ] && kill "$tpid" 2>/dev/null
	wait 2>/dev/null || true
	rm -rf "$dir" "/dev/shm/$shm"
}
trap cleanup EXIT
fail() {
	echo "FAIL: $*"
	for f in power.log temp.log feed.log; do echo "--- $f"; tail -20 "$dir/$f" 2>/dev/null || true; done
	exit 1
}
. "$(dirname "$0")/../wait_for.sh"
command -v chromium >/dev/null || fail "chromium is not installed (scripts/setup installs it): the page cannot be checked"
command -v jq >/dev/null || fail "jq is not installed"

# The curve 10x faster: idle 1.25 s, power-capped 7.5 s, idle again.
speed=10
FAKE_NVML_GPUS=1 FAKE_NVML_CURVE=$curve FAKE_NVML_CURVE_SPEED=$speed \
	"$feed" --shm "$shm" --rate 10 --no-hwmon --nvml-lib "$fake" >"$dir/feed.log" 2>&1 &
fpid=$!
wait_for 30 test -e "/dev/shm/$shm" || fail "the feeder made no ring"

common="--source shm:$shm --cooldown 0 --kmsg none --bpf off --no-pstore -v"
# Above the curve's peak temperature (61 C): a temperature trigger that must
# not fire, though the power series reads 380 000 thousandths of a W.
"$capture" $common --gpu-facts off --on-temp 70 --out "$dir/temp" >/dev/null 2>"$dir/temp.log" &
tpid=$!
# Reads the ring from its oldest record: the onset is seen however late
# this starts. The window reaches past the end of the power cap.
# This one reads the GPU facts too, from the same fake NVML: a GPU that
# remapped rows, has one pending, and whose driver asks to drain and reset.
FAKE_NVML_GPUS=1 FAKE_NVML_ECC=3,1,40,2 FAKE_NVML_REMAPPED=5,2,1,0 FAKE_NVML_REMAP_HISTOGRAM=60,2,1,1,0 \
	FAKE_NVML_RETIRED=4,1 FAKE_NVML_RECOVERY_ACTION=4 \
	"$capture" $common --gpu-facts auto --nvml-lib "$fake" --on-throttle=power --once --pre 5 --post 10 \
	--out "$dir/power" >/dev/null 2>"$dir/power.log" || fail "--on-throttle=power --once exited $?"
b=$(find "$dir/power" -maxdepth 1 -name '*.tar.zst')
[ -n "$b" ] || fail "no --on-throttle=power bundle"
"$report" verify "$b" >/dev/null || fail "the bundle does not verify"
# The format's schema holds for a GPU's bundle too (origin, unit, identity).
src=$(cd "$(dirname "$0")/../.." && pwd)
/usr/bin/python3 "$src/tests/reports/schema_check.py" "$src/docs/schema" "$b" >"$dir/schema.log" 2>&1 ||
	fail "the bundle does not match docs/schema: $(cat "$dir/schema.log")"

# --- the manifest: origin, identity, units, thresholds
mkdir "$dir/x" && tar --zstd -xf "$b" -C "$dir/x"
sensor() { jq -c --arg n "$1" '.sensors[] | select(.name == $n)' "$dir/x/manifest.json"; }
gpu=$(sensor gpu0)
echo "gpu0: $gpu"
echo "$gpu" | jq -e '.kind == "nvml" and .unit == "C" and .model == "Fake GPU 0"
	and (.uuid | startswith("GPU-fa4e")) and .location == "00000000:19:00.0"
	and .threshold_mc == 89000 and .shutdown_mc == 92000 and .max_op_mc == 87000' >/dev/null ||
	fail "gpu0 is not an nvml sensor with its identity and NVML slowdown threshold: $gpu"
sensor gpu0.sm_mhz | jq -e '.kind == "nvml" and .unit == "MHz" and .location == "00000000:19:00.0" and (has("threshold_mc") | not)' \
	>/dev/null || fail "no gpu0.sm_mhz series in MHz: $(sensor gpu0.sm_mhz)"
sensor gpu0.power_w | jq -e '.kind == "nvml" and .unit == "W" and (has("threshold_mc") | not)' >/dev/null ||
	fail "no gpu0.power_w series in W: $(sensor gpu0.power_w)"
# Samples of each series, in thousandths of their unit.
id() { sensor "$1" | jq -r .id; }
rows() { awk -F, -v id="$1" 'NR > 1 && $4 == id' "$dir/x/samples.csv"; }
[ "$(rows "$(id gpu0.sm_mhz)" | awk -F, '$6 == 1980000' | wc -l)" -ge 1 ] || fail "no 1980 MHz sample of gpu0.sm_mhz"
[ "$(rows "$(id gpu0.power_w)" | awk -F, '$6 > 300000 && $6 < 700000' | wc -l)" -ge 5 ] ||
	fail "no loaded power samples (W x 1000) of gpu0.power_w"
peak=$(rows "$(id gpu0)" | awk -F, '$6 > m { m = $6 } END { print m / 1000 }')
margin=$(( 89 - ${peak%%.*} ))

# --- show: the episode, the Devices section, values in their units
"$report" show "$b" --color=never >"$dir/show.txt" || fail "show failed"
cat "$dir/show.txt"
grep -q "its source reports power_cap" "$dir/show.txt" || fail "the trigger reason is not the power cap"
grep -Eq "#[0-9]+ nvml:power_cap +gpu0 .*duration [0-9.]+ s" "$dir/show.txt" ||
	fail "no closed nvml:power_cap episode of gpu0 in show"
grep -q "push:" "$dir/show.txt" && fail "a GPU cause still says push"
grep -q "^Devices (1)" "$dir/show.txt" || fail "no Devices section"
grep -Eq "^  gpu0 +Fake GPU 0  uuid GPU-fa4e[0-9a-f-]+  bus 00000000:19:00.0$" "$dir/show.txt" ||
	fail "the device line lacks name, UUID or bus id"
grep -q "peak $peak.0 °C at .*, slowdown 89.0 °C (margin $margin.0 °C at peak), shutdown 92.0 °C" "$dir/show.txt" ||
	fail "no peak $peak °C / margin $margin °C to slowdown"
capped=$(sed -n 's/.*; power-capped \([0-9.]*\) s$/\1/p' "$dir/show.txt")
awk -v c="$capped" -v s=$speed 'BEGIN { exit !(c >= 65 / s && c <= 85 / s) }' ||
	fail "power-capped '${capped}' s, the curve's 75 s at ${speed}x is $((75 / speed)).5 s"
grep -Eq "series: gpu0.sm_mhz [0-9]+ MHz … 1980 MHz, gpu0.power_w [0-9.]+ W … [0-9.]+ W" "$dir/show.txt" ||
	fail "the device's series are not listed in MHz and W"
grep -E "^  gpu0\.(sm_mhz|power_w) " "$dir/show.txt" | grep -q "°C" && fail "a clock or power series is shown in °C"
# --- why it slowed down: the power limit, not heat (docs/causes.md), with
# the numbers from the window; the GPU has no fan and the machine no inlet
# sensor, which the collector table says
ep=$(jq -c 'select(.cause == "nvml:power_cap")' "$dir/x/episodes.jsonl" | head -1)
echo "judged: $(echo "$ep" | jq -c .attribution)"
echo "$ep" | jq -e '.attribution.cause == "power_limit" and .attribution.device == "gpu0"
	and ([.attribution.evidence[] | select(.fact == "power_cap_share" and .value >= 90)] | length == 1)
	and ([.attribution.evidence[] | select(.fact == "power_rise_pct" and .value > 100)] | length == 1)' >/dev/null ||
	fail "the power-capped episode is not judged a power limit with its evidence: $ep"
jq -e -s 'length > 0 and all(.[]; .attribution.cause == "power_limit")' "$dir/x/episodes.jsonl" >/dev/null ||
	fail "an episode is not judged a power limit: $(jq -c .attribution.cause "$dir/x/episodes.jsonl")"
grep -q "why: power_limit — power limit or power brake" "$dir/show.txt" || fail "show does not say why it slowed down"
grep -Eq "· gpu0: power cap or power brake flagged on [0-9.]+ % of its samples" "$dir/show.txt" ||
	fail "show does not quote the power-cap share"
grep -q "what to do: Check who set the limit" "$dir/show.txt" || fail "show has no what-to-do line"
sensor gpu0.power_limit_w | jq -e '.kind == "nvml" and .unit == "W" and .max_op_mc == 700000' >/dev/null ||
	fail "no gpu0.power_limit_w series with the default limit: $(sensor gpu0.power_limit_w)"
[ -z "$(sensor gpu0.fan_pct)" ] || fail "a fan series for a GPU without a fan"
jq -e '.collectors[] | select(.name == "cooling_inputs") | .status == "skipped"
	and (.message | contains("power limit: gpu0.power_limit_w")) and (.message | contains("none in the ring: fan speed"))' \
	"$dir/x/manifest.json" >/dev/null || fail "the collector table does not say which cooling inputs are missing: $(jq -c .collectors "$dir/x/manifest.json")"
grep -q "gpu_cooling: gpu0: no fan speed (no fan of its own" "$dir/feed.log" || fail "the feeder did not say the GPU has no fan"

# --- the RMA facts, one block per GPU, the recovery action first
sed -n '/^Device health/,/^$/p' "$dir/show.txt" >"$dir/health.txt"
grep -q "^Device health (1)$" "$dir/health.txt" || fail "no Device health section"
grep -Eq "^  GPU 0  Fake GPU 0  uuid GPU-fa4e[0-9a-f-]+$" "$dir/health.txt" || fail "the health block names no GPU"
sed -n 3p "$dir/health.txt" | grep -q "^    recovery action  drain and reset$" ||
	fail "the recovery action is not the block's first line: $(sed -n 3p "$dir/health.txt")"
for want in "serial           1652923000120" "VBIOS            96.00.89.00.01" \
	"InfoROM          image G525.0201.00.03, OEM 2.1, ECC 7.0" \
	"ECC errors       volatile 3 corrected, 1 uncorrected; aggregate 40 corrected, 2 uncorrected" \
	"remapped rows    5 correctable, 2 uncorrectable, pending yes, failed no" \
	"remap histogram  banks by spare rows left: max 60, high 2, partial 1, low 1, none 0" \
	"retired pages    4 for single-bit errors, 1 for double-bit errors, pending no"; do
	grep -qF "    $want" "$dir/health.txt" || fail "the health block lacks '$want': $(cat "$dir/health.txt")"
done

# --- the page in headless Chromium: one axis per unit, the band on each
"$report" html "$b" -o "$dir/page.html" || fail "html failed"
run_chromium() {
	timeout 120 chromium --headless --disable-gpu --no-sandbox --no-first-run --user-data-dir="$dir/profile" \
		--virtual-time-budget=5000 "$@" "file://$dir/page.html" 2>>"$dir/chromium.log"
}
run_chromium --dump-dom >"$dir/dom.html" || fail "chromium --dump-dom failed: $(tail -5 "$dir/chromium.log")"
body=$(grep -o '<body[^>]*>' "$dir/dom.html" | head -1)
echo "chromium: $body"
case "$body" in *'data-status="ok"'*) ;; *) fail "the page did not render: $body" ;; esac
case "$body" in *'data-axes="C,MHz,W"'*) ;; *) fail "not one axis each for C, MHz and W: $body" ;; esac
case "$body" in *'data-series="4"'*) ;; *) fail "not 4 series drawn: $body" ;; esac
for u in C MHz W; do
	cv=$(grep -o "<canvas[^>]*data-unit=\"$u\"[^>]*>" "$dir/dom.html" | head -1)
	case "$cv" in *'data-series="'[12]'"'*) ;; *) fail "the $u axis does not draw its series: $cv" ;; esac
	case "$cv" in *'data-bands="0"'*|'') fail "no episode band on the $u axis: $cv" ;; *'data-bands="'*) ;; *) fail "no bands on $u: $cv" ;; esac
done
grep -q '>nvml:power_cap</td>' "$dir/dom.html" || fail "no power-cap row in the page's episodes table"
grep -q '<div class="why" data-cause="power_limit"><b>power_limit</b>' "$dir/dom.html" ||
	fail "the page's episode row does not say why (power_limit)"
grep -q '<td>GPU-fa4e' "$dir/dom.html" || fail "no UUID in the page's Devices table"
grep -q '<td>00000000:19:00.0</td>' "$dir/dom.html" || fail "no bus id in the page's Devices table"
grep -q '<div class="health" data-gpu="0" data-action="drain_and_reset">' "$dir/dom.html" ||
	fail "no Device health block with the recovery action in the page"
for want in '<td>recovery action</td><td>drain and reset</td>' '<td>serial</td><td>1652923000120</td>' \
	'<td>remapped rows</td><td>5 correctable, 2 uncorrectable, pending yes, failed no</td>' \
	'<td>remap histogram</td><td>banks by spare rows left: max 60, high 2, partial 1, low 1, none 0</td>'; do
	grep -qF "$want" "$dir/dom.html" || fail "the page's health block lacks $want"
done
shot=${TEMPMON_E2E_SHOT:-}
if [ -n "$shot" ]; then
	run_chromium --hide-scrollbars --window-size=1400,1400 --screenshot="$shot" >/dev/null
	[ -s "$shot" ] || fail "no screenshot"
fi

# --- redacted, the block keeps its facts but not the board's serial or UUID
mkdir "$dir/red"
"$report" redact "$b" -o "$dir/red" >/dev/null 2>&1 || fail "redact failed"
rb=$(find "$dir/red" -maxdepth 1 -name '*.tar.zst')
"$report" show "$rb" --color=never >"$dir/red.txt" || fail "show of the redacted bundle failed"
grep -q "1652923000120\|GPU-fa4e0000-0000-4000-8000" "$dir/red.txt" && fail "the redacted show still names the serial or UUID"
grep -Eq "^    serial           serial[0-9]+$" "$dir/red.txt" || fail "the redacted block lacks the serial's token"
grep -q "^    remapped rows    5 correctable, 2 uncorrectable, pending yes, failed no$" "$dir/red.txt" ||
	fail "the redacted block lost its remapped rows"
mkdir "$dir/rx" && tar --zstd -xf "$rb" -C "$dir/rx"
grep -rq "1652923000120\\|fa4e0000-0000-4000-8000" "$dir/rx" && fail "a member of the redacted bundle holds the serial or UUID"

# --- the temperature trigger saw the whole load and stayed silent
kill -0 "$tpid" || fail "the --on-temp capture exited"
grep -q "trigger temp" "$dir/temp.log" && fail "--on-temp 70 fired: $(grep "trigger temp" "$dir/temp.log")"
[ -z "$(find "$dir/temp" -maxdepth 1 -name '*.tar.zst' 2>/dev/null)" ] || fail "--on-temp 70 wrote a bundle"
echo "PASS: gpu0 nvml ($(echo "$gpu" | jq -r .uuid), bus 00000000:19:00.0, slowdown 89 C, peak $peak C);" \
	"power-capped ${capped} s as an episode and a band on the C, MHz and W axes;" \
	"Device health: drain and reset, 5 remapped rows, 1 pending, in show, the page and redacted"
