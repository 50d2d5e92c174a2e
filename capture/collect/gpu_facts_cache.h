// GPU facts kept fresh off the event loop, so that a bundle never waits for
// the driver or for nvidia-smi: NVML is read in-process on a worker thread
// (the cheap, moving counters on every idle tick; everything at start and
// every `full_every`), and `nvidia-smi -q -x` runs on its own worker at
// start and every `smi_every`. At the trigger the capture writes what the
// cache holds, with its age; a read still running (a hung driver) is
// reported, never waited for, except for the very first NVML read and
// nvidia-smi run of a one-shot capture (WaitFirstReads).
#pragma once

#include <chrono>
#include <cstdint>
#include <memory>
#include <string>

#include <nlohmann/json.hpp>

#include "tempmon/bundle/bundle.h"

namespace tempmon::capture {

struct GpuFactsConfig {
  std::string nvml_lib = "libnvidia-ml.so.1";
  bool nvml = true;
  bool nvidia_smi = true;
  uint64_t full_every_ns = 300'000'000'000ull;  // 5 min
  uint64_t smi_every_ns = 300'000'000'000ull;
  int smi_deadline_ms = 5000;
};

class GpuFactsCache {
 public:
  explicit GpuFactsCache(GpuFactsConfig cfg);
  ~GpuFactsCache();
  GpuFactsCache(const GpuFactsCache&) = delete;
  GpuFactsCache& operator=(const GpuFactsCache&) = delete;

  // Starts whatever refresh is due on a worker thread; never blocks.
  void Tick(uint64_t now_mono_ns);

  // Waits at most `deadline` for the first NVML read and the first
  // nvidia-smi run to finish (a one-shot capture started a moment ago has
  // nothing cached yet).
  void WaitFirstReads(std::chrono::milliseconds deadline);

  // The NVML facts as last read ({"gpus": [...], "read_mono_ns", "age_ms"}),
  // null when there are none.
  nlohmann::json Nvml(uint64_t now_mono_ns) const;
  // nvidia-smi's last answer ({"present", "query_xml", "age_ms"}), null when none.
  nlohmann::json NvidiaSmi(uint64_t now_mono_ns) const;

  // What the bundle's collector list says about each.
  bundle::Collector NvmlStatus(uint64_t now_mono_ns) const;
  bundle::Collector SmiStatus(uint64_t now_mono_ns) const;

  struct State;

 private:
  GpuFactsConfig cfg_;
  std::shared_ptr<State> st_;
};

}  // namespace tempmon::capture
