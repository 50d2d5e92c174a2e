// The ring tail tempmon.ko prints on panic ("tempmon-tail: ..." kernel
// lines), found after reboot in pstore (/sys/fs/pstore, or where
// systemd-pstore moved it, /var/lib/systemd/pstore).
#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "reports/bundle/bundle.h"

namespace tempmon::capture::pstore {

// One "tempmon-tail:" line, parsed tolerantly: key=value pairs in any
// order (sensor|s|id, temp|temp_mc|t|mc, flags|f, ts|ts_ns|mono_ns, seq),
// or bare numbers in the order sensor, temp, flags, ts. Temperatures with
// a dot or a trailing C are degrees, integers milli-degrees. Lines that
// are not tempmon tail samples (its header, a different subsystem) give
// nullopt.
std::optional<bundle::Sample> ParseTailLine(std::string_view line);

struct Found {
  std::filesystem::path file;
  std::string key;                    // "pstore:<sha256 of the content>"
  std::vector<bundle::Sample> samples;
  std::vector<bundle::KmsgRecord> log;  // every line of the record, in order
};

// Scans the folders (missing ones are fine) for records holding a tail.
std::vector<Found> Scan(const std::vector<std::filesystem::path>& dirs);

}  // namespace tempmon::capture::pstore
