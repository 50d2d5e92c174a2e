// The hwmon backend against a generated sysfs-like tree.
#include <catch2/catch_test_macros.hpp>

#include <chrono>

#include "fake_sysfs.h"
#include "feed/event_log.h"
#include "feed/feeder.h"
#include "feed/hwmon.h"
#include "memory_sink.h"

using namespace tempmon::feed;
using tempmon::feed::test::FakeSysfs;
using tempmon::feed::test::MemorySink;

namespace {

const Reading* Find(const std::vector<Reading>& rs, const std::string& name) {
  for (const Reading& r : rs) {
    if (r.name == name) return &r;
  }
  return nullptr;
}

std::vector<Reading> Scan(HwmonSource& src) {
  std::vector<Reading> out;
  src.Collect(MonotonicNs(), out);
  return out;
}

}  // namespace

TEST_CASE("hwmon: every temp*_input with chip name, label, value and threshold") {
  FakeSysfs fs;
  fs.AddChip("hwmon0", "k10temp", "0000:00:18.3");
  fs.AddTemp("hwmon0", 1, 61250, "Tctl");
  fs.AddTemp("hwmon0", 3, 58000, "Tccd1", std::nullopt, 95000);
  fs.AddChip("hwmon1", "nvme", "nvme0");
  fs.AddTemp("hwmon1", 1, 38850, "Composite", 84850, 89850);
  fs.AddTemp("hwmon1", 2, 41000);  // no label: named after the file
  EventLog ev(false);
  HwmonSource src(fs.root(), ev);
  auto rs = Scan(src);
  REQUIRE(rs.size() == 4);
  const Reading* tctl = Find(rs, "hwmon:k10temp/Tctl");
  REQUIRE(tctl);
  CHECK(tctl->temp_mc == 61250);
  CHECK(tctl->kind == "hwmon");
  CHECK_FALSE(tctl->threshold_mc);
  REQUIRE(Find(rs, "hwmon:k10temp/Tccd1"));
  CHECK(Find(rs, "hwmon:k10temp/Tccd1")->threshold_mc == 95000);  // only crit: crit
  const Reading* comp = Find(rs, "hwmon:nvme/Composite");
  REQUIRE(comp);
  CHECK(comp->threshold_mc == 84850);  // max wins over crit: the earlier warning
  REQUIRE(Find(rs, "hwmon:nvme/temp2"));
  CHECK(Find(rs, "hwmon:nvme/temp2")->temp_mc == 41000);
  // The key names the device, not hwmonN, whose number depends on probe order.
  CHECK(comp->key == "hwmon/nvme/nvme0/temp1");
  CHECK(src.stats().read_errors == 0);
}

TEST_CASE("hwmon: fans and power meters are series with their unit; temperatures are described") {
  FakeSysfs fs;
  fs.AddChip("hwmon0", "nct6798", "nct6775.656");
  fs.AddTemp("hwmon0", 1, 45000, "SYSTIN", std::nullopt, 100000);
  FakeSysfs::Write(fs.chip("hwmon0") / "fan2_input", "1250\n");
  FakeSysfs::Write(fs.chip("hwmon0") / "fan2_label", "CPU fan\n");
  fs.AddChip("hwmon1", "amdgpu", "0000:03:00.0");
  FakeSysfs::Write(fs.chip("hwmon1") / "power1_average", "87000000\n");  // µW
  FakeSysfs::Write(fs.chip("hwmon1") / "power2_input", "12500000\n");
  FakeSysfs::Write(fs.chip("hwmon1") / "power2_average", "99\n");  // _input wins
  FakeSysfs::Write(fs.chip("hwmon1") / "fan1_min", "0\n");        // not an input
  EventLog ev(false);
  HwmonSource src(fs.root(), ev);
  auto rs = Scan(src);
  REQUIRE(rs.size() == 4);
  const Reading* t = Find(rs, "hwmon:nct6798/SYSTIN");
  REQUIRE(t);
  CHECK(t->desc.origin == TEMPMON_ORIGIN_HWMON);
  CHECK(t->desc.unit == TEMPMON_UNIT_CELSIUS);
  CHECK(t->desc.model == "nct6798");
  CHECK(t->desc.location == "nct6775.656");
  CHECK(t->desc.shutdown_mc == 100000);
  const Reading* fan = Find(rs, "hwmon:nct6798/CPU fan");
  REQUIRE(fan);
  CHECK(fan->desc.unit == TEMPMON_UNIT_RPM);
  CHECK(fan->temp_mc == 1250000);  // thousandths of an RPM
  CHECK_FALSE(fan->threshold_mc);
  const Reading* p1 = Find(rs, "hwmon:amdgpu/power1");
  REQUIRE(p1);
  CHECK(p1->desc.unit == TEMPMON_UNIT_WATT);
  CHECK(p1->temp_mc == 87000);  // mW
  const Reading* p2 = Find(rs, "hwmon:amdgpu/power2");
  REQUIRE(p2);
  CHECK(p2->temp_mc == 12500);
}

