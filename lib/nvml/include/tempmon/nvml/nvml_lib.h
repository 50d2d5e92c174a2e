// libnvidia-ml.so.1, opened with dlopen at run time: a machine without the
// NVIDIA driver still runs tempmon-feed's other backends.
#pragma once

#include <memory>
#include <string>

#include "tempmon/nvml/nvml_api.h"

namespace tempmon::nvml {

class NvmlLib {
 public:
  // nullptr (and *why set to one line naming the library and dlerror) when
  // the library or one of its required symbols is missing.
  static std::unique_ptr<NvmlLib> Open(const std::string& path, std::string* why);
  ~NvmlLib();
  NvmlLib(const NvmlLib&) = delete;
  NvmlLib& operator=(const NvmlLib&) = delete;

  std::string Error(nvmlReturn_t rc) const;  // "GPU is lost (NVML error 15)"
  const std::string& path() const { return path_; }

  // Required.
  nvml::InitFn init = nullptr;
  nvml::ShutdownFn shutdown = nullptr;
  nvml::GetCountFn get_count = nullptr;
  nvml::GetHandleByIndexFn get_handle = nullptr;
  nvml::GetTemperatureFn get_temperature = nullptr;
  nvml::ErrorStringFn error_string = nullptr;
  // Optional (nullptr when this driver lacks them).
  nvml::GetNameFn get_name = nullptr;
  nvml::GetClockInfoFn get_clock = nullptr;
  nvml::GetPowerUsageFn get_power = nullptr;
  nvml::GetUuidFn get_uuid = nullptr;
  nvml::GetPciInfoFn get_pci_info = nullptr;  // nvmlDeviceGetPciInfo_v3
  nvml::GetTemperatureThresholdFn get_temp_threshold = nullptr;
  nvml::GetReasonsFn get_reasons = nullptr;  // ClocksEventReasons, else ClocksThrottleReasons
  nvml::GetFanSpeedFn get_fan_speed = nullptr;            // nvmlDeviceGetFanSpeed: the commanded speed, %
  nvml::GetPowerLimitFn get_enforced_limit = nullptr;     // nvmlDeviceGetEnforcedPowerLimit
  nvml::GetPowerLimitFn get_default_limit = nullptr;      // nvmlDeviceGetPowerManagementDefaultLimit
  nvml::GetTargetFanSpeedFn get_fan_target = nullptr;     // nvmlDeviceGetTargetFanSpeed: what the driver asks of fan 0, %
  nvml::GetFieldValuesFn get_field_values = nullptr;      // nvmlDeviceGetFieldValues (memory temperature)
  const char* reasons_symbol = "";
  nvml::EventSetCreateFn event_set_create = nullptr;
  nvml::EventSetFreeFn event_set_free = nullptr;
  nvml::RegisterEventsFn register_events = nullptr;
  nvml::EventSetWaitFn event_set_wait = nullptr;

 private:
  NvmlLib(void* handle, std::string path) : handle_(handle), path_(std::move(path)) {}
  void* handle_;
  std::string path_;
};

}  // namespace tempmon::nvml
