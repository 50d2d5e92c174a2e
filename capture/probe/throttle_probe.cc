#include "throttle_probe.h"

#include <bpf/bpf.h>
#include <bpf/libbpf.h>
#include <sys/mount.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>

#include "throttle.h"
#include "baseline.skel.h"
#include "throttle.skel.h"

namespace tempmon::probe {
namespace fs = std::filesystem;
namespace {

int PrintQuiet(enum libbpf_print_level, const char*, va_list) { return 0; }
int PrintAll(enum libbpf_print_level, const char* fmt, va_list args) {
  return vfprintf(stderr, fmt, args);
}

// What a failed bpf() step means to the person at the keyboard.
std::string Hint(int err) {
  switch (err) {
    case EPERM:
    case EACCES:
      return " (run as root or grant CAP_BPF+CAP_PERFMON)";
    case ENOSYS:
      return " (BPF is disabled: kernel built without CONFIG_BPF_SYSCALL)";
    case ENOMEM:
      return " (locked-memory limit too low? raise RLIMIT_MEMLOCK / ulimit -l)";
    case EINVAL:
      return " (the verifier or kernel refused the program; rerun with -v for libbpf's log)";
    default:
      return "";
  }
}

[[noreturn]] void Fail(const std::string& step, int err) {
  err = err < 0 ? -err : err;
  throw ProbeError("throttle probe: " + step + " failed: " + std::strerror(err) +
                       Hint(err),
                   err);
}

// "tracepoint/thermal/thermal_temperature" -> {"thermal", "thermal_temperature"}
std::pair<std::string, std::string> SplitSection(const std::string& sec) {
  const auto a = sec.find('/');
  const auto b = sec.find('/', a + 1);
  if (a == std::string::npos || b == std::string::npos) return {"", ""};
  return {sec.substr(a + 1, b - a - 1), sec.substr(b + 1)};
}

// A tracefs (or debugfs' tracing/ view of it) is mounted at dir.
bool HasEvents(const std::string& dir) {
  std::error_code ec;
  return fs::is_directory(fs::path(dir) / "events", ec);
}

bool ReadInt(const fs::path& p, long long& out) {
  std::ifstream in(p);
  return static_cast<bool>(in >> out);
}

}  // namespace

void ThrottleProbe::SkelDeleter::operator()(throttle_bpf* s) const { throttle_bpf__destroy(s); }
void ThrottleProbe::RingDeleter::operator()(ring_buffer* r) const { ring_buffer__free(r); }

ThrottleProbe::ThrottleProbe(const ProbeOptions& opts, EpisodeFn on_episode, EventFn on_event)
    : on_episode_(std::move(on_episode)), on_event_(std::move(on_event)), verbose_(opts.verbose) {
  libbpf_set_print(opts.verbose ? PrintAll : PrintQuiet);
  Open(opts);
  Decide(opts);
  if (int err = throttle_bpf__load(skel_.get())) Fail("loading the BPF programs", err);
  LoadTrips(opts);
  Attach();
  ring_.reset(ring_buffer__new(bpf_map__fd(skel_->maps.events), &ThrottleProbe::OnSample,
                               this, nullptr));
  if (!ring_) Fail("creating the ring buffer reader", errno);
}

ThrottleProbe::~ThrottleProbe() = default;

void ThrottleProbe::Open(const ProbeOptions& opts) {
  if (!fs::exists(opts.btf))
    throw ProbeError("throttle probe: " + opts.btf +
                         " missing: kernel built without CONFIG_DEBUG_INFO_BTF; "
                         "CO-RE needs kernel BTF",
                     ENOENT);
  FindTracefs(opts);
  skel_.reset(throttle_bpf__open());
  if (!skel_) Fail("opening the BPF object", errno);

  const uint32_t page = static_cast<uint32_t>(sysconf(_SC_PAGESIZE));
  if (opts.ring_bytes < page || (opts.ring_bytes & (opts.ring_bytes - 1)))
    throw ProbeError("throttle probe: ring buffer size " + std::to_string(opts.ring_bytes) +
                         " must be a power of two of at least " + std::to_string(page),
                     EINVAL);
  if (int err = bpf_map__set_max_entries(skel_->maps.events, opts.ring_bytes))
    Fail("sizing the ring buffer", err);

  auto* ro = skel_->rodata;
  ro->window_ns = static_cast<uint64_t>(opts.window.count()) * 1000000ULL;
  ro->quiet_ns = static_cast<uint64_t>(opts.quiet.count()) * 1000000ULL;
  ro->default_hyst_mc = opts.default_hysteresis_mc;
  ro->raw_events = opts.raw_events ? 1 : 0;
  ro->freq_opens_episode = opts.freq_opens_episode ? 1 : 0;
  if (opts.zones.size() > TM_MAX_ZONES)
    throw ProbeError("throttle probe: at most " + std::to_string(TM_MAX_ZONES) +
                         " zones of interest (got " + std::to_string(opts.zones.size()) + ")",
                     EINVAL);
  for (size_t i = 0; i < opts.zones.size(); ++i) {
    const std::string& z = opts.zones[i];
    if (z.empty() || z.size() >= TM_NAME_LEN)
      throw ProbeError("throttle probe: zone name '" + z + "' must be 1.." +
                           std::to_string(TM_NAME_LEN - 1) + " characters",
                       EINVAL);
    // rodata is const volatile in BPF; here it is plain memory before load.
    char* dst = const_cast<char*>(ro->zones[i]);
    std::memset(dst, 0, TM_NAME_LEN);
    std::memcpy(dst, z.data(), z.size());
  }
  ro->n_zones = static_cast<uint32_t>(opts.zones.size());
}

// libbpf finds tracepoint ids through tracefs on its own: it reads
// <debugfs>/tracing when that path exists, else /sys/kernel/tracing. Both
// places this tries are those, so libbpf and the probe agree.
void ThrottleProbe::FindTracefs(const ProbeOptions& opts) {
  std::error_code ec;
  (void)fs::exists(fs::path(opts.tracefs) / "events", ec);
  if (ec.value() == EACCES) Fail("reading " + opts.tracefs, ec.value());  // not root
  if (HasEvents(opts.tracefs)) {
    tracefs_ = opts.tracefs;
    return;
  }
  const std::string dbg_tracing = opts.debugfs + "/tracing";
  if (!opts.mount_tracefs) {
    if (HasEvents(dbg_tracing)) {
      tracefs_ = dbg_tracing;
      tracefs_note_ = "no tracefs at " + opts.tracefs + "; using " + dbg_tracing;
      return;
    }
    throw ProbeError("throttle probe: no tracefs at " + opts.tracefs +
                         " (mount it: mount -t tracefs nodev " + opts.tracefs + ")",
                     ENOENT);
  }
  if (::mount("nodev", opts.tracefs.c_str(), "tracefs", 0, nullptr) == 0 &&
      HasEvents(opts.tracefs)) {
    tracefs_ = opts.tracefs;
    tracefs_note_ = "mounted tracefs at " + opts.tracefs;
    return;
  }
  const int tracefs_err = errno;
  const std::string why = "tracefs could not be mounted at " + opts.tracefs + ": " +
                          std::strerror(tracefs_err);
  if (HasEvents(dbg_tracing)) {
    tracefs_ = dbg_tracing;
    tracefs_note_ = "using " + dbg_tracing + " (" + why + ")";
    return;
  }
  // debugfs mounts tracefs at its tracing/ folder by itself on first access.
  if (::mount("debugfs", opts.debugfs.c_str(), "debugfs", 0, nullptr) == 0 &&
      HasEvents(dbg_tracing)) {
    tracefs_ = dbg_tracing;
    tracefs_note_ = "mounted debugfs at " + opts.debugfs + "; using " + dbg_tracing + " (" +
                    why + ")";
    return;
  }
  const int debugfs_err = errno;
  const int err = tracefs_err == EPERM || debugfs_err == EPERM ? EPERM : ENOENT;
  throw ProbeError("throttle probe: no tracefs at " + opts.tracefs + " or " + dbg_tracing +
                       ", and none could be mounted (" + why + "; debugfs at " +
                       opts.debugfs + ": " + std::strerror(debugfs_err) + ")" + Hint(err) +
                       "; to mount it by hand: mount -t tracefs nodev " + opts.tracefs,
                   err);
}

void ThrottleProbe::Decide(const ProbeOptions& opts) {
  bpf_program* prog;
  bpf_object__for_each_program(prog, skel_->obj) {
    const std::string name = bpf_program__name(prog);
    const auto [sys, event] = SplitSection(bpf_program__section_name(prog));
    AttachStatus st{name, sys + ":" + event, false, ""};
    if (name == "handle_tempmon_sample" && !opts.tempmon_samples) {
      st.reason = "not requested (tempmon samples off)";
    } else if (std::error_code ec;
               !fs::exists(fs::path(tracefs_) / "events" / sys / event, ec)) {
      st.reason = sys == "tempmon"
                      ? "tracepoint absent: tempmon.ko not loaded"
                      : "tracepoint absent in this kernel (" + tracefs_ + "/events/" +
                            sys + "/" + event + ")";
    } else {
      st.attached = true;  // provisional: decided to load
    }
    if (!st.attached) bpf_program__set_autoload(prog, false);
    status_.push_back(std::move(st));
  }
}

void ThrottleProbe::LoadTrips(const ProbeOptions& opts) {
  std::error_code ec;
  const int map_fd = bpf_map__fd(skel_->maps.trips);
  for (const auto& zone : fs::directory_iterator(opts.thermal_sysfs, ec)) {
    const std::string dir = zone.path().filename();
    if (dir.rfind("thermal_zone", 0) != 0) continue;
    uint32_t zone_id;
    try {
      zone_id = static_cast<uint32_t>(std::stoul(dir.substr(12)));
    } catch (const std::exception&) {
      continue;
    }
    for (uint32_t t = 0; t < 32; ++t) {
      long long temp, hyst = 0;
      const fs::path base = zone.path() / ("trip_point_" + std::to_string(t));
      if (!ReadInt(base.string() + "_temp", temp)) break;
      ReadInt(base.string() + "_hyst", hyst);  // optional attribute
      tm_trip_key k{zone_id, t};
      tm_trip_val v{static_cast<int32_t>(temp), static_cast<int32_t>(hyst)};
      if (bpf_map_update_elem(map_fd, &k, &v, BPF_ANY) == 0) ++trips_loaded_;
    }
  }
}

void ThrottleProbe::Attach() {
  bpf_program* prog;
  size_t i = 0;
  bpf_object__for_each_program(prog, skel_->obj) {
    AttachStatus& st = status_.at(i++);
    if (!st.attached) continue;
    bpf_link* link = bpf_program__attach(prog);
    if (!link) {
      const int err = errno;
      st.attached = false;
      st.reason = std::string("attach failed: ") + std::strerror(err) + Hint(err);
      continue;
    }
    // The skeleton's link slots are what throttle_bpf__destroy() frees.
    for (int k = 0; k < skel_->skeleton->prog_cnt; ++k)
      if (*skel_->skeleton->progs[k].prog == prog) *skel_->skeleton->progs[k].link = link;
  }
  if (AttachedCount() == 0)
    throw ProbeError("throttle probe: no tracepoint could be attached (" +
                         (status_.empty() ? std::string("no programs")
                                          : status_.front().tracepoint + ": " +
                                                status_.front().reason) +
                         ")",
                     ENOENT);
}

size_t ThrottleProbe::AttachedCount() const {
  size_t n = 0;
  for (const auto& s : status_) n += s.attached;
  return n;
}

int ThrottleProbe::OnSample(void* ctx, void* data, size_t size) {
  auto* self = static_cast<ThrottleProbe*>(ctx);
  uint32_t msg;
  if (size < sizeof(msg)) return 0;
  std::memcpy(&msg, data, sizeof(msg));
  if ((msg == TM_MSG_EPISODE || msg == TM_MSG_EPISODE_OPEN) && size >= sizeof(tm_episode)) {
    tm_episode raw;
    std::memcpy(&raw, data, sizeof(raw));
    if (self->on_episode_) self->on_episode_(EpisodeFromRaw(raw));
  } else if (msg == TM_MSG_EVENT && size >= sizeof(tm_event)) {
    tm_event raw;
    std::memcpy(&raw, data, sizeof(raw));
    if (self->on_event_) self->on_event_(EventFromRaw(raw));
  }
  return 0;
}

int ThrottleProbe::Poll(std::chrono::milliseconds timeout) {
  int n = ring_buffer__poll(ring_.get(), static_cast<int>(timeout.count()));
  if (n == -EINTR) n = 0;
  if (n < 0) Fail("polling the ring buffer", n);
  // Raw events are submitted without a wakeup: epoll does not report them,
  // so take whatever is in the ring after the wait as well.
  const int m = ring_buffer__consume(ring_.get());
  if (m < 0 && m != -EINTR) Fail("reading the ring buffer", m);
  return n + (m > 0 ? m : 0);
}

int ThrottleProbe::EpollFd() const { return ring_buffer__epoll_fd(ring_.get()); }

ProbeStats ThrottleProbe::Stats() const {
  const int ncpu = libbpf_num_possible_cpus();
  ProbeStats out;
  if (ncpu <= 0) return out;
  std::vector<uint64_t> vals(static_cast<size_t>(ncpu));
  uint64_t* fields[TM_STAT_MAX] = {&out.ringbuf_drops, &out.events, &out.opened,
                                   &out.closed, &out.no_slot};
  for (uint32_t k = 0; k < TM_STAT_MAX; ++k) {
    if (bpf_map__lookup_elem(skel_->maps.stats, &k, sizeof(k), vals.data(),
                             vals.size() * sizeof(uint64_t), 0))
      continue;
    for (uint64_t v : vals) *fields[k] += v;
  }
  return out;
}

std::vector<Episode> ThrottleProbe::OpenEpisodes() const {
  std::vector<Episode> out;
  bpf_map* map = skel_->maps.episodes;
  tm_key key{}, next{};
  const tm_key* prev = nullptr;
  // Bounded: the table holds at most max_entries keys; entries that close
  // (and are deleted) while we walk make get_next_key restart at the first.
  for (uint32_t n = bpf_map__max_entries(map); n > 0; --n) {
    if (bpf_map__get_next_key(map, prev, &next, sizeof(next))) break;
    key = next;
    prev = &key;
    tm_episode raw;
    if (bpf_map__lookup_elem(map, &key, sizeof(key), &raw, sizeof(raw), 0)) continue;
    if (raw.end_ns) continue;  // closed meanwhile: its record is in the ring buffer
    Episode e = EpisodeFromRaw(raw);
    e.type = bundle::kTypeEpisode;
    e.open_at_window_end = true;
    bool dup = false;
    for (const Episode& o : out) dup |= o.seq == e.seq;
    if (!dup) out.push_back(std::move(e));
  }
  return out;
}

namespace {

// Run counts and times of the attached programs of `obj`, whose programs
// are `status` in order.
std::vector<ProgramStat> StatsOf(bpf_object* obj, const std::vector<AttachStatus>& status) {
  std::vector<ProgramStat> out;
  bpf_program* prog;
  size_t i = 0;
  bpf_object__for_each_program(prog, obj) {
    const AttachStatus& st = status.at(i++);
    if (!st.attached) continue;
    bpf_prog_info info{};
    __u32 len = sizeof(info);
    if (bpf_prog_get_info_by_fd(bpf_program__fd(prog), &info, &len)) continue;
    out.push_back({st.program, st.tracepoint, info.run_cnt, info.run_time_ns});
  }
  return out;
}

}  // namespace

std::vector<ProgramStat> ThrottleProbe::ProgramStats() const { return StatsOf(skel_->obj, status_); }

void BaselinePrograms::SkelDeleter::operator()(baseline_bpf* s) const { baseline_bpf__destroy(s); }

BaselinePrograms::BaselinePrograms() {
  skel_.reset(baseline_bpf__open());
  if (!skel_) Fail("opening the baseline BPF object", errno);
  if (int err = baseline_bpf__load(skel_.get())) Fail("loading the baseline BPF programs", err);
  bpf_program* prog;
  bpf_object__for_each_program(prog, skel_->obj) {
    const auto [sys, event] = SplitSection(bpf_program__section_name(prog));
    AttachStatus st{bpf_program__name(prog), sys + ":" + event, false, ""};
    if (bpf_link* link = bpf_program__attach(prog)) {
      st.attached = true;
      // The skeleton's link slots are what baseline_bpf__destroy() frees.
      for (int k = 0; k < skel_->skeleton->prog_cnt; ++k)
        if (*skel_->skeleton->progs[k].prog == prog) *skel_->skeleton->progs[k].link = link;
    } else {
      const int err = errno;
      st.reason = std::string("attach failed: ") + std::strerror(err) + Hint(err);
    }
    status_.push_back(std::move(st));
  }
}

BaselinePrograms::~BaselinePrograms() = default;

std::vector<ProgramStat> BaselinePrograms::ProgramStats() const { return StatsOf(skel_->obj, status_); }

}  // namespace tempmon::probe
