// The NVML backend over a fake libnvidia-ml.so.1 that the test controls:
// reason bits reach the recorded flags, a GPU blocked inside NVML is marked
// stale without stalling the other sensors, a lost GPU is an event.
#include <catch2/catch_test_macros.hpp>
#include <catch2/generators/catch_generators.hpp>
#include <catch2/matchers/catch_matchers_string.hpp>

#include <algorithm>
#include <chrono>
#include <climits>
#include <cstdlib>
#include <thread>

#include <tempmon.h>

#include "fake_nvml_control.h"
#include "fake_sysfs.h"
#include "feed/event_log.h"
#include "feed/feeder.h"
#include "feed/hwmon.h"
#include "tempmon/nvml/nvml_facts.h"
#include "feed/nvml_source.h"
#include "memory_sink.h"
#include "wait_until.h"

using namespace tempmon::feed;
namespace nvml = tempmon::nvml;
using namespace std::chrono_literals;
using tempmon::feed::test::FakeNvml;
using tempmon::feed::test::FakeSysfs;
using tempmon::feed::test::MemorySink;
using tempmon::feed::test::WaitUntil;

namespace {

FakeNvml& Fake() {
  static FakeNvml fake(FAKE_NVML_PATH);
  return fake;
}

NvmlOptions Opts(const std::string& lib = FAKE_NVML_PATH) {
  NvmlOptions o;
  o.lib_path = lib;
  o.period_ns = 10'000'000;     // 100 Hz
  o.deadline_ns = 300'000'000;  // 300 ms
  return o;
}

bool HasEvent(const EventLog& ev, const std::string& kind, const std::string& source, const std::string& text) {
  for (const Event& e : ev.Snapshot()) {
    if (e.kind == kind && e.source == source && e.message.find(text) != std::string::npos) return true;
  }
  return false;
}

}  // namespace

TEST_CASE("nvml: reason bits become the flags of the recorded samples") {
  struct Row {
    unsigned long long reasons;
    uint16_t flags;
  };
  auto row = GENERATE(values<Row>({
      {0x0, 0},
      {0x20, TEMPMON_F_SW_THROTTLE},
      {0x40, TEMPMON_F_HW_THROTTLE},
      {0x8, TEMPMON_F_HW_THROTTLE},
      {0x80, TEMPMON_F_POWER_CAP},
      {0x4, TEMPMON_F_POWER_CAP},
      {0x1, 0},
      {0x64, TEMPMON_F_SW_THROTTLE | TEMPMON_F_HW_THROTTLE | TEMPMON_F_POWER_CAP},
  }));
  CAPTURE(row.reasons);
  Fake().reset(1);
  Fake().set(0, 83, row.reasons);
  EventLog ev(false);
  std::string why;
  auto nvml = NvmlSource::Start(Opts(), ev, &why);
  REQUIRE(nvml);
  MemorySink sink;
  Feeder feeder(sink, ev);
  feeder.AddSource(*nvml);
  REQUIRE(WaitUntil([&] { return !sink.Of("gpu0").empty(); }, 5s, [&] { feeder.Tick(MonotonicNs()); }));
  auto s = sink.Of("gpu0")[0];
  CHECK(s.temp_mc == 83000);
  CHECK(s.flags == row.flags);
  CHECK(s.ts_ns > 0);
  CHECK(HasEvent(ev, "nvml_ready", "nvml", "Fake GPU 0"));
  CHECK(HasEvent(ev, "nvml_ready", "nvml", "nvmlDeviceGetCurrentClocksEventReasons"));
}

