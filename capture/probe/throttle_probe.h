// ThrottleProbe: loads throttle.bpf.c (embedded skeleton), attaches what
// the running kernel has, and delivers typed episodes/events.
//
// Lifecycle: construct (open -> rodata tunables -> autoload decisions ->
// load -> trip table -> attach each program) -> Poll() or watch EpollFd()
// -> destroy (detaches everything). Construction throws ProbeError with an
// actionable message; a caller that can live without the probe catches it
// and records the message.
#pragma once

#include <chrono>
#include <cstdint>
#include <functional>
#include <memory>
#include <stdexcept>
#include <string>
#include <vector>

#include "probe_types.h"

struct throttle_bpf;
struct baseline_bpf;
struct ring_buffer;

namespace tempmon::probe {

class ProbeError : public std::runtime_error {
 public:
  ProbeError(const std::string& what, int err) : std::runtime_error(what), err_(err) {}
  int err() const { return err_; }  // positive errno, 0 if none

 private:
  int err_;
};

struct ProbeOptions {
  std::chrono::milliseconds window{2000};  // correlation window
  std::chrono::milliseconds quiet{500};    // recovery must hold this long
  int32_t default_hysteresis_mc = 2000;    // trips with unknown hysteresis
  bool raw_events = false;                 // also send every tracepoint hit
  bool tempmon_samples = false;            // attach tempmon:tempmon_sample
  bool freq_opens_episode = true;          // a max-freq drop alone opens one
  std::vector<std::string> zones;          // zones of interest; empty = all
  bool verbose = false;                    // libbpf's own messages to stderr
  uint32_t ring_bytes = 256 * 1024;        // ring buffer: power of 2, >= page size
  // Where tracefs is expected. When it holds no tracefs, the probe mounts
  // one there (as systemd does at boot), else falls back to debugfs'
  // tracing/ folder, mounting debugfs if needed; Tracefs()/TracefsNote() say
  // what it used and did. mount_tracefs = false only looks.
  std::string tracefs = "/sys/kernel/tracing";
  std::string debugfs = "/sys/kernel/debug";
  bool mount_tracefs = true;
  std::string thermal_sysfs = "/sys/class/thermal";
  std::string btf = "/sys/kernel/btf/vmlinux";
};

struct AttachStatus {
  std::string program;     // BPF program name
  std::string tracepoint;  // "sys:event"
  bool attached = false;
  std::string reason;      // why not, when not attached
};

struct ProbeStats {
  uint64_t ringbuf_drops = 0;  // records lost: ring buffer full
  uint64_t events = 0;         // tracepoint hits handled
  uint64_t opened = 0;
  uint64_t closed = 0;
  uint64_t no_slot = 0;        // episodes that could not open (map full)
};

// Kernel-side cost of one program (needs kernel.bpf_stats_enabled=1,
// otherwise the counters stay 0).
struct ProgramStat {
  std::string program;
  std::string tracepoint;
  uint64_t run_cnt = 0;
  uint64_t run_time_ns = 0;
};

class ThrottleProbe {
 public:
  using EpisodeFn = std::function<void(const Episode&)>;
  using EventFn = std::function<void(const Event&)>;

  ThrottleProbe(const ProbeOptions& opts, EpisodeFn on_episode, EventFn on_event = {});
  ~ThrottleProbe();
  ThrottleProbe(const ThrottleProbe&) = delete;
  ThrottleProbe& operator=(const ThrottleProbe&) = delete;

  const std::vector<AttachStatus>& Status() const { return status_; }
  size_t AttachedCount() const;
  size_t TripsLoaded() const { return trips_loaded_; }
  // The tracefs folder in use, and what the probe did to have one ("" when
  // it was already there), e.g. "mounted tracefs at /sys/kernel/tracing".
  const std::string& Tracefs() const { return tracefs_; }
  const std::string& TracefsNote() const { return tracefs_note_; }

  // Delivers what is ready, waiting up to timeout; returns records handled.
  int Poll(std::chrono::milliseconds timeout);
  // Readable when an episode record is ready (or the ring is a quarter
  // full); then call Poll(0ms). Raw events do not wake the reader one by
  // one (that would cost more than the programs): with raw_events, also
  // call Poll at least every ~100 ms.
  int EpollFd() const;

  // The episodes open in the kernel right now, as far as they got: steps
  // so far, peak, deepest cooling state, latencies (type "episode", no
  // end, open_at_window_end). The probe reports an episode's steps when it
  // closes; a capture window that ends first reads them here. A copy races
  // with the programs updating the same entry: it may miss the latest
  // step, never holds a step beyond the count it read.
  std::vector<Episode> OpenEpisodes() const;

  uint64_t DroppedCount() const { return Stats().ringbuf_drops; }
  ProbeStats Stats() const;
  std::vector<ProgramStat> ProgramStats() const;  // attached programs only

 private:
  struct SkelDeleter { void operator()(throttle_bpf* s) const; };
  struct RingDeleter { void operator()(ring_buffer* r) const; };

  void FindTracefs(const ProbeOptions& opts);
  void Open(const ProbeOptions& opts);
  void Decide(const ProbeOptions& opts);
  void LoadTrips(const ProbeOptions& opts);
  void Attach();
  static int OnSample(void* ctx, void* data, size_t size);

  std::unique_ptr<throttle_bpf, SkelDeleter> skel_;
  std::unique_ptr<ring_buffer, RingDeleter> ring_;  // freed before skel_
  std::vector<AttachStatus> status_;
  EpisodeFn on_episode_;
  EventFn on_event_;
  size_t trips_loaded_ = 0;
  std::string tracefs_;
  std::string tracefs_note_;
  bool verbose_ = false;
};

// The empty programs of capture/probe/baseline.bpf.c on the same tracepoints: the
// overhead baseline of scripts/bench-bpf (tempmon-probe --baseline-progs).
// A separate object from the probe's own; construct it after a
// ThrottleProbe, whose construction found or mounted tracefs.
class BaselinePrograms {
 public:
  BaselinePrograms();  // loads, then attaches each program it can; throws ProbeError
  ~BaselinePrograms();
  BaselinePrograms(const BaselinePrograms&) = delete;
  BaselinePrograms& operator=(const BaselinePrograms&) = delete;

  const std::vector<AttachStatus>& Status() const { return status_; }
  std::vector<ProgramStat> ProgramStats() const;  // attached programs only

 private:
  struct SkelDeleter { void operator()(baseline_bpf* s) const; };
  std::unique_ptr<baseline_bpf, SkelDeleter> skel_;
  std::vector<AttachStatus> status_;
};

}  // namespace tempmon::probe
