// The report bundle: one in-memory model, one writer, one reader.
// Used by tempmon-capture (writes) and tempmon-report (reads, verifies,
// redacts, exports). The on-disk format is documented in
// docs/bundle-format.md; this header is the C++ contract both tools share.
#pragma once

#include <cstdint>
#include <filesystem>
#include <functional>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "tempmon/bundle/read_limits.h"  // ReadLimits

namespace tempmon::bundle {

inline constexpr int kFormatVersion = 1;

// One ring record (see kmod/uapi/tempmon.h), with its wall-clock time.
struct Sample {
  int64_t wall_ns = 0;   // CLOCK_REALTIME, ns since the epoch
  uint64_t mono_ns = 0;  // CLOCK_MONOTONIC
  uint64_t seq = 0;      // absolute ring index
  uint16_t sensor = 0;
  int32_t temp_mc = 0;   // thousandths of its sensor's unit (milli-°C for "C")
  uint16_t flags = 0;    // TEMPMON_F_*
};

// The unit of a temperature sensor, and of every sensor of a bundle that
// predates units (lib/ring's UnitName spells the others).
inline constexpr const char* kCelsiusUnit = "C";

// The manifest's description of a ring sensor (docs/bundle-format.md,
// "sensors"). Fields after hysteresis_mc are absent from older bundles and
// read as their defaults (initialised here, so that brace-initialising the
// first five stays warning-free).
struct Sensor {
  uint16_t id = 0;
  std::string name;
  std::string kind;  // origin: "zone", "push", "sim", "hwmon", "nvml", ...
  // The throttle threshold; for an nvml GPU its slowdown temperature.
  std::optional<int32_t> threshold_mc;
  std::optional<int32_t> hysteresis_mc;
  std::string unit = kCelsiusUnit;  // "C", "MHz", "W", "RPM": samples hold thousandths of it
  std::string model{};     // what it is: "NVIDIA H200", a hwmon chip
  std::string uuid{};      // stable unique id: the GPU UUID
  std::string location{};  // where it sits: the PCI bus id
  std::optional<int32_t> shutdown_mc{};  // the source's other limits, in thousandths of unit
  std::optional<int32_t> max_op_mc{};
  bool IsTemperature() const { return unit == kCelsiusUnit; }
};

// One /dev/kmsg record.
struct KmsgRecord {
  uint64_t seq = 0;
  int level = 6;         // 0 emerg .. 7 debug
  int facility = 0;
  uint64_t ts_us = 0;    // CLOCK_MONOTONIC-ish, as the kernel prints it
  std::string text;      // continuation lines joined with '\n'
  std::optional<uint64_t> burst = std::nullopt;  // the capture's verdict: first_seq of its kmsg_match event
};

// A collector's fate: every source the capture tried is listed.
struct Collector {
  std::string name;      // "ring", "kmsg", "bpf", "system.cpufreq", ...
  std::string status;    // "ok", "failed", "timeout", "skipped"
  std::string message;   // why, when not ok
  double duration_ms = 0;
};

struct Trigger {
  std::string kind;      // "throttle", "temp", "rise", "hang", "crash", "manual", ... ("panic": older captures)
  std::string reason;    // one human line: "sensor gpu0 crossed 85.0 C"
  uint64_t mono_ns = 0;
  int64_t wall_ns = 0;
};

struct Losses {
  uint64_t ring_overwritten = 0;  // records lost before the reader got them
  uint64_t ring_torn = 0;         // copies rejected as torn
  uint64_t ring_dropped_frozen = 0;
  uint64_t bpf_dropped = 0;       // BPF ring buffer full
  uint64_t kmsg_dropped = 0;      // EPIPE from /dev/kmsg, or past the capture's bound
};

// A member beside the fixed ones: evidence a driver left that the capture
// saved byte for byte (a device coredump's `data`, a GPU's error state).
// Its metadata is the events.jsonl object that names it in `member`
// (records.h DeviceEvent); docs/bundle-format.md lists the names and bounds.
struct Attachment {
  std::string name;   // IsAttachmentName()
  std::string bytes;  // exactly what was read, at most kMaxAttachmentBytes
};

// The most bytes of one attachment: a driver's dump beyond it is cut (the
// event says so and how large it was). The reader's cap for one member.
inline constexpr uint64_t kMaxAttachmentBytes = 16ull << 20;
// The most attachments in one bundle: four bounded dumps are 64 MiB the
// capture holds in memory at most; later ones are reported, not kept.
inline constexpr size_t kMaxAttachments = 4;
// "devcoredump-devcdN.data" or "drm-cardN-K.error" (K: the capture's count).
bool IsAttachmentName(std::string_view name);

// Everything a bundle holds. Episodes and events are kept as their JSON
// objects (readers tolerate missing and unknown fields; records.h builds
// and reads them: Episode, ProbeEvent, TriggerEvent, EventHead), system is
// a tree of facts, each collector adding its own key.
struct Contents {
  std::string tool_version;
  std::string module_version;    // empty when tempmon.ko was not used
  // The identity of the signature catalogue the capture judged the kernel
  // log with (analysis.h CatalogueIdentity); empty in bundles written
  // before it was recorded. Set by the producer that judged, kept by
  // rewriters (redact), so the verdicts stay attributed to it.
  std::string signature_catalogue;
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
  // manifest.json "crash" (records.h Crash, read with CrashFromJson);
  // null except in a bundle of trigger "crash".
  nlohmann::json crash;
  std::string summary;           // summary.txt; generated when empty
  bool redacted = false;         // set by Redact(); recorded in the manifest
  // Members after summary.txt, in this order (at most kMaxAttachments).
  std::vector<Attachment> attachments;
};

// Every failure to read or write a bundle: one line, naming the member
// (file inside the bundle) when there is one.
class BundleError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

// The archive is readable but a member differs from the manifest (wrong
// SHA-256 or size, missing, or not listed): the bundle is not intact.
class TamperedError : public BundleError {
 public:
  using BundleError::BundleError;
};


// Writes `c` to `path` atomically: a temporary name in the same folder,
// fsync, rename, fsync of the folder; mode 0640 (sys::Dir::Replace). A
// folder that another user can write is refused. On any failure the
// temporary file is removed and BundleError is thrown; nothing at `path`
// is ever partial.
//
// `rows`, when given, holds samples.csv's rows formatted ahead of time
// (samples_csv.h); they are used only when they are exactly `c`'s.
// `csv_ahead`, when given with them, holds samples.csv's first bytes (its
// header line and rows, in order) compressed ahead (tar_zst.h,
// docs/precompress.md): when its first and last bytes are those of the
// member at the same offsets, the bundle's frame begins with it and it is
// continued with the rest (it is then used up: used() is true); else it
// is left alone and the member compressed as usual.
struct CsvRows;
class PrecompressedMember;
void Write(const Contents& c, const std::filesystem::path& path, const CsvRows* rows = nullptr,
           PrecompressedMember* csv_ahead = nullptr);
// Allocates and touches what Write() keeps per thread between bundles (the
// compressor, the archive buffer), so that the first bundle does not pay
// for fresh pages either.
void PrepareWriter();

// Reads and parses a bundle; checks every member against the manifest's
// SHA-256. Throws BundleError on anything untrusted or broken.
Contents Read(const std::filesystem::path& path, const ReadLimits& limits = {});

// The bundle as bytes (what Write puts on disk) and back; Read() is
// ReadBytes() of the file's contents. Nothing touches the filesystem.
std::string Serialize(const Contents& c, const CsvRows* rows = nullptr, PrecompressedMember* csv_ahead = nullptr);
Contents ReadBytes(std::string_view bytes, const ReadLimits& limits = {});

// One member whose bytes differ from what the manifest promises.
struct VerifyIssue {
  std::string member;
  std::string problem;  // "sha256 mismatch", "missing", "not in manifest", ...
};

// Checks every member against the manifest and the schema of every member.
// Returns the tampered members (empty = intact); throws BundleError when
// the archive itself cannot be read or a member cannot be parsed.
std::vector<VerifyIssue> Verify(const std::filesystem::path& path,
                                const ReadLimits& limits = {});

// For readers of many bundles (tempmon-report fleet): checks every member's
// size and SHA-256 against the manifest exactly as Read() does (so a damaged
// bundle is refused the same way), but parses only the members `parse`
// accepts, asked with the parsed manifest; the others stay empty. A null
// `parse` parses none. `*manifest` (when given) receives the manifest.
using MemberFilter = std::function<bool(const nlohmann::json& manifest, std::string_view member)>;
Contents ReadSelected(const std::filesystem::path& path, const MemberFilter& parse,
                      nlohmann::json* manifest = nullptr, const ReadLimits& limits = {});

// Redaction(redact.h) with nothing kept, applied to `c`: every private
// value of every string replaced by one token per value (host0, ip0, mac0,
// uuid0, ...), c.redacted set, the summary regenerated.
void Redact(Contents& c);

// summary.txt as Write() generates it when Contents::summary is empty
// (the same text `tempmon-report show --color=never` prints).
std::string RenderSummary(const Contents& c, bool color = false);

}  // namespace tempmon::bundle
