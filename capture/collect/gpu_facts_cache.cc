#include "capture/collect/gpu_facts_cache.h"

#include <condition_variable>
#include <mutex>
#include <thread>

#include "capture/collect/system_facts.h"
#include "tempmon/nvml/nvml_facts.h"

namespace tempmon::capture {
namespace {

uint64_t MonoNow() {
  timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return uint64_t(ts.tv_sec) * 1'000'000'000ull + uint64_t(ts.tv_nsec);
}

std::string AgeText(uint64_t now, uint64_t then) {
  return std::to_string((now > then ? now - then : 0) / 1'000'000) + " ms";
}

// A cheap read replaces the moving fields of each GPU in the full read.
void MergeCheap(nlohmann::json& full, const nlohmann::json& cheap) {
  if (!full.contains("gpus") || !cheap.contains("gpus")) {
    full = cheap;
    return;
  }
  for (const auto& g : cheap["gpus"])
    for (auto& f : full["gpus"])
      if (f.value("index", -1) == g.value("index", -2)) f.merge_patch(g);
}

}  // namespace

struct GpuFactsCache::State {
  std::mutex mu;
  std::condition_variable cv;
  // NVML
  std::unique_ptr<nvml::NvmlFacts> facts;  // used by one worker at a time
  bool nvml_busy = false;
  uint64_t nvml_busy_since = 0;
  bool nvml_done_once = false;
  nlohmann::json nvml;  // merged facts
  uint64_t nvml_read_ns = 0, nvml_full_ns = 0;
  std::string nvml_error;
  bool nvml_absent = false;  // no library/driver: retried at the full interval
  // nvidia-smi
  bool smi_busy = false;
  uint64_t smi_busy_since = 0, smi_read_ns = 0;
  nlohmann::json smi;
  std::string smi_error;
};

GpuFactsCache::GpuFactsCache(GpuFactsConfig cfg) : cfg_(std::move(cfg)), st_(std::make_shared<State>()) {}

// Workers hold the state by shared_ptr: one stuck in a hung driver outlives
// the cache without touching freed memory.
GpuFactsCache::~GpuFactsCache() = default;

void GpuFactsCache::Tick(uint64_t now) {
  std::lock_guard<std::mutex> lk(st_->mu);
  if (cfg_.nvml && !st_->nvml_busy) {
    const bool full_due = !st_->nvml_done_once || now >= st_->nvml_full_ns + cfg_.full_every_ns;
    if (!st_->nvml_absent || full_due) {
      st_->nvml_busy = true;
      st_->nvml_busy_since = now;
      std::thread([st = st_, lib = cfg_.nvml_lib, full_due] {
        std::unique_ptr<nvml::NvmlFacts> facts;
        {
          std::lock_guard<std::mutex> l(st->mu);
          facts = std::move(st->facts);
        }
        std::string why;
        if (!facts) facts = nvml::NvmlFacts::Open(lib, &why);
        nlohmann::json j;
        if (facts) j = facts->Read(full_due ? nvml::NvmlFacts::Level::kFull : nvml::NvmlFacts::Level::kCheap);
        const uint64_t t = MonoNow();
        std::lock_guard<std::mutex> l(st->mu);
        st->facts = std::move(facts);
        if (!st->facts) {
          st->nvml_absent = true;
          st->nvml_error = why;
          st->nvml_full_ns = t;
        } else {
          st->nvml_absent = false;
          st->nvml_error.clear();
          if (full_due) {
            st->nvml = j;
            st->nvml_full_ns = t;
          } else {
            MergeCheap(st->nvml, j);
          }
          st->nvml_read_ns = t;
        }
        st->nvml_done_once = true;
        st->nvml_busy = false;
        st->cv.notify_all();
      }).detach();
    }
  }
  if (cfg_.nvidia_smi && !st_->smi_busy &&
      (st_->smi_read_ns == 0 || now >= st_->smi_read_ns + cfg_.smi_every_ns)) {
    st_->smi_busy = true;
    st_->smi_busy_since = now;
    std::thread([st = st_, deadline = cfg_.smi_deadline_ms] {
      nlohmann::json j;
      std::string err;
      try {
        j = facts::NvidiaSmi(deadline);
      } catch (const std::exception& e) {
        err = e.what();
      }
      const uint64_t t = MonoNow();
      std::lock_guard<std::mutex> l(st->mu);
      if (err.empty()) st->smi = std::move(j);
      st->smi_error = err;
      st->smi_read_ns = t;
      st->smi_busy = false;
      st->cv.notify_all();
    }).detach();
  }
}

void GpuFactsCache::WaitFirstReads(std::chrono::milliseconds deadline) {
  std::unique_lock<std::mutex> lk(st_->mu);
  st_->cv.wait_for(lk, deadline, [&] {
    return (st_->nvml_done_once || !cfg_.nvml) && (st_->smi_read_ns != 0 || !cfg_.nvidia_smi);
  });
}

nlohmann::json GpuFactsCache::Nvml(uint64_t now) const {
  std::lock_guard<std::mutex> lk(st_->mu);
  if (st_->nvml.is_null()) return nullptr;
  nlohmann::json j = st_->nvml;
  j["read_mono_ns"] = st_->nvml_read_ns;
  j["age_ms"] = (now > st_->nvml_read_ns ? now - st_->nvml_read_ns : 0) / 1'000'000;
  return j;
}

nlohmann::json GpuFactsCache::NvidiaSmi(uint64_t now) const {
  std::lock_guard<std::mutex> lk(st_->mu);
  if (st_->smi.is_null()) return nullptr;
  nlohmann::json j = st_->smi;
  j["read_mono_ns"] = st_->smi_read_ns;
  j["age_ms"] = (now > st_->smi_read_ns ? now - st_->smi_read_ns : 0) / 1'000'000;
  return j;
}

bundle::Collector GpuFactsCache::NvmlStatus(uint64_t now) const {
  std::lock_guard<std::mutex> lk(st_->mu);
  bundle::Collector c{"gpu.nvml", "ok", "", 0};
  if (!cfg_.nvml) return {"gpu.nvml", "skipped", "--gpu-facts off", 0};
  if (st_->nvml_absent) return {"gpu.nvml", "skipped", st_->nvml_error, 0};
  if (st_->nvml.is_null())
    return {"gpu.nvml", "skipped",
            "the first NVML read was still running at the trigger (started " +
                AgeText(now, st_->nvml_busy_since) + " before)", 0};
  c.message = "cached, read " + AgeText(now, st_->nvml_read_ns) + " before";
  if (st_->nvml_busy && now > st_->nvml_busy_since + 5'000'000'000ull)
    c.message += "; a read has been blocked in the driver for " + AgeText(now, st_->nvml_busy_since);
  return c;
}

bundle::Collector GpuFactsCache::SmiStatus(uint64_t now) const {
  std::lock_guard<std::mutex> lk(st_->mu);
  if (!cfg_.nvidia_smi) return {"gpu.nvidia-smi", "skipped", "--gpu-facts off", 0};
  if (!st_->smi_error.empty())
    return {"gpu.nvidia-smi", st_->smi_error.find("no answer") != std::string::npos ? "timeout" : "failed",
            st_->smi_error + " (" + AgeText(now, st_->smi_read_ns) + " before the trigger)", 0};
  if (st_->smi.is_null())
    return {"gpu.nvidia-smi", "skipped",
            "its first run was still going at the trigger (started " + AgeText(now, st_->smi_busy_since) +
                " before); never waited for", 0};
  if (!st_->smi.value("present", false)) return {"gpu.nvidia-smi", "skipped", "nvidia-smi not on the PATH", 0};
  return {"gpu.nvidia-smi", "ok", "cached, run " + AgeText(now, st_->smi_read_ns) + " before", 0};
}

}  // namespace tempmon::capture