TEST_CASE("hwmon: a fan's duty (%), control mode and target are series named after the fan") {
  FakeSysfs fs;
  fs.AddChip("hwmon0", "testfan", "testfan.0");
  fs.AddTemp("hwmon0", 1, 25000, "Inlet");
  const auto chip = fs.chip("hwmon0");
  FakeSysfs::Write(chip / "fan1_input", "2400\n");
  FakeSysfs::Write(chip / "fan1_target", "2500\n");
  FakeSysfs::Write(chip / "pwm1", "255\n");
  FakeSysfs::Write(chip / "pwm1_enable", "1\n");
  FakeSysfs::Write(chip / "fan2_input", "900\n");
  FakeSysfs::Write(chip / "fan2_label", "Rear fan\n");
  FakeSysfs::Write(chip / "pwm2", "128\n");
  FakeSysfs::Write(chip / "pwm2_enable", "2\n");
  EventLog ev(false);
  HwmonSource src(fs.root(), ev);
  auto rs = Scan(src);
  REQUIRE(rs.size() == 6);
  const Reading* inlet = Find(rs, "hwmon:testfan/Inlet");
  REQUIRE(inlet);
  CHECK(inlet->desc.unit == TEMPMON_UNIT_CELSIUS);
  const Reading* fan1 = Find(rs, "hwmon:testfan/fan1");
  REQUIRE(fan1);
  CHECK(fan1->temp_mc == 2400000);
  const Reading* target = Find(rs, "hwmon:testfan/fan1_target");
  REQUIRE(target);
  CHECK(target->desc.unit == TEMPMON_UNIT_RPM);
  CHECK(target->temp_mc == 2500000);
  CHECK(target->key != fan1->key);
  const Reading* pwm1 = Find(rs, "hwmon:testfan/pwm1");
  REQUIRE(pwm1);
  CHECK(pwm1->desc.unit == TEMPMON_UNIT_PERCENT);
  CHECK(pwm1->desc.model == "testfan");
  CHECK(pwm1->temp_mc == 100000);  // 255 of 255: 100 %
  CHECK(pwm1->detail == "mode manual");
  const Reading* pwm2 = Find(rs, "hwmon:testfan/Rear fan pwm");
  REQUIRE(pwm2);
  CHECK(pwm2->temp_mc == 50196);  // 128 of 255
  CHECK(pwm2->detail == "mode automatic");
  CHECK(Find(rs, "hwmon:testfan/Rear fan"));

  // A change of control mode is an event.
  FakeSysfs::Write(chip / "pwm1_enable", "2\n");
  rs = Scan(src);
  CHECK(Find(rs, "hwmon:testfan/pwm1")->detail == "mode automatic");
  CHECK(ev.Count("fan_mode") == 1);
}

