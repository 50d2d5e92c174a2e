// tempmon-feed: hwmon and NVIDIA (NVML) temperatures into tempmon's ring.
#include <algorithm>
#include <csignal>
#include <cstdlib>
#include <ctime>
#include <iostream>
#include <memory>
#include <optional>

#include <unistd.h>

#include <CLI/CLI.hpp>

#include "tempmon/tool/cli.h"

#include "feed/bmc_source.h"
#include "feed/event_log.h"
#include "feed/feeder.h"
#include "feed/hwmon.h"
#include "feed/rapl.h"
#include "feed/kmod_sink.h"
#include "feed/nvml_source.h"
#include "feed/table.h"
#include "feed/threaded_source.h"
#include "feed/throttle_flags.h"
#include "tempmon_version.h"
#include "feed/shm_sink.h"

namespace {

volatile std::sig_atomic_t g_stop = 0;
void OnSignal(int) { g_stop = 1; }

constexpr const char* kExamples = R"(
Examples:
  tempmon-feed --once                     one scan as a table, nothing pushed
  tempmon-feed                            10 Hz into tempmon.ko (as root)
  tempmon-feed --rate 2 --match 'hwmon:k10temp/*' --match 'gpu*'
  tempmon-feed --shm tempmon-ring         into a shared-memory ring (no root)
  tempmon-feed --nvml-lib /opt/nvidia/libnvidia-ml.so.1 --events /var/log/tempmon-feed.jsonl
  tempmon-feed --bmc inband               also the server's BMC through /dev/ipmi0 (1 Hz)
  tempmon-feed --bmc lan --bmc-config /etc/tempmon/bmc.conf --bmc-status /run/tempmon/bmc-status.json

NVML clock-event reasons become record flags: SW thermal slowdown -> sw_throttle,
HW thermal slowdown / HW slowdown -> hw_throttle, HW power brake / SW power cap
-> power_cap. A GPU whose NVML calls do not return within --nvml-deadline is
marked stale (an event) and the other sensors keep flowing.

--bmc reads the BMC's inlet/exhaust temperatures, fan speeds and power sensors
over IPMI (FreeIPMI's libipmimonitoring) on a thread of its own: a BMC that is
absent, slow or lying gets a state (an event, and --bmc-status's JSON for the
capture's bundle) and never delays the other sources. --bmc lan reads host,
user, password (and cipher_suite, privilege, timeout_ms, workaround) from
--bmc-config, a file only root may read.)";

struct Cli {
  double rate_hz = 10;
  uint64_t count = 0;
  bool once = false;
  bool verbose = false;
  std::string sysfs_root = "/sys";
  bool no_hwmon = false;
  bool no_rapl = false;
  bool no_nvml = false;
  std::string nvml_lib = "libnvidia-ml.so.1";
  unsigned nvml_deadline_ms = 2000;
  std::vector<std::string> match;
  unsigned rescan_ms = 1000;
  unsigned hwmon_deadline_ms = 2000;
  std::string device = "/dev/" TEMPMON_DEVICE_NAME;
  std::string shm;
  std::string events_path;
  int32_t hysteresis_mc = 2000;
  bool no_thresholds = false;
  std::string bmc = "off";
  std::string bmc_config = "/etc/tempmon/bmc.conf";
  std::string bmc_device;
  unsigned bmc_interval_ms = 1000;
  unsigned bmc_deadline_ms = 5000;
  std::string bmc_status;
};

void SleepUntil(timespec& next, uint64_t period_ns) {
  next.tv_nsec += static_cast<long>(period_ns % 1000000000ULL);
  next.tv_sec += static_cast<time_t>(period_ns / 1000000000ULL);
  if (next.tv_nsec >= 1000000000L) {
    next.tv_nsec -= 1000000000L;
    ++next.tv_sec;
  }
  timespec now{};
  clock_gettime(CLOCK_MONOTONIC, &now);
  // After a long stall (suspend, SIGSTOP) start afresh rather than burst.
  if (now.tv_sec > next.tv_sec + 1) next = now;
  clock_nanosleep(CLOCK_MONOTONIC, TIMER_ABSTIME, &next, nullptr);  // EINTR: the loop checks g_stop
}

// --once: NVML starts asynchronously; wait (bounded) until every GPU has
// answered or the deadline passed, so the table shows GPUs too.
std::vector<tempmon::feed::Reading> OnceScan(tempmon::feed::Source* hwmon, tempmon::feed::NvmlSource* nvml,
                                             uint64_t deadline_ns) {
  using namespace tempmon::feed;
  std::vector<Reading> out;
  if (hwmon) hwmon->Collect(MonotonicNs(), out);
  if (!nvml) return out;
  std::vector<Reading> gpus;
  const uint64_t start = MonotonicNs();
  while (MonotonicNs() - start <= deadline_ns + 100'000'000ULL) {
    nvml->Collect(MonotonicNs(), gpus);
    bool all = true;
    for (size_t i = 0; i < nvml->gpu_count(); ++i) {
      bool have = false;
      for (const Reading& r : gpus) have |= r.key == "nvml/" + std::to_string(i);
      all &= have;
    }
    if (nvml->gpu_count() > 0 && all) break;
    if (nvml->init_done() && nvml->gpu_count() == 0) break;  // init failed or no GPU: said as an event
    timespec t{0, 20'000'000};
    nanosleep(&t, nullptr);
  }
  out.insert(out.end(), gpus.begin(), gpus.end());
  return out;
}

CLI::Option* AddOptions(CLI::App& app, Cli& c) {
  app.add_option("--rate", c.rate_hz, "scans per second")->check(CLI::Range(0.1, 1000.0))->capture_default_str();
  app.add_option("--count", c.count, "stop after N scans (0 = run until SIGINT/SIGTERM)");
  app.add_flag("--once", c.once, "one scan printed as a table; nothing is pushed");
  app.add_flag("-v,--verbose", c.verbose, "print every scan");
  app.add_option("--sysfs-root", c.sysfs_root, "sysfs mount to scan (<root>/class/hwmon)")->capture_default_str();
  app.add_flag("--no-hwmon", c.no_hwmon, "do not read hwmon");
  app.add_flag("--no-rapl", c.no_rapl,
               "do not read the CPU packages' power and power limits (<root>/class/powercap/intel-rapl:N)");
  app.add_flag("--no-nvml", c.no_nvml, "do not load NVML");
  app.add_option("--nvml-lib", c.nvml_lib, "NVML library to dlopen")->envname("TEMPMON_NVML_LIB")->capture_default_str();
  app.add_option("--nvml-deadline", c.nvml_deadline_ms, "ms after which a silent GPU is marked stale")
      ->check(CLI::Range(10u, 600000u))
      ->capture_default_str();
  app.add_option("--rescan-ms", c.rescan_ms, "re-list hwmon chips (new/removed sensors, labels, thresholds) this often")
      ->capture_default_str();
  app.add_option("--hwmon-deadline", c.hwmon_deadline_ms,
                 "ms after which a blocked hwmon scan (hung driver) is reported; others continue")
      ->check(CLI::Range(10u, 600000u))
      ->capture_default_str();
  app.add_option("--match", c.match, "only hwmon sensors whose name matches this glob (repeatable)");
  auto* device_opt = app.add_option("--device", c.device,
                                    "tempmon.ko device (absent and not given: the shared-memory ring "
                                    "\"tempmon\" instead)")
                         ->capture_default_str();
  app.add_option("--shm", c.shm, "push into this shared-memory ring instead of tempmon.ko");
  app.add_option("--events", c.events_path, "also append events as JSON lines to this file");
  app.add_option("--hysteresis", c.hysteresis_mc, "hysteresis in m°C for hwmon thresholds")->capture_default_str();
  app.add_flag("--no-thresholds", c.no_thresholds, "do not copy hwmon max/crit into sensor thresholds");
  app.add_option("--bmc", c.bmc, "the server's BMC over IPMI: off, inband (/dev/ipmi0) or lan (lanplus, --bmc-config)")
      ->check(CLI::IsMember({"off", "inband", "lan"}))
      ->capture_default_str();
  app.add_option("--bmc-config", c.bmc_config, "--bmc lan: host and credentials (root-only file)")->capture_default_str();
  app.add_option("--bmc-device", c.bmc_device, "--bmc inband: the OpenIPMI device (default: the library probes)");
  app.add_option("--bmc-interval", c.bmc_interval_ms, "ms between BMC sensor sweeps")
      ->check(CLI::Range(100u, 60000u))
      ->capture_default_str();
  app.add_option("--bmc-deadline", c.bmc_deadline_ms, "ms after which a BMC sweep still waiting makes the BMC \"slow\"")
      ->check(CLI::Range(100u, 600000u))
      ->capture_default_str();
  app.add_option("--bmc-status", c.bmc_status, "write the BMC's state as JSON to this file on each change (for tempmon-capture --bmc-status)");
  return device_opt;
}

// The sources the options ask for; each that cannot start says why and the
// others run.
struct Sources {
  tempmon::feed::HwmonSource* hwmon_raw = nullptr;
  // hwmon scans run on their own thread: a sysfs read that blocks in a hung
  // driver must not stop the GPU sensors (or the other way round).
  std::unique_ptr<tempmon::feed::ThreadedSource> hwmon;
  std::unique_ptr<tempmon::feed::RaplSource> rapl;
  std::unique_ptr<tempmon::feed::NvmlSource> nvml;
  std::unique_ptr<tempmon::feed::BmcSource> bmc;
};

std::unique_ptr<tempmon::feed::BmcSource> StartBmc(const Cli& c, tempmon::feed::EventLog& events) {
  using namespace tempmon::feed;
  namespace bmc = tempmon::bmc;
  if (c.bmc == "off") return nullptr;
  BmcOptions bo;
  try {
    if (c.bmc == "lan") {
      bo.config = bmc::LoadBmcConfig(c.bmc_config);
    } else {
      bo.config.mode = bmc::BmcMode::kInband;
      bo.config.device = c.bmc_device;
    }
    bo.interval_ns = uint64_t{c.bmc_interval_ms} * 1'000'000ULL;
    bo.deadline_ns = uint64_t{c.bmc_deadline_ms} * 1'000'000ULL;
    bo.status_path = c.bmc_status;
    return std::make_unique<BmcSource>(std::move(bo), events);
  } catch (const bmc::BmcError& e) {
    // A refused credentials file costs the BMC, not hwmon and the GPUs;
    // the state file (and so the next bundle) says why.
    events.Record("bmc_failed", "bmc", std::string(e.what()) + "; running without the BMC");
    if (!c.bmc_status.empty()) {
      try {
        bmc::BmcConfig where;
        where.mode = bmc::BmcMode::kLan;
        where.host = "(refused config)";
        WriteBmcRefused(c.bmc_status, where, e.what());
      } catch (const std::exception& w) {
        std::cerr << "tempmon-feed: --bmc-status: " << w.what() << "\n";
      }
    }
  }
  return nullptr;
}

Sources OpenSources(const Cli& c, tempmon::feed::EventLog& events, uint64_t period_ns, uint64_t deadline_ns) {
  using namespace tempmon::feed;
  Sources s;
  if (!c.no_hwmon) {
    auto hwmon = std::make_unique<HwmonSource>(c.sysfs_root, events, c.match, uint64_t{c.rescan_ms} * 1'000'000ULL);
    s.hwmon_raw = hwmon.get();
    s.hwmon = std::make_unique<ThreadedSource>(std::move(hwmon), "hwmon", period_ns / 2,
                                               uint64_t{c.hwmon_deadline_ms} * 1'000'000ULL, events);
  }
  if (!c.no_rapl) {
    s.rapl = std::make_unique<RaplSource>(c.sysfs_root, events);
    if (s.rapl->zones() == 0) s.rapl.reset();  // no RAPL on this machine: nothing to say per scan
  }
  if (!c.no_nvml) {
    NvmlOptions o;
    o.lib_path = c.nvml_lib;
    o.period_ns = period_ns;
    o.deadline_ns = deadline_ns;
    std::string why;
    s.nvml = NvmlSource::Start(o, events, &why);
    if (!s.nvml) {
      std::cerr << "tempmon-feed: no NVIDIA GPU temperatures: " << why
                << "; running the other backends (install the NVIDIA driver, or pass --nvml-lib PATH, or --no-nvml)\n";
    }
  }
  s.bmc = StartBmc(c, events);
  return s;
}

// --once: one scan of every source as a table; nothing is pushed.
int RunOnce(const Cli& c, Sources& s, uint64_t deadline_ns) {
  using namespace tempmon::feed;
  std::vector<Reading> rs = OnceScan(s.hwmon.get(), s.nvml.get(), deadline_ns);
  if (s.rapl) s.rapl->Collect(MonotonicNs(), rs);
  std::vector<std::pair<std::string, std::string>> failures;
  if (s.hwmon && !s.hwmon->WithInner([&](Source&) { failures = s.hwmon_raw->last_failures(); }))
    failures.emplace_back("hwmon", "scan still blocked after --hwmon-deadline (a hung driver?)");
  if (s.bmc) {
    // The BMC's first sweep (a real BMC takes seconds): bounded by --bmc-deadline.
    const uint64_t end = MonotonicNs() + uint64_t{c.bmc_deadline_ms} * 1'000'000ULL;
    std::vector<Reading> got;
    while (MonotonicNs() < end) {
      s.bmc->Collect(MonotonicNs(), got);
      const BmcStatus st = s.bmc->status();
      if (!got.empty() || (st.state != "starting" && st.state != "ok")) break;
      timespec t{0, 20'000'000};
      nanosleep(&t, nullptr);
    }
    rs.insert(rs.end(), got.begin(), got.end());
    const BmcStatus st = s.bmc->status();
    if (st.state != "ok") failures.emplace_back("bmc", st.state + ": " + st.message);
  }
  PrintTable(std::cout, rs, failures);
  return tempmon::tool::kExitOk;
}

// tempmon.ko, or a shared-memory ring. No module (cloud VMs,
// modules_disabled): the well-known shared-memory ring, which
// tempmon-capture --source auto reads, instead of failing.
std::unique_ptr<tempmon::feed::Sink> OpenSink(Cli& c, bool device_given) {
  using namespace tempmon::feed;
  if (c.shm.empty() && !device_given && access(c.device.c_str(), F_OK) != 0) {
    c.shm = tempmon::ring::kDefaultShmName;
    std::cerr << "tempmon-feed: no " << c.device << " (tempmon.ko not loaded): publishing to the shared-memory ring "
              << c.shm << " (tempmon-capture --source auto reads it)\n";
  }
  // The ring declares the feeder's rate: a reader judges stalls by it.
  if (!c.shm.empty()) return std::make_unique<ShmSink>(c.shm, 65536, static_cast<uint32_t>(std::max(1.0, c.rate_hz)));
  return std::make_unique<KmodSink>(c.device);
}

// Scans at --rate until --count or a signal; a failing sink ends the run.
int RunLoop(const Cli& c, tempmon::feed::Feeder& feeder, uint64_t period_ns) {
  using namespace tempmon::feed;
  timespec next{};
  clock_gettime(CLOCK_MONOTONIC, &next);
  try {
    for (uint64_t n = 0; !g_stop && (c.count == 0 || n < c.count); ++n) {
      std::vector<Reading> rs = feeder.Tick(MonotonicNs());
      if (c.verbose) {
        for (const Reading& r : rs) {
          std::cerr << "  " << r.name << " " << r.temp_mc / 1000.0 << " " << tempmon::ring::UnitName(r.desc.unit) << " "
                    << FlagNames(r.flags)
                    << (r.detail.empty() ? "" : " " + r.detail) << "\n";
        }
      }
      if (c.count == 0 || n + 1 < c.count) SleepUntil(next, period_ns);
    }
  } catch (const std::exception& e) {
    std::cerr << "tempmon-feed: " << e.what() << "\n";
    return tempmon::tool::kExitFailure;
  }
  return tempmon::tool::kExitOk;
}

void PrintStats(const tempmon::feed::Feeder& feeder, const Sources& src) {
  using namespace tempmon::feed;
  const FeederStats& s = feeder.stats();
  std::cerr << "tempmon-feed: " << s.ticks << " scans, " << s.pushed << " samples pushed, " << s.accepted
            << " accepted, " << s.refused << " refused, " << s.sink_errors << " push errors, " << s.unregistered
            << " sensors without a slot";
  if (src.hwmon) {
    bool got = src.hwmon->WithInner([&](Source&) {
      const HwmonStats& h = src.hwmon_raw->stats();
      std::cerr << "; hwmon: " << h.scans << " scans, " << h.read_errors << " read errors";
      for (const auto& [cause, n] : h.errors_by_cause) std::cerr << " [" << cause << " " << n << "]";
      std::cerr << ", " << h.appeared << " appeared, " << h.disappeared << " disappeared";
    });
    if (!got) std::cerr << "; hwmon: a scan is still blocked";
  }
  if (src.nvml) {
    NvmlStats ns = src.nvml->stats();
    std::cerr << "; nvml: " << ns.readings << " readings, " << ns.stale_marks << " stale, " << ns.lost_gpus
              << " lost, " << ns.xids << " Xid";
  }
  if (src.bmc) {
    BmcStatus b = src.bmc->status();
    std::cerr << "; bmc: " << b.state << ", " << b.sweeps << " sweeps, " << b.failures << " failed, " << b.readings
              << " readings, " << b.rejected << " rejected";
  }
  std::cerr << "\n";
}

}  // namespace

int main(int argc, char** argv) {
  using namespace tempmon::feed;
  namespace tool = tempmon::tool;
  Cli c;
  CLI::App app{"tempmon-feed: hwmon and NVIDIA GPU temperatures into tempmon's flight recorder"};
  tool::SetUpApp(app, "tempmon-feed", TEMPMON_VERSION_STRING, kExamples,
                 {tool::kExitOk, tool::kExitFailure, tool::kExitUsage, tool::kExitSource, tool::kExitOutput});
  CLI::Option* device_opt = AddOptions(app, c);
  if (auto rc = tool::Parse(app, argc, argv)) return *rc;

  EventLog events(/*to_stderr=*/true);
  try {
    if (!c.events_path.empty()) events.OpenFile(c.events_path);
  } catch (const std::exception& e) {
    std::cerr << "tempmon-feed: " << e.what() << "\n";
    return tool::kExitOutput;
  }
  const uint64_t period_ns = static_cast<uint64_t>(1e9 / c.rate_hz);
  const uint64_t deadline_ns = uint64_t{c.nvml_deadline_ms} * 1'000'000ULL;
  Sources src = OpenSources(c, events, period_ns, deadline_ns);
  if (!src.hwmon && !src.rapl && !src.nvml && !src.bmc) {
    std::cerr << "tempmon-feed: no source left to read (hwmon disabled, no RAPL, NVML unavailable, no --bmc)\n";
    return tool::kExitSource;
  }
  if (c.once) return RunOnce(c, src, deadline_ns);

  std::unique_ptr<Sink> sink;
  try {
    sink = OpenSink(c, device_opt->count() > 0);
  } catch (const std::exception& e) {
    std::cerr << "tempmon-feed: " << e.what() << "\n";
    return tool::kExitSource;
  }
  FeederOptions fo;
  fo.hysteresis_mc = c.hysteresis_mc;
  fo.set_thresholds = !c.no_thresholds;
  Feeder feeder(*sink, events, fo);
  for (Source* s : std::initializer_list<Source*>{src.hwmon.get(), src.nvml.get(), src.bmc.get(), src.rapl.get()})
    if (s) feeder.AddSource(*s);

  struct sigaction sa {};
  sa.sa_handler = OnSignal;
  sigaction(SIGINT, &sa, nullptr);
  sigaction(SIGTERM, &sa, nullptr);
  std::cerr << "tempmon-feed: " << sink->Describe() << ", " << c.rate_hz << " Hz\n";
  const int rc = RunLoop(c, feeder, period_ns);
  PrintStats(feeder, src);
  return rc;
}
