#include "capture/metrics/metrics.h"

#include <sstream>

#include "capture/common/errors.h"
#include "tempmon/sys/dir.h"

namespace tempmon::capture {

std::string Metrics::Format() const {
  std::ostringstream o;
  auto counter = [&](const char* name, const char* help, uint64_t v) {
    o << "# HELP " << name << " " << help << "\n# TYPE " << name << " counter\n"
      << name << " " << v << "\n";
  };
  o << "# HELP tempmon_captures_total Report bundles written, by trigger.\n"
       "# TYPE tempmon_captures_total counter\n";
  if (captures_by_trigger.empty()) o << "tempmon_captures_total{trigger=\"none\"} 0\n";
  for (const auto& [k, v] : captures_by_trigger)
    o << "tempmon_captures_total{trigger=\"" << k << "\"} " << v << "\n";
  counter("tempmon_capture_failures_total", "Captures that could not be written.", capture_failures);
  counter("tempmon_triggers_suppressed_total", "Triggers within the cooldown of a capture.", suppressed);
  counter("tempmon_throttle_episodes_total", "Throttle episodes seen.", episodes);
  counter("tempmon_ring_lost_total", "Ring records lost before they were read.", ring_lost);
  counter("tempmon_ring_torn_total", "Ring copies rejected as torn.", ring_torn);
  counter("tempmon_kmsg_dropped_total", "Kernel log records overwritten before read, or dropped past the capture's bound.", kmsg_dropped);
  counter("tempmon_bpf_dropped_total", "BPF events dropped (ring buffer full).", bpf_dropped);
  counter("tempmon_collector_timeouts_total", "Collectors that passed their deadline.", collector_timeouts);
  if (last_peak_mc)
    o << "# HELP tempmon_last_peak_celsius Peak temperature of the last capture.\n"
         "# TYPE tempmon_last_peak_celsius gauge\ntempmon_last_peak_celsius "
      << (*last_peak_mc / 1000.0) << "\n";
  return o.str();
}

void Metrics::WriteAtomically(const std::filesystem::path& file, const std::string& more) const {
  try {
    sys::ReplaceFile(file, Format() + more, 0644);
  } catch (const sys::SysError& e) {
    throw CaptureError(std::string("metrics: ") + e.what() + " (check --metrics)");
  }
}

}  // namespace tempmon::capture
