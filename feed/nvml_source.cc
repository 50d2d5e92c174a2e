#include "feed/nvml_source.h"

#include <algorithm>
#include <chrono>
#include <cstdint>
#include <condition_variable>
#include <cstdio>
#include <cstring>
#include <deque>
#include <optional>
#include <mutex>

#include "feed/event_log.h"
#include "tempmon/nvml/nvml_lib.h"
#include "feed/throttle_flags.h"

namespace tempmon::feed {

// What one poller thread last published, under NvmlShared::mu.
struct GpuSlot {
  unsigned index = 0;
  nvmlDevice_t dev = nullptr;
  std::string card;
  std::string uuid, bus_id;  // identity, read once at init ("" when unknown)
  std::optional<int32_t> slowdown_mc, shutdown_mc, max_op_mc;
  bool spawned = false;
  bool exited = false;
  uint64_t thread_start_ns = 0;
  uint64_t last_publish_ns = 0;  // end of the last poll (ok or failed)
  uint64_t seq = 0;              // bumped by every good reading
  uint64_t ts_ns = 0;            // when the temperature was read
  int32_t temp_mc = 0;
  bool have_clock = false, have_power = false, have_reasons = false;
  uint32_t sm_mhz = 0, power_mw = 0;
  uint64_t reasons = 0;
  // Cooling and power budget: the commanded fan speed (a GPU without a fan
  // says NOT_SUPPORTED) and the enforced and default power limits.
  bool have_fan = false, have_limit = false;
  uint32_t fan_pct = 0, limit_mw = 0;
  std::optional<uint32_t> default_mw;
  // What the driver asks of the fan (beside what it runs at) and the
  // memory's own temperature: HBM throttles on its own limit.
  bool have_fan_target = false, have_mem_temp = false;
  uint32_t fan_target_pct = 0;
  int32_t mem_temp_mc = 0;
  std::string fan_why, limit_why, fan_target_why, mem_temp_why;  // why the GPU gives none, once known
  const char* call = nullptr;    // NVML function in progress, or nullptr
  uint64_t call_started_ns = 0;
  bool lost = false;
  std::string error;             // last failed call, empty when healthy
  uint64_t errors = 0;
};

namespace {

std::string Ms(uint64_t ns) {
  char buf[32];
  std::snprintf(buf, sizeof(buf), "%.1f s", static_cast<double>(ns) / 1e9);
  return buf;
}

}  // namespace

struct NvmlShared {
  std::unique_ptr<nvml::NvmlLib> lib;
  NvmlOptions opt;
  std::mutex mu;
  std::condition_variable cv;         // wakes pollers early on stop
  std::condition_variable exited_cv;  // a thread finished
  bool stop = false;
  enum class Init { kPending, kOk, kFailed } init = Init::kPending;
  bool initialized = false;           // nvmlInit_v2 succeeded: shut it down at the end
  std::string init_message;
  bool init_exited = false;
  bool xid_exited = true;
  std::vector<std::unique_ptr<GpuSlot>> gpus;
  std::deque<std::pair<std::string, std::string>> notes;  // (kind, message) for the event log
  uint64_t xids = 0;

