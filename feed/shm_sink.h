// Pushes into a shared-memory ring (lib/ring's ShmRing, same layout as
// /dev/tempmon's mapping) that this feeder creates and alone produces into:
// no root and no module needed; tempmon-capture reads it by name.
#pragma once

#include <memory>
#include <string>

#include <tempmon/ring/shm_ring.h>

#include "feed/sink.h"

namespace tempmon::feed {

class ShmSink final : public Sink {
 public:
  // Creates (replacing a stale one) shared memory `name`; throws SinkError.
  explicit ShmSink(const std::string& name, uint64_t capacity = 65536, uint32_t rate_hz = 0);

  std::string Describe() const override;
  uint16_t AddSensor(const std::string& name, const ring::SensorDesc& desc) override;
  void SetThreshold(uint16_t id, int32_t threshold_mc, int32_t hysteresis_mc) override;
  size_t Push(std::span<const tempmon_push_sample> samples) override;

 private:
  std::unique_ptr<ring::ShmRing> ring_;
  std::unique_ptr<ring::ShmProducer> producer_;
};

}  // namespace tempmon::feed
