// The capture's side of the cooling model: devices found in a ring's sensor
// table the way the causes judge finds them, fed ring samples, reported
// once, shown in the bundle and the metrics, and their baselines kept.
#include <catch2/catch_test_macros.hpp>
#include <catch2/matchers/catch_matchers_floating_point.hpp>
#include <catch2/matchers/catch_matchers_string.hpp>

#include <sys/stat.h>

#include <cmath>

#include "capture/cooling/baseline_store.h"
#include "capture/cooling/host.h"
#include "plant.h"
#include "temp_dir.h"

using namespace tempmon::cooling;
using tempmon::bundle::Sensor;
using Catch::Matchers::ContainsSubstring;
using Catch::Matchers::WithinRel;

namespace {

Sensor S(uint16_t id, std::string name, std::string unit, std::string uuid, std::string kind = "nvml") {
  Sensor s;
  s.id = id;
  s.name = std::move(name);
  s.unit = std::move(unit);
  s.uuid = std::move(uuid);
  s.kind = std::move(kind);
  s.model = s.uuid.empty() ? "" : "NVIDIA H200";
  return s;
}

std::vector<Sensor> Table() {
  return {S(0, "gpu0", "C", "GPU-aaaa"), S(1, "gpu0.power", "W", "GPU-aaaa"), S(2, "gpu0.fan", "%", "GPU-aaaa"),
          S(3, "gpu0.fan_rpm", "RPM", "GPU-aaaa"), S(4, "nct6798.Inlet", "C", "", "hwmon"),
          S(5, "gpu0.power_limit", "W", "GPU-aaaa")};
}

// One ring record of sensor `id` at the plant sample's time.
void Record(Host& h, const Sample& x, uint16_t id, double v) {
  tempmon::bundle::Sample s;
  s.ts_ns = static_cast<uint64_t>(x.t_s * 1e9);
  s.sensor = id;
  s.temp_mc = static_cast<int32_t>(std::lround(v * 1000));
  h.OnSample(s);
}

// One plant sample as the ring holds it: temperature, power, duty, RPM
// and inlet as five records of their sensors.
void Push(Host& h, const Sample& x) {
  auto rec = [&](uint16_t id, double v) { Record(h, x, id, v); };
  // Companions first: the ring carries them before the temperature read
  // after them.
  rec(1, x.power_w);
  rec(2, x.fan_duty_pct);
  rec(3, x.fan_rpm);
  rec(4, x.inlet_c);
  rec(5, 700);
  rec(0, x.temp_c);
}

Params Quick() {
  Params p = DefaultParams();
  p.learn_s = 1800;
  p.learn_points = 10;
  return p;
}

}  // namespace

TEST_CASE("a ring's GPU: its own power and fan, the machine's inlet; reported once; in the bundle and metrics") {
  Host h(Quick());
  h.SetSensors(Table());
  REQUIRE(h.size() == 1);  // the inlet is air, not a device; W, % and RPM are not temperatures
  tempmon::cooling::test::PlantSpec spec;
  spec.fan_curve = false;
  tempmon::cooling::test::Plant plant(spec, 9, 25);
  double t = 100;
  for (; t < 2500; t += 0.5) Push(h, plant.Step(t, 0.5, 600, 25));
  nlohmann::json j = h.ToJson();
  REQUIRE(j["devices"].size() == 1);
  const auto& d = j["devices"][0];
  CHECK(d["id"] == "gpu:GPU-aaaa");
  CHECK(d["reference"] == "inlet");
  CHECK(d["learned"] == true);
  CHECK_THAT(d["r_c_per_w"]["value"].get<double>(), WithinRel(plant.R(), 0.03));
  CHECK(d["verdict"]["state"] == "healthy");
  CHECK(h.TakeNew().empty());

  plant.fan_health = 0;
  for (double end = t + 60; t < end; t += 0.5) Push(h, plant.Step(t, 0.5, 600, 25));
  std::vector<Anomaly> a = h.TakeNew();
  REQUIRE(a.size() == 1);
  CHECK(a[0].device == "gpu:GPU-aaaa");
  CHECK(a[0].verdict.kind == "fan");
  CHECK(a[0].verdict.cause == "fan_fault");
  for (double end = t + 30; t < end; t += 0.5) Push(h, plant.Step(t, 0.5, 600, 25));
  CHECK(h.TakeNew().empty());  // the same anomaly is not reported again
  j = h.ToJson();
  CHECK(j["devices"][0]["verdict"]["state"] == "anomaly");
  CHECK_THAT(j["devices"][0]["verdict"]["what_to_do"].get<std::string>(), ContainsSubstring("fan"));
  // The node's one label set per device, from the device metrics.
  const std::string m = h.Metrics([](const std::string& sensor) { return "sensor=\"" + sensor + "\",gpu=\"0\""; });
  CHECK_THAT(m, ContainsSubstring("tempmon_cooling_verdict{sensor=\"gpu0\",gpu=\"0\"} 2\n"));
  CHECK_THAT(m, ContainsSubstring("# TYPE tempmon_cooling_resistance_c_per_w gauge\n"));
}

TEST_CASE("a device without its power in the ring says so instead of R") {
  Host h(Quick());
  h.SetSensors({S(0, "sim0", "C", "", "sim")});
  tempmon::bundle::Sample s;
  s.sensor = 0;
  s.temp_mc = 50000;
  for (int i = 0; i < 1000; ++i) {
    s.ts_ns = 1'000'000'000ull + static_cast<uint64_t>(i) * 100'000'000ull;
    h.OnSample(s);
  }
  const nlohmann::json j = h.ToJson();
  CHECK(j["devices"][0]["id"] == "zone:sim0");
  CHECK_THAT(j["devices"][0]["r_c_per_w"]["why"].get<std::string>(), ContainsSubstring("no power sensor"));
}

