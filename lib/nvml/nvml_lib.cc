#include "tempmon/nvml/nvml_lib.h"

#include <dlfcn.h>

namespace tempmon::nvml {
namespace {

template <typename Fn>
bool Bind(void* handle, const char* symbol, Fn& fn) {
  fn = reinterpret_cast<Fn>(dlsym(handle, symbol));
  return fn != nullptr;
}

}  // namespace

std::unique_ptr<NvmlLib> NvmlLib::Open(const std::string& path, std::string* why) {
  void* handle = dlopen(path.c_str(), RTLD_NOW | RTLD_LOCAL);
  if (!handle) {
    const char* err = dlerror();
    if (why) *why = "cannot load " + path + " (" + (err ? err : "unknown dlopen error") + ")";
    return nullptr;
  }
  std::unique_ptr<NvmlLib> lib(new NvmlLib(handle, path));
  struct Required {
    const char* symbol;
    bool bound;
  };
  const Required required[] = {
      {"nvmlInit_v2", Bind(handle, "nvmlInit_v2", lib->init)},
      {"nvmlShutdown", Bind(handle, "nvmlShutdown", lib->shutdown)},
      {"nvmlDeviceGetCount_v2", Bind(handle, "nvmlDeviceGetCount_v2", lib->get_count)},
      {"nvmlDeviceGetHandleByIndex_v2", Bind(handle, "nvmlDeviceGetHandleByIndex_v2", lib->get_handle)},
      {"nvmlDeviceGetTemperature", Bind(handle, "nvmlDeviceGetTemperature", lib->get_temperature)},
      {"nvmlErrorString", Bind(handle, "nvmlErrorString", lib->error_string)},
  };
  for (const Required& r : required) {
    if (!r.bound) {
      if (why) *why = path + " lacks " + r.symbol + " (driver too old or not an NVML library)";
      return nullptr;
    }
  }
  Bind(handle, "nvmlDeviceGetName", lib->get_name);
  Bind(handle, "nvmlDeviceGetClockInfo", lib->get_clock);
  Bind(handle, "nvmlDeviceGetPowerUsage", lib->get_power);
  Bind(handle, "nvmlDeviceGetUUID", lib->get_uuid);
  Bind(handle, "nvmlDeviceGetPciInfo_v3", lib->get_pci_info);
  Bind(handle, "nvmlDeviceGetTemperatureThreshold", lib->get_temp_threshold);
  Bind(handle, "nvmlDeviceGetFanSpeed", lib->get_fan_speed);
  Bind(handle, "nvmlDeviceGetEnforcedPowerLimit", lib->get_enforced_limit);
  Bind(handle, "nvmlDeviceGetPowerManagementDefaultLimit", lib->get_default_limit);
  Bind(handle, "nvmlDeviceGetTargetFanSpeed", lib->get_fan_target);
  Bind(handle, "nvmlDeviceGetFieldValues", lib->get_field_values);
  // Drivers >= 535 call them "clocks event reasons"; older ones only have the
  // throttle-reasons name for the same bits.
  if (Bind(handle, "nvmlDeviceGetCurrentClocksEventReasons", lib->get_reasons)) {
    lib->reasons_symbol = "nvmlDeviceGetCurrentClocksEventReasons";
  } else if (Bind(handle, "nvmlDeviceGetCurrentClocksThrottleReasons", lib->get_reasons)) {
    lib->reasons_symbol = "nvmlDeviceGetCurrentClocksThrottleReasons";
  }
  if (!Bind(handle, "nvmlEventSetCreate", lib->event_set_create) ||
      !Bind(handle, "nvmlEventSetFree", lib->event_set_free) ||
      !Bind(handle, "nvmlDeviceRegisterEvents", lib->register_events) ||
      !Bind(handle, "nvmlEventSetWait_v2", lib->event_set_wait)) {
    lib->event_set_create = nullptr;
    lib->event_set_wait = nullptr;
  }
  return lib;
}

NvmlLib::~NvmlLib() { dlclose(handle_); }

std::string NvmlLib::Error(nvmlReturn_t rc) const {
  const char* s = error_string ? error_string(rc) : nullptr;
  return std::string(s ? s : "unknown error") + " (NVML error " + std::to_string(rc) + ")";
}

}  // namespace tempmon::nvml
