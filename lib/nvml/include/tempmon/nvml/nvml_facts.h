// GPU facts that fleet tools read from NVML and a support engineer wants in
// the bundle: ECC counts (volatile, aggregate), remapped rows (pending,
// failure, the per-bank histogram), retired pages (pending, counts by
// cause), serial, VBIOS and InfoROM versions, PCIe link generation/width
// current vs max, NVLink states, the GPU recovery action, persistence mode,
// and the clock-event ("violation") time counters. Read by tempmon-capture on a
// worker thread and cached, so a bundle never waits for the driver.
#pragma once

#include <memory>
#include <string>

#include <nlohmann/json.hpp>

namespace tempmon::nvml {

class NvmlFacts {
 public:
  enum class Level {
    kCheap,  // counters that move: ECC volatile, remapped rows and their
             // histogram, PCIe current, recovery action, violation counters
    kFull,   // and what rarely changes: name, UUID, serial, VBIOS, InfoROM,
             // persistence mode, PCIe max, NVLink states, ECC aggregate,
             // retired pages
  };

  // dlopen()s `lib_path` and calls nvmlInit_v2; nullptr (and *why) when the
  // library or the driver is missing. May block in a hung driver: call it
  // off the event loop.
  static std::unique_ptr<NvmlFacts> Open(const std::string& lib_path, std::string* why);
  ~NvmlFacts();
  NvmlFacts(const NvmlFacts&) = delete;
  NvmlFacts& operator=(const NvmlFacts&) = delete;

  // {"gpus": [{"index": 0, ...}, ...]}: each fact the driver answered; an
  // unsupported one is absent, a failing one is listed under "errors".
  // May block in a hung driver, like Open.
  nlohmann::json Read(Level level);

  struct Syms;

 private:
  NvmlFacts() = default;
  void* handle_ = nullptr;
  std::unique_ptr<Syms> s_;
};

// The NVML field id of the GPU recovery action (NVML_FI_DEV_GET_GPU_RECOVERY_ACTION)
// and the meaning of its values (nvmlDeviceGpuRecoveryAction_t).
inline constexpr unsigned kNvmlFieldGpuRecoveryAction = 230;
const char* NvmlRecoveryActionName(unsigned long long v);

// nvmlPerfPolicyType_t values read with nvmlDeviceGetViolationStatus, and
// their names in the bundle ("<name>_ns": time spent clock-limited for that
// reason since the driver loaded).
struct NvmlViolationPolicy {
  int policy;
  const char* name;
};
inline constexpr NvmlViolationPolicy kNvmlViolationPolicies[] = {
    {0, "power"},      {1, "thermal"},          {2, "sync_boost"},
    {3, "board_limit"}, {4, "low_utilization"}, {5, "reliability"},
};

}  // namespace tempmon::nvml
