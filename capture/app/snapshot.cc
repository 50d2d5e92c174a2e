#include "capture/app/snapshot.h"

#include <sys/utsname.h>
#include <unistd.h>

#include <chrono>
#include <future>
#include <iostream>

#include "capture/collect/bmc_facts.h"
#include "capture/collect/system_facts.h"
#include "capture/common/errors.h"
#include "capture/uevent/device_evidence.h"
#include "tempmon/bundle/analysis.h"
#include "tempmon/causes/causes.h"
#include "tempmon/bundle/redact.h"
#include "tempmon_version.h"

namespace tempmon::capture {
namespace {

using std::chrono::milliseconds;

milliseconds Ms(double s) { return milliseconds(static_cast<int64_t>(s * 1000)); }

}  // namespace

Snapshotter::Snapshotter(const Options& o, spool::Spool& spool) : o_(o), spool_(spool) {
  host_ = o.host;
  if (host_.empty()) {
    char buf[256] = {};
    if (::gethostname(buf, sizeof buf - 1) == 0) host_ = buf;
    // A machine without a configured name reports "(none)" (test VMs do).
    if (host_.empty() || host_ == "(none)") host_ = "unknown";
  }
}

std::shared_ptr<CollectorRunner> Snapshotter::StartBefore() const {
  auto r = std::make_shared<CollectorRunner>();
  std::string root = o_.sysroot;
  r->Start("system.throttle_counters_before", Ms(o_.collector_timeout_s),
           [root] { return facts::ThrottleCounters(root); });
  r->StartNoted("system.amdgpu_ras_before", Ms(o_.collector_timeout_s),
                [root](std::string& note) { return evidence::AmdRas(root, &note); });
  return r;
}

std::shared_ptr<CollectorRunner> Snapshotter::StartAfter() const {
  auto r = std::make_shared<CollectorRunner>();
  const std::string root = o_.sysroot;
  auto t = Ms(o_.collector_timeout_s);
  r->Start("system.kernel", t, [root] { return facts::Kernel(root); });
  r->Start("system.module", t, [root] { return facts::Module(root); });
  r->Start("system.cpu", t, [root] { return facts::Cpu(root); });
  r->Start("system.thermal", t, [root] { return facts::Thermal(root); });
  r->Start("system.cpufreq", t, [root] { return facts::CpuFreq(root); });
  r->Start("system.modules", t, [root] { return facts::Modules(root); });
  r->Start("system.throttle_counters_after", t, [root] { return facts::ThrottleCounters(root); });
  r->StartNoted("system.amdgpu_ras_after", t, [root](std::string& note) { return evidence::AmdRas(root, &note); });
  if (!o_.bmc_status.empty()) {
    const std::string path = o_.bmc_status;
    r->StartNoted("system.bmc", t, [path](std::string& note) { return BmcFeedState(path, note); });
  }
  return r;
}

std::filesystem::path Snapshotter::Write(WindowData w, bundle::Contents* written) {
  bundle::Contents c;
  c.tool_version = TEMPMON_VERSION_STRING;
  c.module_version = w.module_version;
  // Every kernel-log line in the bundle was judged with this build's
  // catalogue (CaptureDaemon::JudgeKmsg, bundle::JudgeKernelLog).
  c.signature_catalogue = bundle::CatalogueIdentity();
  c.host = host_;
  struct utsname u {};
  if (::uname(&u) == 0) c.kernel = u.release;
  c.boot_id = facts::ReadTrimmedOr(std::filesystem::path(o_.sysroot) /
                                   "proc/sys/kernel/random/boot_id");
  c.trigger = w.trigger;
  c.window_start_mono_ns = w.window_start_mono_ns;
  c.window_end_mono_ns = w.window_end_mono_ns;
  c.sensors = std::move(w.sensors);
  c.samples = std::move(w.samples);
  c.events = std::move(w.events);
  // Why each episode happened (tempmon/causes/causes.h), judged on the
  // window while the collectors below finish: bounded work that reads
  // only the sensors and samples, off the sampling path, and mostly hidden
  // behind the collectors' wait rather than added to trigger -> fsync.
  std::vector<bundle::Episode>& episodes = w.episodes;
  const uint64_t w0 = w.window_start_mono_ns, w1 = w.window_end_mono_ns;
  auto judged = std::async(std::launch::async, [&episodes, &c, w0, w1] {
    causes::Judge(episodes, c.sensors, c.samples, w0, w1);
    return causes::PowerLimitChanges(c.sensors, c.samples);
  });
  c.losses = w.losses;
  c.system = std::move(w.extra_system);
  c.crash = std::move(w.crash);
  c.collectors = std::move(w.source_collectors);
  c.attachments = std::move(w.attachments);
  c.collectors.push_back(causes::CoolingInputs(c.sensors));

  // Everything that can block runs on collector threads; this thread only
  // waits, at most until the deadlines. GPU facts (NVML, nvidia-smi) come
  // from the daemon's cache (GpuFactsCache), the kernel log from its live
  // reader's copy (WindowData::kmsg): nothing here waits for the driver or
  // /dev/kmsg.
  if (!w.after) w.after = StartAfter();
  std::vector<CollectorOutcome> outcomes;
  if (w.before) outcomes = w.before->Wait();
  for (auto& oc : w.after->Wait()) outcomes.push_back(std::move(oc));
  for (bundle::PowerLimitEvent& ev : judged.get()) c.events.push_back(std::move(ev));
  c.episodes = std::move(w.episodes);

  for (auto& oc : outcomes) {
    if (oc.meta.status == "ok" && oc.meta.name == "system.bmc") {
      // Beside the SEL the daemon's cache put there.
      if (!c.system["bmc"].is_object()) c.system["bmc"] = nlohmann::json::object();
      c.system["bmc"].update(oc.data);
      c.collectors.push_back(std::move(oc.meta));
      continue;
    }
    if (oc.meta.status == "ok" && oc.meta.name.rfind("system.", 0) == 0)
      c.system[oc.meta.name.substr(7)] = std::move(oc.data);
    if (o_.verbose && oc.meta.status != "ok")
      std::cerr << "tempmon-capture: collector " << oc.meta.name << ": " << oc.meta.status
                << ": " << oc.meta.message << "\n";
    c.collectors.push_back(std::move(oc.meta));
  }
  if (c.system.contains("bmc") && c.system["bmc"].contains("sel")) {
    // The SEL in the window, in the BMC's clock: the window's wall-clock
    // bounds, widened to whole seconds (SEL timestamps have no more).
    const int64_t wall = static_cast<int64_t>(c.trigger.wall_ns), mono = static_cast<int64_t>(c.trigger.ts_ns);
    const int64_t start_ns = wall - (mono - static_cast<int64_t>(c.window_start_mono_ns));
    const int64_t end_ns = wall + (static_cast<int64_t>(c.window_end_mono_ns) - mono);
    const size_t read = KeepSelWindow(c.system["bmc"], start_ns / 1'000'000'000, (end_ns + 999'999'999) / 1'000'000'000);
    for (bundle::Collector& col : c.collectors)
      if (col.name == "bmc.sel" && col.status == "ok")
        col.message += "; " + std::to_string(c.system["bmc"]["sel"]["entries"].size()) + " of " + std::to_string(read) +
                       " in the window";
  }
  if (w.kmsg) c.kmsg = std::move(*w.kmsg);
  // A redacted bundle is named by its host's token: the name leaves the
  // machine with the bundle.
  std::string name_host = host_;
  if (o_.redact) {
    bundle::Redaction r;
    r.AddHost(host_);
    r.Apply(c);
    name_host = r.Text(host_);
  }

  std::filesystem::path path =
      spool_.NewBundlePath(name_host, c.trigger.wall_ns, c.trigger.kind);
  try {
    bundle::Write(c, path, w.csv_rows.get(), w.csv_ahead);
  } catch (const bundle::BundleError& e) {
    throw CaptureError(std::string("cannot write the bundle ") + path.string() + ": " +
                       e.what() + " (is the spool's file system full or read-only? "
                       "nothing partial was left)");
  }
  auto ret = spool_.ApplyRetention(
      spool::Retention{o_.keep_count, o_.keep_bytes, o_.keep_days});
  for (const auto& e : ret.errors) std::cerr << "tempmon-capture: retention: " << e << "\n";
  for (const auto& p : ret.removed_unshipped)
    std::cerr << "tempmon-capture: retention removed " << p.filename().string()
              << " before it was shipped: the spool is over keep-bytes\n";
  if (o_.verbose)
    for (const auto& p : ret.removed)
      std::cerr << "tempmon-capture: retention removed " << p.filename().string() << "\n";
  if (written) *written = std::move(c);
  return path;
}

}  // namespace tempmon::capture
