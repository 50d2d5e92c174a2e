#!/bin/bash
# tempmon-capture's metrics as an operator reads them: the real capture
# (--metrics into a textfile folder) on the real feeder's ring (fake NVML
# replaying the measured H200 curve, power-capped under load) and a Xid 79
# in its kernel log; Debian's prometheus-node-exporter (textfile collector)
# and prometheus, both on 127.0.0.1, started here and stopped after;
# Prometheus scrapes every second and its HTTP API answers:
#   the GPU's temperature and slowdown margin with dcgm-exporter's labels
#   (gpu, UUID, pci_bus_id, modelName, Hostname), the power limit seen
#   active and its episode counted by cause, the Xid counted with err_code
#   and err_msg, no label of high cardinality, the shipped alerting rules
#   loaded by the real server.
# usage: scrape_test.sh FEED CAPTURE FAKE_NVML CURVE SOURCE_DIR
set -u
feed=$1 capture=$2 fake=$3 curve=$4 src=$5
for p in prometheus prometheus-node-exporter curl jq; do
	command -v $p >/dev/null || { echo "FAIL: $p is not installed (scripts/setup)"; exit 1; }
done
. "$src/tests/wait_for.sh"
w=$(mktemp -d /tmp/tempmon-prom.XXXXXX)
shm=tempmon-prom-$$
pids=()
fails=0
fail() { echo "FAIL: $*"; fails=$((fails + 1)); }
cleanup() {
	for p in "${pids[@]}"; do kill "$p" 2>/dev/null; done
	wait 2>/dev/null
	rm -f "/dev/shm/$shm"
	[ $fails = 0 ] && rm -rf "$w" || echo "kept $w"
}
trap cleanup EXIT
nport=19100 pport=19090

mkdir -p "$w/textfile" "$w/spool" "$w/tsdb"
FAKE_NVML_GPUS=1 FAKE_NVML_CURVE=$curve FAKE_NVML_CURVE_SPEED=10 \
	"$feed" --shm "$shm" --rate 10 --no-hwmon --nvml-lib "$fake" >"$w/feed.log" 2>&1 &
pids+=($!)
wait_for 30 test -e "/dev/shm/$shm" || { fail "the feeder made no ring"; cat "$w/feed.log"; exit 1; }
mkfifo "$w/kmsg"
exec 3<>"$w/kmsg"
"$capture" --source "shm:$shm" --out "$w/spool" --kmsg "$w/kmsg" --bpf off --no-pstore --gpu-facts off \
	--host gpunode1 --on-hang --metrics "$w/textfile/tempmon.prom" --metrics-every 1 -v >"$w/capture.out" 2>"$w/capture.log" &
pids+=($!)
wait_for 30 grep -q watching "$w/capture.log" || { fail "the capture did not start"; cat "$w/capture.log"; exit 1; }
# A line the kernel writes after the capture started: judged live.
printf '3,200,9000000,-;NVRM: Xid (PCI:0000:19:00): 79, pid=0, GPU has fallen off the bus.\n' >&3

prometheus-node-exporter --web.listen-address=127.0.0.1:$nport --collector.disable-defaults --collector.textfile \
	--collector.textfile.directory="$w/textfile" >"$w/node.log" 2>&1 &
pids+=($!)
cat >"$w/prometheus.yml" <<YML
global: {scrape_interval: 1s, evaluation_interval: 1s}
rule_files: ["$src/packaging/prometheus/tempmon-alerts.yml"]
scrape_configs:
  - job_name: node
    static_configs: [{targets: ["127.0.0.1:$nport"]}]
YML
prometheus --config.file="$w/prometheus.yml" --storage.tsdb.path="$w/tsdb" --web.listen-address=127.0.0.1:$pport \
	>"$w/prom.log" 2>&1 &
pids+=($!)

api="http://127.0.0.1:$pport/api/v1"
q() { curl -sf --max-time 5 --get "$api/query" --data-urlencode "query=$1"; }
has() { [ "$(q "$1" | jq '.data.result | length' 2>/dev/null)" -ge 1 ] 2>/dev/null; }

wait_for 60 has 'tempmon_device_temperature_celsius{gpu="0"}' || fail "no GPU temperature in Prometheus"
t=$(q 'tempmon_device_temperature_celsius{gpu="0"}' | jq -c '.data.result[0].metric')
echo "temperature series: $t"
echo "$t" | jq -e '(.UUID | startswith("GPU-fa4e")) and .pci_bus_id == "00000000:19:00.0" and .modelName == "Fake GPU 0"
	and .Hostname == "gpunode1" and .sensor == "gpu0" and .kind == "nvml"' >/dev/null || fail "labels: $t"
has 'tempmon_device_slowdown_margin_celsius{gpu="0"} > 0' || fail "no slowdown margin"
has 'tempmon_device_power_watts{sensor="gpu0.power_w"}' || fail "no power series"
wait_for 60 has 'max_over_time(tempmon_device_power_limit_active{sensor="gpu0"}[5m]) == 1' || fail "the power limit was never active"
wait_for 60 has 'tempmon_device_throttle_episodes_total{sensor="gpu0",cause="power_cap"} >= 1' || fail "no power-cap episode counted"
wait_for 60 has 'tempmon_kmsg_signatures_total{err_code="79",severity="critical",class="gpu_lost"} == 1' ||
	fail "the Xid was not counted: $(q 'tempmon_kmsg_signatures_total' | jq -c '.data.result')"
q 'tempmon_kmsg_signatures_total{err_code="79"}' | jq -e '.data.result[0].metric.err_msg | length > 0' >/dev/null ||
	fail "no err_msg on the Xid"
# No label of high cardinality on any tempmon series.
labels=$(q '{__name__=~"tempmon_.*"}' | jq -r '[.data.result[].metric | keys[]] | unique | join(" ")')
echo "labels: $labels"
for l in $labels; do
	case $l in __name__|instance|job|sensor|kind|gpu|UUID|pci_bus_id|modelName|Hostname|cause|class|signature|err_code|err_msg|severity|trigger) ;;
	*) fail "unexpected label $l" ;; esac
done
rules=$(curl -sf --max-time 5 "$api/rules" | jq '[.data.groups[] | select(.name == "tempmon") | .rules[] | select(.health == "ok")] | length')
[ "$rules" = 4 ] || fail "the shipped rules: $rules of 4 loaded healthy ($(tail -3 "$w/prom.log"))"

[ $fails = 0 ] && echo "PASS: metrics scraped by Prometheus" || { echo "$fails failure(s)"; tail -5 "$w/capture.log"; }
exit $((fails > 0))
