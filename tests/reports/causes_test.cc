// The cause judge (lib/causes/) on windows of the shapes the capture
// writes: a thermal zone with a test hwmon chip's fan, pwm and inlet
// (tests/kmod/tempmon_testfan.c), and an NVML GPU replaying the H200 curve.
#include <catch2/catch_test_macros.hpp>

#include <algorithm>
#include <fstream>
#include <functional>
#include <sstream>
#include <string>
#include <vector>

#include "tempmon/causes/causes.h"
#include "tempmon.h"

using tempmon::bundle::Attribution;
using tempmon::bundle::Episode;
using tempmon::bundle::Sample;
using tempmon::bundle::Sensor;
namespace causes = tempmon::causes;

namespace {

constexpr uint64_t kSec = 1'000'000'000;

Sensor S(uint16_t id, std::string name, std::string kind, std::string unit, std::string model = "",
         std::string location = "", std::string uuid = "") {
  Sensor s;
  s.id = id;
  s.name = std::move(name);
  s.kind = std::move(kind);
  s.unit = std::move(unit);
  s.model = std::move(model);
  s.location = std::move(location);
  s.uuid = std::move(uuid);
  return s;
}

// 1 Hz samples of sensor `id` over [0, 120 s], value(t in s) in thousandths.
void Add(std::vector<Sample>& out, uint16_t id, const std::function<int32_t(double)>& value,
         uint16_t flags = 0, int from_s = 0, int to_s = 120) {
  for (int t = from_s; t <= to_s; ++t) {
    Sample s;
    s.ts_ns = static_cast<uint64_t>(t) * kSec;
    s.sensor = id;
    s.temp_mc = value(t);
    s.flags = flags;
    out.push_back(s);
  }
}

// The test zone throttles from 80 s to 110 s (the capture's ring episode).
Episode ZoneEpisode() {
  Episode e;
  e.origin = "ring";
  e.cause = "tempmon_throttle";
  e.source = "sensor";
  e.source_id = 0;
  e.name = "tempmon_test";
  e.start_ns = 80 * kSec;
  e.end_ns = 110 * kSec;
  e.duration_ns = 30 * kSec;
  return e;
}

// The VM's sensors: the zone, and the test hwmon chip's channels as
// tempmon-feed names them.
std::vector<Sensor> ZoneAndTestFan() {
  return {S(0, "tempmon_test", "zone", "C"),
          S(1, "hwmon:testfan/fan1", "hwmon", "RPM", "testfan", "testfan.0"),
          S(2, "hwmon:testfan/pwm1", "hwmon", "%", "testfan", "testfan.0"),
          S(3, "hwmon:testfan/Inlet", "hwmon", "C", "testfan", "testfan.0")};
}

Attribution JudgeOne(Episode e, const std::vector<Sensor>& sensors, const std::vector<Sample>& samples) {
  std::vector<Episode> eps{std::move(e)};
  causes::Judge(eps, sensors, samples, 0, 120 * kSec);
  REQUIRE(eps[0].attribution.has_value());
  return *eps[0].attribution;
}

bool Quotes(const Attribution& a, const std::string& fact, const std::string& words) {
  for (const auto& ev : a.evidence)
    if (ev.fact == fact && ev.text.find(words) != std::string::npos) return true;
  return false;
}

std::string Dump(const Attribution& a) { return tempmon::bundle::ToJson(a).dump(1); }

}  // namespace