TEST_CASE("nvml: a GPU blocked inside NVML goes stale; hwmon and the other GPU keep flowing") {
  Fake().reset(2);
  FakeSysfs fs;
  fs.AddChip("hwmon0", "k10temp");
  fs.AddTemp("hwmon0", 1, 61000, "Tctl");
  EventLog ev(false);
  std::string why;
  auto nvml = NvmlSource::Start(Opts(), ev, &why);
  REQUIRE(nvml);
  HwmonSource hwmon(fs.root(), ev);
  MemorySink sink;
  Feeder feeder(sink, ev);
  feeder.AddSource(hwmon);
  feeder.AddSource(*nvml);
  auto slowest_tick = std::chrono::steady_clock::duration::zero();
  auto tick = [&] {
    auto t0 = std::chrono::steady_clock::now();
    feeder.Tick(MonotonicNs());
    slowest_tick = std::max(slowest_tick, std::chrono::steady_clock::now() - t0);
  };
  REQUIRE(WaitUntil([&] { return !sink.Of("gpu0").empty() && !sink.Of("gpu1").empty(); }, 5s, tick));

  Fake().block(0, 1);
  REQUIRE(WaitUntil([&] { return Fake().waiting(0) == 1; }, 5s));
  sink.samples.clear();
  REQUIRE(WaitUntil([&] { return ev.Count("gpu_stale") == 1; }, 5s, tick));
  CHECK(HasEvent(ev, "gpu_stale", "gpu0", "nvmlDeviceGetTemperature blocked for"));
  // While gpu0 hangs: no scan waits for it, and the others keep arriving.
  const size_t hw_before = sink.Of("hwmon:k10temp/Tctl").size(), gpu1_before = sink.Of("gpu1").size();
  const size_t gpu0_during = sink.Of("gpu0").size();
  REQUIRE(WaitUntil([&] { return sink.Of("hwmon:k10temp/Tctl").size() >= hw_before + 10 &&
                                 sink.Of("gpu1").size() >= gpu1_before + 5; },
                    5s, tick));
  CHECK(sink.Of("gpu0").size() == gpu0_during);
  CHECK(nvml->stats().stale_marks == 1);  // one event per episode, not per scan
  CHECK(slowest_tick < 100ms);

  Fake().block(0, 0);
  REQUIRE(WaitUntil([&] { return ev.Count("gpu_recovered") == 1; }, 5s, tick));
  const size_t gpu0_after = sink.Of("gpu0").size();
  REQUIRE(WaitUntil([&] { return sink.Of("gpu0").size() > gpu0_after; }, 5s, tick));
}

TEST_CASE("nvml: a hung nvmlInit_v2 is reported after the deadline and does not stop hwmon") {
  Fake().reset(1);
  Fake().block_init(1);
  FakeSysfs fs;
  fs.AddChip("hwmon0", "coretemp");
  fs.AddTemp("hwmon0", 1, 45000);
  EventLog ev(false);
  std::string why;
  auto nvml = NvmlSource::Start(Opts(), ev, &why);
  REQUIRE(nvml);
  HwmonSource hwmon(fs.root(), ev);
  MemorySink sink;
  Feeder feeder(sink, ev);
  feeder.AddSource(hwmon);
  feeder.AddSource(*nvml);
  REQUIRE(WaitUntil([&] { return ev.Count("gpu_stale") == 1; }, 5s, [&] { feeder.Tick(MonotonicNs()); }));
  CHECK(HasEvent(ev, "gpu_stale", "nvml", "nvmlInit_v2 has not returned"));
  CHECK(sink.Of("hwmon:coretemp/temp1").size() > 1);
  Fake().block_init(0);
  REQUIRE(WaitUntil([&] { return !sink.Of("gpu0").empty(); }, 5s, [&] { feeder.Tick(MonotonicNs()); }));
}

TEST_CASE("nvml: a GPU lost mid-run is an event, the other GPU goes on") {
  Fake().reset(2);
  EventLog ev(false);
  std::string why;
  auto nvml = NvmlSource::Start(Opts(), ev, &why);
  REQUIRE(nvml);
  MemorySink sink;
  Feeder feeder(sink, ev);
  feeder.AddSource(*nvml);
  auto tick = [&] { feeder.Tick(MonotonicNs()); };
  REQUIRE(WaitUntil([&] { return !sink.Of("gpu1").empty(); }, 5s, tick));
  Fake().set_lost(1, 1);
  REQUIRE(WaitUntil([&] { return ev.Count("gpu_lost") == 1; }, 5s, tick));
  CHECK(HasEvent(ev, "gpu_lost", "gpu1", "NVML_ERROR_GPU_IS_LOST"));
  const size_t gpu0 = sink.Of("gpu0").size(), gpu1 = sink.Of("gpu1").size();
  REQUIRE(WaitUntil([&] { return sink.Of("gpu0").size() > gpu0 + 5; }, 5s, tick));
  CHECK(sink.Of("gpu1").size() == gpu1);
  CHECK(nvml->stats().lost_gpus == 1);
  CHECK(ev.Count("gpu_stale") == 0);  // lost is not reported as stale as well
}

