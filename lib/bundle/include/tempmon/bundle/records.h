// The records of a bundle as C++ types: samples, sensors, the manifest's
// parts, and the objects of episodes.jsonl, events.jsonl and kmsg.jsonl
// with their JSON mapping. bundle::Contents holds them typed, from the
// capture that builds them to the viewer that reads them; JSON exists only
// in the members. Every field name of these members is spelled
// here, once: each type lists its fields in one Fields() function that the
// writer and both readers walk. The capture, the BPF probe's loader, the
// synthetic writer and the viewer build and read the members through these
// types only (docs/bundle-format.md and docs/schema/ describe the same
// names for people and validators).
//
// Reading is of two kinds:
//  * episodes and events are tolerant (FromJson): a field that is missing
//    or of another type keeps its default, unknown fields are ignored, and
//    the spellings of format-version-1 bundles are accepted (a field's
//    `legacy` name) and mapped to today's vocabulary;
//  * kmsg records are strict (KmsgFromJson): every field must be present,
//    of its type and in range, or the member is refused.
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include <nlohmann/json.hpp>

namespace tempmon::bundle {

// One ring record (see kmod/uapi/tempmon.h), with its wall-clock time.
struct Sample {
  int64_t wall_ns = 0;   // CLOCK_REALTIME, ns since the epoch
  uint64_t ts_ns = 0;    // CLOCK_MONOTONIC: the ring record's ts_ns
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
  uint64_t ts_ns = 0;    // CLOCK_MONOTONIC
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


// The "type" of each object in episodes.jsonl and events.jsonl.
inline constexpr std::string_view kTypeEpisode = "episode";          // closed, or open at window end
inline constexpr std::string_view kTypeEpisodeOpen = "episode_open"; // the probe's open notice
inline constexpr std::string_view kTypeEvent = "event";              // raw tracepoint hit (--raw)
inline constexpr std::string_view kTypeTrigger = "trigger";          // a later trigger that joined
inline constexpr std::string_view kTypeTailSummary = "tail_summary"; // crash bundle: a summarised interval
inline constexpr std::string_view kTypeDevice = "device_event";      // a driver's dump or DRM uevent
inline constexpr std::string_view kTypeKmsgMatch = "kmsg_match";     // a kernel-log signature burst

// Episode causes: what opened it.
inline constexpr std::string_view kCauseTrip = "trip";                  // thermal:thermal_zone_trip
inline constexpr std::string_view kCauseTempmon = "tempmon_throttle";   // tempmon.ko THR_START (ring or tracepoint)
inline constexpr std::string_view kCauseFreq = "freq_limit";            // power:cpu_frequency_limits drop
// (and "<sensor kind>:<flag>" for a pushed sensor's flagged period,
// capture/trigger/sample_triggers.h kSourceFlagCauses)

// Step and raw event kinds (capture/probe/throttle.h enum tm_kind).
inline constexpr std::string_view kKindTemperature = "temperature";
inline constexpr std::string_view kKindTrip = "trip";
inline constexpr std::string_view kKindCooling = "cooling";
inline constexpr std::string_view kKindFreq = "freq_limit";
inline constexpr std::string_view kKindApic = "thermal_apic";
inline constexpr std::string_view kKindTempmon = "tempmon_throttle";
inline constexpr std::string_view kKindTempmonSample = "tempmon_sample";
inline constexpr std::string_view kKindRecover = "recover";

// What an episode is about (its key).
inline constexpr std::string_view kSourceZone = "zone";      // source_id: thermal zone id
inline constexpr std::string_view kSourceSensor = "sensor";  // source_id: tempmon sensor id
inline constexpr std::string_view kSourceCpu = "cpu";        // source_id: cpu

// Where an episode came from.
inline constexpr std::string_view kOriginRing = "ring";  // THR_START..THR_END of tempmon.ko's records
inline constexpr std::string_view kOriginBpf = "bpf";    // the BPF throttle probe

// Flags of a field in a Fields() list. By default an absent optional is
// written as null (unknown).
inline constexpr unsigned kOmitIfAbsent = 1;  // written only when it has a value
inline constexpr unsigned kInputOnly = 2;     // read from older bundles, never written
// A plain (not optional) field that older bundles lack: absent on input
// keeps the struct's default; an empty string is not written.
inline constexpr unsigned kAdded = 4;

// One step of an episode's cause chain (capture/probe/throttle.h struct tm_step).
struct EpisodeStep {
  uint64_t ts_ns = 0;  // CLOCK_MONOTONIC
  std::string kind;    // "trip", "cooling", "freq_limit", "recover", ...
  uint32_t id = 0;     // trip index, cpu, sensor id (per kind)
  int64_t value = 0;   // temperature mC, cooling state, max kHz (per kind)
  uint16_t aux = 0;    // trip type, throttle start, close reason (per kind)
  std::string name;    // zone or cooling device type
  std::optional<std::string> trip_type;  // kind "trip": active|passive|hot|critical
  std::optional<std::string> detail;     // format 1 only: a free-text description

