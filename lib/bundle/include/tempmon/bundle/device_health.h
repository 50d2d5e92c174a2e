// The "Device health" block of `show` and the HTML page: per GPU, the facts
// a vendor asks for before an RMA (serial, VBIOS and InfoROM versions, ECC
// counts, remapped rows with the per-bank histogram, retired pages) and the
// recovery action the driver asks for. Read from system.json's gpu_nvml
// (the NVML facts cached at the trigger; after the window when the trigger
// had none), every value checked for its type: a bundle is hostile input.
#pragma once

#include <string>
#include <utility>
#include <vector>

namespace tempmon::bundle {

struct Contents;

struct GpuHealth {
  std::string title;            // "GPU 0  NVIDIA H200  uuid GPU-…"
  std::string recovery_action;  // NVML's name ("none", "drain_and_reset"), empty when not reported
  std::string recovery_text;    // what `show` prints for it
  bool attention = false;       // an action other than none, pending/failed remaps, uncorrectable errors
  std::vector<std::pair<std::string, std::string>> rows;  // label, value
};

std::vector<GpuHealth> DeviceHealth(const Contents& c);

}  // namespace tempmon::bundle