TEST_CASE("nvml: Xid events from the driver become feeder events") {
  Fake().reset(1);
  EventLog ev(false);
  std::string why;
  auto nvml = NvmlSource::Start(Opts(), ev, &why);
  REQUIRE(nvml);
  std::vector<Reading> out;
  REQUIRE(WaitUntil([&] { return nvml->gpu_count() == 1 && !out.empty(); }, 5s,
                    [&] { nvml->Collect(MonotonicNs(), out); }));
  Fake().inject_xid(0, 79);
  REQUIRE(WaitUntil([&] { return ev.Count("xid") == 1; }, 5s, [&] { nvml->Collect(MonotonicNs(), out); }));
  CHECK(HasEvent(ev, "xid", "nvml", "gpu0: Xid 79"));
  CHECK(nvml->stats().xids == 1);
}

TEST_CASE("nvml: stopping while a GPU hangs in NVML does not hang the feeder") {
  Fake().reset(1);
  EventLog ev(false);
  std::string why;
  auto nvml = NvmlSource::Start(Opts(), ev, &why);
  REQUIRE(nvml);
  std::vector<Reading> out;
  REQUIRE(WaitUntil([&] { return !out.empty(); }, 5s, [&] { nvml->Collect(MonotonicNs(), out); }));
  Fake().block(0, 1);
  REQUIRE(WaitUntil([&] { return Fake().waiting(0) == 1; }, 5s));
  auto t0 = std::chrono::steady_clock::now();
  nvml.reset();
  CHECK(std::chrono::steady_clock::now() - t0 < 3s);
  CHECK(ev.Count("nvml_abandoned") == 1);
  // Let the abandoned thread finish so the process exits cleanly.
  Fake().block(0, 0);
  REQUIRE(WaitUntil([&] { return Fake().waiting(0) == 0; }, 5s));
}

TEST_CASE("nvml: no library is one clear message, not a failure") {
  EventLog ev(false);
  std::string why;
  auto nvml = NvmlSource::Start(Opts("/nonexistent/libnvidia-ml.so.1"), ev, &why);
  CHECK_FALSE(nvml);
  CHECK_THAT(why, Catch::Matchers::ContainsSubstring("/nonexistent/libnvidia-ml.so.1"));
  CHECK_THAT(why, Catch::Matchers::ContainsSubstring("cannot load"));
}

TEST_CASE("nvml: older drivers without ClocksEventReasons fall back to ClocksThrottleReasons") {
  static FakeNvml old(FAKE_NVML_OLD_PATH);  // a separate library file, with its own state
  old.reset(1);
  old.set(0, 91, 0x40);
  EventLog ev(false);
  std::string why;
  auto nvml = NvmlSource::Start(Opts(FAKE_NVML_OLD_PATH), ev, &why);
  REQUIRE(nvml);
  MemorySink sink;
  Feeder feeder(sink, ev);
  feeder.AddSource(*nvml);
  REQUIRE(WaitUntil([&] { return !sink.Of("gpu0").empty(); }, 5s, [&] { feeder.Tick(MonotonicNs()); }));
  CHECK(sink.Of("gpu0")[0].temp_mc == 91000);
  CHECK(sink.Of("gpu0")[0].flags == TEMPMON_F_HW_THROTTLE);
  CHECK(HasEvent(ev, "nvml_ready", "nvml", "nvmlDeviceGetCurrentClocksThrottleReasons"));
}

