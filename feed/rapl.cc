#include "feed/rapl.h"

#include <tempmon.h>

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstring>

#include "feed/event_log.h"
#include "feed/sysfs_file.h"

namespace tempmon::feed {

namespace {

std::string Watts(int64_t uw) {
  char b[32];
  std::snprintf(b, sizeof b, "%.1f W", static_cast<double>(uw) / 1e6);
  return b;
}

// Thousandths of a watt, clamped to the ring's range.
int32_t MilliWatts(double mw) { return static_cast<int32_t>(std::clamp(mw, 0.0, 2.0e9)); }

// "intel-rapl:N": a package zone ("intel-rapl:N:M" are its parts).
bool PackageZone(const std::string& n) {
  const std::string prefix = "intel-rapl:";
  return n.size() > prefix.size() && n.compare(0, prefix.size(), prefix) == 0 &&
         std::all_of(n.begin() + static_cast<long>(prefix.size()), n.end(),
                     [](char c) { return c >= '0' && c <= '9'; });
}

// The kernel's zone name ("package-0"), short enough for a sensor name;
// anything else is not trusted as one.
bool PlainName(const std::string& n) {
  return !n.empty() && n.size() <= 12 && std::all_of(n.begin(), n.end(), [](char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '_';
  });
}

}  // namespace

RaplSource::RaplSource(std::filesystem::path sysfs_root, EventLog& events)
    : root_(std::move(sysfs_root)), events_(events) {
  std::error_code ec;
  for (const auto& e : std::filesystem::directory_iterator(root_ / "class" / "powercap", ec)) {
    const std::string n = e.path().filename().string();
    if (!PackageZone(n)) continue;
    Zone z;
    z.dir = e.path();
    SysfsRead name = ReadSysfsText(z.dir / "name");
    z.name = name.ok() && PlainName(name.text) ? name.text : n;
    int64_t range = 0;
    if (ReadSysfsInt(z.dir / "max_energy_range_uj", range).ok() && range > 0) z.range_uj = static_cast<uint64_t>(range);
    zones_.push_back(std::move(z));
  }
  std::sort(zones_.begin(), zones_.end(), [](const Zone& a, const Zone& b) { return a.dir < b.dir; });
}

void RaplSource::Collect(uint64_t now_ns, std::vector<Reading>& out) {
  for (Zone& z : zones_) Read(z, now_ns, out);
}

void RaplSource::Read(Zone& z, uint64_t now_ns, std::vector<Reading>& out) {
  auto series = [&](const char* suffix, int32_t value) {
    Reading r;
    r.key = "rapl/" + z.dir.filename().string() + "/" + suffix;
    r.name = "rapl:" + z.name + "." + suffix;
    r.kind = "rapl";
    r.ts_ns = now_ns;
    r.temp_mc = value;
    r.desc.origin = TEMPMON_ORIGIN_PUSH;
    r.desc.unit = TEMPMON_UNIT_WATT;
    r.desc.model = "RAPL " + z.name;
    r.desc.location = z.dir.filename().string();
    return r;
  };
  int64_t uj = 0;
  SysfsRead e = ReadSysfsInt(z.dir / "energy_uj", uj);
  if (!e.ok() || uj < 0) {
    if (!z.energy_said) {
      z.energy_said = true;
      events_.Record("rapl_unreadable", "rapl:" + z.name,
                     std::string("energy_uj: ") + (e.ok() ? "negative" : std::strerror(e.err)) +
                         (e.err == EACCES ? " (only root may read the energy counter)" : "") + "; no power series");
    }
    z.last_uj.reset();
  } else {
    if (z.last_uj && now_ns > z.last_ns) {
      uint64_t delta = static_cast<uint64_t>(uj) >= *z.last_uj
                           ? static_cast<uint64_t>(uj) - *z.last_uj
                           : (z.range_uj > *z.last_uj ? z.range_uj - *z.last_uj + static_cast<uint64_t>(uj) : 0);
      // µJ per ns is kW: µJ * 1e6 / ns is mW.
      const double mw = static_cast<double>(delta) * 1e6 / static_cast<double>(now_ns - z.last_ns);
      out.push_back(series("power_w", MilliWatts(mw)));
    }
    z.last_uj = static_cast<uint64_t>(uj);
    z.last_ns = now_ns;
  }
  int64_t limit = 0;
  SysfsRead l = ReadSysfsInt(z.dir / "constraint_0_power_limit_uw", limit);
  if (l.ok() && limit > 0) {
    if (z.limit_uw && *z.limit_uw != limit)
      events_.Record("power_limit", "rapl:" + z.name, "power limit " + Watts(*z.limit_uw) + " -> " + Watts(limit));
    z.limit_uw = limit;
    out.push_back(series("power_limit_w", MilliWatts(static_cast<double>(limit) / 1e3)));
  } else if (!z.limit_said) {
    z.limit_said = true;
    events_.Record("rapl_unreadable", "rapl:" + z.name,
                   std::string("constraint_0_power_limit_uw: ") + (l.ok() ? "not positive" : std::strerror(l.err)) +
                       "; no power limit series");
  }
}

}  // namespace tempmon::feed