  bool operator==(const EpisodeStep&) const = default;

  template <class S, class V>
  static void Fields(S& s, V&& f) {
    f("ts_ns", s.ts_ns, "t_ns");
    f("kind", s.kind);
    f("id", s.id);
    f("value", s.value);
    f("aux", s.aux);
    f("name", s.name);
    f("trip_type", s.trip_type, nullptr, kOmitIfAbsent);
    f("detail", s.detail, nullptr, kInputOnly);
  }
};

// One number the cause judge measured on the window and quoted
// (lib/causes/causes.json "facts"): its name, value in `unit`, and the
// sentence a support engineer reads ("hwmon:it87/fan1 0 RPM at duty
// 100 % (2400 RPM before)").
struct Evidence {
  std::string fact;
  std::optional<double> value;
  std::string unit;
  std::string text;

  bool operator==(const Evidence&) const = default;

  template <class S, class V>
  static void Fields(S& s, V&& f) {
    f("fact", s.fact);
    f("value", s.value);
    f("unit", s.unit);
    f("text", s.text);
  }
};

// Why an episode happened, as judged from the window when the bundle was
// written (tempmon/causes/causes.h): a cause of the table, its "what to
// do" line, the evidence quoted and, for "unknown", what was missing.
struct Attribution {
  std::string cause;       // "power_limit", "fan_fault", "inlet", "cooling_saturated", "load_step", "unknown"
  std::string title;       // one line
  std::string what_to_do;  // one line
  std::string device;      // the sensor judged ("gpu0", "testzone"), "" when none
  std::vector<Evidence> evidence;
  std::vector<std::string> missing;  // what could not be measured, in words

  bool operator==(const Attribution&) const = default;