TEST_CASE("baselines survive a restart; a baseline dropped from the file is learned afresh") {
  tempmon::capture::testing::TempDir dir("cooling-host");
  ::chmod(dir.p.c_str(), 0755);
  const auto state = tempmon::sys::Dir::Open(dir.p);
  tempmon::cooling::test::PlantSpec spec;
  spec.fan_curve = false;
  tempmon::cooling::test::Plant plant(spec, 11, 25);
  Host a(Quick());
  CHECK(a.Load(state).empty());
  a.SetSensors(Table());
  double t = 100;
  for (; t < 2500; t += 0.5) Push(a, plant.Step(t, 0.5, 600, 25));
  REQUIRE(a.HasLearnt());
  a.Save(state);

  Host b(Quick());
  CHECK(b.Load(state).empty());
  b.SetSensors(Table());
  CHECK(b.ToJson()["devices"][0]["learned"] == true);

  REQUIRE(ResetBaseline(state, "gpu:GPU-aaaa"));
  b.Save(state);  // sees the entry gone: the device starts learning again
  CHECK(b.ToJson()["devices"][0]["learned"] == false);
  Loaded l = LoadBaselines(state);
  REQUIRE(l.baselines.size() == 1);
  CHECK_FALSE(l.baselines[0].learned);

  // A damaged file: one line, and everything learns afresh.
  state.Replace(kBaselineFile, "{\"format\": \"tempmon-cooling-baselines\", \"version\": 1, \"devices\": 3}", 0644);
  Host c(Quick());
  const std::string err = c.Load(state);
  CHECK_THAT(err, ContainsSubstring("devices: not an array"));
  CHECK_THAT(err, ContainsSubstring("learning afresh"));
}

TEST_CASE("a CPU package: coretemp's package temperature with RAPL's package power, different chips") {
  auto hw = [](uint16_t id, std::string name, std::string unit, std::string model, std::string location,
               std::string kind) {
    Sensor s = S(id, std::move(name), std::move(unit), "", std::move(kind));
    s.model = std::move(model);
    s.location = std::move(location);
    return s;
  };
  Host h(Quick());
  h.SetSensors({hw(0, "hwmon:coretemp/Package id 0", "C", "coretemp", "coretemp.0", "hwmon"),
                hw(1, "rapl:package-0.power_w", "W", "RAPL package-0", "intel-rapl:0", "rapl"),
                hw(2, "rapl:package-1.power_w", "W", "RAPL package-1", "intel-rapl:1", "rapl"),
                hw(4, "hwmon:nct6798/Inlet", "C", "nct6798", "nct6775.656", "hwmon")});
  REQUIRE(h.size() == 1);
  tempmon::cooling::test::PlantSpec spec;
  spec.fan_curve = false;
  tempmon::cooling::test::Plant plant(spec, 13, 25);
  for (double t = 100; t < 2500; t += 0.5) {
    const Sample x = plant.Step(t, 0.5, 200, 25);
    auto rec = [&](uint16_t id, double v) { Record(h, x, id, v); };
    rec(1, x.power_w);
    rec(2, 3 * x.power_w);  // the other package's: never this one's power
    rec(4, x.inlet_c);
    rec(0, x.temp_c);
  }
  const nlohmann::json j = h.ToJson();
  INFO(j.dump(1));
  REQUIRE(j["devices"].size() == 1);
  CHECK(j["devices"][0]["reference"] == "inlet");
  CHECK_THAT(j["devices"][0]["r_c_per_w"]["value"].get<double>(), WithinRel(plant.R(), 0.03));
}

TEST_CASE("a CPU package's power is its RAPL zone; a simulated zone with its power sensor stays zone:NAME") {
  Sensor pkg = S(0, "hwmon:coretemp/Package id 0", "C", "", "hwmon");
  pkg.model = "coretemp";
  pkg.location = "coretemp.0";
  Sensor core = S(1, "hwmon:coretemp/Core 0", "C", "", "hwmon");
  core.model = "coretemp";
  core.location = "coretemp.0";
  Sensor limit = S(2, "rapl:package-0.power_limit", "W", "", "push");
  limit.model = "RAPL package-0";
  limit.location = "intel-rapl:0";
  Sensor power = S(3, "rapl:package-0.power", "W", "", "push");
  power.model = "RAPL package-0";
  power.location = "intel-rapl:0";
  Host h(Quick());
  h.SetSensors({pkg, core, limit, power});
  REQUIRE(h.Find("hwmon:coretemp.0:Package id 0").has_value());
  CHECK(h.Find("hwmon:coretemp.0:Package id 0")->has_power);
  CHECK(h.Find("hwmon:coretemp/Package id 0")->id == "hwmon:coretemp.0:Package id 0");  // by sensor name too
  CHECK_FALSE(h.Find("hwmon:coretemp.0:Core 0")->has_power);  // a core is not the package
  CHECK_FALSE(h.Find("zone:nope").has_value());

  Sensor sim = S(0, "sim0", "C", "", "sim");
  sim.model = "tempmon-sim";
  sim.location = "sim0";
  Sensor simp = S(1, "sim0.power", "W", "", "sim");
  simp.model = "tempmon-sim";
  simp.location = "sim0";
  Host z(Quick());
  z.SetSensors({sim, simp});
  REQUIRE(z.Find("zone:sim0").has_value());
  CHECK(z.Find("zone:sim0")->has_power);
}
