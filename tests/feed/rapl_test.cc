// The RAPL backend against a generated powercap tree: power from the energy
// counter (across its wrap), the long-term limit as a series, its change an
// event, an unreadable counter said once.
#include <catch2/catch_test_macros.hpp>

#include <filesystem>

#include "fake_sysfs.h"
#include "feed/event_log.h"
#include "feed/rapl.h"

using namespace tempmon::feed;
using tempmon::feed::test::FakeSysfs;

namespace {

const Reading* Find(const std::vector<Reading>& rs, const std::string& name) {
  for (const Reading& r : rs)
    if (r.name == name) return &r;
  return nullptr;
}

std::filesystem::path AddZone(const FakeSysfs& fs, const std::string& zone, const std::string& name, uint64_t uj,
                              uint64_t limit_uw) {
  const auto dir = fs.root() / "class" / "powercap" / zone;
  std::filesystem::create_directories(dir);
  FakeSysfs::Write(dir / "name", name + "\n");
  FakeSysfs::Write(dir / "energy_uj", std::to_string(uj) + "\n");
  FakeSysfs::Write(dir / "max_energy_range_uj", "262143328850\n");
  FakeSysfs::Write(dir / "constraint_0_power_limit_uw", std::to_string(limit_uw) + "\n");
  return dir;
}

bool HasEvent(const EventLog& ev, const std::string& kind, const std::string& text) {
  for (const Event& e : ev.Snapshot())
    if (e.kind == kind && e.message.find(text) != std::string::npos) return true;
  return false;
}

}  // namespace

TEST_CASE("rapl: a package's power from its energy counter, its limit, and the limit's change as an event") {
  FakeSysfs fs;
  const auto pkg = AddZone(fs, "intel-rapl:0", "package-0", 1'000'000, 165'000'000);
  AddZone(fs, "intel-rapl:0:0", "core", 5, 0);  // a sub-zone: part of the package
  EventLog ev(false);
  RaplSource src(fs.root(), ev);
  REQUIRE(src.zones() == 1);

  std::vector<Reading> out;
  const uint64_t t0 = 1'000'000'000;
  src.Collect(t0, out);
  // The first scan has no rate yet: only the limit.
  CHECK_FALSE(Find(out, "rapl:package-0.power_w"));
  const Reading* lim = Find(out, "rapl:package-0.power_limit_w");
  REQUIRE(lim);
  CHECK(lim->temp_mc == 165'000);  // thousandths of a watt
  CHECK(lim->desc.unit == TEMPMON_UNIT_WATT);
  CHECK(lim->desc.location == "intel-rapl:0");

  // 87.5 J in half a second: 175 W.
  FakeSysfs::Write(pkg / "energy_uj", "88500000\n");
  out.clear();
  src.Collect(t0 + 500'000'000, out);
  const Reading* p = Find(out, "rapl:package-0.power_w");
  REQUIRE(p);
  CHECK(p->temp_mc == 175'000);

  // The counter wraps at max_energy_range_uj: 1 J before the end, 1 J after.
  FakeSysfs::Write(pkg / "energy_uj", "262142328850\n");
  out.clear();
  src.Collect(t0 + 1'000'000'000, out);
  FakeSysfs::Write(pkg / "energy_uj", "1000000\n");
  out.clear();
  src.Collect(t0 + 1'100'000'000, out);
  REQUIRE(Find(out, "rapl:package-0.power_w"));
  CHECK(Find(out, "rapl:package-0.power_w")->temp_mc == 20'000);  // 2 J in 0.1 s

  // Someone lowers the package's long-term limit.
  FakeSysfs::Write(pkg / "constraint_0_power_limit_uw", "95000000\n");
  out.clear();
  src.Collect(t0 + 1'200'000'000, out);
  CHECK(Find(out, "rapl:package-0.power_limit_w")->temp_mc == 95'000);
  CHECK(HasEvent(ev, "power_limit", "power limit 165.0 W -> 95.0 W"));
}

TEST_CASE("rapl: an unreadable energy counter is said once, and the limit is still read") {
  FakeSysfs fs;
  const auto pkg = AddZone(fs, "intel-rapl:1", "package-1", 0, 200'000'000);
  std::filesystem::remove(pkg / "energy_uj");
  std::filesystem::create_directory(pkg / "energy_uj");  // not a file: as unreadable as EACCES
  EventLog ev(false);
  RaplSource src(fs.root(), ev);
  std::vector<Reading> out;
  for (uint64_t t = 1; t <= 3; ++t) src.Collect(t * 100'000'000, out);
  CHECK_FALSE(Find(out, "rapl:package-1.power_w"));
  CHECK(Find(out, "rapl:package-1.power_limit_w"));
  size_t said = 0;
  for (const Event& e : ev.Snapshot()) said += e.kind == "rapl_unreadable";
  CHECK(said == 1);
}

TEST_CASE("rapl: a machine without powercap has no zone and nothing to say") {
  FakeSysfs fs;
  EventLog ev(false);
  RaplSource src(fs.root(), ev);
  CHECK(src.zones() == 0);
  CHECK(ev.Snapshot().empty());
}