TEST_CASE("causes: roles come from the unit and the label's words, as data", "[causes]") {
  CHECK(causes::RoleOf("hwmon:testfan/Inlet", "C") == "inlet");
  CHECK(causes::RoleOf("bmc:Inlet Temp", "C") == "inlet");
  CHECK(causes::RoleOf("hwmon:nct6798/SYSTIN", "C") == "device");
  CHECK(causes::RoleOf("bmc:Exhaust Temp", "C") == "exhaust");
  CHECK(causes::RoleOf("hwmon:nct6798/fan2", "RPM") == "fan_speed");
  CHECK(causes::RoleOf("hwmon:nct6798/fan2_target", "RPM") == "fan_target");
  CHECK(causes::RoleOf("hwmon:nct6798/pwm2", "%") == "fan_duty");
  CHECK(causes::RoleOf("gpu0.fan_pct", "%") == "fan_duty");
  CHECK(causes::RoleOf("gpu0.power_limit_w", "W") == "power_limit");
  CHECK(causes::RoleOf("gpu0.power_w", "W") == "power");
  CHECK(causes::RoleOf("gpu0.sm_mhz", "MHz").empty());
  // A chip named like a role word does not make its sensors that role.
  CHECK(causes::RoleOf("hwmon:front/temp1", "C") == "device");
  CHECK(causes::CauseIds() ==
        std::vector<std::string>{"power_limit", "fan_fault", "inlet", "cooling_saturated", "load_step", "unknown"});
  for (const auto& c : causes::TableJson().at("causes")) CHECK(!c.at("what_to_do").get<std::string>().empty());
}

TEST_CASE("causes: a fan that stops while its duty stays high is a fan fault", "[causes]") {
  std::vector<Sample> w;
  Add(w, 0, [](double t) { return static_cast<int32_t>(t < 72 ? 45000 : 45000 + (t - 72) * 1000); });
  Add(w, 1, [](double t) { return t < 72 ? 2400000 : 0; });
  Add(w, 2, [](double) { return 100000; });
  Add(w, 3, [](double) { return 25000; });
  const Attribution a = JudgeOne(ZoneEpisode(), ZoneAndTestFan(), w);
  INFO(Dump(a));
  CHECK(a.cause == "fan_fault");
  CHECK(a.device == "tempmon_test");
  CHECK(Quotes(a, "fans_stopped", "hwmon:testfan/fan1: 0 RPM during the episode at duty 100 %"));
  CHECK(Quotes(a, "fans_stopped", "2400 RPM before"));
  CHECK(!a.what_to_do.empty());
  CHECK(a.missing.empty());
}

TEST_CASE("causes: a fan that vanishes from the window is a fan fault", "[causes]") {
  std::vector<Sample> w;
  Add(w, 0, [](double t) { return static_cast<int32_t>(t < 60 ? 45000 : 45000 + (t - 60) * 1000); });
  Add(w, 1, [](double) { return 2400000; }, 0, 0, 50);
  Add(w, 2, [](double) { return 60000; });
  Add(w, 3, [](double) { return 25000; });
  const Attribution a = JudgeOne(ZoneEpisode(), ZoneAndTestFan(), w);
  INFO(Dump(a));
  CHECK(a.cause == "fan_fault");
  CHECK(Quotes(a, "fans_missing", "no reading since"));
}

TEST_CASE("causes: inlet air that rises with the device is an inlet cause", "[causes]") {
  std::vector<Sample> w;
  auto ramp = [](double t, double base) { return static_cast<int32_t>((t < 50 ? base : base + (t - 50) * 0.5) * 1000); };
  Add(w, 0, [&](double t) { return ramp(t, 60); });
  Add(w, 1, [](double) { return 2400000; });
  Add(w, 2, [](double) { return 60000; });
  Add(w, 3, [&](double t) { return ramp(t, 25); });
  const Attribution a = JudgeOne(ZoneEpisode(), ZoneAndTestFan(), w);
  INFO(Dump(a));
  CHECK(a.cause == "inlet");
  CHECK(Quotes(a, "inlet_rise_c", "hwmon:testfan/Inlet: inlet 29.8 C before, up to 55.0 C during (+25.2 C)"));
  CHECK(Quotes(a, "delta_rise_c", "tempmon_test - hwmon:testfan/Inlet: 35.0 C before"));
}

