#!/bin/bash
# tempmon's Slurm health check against a real single-node Slurm from Debian
# (munged, slurmctld, slurmd on 127.0.0.1, started here and stopped after),
# with the health check as Slurm runs it (HealthCheckProgram, every 5 s) and
# bundles the real capture wrote:
#   a healthy spool            -> the node stays IDLE over two checks
#   slurmctld down + a Xid 79  -> a clear error, nothing remembered as drained
#   slurmctld back             -> DRAIN with "tempmon: Xid 79 ..." within 30 s
#   an operator resumes it     -> tempmon does not drain it again for the same
#                                 verdict (never fights a resume), but health
#                                 still says unhealthy until --clear
# usage: slurm_test.sh REPORT CAPTURE SIM SOURCE_DIR
set -u
report=$1 capture=$2 sim=$3 src=$4
for p in munged slurmctld slurmd scontrol; do
	command -v $p >/dev/null || { echo "FAIL: $p is not installed (scripts/setup installs slurmctld slurmd munge)"; exit 1; }
done
w=$(mktemp -d /tmp/tempmon-slurm.XXXXXX)
fails=0
fail() { echo "FAIL: $*"; fails=$((fails + 1)); }
stop() {  # PIDFILE: SIGTERM, then wait for it to exit (bounded)
	[ -s "$1" ] || return 0
	local pid
	pid=$(cat "$1")
	kill "$pid" 2>/dev/null || return 0
	wait_for 10 sh -c "! kill -0 $pid 2>/dev/null" || kill -9 "$pid" 2>/dev/null
}
cleanup() {
	stop "$w/slurmd.pid"; stop "$w/slurmctld.pid"; stop "$w/munge/munged.pid"
	[ $fails = 0 ] && rm -rf "$w" || echo "kept $w"
}
trap cleanup EXIT
. "$src/tests/wait_for.sh"

node=$(hostname -s)
mkdir -p "$w/state" "$w/slurmd-spool" "$w/munge" "$w/spool"
chmod 700 "$w/munge"
head -c 1024 /dev/urandom >"$w/munge/munge.key" && chmod 400 "$w/munge/munge.key"
export SLURM_CONF=$w/slurm.conf
cat >"$SLURM_CONF" <<CONF
ClusterName=tempmontest
SlurmctldHost=$node(127.0.0.1)
SlurmctldPort=26817
SlurmdPort=26818
SlurmUser=root
SlurmdUser=root
AuthType=auth/munge
AuthInfo=socket=$w/munge/munge.socket
CredType=cred/munge
StateSaveLocation=$w/state
SlurmdSpoolDir=$w/slurmd-spool
SlurmctldPidFile=$w/slurmctld.pid
SlurmdPidFile=$w/slurmd.pid
SlurmctldLogFile=$w/slurmctld.log
SlurmdLogFile=$w/slurmd.log
ProctrackType=proctrack/linuxproc
TaskPlugin=task/none
JobAcctGatherType=jobacct_gather/none
AccountingStorageType=accounting_storage/none
SelectType=select/cons_tres
MpiDefault=none
ReturnToService=2
HealthCheckProgram=$w/health.sh
HealthCheckInterval=5
HealthCheckNodeState=ANY
NodeName=$node NodeAddr=127.0.0.1 CPUs=1 RealMemory=100 State=UNKNOWN
PartitionName=debug Nodes=ALL Default=YES MaxTime=INFINITE State=UP
CONF
# What slurmd runs: the shipped health check, each run logged with its status.
cat >"$w/health.sh" <<SH
#!/bin/sh
SLURM_CONF=$SLURM_CONF TEMPMON_REPORT=$report $src/packaging/slurm/tempmon-slurm-health --spool $w/spool --node $node >>$w/health.out 2>&1
echo "rc=\$?" >>$w/health.log
SH
chmod +x "$w/health.sh"
runs() { [ -e "$w/health.log" ] && wc -l <"$w/health.log" || echo 0; }
state() { scontrol show node "$node" 2>/dev/null | sed -n 's/.* State=\([^ ]*\).*/\1/p'; }
reason() { scontrol show node "$node" 2>/dev/null | sed -n 's/^ *Reason=//p'; }
is_idle() { [ "$(state)" = IDLE ]; }
is_drain() { case "$(state)" in *DRAIN*) return 0 ;; esac; return 1; }
runs_past() { [ "$(runs)" -ge "$1" ]; }

