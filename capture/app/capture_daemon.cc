#include "capture/app/capture_daemon.h"

#include <signal.h>
#include <sys/epoll.h>
#include <sys/signalfd.h>
#include <sys/timerfd.h>
#include <time.h>
#include <unistd.h>

#include <algorithm>
#include <filesystem>
#include <map>
#include <iostream>
#include <set>
#include <sstream>

#include "tempmon/proc/child.h"
#include "capture/common/errors.h"
#include "capture/collect/system_facts.h"
#include "capture/pstore/crash_records.h"
#include "tempmon/bundle/analysis.h"
#include "capture/trigger/ring_episodes.h"
#include "tempmon/ring/sensor_desc.h"
#include "capture/trigger/episode_merge.h"
#include "capture/trigger/ring_episodes.h"
#include "tempmon/ring/error.h"
#include "tempmon/ring/shm_ring.h"

#include "throttle_probe.h"

namespace tempmon::capture {
namespace {

constexpr uint64_t kSec = 1'000'000'000;

uint64_t MonoNow() {
  timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return uint64_t(ts.tv_sec) * kSec + uint64_t(ts.tv_nsec);
}
int64_t WallNow() {
  timespec ts;
  clock_gettime(CLOCK_REALTIME, &ts);
  return int64_t(ts.tv_sec) * int64_t(kSec) + ts.tv_nsec;
}
uint64_t Ns(double s) { return static_cast<uint64_t>(s * 1e9); }

// Driver events held between bundles at most (their bytes: kMaxAttachments).
constexpr size_t kMaxHeldEvidence = 256;

enum Tag : uint64_t { kTagRing = 1, kTagKmsg, kTagProbe, kTagTimer, kTagSignal, kTagUevent, kTagEvidence };

std::vector<std::string> Split(const std::string& s, char sep) {
  std::vector<std::string> out;
  std::stringstream ss(s);
  std::string x;
  while (std::getline(ss, x, sep))
    if (!x.empty()) out.push_back(x);
  return out;
}

}  // namespace

CaptureDaemon::CaptureDaemon(Options o)
    : o_(std::move(o)),
      debounce_(std::chrono::nanoseconds(Ns(o_.cooldown_s))) {
  policy_.emplace(o_.on_hang, o_.on_throttle, o_.on_kmsg);
}

CaptureDaemon::~CaptureDaemon() = default;

void CaptureDaemon::Log(const std::string& msg) const {
  std::cerr << "tempmon-capture: " << msg << "\n";
}

void CaptureDaemon::Setup() {
  epoll_.Reset(::epoll_create1(EPOLL_CLOEXEC));
  if (!epoll_) ThrowErrno("epoll_create1");
  auto add = [&](int fd, uint32_t events, Tag tag) {
    epoll_event ev{};
    ev.events = events;
    ev.data.u64 = tag;
    if (::epoll_ctl(epoll_.get(), EPOLL_CTL_ADD, fd, &ev) != 0) ThrowErrno("epoll_ctl");
  };

  sigset_t set;
  sigemptyset(&set);
  for (int s : {SIGTERM, SIGINT, SIGUSR1, SIGHUP}) sigaddset(&set, s);
  // Blocked in every thread (collectors inherit it), delivered via signalfd.
  pthread_sigmask(SIG_BLOCK, &set, nullptr);
  signal_.Reset(::signalfd(-1, &set, SFD_CLOEXEC | SFD_NONBLOCK));
  if (!signal_) ThrowErrno("signalfd");
  add(signal_.get(), EPOLLIN, kTagSignal);

  timer_.Reset(::timerfd_create(CLOCK_MONOTONIC, TFD_CLOEXEC | TFD_NONBLOCK));
  if (!timer_) ThrowErrno("timerfd_create");
  add(timer_.get(), EPOLLIN, kTagTimer);

  ring_status_ = {"ring", "skipped", "no ring source (--source none)", 0};
  if (o_.source != "none") {
    std::string spec = o_.source;
    ring_ = RingSource::OpenSource(spec, source_note_);  // throws: the caller maps it to kExitSource
    ring_status_ = {"ring", "ok", spec + (source_note_.empty() ? "" : " (" + source_note_ + ")"), 0};
    // The device signals throttle transitions with POLLPRI; edge-triggered
    // so that a level that stays up does not spin the loop.
    if (ring_->PollFd() >= 0) add(ring_->PollFd(), EPOLLPRI | EPOLLET, kTagRing);
    for (const auto& t : o_.thresholds) {
      auto eq = t.find('=');
      if (eq == std::string::npos) throw CaptureError("--threshold " + t + ": want NAME=C[/HYST]");
      std::string val = t.substr(eq + 1);
      auto slash = val.find('/');
      double c = std::stod(val.substr(0, slash));
      double h = slash == std::string::npos ? 2.0 : std::stod(val.substr(slash + 1));
      ring_->SetThreshold(t.substr(0, eq), static_cast<int32_t>(c * 1000), static_cast<int32_t>(h * 1000));
    }
    triggers_.emplace(o_.Triggers(ring_->RateHz()));
  }

  kmsg_status_ = {"kmsg.live", "skipped", "--kmsg none", 0};
  if (o_.kmsg != "none") {
    try {
      // From the start of this boot: the backlog is read once (Run), then
      // the log is followed live; the bundles' kernel log is this reader's
      // copy, so a trigger never reads /dev/kmsg again.
      kmsg_ = std::make_unique<kmsg::KmsgSource>(o_.kmsg, false);
      kmsg_log_ = kmsg::KmsgLog(kmsg::KeepBytes(kmsg_->KernelBufferBytes()));
      add(kmsg_->fd(), EPOLLIN, kTagKmsg);
      kmsg_status_ = {"kmsg.live", "ok", o_.kmsg, 0};
    } catch (const CaptureError& e) {
      kmsg_status_ = {"kmsg.live", "failed", e.what(), 0};
      if (policy_->Any()) Log(std::string("kernel-log triggers off: ") + e.what());
    }
  }

  if (o_.gpu_facts != "off") {
    GpuFactsConfig g;
    g.nvml_lib = o_.nvml_lib;
    g.full_every_ns = Ns(o_.gpu_facts_every_s);
    g.smi_every_ns = Ns(o_.gpu_facts_every_s);
    g.smi_deadline_ms = static_cast<int>(o_.nvidia_timeout_s * 1000);
    gpu_facts_ = std::make_unique<GpuFactsCache>(g);
    gpu_facts_->Tick(MonoNow());
  }

  if (o_.bmc_parsed.mode != bmc::BmcMode::kOff)
    bmc_sel_ = std::make_unique<BmcSelCache>(o_.bmc_parsed, Ns(o_.bmc_sel_every_s), Ns(o_.bmc_timeout_s));

  uevent_status_ = {"uevents", "skipped", "--uevents off", 0};
  if (o_.uevents == "on") {
    try {
      evidence_ = std::make_unique<evidence::Worker>();
      uevents_ = std::make_unique<uevent::UeventSocket>();
      add(uevents_->fd(), EPOLLIN, kTagUevent);
      add(evidence_->fd(), EPOLLIN, kTagEvidence);
      uevent_status_ = {"uevents", "ok", "device coredumps and DRM uevents", 0};
    } catch (const CaptureError& e) {
      uevents_.reset();
      evidence_.reset();
      uevent_status_ = {"uevents", "failed", e.what(), 0};
      Log(std::string("device coredumps and DRM uevents not watched: ") + e.what());
    }
  }

  bpf_status_ = {"bpf", "skipped", "--bpf off", 0};
  if (o_.bpf != "off" && o_.on_throttle) {
    try {
      probe::ProbeOptions po;
      probe_ = std::make_unique<probe::ThrottleProbe>(
          po,
          [this](const probe::Episode& ep) {
            recent_episodes_.push_back(ep);
            if (ep.OpenNotice() && o_.on_throttle)
              Fire("throttle", "BPF probe: " + ep.cause + " on " + ep.name, ep.start_ns);
          });
      add(probe_->EpollFd(), EPOLLIN, kTagProbe);
      std::string detail = std::to_string(probe_->AttachedCount()) + " programs attached";
      if (!probe_->TracefsNote().empty()) {
        Log("BPF probe: " + probe_->TracefsNote());
        detail += "; " + probe_->TracefsNote();
      }
      bpf_status_ = {"bpf", "ok", detail, 0};
    } catch (const std::exception& e) {
      bpf_status_ = {"bpf", o_.bpf == "on" ? "failed" : "skipped", e.what(), 0};
      if (o_.bpf == "on") throw CaptureError(std::string("--bpf on: ") + e.what());
      if (o_.verbose) Log(std::string("BPF probe not used: ") + e.what());
    }
  }
}

void CaptureDaemon::ProcessCrashes() {
  namespace fs = std::filesystem;
  const std::string boot_id =
      facts::ReadTrimmedOr(fs::path(o_.sysroot) / "proc/sys/kernel/random/boot_id", "unknown");
  // This boot, once, beside the one before: a crash names the boot it ended.
  std::vector<pstore::BootRecord> boots;
  try {
    boots = pstore::RecordBoot(spool_->dir(), {boot_id, WallNow() - static_cast<int64_t>(MonoNow())});
  } catch (const std::exception& e) {
    boots = pstore::ReadBoots(spool_->dir());
    Log(std::string("boot not recorded (a crash bundle of this boot will not name it): ") + e.what());
  }
  if (!o_.pstore) return;
  std::vector<fs::path> pdirs, kdirs;
  for (const auto& d : Split(o_.pstore_dirs, ':')) pdirs.emplace_back(d);
  for (const auto& d : Split(o_.kdump_dirs, ':')) kdirs.emplace_back(d);
  const pstore::Survival survival = pstore::CrashSurvival(o_.sysroot, pdirs, kdirs);
  Log(survival.line);
  if (survival.available) Log(pstore::FreezeSettings(o_.sysroot));
  for (auto& c : pstore::FindCrashes(pdirs, kdirs)) {
    // Taken once: a crash any of whose records was turned into a bundle is
    // done, and so are its records that appear later (systemd-pstore's
    // copies have the same content, hence the same key).
    bool taken = false;
    for (const auto& k : c.seen_keys) taken |= spool_->Seen(k);
    if (taken) {
      for (const auto& k : c.seen_keys)
        if (!spool_->Seen(k)) spool_->MarkSeen(k);
      continue;
    }
    WriteCrash(c, boots);
  }
}

void CaptureDaemon::WriteCrash(pstore::Crash& c, const std::vector<pstore::BootRecord>& boots) {
  const pstore::Tail& t = c.tail;
  const std::optional<pstore::TailHeader>& h = t.header;
  bundle::Crash crash;
  crash.reason = !c.report.reason.empty() ? c.report.reason : h ? h->why : "panic";
  crash.headline = !c.report.headline.empty() ? c.report.headline
                                              : "the kernel's report is not in the records (the tail filled them)";
  crash.report = c.report.lines;
  crash.modules = c.report.modules;
  for (const auto& f : c.files) crash.sources.push_back(f.string());

  WindowData w;
  w.trigger.kind = "crash";
  w.trigger.reason = crash.reason + " in the previous boot: " + crash.headline;
  // The crash's time: the tail's, else the report line's kernel time.
  uint64_t mono = h && h->mono_ns ? h->mono_ns : c.report.ts_us.value_or(0) * 1000;
  int64_t wall = h && h->real_ns ? h->real_ns : 0;
  if (!wall) {
    // A pstore file's mtime is the time of the dump.
    std::error_code ec;
    auto mt = std::filesystem::last_write_time(c.files.front(), ec);
    wall = ec ? WallNow()
              : std::chrono::duration_cast<std::chrono::nanoseconds>(
                    (mt - std::filesystem::file_time_type::clock::now()) +
                    std::chrono::system_clock::now().time_since_epoch())
                    .count();
  }
  // The tail is printed by a panic notifier, after the kernel's report
  // (its stack dump over a serial console can take a while): the crash is
  // when the report began, the report line's printk time, which is the same
  // clock as the tail's begin line's.
  if (h && h->mono_ns && c.report.ts_us) {
    for (const auto& r : c.log)
      if (r.text.find("tempmon-tail: begin") != std::string::npos) {
        if (r.ts_us >= *c.report.ts_us && (r.ts_us - *c.report.ts_us) * 1000 <= mono) {
          const uint64_t d = (r.ts_us - *c.report.ts_us) * 1000;
          mono -= d;
          wall -= static_cast<int64_t>(d);
        }
        break;
      }
  }
  w.trigger.ts_ns = mono;
  w.trigger.wall_ns = wall;
  crash.boot_id = pstore::CrashedBoot(boots, mono, wall);

  // The sensors as the crashed boot had them.
  for (const auto& s : t.sensors) {
    bundle::Sensor b;
    b.id = s.id;
    b.name = s.name;
    b.kind = ring::OriginName(s.origin);
    b.unit = ring::UnitName(s.unit);
    b.threshold_mc = s.threshold_mc;
    b.hysteresis_mc = s.hysteresis_mc;
    w.sensors.push_back(std::move(b));
  }
  // Samples get the crashed boot's wall clock (the tail's two clocks).
  const int64_t offset = h && h->mono_ns && h->real_ns ? h->real_ns - int64_t(h->mono_ns) : 0;
  w.samples = t.samples;
  for (auto& s : w.samples) s.wall_ns = offset ? int64_t(s.ts_ns) + offset : 0;
  std::map<uint16_t, bundle::CrashTailSensor> res;
  for (const auto& s : w.samples) {
    auto& r = res[s.sensor];
    r.id = s.sensor;
    if (!r.full_from_ns) r.full_from_ns = s.ts_ns;
    if (!(s.flags & TEMPMON_F_MARKER)) ++r.full_samples;
  }
  for (const auto& s : t.summaries) {
    w.events.push_back(s);
    auto& r = res[s.sensor];
    r.id = s.sensor;
    if (!r.summary_from_ns || s.ts_ns < *r.summary_from_ns) r.summary_from_ns = s.ts_ns;
    r.interval_ns = s.interval_ns;
    ++r.summaries;
  }
  for (auto& [id, r] : res) crash.tail.push_back(r);
  if (h) crash.tail_bytes = h->tail_bytes;
  uint64_t start = mono;
  if (!w.samples.empty()) start = std::min(start, w.samples.front().ts_ns);
  for (const auto& r : crash.tail)
    if (r.summary_from_ns) start = std::min(start, *r.summary_from_ns);
  w.window_start_mono_ns = start;
  w.window_end_mono_ns = std::max(mono, w.samples.empty() ? 0 : w.samples.back().ts_ns);
  // The episode open at the crash: the ring's THR_START..; a sensor the
  // module reported throttling whose start is older than the tail opens
  // at its first sample.
  for (auto& e : EpisodesFromSamples(w.samples, w.sensors)) w.episodes.push_back(std::move(e));
  w.kmsg = std::move(c.log);
  // The previous boot's lines, judged here like every line a bundle holds.
  for (auto& e : bundle::JudgeKernelLog(*w.kmsg)) w.events.push_back(std::move(e));
  w.extra_system["crash_records"] = nlohmann::json::array();
  for (const auto& f : c.files) w.extra_system["crash_records"].push_back(f.string());
  w.source_collectors.push_back({"pstore", "ok",
                                 std::to_string(c.files.size()) + " record(s): " + crash.sources.front() +
                                     (t.header ? "" : " (no tempmon tail: tempmon.ko was not loaded)") +
                                     (t.bad_lines ? "; " + std::to_string(t.bad_lines) + " tail lines unreadable" : ""),
                                 0});
  if (c.kdump_dmesg) w.source_collectors.push_back({"kdump", "ok", c.kdump_dmesg->string(), 0});
  w.crash = std::move(crash);
  try {
    auto path = snap_->Write(std::move(w));
    // After the bundle is fsynced and renamed: a crash between the two
    // repeats the bundle at the next start rather than losing it.
    for (const auto& k : c.seen_keys) spool_->MarkSeen(k);
    metrics_.captures_by_trigger["crash"]++;
    std::cout << path.string() << std::endl;
    Log("previous boot's crash (" + crash.reason + ") saved as " + path.string());
  } catch (const std::exception& e) {
    metrics_.capture_failures++;
    Log(std::string("crash bundle not saved: ") + e.what());
  }
}

void CaptureDaemon::PruneRecent(uint64_t now) {
  uint64_t keep = Ns(o_.pre_s + o_.post_s) + 5 * kSec;
  auto old = [&](const bundle::Episode& e) { return e.end_ns && *e.end_ns + keep < now; };
  while (!recent_episodes_.empty() && recent_episodes_.size() > 1000) recent_episodes_.pop_front();
  while (!recent_episodes_.empty() && old(recent_episodes_.front())) recent_episodes_.pop_front();
  // Driver evidence no window will reach any more (a capture in progress
  // takes its own in Finish before this runs again).
  if (!pending_)
    while (!held_evidence_.empty() && held_evidence_.front().event.ts_ns + keep < now) held_evidence_.pop_front();
}

void CaptureDaemon::PollRing() {
  if (!ring_) return;
  const std::vector<bundle::Sample> fresh = ring_->Poll();
  // A producer describes a sensor before it pushes to it: read after the
  // records, the table names (and gives the unit of) every one of them
  // before its first sample is judged.
  if (ring_->SensorsChanged()) {
    const auto sensors = ring_->Sensors();
    for (const auto& s : sensors) triggers_->SetSensor(s);
    devices_.SetSensors(sensors);
    if (cooling_) cooling_->SetSensors(sensors);
  }
  for (const auto& s : fresh) {
    if (s.flags & TEMPMON_F_THR_START) metrics_.episodes++;
    devices_.OnSample(s);
    for (auto& f : triggers_->OnSample(s)) Fire(f.kind, f.reason, f.ts_ns);
  }
  // The cooling model after the triggers have seen the batch: a few
  // additions per sample; its judging and saving wait for the tick.
  if (cooling_)
    for (const auto& s : fresh) cooling_->OnSample(s);
  // Keep the pre-window; a capture in progress may reach further back when
  // its trigger came from a backlog of records.
  uint64_t keep = Ns(o_.pre_s + o_.post_s) + 2 * Ns(o_.tick_s);
  // A window may start at a stream's start, up to a period before --pre.
  if (precompress_) keep += Precompressor::PeriodFor(Ns(o_.pre_s));
  if (pending_) keep = std::max(keep, MonoNow() - std::min(MonoNow(), pending_->trigger.ts_ns - std::min(pending_->trigger.ts_ns, Ns(o_.pre_s))));
  ring_->Trim(keep, o_.max_samples);
  if (precompress_) precompress_->Update(*ring_);
}

void CaptureDaemon::PollKmsg(bool at_start) {
  if (!kmsg_) return;
  for (;;) {
    auto records = kmsg_->ReadAvailable();
    if (records.empty()) break;
    for (auto& r : records) {
      JudgeKmsg(r, at_start);
      kmsg_log_.Add(std::move(r));
    }
    if (!at_start) break;  // live: the next EPOLLIN brings the rest
  }
  metrics_.kmsg_dropped = kmsg_->dropped() + kmsg_log_.evicted();
}

// Every line is judged, whatever the triggers: the bundle carries the
// capture's verdict on each line it holds (kmsg_match events, each
// record's `burst`), and the viewer shows those rather than judging again.
// Only the triggers depend on the policy; the backlog found at start-up
// triggers only with --boot-replay (else old lines would trigger).
void CaptureDaemon::JudgeKmsg(bundle::KmsgRecord& r, bool at_start) {
  const bundle::Verdict v = bundle::Judge(r, kmsg_bursts_);
  if (!v) return;
  r.burst = v.burst->first_seq;
  const signatures::Match& m = v.match;
  if (at_start) v.burst->found_at_start = true;
  if (v.first) devices_.OnFinding(m);
  // A burst of the same signature is counted in its first entry and
  // never triggers again.
  if (!v.first || !policy_->Triggers(m) || (at_start && !o_.boot_replay)) return;
  if (!v.burst->benign_in_context.empty()) {
    if (o_.verbose) Log("not a trigger, benign in context: " + m.Headline() + " (" + v.burst->benign_in_context + ")");
    return;
  }
  const std::string& line = v.burst->first_text;
  std::string reason = std::string(m.test ? "TEST (--test-signature): " : "") + m.Headline() +
                       "; kernel log: " + line;
  if (!at_start) {
    Fire(signatures::TriggerPolicy::KindOf(m), reason, MonoNow());
    return;
  }
  // Logged before the capture started: one bundle per boot, at the
  // line's own kernel time, remembered in the spool across restarts.
  if (spool_->Seen(boot_key_)) {
    Log("found at start, already reported for this boot: " + m.Headline());
    return;
  }
  Fire(signatures::TriggerPolicy::KindOf(m), "found at start: " + reason, v.burst->first_ns, boot_key_);
}

void CaptureDaemon::PollProbe() {
  if (probe_) {
    probe_->Poll(std::chrono::milliseconds(0));
    metrics_.bpf_dropped = probe_->DroppedCount();
  }
}

void CaptureDaemon::PollUevents() {
  if (!uevents_) return;
  const uint64_t now = MonoNow();
  const std::filesystem::path root = o_.sysroot;
  for (uevent::Uevent& u : uevents_->ReadAvailable()) {
    evidence::Worker::Job job;
    std::string what;
    if (u.subsystem == "devcoredump" && u.action == "add") {
      what = "device coredump " + u.devpath;
      job = [root, path = u.devpath, now] { return evidence::ReadDevcoredump(root, path, now); };
    } else if (u.subsystem == "drm" && u.action == "change") {
      std::string keys;
      bool error_state = false;
      if (!signatures::ClassifyDrmUevent(u.env, &keys, &error_state)) continue;
      what = "DRM uevent " + keys + " on " + u.devpath;
      const uint64_t seq = ++drm_seq_;
      job = [root, path = u.devpath, now, keys, error_state, seq] {
        evidence::Evidence ev = evidence::ReadDrmEvent(root, path, now, error_state, seq);
        ev.event.uevent = keys;
        return ev;
      };
    } else {
      continue;
    }
    if (o_.verbose) Log("uevent: " + what);
    if (!evidence_->Post(std::move(job))) {
      // Said, never silently missed: the event without its bytes.
      evidence::Evidence ev;
      ev.event.ts_ns = now;
      ev.event.source = u.subsystem;
      ev.event.name = u.devpath.substr(u.devpath.rfind('/') + 1);
      ev.event.status = "unreadable";
      ev.event.message = "not read: " + std::to_string(evidence::Worker::kMaxQueued) +
                         " earlier uevents were still being read";
      TakeEvidence(std::move(ev));
    }
  }
  uevent_status_.message = "device coredumps and DRM uevents; " + std::to_string(uevents_->forged()) +
                           " messages not from the kernel dropped, " + std::to_string(uevents_->overruns()) +
                           " socket overruns (uevents lost), " + std::to_string(uevents_->malformed()) +
                           " malformed";
}

void CaptureDaemon::PollEvidence() {
  if (!evidence_) return;
  for (evidence::Evidence& ev : evidence_->Take()) TakeEvidence(std::move(ev));
}

void CaptureDaemon::TakeEvidence(evidence::Evidence ev) {
  bundle::DeviceEvent& e = ev.event;
  signatures::Match m;
  if (e.source == "devcoredump") {
    m = signatures::ClassifyDevcoredump(e.driver);
  } else {
    std::map<std::string, std::string> env;
    const size_t eq = e.uevent.find('=');
    if (eq != std::string::npos) env[e.uevent.substr(0, eq)] = e.uevent.substr(eq + 1);
    m = signatures::ClassifyDrmUevent(env, nullptr, nullptr);
  }
  if (m) {
    e.signature = m.id;
    e.cls = m.cls;
    e.vendor = m.vendor;
    e.severity = m.severity;
    e.triggers = m.trigger;
    e.meaning = m.meaning;
    e.action = m.action;
  }
  size_t held = 0;
  for (const HeldEvidence& h : held_evidence_) held += h.attachment.has_value();
  if (ev.attachment && held >= bundle::kMaxAttachments) {
    e.status = "not_kept";
    e.message = "read (" + std::to_string(e.kept_bytes.value_or(0)) + " bytes) but not kept: " +
                std::to_string(bundle::kMaxAttachments) + " dumps are already waiting for a bundle";
    e.member.reset();
    ev.attachment.reset();
  }
  std::string line = (e.source == "devcoredump" ? "device coredump " : "DRM uevent " + e.uevent + " on ") + e.name +
                     " (device " + (e.device.empty() ? "?" : e.device) + ", driver " +
                     (e.driver.empty() ? "none" : e.driver) + "): " + e.status;
  if (e.kept_bytes) line += ", " + std::to_string(*e.kept_bytes) + " bytes" + (e.cut ? " (cut)" : "");
  if (!e.message.empty()) line += "; " + e.message;
  Log(line);
  const uint64_t ts = e.ts_ns;
  held_evidence_.push_back({std::move(e), std::move(ev.attachment)});
  // A storm of uevents (a driver resetting in a loop) is bounded: the
  // oldest events go first; each was logged above.
  while (held_evidence_.size() > kMaxHeldEvidence) held_evidence_.pop_front();
  if (!m || !policy_->Triggers(m)) return;
  const std::string kind = m.cls == "devcoredump" ? "devcoredump" : signatures::TriggerPolicy::KindOf(m);
  Fire(kind, line, ts);
}

void CaptureDaemon::Fire(const std::string& kind, const std::string& reason, uint64_t mono_ns,
                         const std::string& seen_key) {
  uint64_t now = MonoNow();
  // A sample's time may lie in the past (read late); never in the future.
  if (mono_ns == 0 || mono_ns > now) mono_ns = now;
  if (pending_) {
    bundle::TriggerEvent later;
    later.kind = kind;
    later.reason = reason;
    later.ts_ns = mono_ns;
    pending_->also.push_back(later);
    if (o_.verbose) Log("trigger " + kind + " joins the capture in progress: " + reason);
    return;
  }
  if (!debounce_.Allow(now)) {
    metrics_.suppressed = debounce_.suppressed();
    if (o_.verbose) Log("trigger " + kind + " suppressed (cooldown): " + reason);
    return;
  }
  Pending p;
  p.trigger.kind = kind;
  p.trigger.reason = reason;
  p.trigger.ts_ns = mono_ns;
  p.trigger.wall_ns = WallNow() - static_cast<int64_t>(now - mono_ns);
  p.end_mono_ns = mono_ns + Ns(o_.post_s);
  p.before = snap_->StartBefore();
  p.seen_key = seen_key;
  if (gpu_facts_) p.gpu_at_trigger = gpu_facts_->Nvml(now);
  // A fresh SEL read during the post-trigger window: what the BMC logged
  // about this episode is normally read by the window's end.
  if (bmc_sel_) bmc_sel_->Kick();
  Log("trigger " + kind + ": " + reason + "; capturing until +" + std::to_string(o_.post_s) + " s");
  pending_ = std::move(p);
}

bool CaptureDaemon::Finish() {
  const uint64_t t0 = MonoNow();
  // The last records first, while the pending window still protects the
  // history from trimming.
  PollRing();
  PollKmsg();
  PollProbe();
  PollEvidence();
  Pending p = std::move(*pending_);
  pending_.reset();
  WindowData w;
  std::unique_ptr<bundle::PrecompressedMember> ahead;  // w.csv_ahead
  w.after = snap_->StartAfter();
  w.trigger = p.trigger;
  w.window_start_mono_ns = p.trigger.ts_ns > Ns(o_.pre_s) ? p.trigger.ts_ns - Ns(o_.pre_s) : 0;
  w.window_end_mono_ns = std::min(p.end_mono_ns, MonoNow());
  w.before = p.before;
  if (ring_) {
    w.sensors = ring_->Sensors();
    w.samples = ring_->Window(w.window_start_mono_ns, w.window_end_mono_ns);
    if (precompress_ && !w.samples.empty()) ahead = TakePrecompressed(w);
    if (!w.csv_ahead) w.csv_rows = ring_->Rows(w.samples);
    w.module_version = ring_->ModuleVersion();
    w.losses.ring_overwritten = ring_->Stats().lost;
    w.losses.ring_torn = ring_->Stats().torn;
    w.losses.ring_dropped_frozen = ring_->DroppedFrozen();
    metrics_.ring_lost = ring_->Stats().lost;
    metrics_.ring_torn = ring_->Stats().torn;
    ring_status_.message = ring_->Describe() + (source_note_.empty() ? "" : " (--source auto: " + source_note_ + ")") + ": " + std::to_string(w.samples.size()) +
                           " samples in the window, " + std::to_string(ring_->Stats().lost) +
                           " lost since start";
  }
  // Episodes still open in the kernel: their steps so far, read now. One
  // that closes meanwhile has sent its record: polling after the read
  // picks it up, and a closed record wins over the open state.
  std::vector<bundle::Episode> open_now;
  if (probe_) {
    open_now = probe_->OpenEpisodes();
    PollProbe();
  }
  for (auto& e : MergeEpisodes(EpisodesFromSamples(w.samples, w.sensors), recent_episodes_, open_now, w.sensors))
    if (e.start_ns <= w.window_end_mono_ns && e.end_ns.value_or(UINT64_MAX) >= w.window_start_mono_ns)
      w.episodes.push_back(std::move(e));
  // The bursts of the window, and every burst a line of the bundle's
  // kernel log counted in: each such line's verdict has its event.
  std::optional<std::vector<bundle::KmsgRecord>> kmsg_copy;
  std::set<uint64_t> judged;
  if (kmsg_) {
    kmsg_copy = kmsg_log_.Copy();
    for (const auto& k : *kmsg_copy)
      if (k.burst) judged.insert(*k.burst);
  }
  for (const auto& b : kmsg_bursts_.bursts())
    if ((b.last_ns >= w.window_start_mono_ns && b.first_ns <= w.window_end_mono_ns + 5 * kSec) ||
        (b.first_seq && judged.count(*b.first_seq)))
      w.events.push_back(bundle::ToMatchEvent(b));
  for (auto& a : p.also) w.events.push_back(a);
  // Driver evidence of the window: taken by this bundle, so its bytes are
  // held once and written once.
  for (auto it = held_evidence_.begin(); it != held_evidence_.end();) {
    if (it->event.ts_ns < w.window_start_mono_ns || it->event.ts_ns > w.window_end_mono_ns + 5 * kSec) {
      ++it;
      continue;
    }
    if (it->attachment) {
      if (w.attachments.size() < bundle::kMaxAttachments) {
        w.attachments.push_back(std::move(*it->attachment));
      } else {
        it->event.status = "not_kept";
        it->event.message = "the bundle holds " + std::to_string(bundle::kMaxAttachments) + " attachments at most";
        it->event.member.reset();
      }
    }
    w.events.push_back(std::move(it->event));
    it = held_evidence_.erase(it);
  }
  if (kmsg_) {
    w.kmsg = std::move(kmsg_copy);
    w.losses.kmsg_dropped = kmsg_->dropped() + kmsg_log_.evicted();
    kmsg_status_.message = o_.kmsg + ": " + std::to_string(kmsg_log_.size()) +
                           " records held from the live reader (" +
                           std::to_string(kmsg_log_.evicted()) + " oldest dropped past " +
                           std::to_string(kmsg_log_.max_bytes() >> 10) + " KiB)";
  }
  w.losses.bpf_dropped = metrics_.bpf_dropped;
  w.source_collectors = {ring_status_, kmsg_status_, bpf_status_, uevent_status_};
  if (cooling_) w.extra_system["cooling_health"] = cooling_->ToJson();
  AddGpuFacts(w, p.gpu_at_trigger);
  if (!o_.bmc_error.empty()) w.source_collectors.push_back({"bmc.sel", "failed", o_.bmc_error, 0});
  if (bmc_sel_) {
    // From the cache: never waited for (see BmcSelCache).
    const uint64_t now = MonoNow();
    nlohmann::json sel = bmc_sel_->Sel(now);
    if (!sel.is_null()) w.extra_system["bmc"] = {{"sel", std::move(sel)}};
    w.source_collectors.push_back(bmc_sel_->Status(now));
  }
  if (!source_note_.empty()) w.extra_system["source"] = {{"requested", o_.source}, {"used", std::string("shm:") + ring::kDefaultShmName}, {"why", source_note_}};

  bool ok = true;
  try {
    bundle::Contents c;
    auto path = snap_->Write(std::move(w), &c);
    // The taken stream is made again now, not while the bundle was written.
    if (precompress_) precompress_->Resume();
    if (!p.seen_key.empty()) spool_->MarkSeen(p.seen_key);
    ++captures_;
    metrics_.captures_by_trigger[c.trigger.kind]++;
    int32_t peak = INT32_MIN;
    for (const auto& s : c.samples)
      if (!(s.flags & TEMPMON_F_MARKER)) peak = std::max(peak, s.temp_mc);
    if (peak != INT32_MIN) metrics_.last_peak_mc = peak;
    for (const auto& col : c.collectors)
      if (col.status == "timeout") metrics_.collector_timeouts++;
    std::cout << path.string() << std::endl;  // the one line scripts read
    Log("bundle written: " + path.string() + " (" + std::to_string(c.samples.size()) +
        " samples, " + std::to_string(c.kmsg.size()) + " kernel log records; " +
        (ahead && ahead->used() ? std::to_string(ahead->fed()) + " bytes of samples.csv compressed ahead; " : "") +
        std::to_string((MonoNow() - t0) / 1000) + " us from window end to fsync)");
  } catch (const std::exception& e) {
    ok = false;
    metrics_.capture_failures++;
    Log(std::string("capture failed: ") + e.what());
    if (precompress_) precompress_->Resume();
  }
  debounce_.Captured(MonoNow());
  // A ring the kernel auto-froze for this episode can record again.
  if (ring_ && ring_->Frozen() && !ring_->Thaw() && o_.verbose)
    Log("the ring stays frozen (thaw needs CAP_SYS_ADMIN)");
  if (triggers_ && ring_) triggers_->NoteDiscontinuity();
  WriteMetrics();
  return ok;
}

// The window from the stream compressed ahead that begins it: from that
// stream's start (up to a period before --pre), when the history from
// there on is exactly the rows the stream was fed; else the window stays.
std::unique_ptr<bundle::PrecompressedMember> CaptureDaemon::TakePrecompressed(WindowData& w) {
  const uint64_t period = Precompressor::PeriodFor(Ns(o_.pre_s));
  const uint64_t w0 = w.window_start_mono_ns;
  std::unique_ptr<Precompressor::Taken> t = precompress_->Take(w.samples.front().seq, w0 > period ? w0 - period : 0);
  if (!t) return nullptr;
  // A window that already begins at the stream's start is kept (no
  // second copy of it on the trigger path).
  std::vector<bundle::Sample> samples;
  if (w.samples.front().seq == t->first_seq)
    samples = std::move(w.samples);
  else
    samples = ring_->Window(t->first_mono_ns, w.window_end_mono_ns);
  if (samples.empty() || samples.front().seq != t->first_seq) return nullptr;
  std::unique_ptr<bundle::CsvRows> rows = ring_->Rows(samples);
  if (!rows || !Precompressor::Continues(*t, rows->pieces)) {
    if (w.samples.empty()) w.samples = std::move(samples);  // the window it was
    return nullptr;
  }
  w.window_start_mono_ns = std::min(w.window_start_mono_ns, t->first_mono_ns);
  w.samples = std::move(samples);
  w.csv_rows = std::move(rows);
  w.csv_ahead = t->csv.get();
  return std::move(t->csv);
}

// GPU facts from the cache: never waited for (see GpuFactsCache).
void CaptureDaemon::AddGpuFacts(WindowData& w, const nlohmann::json& at_trigger) const {
  if (!gpu_facts_) return;
  const uint64_t now = MonoNow();
  nlohmann::json after = gpu_facts_->Nvml(now);
  if (!after.is_null() || !at_trigger.is_null())
    w.extra_system["gpu_nvml"] = {{"at_trigger", at_trigger}, {"after_window", after}};
  nlohmann::json smi = gpu_facts_->NvidiaSmi(now);
  if (!smi.is_null()) w.extra_system["gpu"] = smi;
  w.source_collectors.push_back(gpu_facts_->NvmlStatus(now));
  w.source_collectors.push_back(gpu_facts_->SmiStatus(now));
}

void CaptureDaemon::WriteMetrics() {
  if (o_.metrics.empty()) return;
  try {
    metrics_written_ns_ = MonoNow();
    metrics_.WriteAtomically(
        o_.metrics, devices_.Format(metrics_written_ns_) +
                        (cooling_ ? cooling_->Metrics([this](const std::string& s) { return devices_.LabelsOf(s); })
                                  : std::string()));
  } catch (const std::exception& e) {
    Log(e.what());
  }
}

void CaptureDaemon::CoolingTick(uint64_t now, bool force_save) {
  if (!cooling_) return;
  if (now >= cooling_peers_ns_ + 60 * kSec) {
    cooling_->JudgePeers();
    cooling_peers_ns_ = now;
  }
  for (const cooling::Anomaly& a : cooling_->TakeNew()) {
    const std::string reason = "cooling health of " + a.name + " (" + a.device + "): " + a.verdict.kind + ", " +
                               a.verdict.cause + ": " + a.verdict.detail;
    if (o_.on_anomaly == "all" || o_.on_anomaly == a.verdict.kind) Fire("anomaly", reason, now);
    else Log(reason);
  }
  if ((force_save || now >= cooling_saved_ns_ + 600 * kSec) && cooling_->HasLearnt()) {
    cooling_saved_ns_ = now;
    try {
      cooling_->Save(spool_->folder());
    } catch (const std::exception& e) {
      Log(std::string("cooling baselines not saved: ") + e.what());
    }
  }
}

void CaptureDaemon::ArmTimer() {
  uint64_t now = MonoNow();
  uint64_t next = now + Ns(o_.tick_s);
  if (pending_) next = std::min(next, std::max(pending_->end_mono_ns, now + 1000));
  itimerspec its{};
  its.it_value.tv_sec = static_cast<time_t>(next / kSec);
  its.it_value.tv_nsec = static_cast<long>(next % kSec);
  ::timerfd_settime(timer_.get(), TFD_TIMER_ABSTIME, &its, nullptr);
}

void CaptureDaemon::OnSignal() {
  signalfd_siginfo si;
  while (::read(signal_.get(), &si, sizeof si) == sizeof si) {
    if (si.ssi_signo == SIGUSR1) {
      Fire("manual", "SIGUSR1 from PID " + std::to_string(si.ssi_pid), MonoNow());
    } else if (si.ssi_signo == SIGHUP) {
      WriteMetrics();
    } else {
      Log(std::string("stopping on ") + strsignal(static_cast<int>(si.ssi_signo)));
      stop_ = true;
    }
  }
}

int CaptureDaemon::Run() {
  // Before anything else: a SIGUSR1 or SIGTERM sent while we start must
  // wait for the signalfd, not kill the process with its default action.
  sigset_t early;
  sigemptyset(&early);
  for (int s : {SIGTERM, SIGINT, SIGUSR1, SIGHUP}) sigaddset(&early, s);
  pthread_sigmask(SIG_BLOCK, &early, nullptr);
  try {
    spool_ = std::make_unique<spool::Spool>(o_.out);
  } catch (const std::exception& e) {
    Log(e.what());
    return kExitSpool;
  }
  for (const auto& p : spool_->CleanTemporaries())
    Log("removed a partial bundle left by a crash: " + p.filename().string());
  snap_ = std::make_unique<Snapshotter>(o_, *spool_);
  {
    cooling_ = std::make_unique<cooling::Host>(cooling::WithLearning(cooling::DefaultParams(), o_.cooling_learn_s));
    const std::string err = cooling_->Load(spool_->folder());
    if (!err.empty()) Log(err);
    cooling_saved_ns_ = MonoNow();
  }
  devices_.SetHost(snap_->Host());
  bundle::PrepareWriter();
  try {
    Setup();
  } catch (const ring::RingError& e) {
    Log(std::string("no sample source: ") + e.what());
    return kExitSource;
  } catch (const std::exception& e) {
    Log(e.what());
    return o_.source != "none" && !ring_ ? kExitSource : kExitFailure;
  }
  ProcessCrashes();
  boot_key_ = "kmsg-boot:" + facts::ReadTrimmedOr(std::filesystem::path(o_.sysroot) / "proc/sys/kernel/random/boot_id", "unknown");
  PollKmsg(true);
  WriteMetrics();

  bool only_now = o_.now && !(o_.on_throttle || o_.on_hang || o_.on_temp_c || o_.on_rise_c_per_s);
  exit_after_capture_ = o_.once || only_now;
  // A running service compresses samples.csv ahead; a one-shot capture
  // has no time before its trigger to do it in.
  if (ring_ && o_.precompress && !only_now)
    precompress_ = std::make_unique<Precompressor>(Ns(o_.pre_s), Precompressor::PeriodFor(Ns(o_.pre_s)));
  PollRing();  // what the ring already holds is the pre-window of --now
  // A one-shot capture started a moment ago: its GPU facts are the first
  // read, bounded by the collector deadline. A running service's are cached.
  if (o_.now && gpu_facts_) gpu_facts_->WaitFirstReads(std::chrono::milliseconds(static_cast<int64_t>(o_.collector_timeout_s * 1000)));
  if (o_.now && bmc_sel_) bmc_sel_->WaitFirstRead(std::chrono::milliseconds(static_cast<int64_t>(o_.bmc_timeout_s * 1000)));
  if (o_.now) Fire("manual", "--now", MonoNow());
  // One line a user (and a script waiting for readiness) can rely on.
  Log("watching " + (ring_ ? ring_->Describe() : std::string("no ring")) +
      (source_note_.empty() ? "" : " (--source auto: " + source_note_ + ")") +
      (kmsg_ ? ", kernel log" : "") + (probe_ ? ", BPF probe" : "") +
      (uevents_ ? ", device coredumps and DRM uevents" : "") + "; spool " + o_.out);

  epoll_event evs[8];
  while (!stop_) {
    if (pending_ && MonoNow() >= pending_->end_mono_ns) {
      bool ok = Finish();
      if (!ok && exit_after_capture_) return kExitCaptureFailed;
      if (exit_after_capture_) break;
      continue;
    }
    ArmTimer();
    int n = ::epoll_wait(epoll_.get(), evs, 8, -1);
    if (n < 0) {
      if (errno == EINTR) continue;
      ThrowErrno("epoll_wait");
    }
    bool tick = false;
    for (int i = 0; i < n; ++i) {
      switch (evs[i].data.u64) {
        case kTagRing: PollRing(); break;
        case kTagKmsg: PollKmsg(); break;
        case kTagProbe: PollProbe(); break;
        case kTagUevent: PollUevents(); break;
        case kTagEvidence: PollEvidence(); break;
        case kTagSignal: OnSignal(); break;
        case kTagTimer: {
          uint64_t x;
          while (::read(timer_.get(), &x, sizeof x) == sizeof x) {}
          tick = true;
          break;
        }
      }
    }
    if (tick) {
      PollRing();
      uint64_t now = MonoNow();
      if (triggers_)
        for (const auto& f : triggers_->OnTick(now, ring_->Frozen())) Fire(f.kind, f.reason, f.ts_ns);
      PruneRecent(now);
      proc::ReapChildren();
      if (gpu_facts_) gpu_facts_->Tick(now);
      if (bmc_sel_) bmc_sel_->Tick(now);
      // The device gauges are as fresh as a scrape needs, and no fresher.
      if (now >= metrics_written_ns_ + Ns(o_.metrics_every_s)) WriteMetrics();
      CoolingTick(now);
    }
  }
  // Stopping with a capture in progress: write what we have.
  if (pending_) {
    if (!Finish() && exit_after_capture_) return kExitCaptureFailed;
  }
  CoolingTick(MonoNow(), true);
  return exit_code_;
}

}  // namespace tempmon::capture
