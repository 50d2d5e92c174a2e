#include "capture/app/options.h"

#include <CLI/CLI.hpp>

#include "tempmon/tool/cli.h"

#include "tempmon/signatures/signatures.h"
#include "tempmon_version.h"

namespace tempmon::capture {

TriggerConfig Options::Triggers(uint32_t rate_hz) const {
  TriggerConfig t;
  t.on_throttle = on_throttle;
  t.on_power_cap = on_power_cap;
  t.on_hang = on_hang;
  if (on_temp_c) t.on_temp_mc = static_cast<int32_t>(*on_temp_c * 1000);
  if (on_rise_c_per_s) t.on_rise_mc_per_s = static_cast<int32_t>(*on_rise_c_per_s * 1000);
  t.rate_hz = rate_hz;
  t.stall_periods = stall_periods;
  return t;
}

static const char* kFooter = R"(Examples:
  tempmon-capture --on-throttle --once            catch the next throttle, then exit
  tempmon-capture --on-throttle --on-hang --on-temp 90 --out /var/lib/tempmon/reports
                                                   the service (see tempmon-capture.service)
  tempmon-capture --now --source shm:tempmon-sim --out ./reports
                                                   a bundle now, from tempmon-sim, no root
  kill -USR1 $(pidof tempmon-capture)              snapshot now from a running instance

Sources: --source auto uses /dev/tempmon when present (load tempmon.ko), else
fails; shm:NAME reads the shared-memory ring tempmon-sim writes.
Signals: SIGTERM/SIGINT stop cleanly (a capture in progress is finished
first); SIGUSR1 captures now (trigger "manual").
)";

