// Sensor descriptions of ABI 1.1 (uapi/tempmon.h: origin, unit, extra
// thresholds, identity) as a reader sees them, whatever the producer's ABI
// minor, and the one spelling of the origin and unit names.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "tempmon.h"

namespace tempmon::ring {

struct SensorDesc {
  uint16_t origin = TEMPMON_ORIGIN_PUSH;  // enum tempmon_sensor_origin
  uint16_t unit = TEMPMON_UNIT_CELSIUS;   // enum tempmon_unit
  std::optional<int32_t> shutdown_mc;
  std::optional<int32_t> max_op_mc;
  std::string model, uuid, location;
  // The producer speaks ABI 1.0: origin and unit are the defaults, not
  // what it said (it could not say anything).
  bool assumed = false;
};

// The description of slot `i` of the control page (i < TEMPMON_MAX_SENSORS):
// a consistent copy (retried while sensors_gen is odd or moves) on a ring
// of ABI 1.1 or later, the ABI 1.0 defaults (unit CELSIUS, origin = kind)
// on an older one.
SensorDesc ReadSensorDesc(const tempmon_ctrl* c, uint32_t i);

// The raw struct a producer writes for `d` (strings cut to their arrays).
tempmon_sensor_desc ToRaw(const SensorDesc& d);

// "zone", "push", "sim", "hwmon", "nvml"; "origin<N>" for one this build
// does not know.
std::string OriginName(uint16_t origin);
std::optional<uint16_t> OriginFromName(std::string_view name);
// "C", "MHz", "W", "RPM"; "unit<N>" for one this build does not know.
std::string UnitName(uint16_t unit);
std::optional<uint16_t> UnitFromName(std::string_view name);

}  // namespace tempmon::ring