TEST_CASE("hwmon: names longer than the ring's 31 characters are cut, not refused") {
  CHECK(HwmonSensorName("coretemp", "Package id 0") == "hwmon:coretemp/Package id 0");
  std::string cut = HwmonSensorName("amdgpu_some_long_chip", "junction_temperature");
  CHECK(cut.size() == 31);
  CHECK(cut == "hwmon:amdgpu_some_long_chip/jun");
}

TEST_CASE("hwmon: sensors appearing and disappearing between scans are events, not errors") {
  FakeSysfs fs;
  fs.AddChip("hwmon0", "coretemp", "coretemp.0");
  fs.AddTemp("hwmon0", 1, 45000, "Package id 0");
  EventLog ev(false);
  HwmonSource src(fs.root(), ev, {}, /*rescan_ns=*/0);
  CHECK(Scan(src).size() == 1);

  fs.AddChip("hwmon1", "amdgpu", "0000:03:00.0");
  fs.AddTemp("hwmon1", 1, 52000, "edge", std::nullopt, 100000);
  fs.AddTemp("hwmon1", 2, 60000, "junction", std::nullopt, 110000);
  auto rs = Scan(src);
  CHECK(rs.size() == 3);
  CHECK(src.stats().appeared == 2);
  CHECK(ev.Count("sensor_appeared") == 2);

  fs.RemoveChip("hwmon1");
  rs = Scan(src);
  CHECK(rs.size() == 1);
  CHECK(src.stats().disappeared == 2);
  CHECK(ev.Count("sensor_disappeared") == 2);
  CHECK(src.stats().read_errors == 0);
}

TEST_CASE("hwmon: a sensor that comes back keeps its sensor id in the ring") {
  FakeSysfs fs;
  fs.AddChip("hwmon0", "nvme", "nvme0");
  fs.AddTemp("hwmon0", 1, 38000, "Composite");
  fs.AddChip("hwmon1", "nvme", "nvme1");
  fs.AddTemp("hwmon1", 1, 39000, "Composite");
  EventLog ev(false);
  HwmonSource src(fs.root(), ev, {}, /*rescan_ns=*/0);
  MemorySink sink;
  Feeder feeder(sink, ev);
  feeder.AddSource(src);
  feeder.Tick(MonotonicNs());
  // Two drives with the same label get distinct names.
  REQUIRE(sink.names.size() == 2);
  CHECK(sink.names[0] == "hwmon:nvme/Composite");
  CHECK(sink.names[1] == "hwmon:nvme/Composite#2");
  auto id1 = feeder.SensorId("hwmon/nvme/nvme1/temp1");
  REQUIRE(id1);

  fs.RemoveChip("hwmon1");
  feeder.Tick(MonotonicNs());
  // Re-probed under another hwmon number: same device, same sensor.
  fs.AddChip("hwmon7", "nvme", "nvme1");
  fs.AddTemp("hwmon7", 1, 47000, "Composite");
  sink.samples.clear();
  feeder.Tick(MonotonicNs());
  CHECK(sink.names.size() == 2);
  auto back = sink.Of("hwmon:nvme/Composite#2");
  REQUIRE(back.size() == 1);
  CHECK(back[0].sensor == *id1);
  CHECK(back[0].temp_mc == 47000);
}

