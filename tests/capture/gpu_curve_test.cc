// The capture's triggers and episodes on a GPU feeder's ring, driven by the
// temperature and clock-event reasons measured on an NVIDIA H200
// (tests/feed/data/h200-load-curve.csv: idle, a bf16 matmul load at the power
// limit, idle; one row per 0.5 s), pushed at 10 Hz as tempmon-feed does.
#include <catch2/catch_test_macros.hpp>

#include <algorithm>
#include <cstdio>
#include <fstream>
#include <sstream>
#include <stdexcept>
#include <string>
#include <vector>

#include "capture/trigger/ring_episodes.h"
#include "capture/trigger/sample_triggers.h"
#include "feed/throttle_flags.h"
#include "tempmon.h"

using tempmon::bundle::Sample;
using tempmon::bundle::Sensor;
using tempmon::capture::EpisodesFromSamples;
using tempmon::capture::Fired;
using tempmon::capture::SampleTriggers;
using tempmon::capture::TriggerConfig;

namespace {

constexpr uint64_t kMs = 1'000'000;
constexpr uint64_t kSec = 1000 * kMs;

struct Row {
  int32_t temp_mc;
  uint64_t reasons;
};

std::vector<Row> LoadCurve() {
  std::ifstream in(TEMPMON_TEST_DATA "/h200-load-curve.csv");
  if (!in) throw std::runtime_error("cannot open the H200 curve");
  std::vector<Row> rows;
  std::string line;
  while (std::getline(in, line)) {
    if (line.empty() || line[0] == '#') continue;
    // timestamp, temperature.gpu, clocks.sm, power.draw, clocks_event_reasons.active
    std::stringstream ss(line);
    std::vector<std::string> f;
    std::string x;
    while (std::getline(ss, x, ',')) f.push_back(x);
    if (f.size() < 5) throw std::runtime_error("bad curve row: " + line);
    rows.push_back({std::stoi(f[1]) * 1000, std::stoull(f[4], nullptr, 16)});
  }
  return rows;
}

// The curve at 10 Hz (each row five times) with scan jitter up to 40 ms,
// looped until `until_ns`, as pushed samples of sensor 0 ("gpu0").
std::vector<Sample> FeederSamples(const std::vector<Row>& rows, uint64_t until_ns) {
  std::vector<Sample> out;
  uint32_t lcg = 12345;
  for (uint64_t i = 0;; ++i) {
    lcg = lcg * 1103515245u + 12345u;
    const uint64_t t = kSec + i * 100 * kMs + (lcg >> 16) % 40 * kMs;
    if (t > until_ns) break;
    const Row& r = rows[(i / 5) % rows.size()];
    Sample s;
    s.ts_ns = t;
    s.sensor = 0;
    s.temp_mc = r.temp_mc;
    s.flags = static_cast<uint16_t>(TEMPMON_F_PUSHED | tempmon::feed::NvmlReasonsToFlags(r.reasons));
    out.push_back(s);
  }
  return out;
}

// Feeds samples as the capture reads them: a batch per 1 s tick.
std::vector<Fired> Drive(SampleTriggers& t, const std::vector<Sample>& samples, uint64_t until_ns) {
  std::vector<Fired> fired;
  size_t i = 0;
  for (uint64_t now = kSec; now <= until_ns; now += kSec) {
    for (; i < samples.size() && samples[i].ts_ns <= now; ++i)
      for (auto& f : t.OnSample(samples[i])) fired.push_back(f);
    for (auto& f : t.OnTick(now, false)) fired.push_back(f);
  }
  return fired;
}

}  // namespace

TEST_CASE("a healthy 10 Hz feeder ring is never a stall, whatever rate the ring declares") {
  const auto rows = LoadCurve();
  REQUIRE(rows.size() > 100);
  const uint64_t ten_min = 600 * kSec;
  const auto samples = FeederSamples(rows, ten_min);
  // 0: a feeder's own shm ring that declares nothing; 10: one that declares
  // its rate; 1000: the kernel ring, whose sampler rate is not the feeder's.
  for (uint32_t declared : {0u, 10u, 1000u}) {
    TriggerConfig c;
    c.on_hang = true;
    c.rate_hz = declared;
    SampleTriggers t(c);
    t.SetSensorName(0, "gpu0");
    auto fired = Drive(t, samples, ten_min);
    INFO("declared " << declared << " Hz; first: " << (fired.empty() ? "" : fired[0].reason));
    CHECK(fired.empty());
    CHECK(t.ExpectedPeriodNs(0) >= 90 * kMs);
    CHECK(t.ExpectedPeriodNs(0) <= 140 * kMs);
  }
}

