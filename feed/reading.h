// What a source hands the feeder each scan.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include <tempmon/ring/sensor_desc.h>

namespace tempmon::feed {

struct Reading {
  std::string key;    // stable identity of the source for this run ("hwmon/<dev>/temp1", "nvml/0")
  std::string name;   // human name for the ring's sensor table, <= 31 chars
  std::string kind;   // "hwmon", "nvml"
  uint64_t ts_ns = 0; // CLOCK_MONOTONIC when measured
  int32_t temp_mc = 0;  // thousandths of desc.unit (m°C for a temperature)
  uint16_t flags = 0;  // TEMPMON_F_USER_MASK bits only
  std::optional<int32_t> threshold_mc;
  // Origin, unit, other limits and identity, for the ring's description of
  // the sensor (set once, at registration).
  ring::SensorDesc desc;
  std::string detail;  // extra columns for --once ("sm 1410 MHz, 250.3 W")
};

// A source of temperatures. Collect must not block for long: sources that
// can hang (NVML) do their I/O on their own threads.
class Source {
 public:
  Source() = default;
  Source(const Source&) = delete;
  Source& operator=(const Source&) = delete;
  virtual ~Source() = default;
  virtual void Collect(uint64_t now_ns, std::vector<Reading>& out) = 0;
};

uint64_t MonotonicNs();

}  // namespace tempmon::feed