  template <class S, class V>
  static void Fields(S& s, V&& f) {
    f("cause", s.cause);
    f("title", s.title);
    f("what_to_do", s.what_to_do);
    f("device", s.device);
    f("evidence", s.evidence);
    f("missing", s.missing);
  }
};

// One throttle episode, open or closed, from the ring or the probe (or
// both, merged: the probe's chain with the ring's sensor).
struct Episode {
  std::string type{kTypeEpisode};
  std::string origin;           // kOriginRing, kOriginBpf
  uint64_t seq = 0;             // per origin: 1, 2, ... (probe), 0, 1, ... (ring)
  std::string cause;            // kCause*, or "<kind>:<flag>"
  std::string source;           // "zone", "sensor", "cpu"
  uint32_t source_id = 0;       // zone id, tempmon sensor id, cpu
  std::string name;             // zone type, sensor name, "cpufreq"
  uint64_t start_ns = 0;
  std::optional<uint64_t> end_ns;       // absent while open
  std::optional<uint64_t> duration_ns;  // absent while open
  std::optional<bool> start_in_window;  // ring: false when it began before the window
  std::optional<bool> open_at_window_end;  // probe: read from the kernel at window end
  std::optional<int32_t> trip_temp_mc;
  std::optional<int32_t> hysteresis_mc;
  std::optional<int32_t> start_temp_mc;
  std::optional<int32_t> peak_temp_mc;
  std::optional<int32_t> last_temp_mc;
  std::optional<uint64_t> trip_to_first_cooling_ns;
  std::optional<uint32_t> deepest_cooling_state;
  std::optional<std::string> deepest_cooling_device;
  std::optional<uint32_t> lowest_max_freq_khz;
  std::optional<uint32_t> max_freq_before_khz;
  std::optional<std::string> close_reason;  // "temperature", "cooling_off", ...
  std::optional<uint32_t> trip_repeats;
  std::optional<uint32_t> rebounds;
  std::optional<uint32_t> apic_irqs;
  std::optional<uint32_t> steps_dropped;
  // The ring's tempmon sensor that recorded the same throttle (merged).
  std::optional<uint32_t> ring_sensor_id;
  std::optional<uint64_t> ring_start_ns;
  std::optional<uint64_t> ring_end_ns;
  std::vector<EpisodeStep> steps;
  // Judged when the bundle was written; absent in older bundles and in the
  // probe's open notices.
  std::optional<Attribution> attribution;

  bool Open() const { return !end_ns.has_value(); }
  bool OpenNotice() const { return type == kTypeEpisodeOpen; }

  bool operator==(const Episode&) const = default;

  template <class S, class V>
  static void Fields(S& s, V&& f) {
    f("type", s.type);
    f("origin", s.origin);
    f("seq", s.seq);
    f("cause", s.cause);
    f("source", s.source);
    f("source_id", s.source_id);
    f("name", s.name);
    f("start_ns", s.start_ns);
    f("end_ns", s.end_ns);
    f("duration_ns", s.duration_ns);
    f("start_in_window", s.start_in_window);
    f("open_at_window_end", s.open_at_window_end);
    f("trip_temp_mc", s.trip_temp_mc);
    f("hysteresis_mc", s.hysteresis_mc);
    f("start_temp_mc", s.start_temp_mc);
    f("peak_temp_mc", s.peak_temp_mc, "peak_mc");
    f("last_temp_mc", s.last_temp_mc);
    f("trip_to_first_cooling_ns", s.trip_to_first_cooling_ns, "trip_to_cooling_ns");
    f("deepest_cooling_state", s.deepest_cooling_state, "max_cooling_state");
    f("deepest_cooling_device", s.deepest_cooling_device);
    f("lowest_max_freq_khz", s.lowest_max_freq_khz, "min_max_freq_khz");
    f("max_freq_before_khz", s.max_freq_before_khz);
    f("close_reason", s.close_reason);
    f("trip_repeats", s.trip_repeats);
    f("rebounds", s.rebounds);
    f("apic_irqs", s.apic_irqs);
    f("steps_dropped", s.steps_dropped);
    f("ring_sensor_id", s.ring_sensor_id);
    f("ring_start_ns", s.ring_start_ns);
    f("ring_end_ns", s.ring_end_ns);
    f("steps", s.steps);
    f("attribution", s.attribution, nullptr, kOmitIfAbsent);
  }
};

// A raw tracepoint hit from the probe (capture/probe/throttle.h struct tm_event).
struct ProbeEvent {
  std::string type{kTypeEvent};
  uint64_t ts_ns = 0;
  std::string kind;
  uint32_t cpu = 0;
  uint32_t id = 0;
  int64_t value = 0;
  int64_t value2 = 0;
  uint16_t aux = 0;
  std::string name;

  bool operator==(const ProbeEvent&) const = default;