TEST_CASE("causes: fans at full duty and the device far above the inlet is saturated cooling", "[causes]") {
  std::vector<Sample> w;
  Add(w, 0, [](double t) { return static_cast<int32_t>(t < 50 ? 60000 : 60000 + (t - 50) * 500); });
  Add(w, 1, [](double t) { return t < 50 ? 3000000 : 5000000; });
  Add(w, 2, [](double t) { return t < 50 ? 60000 : 100000; });
  Add(w, 3, [](double) { return 25000; });
  const Attribution a = JudgeOne(ZoneEpisode(), ZoneAndTestFan(), w);
  INFO(Dump(a));
  CHECK(a.cause == "cooling_saturated");
  CHECK(Quotes(a, "fan_duty_max_pct", "duty up to 100 %"));
}

TEST_CASE("causes: an unpopulated fan header (0 RPM, no duty) is no fan fault", "[causes]") {
  std::vector<Sensor> sensors = {S(0, "tempmon_test", "zone", "C"),
                                 S(1, "hwmon:nct6798/fan3", "hwmon", "RPM", "nct6798", "nct6798.656")};
  std::vector<Sample> w;
  Add(w, 0, [](double t) { return static_cast<int32_t>(45000 + t * 300); });
  Add(w, 1, [](double) { return 0; });
  const Attribution a = JudgeOne(ZoneEpisode(), sensors, w);
  INFO(Dump(a));
  CHECK(a.cause == "unknown");
  // It names what it could not see.
  auto names = [&](const std::string& what) {
    for (const auto& m : a.missing)
      if (m.find(what) != std::string::npos) return true;
    return false;
  };
  CHECK(names("an inlet or ambient temperature sensor"));
  CHECK(names("the device's power draw"));
  CHECK(std::find(a.missing.begin(), a.missing.end(), "a fan speed sensor (RPM)") == a.missing.end());
  CHECK(names("a fan duty sensor"));
  CHECK(Quotes(a, "fans_stopped", "none stopped"));
}

namespace {

// The H200 curve as tempmon-feed pushes it: gpu0 (temperature and the
// flags of its clock-event reasons), gpu0.power_w, gpu0.power_limit_w.
struct Curve {
  std::vector<Sensor> sensors;
  std::vector<Sample> samples;
  uint64_t end_ns = 0;
};

Curve H200(bool lower_limit) {
  std::ifstream in(TEMPMON_TEST_DATA "/h200-load-curve.csv");
  REQUIRE(in);
  Curve c;
  const std::string uuid = "GPU-6f1c0000-0000-0000-0000-000000000000";
  c.sensors = {S(0, "gpu0", "nvml", "C", "NVIDIA H200", "00000000:19:00.0", uuid),
               S(1, "gpu0.power_w", "nvml", "W", "NVIDIA H200", "00000000:19:00.0", uuid),
               S(2, "gpu0.power_limit_w", "nvml", "W", "NVIDIA H200", "00000000:19:00.0", uuid)};
  c.sensors[2].max_op_mc = 700000;
  std::string line;
  uint64_t t = kSec;
  while (std::getline(in, line)) {
    if (line.empty() || line[0] == '#') continue;
    std::stringstream ss(line);
    std::vector<std::string> f;
    std::string x;
    while (std::getline(ss, x, ',')) f.push_back(x);
    REQUIRE(f.size() >= 5);
    const uint64_t reasons = std::stoull(f[4], nullptr, 16);
    uint16_t flags = TEMPMON_F_PUSHED;
    if (reasons & 0x4) flags |= TEMPMON_F_POWER_CAP;
    c.samples.push_back({0, t, 0, 0, std::stoi(f[1]) * 1000, flags});
    c.samples.push_back({0, t, 0, 1, static_cast<int32_t>(std::stod(f[3]) * 1000), TEMPMON_F_PUSHED});
    const int32_t limit = lower_limit && t > 40 * kSec ? 400000 : 700000;
    c.samples.push_back({0, t, 0, 2, limit, TEMPMON_F_PUSHED});
    t += kSec / 2;
  }
  c.end_ns = t;
  return c;
}

}  // namespace

