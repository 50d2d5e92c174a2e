// A Sink that keeps everything in memory, for the feeder's tests.
#pragma once

#include <map>
#include <vector>

#include "feed/sink.h"

namespace tempmon::feed::test {

class MemorySink final : public Sink {
 public:
  struct Threshold {
    int32_t threshold_mc;
    int32_t hysteresis_mc;
  };
  std::vector<std::string> names;  // index = sensor id
  std::vector<tempmon::ring::SensorDesc> descs;  // index = sensor id
  bool celsius_only = false;  // behave as an ABI 1.0 module
  std::vector<tempmon_push_sample> samples;
  std::map<uint16_t, Threshold> thresholds;
  size_t threshold_calls = 0;
  size_t capacity = TEMPMON_MAX_SENSORS;
  bool fail_push = false;

  std::string Describe() const override { return "memory"; }
  std::string DescriptionLimit() const override { return celsius_only ? "memory sink: ABI 1.0" : ""; }
  uint16_t AddSensor(const std::string& name, const tempmon::ring::SensorDesc& desc) override {
    if (names.size() >= capacity) throw SinkFull("memory sink full", ENOSPC);
    if (celsius_only && desc.unit != TEMPMON_UNIT_CELSIUS) throw SinkUnsupported("memory sink: °C only", ENOTTY);
    names.push_back(name);
    descs.push_back(celsius_only ? tempmon::ring::SensorDesc{} : desc);
    return static_cast<uint16_t>(names.size() - 1);
  }
  void SetThreshold(uint16_t id, int32_t t, int32_t h) override {
    ++threshold_calls;
    thresholds[id] = {t, h};
  }
  size_t Push(std::span<const tempmon_push_sample> s) override {
    if (fail_push) throw SinkError("push failed on purpose", EIO);
    samples.insert(samples.end(), s.begin(), s.end());
    return s.size();
  }
  // Samples of the sensor called `name`.
  std::vector<tempmon_push_sample> Of(const std::string& name) const {
    std::vector<tempmon_push_sample> out;
    for (const auto& s : samples) {
      if (s.sensor < names.size() && names[s.sensor] == name) out.push_back(s);
    }
    return out;
  }
};

}  // namespace tempmon::feed::test
