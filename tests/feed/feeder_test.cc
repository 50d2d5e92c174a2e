// The feeder: sensors registered once with thresholds, batches pushed,
// a full sensor table or a failing sink never stops the other sensors.
#include <catch2/catch_test_macros.hpp>

#include "fake_sysfs.h"
#include "feed/event_log.h"
#include "feed/feeder.h"
#include "feed/hwmon.h"
#include "memory_sink.h"

using namespace tempmon::feed;
using tempmon::feed::test::FakeSysfs;
using tempmon::feed::test::MemorySink;

TEST_CASE("feeder: registers each sensor once, sets its threshold once, pushes every scan") {
  FakeSysfs fs;
  fs.AddChip("hwmon0", "nvme", "nvme0");
  fs.AddTemp("hwmon0", 1, 38850, "Composite", 84850);
  fs.AddChip("hwmon1", "k10temp");
  fs.AddTemp("hwmon1", 1, 61000, "Tctl");
  EventLog ev(false);
  HwmonSource src(fs.root(), ev);
  MemorySink sink;
  FeederOptions opt;
  opt.hysteresis_mc = 3000;
  Feeder feeder(sink, ev, opt);
  feeder.AddSource(src);
  const uint64_t t1 = MonotonicNs();
  feeder.Tick(t1);
  fs.SetTemp("hwmon1", 1, 62500);
  feeder.Tick(t1 + 100'000'000);
  feeder.Tick(t1 + 200'000'000);

  REQUIRE(sink.names == std::vector<std::string>{"hwmon:nvme/Composite", "hwmon:k10temp/Tctl"});
  CHECK(sink.threshold_calls == 1);
  REQUIRE(sink.thresholds.count(0));
  CHECK(sink.thresholds[0].threshold_mc == 84850);
  CHECK(sink.thresholds[0].hysteresis_mc == 3000);
  auto tctl = sink.Of("hwmon:k10temp/Tctl");
  REQUIRE(tctl.size() == 3);
  CHECK(tctl[0].temp_mc == 61000);
  CHECK(tctl[0].ts_ns == t1);
  CHECK(tctl[1].temp_mc == 62500);
  CHECK(tctl[2].ts_ns == t1 + 200'000'000);
  CHECK(feeder.stats().pushed == 6);
  CHECK(feeder.stats().accepted == 6);
}

TEST_CASE("feeder: a full sensor table skips the extra sensors and keeps the others flowing") {
  FakeSysfs fs;
  fs.AddChip("hwmon0", "coretemp");
  for (int i = 1; i <= 4; ++i) fs.AddTemp("hwmon0", i, 40000 + i);
  EventLog ev(false);
  HwmonSource src(fs.root(), ev);
  MemorySink sink;
  sink.capacity = 2;
  Feeder feeder(sink, ev);
  feeder.AddSource(src);
  feeder.Tick(MonotonicNs());
  feeder.Tick(MonotonicNs());
  CHECK(sink.names.size() == 2);
  CHECK(sink.samples.size() == 4);
  CHECK(feeder.stats().unregistered == 2);
  CHECK(ev.Count("sensor_refused") == 2);  // said once per sensor, not per scan
}

TEST_CASE("feeder: a failing push loses that scan only") {
  FakeSysfs fs;
  fs.AddChip("hwmon0", "k10temp");
  fs.AddTemp("hwmon0", 1, 50000, "Tctl");
  EventLog ev(false);
  HwmonSource src(fs.root(), ev);
  MemorySink sink;
  Feeder feeder(sink, ev);
  feeder.AddSource(src);
  sink.fail_push = true;
  CHECK_NOTHROW(feeder.Tick(MonotonicNs()));
  CHECK_NOTHROW(feeder.Tick(MonotonicNs()));
  sink.fail_push = false;
  feeder.Tick(MonotonicNs());
  CHECK(sink.samples.size() == 1);
  CHECK(feeder.stats().sink_errors == 2);
  CHECK(ev.Count("push_failed") == 1);
}
