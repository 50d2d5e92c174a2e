#include "feed/table.h"

#include <algorithm>
#include <cstdio>
#include <string>

#include "feed/throttle_flags.h"

namespace tempmon::feed {

void PrintTable(std::ostream& os, const std::vector<Reading>& readings,
                const std::vector<std::pair<std::string, std::string>>& unreadable) {
  size_t w = 6;
  for (const Reading& r : readings) w = std::max(w, r.name.size());
  for (const auto& u : unreadable) w = std::max(w, u.first.size());
  char line[512];
  // Values and thresholds are in the sensor's unit (UNIT).
  std::snprintf(line, sizeof(line), "%-*s %8s %-4s %9s  %-24s %s\n", static_cast<int>(w), "SENSOR", "VALUE", "UNIT",
                "THRESH", "FLAGS", "DETAIL");
  os << line;
  for (const Reading& r : readings) {
    char thr[16] = "-";
    if (r.threshold_mc) std::snprintf(thr, sizeof(thr), "%.1f", *r.threshold_mc / 1000.0);
    std::string detail = r.detail.empty() ? r.key : r.detail;
    std::snprintf(line, sizeof(line), "%-*s %8.1f %-4s %9s  %-24s %s\n", static_cast<int>(w), r.name.c_str(),
                  r.temp_mc / 1000.0, ring::UnitName(r.desc.unit).c_str(), thr, FlagNames(r.flags).c_str(),
                  detail.c_str());
    os << line;
  }
  for (const auto& [name, why] : unreadable) {
    std::snprintf(line, sizeof(line), "%-*s %8s %-4s %9s  %-24s unreadable: %s\n", static_cast<int>(w), name.c_str(),
                  "-", "-", "-", "-", why.c_str());
    os << line;
  }
  if (readings.empty() && unreadable.empty()) os << "(no readable sensors)\n";
}

}  // namespace tempmon::feed
