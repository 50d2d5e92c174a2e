// tempmon-capture's settings, from the command line (and a config file).
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "tempmon/bmc/bmc_ipmi.h"
#include "tempmon/spool/spool.h"
#include "tempmon/tool/exit_status.h"
#include "capture/trigger/sample_triggers.h"
#include "tempmon/bundle/read_limits.h"

namespace tempmon::capture {

// Exit statuses: the one table of every tool, listed in --help.
using enum tool::ExitStatus;

struct Options {
  std::string source = "auto";      // auto | device:/dev/tempmon | shm:NAME | none
  std::string kmsg = "/dev/kmsg";   // or "none"
  std::string bpf = "auto";         // auto | on | off
  std::string uevents = "on";       // on | off: device coredumps, DRM uevents (capture/uevent/)
  std::string sysroot = "/";
  std::string out = "/var/lib/tempmon/reports";
  std::string metrics;
  std::string host;                 // default: gethostname
  bool on_throttle = false, on_hang = false, now = false, once = false;
  std::vector<std::string> on_kmsg;  // "CLASS[:SEVERITY]" (signatures::TriggerPolicy)
  bool boot_replay = true;           // read the kernel log from the start of this boot
  std::string test_signature;        // --test-signature CLASS: write a marked line, exit
  bool on_power_cap = false;         // --on-throttle=power
  std::optional<double> on_temp_c, on_rise_c_per_s;
  double pre_s = 30, post_s = 10, cooldown_s = 60;
  uint32_t stall_periods = 100;
  double collector_timeout_s = 3, nvidia_timeout_s = 5;
  std::string bmc = "off";          // off | inband | lan: the BMC's SEL into the bundle (collect/bmc_facts.h)
  std::string bmc_config = "/etc/tempmon/bmc.conf";  // lan: host and credentials (root-only file)
  std::string bmc_device;           // inband: OpenIPMI device ("" = the library probes)
  std::string bmc_status;           // tempmon-feed --bmc-status file ("" = none)
  double bmc_timeout_s = 10;        // a SEL read running longer is "timeout" (a real BMC answers in seconds)
  double bmc_sel_every_s = 10;      // SEL re-read interval (and at every trigger)
  bmc::BmcConfig bmc_parsed;       // from --bmc and --bmc-config, checked at start
  std::string bmc_error;            // why --bmc-config was refused (then no BMC; each bundle says why)
  std::string gpu_facts = "auto";   // auto | off
  std::string nvml_lib = "libnvidia-ml.so.1";
  double gpu_facts_every_s = 300;
  std::optional<uint64_t> keep_count = 100, keep_bytes = 1ull << 30;
  std::optional<double> keep_days = 30;
  bool redact = false;
  bool pstore = true;
  std::string pstore_dirs = "/sys/fs/pstore:/var/lib/systemd/pstore";
  std::string kdump_dirs = "/var/crash";
  double tick_s = 1.0;
  double metrics_every_s = 10.0;  // --metrics-every
  // Far below what the reader accepts (bundle::kMaxReadSamples).
  size_t max_samples = bundle::kMaxBundleSamples;
  bool precompress = false;  // samples.csv compressed in the background (app/precompress.h)
  bool verbose = false;
  std::vector<std::string> thresholds;  // "NAME=C[/HYST_C]"
  // --on-anomaly[=all|cooling|fan|inlet|peer]: a device's cooling health
  // (capture/cooling) turned anomalous; "" = off.
  std::string on_anomaly;
  double cooling_learn_s = 86400;     // the baselines' learning period
  std::string reset_baseline;         // --reset-baseline ID: drop it, exit
  // --qualify ID: a thermal qualification of one device (capture/app/qualify.h).
  std::string qualify;
  std::string load_cmd;               // the load: a program and its arguments, split at spaces
  int qualify_runs = 3;
  double soak_s = 600;                // the longest a run's load may take to reach a steady segment
  double cool_s = 600;                // the longest to wait for an idle level or a cool-down's fit

  TriggerConfig Triggers(uint32_t rate_hz) const;
  bool AnyTrigger() const {
    return on_throttle || on_hang || now || on_temp_c || on_rise_c_per_s || !on_kmsg.empty() || !on_anomaly.empty();
  }
};

// Parses argv; on --help/--version or a usage error prints and returns the
// exit code to use in *exit_code (true = go on).
bool ParseOptions(int argc, char** argv, Options* o, int* exit_code);

}  // namespace tempmon::capture