TEST_CASE("causes: the H200 at its power limit (reasons 0x4) is a power limit, not thermal", "[causes]") {
  Curve c = H200(false);
  // The capture's power-cap episode of gpu0 from the curve's flags.
  std::vector<Episode> eps = {};
  uint64_t first = 0, last = 0;
  for (const Sample& s : c.samples)
    if (s.sensor == 0 && (s.flags & TEMPMON_F_POWER_CAP)) {
      if (!first) first = s.ts_ns;
      last = s.ts_ns;
    }
  REQUIRE(first);
  Episode e;
  e.origin = "ring";
  e.cause = "nvml:power_cap";
  e.source = "sensor";
  e.source_id = 0;
  e.name = "gpu0";
  e.start_ns = first;
  e.end_ns = last;
  eps.push_back(e);
  causes::Judge(eps, c.sensors, c.samples, 0, c.end_ns);
  REQUIRE(eps[0].attribution);
  const Attribution& a = *eps[0].attribution;
  INFO(Dump(a));
  CHECK(a.cause == "power_limit");
  CHECK(Quotes(a, "power_cap_share", "gpu0: power cap or power brake flagged on 100 % of its samples"));
  CHECK(Quotes(a, "power_rise_pct", "W before, up to"));
  CHECK(causes::PowerLimitChanges(c.sensors, c.samples).empty());
}

TEST_CASE("causes: a lowered enforced limit is a power limit and an event", "[causes]") {
  Curve c = H200(true);
  for (Sample& s : c.samples) s.flags &= static_cast<uint16_t>(~TEMPMON_F_POWER_CAP);
  Episode e;
  e.origin = "ring";
  e.cause = "tempmon_throttle";
  e.source = "sensor";
  e.source_id = 0;
  e.name = "gpu0";
  e.start_ns = 50 * kSec;
  e.end_ns = 60 * kSec;
  const Attribution a = JudgeOne(e, c.sensors, c.samples);
  INFO(Dump(a));
  CHECK(a.cause == "power_limit");
  CHECK(Quotes(a, "power_limit_drop_w", "gpu0.power_limit_w: enforced limit 700 W before, 400 W during (default 700 W)"));
  auto ev = causes::PowerLimitChanges(c.sensors, c.samples);
  REQUIRE(ev.size() == 1);
  CHECK(ev[0].from_mw == 700000);
  CHECK(ev[0].to_mw == 400000);
  CHECK(ev[0].name == "gpu0.power_limit_w");
  CHECK(ev[0].default_mw == 700000);
}

TEST_CASE("causes: a load step under working cooling is a load step", "[causes]") {
  std::vector<Sensor> sensors = {S(0, "gpu0", "nvml", "C", "NVIDIA H200", "b", "GPU-1"),
                                 S(1, "gpu0.power_w", "nvml", "W", "NVIDIA H200", "b", "GPU-1"),
                                 S(2, "bmc:Inlet Temp", "push", "C")};
  std::vector<Sample> w;
  Add(w, 0, [](double t) { return static_cast<int32_t>(t < 70 ? 40000 : 40000 + (t - 70) * 1500); });
  Add(w, 1, [](double t) { return t < 70 ? 100000 : 650000; });
  Add(w, 2, [](double) { return 24000; });
  Episode e = ZoneEpisode();
  e.name = "gpu0";
  const Attribution a = JudgeOne(e, sensors, w);
  INFO(Dump(a));
  // Without fan sensors the judge cannot tell saturation; the power step
  // is what the window shows.
  CHECK(a.cause == "load_step");
  CHECK(Quotes(a, "power_rise_pct", "gpu0.power_w: power 100 W before, up to 650 W during"));
  CHECK(Quotes(a, "delta_per_w_rise_pct", "0.160 C/W before, 0.117 C/W at the peak"));

  // Without the inlet the judge cannot tell a load step from failing
  // cooling, and says so.
  sensors.pop_back();
  std::erase_if(w, [](const Sample& s) { return s.sensor == 2; });
  const Attribution b = JudgeOne(e, sensors, w);
  INFO(Dump(b));
  CHECK(b.cause == "unknown");
  CHECK(std::find(b.missing.begin(), b.missing.end(), "an inlet or ambient temperature sensor") != b.missing.end());
  CHECK(Quotes(b, "power_rise_pct", "up to 650 W during"));
}