  ~NvmlShared() {
    if (initialized) lib->shutdown();
  }
  // Sleeps for the poll period unless told to stop; true = keep going.
  bool Pause(std::unique_lock<std::mutex>& lock) {
    return !cv.wait_for(lock, std::chrono::nanoseconds(opt.period_ns), [this] { return stop; });
  }
};

namespace {

std::string Cut(const char* s, size_t size) { return std::string(s, strnlen(s, size)); }

// What makes a GPU findable days later, and the limits its driver states.
// All optional: an old driver or a GPU that does not say is no error.
void ReadIdentity(const nvml::NvmlLib& lib, GpuSlot& g) {
  char uuid[nvml::kDeviceUuidBufferSize] = {};
  if (lib.get_uuid && lib.get_uuid(g.dev, uuid, sizeof(uuid)) == nvml::kSuccess) g.uuid = Cut(uuid, sizeof(uuid));
  nvmlPciInfo_t pci{};
  if (lib.get_pci_info && lib.get_pci_info(g.dev, &pci) == nvml::kSuccess) g.bus_id = Cut(pci.busId, sizeof(pci.busId));
  auto threshold = [&](int type) -> std::optional<int32_t> {
    unsigned c = 0;
    if (!lib.get_temp_threshold || lib.get_temp_threshold(g.dev, type, &c) != nvml::kSuccess || c == 0 || c > 1000)
      return std::nullopt;
    return static_cast<int32_t>(c) * 1000;
  };
  g.slowdown_mc = threshold(nvml::kTempThresholdSlowdown);
  g.shutdown_mc = threshold(nvml::kTempThresholdShutdown);
  g.max_op_mc = threshold(nvml::kTempThresholdGpuMax);
}

void InitThread(std::shared_ptr<NvmlShared> s) {
  const nvml::NvmlLib& lib = *s->lib;
  std::string fail;
  std::vector<std::unique_ptr<GpuSlot>> gpus;
  nvmlReturn_t rc = lib.init();
  bool ok = rc == nvml::kSuccess;
  if (!ok) {
    fail = "nvmlInit_v2 failed: " + lib.Error(rc);
    if (rc == nvml::kErrorNoPermission) fail += " (no permission: run as root or check /dev/nvidia* modes)";
    if (rc == nvml::kErrorDriverNotLoaded) fail += " (the NVIDIA kernel driver is not loaded)";
  } else {
    unsigned count = 0;
    rc = lib.get_count(&count);
    if (rc != nvml::kSuccess) {
      fail = "nvmlDeviceGetCount_v2 failed: " + lib.Error(rc);
    }
    for (unsigned i = 0; rc == nvml::kSuccess && i < count; ++i) {
      auto slot = std::make_unique<GpuSlot>();
      slot->index = i;
      nvmlReturn_t hr = lib.get_handle(i, &slot->dev);
      if (hr != nvml::kSuccess) {
        std::lock_guard lock(s->mu);
        s->notes.emplace_back("gpu_error", "gpu" + std::to_string(i) + ": nvmlDeviceGetHandleByIndex_v2 failed: " +
                                               lib.Error(hr) + " (GPU skipped)");
        continue;
      }
      char name[nvml::kDeviceNameBufferSize] = {};
      if (lib.get_name && lib.get_name(slot->dev, name, sizeof(name)) == nvml::kSuccess) slot->card = name;
      ReadIdentity(lib, *slot);
      gpus.push_back(std::move(slot));
    }
  }
  std::lock_guard lock(s->mu);
  s->initialized = ok;
  if (fail.empty()) {
    s->init = NvmlShared::Init::kOk;
    s->gpus = std::move(gpus);
  } else {
    s->init = NvmlShared::Init::kFailed;
    s->init_message = fail;
  }
  s->init_exited = true;
  s->exited_cv.notify_all();
}

void GpuThread(std::shared_ptr<NvmlShared> s, GpuSlot* g) {
  const nvml::NvmlLib& lib = *s->lib;
  bool clock_ok = lib.get_clock != nullptr, power_ok = lib.get_power != nullptr,
       reasons_ok = lib.get_reasons != nullptr, fan_ok = lib.get_fan_speed != nullptr,
       limit_ok = lib.get_enforced_limit != nullptr, default_ok = lib.get_default_limit != nullptr;
  bool fan_target_ok = lib.get_fan_target != nullptr, mem_temp_ok = lib.get_field_values != nullptr;
  if (!fan_ok) g->fan_why = "this driver has no nvmlDeviceGetFanSpeed";
  if (!limit_ok) g->limit_why = "this driver has no nvmlDeviceGetEnforcedPowerLimit";
  if (!fan_target_ok) g->fan_target_why = "this driver has no nvmlDeviceGetTargetFanSpeed";
  if (!mem_temp_ok) g->mem_temp_why = "this driver has no nvmlDeviceGetFieldValues";
  std::unique_lock lock(s->mu);
  while (!s->stop) {
    // Each call is announced before it is made so that Collect can say
    // which one hangs, and how long it has been inside it.
    auto call = [&](const char* what, auto&& fn) {
      g->call = what;
      g->call_started_ns = MonotonicNs();
      lock.unlock();
      nvmlReturn_t rc = fn();
      lock.lock();
      g->call = nullptr;
      return rc;
    };
    unsigned temp_c = 0, mhz = 0, mw = 0, fan = 0, limit = 0, def = 0, fan_target = 0;
    unsigned long long reasons = 0;
    nvmlReturn_t rc = call("nvmlDeviceGetTemperature",
                           [&] { return lib.get_temperature(g->dev, nvml::kTemperatureGpu, &temp_c); });
    uint64_t temp_ts = MonotonicNs();
    nvmlReturn_t rc_clock = nvml::kErrorNotSupported, rc_power = nvml::kErrorNotSupported,
                 rc_reasons = nvml::kErrorNotSupported;
    if (rc == nvml::kSuccess && clock_ok)
      rc_clock = call("nvmlDeviceGetClockInfo", [&] { return lib.get_clock(g->dev, nvml::kClockSm, &mhz); });
    if (rc == nvml::kSuccess && power_ok)
      rc_power = call("nvmlDeviceGetPowerUsage", [&] { return lib.get_power(g->dev, &mw); });
    if (rc == nvml::kSuccess && reasons_ok)
      rc_reasons = call(lib.reasons_symbol, [&] { return lib.get_reasons(g->dev, &reasons); });
    nvmlReturn_t rc_fan = nvml::kErrorNotSupported, rc_limit = nvml::kErrorNotSupported,
                 rc_default = nvml::kErrorNotSupported;
    if (rc == nvml::kSuccess && fan_ok)
      rc_fan = call("nvmlDeviceGetFanSpeed", [&] { return lib.get_fan_speed(g->dev, &fan); });
    if (rc == nvml::kSuccess && limit_ok)
      rc_limit = call("nvmlDeviceGetEnforcedPowerLimit", [&] { return lib.get_enforced_limit(g->dev, &limit); });
    if (rc == nvml::kSuccess && default_ok)
      rc_default = call("nvmlDeviceGetPowerManagementDefaultLimit", [&] { return lib.get_default_limit(g->dev, &def); });
    nvmlReturn_t rc_fan_target = nvml::kErrorNotSupported, rc_mem = nvml::kErrorNotSupported;
    if (rc == nvml::kSuccess && fan_target_ok)
      rc_fan_target = call("nvmlDeviceGetTargetFanSpeed", [&] { return lib.get_fan_target(g->dev, 0, &fan_target); });
    nvmlFieldValue_t mem{};
    mem.fieldId = nvml::kFieldMemoryTemp;
    if (rc == nvml::kSuccess && mem_temp_ok) {
      rc_mem = call("nvmlDeviceGetFieldValues", [&] { return lib.get_field_values(g->dev, 1, &mem); });
      // The call succeeds and the field says whether this GPU has the value.
      if (rc_mem == nvml::kSuccess) rc_mem = mem.nvmlReturn;
    }
    for (nvmlReturn_t r : {rc, rc_clock, rc_power, rc_reasons, rc_fan, rc_limit, rc_default, rc_fan_target, rc_mem}) {
      if (r == nvml::kErrorGpuIsLost) rc = r;
    }
    // Optional values a GPU does not support are not asked for again.
    if (rc_clock == nvml::kErrorNotSupported) clock_ok = false;
    if (rc_power == nvml::kErrorNotSupported) power_ok = false;
    if (rc_reasons == nvml::kErrorNotSupported) reasons_ok = false;
    // Many data-centre GPUs have no fan of their own (the chassis cools them).
    if (rc_fan == nvml::kErrorNotSupported && fan_ok) {
      fan_ok = false;
      g->fan_why = "no fan of its own (nvmlDeviceGetFanSpeed: not supported)";
    }
    if (rc_limit == nvml::kErrorNotSupported && limit_ok) {
      limit_ok = false;
      g->limit_why = "no power limit (nvmlDeviceGetEnforcedPowerLimit: not supported)";
    }
    if (rc_default == nvml::kErrorNotSupported) default_ok = false;
    if (rc_fan_target == nvml::kErrorNotSupported && fan_target_ok) {
      fan_target_ok = false;
      g->fan_target_why = "no fan of its own (nvmlDeviceGetTargetFanSpeed: not supported)";
    }
    if (rc_mem == nvml::kErrorNotSupported && mem_temp_ok) {
      mem_temp_ok = false;
      g->mem_temp_why = "the driver does not report it (NVML_FI_DEV_MEMORY_TEMP: not supported)";
    }
    g->last_publish_ns = MonotonicNs();
    if (rc == nvml::kErrorGpuIsLost) {
      g->lost = true;
      g->error = "GPU is lost (NVML_ERROR_GPU_IS_LOST)";
      break;
    }
    if (rc != nvml::kSuccess) {
      ++g->errors;
      g->error = "nvmlDeviceGetTemperature failed: " + lib.Error(rc);
      if (rc == nvml::kErrorNoPermission) g->error += " (no permission: run as root)";
    } else {
      g->error.clear();
      ++g->seq;
      g->ts_ns = temp_ts;
      g->temp_mc = static_cast<int32_t>(temp_c) * 1000;
      g->have_clock = rc_clock == nvml::kSuccess;
      g->sm_mhz = mhz;
      g->have_power = rc_power == nvml::kSuccess;
      g->power_mw = mw;
      g->have_reasons = rc_reasons == nvml::kSuccess;
      g->reasons = reasons;
      g->have_fan = rc_fan == nvml::kSuccess;
      g->fan_pct = std::min(fan, 100u);
      g->have_limit = rc_limit == nvml::kSuccess;
      g->limit_mw = limit;
      if (rc_default == nvml::kSuccess) g->default_mw = def;
      g->have_fan_target = rc_fan_target == nvml::kSuccess;
      g->fan_target_pct = std::min(fan_target, 100u);
      // An absurd memory temperature is a broken reading, not a value.
      const long long mem_c = mem.valueType == 5 ? mem.value.siVal : static_cast<long long>(mem.value.uiVal);
      g->have_mem_temp = rc_mem == nvml::kSuccess && mem_c > -50 && mem_c < 200;
      g->mem_temp_mc = static_cast<int32_t>(mem_c) * 1000;
    }
    if (!s->Pause(lock)) break;
  }
  g->exited = true;
  s->exited_cv.notify_all();
}

void XidThread(std::shared_ptr<NvmlShared> s, std::vector<std::pair<unsigned, nvmlDevice_t>> devs) {
  const nvml::NvmlLib& lib = *s->lib;
  auto note = [&](std::string kind, std::string msg) {
    std::lock_guard lock(s->mu);
    s->notes.emplace_back(std::move(kind), std::move(msg));
  };
  nvmlEventSet_t set = nullptr;
  nvmlReturn_t rc = lib.event_set_create(&set);
  if (rc != nvml::kSuccess) {
    note("xid_unavailable", "nvmlEventSetCreate failed: " + lib.Error(rc) + " (Xid events not watched)");
  } else {
    size_t registered = 0;
    for (auto [i, dev] : devs) {
      rc = lib.register_events(dev, nvml::kEventTypeXidCriticalError, set);
      if (rc == nvml::kSuccess) {
        ++registered;
      } else {
        note("xid_unavailable", "gpu" + std::to_string(i) + ": nvmlDeviceRegisterEvents(Xid) failed: " + lib.Error(rc));
      }
    }
    // A short wait so that stop is noticed; the call itself may still hang.
    while (registered > 0) {
      {
        std::lock_guard lock(s->mu);
        if (s->stop) break;
      }
      nvmlEventData_t data{};
      rc = lib.event_set_wait(set, &data, 500);
      if (rc == nvml::kErrorTimeout) continue;
      if (rc != nvml::kSuccess) {
        note(rc == nvml::kErrorGpuIsLost ? "gpu_lost" : "xid_unavailable",
             "nvmlEventSetWait_v2 failed: " + lib.Error(rc) + " (Xid events no longer watched)");
        break;
      }
      if (!(data.eventType & nvml::kEventTypeXidCriticalError)) continue;
      std::string gpu = "gpu?";
      for (auto [i, dev] : devs) {
        if (dev == data.device) gpu = "gpu" + std::to_string(i);
      }
      std::lock_guard lock(s->mu);
      ++s->xids;
      s->notes.emplace_back("xid", gpu + ": Xid " + std::to_string(data.eventData) + " reported by the driver");
    }
    lib.event_set_free(set);
  }
  std::lock_guard lock(s->mu);
  s->xid_exited = true;
  s->exited_cv.notify_all();
}

}  // namespace

std::unique_ptr<NvmlSource> NvmlSource::Start(const NvmlOptions& opt, EventLog& events, std::string* why) {
  auto shared = std::make_shared<NvmlShared>();
  shared->lib = nvml::NvmlLib::Open(opt.lib_path, why);
  if (!shared->lib) return nullptr;
  shared->opt = opt;
  std::unique_ptr<NvmlSource> src(new NvmlSource(shared, events));
  src->start_ns_ = MonotonicNs();
  src->threads_.emplace_back(InitThread, shared);
  return src;
}

NvmlSource::~NvmlSource() {
  std::unique_lock lock(shared_->mu);
  shared_->stop = true;
  shared_->cv.notify_all();
  auto all_exited = [this] {
    if (!shared_->init_exited || !shared_->xid_exited) return false;
    for (const auto& g : shared_->gpus) {
      if (g->spawned && !g->exited) return false;
    }
    return true;
  };
  // Long enough for a healthy NVML call (and one Xid wait) to return.
  bool clean = shared_->exited_cv.wait_for(lock, std::chrono::milliseconds(1500), all_exited);
  lock.unlock();
  for (std::thread& t : threads_) {
    if (clean) {
      t.join();
    } else {
      // A thread stuck in the driver keeps its own reference to the shared
      // state and library; it is abandoned, never waited for.
      t.detach();
    }
  }
  if (!clean) events_.Record("nvml_abandoned", "nvml", "an NVML call was still blocked at exit; its thread was left behind");
}

namespace {

std::string Watts(uint32_t mw) {
  char b[32];
  std::snprintf(b, sizeof b, "%.0f W", mw / 1000.0);
  return std::string(b);
}

}  // namespace

void NvmlSource::ReportInit(uint64_t now_ns) {
  NvmlShared& s = *shared_;
  const uint64_t deadline = s.opt.deadline_ns;
  if (s.init == NvmlShared::Init::kPending) {
    if (!init_stall_reported_ && now_ns - start_ns_ > deadline) {
      init_stall_reported_ = true;
      ++stats_.stale_marks;
      events_.Record("gpu_stale", "nvml",
                     "nvmlInit_v2 has not returned after " + Ms(now_ns - start_ns_) +
                         " (driver hung?); GPU temperatures missing until it does, other sensors continue");
    }
  } else if (!init_result_reported_) {
    init_result_reported_ = true;
    if (s.init == NvmlShared::Init::kFailed) {
      events_.Record("nvml_unavailable", "nvml", s.init_message + "; GPU temperatures disabled, other sensors continue");
    } else {
      std::string cards;
      for (const auto& g : s.gpus) cards += " gpu" + std::to_string(g->index) + "=" + (g->card.empty() ? "?" : g->card);
      events_.Record("nvml_ready", "nvml",
                     std::to_string(s.gpus.size()) + " GPU(s) via " + s.lib->path() + ":" + cards +
                         (s.lib->get_reasons ? std::string(" (reasons from ") + s.lib->reasons_symbol + ")"
                                             : std::string(" (no clock-event reasons in this driver)")));
      std::vector<std::pair<unsigned, nvmlDevice_t>> devs;
      for (auto& g : s.gpus) {
        g->spawned = true;
        g->thread_start_ns = now_ns;
        threads_.emplace_back(GpuThread, shared_, g.get());
        devs.emplace_back(g->index, g->dev);
      }
      if (s.opt.xid_events && s.lib->event_set_create && !devs.empty()) {
        s.xid_exited = false;
        threads_.emplace_back(XidThread, shared_, std::move(devs));
      }
    }
  }
}

bool NvmlSource::Healthy(const GpuSlot& g, GpuView& v, const std::string& name, uint64_t now_ns) {
  const NvmlShared& s = *shared_;
  const uint64_t deadline = s.opt.deadline_ns;
  if (g.lost) {
    if (!v.lost_reported) {
      v.lost_reported = true;
      ++stats_.lost_gpus;
      events_.Record("gpu_lost", name,
                     (g.card.empty() ? std::string() : g.card + ": ") +
                         "GPU is lost (NVML_ERROR_GPU_IS_LOST): fell off the bus or hung; no more readings "
                         "(look for Xid 79 in the kernel log)");
    }
    return false;
  }
  // A poller publishes once per period; stale = the next publish is more
  // than `deadline` overdue (so a slow --rate never reads as a hang).
  uint64_t ref = std::max(g.last_publish_ns, g.thread_start_ns);
  bool stale = now_ns > ref && now_ns - ref > s.opt.period_ns + deadline;
  if (stale && !v.stale) {
    ++stats_.stale_marks;
    std::string why = g.call ? std::string(g.call) + " blocked for " + Ms(now_ns - g.call_started_ns)
                             : "no reading for " + Ms(now_ns - ref);
    events_.Record("gpu_stale", name, why + " (deadline " + Ms(deadline) + "); other sensors continue");
  } else if (!stale && v.stale) {
    events_.Record("gpu_recovered", name, "NVML answers again");
  }
  v.stale = stale;
  if (!g.error.empty()) {
    if (!v.error_reported) {
      v.error_reported = true;
      ++stats_.errors;
      events_.Record("gpu_error", name, g.error);
    }
    return false;
  }
  v.error_reported = false;
  if (stale || g.seq == v.last_seq) return false;
  v.last_seq = g.seq;
  return true;
}

std::vector<Reading> NvmlSource::ReadingsOf(const GpuSlot& g, const std::string& name) {
  Reading r;
  r.key = "nvml/" + std::to_string(g.index);
  r.name = name;
  r.kind = "nvml";
  r.ts_ns = g.ts_ns;
  r.temp_mc = g.temp_mc;
  r.flags = g.have_reasons ? NvmlReasonsToFlags(g.reasons) : 0;
  // The slowdown temperature is where the driver starts to throttle: the
  // sensor's threshold, so that the ring's episodes mean the same.
  r.threshold_mc = g.slowdown_mc;
  r.desc.origin = TEMPMON_ORIGIN_NVML;
  r.desc.unit = TEMPMON_UNIT_CELSIUS;
  r.desc.shutdown_mc = g.shutdown_mc;
  r.desc.max_op_mc = g.max_op_mc;
  r.desc.model = g.card;
  r.desc.uuid = g.uuid;
  r.desc.location = g.bus_id;
  char clock[16] = "?", power[16] = "?", reasons[24] = "?";
  if (g.have_clock) std::snprintf(clock, sizeof(clock), "%u", g.sm_mhz);
  if (g.have_power) std::snprintf(power, sizeof(power), "%.1f", g.power_mw / 1000.0);
  if (g.have_reasons) std::snprintf(reasons, sizeof(reasons), "0x%llx", static_cast<unsigned long long>(g.reasons));
  r.detail = (g.card.empty() ? std::string() : g.card + ", ") + "sm " + clock + " MHz, " + power +
             " W, reasons " + reasons;
  // Clock and power of the same poll, as series of their own.
  auto series = [&](const char* suffix, uint16_t unit, int32_t value) {
    Reading x;
    x.key = r.key + "/" + suffix;
    x.name = name + "." + suffix;
    x.kind = "nvml";
    x.ts_ns = g.ts_ns;
    x.temp_mc = value;
    x.desc = r.desc;
    x.desc.unit = unit;
    x.desc.shutdown_mc.reset();
    x.desc.max_op_mc.reset();
    return x;
  };
  std::vector<Reading> out;
  out.push_back(r);
  if (g.have_clock)
    out.push_back(series("sm_mhz", TEMPMON_UNIT_MHZ, static_cast<int32_t>(std::min<uint32_t>(g.sm_mhz, 2'000'000)) * 1000));
  if (g.have_power)
    out.push_back(series("power_w", TEMPMON_UNIT_WATT, static_cast<int32_t>(std::min<uint32_t>(g.power_mw, INT32_MAX))));
  if (g.have_fan) out.push_back(series("fan_pct", TEMPMON_UNIT_PERCENT, static_cast<int32_t>(g.fan_pct) * 1000));
  if (g.have_fan_target)
    out.push_back(series("fan_target_pct", TEMPMON_UNIT_PERCENT, static_cast<int32_t>(g.fan_target_pct) * 1000));
  if (g.have_mem_temp) out.push_back(series("mem_temp", TEMPMON_UNIT_CELSIUS, g.mem_temp_mc));
  if (g.have_limit) {
    Reading lim = series("power_limit_w", TEMPMON_UNIT_WATT, static_cast<int32_t>(std::min<uint32_t>(g.limit_mw, INT32_MAX)));
    // The default limit rides in the description: what the enforced one
    // is compared with (lib/causes).
    if (g.default_mw) lim.desc.max_op_mc = static_cast<int32_t>(std::min<uint32_t>(*g.default_mw, INT32_MAX));
    out.push_back(std::move(lim));
  }
  return out;
}

void NvmlSource::ReportLimitsAndCooling(const GpuSlot& g, GpuView& v, const std::string& name) {
  // Limits that move are events: a lowered enforced limit slows the GPU
  // as surely as heat does.
  if (g.have_limit) {
    if (v.limit_mw && *v.limit_mw != g.limit_mw)
      events_.Record("power_limit", name, "enforced power limit " + Watts(*v.limit_mw) + " -> " + Watts(g.limit_mw));
    v.limit_mw = g.limit_mw;
  }
  if (g.default_mw) {
    if (v.default_mw && *v.default_mw != *g.default_mw)
      events_.Record("power_limit", name, "default power limit " + Watts(*v.default_mw) + " -> " + Watts(*g.default_mw));
    v.default_mw = g.default_mw;
  }
  if (v.cooling_reported) return;
  // Once per GPU: which cooling inputs it gives, and why not the others.
  v.cooling_reported = true;
  auto why = [](const std::string& w) { return " (" + (w.empty() ? std::string("not read") : w) + ")"; };
  std::string what = g.have_fan ? "fan speed" : "no fan speed" + why(g.fan_why);
  what += g.have_fan_target ? ", fan target" : ", no fan target" + why(g.fan_target_why);
  what += g.have_mem_temp ? ", memory temperature" : ", no memory temperature" + why(g.mem_temp_why);
  // NVML gives no hotspot (junction) temperature: said, never guessed.
  what += ", no hotspot temperature (NVML gives none)";
  what += g.have_limit ? ", enforced power limit" : ", no power limit" + why(g.limit_why);
  if (g.default_mw) what += ", default power limit " + Watts(*g.default_mw);
  events_.Record("gpu_cooling", name, what);
}

void NvmlSource::Collect(uint64_t now_ns, std::vector<Reading>& out) {
  NvmlShared& s = *shared_;
  std::unique_lock lock(s.mu);
  ReportInit(now_ns);
  for (const auto& g : s.gpus) {
    GpuView& v = views_[g->index];
    const std::string name = "gpu" + std::to_string(g->index);
    if (!Healthy(*g, v, name, now_ns)) continue;
    std::vector<Reading> readings = ReadingsOf(*g, name);
    ReportLimitsAndCooling(*g, v, name);
    ++stats_.readings;
    for (Reading& x : readings) out.push_back(std::move(x));
  }
  while (!s.notes.empty()) {
    auto [kind, msg] = std::move(s.notes.front());
    s.notes.pop_front();
    events_.Record(kind, "nvml", msg);
  }
  stats_.xids = s.xids;
}

NvmlStats NvmlSource::stats() const { return stats_; }

bool NvmlSource::init_done() const {
  std::lock_guard lock(shared_->mu);
  return shared_->init != NvmlShared::Init::kPending;
}

size_t NvmlSource::gpu_count() const {
  std::lock_guard lock(shared_->mu);
  return shared_->gpus.size();
}

}  // namespace tempmon::feed