TEST_CASE("nvml: a GPU is described (origin; identity; limits) and its slowdown is the threshold") {
  Fake().reset(1);
  EventLog ev(false);
  std::string why;
  auto nvml = NvmlSource::Start(Opts(), ev, &why);
  REQUIRE(nvml);
  MemorySink sink;
  Feeder feeder(sink, ev);
  feeder.AddSource(*nvml);
  REQUIRE(WaitUntil([&] { return !sink.Of("gpu0").empty() && !sink.Of("gpu0.power_limit_w").empty(); }, 5s,
                    [&] { feeder.Tick(MonotonicNs()); }));
  REQUIRE(sink.names.size() == 4);
  CHECK(sink.names[0] == "gpu0");
  CHECK(sink.names[1] == "gpu0.sm_mhz");
  CHECK(sink.names[2] == "gpu0.power_w");
  // The enforced power limit, with the default limit in its description.
  CHECK(sink.names[3] == "gpu0.power_limit_w");
  CHECK(sink.descs[3].unit == TEMPMON_UNIT_WATT);
  CHECK(sink.descs[3].uuid == "GPU-fa4e0000-0000-4000-8000-000000000000");
  CHECK(sink.descs[3].max_op_mc == 700000);
  CHECK(sink.Of("gpu0.power_limit_w")[0].temp_mc == 700000);
  // Like an H200, the fake GPU has no fan of its own: said once, no series.
  CHECK(HasEvent(ev, "gpu_cooling", "gpu0", "no fan speed (no fan of its own"));
  const tempmon::ring::SensorDesc& g = sink.descs[0];
  CHECK(g.origin == TEMPMON_ORIGIN_NVML);
  CHECK(g.unit == TEMPMON_UNIT_CELSIUS);
  CHECK(g.model == "Fake GPU 0");
  CHECK(g.uuid == "GPU-fa4e0000-0000-4000-8000-000000000000");
  CHECK(g.location == "00000000:19:00.0");
  CHECK(g.shutdown_mc == 92000);
  CHECK(g.max_op_mc == 87000);
  REQUIRE(sink.thresholds.count(0));
  CHECK(sink.thresholds[0].threshold_mc == 89000);  // NVML's slowdown temperature
  CHECK(sink.descs[1].unit == TEMPMON_UNIT_MHZ);
  CHECK(sink.descs[1].origin == TEMPMON_ORIGIN_NVML);
  CHECK(sink.descs[1].uuid == g.uuid);
  CHECK(sink.descs[2].unit == TEMPMON_UNIT_WATT);
  CHECK_FALSE(sink.thresholds.count(1));  // a clock has no throttle line
  CHECK_FALSE(sink.thresholds.count(2));
  CHECK(sink.Of("gpu0.sm_mhz")[0].temp_mc == 1410000);  // kHz: thousandths of MHz
  CHECK(sink.Of("gpu0.power_w")[0].temp_mc == 250500);  // mW
  // Throttle reasons stay on the temperature, where episodes are made.
  CHECK(sink.Of("gpu0.power_w")[0].flags == 0);
}

TEST_CASE("nvml: a GPU's fan speed is a % series; a changed power limit is an event and a new value") {
  Fake().reset(1);
  Fake().set_cooling(0, 55, 450000, 700000);
  EventLog ev(false);
  std::string why;
  auto nvml = NvmlSource::Start(Opts(), ev, &why);
  REQUIRE(nvml);
  MemorySink sink;
  Feeder feeder(sink, ev);
  feeder.AddSource(*nvml);
  REQUIRE(WaitUntil([&] { return !sink.Of("gpu0.fan_pct").empty() && !sink.Of("gpu0.power_limit_w").empty(); }, 5s,
                    [&] { feeder.Tick(MonotonicNs()); }));
  const auto at = std::find(sink.names.begin(), sink.names.end(), "gpu0.fan_pct") - sink.names.begin();
  CHECK(sink.descs[static_cast<size_t>(at)].unit == TEMPMON_UNIT_PERCENT);
  CHECK(sink.Of("gpu0.fan_pct")[0].temp_mc == 55000);  // thousandths of a percent
  CHECK(sink.Of("gpu0.power_limit_w")[0].temp_mc == 450000);
  CHECK(HasEvent(ev, "gpu_cooling", "gpu0", "fan speed, no fan target"));
  CHECK(HasEvent(ev, "gpu_cooling", "gpu0", "enforced power limit, default power limit 700 W"));
  Fake().set_cooling(0, 100, 300000, 700000);
  REQUIRE(WaitUntil([&] { return sink.Of("gpu0.power_limit_w").back().temp_mc == 300000; }, 5s,
                    [&] { feeder.Tick(MonotonicNs()); }));
  CHECK(HasEvent(ev, "power_limit", "gpu0", "enforced power limit 450 W -> 300 W"));
  REQUIRE(WaitUntil([&] { return sink.Of("gpu0.fan_pct").back().temp_mc == 100000; }, 5s,
                    [&] { feeder.Tick(MonotonicNs()); }));
}