TEST_CASE("causes: a healthy window gets no cause; open notices are not judged", "[causes]") {
  std::vector<Sample> w;
  Add(w, 0, [](double) { return 45000; });
  Add(w, 1, [](double) { return 2400000; });
  std::vector<Episode> none;
  causes::Judge(none, ZoneAndTestFan(), w, 0, 120 * kSec);
  CHECK(none.empty());
  Episode notice = ZoneEpisode();
  notice.type = "episode_open";
  std::vector<Episode> eps{notice};
  causes::Judge(eps, ZoneAndTestFan(), w, 0, 120 * kSec);
  CHECK(!eps[0].attribution);
}

TEST_CASE("causes: the attribution round-trips through the episode record; older records have none", "[causes]") {
  std::vector<Sample> w;
  Add(w, 0, [](double t) { return static_cast<int32_t>(45000 + t * 300); });
  std::vector<Episode> eps{ZoneEpisode()};
  causes::Judge(eps, ZoneAndTestFan(), w, 0, 120 * kSec);
  const nlohmann::json j = tempmon::bundle::ToJson(eps[0]);
  REQUIRE(j.contains("attribution"));
  const Episode back = tempmon::bundle::EpisodeFromJson(j);
  REQUIRE(back.attribution);
  CHECK(back.attribution->cause == eps[0].attribution->cause);
  CHECK(back.attribution->missing == eps[0].attribution->missing);
  CHECK(back.attribution->evidence.size() == eps[0].attribution->evidence.size());
  nlohmann::json old = j;
  old.erase("attribution");
  CHECK(!tempmon::bundle::EpisodeFromJson(old).attribution);
  CHECK(!tempmon::bundle::ToJson(tempmon::bundle::EpisodeFromJson(old)).contains("attribution"));
}