bool ParseOptions(int argc, char** argv, Options* o, int* exit_code) {
  CLI::App app{"tempmon-capture: writes one self-describing report bundle when a "
               "device throttles, overheats or the machine hangs."};
  tool::SetUpApp(app, "tempmon-capture", TEMPMON_VERSION_STRING, kFooter,
                 {kExitOk, kExitFailure, kExitUsage, kExitSource, kExitSpool, kExitCaptureFailed, kExitNotQualified});
  tool::AddConfigFile(app);
  auto* trig = "Triggers";
  std::string throttle_spec;
  app.add_flag("--on-throttle{thermal}", throttle_spec,
               "throttle start: ring THR_START flag / POLLPRI, BPF episode, kernel CPU throttle "
               "line, a GPU's thermal or HW slowdown (NVML); =power also a GPU's power cap")
      ->check(CLI::IsMember({"thermal", "power", "true", "false"}))
      ->group(trig);
  app.add_option("--on-temp", o->on_temp_c, "any sensor at or above C degrees")->group(trig);
  app.add_option("--on-rise", o->on_rise_c_per_s, "any sensor rising C degrees per second")
      ->group(trig);
  app.add_flag("--on-hang", o->on_hang,
               "sampler stall, and the kernel-log signatures the catalogue marks as triggers: "
               "lockups, hung tasks, RCU stalls, machine checks, critical GPU faults and lost "
               "GPUs (NVIDIA Xid/SXid, amdgpu, i915, xe, nouveau); see docs/bundle-format.md")
      ->group(trig);
  app.add_option("--on-kmsg", o->on_kmsg,
                 "CLASS[:SEVERITY] kernel-log signatures of CLASS (or all) at or above SEVERITY "
                 "(critical, warning, unknown, info; default critical; off = never) trigger; "
                 "replaces --on-hang's default for that class; repeatable; config key on-kmsg")
      ->group(trig);
  app.add_flag("!--no-boot-replay", o->boot_replay,
               "do not look for signatures logged in this boot before the capture started");
  app.add_option("--test-signature", o->test_signature,
                 "write a marked synthetic line of CLASS to the kernel log (through --kmsg) and "
                 "exit: proves the pipeline end to end; its bundle is labelled a test")
      ->check(CLI::IsMember(tempmon::signatures::TestClasses()));
  std::string anomaly_spec;
  app.add_flag("--on-anomaly{all}", anomaly_spec,
               "a device's cooling health against its own baseline and its peers turned anomalous "
               "(docs/cooling.md): all, or one kind: cooling (thermal resistance or time constant "
               "drifted), fan (stopped or wearing), inlet (warmer air), peer (far above same-model "
               "peers); config key on-anomaly")
      ->check(CLI::IsMember({"all", "cooling", "fan", "inlet", "peer", "true", "false"}))
      ->group(trig);
  app.add_option("--cooling-learn", o->cooling_learn_s,
                 "seconds of data each device's cooling baseline learns from before it is judged")
      ->capture_default_str()
      ->check(CLI::Range(60.0, 90.0 * 86400));
  app.add_option("--reset-baseline", o->reset_baseline,
                 "drop device ID's cooling baseline (after a repair; IDs as in the bundle's Cooling "
                 "health section) from the spool's state; a running capture learns it afresh");
  auto* qual = "Thermal qualification (docs/cooling.md)";
  app.add_option("--qualify", o->qualify,
                 "qualify device ID (or its ring sensor's name): per run, its idle level, then --load-cmd "
                 "until a steady segment gives R, then the cool-down's time constant; R and tau per run, "
                 "their mean and spread; stored as the device's baseline in --out when they repeat within "
                 "3 %. Runs alone, holding the spool (stop the capture service first)")
      ->group(qual);
  app.add_option("--load-cmd", o->load_cmd,
                 "the load for --qualify: a program and its arguments, split at spaces, no shell "
                 "(\"stress-ng --cpu 8\" for CPUs); run with PATH, HOME and LANG only, killed when the run "
                 "has its steady segment")
      ->group(qual);
  app.add_option("--runs", o->qualify_runs, "runs of --qualify")->capture_default_str()->check(CLI::Range(2, 100))->group(qual);
  app.add_option("--soak", o->soak_s, "seconds a --qualify run's load may take to give a steady segment")
      ->capture_default_str()
      ->check(CLI::Range(1.0, 86400.0))
      ->group(qual);
  app.add_option("--cool", o->cool_s, "seconds a --qualify run may wait for the idle level, and for the cool-down's fit")
      ->capture_default_str()
      ->check(CLI::Range(1.0, 86400.0))
      ->group(qual);
  app.add_flag("--now", o->now, "capture at once (with no other trigger: then exit)")->group(trig);
  app.add_flag("--once", o->once, "exit after the first bundle")->group(trig);
  app.add_option("--pre", o->pre_s, "seconds kept before the trigger")->capture_default_str()->check(CLI::NonNegativeNumber);
  app.add_option("--post", o->post_s, "seconds recorded after the trigger")->capture_default_str()->check(CLI::NonNegativeNumber);
  app.add_flag("--precompress,!--no-precompress", o->precompress,
               "a running service compresses samples.csv in the background as records arrive, so a bundle is "
               "written sooner, for about 0.2 % of a core and 7 MB more; its window then starts at the latest "
               "stream start before --pre: up to 5 s (or --pre/7, when longer) earlier (docs/precompress.md)")
      ->capture_default_str();
  app.add_option("--cooldown", o->cooldown_s, "seconds after a bundle during which triggers are suppressed")->capture_default_str()
      ->check(CLI::NonNegativeNumber);
  app.add_option("--stall-periods", o->stall_periods, "sampler periods without records that count as a stall")->capture_default_str();
  app.add_option("--source", o->source, "auto | device:PATH | shm:NAME | none")->capture_default_str();
  app.add_option("--kmsg", o->kmsg, "kernel log device, or none")->capture_default_str();
  app.add_option("--bpf", o->bpf, "throttle probe: auto | on | off")->capture_default_str()
      ->check(CLI::IsMember({"auto", "on", "off"}));
  app.add_option("--uevents", o->uevents,
                 "on | off: watch kernel uevents for device coredumps (saved into the bundle, up to 16 MiB "
                 "each) and DRM wedge/error/reset uevents (the GPU error state saved); their triggers are "
                 "the catalogue's (--on-hang; --on-kmsg devcoredump:off turns dumps off as triggers)")
      ->capture_default_str()
      ->check(CLI::IsMember({"on", "off"}));
  app.add_option("--sysroot", o->sysroot, "root of /proc and /sys facts (tests)")->capture_default_str();
  app.add_option("--out", o->out, "the spool folder")->capture_default_str();
  app.add_option("--metrics", o->metrics, "Prometheus textfile to keep up to date (per-device gauges, "
                 "episodes, kernel-log findings, the capture's own counters); config key metrics");
  app.add_option("--metrics-every", o->metrics_every_s, "seconds between rewrites of the --metrics file")
      ->capture_default_str()
      ->check(CLI::Range(1.0, 3600.0));
  app.add_option("--host", o->host, "host name in bundle names (default: this host)");
  app.add_option("--keep-count", o->keep_count, "keep at most N bundles")->capture_default_str();
  app.add_option("--keep-bytes", o->keep_bytes, "keep at most N bytes of bundles")->capture_default_str();
  app.add_option("--keep-days", o->keep_days, "remove bundles older than N days")->capture_default_str();
  app.add_flag("--redact", o->redact, "replace host names, addresses, hardware ids, serials, users and processes in the bundle and its name by consistent tokens");
  app.add_flag("!--no-pstore", o->pstore,
               "do not turn an earlier boot's crash (pstore records, kdump dmesg) into a crash bundle");
  app.add_option("--pstore-dirs", o->pstore_dirs, "colon-separated folders searched for pstore records")->capture_default_str();
  app.add_option("--kdump-dirs", o->kdump_dirs,
                 "colon-separated folders of kdump-tools crash directories (<dir>/<timestamp>/dmesg.*)")
      ->capture_default_str();
  app.add_option("--collector-timeout", o->collector_timeout_s, "seconds each collector may take")->capture_default_str();
  app.add_option("--nvidia-timeout", o->nvidia_timeout_s, "seconds nvidia-smi may take")->capture_default_str();
  app.add_option("--bmc", o->bmc,
                 "off | inband | lan: read the BMC's System Event Log in the background (at start, every "
                 "--bmc-sel-every and at each trigger); the records in the window go into system.json \"bmc\"; "
                 "lan takes host and credentials from --bmc-config")
      ->check(CLI::IsMember({"off", "inband", "lan"}))
      ->capture_default_str();
  app.add_option("--bmc-config", o->bmc_config, "--bmc lan: host and credentials (a file only root may read)")
      ->capture_default_str();
  app.add_option("--bmc-device", o->bmc_device, "--bmc inband: the OpenIPMI device (default: the library probes)");
  app.add_option("--bmc-status", o->bmc_status,
                 "tempmon-feed --bmc-status file: the feed's BMC state goes into the bundle's collector table");
  app.add_option("--bmc-timeout", o->bmc_timeout_s,
                 "seconds after which a SEL read still running is reported as timeout (never waited for)")
      ->capture_default_str();
  app.add_option("--bmc-sel-every", o->bmc_sel_every_s, "seconds between SEL reads (one more at every trigger)")
      ->check(CLI::Range(1.0, 86400.0))
      ->capture_default_str();
  app.add_option("--gpu-facts", o->gpu_facts,
                 "GPU facts (NVML in-process, nvidia-smi in the background), cached and "
                 "written at the trigger without waiting: auto | off")
      ->capture_default_str()
      ->check(CLI::IsMember({"auto", "off"}));
  app.add_option("--gpu-facts-every", o->gpu_facts_every_s,
                 "seconds between full GPU-facts reads and nvidia-smi runs (the moving "
                 "counters are read every tick)")
      ->capture_default_str()
      ->check(CLI::Range(1.0, 86400.0));
  app.add_option("--nvml-lib", o->nvml_lib, "NVML library to dlopen for GPU facts")
      ->envname("TEMPMON_NVML_LIB")
      ->capture_default_str();
  app.add_option("--tick", o->tick_s, "seconds between ring reads when idle")->capture_default_str()
      ->check(CLI::Range(0.01, 60.0));
  app.add_option("--threshold", o->thresholds,
                 "NAME=C[/HYST]: set a sensor's throttle threshold in tempmon.ko at start "
                 "(root), so --on-throttle sees its THR_START records");
  app.add_flag("-v,--verbose", o->verbose, "log every trigger and collector");
  if (auto rc = tool::Parse(app, argc, argv)) {
    *exit_code = *rc;
    return false;
  }
  // A config file's "on-throttle = true|false" as well as --on-throttle[=power].
  if (!throttle_spec.empty() && throttle_spec != "false") {
    o->on_throttle = true;
    o->on_power_cap = throttle_spec == "power";
  }
  if (!anomaly_spec.empty() && anomaly_spec != "false") o->on_anomaly = anomaly_spec == "true" ? "all" : anomaly_spec;
  if (!o->test_signature.empty() || !o->reset_baseline.empty()) return true;
  if (!o->qualify.empty() || !o->load_cmd.empty()) {
    const char* bad = o->load_cmd.find_first_not_of(' ') == std::string::npos ? "--qualify needs --load-cmd CMD"
                      : o->qualify.empty()                                   ? "--load-cmd is for --qualify ID"
                      : o->AnyTrigger() ? "--qualify runs alone: no trigger options with it"
                                        : nullptr;
    if (bad) {
      std::cerr << "tempmon-capture: " << bad << "\n";
      *exit_code = kExitUsage;
      return false;
    }
    return true;
  }
  try {
    if (o->bmc == "lan") {
      o->bmc_parsed = bmc::LoadBmcConfig(o->bmc_config);
    } else if (o->bmc == "inband") {
      o->bmc_parsed.mode = bmc::BmcMode::kInband;
      o->bmc_parsed.device = o->bmc_device;
    }
  } catch (const bmc::BmcError& e) {
    // A refused credentials file costs the BMC's SEL, not the captures.
    o->bmc_parsed = bmc::BmcConfig{};
    o->bmc_error = e.what();
    std::cerr << "tempmon-capture: " << e.what() << "; capturing without the BMC\n";
  }
  try {
    tempmon::signatures::TriggerPolicy(o->on_hang, o->on_throttle, o->on_kmsg);
  } catch (const std::invalid_argument& e) {
    std::cerr << "tempmon-capture: " << e.what() << "\n";
    *exit_code = kExitUsage;
    return false;
  }
  if (!o->AnyTrigger()) {
    std::cerr << "tempmon-capture: no trigger given (use --on-throttle, --on-temp, --on-rise, "
                 "--on-hang, --on-anomaly or --now; see --help)\n";
    *exit_code = kExitUsage;
    return false;
  }
  return true;
}

}  // namespace tempmon::capture