TEST_CASE("hwmon: unreadable files are counted and skipped, never fatal, never hang") {
  FakeSysfs fs;
  fs.AddChip("hwmon0", "acpitz");
  fs.AddTemp("hwmon0", 1, 27800);
  std::filesystem::create_directory(fs.chip("hwmon0") / "temp2_input");  // a directory in place of a file
  fs.MakeFifo(fs.chip("hwmon0") / "temp3_input");                       // a FIFO nobody writes
  FakeSysfs::Write(fs.chip("hwmon0") / "temp4_input", "");              // empty (ENODATA-like)
  FakeSysfs::Write(fs.chip("hwmon0") / "temp5_input", "N/A\n");         // not a number
  FakeSysfs::Write(fs.chip("hwmon0") / "temp6_label", "");              // label unreadable, input missing
  EventLog ev(false);
  HwmonSource src(fs.root(), ev);
  const auto t0 = std::chrono::steady_clock::now();
  auto rs = Scan(src);
  rs = Scan(src);
  const auto took = std::chrono::steady_clock::now() - t0;
  CHECK(took < std::chrono::seconds(2));
  REQUIRE(rs.size() == 1);
  CHECK(rs[0].name == "hwmon:acpitz/temp1");
  CHECK(rs[0].temp_mc == 27800);
  const HwmonStats& st = src.stats();
  CHECK(st.read_errors == 8);  // 4 bad files x 2 scans
  CHECK(st.errors_by_cause.at("not a file (directory)") == 2);
  CHECK(st.errors_by_cause.at("not a regular file") == 2);
  CHECK(st.errors_by_cause.at("ENODATA") == 2);
  CHECK(st.errors_by_cause.at("not a number") == 2);
  // One event per sensor when it starts failing, not one per scan.
  CHECK(ev.Count("read_error") == 4);

  // A failing sensor that reads again is reported once as recovered.
  std::filesystem::remove(fs.chip("hwmon0") / "temp5_input");
  fs.AddTemp("hwmon0", 5, 30000);
  rs = Scan(src);
  CHECK(rs.size() == 2);
  CHECK(ev.Count("read_ok") == 1);
}

TEST_CASE("hwmon: a missing hwmon class folder is an empty scan") {
  EventLog ev(false);
  HwmonSource src("/nonexistent/sysfs", ev);
  CHECK(Scan(src).empty());
}

TEST_CASE("hwmon: --match keeps only matching sensor names") {
  FakeSysfs fs;
  fs.AddChip("hwmon0", "coretemp", "coretemp.0");
  for (int i = 1; i <= 5; ++i) fs.AddTemp("hwmon0", i, 40000 + i, i == 1 ? "Package id 0" : "Core " + std::to_string(i - 2));
  fs.AddChip("hwmon1", "k10temp");
  fs.AddTemp("hwmon1", 1, 50000, "Tctl");
  EventLog ev(false);
  HwmonSource src(fs.root(), ev, {"hwmon:coretemp/Package*", "hwmon:k10temp/*"});
  auto rs = Scan(src);
  REQUIRE(rs.size() == 2);
  CHECK(rs[0].name == "hwmon:coretemp/Package id 0");
  CHECK(rs[1].name == "hwmon:k10temp/Tctl");
  CHECK(src.stats().filtered_out == 4);
}

TEST_CASE("hwmon: between rescans only inputs are read; a vanished input forces a rescan") {
  FakeSysfs fs;
  fs.AddChip("hwmon0", "k10temp");
  fs.AddTemp("hwmon0", 1, 50000, "Tctl");
  EventLog ev(false);
  HwmonSource src(fs.root(), ev, {}, /*rescan_ns=*/1'000'000'000);
  const uint64_t t0 = 5'000'000'000;
  std::vector<Reading> out;
  src.Collect(t0, out);
  REQUIRE(out.size() == 1);

  fs.SetTemp("hwmon0", 1, 51000);
  fs.AddChip("hwmon1", "nvme", "nvme0");
  fs.AddTemp("hwmon1", 1, 40000, "Composite");
  out.clear();
  src.Collect(t0 + 100'000'000, out);
  REQUIRE(out.size() == 1);       // the new chip waits for the next rescan...
  CHECK(out[0].temp_mc == 51000);  // ...but values are fresh every scan
  out.clear();
  src.Collect(t0 + 1'100'000'000, out);
  CHECK(out.size() == 2);
  CHECK(src.stats().appeared == 1);

  fs.RemoveChip("hwmon1");
  out.clear();
  src.Collect(t0 + 1'200'000'000, out);  // finds the input gone: not an error
  CHECK(src.stats().read_errors == 0);
  out.clear();
  src.Collect(t0 + 1'300'000'000, out);  // rescans at once, before the interval
  CHECK(out.size() == 1);
  CHECK(src.stats().disappeared == 1);
  CHECK(ev.Count("sensor_disappeared") == 1);
}
