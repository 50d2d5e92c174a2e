// The report bundle: one in-memory model, one writer, one reader.
// Used by tempmon-capture (writes) and tempmon-report (reads, verifies,
// redacts, exports). The on-disk format is documented in
// docs/bundle-format.md; this header is the C++ contract both tools share.
#pragma once

#include <cstdint>
#include <filesystem>
#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

namespace tempmon::bundle {

inline constexpr int kFormatVersion = 1;

// One ring record (see kmod/uapi/tempmon.h), with its wall-clock time.
struct Sample {
  int64_t wall_ns = 0;   // CLOCK_REALTIME, ns since the epoch
  uint64_t mono_ns = 0;  // CLOCK_MONOTONIC
  uint64_t seq = 0;      // absolute ring index
  uint16_t sensor = 0;
  int32_t temp_mc = 0;   // milli-degrees Celsius
  uint16_t flags = 0;    // TEMPMON_F_*
};

struct Sensor {
  uint16_t id = 0;
  std::string name;
  std::string kind;  // "zone", "push", "sim", "hwmon", "nvml", ...
  std::optional<int32_t> threshold_mc;
  std::optional<int32_t> hysteresis_mc;
};

// One /dev/kmsg record.
struct KmsgRecord {
  uint64_t seq = 0;
  int level = 6;         // 0 emerg .. 7 debug
  int facility = 0;
  uint64_t ts_us = 0;    // CLOCK_MONOTONIC-ish, as the kernel prints it
  std::string text;      // continuation lines joined with '\n'
};

// A collector's fate: every source the capture tried is listed.
struct Collector {
  std::string name;      // "ring", "kmsg", "bpf", "system.cpufreq", ...
  std::string status;    // "ok", "failed", "timeout", "skipped"
  std::string message;   // why, when not ok
  double duration_ms = 0;
};

struct Trigger {
  std::string kind;      // "throttle", "temp", "rise", "hang", "panic", "manual", ...
  std::string reason;    // one human line: "sensor gpu0 crossed 85.0 C"
  uint64_t mono_ns = 0;
  int64_t wall_ns = 0;
};

struct Losses {
  uint64_t ring_overwritten = 0;  // records lost before the reader got them
  uint64_t ring_torn = 0;         // copies rejected as torn
  uint64_t ring_dropped_frozen = 0;
  uint64_t bpf_dropped = 0;       // BPF ring buffer full
  uint64_t kmsg_dropped = 0;      // EPIPE from /dev/kmsg
};

// Everything a bundle holds. Free-form parts stay JSON (nlohmann::json):
// episodes and events follow bpf/throttle.h's fields, system is a tree of
// facts, each collector adding its own key.
struct Contents {
  std::string tool_version;
  std::string module_version;    // empty when tempmon.ko was not used
  std::string host;
  std::string kernel;            // uname -r
  std::string boot_id;
  Trigger trigger;
  uint64_t window_start_mono_ns = 0;
  uint64_t window_end_mono_ns = 0;
  std::vector<Sensor> sensors;
  std::vector<Sample> samples;
  nlohmann::json episodes = nlohmann::json::array();  // one object each
  nlohmann::json events = nlohmann::json::array();    // one object each
  std::vector<KmsgRecord> kmsg;
  nlohmann::json system = nlohmann::json::object();
  std::vector<Collector> collectors;
  Losses losses;
  std::string summary;           // summary.txt; generated when empty
};

// Every failure to read or write a bundle: one line, naming the member
// (file inside the bundle) when there is one.
class BundleError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

struct ReadLimits {
  uint64_t max_member_bytes = 1ull << 30;   // one decompressed member
  uint64_t max_total_bytes = 4ull << 30;    // all members together
  uint64_t max_members = 64;
};

// Writes `c` to `path` atomically: a temporary name in the same folder,
// fsync, rename, fsync of the folder; mode 0640. On any failure the
// temporary file is removed and BundleError is thrown; nothing at `path`
// is ever partial.
void Write(const Contents& c, const std::filesystem::path& path);

// Reads and parses a bundle; checks every member against the manifest's
// SHA-256. Throws BundleError on anything untrusted or broken.
Contents Read(const std::filesystem::path& path, const ReadLimits& limits = {});

}  // namespace tempmon::bundle
