// Prometheus textfile-collector metrics (node_exporter), written atomically.
#pragma once

#include <cstdint>
#include <filesystem>
#include <map>
#include <optional>
#include <string>

namespace tempmon::capture {

struct Metrics {
  std::map<std::string, uint64_t> captures_by_trigger;
  uint64_t capture_failures = 0;
  uint64_t suppressed = 0;          // debounced triggers
  uint64_t episodes = 0;            // throttle episodes seen
  std::optional<int32_t> last_peak_mc;
  uint64_t ring_lost = 0;
  uint64_t ring_torn = 0;
  uint64_t kmsg_dropped = 0;
  uint64_t bpf_dropped = 0;
  uint64_t collector_timeouts = 0;

  std::string Format() const;
  // Replaces FILE atomically with Format() and `more` (the per-device
  // metrics): sys::ReplaceFile, its folder checked, a private temporary
  // name, rename. Throws CaptureError.
  void WriteAtomically(const std::filesystem::path& file, const std::string& more = {}) const;
};

}  // namespace tempmon::capture
