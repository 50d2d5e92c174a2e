// Where the feeder's samples go: tempmon.ko's push sensors (kmod_sink.h) or
// a shared-memory ring (shm_sink.h). One small interface so the feeder does
// not care which.
#pragma once

#include <cstdint>
#include <span>
#include <stdexcept>
#include <string>

#include <tempmon.h>
#include <tempmon/ring/sensor_desc.h>

namespace tempmon::feed {

// Every error names what failed, the errno text and what to do about it.
class SinkError : public std::runtime_error {
 public:
  explicit SinkError(const std::string& what, int err = 0) : std::runtime_error(what), err_(err) {}
  int err() const { return err_; }

 private:
  int err_;
};

// The sensor table is full: the sensor is skipped, the feeder goes on.
class SinkFull : public SinkError {
 public:
  using SinkError::SinkError;
};

// The ring cannot carry what the sensor measures (a unit other than °C on
// an ABI 1.0 module): the series is skipped, the feeder goes on.
class SinkUnsupported : public SinkError {
 public:
  using SinkError::SinkError;
};

class Sink {
 public:
  Sink() = default;
  Sink(const Sink&) = delete;
  Sink& operator=(const Sink&) = delete;
  virtual ~Sink() = default;

  virtual std::string Describe() const = 0;
  // Registers (or finds, after a restart) a push sensor by its human name
  // and describes it (origin, unit, limits, identity). Throws SinkFull,
  // SinkUnsupported or SinkError.
  virtual uint16_t AddSensor(const std::string& name, const ring::SensorDesc& desc) = 0;
  // Empty when the ring carries sensor descriptions; else one line saying
  // what is lost (an ABI 1.0 module: every sensor reads as a pushed
  // temperature without identity).
  virtual std::string DescriptionLimit() const { return {}; }
  virtual void SetThreshold(uint16_t id, int32_t threshold_mc, int32_t hysteresis_mc) = 0;
  // Returns how many samples the ring accepted (fewer when frozen).
  virtual size_t Push(std::span<const tempmon_push_sample> samples) = 0;
};

}  // namespace tempmon::feed