  template <class S, class V>
  static void Fields(S& s, V&& f) {
    f("type", s.type);
    f("ts_ns", s.ts_ns, "t_ns");
    f("kind", s.kind);
    f("cpu", s.cpu);
    f("id", s.id);
    f("value", s.value);
    f("value2", s.value2);
    f("aux", s.aux);
    f("name", s.name);
  }
};

// A trigger that fired while a capture was in progress.
struct TriggerEvent {
  std::string type{kTypeTrigger};
  std::string kind;
  std::string reason;
  uint64_t ts_ns = 0;

  bool operator==(const TriggerEvent&) const = default;

  template <class S, class V>
  static void Fields(S& s, V&& f) {
    f("type", s.type);
    f("kind", s.kind);
    f("reason", s.reason);
    f("ts_ns", s.ts_ns, "t_ns");
  }
};

// What a driver left at the moment of the fault, from a kernel uevent: a
// device coredump (source "devcoredump", /sys/class/devcoredump/devcdN) or
// a DRM uevent (source "drm": WEDGED=, i915's ERROR=/RESET=) with the GPU
// error state read on it. `member` names the attachment holding the bytes.
struct DeviceEvent {
  std::string type{kTypeDevice};
  uint64_t ts_ns = 0;        // CLOCK_MONOTONIC when the uevent arrived
  std::string source;        // "devcoredump" | "drm"
  std::string name;          // the uevent's device: "devcd3", "card0"
  std::string uevent;        // drm: the keys that made it an event, "WEDGED=rebind"
  std::string device;        // the failing device (its sysfs name: a PCI address, ...)
  std::string device_path;   // where it sits, under /sys: "/devices/pci0000:00/0000:00:02.0"
  std::string driver;        // the failing device's driver, "" when none is bound
  // "saved" (the member holds the bytes), "vanished" (the kernel freed it
  // before it could be read), "unreadable", "not_kept" (the bundle held its
  // most attachments), "none" (no error state to read).
  std::string status;
  std::string message;       // why, when not saved
  std::optional<std::string> member;  // the attachment (bundle.h IsAttachmentName)
  std::optional<uint64_t> size;       // bytes the driver offered (counted while reading)
  bool size_at_least = false;         // counting stopped at kMaxCountedBytes: size is a floor
  std::optional<uint64_t> kept_bytes; // bytes in the member
  bool cut = false;                   // the member holds the first kept_bytes of size
  std::string signature;     // the catalogue's id, class, severity, default trigger
  std::string cls;
  std::string vendor;
  std::string severity;
  bool triggers = false;
  std::string meaning;
  std::string action;
  std::string dropped;       // why the member is not in the bundle though it was saved (redaction)

  bool operator==(const DeviceEvent&) const = default;

  template <class S, class V>
  static void Fields(S& s, V&& f) {
    f("type", s.type);
    f("ts_ns", s.ts_ns);
    f("source", s.source);
    f("name", s.name);
    f("uevent", s.uevent, nullptr, kAdded);
    f("device", s.device);
    f("device_path", s.device_path);
    f("driver", s.driver);
    f("status", s.status);
    f("message", s.message, nullptr, kAdded);
    f("member", s.member, nullptr, kOmitIfAbsent);
    f("size", s.size, nullptr, kOmitIfAbsent);
    f("size_at_least", s.size_at_least);
    f("kept_bytes", s.kept_bytes, nullptr, kOmitIfAbsent);
    f("cut", s.cut);
    f("signature", s.signature);
    f("class", s.cls);
    f("vendor", s.vendor);
    f("severity", s.severity);
    f("triggers", s.triggers);
    f("meaning", s.meaning);
    f("action", s.action);
    f("dropped", s.dropped, nullptr, kAdded);
  }
};

// The capture's verdict on kernel-log lines: one burst of lines that
// match one catalogue signature (same signature, code and device), as
// signatures::Burst counts them (tempmon/bundle/analysis.h converts).
// `first_seq` names the burst: every kmsg.jsonl record counted in it
// carries it as its `burst`.
struct KmsgMatchEvent {
  std::string type{kTypeKmsgMatch};
  uint64_t ts_ns = 0;       // kernel time of the first line
  uint64_t last_ts_ns = 0;  // and of the last
  uint64_t n = 0;           // lines counted
  std::optional<uint64_t> first_seq;  // kmsg sequence number of the first line; absent in older bundles
  std::string signature;    // the catalogue's id: "nvidia_xid", "soft_lockup", ...
  std::string cls;
  std::string vendor;
  std::string severity;
  bool triggers = false;    // the catalogue's default trigger
  std::optional<int32_t> code;  // Xid / SXid number
  std::string device;
  std::string name;
  std::string mnemonic;
  std::string meaning;
  std::string action;
  std::map<std::string, std::string> fields;  // "link", "unit", "recovery_action"
  std::string text;         // the first line, verbatim
  std::string last_text;
  std::string benign_in_context;  // why it does not trigger, when it does not
  bool test = false;        // tempmon-capture --test-signature
  bool found_at_start = false;  // logged before the capture started