munged --key-file="$w/munge/munge.key" --socket="$w/munge/munge.socket" --pid-file="$w/munge/munged.pid" \
	--log-file="$w/munged.log" --seed-file="$w/munge/seed" --force || { fail "munged did not start"; exit 1; }
slurmctld -i || { fail "slurmctld did not start"; cat "$w/slurmctld.log"; exit 1; }
slurmd || { fail "slurmd did not start"; cat "$w/slurmd.log"; exit 1; }
wait_for 60 is_idle || { fail "the node never became IDLE: $(state)"; tail -20 "$w/slurmctld.log" "$w/slurmd.log"; exit 1; }
echo "slurm up: node $node $(state)"

# 1. A healthy spool: two health checks later the node is still IDLE.
sh "$src/tests/fleet/capture_bundle.sh" "$capture" "$sim" "$w/spool" healthy || exit 1
n=$(runs)
wait_for 30 runs_past $((n + 2)) || fail "slurmd ran no health check in 30 s"
is_idle || fail "healthy spool: node is $(state), reason '$(reason)'"
grep -q '^rc=0$' "$w/health.log" || fail "healthy spool: the health check exited $(tail -1 "$w/health.log")"

# 2. slurmctld down, then a Xid 79: the drain fails clearly and is retried.
stop "$w/slurmctld.pid"
sh "$src/tests/fleet/capture_bundle.sh" "$capture" "$sim" "$w/spool" xid79 || exit 1
out=$(TEMPMON_REPORT=$report "$src/packaging/slurm/tempmon-slurm-health" --spool "$w/spool" --node "$node" \
	--scontrol-timeout 5 2>&1)
rc=$?
[ $rc = 10 ] || fail "slurmctld down: health exited $rc, expected 10 (unhealthy)"
echo "$out" | grep -q "cannot drain node $node: scontrol " || fail "slurmctld down: no clear error: $out"
[ ! -s "$w/spool/.tempmon-health/drained" ] || fail "slurmctld down: the verdict was remembered as drained"

# 3. slurmctld back: the next health check drains the node with the verdict.
slurmctld || { fail "slurmctld did not restart"; exit 1; }
wait_for 30 is_drain || fail "no DRAIN within 30 s of slurmctld's return: $(state)"
r=$(reason)
case $r in "tempmon: Xid 79 on 0000:3b:00: GPU has fallen off the bus, bundle tempmon-testhost-"*"-hang.tar.zst"*) ;;
*) fail "drain reason '$r'" ;; esac
echo "drained: $r"

# 4. An operator resumes the node: tempmon leaves it (same verdict), but
#    the verdict stands until it is cleared.
scontrol update NodeName="$node" State=RESUME || fail "scontrol resume failed"
n=$(runs)
wait_for 30 runs_past $((n + 2)) || fail "no health check after the resume"
is_idle || fail "after an operator's resume tempmon drained the node again: $(state) '$(reason)'"
"$report" health --spool "$w/spool" >/dev/null; rc=$?
[ $rc = 10 ] || fail "after the resume health exited $rc, expected 10 until --clear"
"$report" health --spool "$w/spool" --clear >/dev/null || fail "health --clear failed"
"$report" health --spool "$w/spool" >/dev/null; rc=$?
[ $rc = 0 ] || fail "after --clear health exited $rc"

[ $fails = 0 ] && echo "PASS: slurm health check" || echo "$fails failure(s)"
exit $((fails > 0))
