// The hwmon backend: every temp*_input under <sysfs-root>/class/hwmon, and
// the fans (fan*_input, RPM; fan*_target, RPM; pwm*, duty in %, with
// pwm*_enable's mode) and power meters (power*_input or power*_average, µW)
// of the same chips as series with their unit.
#pragma once

#include <cstdint>
#include <filesystem>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "feed/reading.h"

namespace tempmon::feed {

class EventLog;

struct HwmonStats {
  uint64_t scans = 0;
  uint64_t readings = 0;
  uint64_t read_errors = 0;      // every failed temp*_input read, all causes
  std::map<std::string, uint64_t> errors_by_cause;  // "EIO", "ENODATA", "EACCES", "not a file"...
  uint64_t appeared = 0;
  uint64_t disappeared = 0;
  uint64_t filtered_out = 0;     // sensors skipped by --match
};

class HwmonSource final : public Source {
 public:
  // sysfs_root: normally "/sys"; match: fnmatch globs on the human name
  // ("hwmon:k10temp/*"); empty = all. The chip folders (names, labels,
  // thresholds, which sensors exist) are re-listed every rescan_ns, and at
  // once when an input vanishes; between rescans a scan reads only the
  // temp*_input files.
  HwmonSource(std::filesystem::path sysfs_root, EventLog& events, std::vector<std::string> match = {},
              uint64_t rescan_ns = 1'000'000'000);
  void Collect(uint64_t now_ns, std::vector<Reading>& out) override;
  const HwmonStats& stats() const { return stats_; }
  // (sensor name, why) for each file the last scan could not read.
  const std::vector<std::pair<std::string, std::string>>& last_failures() const { return last_failures_; }

 private:
  struct Candidate {
    std::string key;
    std::string name;
    std::filesystem::path input;  // .../temp1_input
    std::filesystem::path mode;   // pwm: .../pwm1_enable, else empty
    std::optional<int32_t> threshold_mc;
    ring::SensorDesc desc;
    int64_t scale_num = 1, scale_den = 1;  // sysfs value -> thousandths of desc.unit
  };
  std::vector<Candidate> Enumerate();
  void Rescan(uint64_t now_ns);
  void ReadOne(const Candidate& c, uint64_t now_ns, std::vector<Reading>& out);
  void NoteError(const Candidate& c, int err);

  std::filesystem::path class_dir_;
  EventLog& events_;
  std::vector<std::string> match_;
  uint64_t rescan_ns_;
  uint64_t last_rescan_ns_ = 0;
  uint64_t rescans_ = 0;
  bool rescan_needed_ = false;
  std::vector<Candidate> sensors_;  // as of the last rescan
  HwmonStats stats_;
  std::set<std::string> present_;   // keys seen by the previous scan
  std::set<std::string> failing_;   // keys whose last read failed
  std::set<std::string> filtered_;  // keys already counted as filtered out
  std::map<std::string, int64_t> modes_;  // pwm key -> last pwmN_enable
  std::vector<std::pair<std::string, std::string>> last_failures_;
};

// "hwmon:<chip>/<label>" cut to TEMPMON_NAME_LEN - 1 characters.
std::string HwmonSensorName(const std::string& chip, const std::string& label);

}  // namespace tempmon::feed