  bool operator==(const KmsgMatchEvent&) const = default;

  template <class S, class V>
  static void Fields(S& s, V&& f) {
    f("type", s.type);
    f("ts_ns", s.ts_ns);
    f("last_ts_ns", s.last_ts_ns);
    f("n", s.n);
    f("first_seq", s.first_seq, nullptr, kOmitIfAbsent);
    f("signature", s.signature);
    f("class", s.cls);
    f("vendor", s.vendor);
    f("severity", s.severity);
    f("triggers", s.triggers);
    f("meaning", s.meaning);
    f("action", s.action);
    f("text", s.text);
    f("last_text", s.last_text);
    f("test", s.test);
    f("found_at_start", s.found_at_start);
    f("code", s.code, nullptr, kOmitIfAbsent);
    f("device", s.device, nullptr, kAdded);
    f("name", s.name, nullptr, kAdded);
    f("mnemonic", s.mnemonic, nullptr, kAdded);
    f("fields", s.fields, nullptr, kAdded);
    f("benign_in_context", s.benign_in_context, nullptr, kAdded);
  }
};

// A device's enforced power limit changed within the window (a sensor of
// role power_limit, tempmon/causes/causes.h): a limit someone set, or one
// the driver lowered (power brake), is the first suspect of a slowdown.
inline constexpr std::string_view kTypePowerLimitChange = "power_limit_change";
struct PowerLimitEvent {
  std::string type{kTypePowerLimitChange};
  uint64_t ts_ns = 0;        // the first sample at the new limit
  uint16_t sensor = 0;       // the power-limit sensor
  std::string name;          // its name ("gpu0.power_limit_w")
  int32_t from_mw = 0;       // the limit before, mW
  int32_t to_mw = 0;         // the limit from ts_ns, mW
  std::optional<int32_t> default_mw;  // the device's default limit, when it says

  bool operator==(const PowerLimitEvent&) const = default;

  template <class S, class V>
  static void Fields(S& s, V&& f) {
    f("type", s.type);
    f("ts_ns", s.ts_ns);
    f("sensor", s.sensor);
    f("name", s.name);
    f("from_mw", s.from_mw);
    f("to_mw", s.to_mw);
    f("default_mw", s.default_mw, nullptr, kOmitIfAbsent);
  }
};

// A crash bundle's minutes before the full-rate records: what the panic
// tail kept of one sensor over one interval (kmod/tempmon_panic.c).
struct TailSummaryEvent {
  std::string type{kTypeTailSummary};
  uint64_t ts_ns = 0;        // the interval's start, CLOCK_MONOTONIC of the crashed boot
  uint64_t interval_ns = 0;
  uint16_t sensor = 0;
  uint32_t n = 0;            // samples in the interval
  int32_t min_mc = 0;
  int32_t max_mc = 0;
  int32_t mean_mc = 0;
  uint16_t flags = 0;        // OR of the samples' TEMPMON_F_*

  bool operator==(const TailSummaryEvent&) const = default;

