// The few NVML declarations tempmon-feed needs, written from NVIDIA's public
// NVML API reference so that building needs no NVIDIA header or library:
// libnvidia-ml.so.1 is dlopen()ed at run time (nvml_lib.h).
#pragma once

#include <cstdint>

extern "C" {

typedef int nvmlReturn_t;
typedef struct nvmlDevice_st* nvmlDevice_t;
typedef struct nvmlEventSet_st* nvmlEventSet_t;

typedef struct nvmlEventData_st {
  nvmlDevice_t device;
  unsigned long long eventType;
  unsigned long long eventData;  // the Xid number for Xid events
  unsigned int gpuInstanceId;
  unsigned int computeInstanceId;
} nvmlEventData_t;

// NVML_DEVICE_PCI_BUS_ID_BUFFER_SIZE 32, _V2_SIZE 16 (nvmlPciInfo_t v3).
typedef struct nvmlPciInfo_st {
  char busIdLegacy[16];
  unsigned int domain;
  unsigned int bus;
  unsigned int device;
  unsigned int pciDeviceId;
  unsigned int pciSubSystemId;
  char busId[32];
} nvmlPciInfo_t;

// nvmlFieldValue_t: one value of nvmlDeviceGetFieldValues.
typedef struct nvmlFieldValue_st {
  unsigned int fieldId;
  unsigned int scopeId;
  long long timestamp;
  long long latencyUsec;
  int valueType;  // nvmlValueType_t
  nvmlReturn_t nvmlReturn;
  union {
    double dVal;
    unsigned int uiVal;
    unsigned long ulVal;
    unsigned long long ullVal;
    long long sllVal;
    int siVal;
    unsigned short usVal;
  } value;
} nvmlFieldValue_t;

}  // extern "C"

namespace tempmon::nvml {

// nvmlReturn_t values.
inline constexpr nvmlReturn_t kSuccess = 0;
inline constexpr nvmlReturn_t kErrorUninitialized = 1;
inline constexpr nvmlReturn_t kErrorNotSupported = 3;
inline constexpr nvmlReturn_t kErrorNoPermission = 4;
inline constexpr nvmlReturn_t kErrorDriverNotLoaded = 9;
inline constexpr nvmlReturn_t kErrorTimeout = 10;
inline constexpr nvmlReturn_t kErrorFunctionNotFound = 13;
inline constexpr nvmlReturn_t kErrorGpuIsLost = 15;

inline constexpr int kTemperatureGpu = 0;  // NVML_TEMPERATURE_GPU
inline constexpr int kClockSm = 1;         // NVML_CLOCK_SM
inline constexpr unsigned long long kEventTypeXidCriticalError = 0x8ULL;
inline constexpr unsigned kDeviceNameBufferSize = 96;  // NVML_DEVICE_NAME_V2_BUFFER_SIZE
inline constexpr unsigned kDeviceUuidBufferSize = 80;  // NVML_DEVICE_UUID_V2_BUFFER_SIZE
// nvmlTemperatureThresholds_t
inline constexpr int kTempThresholdShutdown = 0;
inline constexpr int kTempThresholdSlowdown = 1;
inline constexpr int kTempThresholdGpuMax = 3;  // maximum operating temperature
// Field ids of nvmlDeviceGetFieldValues.
inline constexpr unsigned kFieldMemoryTemp = 82;  // NVML_FI_DEV_MEMORY_TEMP, °C

using InitFn = nvmlReturn_t (*)();
using ShutdownFn = nvmlReturn_t (*)();
using GetCountFn = nvmlReturn_t (*)(unsigned int*);
using GetHandleByIndexFn = nvmlReturn_t (*)(unsigned int, nvmlDevice_t*);
using GetNameFn = nvmlReturn_t (*)(nvmlDevice_t, char*, unsigned int);
using GetTemperatureFn = nvmlReturn_t (*)(nvmlDevice_t, int, unsigned int*);
using GetClockInfoFn = nvmlReturn_t (*)(nvmlDevice_t, int, unsigned int*);
using GetPowerUsageFn = nvmlReturn_t (*)(nvmlDevice_t, unsigned int*);
using GetUuidFn = nvmlReturn_t (*)(nvmlDevice_t, char*, unsigned int);
using GetPciInfoFn = nvmlReturn_t (*)(nvmlDevice_t, nvmlPciInfo_t*);
using GetTemperatureThresholdFn = nvmlReturn_t (*)(nvmlDevice_t, int, unsigned int*);
using GetReasonsFn = nvmlReturn_t (*)(nvmlDevice_t, unsigned long long*);
using GetFanSpeedFn = nvmlReturn_t (*)(nvmlDevice_t, unsigned int*);         // % of the fan's maximum
using GetPowerLimitFn = nvmlReturn_t (*)(nvmlDevice_t, unsigned int*);       // mW
using GetTargetFanSpeedFn = nvmlReturn_t (*)(nvmlDevice_t, unsigned int, unsigned int*);  // fan, %
using GetFieldValuesFn = nvmlReturn_t (*)(nvmlDevice_t, int, nvmlFieldValue_t*);
using ErrorStringFn = const char* (*)(nvmlReturn_t);
using EventSetCreateFn = nvmlReturn_t (*)(nvmlEventSet_t*);
using EventSetFreeFn = nvmlReturn_t (*)(nvmlEventSet_t);
using RegisterEventsFn = nvmlReturn_t (*)(nvmlDevice_t, unsigned long long, nvmlEventSet_t);
using EventSetWaitFn = nvmlReturn_t (*)(nvmlEventSet_t, nvmlEventData_t*, unsigned int);

}  // namespace tempmon::nvml
