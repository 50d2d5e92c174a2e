# Sourced by the BMC tests: OpenIPMI's ipmi_sim as the server's BMC, with
# the sensors of bmc.sdrs (compiled by sdrcomp) and bmc.emu, on free ports
# of 127.0.0.1: lanplus (sim_lan), its console (sim_console) and, with
# sim_start DIR serial, a VM serial interface (sim_serial) for QEMU's
# ipmi-bmc-extern. sim_cmd runs a console command (sensor_set_value,
# sel_add) in the running simulator and fails unless it answered.
# Needs: ipmi_sim, sdrcomp (Debian openipmi), /usr/bin/python3.
sim_here=${sim_here:-$(cd "$(dirname "$0")" && pwd)}

sim_free_port() {
	/usr/bin/python3 -c 'import socket
s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM); s.bind(("127.0.0.1", 0))
t = socket.socket(); t.bind(("127.0.0.1", s.getsockname()[1])); print(s.getsockname()[1])'
}

# sim_start DIR [serial]
sim_start() {
	sim_dir=$1
	mkdir -p "$sim_dir/state/ipmi_sim/tmsim"
	# SIM_NO_SDR=1: a BMC whose SDR repository is empty (a lying BMC).
	[ "${SIM_NO_SDR:-0}" = 1 ] || sdrcomp -o "$sim_dir/state/ipmi_sim/tmsim/sdr.20.main" "$sim_here/bmc.sdrs" || return 1
	sim_lan=$(sim_free_port) sim_console=$(sim_free_port)
	while [ "$sim_console" = "$sim_lan" ]; do sim_console=$(sim_free_port); done
	serial_line=
	if [ "${2:-}" = serial ]; then
		sim_serial=$(sim_free_port)
		serial_line="  serial 15 127.0.0.1 $sim_serial codec VM"
	fi
	cat >"$sim_dir/lan.conf" <<CONF
name "tmsim"
set_working_mc 0x20
  startlan 1
    addr 127.0.0.1 $sim_lan
    priv_limit admin
    allowed_auths_callback none md2 md5 straight
    allowed_auths_user none md2 md5 straight
    allowed_auths_operator none md2 md5 straight
    allowed_auths_admin none md2 md5 straight
    guid a123456789abcdefa123456789abcdef
  endlan
$serial_line
  user 2 true "tempmon" "simpass" admin 10 none md2 md5 straight
console 127.0.0.1 $sim_console
CONF
	ipmi_sim -n -c "$sim_dir/lan.conf" -f "$sim_here/bmc.emu" -s "$sim_dir/state" >"$sim_dir/sim.log" 2>&1 &
	sim_pid=$!
	wait_for 10 sim_cmd "# ready" >/dev/null || { echo "ipmi_sim did not start: $(cat "$sim_dir/sim.log")"; return 1; }
	# The credentials file as an operator would write it: root's, mode 0600.
	(umask 077 && cat >"$sim_dir/bmc.conf" <<CONF
# ipmi_sim of the BMC tests
host = 127.0.0.1:$sim_lan
user = tempmon
password = simpass
privilege = user
# ipmi_sim refuses FreeIPMI's open-session privilege request without it
workaround = opensesspriv
timeout_ms = ${SIM_TIMEOUT_MS:-3000}
CONF
)
}

sim_cmd() {
	/usr/bin/python3 - "$sim_console" "$1" <<'PY'
import socket, sys, time
s = socket.create_connection(("127.0.0.1", int(sys.argv[1])), timeout=3)
buf = b""
def until(end):
    global buf
    deadline = time.monotonic() + 3
    while not buf.rstrip().endswith(end):
        if time.monotonic() > deadline: sys.exit("console: no prompt, got %r" % buf)
        buf += s.recv(4096)
until(b">")
buf = b""
s.sendall(sys.argv[2].encode() + b"\n")
until(b">")
out = buf.decode(errors="replace")
print(out)
sys.exit(1 if ("rror" in out or "nvalid" in out) else 0)
PY
}

# sim_sel_time now|"MM/DD/YYYY - HH:MM:SS" (UTC): sets the BMC's SEL clock
# over lanplus (FreeIPMI's bmc-device), as an operator keeps it in time.
# ipmi_sim stamps each record it adds with that clock.
sim_sel_time() {
	TZ=UTC bmc-device -h "127.0.0.1:$sim_lan" -u tempmon -p simpass -l admin -D LAN_2_0 -W opensesspriv \
		--set-sel-time="$1" >/dev/null
}

# sim_sel SENSOR_TYPE SENSOR_NUMBER: a system event record (lower
# non-critical going low) from the BMC (generator 0x20); the simulator
# stamps it with its SEL clock.
sim_sel() {
	sim_cmd "sel_add 0x20 0x02 0 0 0 0 0x20 0x00 0x04 $1 $2 0x01 0x00 0xff 0xff" >/dev/null
}

sim_stop() {
	[ -n "${sim_pid:-}" ] && kill "$sim_pid" 2>/dev/null
	wait "$sim_pid" 2>/dev/null || true
	sim_pid=
}
