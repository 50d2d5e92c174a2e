// The event loop: one epoll over the ring device (POLLPRI), /dev/kmsg,
// the BPF ring buffer, a timerfd and a signalfd. No busy polling: between
// events the process sleeps until the next tick (--tick) or deadline.
#pragma once

#include <deque>
#include <memory>
#include <optional>
#include <string>

#include "capture/app/options.h"
#include "capture/app/precompress.h"
#include "capture/app/ring_source.h"
#include "capture/app/snapshot.h"
#include "tempmon/sys/unique_fd.h"
#include "capture/cooling/host.h"
#include "capture/kmsg/kmsg_source.h"
#include "capture/pstore/crash_records.h"
#include "capture/metrics/device_metrics.h"
#include "capture/metrics/metrics.h"
#include "capture/trigger/debouncer.h"
#include "tempmon/spool/spool.h"
#include "capture/collect/bmc_sel_cache.h"
#include "capture/collect/gpu_facts_cache.h"
#include "capture/trigger/sample_triggers.h"
#include "capture/uevent/evidence_worker.h"
#include "capture/uevent/uevent_socket.h"
#include "tempmon/bundle/records.h"
#include "tempmon/signatures/signatures.h"

namespace tempmon::probe {
class ThrottleProbe;
}

namespace tempmon::capture {

class CaptureDaemon {
 public:
  explicit CaptureDaemon(Options o);
  ~CaptureDaemon();
  CaptureDaemon(const CaptureDaemon&) = delete;
  CaptureDaemon& operator=(const CaptureDaemon&) = delete;

  // Runs until SIGTERM/SIGINT (or the first bundle with --once). Returns
  // the process exit code.
  int Run();

 private:
  struct Pending {
    bundle::Trigger trigger;
    uint64_t end_mono_ns = 0;
    std::vector<bundle::TriggerEvent> also;  // later triggers, same episode
    std::shared_ptr<CollectorRunner> before;
    std::string seen_key;  // remembered in the spool once the bundle is written
    nlohmann::json gpu_at_trigger;  // cached NVML facts when it fired
  };

  void Setup();
  void AddGpuFacts(WindowData& w, const nlohmann::json& at_trigger) const;
  // An earlier boot's crash (pstore, kdump) becomes one crash bundle.
  void ProcessCrashes();
  void WriteCrash(pstore::Crash& c, const std::vector<pstore::BootRecord>& boots);
  void PollRing();
  // at_start: the backlog logged in this boot before the capture started,
  // read whole into kmsg_log_ and judged like live lines (found_at_start);
  // it triggers only with --boot-replay.
  void PollKmsg(bool at_start = false);
  void JudgeKmsg(bundle::KmsgRecord& r, bool at_start);
  void PollProbe();
  // Kernel uevents: a new device coredump or a DRM uevent the catalogue
  // knows is read on the evidence worker; its result is an event (and an
  // attachment) held for the next bundle, and a trigger by the catalogue.
  void PollUevents();
  void PollEvidence();
  void TakeEvidence(evidence::Evidence ev);
  void OnSignal();
  void Fire(const std::string& kind, const std::string& reason, uint64_t mono_ns,
            const std::string& seen_key = {});
  bool Finish();  // writes the pending bundle; false on failure
  // The stream compressed ahead for `w`, which then points to it.
  std::unique_ptr<bundle::PrecompressedMember> TakePrecompressed(WindowData& w);
  void ArmTimer();
  void WriteMetrics();
  // The cooling model's clock work: peers, new anomalies (a trigger with
  // --on-anomaly), the baselines saved now and then. Never in PollRing.
  void CoolingTick(uint64_t now, bool force_save = false);
  void Log(const std::string& msg) const;
  void PruneRecent(uint64_t now);

  Options o_;
  std::unique_ptr<spool::Spool> spool_;
  std::unique_ptr<Snapshotter> snap_;
  std::unique_ptr<RingSource> ring_;
  std::unique_ptr<Precompressor> precompress_;  // a running service's samples.csv, compressed ahead
  std::unique_ptr<kmsg::KmsgSource> kmsg_;
  kmsg::KmsgLog kmsg_log_{kmsg::kKeepUnknownBytes};  // the bundles' kernel log (bound set in Setup)
  std::unique_ptr<probe::ThrottleProbe> probe_;
  std::optional<SampleTriggers> triggers_;
  Debouncer debounce_;
  Metrics metrics_;
  DeviceMetrics devices_;
  uint64_t metrics_written_ns_ = 0;
  sys::UniqueFd epoll_, timer_, signal_;
  std::optional<Pending> pending_;
  std::optional<signatures::TriggerPolicy> policy_;
  signatures::Tracker kmsg_bursts_;  // kernel-log matches, one entry per burst
  std::string boot_key_;             // spool key: this boot's start-of-log bundle
  std::unique_ptr<GpuFactsCache> gpu_facts_;
  std::unique_ptr<BmcSelCache> bmc_sel_;  // --bmc: the SEL, read off the loop
  std::string source_note_;  // why --source auto chose the ring it did
  std::deque<bundle::Episode> recent_episodes_;  // BPF episodes
  std::unique_ptr<uevent::UeventSocket> uevents_;
  std::unique_ptr<evidence::Worker> evidence_;
  struct HeldEvidence {
    bundle::DeviceEvent event;
    std::optional<bundle::Attachment> attachment;
  };
  std::deque<HeldEvidence> held_evidence_;  // until a bundle takes it or it is older than a window
  uint64_t drm_seq_ = 0;                    // numbers the error-state attachments
  bundle::Collector uevent_status_;
  bundle::Collector ring_status_, kmsg_status_, bpf_status_;
  bool stop_ = false;
  bool exit_after_capture_ = false;
  int exit_code_ = kExitOk;
  uint64_t captures_ = 0;
  std::unique_ptr<cooling::Host> cooling_;
  uint64_t cooling_saved_ns_ = 0, cooling_peers_ns_ = 0;
};

}  // namespace tempmon::capture