TEST_CASE("nvml: the fan's target and the memory's temperature are series where the GPU gives them, said where not") {
  Fake().reset(2);
  Fake().set_cooling(0, 40, 700000, 700000);
  Fake().set_fan_target_mem(0, 65, 71);
  EventLog ev(false);
  std::string why;
  auto nvml = NvmlSource::Start(Opts(), ev, &why);
  REQUIRE(nvml);
  MemorySink sink;
  Feeder feeder(sink, ev);
  feeder.AddSource(*nvml);
  REQUIRE(WaitUntil([&] { return !sink.Of("gpu0.fan_target_pct").empty() && !sink.Of("gpu0.mem_temp").empty() &&
                                 !sink.Of("gpu1").empty(); },
                    5s, [&] { feeder.Tick(MonotonicNs()); }));
  auto desc_of = [&](const std::string& n) {
    return sink.descs[static_cast<size_t>(std::find(sink.names.begin(), sink.names.end(), n) - sink.names.begin())];
  };
  CHECK(desc_of("gpu0.fan_target_pct").unit == TEMPMON_UNIT_PERCENT);
  CHECK(desc_of("gpu0.mem_temp").unit == TEMPMON_UNIT_CELSIUS);
  CHECK(desc_of("gpu0.mem_temp").origin == TEMPMON_ORIGIN_NVML);
  CHECK(sink.Of("gpu0.fan_target_pct")[0].temp_mc == 65000);
  CHECK(sink.Of("gpu0.mem_temp")[0].temp_mc == 71000);
  CHECK(HasEvent(ev, "gpu_cooling", "gpu0", "fan speed, fan target, memory temperature"));
  // The second GPU has neither (as an H200 has no fan): the reason, no series.
  CHECK(sink.Of("gpu1.fan_target_pct").empty());
  CHECK(sink.Of("gpu1.mem_temp").empty());
  CHECK(HasEvent(ev, "gpu_cooling", "gpu1", "no fan target (no fan of its own"));
  CHECK(HasEvent(ev, "gpu_cooling", "gpu1", "no memory temperature (the driver does not report it"));
  CHECK(HasEvent(ev, "gpu_cooling", "gpu1", "no hotspot temperature"));
  // A fan told to run harder than it does: both series follow.
  Fake().set_fan_target_mem(0, 100, 88);
  REQUIRE(WaitUntil([&] { return sink.Of("gpu0.fan_target_pct").back().temp_mc == 100000 &&
                                 sink.Of("gpu0.mem_temp").back().temp_mc == 88000; },
                    5s, [&] { feeder.Tick(MonotonicNs()); }));
}

TEST_CASE("nvml: the fake replays the H200 load curve: temperature; SM clock; power; power cap") {
  Fake().reset(1);
  REQUIRE(Fake().load_curve(H200_CURVE, 40.0) > 150);  // 93 s of measurements in ~2.3 s
  EventLog ev(false);
  std::string why;
  auto nvml = NvmlSource::Start(Opts(), ev, &why);
  REQUIRE(nvml);
  MemorySink sink;
  Feeder feeder(sink, ev);
  feeder.AddSource(*nvml);
  const auto until = std::chrono::steady_clock::now() + 3s;
  while (std::chrono::steady_clock::now() < until) {
    feeder.Tick(MonotonicNs());
    std::this_thread::sleep_for(5ms);  // a scan period, as the feeder's loop has
  }
  Fake().load_curve(nullptr, 0);
  int32_t tmin = INT32_MAX, tmax = INT32_MIN, smax = 0, pmax = 0;
  bool capped = false;
  for (const auto& s : sink.Of("gpu0")) {
    tmin = std::min(tmin, s.temp_mc);
    tmax = std::max(tmax, s.temp_mc);
    capped |= (s.flags & TEMPMON_F_POWER_CAP) != 0;
  }
  for (const auto& s : sink.Of("gpu0.sm_mhz")) smax = std::max(smax, s.temp_mc);
  for (const auto& s : sink.Of("gpu0.power_w")) pmax = std::max(pmax, s.temp_mc);
  CHECK(tmin <= 38000);  // idle
  CHECK(tmax >= 59000);  // under load
  CHECK(smax >= 1400000);
  CHECK(pmax >= 680000);  // at the 700 W cap
  CHECK(capped);
}

