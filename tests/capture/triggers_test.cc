#include <catch2/catch_test_macros.hpp>

#include "capture/trigger/sample_triggers.h"
#include "tempmon.h"

using tempmon::bundle::Sample;
using tempmon::capture::SampleTriggers;
using tempmon::capture::TriggerConfig;

namespace {
constexpr uint64_t kMs = 1'000'000;
Sample S(uint64_t ms, int32_t mc, uint16_t flags = 0, uint16_t sensor = 0) {
  Sample s;
  s.ts_ns = ms * kMs;
  s.temp_mc = mc;
  s.flags = flags;
  s.sensor = sensor;
  return s;
}
}  // namespace

TEST_CASE("throttle fires on the THR_START record only") {
  TriggerConfig c;
  c.on_throttle = true;
  SampleTriggers t(c);
  t.SetSensorName(0, "gpu0");
  CHECK(t.OnSample(S(1, 80000, TEMPMON_F_THROTTLING)).empty());
  auto f = t.OnSample(S(2, 86000, TEMPMON_F_THROTTLING | TEMPMON_F_THR_START));
  REQUIRE(f.size() == 1);
  CHECK(f[0].kind == "throttle");
  CHECK(f[0].reason == "gpu0 started throttling at 86.0 C");
  CHECK(t.OnSample(S(3, 87000, TEMPMON_F_THROTTLING)).empty());
}

TEST_CASE("a clock or power series is no temperature: --on-temp and --on-rise ignore it, stalls do not") {
  TriggerConfig c;
  c.on_temp_mc = 70000;
  c.on_rise_mc_per_s = 1000;
  c.on_hang = true;
  c.stall_periods = 10;
  SampleTriggers t(c);
  tempmon::bundle::Sensor gpu, power;
  gpu.id = 0;
  gpu.name = "gpu0";
  power.id = 1;
  power.name = "gpu0.power_w";
  power.unit = "W";
  t.SetSensor(gpu);
  t.SetSensor(power);
  // 80 W rising to 700 W in 2 s: 700 000 thousandths, far above 70 000.
  for (uint64_t ms = 0; ms <= 2000; ms += 100)
    CHECK(t.OnSample(S(ms, static_cast<int32_t>(80000 + ms * 310), TEMPMON_F_PUSHED, 1)).empty());
  // The same values on the temperature sensor fire both rules.
  std::vector<std::string> kinds;
  for (uint64_t ms = 0; ms <= 2000; ms += 100)
    for (const auto& f : t.OnSample(S(ms, static_cast<int32_t>(40000 + ms * 20), TEMPMON_F_PUSHED, 0)))
      kinds.push_back(f.kind);
  CHECK(kinds == std::vector<std::string>{"rise", "temp"});
  // Its samples still count for the feeder's liveness.
  auto hang = t.OnTick(2000 * kMs + 5000 * kMs, false);
  REQUIRE(hang.size() == 1);
  CHECK(hang[0].reason.find("gpu0.power_w") != std::string::npos);
}

TEST_CASE("temp threshold fires once per crossing and re-arms below hysteresis") {
  TriggerConfig c;
  c.on_temp_mc = 85000;
  SampleTriggers t(c);
  CHECK(t.OnSample(S(1, 84999)).empty());
  CHECK(t.OnSample(S(2, 85000)).size() == 1);
  CHECK(t.OnSample(S(3, 90000)).empty());
  CHECK(t.OnSample(S(4, 84000)).empty());  // within hysteresis: still disarmed
  CHECK(t.OnSample(S(5, 86000)).empty());
  CHECK(t.OnSample(S(6, 82000)).empty());  // re-arms
  CHECK(t.OnSample(S(7, 85500)).size() == 1);
  // Per sensor: another sensor crossing fires on its own.
  CHECK(t.OnSample(S(8, 90000, 0, 1)).size() == 1);
}

TEST_CASE("rise fires on a fast ramp, not on noise or a slow ramp") {
  TriggerConfig c;
  c.on_rise_mc_per_s = 5000;  // 5 C/s
  SampleTriggers slow(c), fast(c);
  int fired_slow = 0, fired_fast = 0;
  for (uint64_t ms = 0; ms <= 3000; ms += 10) {
    // slow: 2 C/s with +-0.4 C noise; fast: 10 C/s after 1 s
    int32_t noise = (ms / 10 % 2) ? 400 : -400;
    fired_slow += slow.OnSample(S(ms, 40000 + static_cast<int32_t>(ms) * 2 + noise)).size();
    int32_t f = ms < 1000 ? 40000 : 40000 + static_cast<int32_t>(ms - 1000) * 10;
    fired_fast += fast.OnSample(S(ms, f)).size();
  }
  CHECK(fired_slow == 0);
  CHECK(fired_fast == 1);
}

TEST_CASE("a stall is seen from the STALL flag, a gap, or a silent ring") {
  TriggerConfig c;
  c.on_hang = true;
  c.rate_hz = 1000;
  c.stall_periods = 100;  // 100 ms
  SECTION("flag") {
    SampleTriggers t(c);
    auto f = t.OnSample(S(1, 50000, TEMPMON_F_STALL));
    REQUIRE(f.size() == 1);
    CHECK(f[0].kind == "hang");
  }
  SECTION("gap between records") {
    SampleTriggers t(c);
    CHECK(t.OnSample(S(1, 50000)).empty());
    CHECK(t.OnSample(S(50, 50000)).empty());
    CHECK(t.OnSample(S(300, 50000)).size() == 1);
  }
  SECTION("no records at all: fires once from the clock, not while frozen") {
    SampleTriggers t(c);
    CHECK(t.OnSample(S(1, 50000)).empty());
    CHECK(t.OnTick(90 * kMs, false).empty());
    CHECK(t.OnTick(500 * kMs, true).empty());
    CHECK(t.OnTick(500 * kMs, false).size() == 1);
    CHECK(t.OnTick(900 * kMs, false).empty());
    // The late record after the clock already reported the stall: no repeat.
    CHECK(t.OnSample(S(950, 50000, TEMPMON_F_STALL)).empty());
    CHECK(t.OnTick(1200 * kMs, false).size() == 1);  // re-armed by the record
  }
  SECTION("off unless asked") {
    c.on_hang = false;
    SampleTriggers t(c);
    CHECK(t.OnSample(S(1, 50000, TEMPMON_F_STALL)).empty());
  }
}