  template <class S, class V>
  static void Fields(S& s, V&& f) {
    f("type", s.type);
    f("ts_ns", s.ts_ns);
    f("interval_ns", s.interval_ns);
    f("sensor", s.sensor);
    f("n", s.n);
    f("min_mc", s.min_mc);
    f("max_mc", s.max_mc);
    f("mean_mc", s.mean_mc);
    f("flags", s.flags);
  }
};

// manifest.json "crash", present in a bundle of trigger "crash" only:
// what the previous boot's crash left (pstore, kdump) and what of the
// panic tail survived per sensor.
struct CrashTailSensor {
  uint16_t id = 0;
  uint64_t full_samples = 0;                // records at full rate
  std::optional<uint64_t> full_from_ns;     // the first of them
  uint64_t summaries = 0;                   // summarised intervals before them
  std::optional<uint64_t> summary_from_ns;  // the first interval's start
  std::optional<uint64_t> interval_ns;      // the summaries' interval

  bool operator==(const CrashTailSensor&) const = default;

  template <class S, class V>
  static void Fields(S& s, V&& f) {
    f("id", s.id);
    f("full_samples", s.full_samples);
    f("full_from_ns", s.full_from_ns);
    f("summaries", s.summaries);
    f("summary_from_ns", s.summary_from_ns);
    f("interval_ns", s.interval_ns);
  }
};

struct Crash {
  std::string reason;                // "panic", "oops" or "watchdog"
  std::string headline;              // the kernel's line that says what happened
  std::string boot_id;               // the boot that crashed; "" when unknown
  std::vector<std::string> report;   // the kernel's report block (stack, registers...)
  std::vector<std::string> modules;  // "Modules linked in:"
  std::vector<std::string> sources;  // the pstore records and kdump dmesg file read
  std::optional<uint64_t> tail_bytes;  // the module's budget for the tail; null: no tail
  std::vector<CrashTailSensor> tail;   // per sensor: the resolution that survived

  bool operator==(const Crash&) const = default;

  template <class S, class V>
  static void Fields(S& s, V&& f) {
    f("reason", s.reason);
    f("headline", s.headline);
    f("boot_id", s.boot_id);
    f("report", s.report);
    f("modules", s.modules);
    f("sources", s.sources);
    f("tail_bytes", s.tail_bytes);
    f("tail", s.tail);
  }
};

// What every events.jsonl object has, whatever its type: the viewer's
// timeline reads only this.
struct EventHead {
  std::string type;
  std::optional<uint64_t> ts_ns;
  std::string kind;