TEST_CASE("causes: a GPU fan far below its target or stopped against it is a fan fault", "[causes]") {
  // NVML gives a GPU's fan as a % of its maximum and its target in %: the
  // fan that does not follow a raised target is the fault, whatever its duty.
  const std::vector<Sensor> sensors = {S(0, "gpu0", "nvml", "C", "NVIDIA L40S", "b", "GPU-1"),
                                       S(1, "gpu0.fan_pct", "nvml", "%", "NVIDIA L40S", "b", "GPU-1"),
                                       S(2, "gpu0.fan_target_pct", "nvml", "%", "NVIDIA L40S", "b", "GPU-1"),
                                       S(3, "gpu1.fan_target_pct", "nvml", "%", "NVIDIA L40S", "c", "GPU-2")};
  CHECK(causes::RoleOf(sensors[2]) == "fan_target");
  Episode e = ZoneEpisode();
  e.name = "gpu0";
  auto window = [&](const std::function<int32_t(double)>& fan) {
    std::vector<Sample> w;
    Add(w, 0, [](double t) { return static_cast<int32_t>(t < 70 ? 60000 : 60000 + (t - 70) * 800); });
    Add(w, 1, fan);
    Add(w, 2, [](double t) { return t < 60 ? 40000 : 90000; });
    Add(w, 3, [](double) { return 30000; });  // another GPU's target: not gpu0's
    return w;
  };
  SECTION("slow: 20 % against a 90 % target") {
    const Attribution a = JudgeOne(e, sensors, window([](double t) { return t < 60 ? 38000 : 20000; }));
    INFO(Dump(a));
    CHECK(a.cause == "fan_fault");
    CHECK(Quotes(a, "fans_slow", "gpu0.fan_pct: 20.0 % on average during the episode against a target of 90.0 % (gpu0.fan_target_pct)"));
  }
  SECTION("stopped: 0 % against a 90 % target") {
    const Attribution a = JudgeOne(e, sensors, window([](double t) { return t < 60 ? 38000 : 0; }));
    INFO(Dump(a));
    CHECK(a.cause == "fan_fault");
    CHECK(Quotes(a, "fans_stopped", "gpu0.fan_pct: 0.0 % during the episode against a target of 90.0 %"));
  }
  SECTION("a fan that follows its target, lagging by seconds, is no fault") {
    const Attribution a = JudgeOne(e, sensors, window([](double t) {
      return static_cast<int32_t>(t < 60 ? 38000 : std::min(88000.0, 38000 + (t - 60) * 10000));
    }));
    INFO(Dump(a));
    CHECK(a.cause != "fan_fault");
    CHECK(Quotes(a, "fans_slow", "1 fan(s) read (gpu0.fan_pct): none far below its duty or target"));
  }
}

TEST_CASE("causes: a CPU package pairs with its RAPL power and limit across chips", "[causes]") {
  // coretemp's package temperature and RAPL's package zone are different
  // chips with one package number: a lowered RAPL limit is the package's.
  const std::vector<Sensor> sensors = {
      S(0, "hwmon:coretemp/Package id 0", "hwmon", "C", "coretemp", "coretemp.0"),
      S(1, "rapl:package-0.power_w", "rapl", "W", "RAPL package-0", "intel-rapl:0"),
      S(2, "rapl:package-0.power_limit_w", "rapl", "W", "RAPL package-0", "intel-rapl:0"),
      S(3, "rapl:package-1.power_limit_w", "rapl", "W", "RAPL package-1", "intel-rapl:1"),
      S(4, "hwmon:k10temp/Tctl", "hwmon", "C", "k10temp", "0000:00:19.3")};
  CHECK(causes::CpuPackage(sensors[0]) == 0);
  CHECK(causes::CpuPackage(sensors[1]) == 0);
  CHECK(causes::CpuPackage(sensors[3]) == 1);
  CHECK(causes::CpuPackage(sensors[4]) == 1);
  CHECK(!causes::CpuPackage(S(9, "hwmon:coretemp/Core 3", "hwmon", "C", "coretemp", "coretemp.0")));
  CHECK(!causes::CpuPackage(S(9, "rapl:package-0-die-1.power_w", "rapl", "W", "RAPL package-0-die-1", "intel-rapl:0")));
  CHECK(causes::SameDevice(sensors[0], sensors[2]));
  CHECK(!causes::SameDevice(sensors[0], sensors[3]));
  CHECK(causes::SameDevice(sensors[4], sensors[3]));
  std::vector<Sample> w;
  Add(w, 0, [](double t) { return static_cast<int32_t>(t < 80 ? 70000 : 99000); });
  Add(w, 1, [](double t) { return t < 78 ? 150000 : 95000; });
  Add(w, 2, [](double t) { return t < 78 ? 150000 : 95000; });
  Add(w, 3, [](double) { return 150000; });
  Episode e = ZoneEpisode();
  e.name = "hwmon:coretemp/Package id 0";
  const Attribution a = JudgeOne(e, sensors, w);
  INFO(Dump(a));
  CHECK(a.cause == "power_limit");
  CHECK(Quotes(a, "power_limit_drop_w", "rapl:package-0.power_limit_w: enforced limit 150 W before, 95.0 W during"));
}
