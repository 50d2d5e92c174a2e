// Per-device metrics for the node_exporter textfile: what each sensor reads
// now, whether its source throttles or is power-limited, its episodes by
// cause, and the kernel-log findings by code, with the labels operators
// already join on (dcgm-exporter's gpu, UUID, pci_bus_id, modelName,
// Hostname). Nothing of high cardinality: no pids, process names or lines.
#pragma once

#include <cstdint>
#include <map>
#include <string>
#include <tuple>
#include <vector>

#include "tempmon/bundle/bundle.h"
#include "tempmon/signatures/signatures.h"

namespace tempmon::capture {

class DeviceMetrics {
 public:
  // A source flag that clears for less than this is one episode, not two:
  // sub-second power-cap flickers do not count as episodes.
  static constexpr uint64_t kEpisodeGapNs = 1'000'000'000;

  void SetHost(std::string host) { host_ = std::move(host); }
  void SetSensors(const std::vector<bundle::Sensor>& sensors);
  void OnSample(const bundle::Sample& s);
  // A kernel-log finding (the first line of a burst).
  void OnFinding(const signatures::Match& m);
  // Prometheus text: gauges as of `now_mono_ns`.
  std::string Format(uint64_t now_mono_ns) const;
  // The labels of the device whose sensor is named `sensor`, as every
  // tempmon_device_* gauge carries them (just sensor and Hostname for a
  // sensor not described yet): for other gauges of the same device.
  std::string LabelsOf(const std::string& sensor) const;

 private:
  struct Flag {
    bool on = false;
    uint64_t last_on_ns = 0;  // last sample with the flag
    uint64_t episodes = 0;
  };
  struct Device {
    bundle::Sensor desc;
    bool described = false;
    bool has_value = false;
    int32_t value = 0;  // thousandths of desc.unit
    uint16_t flags = 0;
    uint64_t at_ns = 0;
    uint64_t thermal_episodes = 0;  // THR_START
    std::map<std::string, Flag> source;  // cause name -> state
  };
  std::string Labels(const Device& d) const;

  std::string host_;
  std::map<uint16_t, Device> devices_;
  // (class, signature, err_code, err_msg, severity) -> findings
  std::map<std::tuple<std::string, std::string, std::string, std::string, std::string>, uint64_t> findings_;
};

}  // namespace tempmon::capture
