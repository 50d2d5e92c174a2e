// The ring tail tempmon.ko prints on panic or oops ("tempmon-tail: ..."
// kernel lines, kmod/tempmon_panic.c), read back after the reboot from a
// pstore record (/sys/fs/pstore, or where systemd-pstore moved it,
// /var/lib/systemd/pstore) or kdump's dmesg file.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "tempmon/bundle/bundle.h"
#include "tempmon/bundle/records.h"

namespace tempmon::capture::pstore {

// One "tempmon-tail:" line of the old one-record-per-line form, parsed
// tolerantly: key=value pairs in any order (sensor|s|id, temp|temp_mc|t|mc,
// flags|f, ts|ts_ns|mono_ns, seq), or bare numbers in the order sensor,
// temp, flags, ts. Temperatures with a dot or a trailing C are degrees,
// integers milli-degrees. Lines that are not tempmon tail samples (its
// header, a different subsystem) give nullopt.
std::optional<bundle::Sample> ParseTailLine(std::string_view line);

// The "begin" line: when and why the tail was printed.
struct TailHeader {
  std::string why;            // "panic" or "oops"
  uint64_t head = 0;          // the ring's head index at the crash
  uint64_t mono_ns = 0;       // CLOCK_MONOTONIC at the crash; 0: not printed (older module)
  int64_t real_ns = 0;        // CLOCK_REALTIME at the crash; 0: not printed
  uint32_t rate_hz = 0;
  uint32_t interval_ms = 0;   // the summaries' interval
  uint64_t tail_bytes = 0;    // the module's budget for the tail
  std::string line;           // the line itself: the crash's identity across records
};

// A "sensor" line: the module's sensor table at the crash.
struct TailSensor {
  uint16_t id = 0;
  uint16_t origin = 0;        // enum tempmon_sensor_origin
  uint16_t unit = 0;          // enum tempmon_unit
  std::optional<int32_t> threshold_mc, hysteresis_mc;  // absent: no threshold
  bool throttling = false;
  std::string name;
};

struct Tail {
  std::optional<TailHeader> header;
  std::vector<TailSensor> sensors;
  std::vector<bundle::Sample> samples;     // full rate, in ring order (wall_ns 0)
  std::vector<bundle::TailSummaryEvent> summaries;  // "S" tokens: per sensor, in time order
  bool ended = false;                      // the "end" line was seen
  uint64_t bad_lines = 0;                  // tail lines that did not parse (cut by the record's end)
};

// Parses the tail out of kernel-log lines (any prefix before the
// "tempmon-tail:" tag is skipped; other lines are ignored). Both the
// compact form (S/F lines) and the old one-record-per-line form are read.
Tail ParseTail(const std::vector<std::string>& lines);

}  // namespace tempmon::capture::pstore