TEST_CASE("a feeder that stops is one feeder stall, after stall_periods of its own period") {
  const auto rows = LoadCurve();
  const auto samples = FeederSamples(rows, 60 * kSec);
  TriggerConfig c;
  c.on_hang = true;
  c.rate_hz = 1000;  // the kernel sampler's rate: must not be applied to gpu0
  c.stall_periods = 100;
  SampleTriggers t(c);
  t.SetSensorName(0, "gpu0");
  // A kernel-sampled zone keeps running at 1 kHz: only the feeder stops.
  std::vector<Sample> all = samples;
  for (uint64_t ms = 1000; ms <= 90'000; ms += 1) {
    Sample z;
    z.ts_ns = ms * kMs;
    z.sensor = 1;
    z.temp_mc = 45000;
    all.push_back(z);
  }
  std::stable_sort(all.begin(), all.end(), [](const Sample& a, const Sample& b) { return a.ts_ns < b.ts_ns; });
  auto fired = Drive(t, all, 90 * kSec);
  REQUIRE(fired.size() == 1);
  CHECK(fired[0].kind == "hang");
  CHECK(fired[0].reason.rfind("feeder stalled: no samples from gpu0", 0) == 0);
  CHECK(fired[0].reason.find("sampler") == std::string::npos);
  // 100 periods of ~100 ms after the last sample (60 s), seen on a 1 s tick.
  CHECK(fired[0].ts_ns >= 70 * kSec);
  CHECK(fired[0].ts_ns <= 73 * kSec);
}

TEST_CASE("the kernel sampler stopping is a sampler stall, at its declared rate") {
  TriggerConfig c;
  c.on_hang = true;
  c.rate_hz = 1000;
  SampleTriggers t(c);
  std::vector<Sample> z;
  for (uint64_t ms = 1000; ms <= 2000; ++ms) {
    Sample s;
    s.ts_ns = ms * kMs;
    s.temp_mc = 45000;
    z.push_back(s);
  }
  auto fired = Drive(t, z, 5 * kSec);
  REQUIRE(fired.size() == 1);
  CHECK(fired[0].reason.rfind("sampler stalled", 0) == 0);
  CHECK(fired[0].ts_ns == 3 * kSec);
}

TEST_CASE("the H200's power-capped load is an episode with its cause, and triggers only when asked") {
  const auto rows = LoadCurve();
  const auto samples = FeederSamples(rows, kSec + rows.size() * 500 * kMs - 50 * kMs);
  std::vector<Sensor> sensors(1);
  sensors[0].id = 0;
  sensors[0].name = "gpu0";
  sensors[0].kind = "nvml";
  auto eps = EpisodesFromSamples(samples, sensors);
  REQUIRE(eps.size() == 1);
  const auto& e = eps[0];
  CHECK(e.cause == "nvml:power_cap");
  CHECK(e.name == "gpu0");
  CHECK(e.start_in_window == true);
  REQUIRE(e.end_ns.has_value());
  // The curve has 150 power-capped rows of 0.5 s: a 75 s episode.
  REQUIRE(e.duration_ns.has_value());
  const double dur_s = static_cast<double>(*e.duration_ns) / 1e9;
  CHECK(dur_s > 74.0);
  CHECK(dur_s < 76.0);
  CHECK(e.peak_temp_mc.value_or(0) >= 60000);

  TriggerConfig c;
  c.on_throttle = true;
  SampleTriggers thermal_only(c);
  size_t n = 0;
  for (const auto& s : samples) n += thermal_only.OnSample(s).size();
  CHECK(n == 0);  // a GPU at its power limit under load is normal

  c.on_power_cap = true;
  SampleTriggers with_power(c);
  std::vector<Fired> fired;
  for (const auto& s : samples)
    for (auto& f : with_power.OnSample(s)) fired.push_back(f);
  REQUIRE(fired.size() == 1);
  CHECK(fired[0].kind == "throttle");
  CHECK(fired[0].reason.find("power_cap") != std::string::npos);
}

TEST_CASE("a GPU's thermal and HW slowdown fire --on-throttle by default, once per onset") {
  TriggerConfig c;
  c.on_throttle = true;
  SampleTriggers t(c);
  t.SetSensorName(0, "gpu0");
  auto S = [](uint64_t ms, uint64_t reasons) {
    Sample s;
    s.ts_ns = ms * kMs;
    s.temp_mc = 88000;
    s.flags = static_cast<uint16_t>(TEMPMON_F_PUSHED | tempmon::feed::NvmlReasonsToFlags(reasons));
    return s;
  };
  CHECK(t.OnSample(S(100, 0x1)).empty());
  auto f = t.OnSample(S(200, tempmon::feed::kNvmlReasonSwThermalSlowdown));
  REQUIRE(f.size() == 1);
  CHECK(f[0].reason == "gpu0: its source reports sw_throttle at 88.0 C");
  CHECK(t.OnSample(S(300, tempmon::feed::kNvmlReasonSwThermalSlowdown)).empty());
  f = t.OnSample(S(400, tempmon::feed::kNvmlReasonSwThermalSlowdown | tempmon::feed::kNvmlReasonHwSlowdown));
  REQUIRE(f.size() == 1);
  CHECK(f[0].reason.find("hw_throttle") != std::string::npos);
  CHECK(t.OnSample(S(500, 0)).empty());
  CHECK(t.OnSample(S(600, tempmon::feed::kNvmlReasonHwThermalSlowdown)).size() == 1);
}
