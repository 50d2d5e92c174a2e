// The NVML backend. Every NVML call runs on a thread of its own (one per GPU,
// one for init, one for Xid events) because NVML calls can block forever in
// uninterruptible sleep on a hung GPU: the pollers publish their latest
// reading with a timestamp; Collect() never calls NVML, it only looks at what
// was published and marks a GPU stale when its reading is older than the
// deadline.
#pragma once

#include <cstdint>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <thread>
#include <vector>

#include "feed/reading.h"

namespace tempmon::feed {

class EventLog;
struct NvmlShared;
struct GpuSlot;

struct NvmlOptions {
  std::string lib_path = "libnvidia-ml.so.1";
  uint64_t period_ns = 100'000'000;   // poll interval per GPU
  uint64_t deadline_ns = 2'000'000'000;  // older than this = stale
  bool xid_events = true;
};

struct NvmlStats {
  uint64_t readings = 0;     // fresh readings handed to the feeder
  uint64_t stale_marks = 0;  // transitions to stale
  uint64_t lost_gpus = 0;
  uint64_t errors = 0;       // failed NVML calls (not lost, not stale)
  uint64_t xids = 0;
};

class NvmlSource final : public Source {
 public:
  // nullptr when the library cannot be loaded; *why then says why, once, and
  // the caller runs its other backends. Never blocks on NVML itself.
  static std::unique_ptr<NvmlSource> Start(const NvmlOptions& opt, EventLog& events, std::string* why);
  // Stops the pollers; a poller stuck inside NVML is left behind (detached)
  // after a short wait rather than hanging the exit.
  ~NvmlSource() override;

  void Collect(uint64_t now_ns, std::vector<Reading>& out) override;
  NvmlStats stats() const;
  // Number of GPUs enumerated so far (0 until init finished).
  size_t gpu_count() const;
  // nvmlInit_v2 and enumeration returned (successfully or not).
  bool init_done() const;

 private:
  NvmlSource(std::shared_ptr<NvmlShared> shared, EventLog& events) : shared_(std::move(shared)), events_(events) {}
  struct GpuView {
    uint64_t last_seq = 0;
    bool stale = false;
    bool lost_reported = false;
    bool error_reported = false;
    bool cooling_reported = false;
    std::optional<uint32_t> limit_mw, default_mw;  // as last seen, for change events
  };
  // The steps of Collect(), under the shared lock: the library's start
  // reported once (and the pollers started); one GPU's state (lost, stale,
  // failing: false when it has no new reading); its readings; the events
  // its limits and cooling inputs make.
  void ReportInit(uint64_t now_ns);
  bool Healthy(const GpuSlot& g, GpuView& v, const std::string& name, uint64_t now_ns);
  static std::vector<Reading> ReadingsOf(const GpuSlot& g, const std::string& name);
  void ReportLimitsAndCooling(const GpuSlot& g, GpuView& v, const std::string& name);
  std::shared_ptr<NvmlShared> shared_;
  std::vector<std::thread> threads_;
  EventLog& events_;
  uint64_t start_ns_ = 0;
  bool init_stall_reported_ = false;
  bool init_result_reported_ = false;
  std::map<unsigned, GpuView> views_;
  NvmlStats stats_;
};

}  // namespace tempmon::feed
