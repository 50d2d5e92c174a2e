// The CPU packages' power and power limits from the kernel's powercap
// (RAPL) zones: <sysfs-root>/class/powercap/intel-rapl:N (the top-level
// package zones; sub-zones such as core and uncore are parts of them).
// Power is the energy counter's rate between two scans (energy_uj, which
// wraps at max_energy_range_uj); the limit is constraint 0 (long_term),
// whose change is an event, as a GPU's enforced limit is. Without root the
// energy counter is unreadable (EACCES): said once, and the limit is still
// read.
#pragma once

#include <cstdint>
#include <filesystem>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "feed/reading.h"

namespace tempmon::feed {

class EventLog;

class RaplSource final : public Source {
 public:
  RaplSource(std::filesystem::path sysfs_root, EventLog& events);
  void Collect(uint64_t now_ns, std::vector<Reading>& out) override;
  size_t zones() const { return zones_.size(); }

 private:
  struct Zone {
    std::filesystem::path dir;
    std::string name;              // "package-0"
    std::optional<uint64_t> last_uj;
    uint64_t last_ns = 0;
    uint64_t range_uj = 0;         // max_energy_range_uj: where the counter wraps
    std::optional<int64_t> limit_uw;
    bool energy_said = false, limit_said = false;
  };
  void Read(Zone& z, uint64_t now_ns, std::vector<Reading>& out);

  std::filesystem::path root_;
  EventLog& events_;
  std::vector<Zone> zones_;
};

}  // namespace tempmon::feed
