// Pushes into tempmon.ko: TEMPMON_IOC_ADD_SENSOR (kind PUSH) once per sensor,
// then TEMPMON_IOC_PUSH batches. Needs CAP_SYS_ADMIN.
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
  uint16_t AddSensor(const std::string& name) override;
  void SetThreshold(uint16_t id, int32_t threshold_mc, int32_t hysteresis_mc) override;
  size_t Push(std::span<const tempmon_push_sample> samples) override;

 private:
  [[noreturn]] void Fail(const std::string& what, int err) const;
  std::string device_;
  std::string version_;
  int fd_ = -1;
};

}  // namespace tempmon::feed
