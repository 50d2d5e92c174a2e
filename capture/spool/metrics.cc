#include "capture/spool/metrics.h"

#include <fcntl.h>
#include <unistd.h>

#include <sstream>

#include "capture/common/errors.h"
#include "capture/common/unique_fd.h"

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
  std::string text = Format() + more;
  std::string tmp = file.string() + ".tmp";
  UniqueFd fd(::open(tmp.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644));
  if (!fd) ThrowErrno("cannot write metrics " + tmp, "check --metrics");
  if (::write(fd.get(), text.data(), text.size()) != static_cast<ssize_t>(text.size())) {
    int e = errno;
    ::unlink(tmp.c_str());
    throw CaptureError(ErrnoText("cannot write metrics " + tmp, e));
  }
  fd.Reset();
  if (::rename(tmp.c_str(), file.c_str()) != 0) {
    int e = errno;
    ::unlink(tmp.c_str());
    throw CaptureError(ErrnoText("cannot rename " + tmp, e));
  }
}

}  // namespace tempmon::capture
