// The kernel-log signature catalogue (signatures.json, embedded at build
// time): which lines mean a hang, a GPU fault, a lost GPU, a machine check...
// with their severity, whether they trigger a capture by default, and a
// one-line meaning and action for the support engineer. tempmon-capture
// uses it to trigger and tempmon-report to explain; there is no other table.
#pragma once

#include <cstdint>
#include <deque>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

namespace tempmon::signatures {

// Severity names as the catalogue and the bundle spell them.
inline constexpr const char* kCritical = "critical";
inline constexpr const char* kWarning = "warning";
inline constexpr const char* kInfo = "info";
inline constexpr const char* kUnknown = "unknown";
// Order for "at least this severity": info < unknown < warning < critical;
// -1 for a name that is none of them.
int SeverityRank(std::string_view severity);

// One line recognised by the catalogue.
struct Match {
  std::string id;        // "soft_lockup", "nvidia_xid", "amdgpu_ring_timeout", ...
  std::string cls;       // "cpu_lockup", "gpu_fault", "gpu_lost", ...
  std::string vendor;    // "linux", "nvidia", "amd", "intel", "nouveau"
  std::string severity;  // kCritical ... kUnknown
  bool trigger = false;  // triggers --on-hang / --on-throttle by default
  int code = -1;         // Xid / SXid number; -1 otherwise
  std::string device;    // "0000:3b:00", "cpu3", "gfx_0.0.0" when the line names it
  std::string name;      // the code's name (Xid), else empty
  std::string mnemonic;  // NVIDIA's mnemonic for an Xid
  std::string meaning;
  std::string action;
  std::map<std::string, std::string> fields;  // "link", "unit", "recovery_action"
  bool test = false;     // written by tempmon-capture --test-signature
  double benign_after_other_code_s = 0;  // catalogue's benign-in-context window

  explicit operator bool() const { return !id.empty(); }
  // What makes two lines "the same signature": id, code and device.
  std::string Key() const;
  // "Xid 79 on 0000:3b:00 — GPU has fallen off the bus"
  std::string Headline() const;
};

// Removes the prefixes a log line picked up on its way to the user (dmesg
// and journal timestamps, "kernel:", raw /dev/kmsg headers, levels).
std::string_view StripPrefixes(std::string_view line);

// Classifies the first line of `text`; an empty Match when nothing matches.
// A signature matches only what the kernel subsystem itself wrote: at the
// message start (after StripPrefixes), in the subsystem's own prefix, never
// inside a task name, file name or name= field that user space chose
// (docs/security.md, Kernel-log trust). Runs in bounded time and stack on
// any length: only the first kMaxMatchBytes of the line are read.
Match Classify(std::string_view text);

// The longest line prefix Classify reads: a kernel record holds at most 1 KiB
// of text (printk's PRINTKRB_RECORD_MAX), which /dev/kmsg may escape to four
// times that; the rest allows for the timestamps of a pasted log.
inline constexpr size_t kMaxMatchBytes = 4 * 1024 + 512;
// The longest task name (TASK_COMM_LEN - 1) and network interface name
// (IFNAMSIZ - 1): user space chooses both, and the kernel prints some lines
// that start with one. A match must extend past them or be the whole message.
inline constexpr size_t kTaskNameBytes = 15;

// Syslog facility of the kernel's own records. /dev/kmsg stores what user
// space writes to it with facility 1 (LOG_USER) or the one it names, never 0.
inline constexpr int kKernelFacility = 0;

// Why a catalogue regex could match text user space chose (not anchored at
// the message start, or a free span: .* .+ [^x]* [^x]+); empty when it is
// anchored and bounded. The loader refuses a pattern with a reason.
std::string UntrustedPattern(std::string_view re);

// Classifies one kernel-log record (text and syslog facility). A record user
// space wrote to /dev/kmsg is not kernel evidence: it matches only when it
// is tempmon-capture's own labelled test line (--test-signature), which
// then stays marked as a test.
Match ClassifyRecord(std::string_view text, int facility);

// The catalogue as loaded (for tests and docs): the JSON document.
const nlohmann::json& CatalogueJson();
// The catalogue's bytes as embedded: what its identity in a bundle is
// computed from (bundle::CatalogueIdentity, tempmon/bundle/analysis.h).
std::string_view CatalogueText();
// Classes whose critical signatures --on-hang means.
const std::vector<std::string>& HangClasses();
// Every class the catalogue knows.
std::vector<std::string> Classes();

// --test-signature: the marked synthetic line for `cls`, or nullopt for a
// class without one.
std::optional<std::string> TestLine(std::string_view cls);
std::vector<std::string> TestClasses();

// Kernel uevents judged by the catalogue's "device_events" (docs/bundle-format.md,
// events.jsonl "device_event"): a Match with id, class, vendor, severity,
// default trigger, meaning and action, so that TriggerPolicy decides on it
// as on a kernel-log line.
// A device coredump whose failing device is bound to `driver` ("" unbound).
Match ClassifyDevcoredump(std::string_view driver);
// A DRM uevent's keys (KEY -> VALUE): the first catalogue rule whose key
// (and value, when the rule names one) it holds; an empty Match when none.
// `*keys` gets "KEY=VALUE" of the key judged, `*error_state` whether the
// GPU's error state is to be read on it.
Match ClassifyDrmUevent(const std::map<std::string, std::string>& env, std::string* keys, bool* error_state);

// Which matches trigger a capture. --on-hang means the catalogue's default
// triggers in HangClasses(); --on-throttle those of "thermal"; each
// --on-kmsg CLASS[:SEVERITY] rule replaces the default for its class (or
// "all"): SEVERITY is the least severity that triggers (default critical),
// "off" none.
class TriggerPolicy {
 public:
  // Throws std::invalid_argument with a one-line message on a bad rule.
  TriggerPolicy(bool on_hang, bool on_throttle, const std::vector<std::string>& rules);
  bool Triggers(const Match& m) const;
  // "kmsg" trigger kind: "hang" for hang classes, "throttle" for thermal.
  static const char* KindOf(const Match& m);
  bool Any() const;

 private:
  bool on_hang_, on_throttle_;
  std::map<std::string, int> min_rank_;  // class or "all" -> rank; INT_MAX = off
};

// A run of lines with the same Key(): counted, not repeated.
struct Burst {
  Match match;
  uint64_t n = 0;
  uint64_t first_ns = 0, last_ns = 0;  // kernel time of the first/last line
  std::string first_text, last_text;   // verbatim
  std::string benign_in_context;       // why it does not trigger, when it does not
  bool found_at_start = false;         // logged before the capture started
  std::optional<uint64_t> first_seq;   // kernel-log sequence number of its first line
};

// De-duplicates matches into bursts and applies the benign-in-context rule:
// a code with benign_after_other_code_s is benign when another code of the
// same signature on the same device was seen within that many seconds
// before it.
class Tracker {
 public:
  // Lines with the same key less than `gap_s` apart join one burst.
  explicit Tracker(double gap_s = 60, size_t max_bursts = 4096);
  struct Added {
    Burst* burst;
    bool first;  // a new burst (the only line that may trigger)
  };
  // `seq`: the line's kernel-log sequence number; a new burst keeps it as
  // its first_seq.
  Added Add(const Match& m, uint64_t ts_ns, std::string_view text, std::optional<uint64_t> seq = std::nullopt);
  const std::deque<Burst>& bursts() const { return bursts_; }

 private:
  uint64_t gap_ns_;
  size_t max_;
  std::deque<Burst> bursts_;
};

}  // namespace tempmon::signatures
