// The hwmon backend: every temp*_input under <sysfs-root>/class/hwmon.
#pragma once

#include <cstdint>
#include <filesystem>
#include <map>
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
  // ("hwmon:k10temp/*"); empty = all.
  HwmonSource(std::filesystem::path sysfs_root, EventLog& events, std::vector<std::string> match = {});
  void Collect(uint64_t now_ns, std::vector<Reading>& out) override;
  const HwmonStats& stats() const { return stats_; }
  // (sensor name, why) for each file the last scan could not read.
  const std::vector<std::pair<std::string, std::string>>& last_failures() const { return last_failures_; }

 private:
  struct Candidate {
    std::string key;
    std::string name;
    std::filesystem::path dir;
    std::string prefix;  // "temp1"
  };
  std::vector<Candidate> Enumerate();
  void ReadOne(const Candidate& c, uint64_t now_ns, std::vector<Reading>& out);
  void NoteError(const Candidate& c, int err);

  std::filesystem::path class_dir_;
  EventLog& events_;
  std::vector<std::string> match_;
  HwmonStats stats_;
  std::set<std::string> present_;   // keys seen by the previous scan
  std::set<std::string> failing_;   // keys whose last read failed
  std::set<std::string> filtered_;  // keys already counted as filtered out
  std::vector<std::pair<std::string, std::string>> last_failures_;
};

// "hwmon:<chip>/<label>" cut to TEMPMON_NAME_LEN - 1 characters.
std::string HwmonSensorName(const std::string& chip, const std::string& label);

}  // namespace tempmon::feed