  template <class S, class V>
  static void Fields(S& s, V&& f) {
    f("type", s.type);
    f("ts_ns", s.ts_ns, "t_ns");
    f("kind", s.kind);
  }
};

// kmsg.jsonl: one /dev/kmsg record (KmsgRecord of bundle.h).
template <class S, class V>
void KmsgFields(S& k, V&& f) {
  f("seq", k.seq);
  f("level", k.level);
  f("facility", k.facility);
  f("ts_us", k.ts_us);
  f("text", k.text);
  // The capture's verdict: the first_seq of the kmsg_match event this line
  // counted in; absent when it matched no signature (or in older bundles).
  f("burst", k.burst, nullptr, kOmitIfAbsent);
}

// manifest.json's parts (the structs of bundle.h). A sensor's threshold and
// hysteresis are absent when it has none.
template <class S, class V>
void SensorFields(S& x, V&& f) {
  f("id", x.id);
  f("name", x.name);
  f("kind", x.kind);
  f("threshold_mc", x.threshold_mc, nullptr, kOmitIfAbsent);
  f("hysteresis_mc", x.hysteresis_mc, nullptr, kOmitIfAbsent);
  // Origin identity and unit, from the ring's sensor descriptions; a bundle
  // written before sensors had them reads as a temperature in C.
  f("unit", x.unit, nullptr, kAdded);
  f("model", x.model, nullptr, kAdded);
  f("uuid", x.uuid, nullptr, kAdded);
  f("location", x.location, nullptr, kAdded);
  f("shutdown_mc", x.shutdown_mc, nullptr, kOmitIfAbsent);
  f("max_op_mc", x.max_op_mc, nullptr, kOmitIfAbsent);
}

template <class S, class V>
void CollectorFields(S& x, V&& f) {
  f("name", x.name);
  f("status", x.status);
  f("message", x.message);
  f("duration_ms", x.duration_ms);
}

// (the manifest adds "wall_time", wall_ns as ISO-8601, for people)
template <class S, class V>
void TriggerFields(S& x, V&& f) {
  f("kind", x.kind);
  f("reason", x.reason);
  f("ts_ns", x.ts_ns, "mono_ns");
  f("wall_ns", x.wall_ns);
}

template <class S, class V>
void LossesFields(S& x, V&& f) {
  f("ring_overwritten", x.ring_overwritten);
  f("ring_torn", x.ring_torn);
  f("ring_dropped_frozen", x.ring_dropped_frozen);
  f("bpf_dropped", x.bpf_dropped);
  f("kmsg_dropped", x.kmsg_dropped);
}

// An events.jsonl object of a type this build does not know (a newer
// capture's): kept whole, so that a rewrite (redact) keeps it and the
// timeline still places it by its head.
struct OtherEvent {
  nlohmann::json object;
  bool operator==(const OtherEvent&) const = default;
};

// One object of events.jsonl, typed by its "type".
using Event = std::variant<ProbeEvent, TriggerEvent, TailSummaryEvent, DeviceEvent, PowerLimitEvent,
                           KmsgMatchEvent, OtherEvent>;

// The head of any event: its type, time and kind (the timeline's view).
EventHead Head(const Event& e);

nlohmann::json ToJson(const EpisodeStep& s);
nlohmann::json ToJson(const Evidence& e);
nlohmann::json ToJson(const Attribution& a);
nlohmann::json ToJson(const Episode& e);
nlohmann::json ToJson(const ProbeEvent& e);
nlohmann::json ToJson(const TriggerEvent& e);
nlohmann::json ToJson(const TailSummaryEvent& e);
nlohmann::json ToJson(const DeviceEvent& e);
nlohmann::json ToJson(const PowerLimitEvent& e);
nlohmann::json ToJson(const KmsgMatchEvent& e);
nlohmann::json ToJson(const Event& e);
nlohmann::json ToJson(const CrashTailSensor& s);
nlohmann::json ToJson(const Crash& c);
nlohmann::json ToJson(const KmsgRecord& k);

nlohmann::json ToJson(const Sensor& x);
nlohmann::json ToJson(const Collector& x);
nlohmann::json ToJson(const Trigger& x);
nlohmann::json ToJson(const Losses& x);

// Tolerant readers (see above); a value that is not an object gives the
// defaults.
Episode EpisodeFromJson(const nlohmann::json& j);
// By its "type"; an object of another type, or a value that is not an
// object, is an OtherEvent holding it.
Event EventFromJson(const nlohmann::json& j);
Crash CrashFromJson(const nlohmann::json& j);

// Strict readers: one kmsg.jsonl line, the manifest's parts; each throws
// BundleError naming `where` and the field.
KmsgRecord KmsgFromJson(const nlohmann::json& j, const std::string& where);
Sensor SensorFromJson(const nlohmann::json& j, const std::string& where);
Collector CollectorFromJson(const nlohmann::json& j, const std::string& where);
Trigger TriggerFromJson(const nlohmann::json& j, const std::string& where);
Losses LossesFromJson(const nlohmann::json& j, const std::string& where);

// What a support engineer reads for one step of the chain: "trip 1
// passive at 85.0 C", "Processor state 3", "cpu0 max 800000 kHz".
std::string StepDetail(const EpisodeStep& s);

}  // namespace tempmon::bundle
