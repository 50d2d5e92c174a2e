#!/bin/bash
# The node-problem-detector plugin exactly as NPD's custom plugin monitor
# runs it: the rule's path and args from the shipped monitor configuration,
# a timeout, exit status 0 OK / 1 problem / 2 unknown, and stdout cut at the
# configuration's max_output_length; the bundles are the real capture's.
# Also: the shipped monitor configuration and the DaemonSet manifest are
# well-formed for the Kubernetes API (Debian's python3-kubernetes models).
# usage: npd_test.sh REPORT CAPTURE SIM SOURCE_DIR
set -u
report=$1 capture=$2 sim=$3 src=$4
w=$(mktemp -d)
trap 'rm -rf "$w"' EXIT
fails=0
fail() { echo "FAIL: $*"; fails=$((fails + 1)); }
conf=$src/packaging/npd/tempmon-plugin-monitor.json
plugin=$src/packaging/npd/tempmon-npd-check

jq -e '.plugin == "custom" and .pluginConfig.max_output_length > 0 and (.rules | length) == 1
       and .rules[0].type == "permanent" and .rules[0].condition == .conditions[0].type' "$conf" >/dev/null ||
	fail "monitor configuration: $(jq -c . "$conf")"
[ "$(jq -r '.rules[0].path' "$conf")" = /usr/lib/tempmon/tempmon-npd-check ] || fail "the rule names another program"
max=$(jq -r .pluginConfig.max_output_length "$conf")
timeout=$(jq -r '.rules[0].timeout' "$conf" | tr -d s)

# NPD: exec path args (the spool replaced by this test's), kill at timeout,
# read at most max_output_length bytes of stdout.
npd_run() {
	local args
	mapfile -t args < <(jq -r '.rules[0].args[]' "$conf")
	for i in "${!args[@]}"; do [ "${args[$i]}" = /var/lib/tempmon/reports ] && args[$i]=$w/spool; done
	TEMPMON_REPORT=$report timeout "$timeout" "$plugin" "${args[@]}" >"$w/plugin.out"
	status=$?
	out=$(head -c "$max" "$w/plugin.out")
}

mkdir -p "$w/spool"
sh "$src/tests/fleet/capture_bundle.sh" "$capture" "$sim" "$w/spool" healthy || exit 1
npd_run
[ "$status" = 0 ] || fail "healthy spool: status $status, output '$out'"
case $out in "tempmon: no critical verdict"*) ;; *) fail "healthy message '$out'" ;; esac

sh "$src/tests/fleet/capture_bundle.sh" "$capture" "$sim" "$w/spool" xid79 || exit 1
npd_run
[ "$status" = 1 ] || fail "Xid 79: status $status, output '$out'"
case $out in "tempmon: Xid 79 on 0000:3b:00: GPU has fallen off the bus, bundle tempmon-testhost-"*) ;;
*) fail "Xid 79 message '$out'" ;; esac
[ "$(printf '%s' "$out" | wc -l)" -le 1 ] || fail "more than one line: '$out'"
[ "${#out}" -le "$max" ] || fail "message longer than $max"

# health's own state (--clear, drains) is written only into a folder it
# checked: a state folder that is a link, or a spool others may write in,
# is refused in one line and nothing is written through it.
mkdir -p "$w/elsewhere"
ln -s "$w/elsewhere" "$w/spool/.tempmon-health"
out=$("$report" health --spool "$w/spool" --clear 2>&1); rc=$?
[ $rc = 4 ] || fail "a linked state folder: --clear exited $rc ($out), want 4 (spool)"
[ "$(printf '%s\n' "$out" | wc -l)" = 1 ] || fail "a linked state folder: not one line: $out"
[ -z "$(ls -A "$w/elsewhere")" ] || fail "--clear wrote through the link: $(ls -A "$w/elsewhere")"
rm "$w/spool/.tempmon-health"
chmod 0777 "$w/spool"
out=$("$report" health --spool "$w/spool" --clear 2>&1); rc=$?
[ $rc = 4 ] || fail "a world-writable spool: --clear exited $rc ($out), want 4 (spool)"
[ ! -e "$w/spool/.tempmon-health" ] || fail "--clear wrote into a world-writable spool"
chmod 0755 "$w/spool"

# A spool that is not there: unknown, with a reason.
rm -rf "$w/spool"
npd_run
[ "$status" = 2 ] || fail "no spool: status $status (want 2, unknown)"
case $out in *"is not a folder"*) ;; *) fail "no spool: message '$out'" ;; esac

# The DaemonSet manifest: every field known to the Kubernetes API models
# (a field they drop is unknown), and the least privilege it promises.
/usr/bin/python3 - "$src/packaging/kubernetes/tempmon-daemonset.yaml" <<'PY' || fail "DaemonSet manifest"
import sys, yaml
from kubernetes.client import ApiClient
doc = yaml.safe_load(open(sys.argv[1]))
api = ApiClient()
obj = api._ApiClient__deserialize(doc, "V1DaemonSet")
back = api.sanitize_for_serialization(obj)
def diff(a, b, path=""):
    if isinstance(a, dict):
        for k in a:
            if k not in b: print(f"unknown field {path}/{k}"); return False
            if not diff(a[k], b[k], f"{path}/{k}"): return False
        return True
    if isinstance(a, list):
        return len(a) == len(b) and all(diff(x, y, f"{path}[{i}]") for i, (x, y) in enumerate(zip(a, b)))
    if a != b: print(f"{path}: {a!r} read as {b!r}"); return False
    return True
assert diff(doc, back), "the manifest does not round-trip through the API models"
for c in obj.spec.template.spec.containers:
    sc = c.security_context
    assert not sc.privileged and sc.allow_privilege_escalation is False, c.name
    assert sc.capabilities.drop == ["ALL"], c.name
    assert set(sc.capabilities.add) <= {"SYS_ADMIN", "SYSLOG", "BPF", "PERFMON", "DAC_READ_SEARCH"}, c.name
assert not obj.spec.template.spec.host_pid and not obj.spec.template.spec.host_network
print("DaemonSet: known fields, least privilege")
PY

[ $fails = 0 ] && echo "PASS: npd plugin" || echo "$fails failure(s)"
exit $((fails > 0))