TEST_CASE("nvml: on an ABI 1.0 ring the GPU is still recorded; clock and power are not; it is said once") {
  Fake().reset(1);
  EventLog ev(false);
  std::string why;
  auto nvml = NvmlSource::Start(Opts(), ev, &why);
  REQUIRE(nvml);
  MemorySink sink;
  sink.celsius_only = true;
  Feeder feeder(sink, ev);
  feeder.AddSource(*nvml);
  REQUIRE(WaitUntil([&] { return sink.Of("gpu0").size() >= 2; }, 5s, [&] { feeder.Tick(MonotonicNs()); }));
  CHECK(sink.names == std::vector<std::string>{"gpu0"});
  CHECK(feeder.stats().unsupported == 3);
  CHECK(HasEvent(ev, "descriptions_unsupported", "memory", "ABI 1.0"));
  CHECK(HasEvent(ev, "sensor_unsupported", "gpu0.sm_mhz", "°C only"));
  CHECK(HasEvent(ev, "sensor_unsupported", "gpu0.power_w", "°C only"));
  CHECK(HasEvent(ev, "sensor_unsupported", "gpu0.power_limit_w", "°C only"));
  size_t said = 0;
  for (const Event& e : ev.Snapshot()) said += e.kind == "descriptions_unsupported";
  CHECK(said == 1);
}

namespace {

// One environment variable for the fake's GPU-facts calls (read per call).
struct FakeEnv {
  std::string name;
  FakeEnv(const char* n, const char* v) : name(n) {
    if (v)
      ::setenv(n, v, 1);
    else
      ::unsetenv(n);
  }
  ~FakeEnv() { ::unsetenv(name.c_str()); }
};

}  // namespace

TEST_CASE("nvml facts: the RMA packet, and a recovery action the driver cannot give is said to be absent") {
  Fake().reset(1);
  std::string why;
  auto facts = nvml::NvmlFacts::Open(FAKE_NVML_PATH, &why);
  REQUIRE(facts);
  {
    FakeEnv remapped("FAKE_NVML_REMAPPED", "7,1,1,0");
    FakeEnv hist("FAKE_NVML_REMAP_HISTOGRAM", "58,3,2,1,0");
    FakeEnv retired("FAKE_NVML_RETIRED", "3,2");
    FakeEnv action("FAKE_NVML_RECOVERY_ACTION", "2");
    const nlohmann::json g = facts->Read(nvml::NvmlFacts::Level::kFull)["gpus"][0];
    INFO(g.dump());
    CHECK(g["serial"] == "1652923000120");
    CHECK(g["vbios_version"] == "96.00.89.00.01");
    CHECK(g["inforom"] == nlohmann::json{{"image", "G525.0201.00.03"}, {"oem", "2.1"}, {"ecc", "7.0"}});
    CHECK(g["ecc"]["aggregate_corrected"] == 12);
    CHECK(g["remapped_rows"]["correctable"] == 7);
    CHECK(g["remapped_rows"]["uncorrectable"] == 1);
    CHECK(g["remapped_rows"]["pending"] == true);
    CHECK(g["remapped_rows"]["bank_histogram"] ==
          nlohmann::json{{"max", 58}, {"high", 3}, {"partial", 2}, {"low", 1}, {"none", 0}});
    CHECK(g["retired_pages"] == nlohmann::json{{"single_bit_ecc", 3}, {"double_bit_ecc", 2}});
    CHECK(g["retired_pages_pending"] == false);
    CHECK(g["recovery_action"] == "node_reboot");
    CHECK_FALSE(g.contains("recovery_action_absent"));
    CHECK_FALSE(g.contains("errors"));
  }
  {
    FakeEnv action("FAKE_NVML_RECOVERY_ACTION", "unsupported");
    FakeEnv retired("FAKE_NVML_RETIRED", nullptr);
    const nlohmann::json g = facts->Read(nvml::NvmlFacts::Level::kFull)["gpus"][0];
    INFO(g.dump());
    CHECK_FALSE(g.contains("recovery_action"));
    CHECK_THAT(g["recovery_action_absent"].get<std::string>(), Catch::Matchers::ContainsSubstring("does not report"));
    // A GPU with row remapping retires no pages: nothing, not zeros.
    CHECK_FALSE(g.contains("retired_pages"));
  }
}
