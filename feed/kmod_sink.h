// Pushes into tempmon.ko: TEMPMON_IOC_ADD_SENSOR (kind PUSH) and, on an
// ABI 1.1 module, TEMPMON_IOC_SET_SENSOR_DESC once per sensor, then
// TEMPMON_IOC_PUSH batches. Needs CAP_SYS_ADMIN.
#pragma once

#include <string>

#include "feed/sink.h"

namespace tempmon::feed {

class KmodSink final : public Sink {
 public:
  // Throws SinkError (no device, no permission, ABI mismatch) with a hint.
  explicit KmodSink(const std::string& device = "/dev/" TEMPMON_DEVICE_NAME);
  ~KmodSink() override;

  std::string Describe() const override;
  uint16_t AddSensor(const std::string& name, const ring::SensorDesc& desc) override;
  std::string DescriptionLimit() const override;
  void SetThreshold(uint16_t id, int32_t threshold_mc, int32_t hysteresis_mc) override;
  size_t Push(std::span<const tempmon_push_sample> samples) override;

 private:
  [[noreturn]] void Fail(const std::string& what, int err) const;
  uint16_t AddPushSensor(const std::string& name);
  std::string device_;
  std::string version_;
  uint16_t abi_minor_ = 0;
  int fd_ = -1;
};

}  // namespace tempmon::feed
