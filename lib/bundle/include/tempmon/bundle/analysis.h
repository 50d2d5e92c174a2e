// What a reader wants to know first, computed from Contents: per-sensor
// statistics, hang signatures and first kernel errors in the kernel log.
// Shared by summary.txt, `show`, `html` and `diff`.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "tempmon/bundle/bundle.h"
#include "tempmon/bundle/records.h"
#include "tempmon/signatures/signatures.h"

namespace tempmon::bundle {

struct SensorStats {
  uint16_t id = 0;
  std::string name;
  std::string kind;
  std::optional<int32_t> threshold_mc;
  uint64_t count = 0;
  int32_t min_mc = 0;
  int32_t max_mc = 0;  // the peak
  uint64_t peak_mono_ns = 0;
  double mean_mc = 0;
  uint64_t above_ns = 0;  // time at or above the threshold
  uint64_t flagged_throttling = 0;
  std::string unit = kCelsiusUnit;  // min/max/mean are thousandths of it
  uint64_t power_capped_ns = 0;     // time its source flagged POWER_CAP
};

// A GPU (sensors of origin nvml sharing a UUID): its temperature sensor
// and its other series (clock, power), for the Devices section of `show`
// and the HTML page.
struct DeviceStats {
  const Sensor* temp = nullptr;        // its temperature; null if only series
  std::vector<const Sensor*> series;   // sm_mhz, power_w, ...
  const Sensor& Identity() const { return temp ? *temp : *series.front(); }
  std::optional<int32_t> peak_mc;      // peak temperature in the window
  uint64_t peak_mono_ns = 0;
  std::optional<int64_t> margin_mc;    // slowdown (its threshold) - peak
  uint64_t power_capped_ns = 0;        // time its source flagged POWER_CAP
};

// A burst of kernel-log lines that match one catalogue signature (same
// signature, code and device): counted once, first and last line kept.
struct KernelFinding {
  std::string signature;  // stable label: "nvidia_xid 79", "soft_lockup", ...
  signatures::Burst burst;
  const KmsgRecord* record = nullptr;  // first line in the kmsg member; null when
                                       // only the capture's event saw it
  bool found_at_start = false;         // logged before the capture started
};

struct Analysis {
  std::vector<SensorStats> sensors;
  std::vector<DeviceStats> devices;  // points into Contents::sensors
  std::vector<KernelFinding> findings;  // critical first, then by time
  std::vector<const KmsgRecord*> errors;  // level <= 3, in order
  uint64_t origin_ns = 0;  // time zero of relative times: trigger, else window start
  // Empty when the findings are the capture's own verdicts; otherwise the
  // one line that says the kernel log was judged again here, and why:
  // "kernel-log verdicts re-judged with catalogue sha256:... (bundle: ...)".
  std::string rejudged;
};

// The identity of the signature catalogue this build judges with:
// "sha256:" and the SHA-256 of signatures.json as embedded. The capture
// writes it in the manifest (Contents::signature_catalogue); a viewer
// trusts the bundle's verdicts only under the same identity.
const std::string& CatalogueIdentity();
// "sha256:0123456789ab": an identity short enough for one line, printable
// ASCII only.
std::string ShortIdentity(std::string_view identity);

// The one way a kernel-log record is judged, by the capture (live, at
// start, crash logs) and by a viewer re-judging an older bundle: its text
// classified with the catalogue (signatures::ClassifyRecord) and counted
// into `t`'s bursts at its kernel time. `burst` is null when no signature
// matches; else it points into `t` and `first` says it opened the burst.
struct Verdict {
  signatures::Match match;
  signatures::Burst* burst = nullptr;
  bool first = false;
  explicit operator bool() const { return burst != nullptr; }
};
Verdict Judge(const KmsgRecord& k, signatures::Tracker& t);
// Judges every record of a kernel log whose lines have not been judged
// (a crash's log from pstore): sets each matched record's `burst` and
// returns one kmsg_match event per burst.
std::vector<KmsgMatchEvent> JudgeKernelLog(std::vector<KmsgRecord>& log);

// A burst as the bundle's kmsg_match event, and back (tolerant: what an
// event lacks stays empty).
KmsgMatchEvent ToMatchEvent(const signatures::Burst& b);
signatures::Burst FromMatchEvent(const KmsgMatchEvent& e);

// The stable label of a matched line: "nvidia_xid 79", "soft_lockup";
// empty when `text` matches no signature.
std::string MatchSignature(std::string_view text);
std::string SignatureLabel(const signatures::Match& m);
// One line for `show` and the HTML page alike: "Xid 79 on 0000:3b:00 — GPU
// has fallen off the bus (n=812 over 3.2 s) [found at start]".
std::string FindingHeadline(const KernelFinding& f);
// True when the bundle was triggered by tempmon-capture --test-signature.
bool IsTestBundle(const Contents& c);

// `c` must outlive the result (it points into c.kmsg and c.sensors).
Analysis Analyze(const Contents& c);

// Two findings that are one incident: a fatal PCIe error, or a failed
// recovery, on a port and a GPU lost on the bus below it, less than
// kIncidentWindowS apart, linked by the kernel's own words: the AER line
// names the GPU's address as its source, or the kernel names the GPU's
// address in its AER handling ("nvidia 0000:02:00.0: device has no
// AER-aware driver", "... AER: can't recover").
struct Incident {
  const KernelFinding* cause = nullptr;   // the PCIe finding
  const KernelFinding* effect = nullptr;  // the lost GPU
  std::string link;                       // the line that ties them
};
inline constexpr double kIncidentWindowS = 60;

// The kernel's whole report behind a finding: a lockup, hung task, RCU
// stall, Oops or panic is printed as many records (CPU and task, registers,
// "Call Trace:" and its frames, "Modules linked in:", "---[ end trace"),
// each its own record in kmsg.jsonl. The report is the finding's first
// record and the records of that shape that follow it within
// kReportWindowUs, stopping at the end marker, at another finding's line or
// after kReportMaxLines.
struct KernelReport {
  std::vector<const KmsgRecord*> lines;  // the first line included; points into Contents::kmsg
  bool cut = false;                       // stopped at kReportMaxLines
};
inline constexpr uint64_t kReportWindowUs = 5'000'000;
inline constexpr size_t kReportMaxLines = 200;
// Empty for a finding that is not a report's first line, or whose record
// is not in the kmsg member. `c` must outlive the result.
KernelReport ReportOf(const Contents& c, const KernelFinding& f);
// `a` and `c` must outlive the result.
std::vector<Incident> LinkIncidents(const Analysis& a, const Contents& c);

// "+12.345 s" relative to `origin_ns`.
std::string RelTime(uint64_t t_ns, uint64_t origin_ns);
// "85.0 °C" / "—"
std::string Celsius(std::optional<int64_t> mc);
// A sample value (thousandths of `unit`) with its unit: "85.0 °C",
// "1980 MHz", "699.8 W", "1200 RPM"; "—" when absent.
std::string FormatValue(std::optional<int64_t> milli, const std::string& unit);
// "1.234 s", "12.3 ms", "850 µs"
std::string Duration(uint64_t ns);

}  // namespace tempmon::bundle
