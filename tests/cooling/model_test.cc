// The cooling model on a simulated device (plant.h): what it measures, what
// it learns, what it calls an anomaly, and what it refuses to read.
#include <catch2/catch_test_macros.hpp>
#include <catch2/matchers/catch_matchers_floating_point.hpp>
#include <catch2/matchers/catch_matchers_string.hpp>

#include <sys/stat.h>

#include <cstdlib>
#include <filesystem>
#include <functional>

#include "capture/cooling/baseline_store.h"
#include "capture/cooling/model.h"
#include "plant.h"
#include "temp_dir.h"

using namespace tempmon::cooling;
using tempmon::cooling::test::Plant;
using tempmon::cooling::test::PlantSpec;
using Catch::Matchers::ContainsSubstring;
using Catch::Matchers::WithinRel;

namespace {

Params Quick() {
  Params p = DefaultParams();
  p.learn_s = 3600;
  p.learn_points = 10;
  p.inlet_hold_s = 120;
  return p;
}

// Runs `plant` at 10 Hz from t0 for `secs` seconds: power from `load(t)`,
// inlet from `inlet(t)`; `drop` lets a sample's field vanish (a machine
// without that sensor). Returns the end time.
double Run(Device& d, Plant& plant, double t0, double secs, const std::function<double(double)>& load,
           const std::function<double(double)>& inlet, const std::function<void(Sample&)>& drop = {},
           const std::function<bool()>& stop = {}) {
  const double dt = 0.1;
  double t = t0;
  for (; t < t0 + secs; t += dt) {
    Sample s = plant.Step(t, dt, load(t), inlet(t));
    if (drop) drop(s);
    d.Add(s);
    if (stop && stop()) break;
  }
  return t;
}

// Ten minutes of load, two idle, repeated.
double Cycle(double t) { return std::fmod(t, 720) < 600 ? 600 : 80; }
double Room(double) { return 25; }
void NoInlet(Sample& s) { s.inlet_c = kNaN; }

}  // namespace

TEST_CASE("R with an inlet sensor is the plant's R, with a CI that holds it") {
  PlantSpec spec;
  spec.fan_curve = false;
  Plant plant(spec, 1, 25);
  Device d(NewBaseline("gpu:GPU-1", "H200"), Quick());
  CHECK_FALSE(d.R().ok());
  CHECK_THAT(d.R().why, ContainsSubstring("not enough data"));
  Run(d, plant, 0, 900, [](double) { return 600.0; }, Room);
  const Estimate r = d.R();
  REQUIRE(r.ok());
  CHECK_THAT(r.value, WithinRel(plant.R(), 0.03));
  CHECK(r.lo <= plant.R() * 1.01);
  CHECK(r.hi >= plant.R() * 0.99);
  CHECK(d.Judge().state == "learning");
}

TEST_CASE("R without an inlet: above the learned idle level, per watt above idle") {
  PlantSpec spec;
  spec.fan_curve = false;
  Plant plant(spec, 2, 25);
  Device d(NewBaseline("gpu:GPU-2", "H200"), Quick());
  // Loaded first: no idle level yet, so no R.
  double t = Run(d, plant, 0, 300, [](double) { return 600.0; }, Room, NoInlet);
  CHECK_FALSE(d.R().ok());
  t = Run(d, plant, t, 300, [](double) { return 80.0; }, Room, NoInlet);
  Run(d, plant, t, 600, [](double) { return 600.0; }, Room, NoInlet);
  REQUIRE(d.R().ok());
  CHECK_THAT(d.R().value, WithinRel(plant.R(), 0.06));
}

TEST_CASE("tau from the decay after a load drop") {
  PlantSpec spec;
  spec.fan_curve = false;
  spec.cap_j_per_c = 400;  // tau = 400 * R (about 24 s)
  spec.temp_q = 0.125;
  Plant plant(spec, 3, 25);
  Device d(NewBaseline("zone:x86_pkg_temp", ""), Quick());
  CHECK_FALSE(d.Tau().ok());
  double t = Run(d, plant, 0, 400, [](double) { return 300.0; }, Room);
  const double tau = spec.cap_j_per_c * plant.R();
  Run(d, plant, t, 400, [](double) { return 30.0; }, Room);
  const Estimate e = d.Tau();
  REQUIRE(e.ok());
  CHECK_THAT(e.value, WithinRel(tau, 0.1));
  CHECK(e.lo < e.value);
  CHECK(e.hi > e.value);
}

TEST_CASE("the temperature at a fan duty comes from R at that duty") {
  PlantSpec spec;
  spec.fan_curve = false;
  Plant plant(spec, 4, 25);
  Device d(NewBaseline("hwmon:nct6798:CPUTIN", "nct6798"), Quick());
  double t = 0;
  for (double duty : {40.0, 80.0}) {
    spec.fixed_duty = duty;
    plant = Plant(spec, 4, plant.temp());
    t = Run(d, plant, t, 900, [](double) { return 400.0; }, Room);
    const Estimate at = d.TempAt(duty, 400);
    REQUIRE(at.ok());
    CHECK_THAT(at.value, WithinRel(25 + plant.R() * 400, 0.03));
  }
  CHECK(d.TempAt(40, 400).value > d.TempAt(80, 400).value);
  CHECK_FALSE(d.TempAt(10, 400).ok());
}

TEST_CASE("a healthy device learns, then stays healthy; R +20 % is an anomaly, cause cooling") {
  Plant plant(PlantSpec{}, 5, 25);
  Device d(NewBaseline("gpu:GPU-5", "H200"), Quick());
  double t = Run(d, plant, 0, 4000, Cycle, Room);
  REQUIRE(d.baseline().learned);
  t = Run(d, plant, t, 6 * 3600, Cycle, [](double x) { return 25 + 3 * std::sin(x / 3000); });
  CHECK(d.Judge().state == "healthy");
  CHECK(d.DriftScore() < 1);
  plant.r_scale = 1.2;
  const double onset = t;
  Run(d, plant, t, 3600, Cycle, Room, {}, [&] { return d.Judge().state == "anomaly"; });
  const Verdict v = d.Judge();
  REQUIRE(v.state == "anomaly");
  CHECK(v.kind == "cooling");
  CHECK(v.cause == "cooling_saturated");
  CHECK(v.since_s - onset < 600);
  CHECK_THAT(v.detail, ContainsSubstring("thermal resistance"));
  CHECK_THAT(WhatToDo(v.cause), ContainsSubstring("thermal paste"));
}

TEST_CASE("a stopped fan is a fan fault within a minute, before learning ends") {
  Plant plant(PlantSpec{}, 6, 25);
  Device d(NewBaseline("gpu:GPU-6", "H200"), Quick());
  double t = Run(d, plant, 0, 300, [](double) { return 500.0; }, Room);
  plant.fan_health = 0;
  const double onset = t;
  Run(d, plant, t, 120, [](double) { return 500.0; }, Room, {}, [&] { return d.Judge().state == "anomaly"; });
  const Verdict v = d.Judge();
  REQUIRE(v.state == "anomaly");
  CHECK(v.cause == "fan_fault");
  CHECK(v.since_s - onset <= 60);
  CHECK_THAT(v.detail, ContainsSubstring("fan stopped"));
}

TEST_CASE("a fan wearing out (RPM falling at constant duty) is a fan fault") {
  PlantSpec spec;
  spec.fan_curve = false;
  Plant plant(spec, 7, 25);
  Device d(NewBaseline("gpu:GPU-7", "H200"), Quick());
  double t = Run(d, plant, 0, 4000, Cycle, Room);
  REQUIRE(d.baseline().learned);
  plant.fan_health = 0.8;
  Run(d, plant, t, 3600, Cycle, Room, {}, [&] { return d.Judge().state == "anomaly"; });
  const Verdict v = d.Judge();
  REQUIRE(v.state == "anomaly");
  CHECK(v.kind == "fan");
  CHECK(v.cause == "fan_fault");
}

TEST_CASE("hot inlet air: an inlet anomaly, not a cooling one") {
  Plant plant(PlantSpec{}, 8, 25);
  Device d(NewBaseline("gpu:GPU-8", "H200"), Quick());
  double t = Run(d, plant, 0, 4000, Cycle, Room);
  REQUIRE(d.baseline().learned);
  Run(d, plant, t, 3600, Cycle, [](double) { return 31.0; }, {}, [&] { return d.Judge().state == "anomaly"; });
  const Verdict v = d.Judge();
  REQUIRE(v.state == "anomaly");
  CHECK(v.kind == "inlet");
  CHECK(v.cause == "inlet");
  CHECK(d.DriftScore() < 1);
}

TEST_CASE("a peer outlier at equal power") {
  std::vector<Plant> plants;
  std::vector<Device> devs;
  for (int i = 0; i < 4; ++i) {
    plants.emplace_back(PlantSpec{}, 10 + i, 25);
    devs.emplace_back(NewBaseline("gpu:GPU-P" + std::to_string(i), "H200"), Quick());
  }
  plants[2].r_scale = 1.3;
  for (int i = 0; i < 4; ++i) Run(devs[i], plants[i], 0, 600, [](double) { return 600.0; }, Room);
  std::vector<Device*> group;
  for (Device& d : devs) group.push_back(&d);
  for (int k = 1; k < kPeerStreak; ++k) JudgePeers(group, Quick());
  for (const Device& d : devs) CHECK_FALSE(d.peer.has_value());  // not on a few judgements
  JudgePeers(group, Quick());
  for (int i = 0; i < 4; ++i) CHECK(devs[i].peer.has_value() == (i == 2));
  REQUIRE(devs[2].Judge().kind == "peer");
  CHECK_THAT(devs[2].Judge().detail, ContainsSubstring("same-model peers"));
}

TEST_CASE("baselines round-trip through the file and the state folder") {
  Plant plant(PlantSpec{}, 20, 25);
  Device d(NewBaseline("gpu:GPU-20", "H200"), Quick());
  Run(d, plant, 0, 4000, Cycle, Room);
  REQUIRE(d.baseline().learned);
  tempmon::capture::testing::TempDir dir("cooling");
  ::chmod(dir.p.c_str(), 0755);
  const auto state = tempmon::sys::Dir::Open(dir.p);
  Device other(NewBaseline("zone:acpitz", ""), Quick());
  SaveBaselines(state, {&d.baseline(), &other.baseline()});
  Loaded l = LoadBaselines(state);
  REQUIRE(l.error.empty());
  REQUIRE(l.baselines.size() == 2);
  const Baseline& b = l.baselines[0];
  CHECK(b.id == "gpu:GPU-20");
  CHECK(b.model == "H200");
  CHECK(b.learned);
  const int band = DutyBand(d.LastDuty());
  CHECK(b.r[band].n == d.baseline().r[band].n);
  CHECK_THAT(b.r[band].mean, WithinRel(d.baseline().r[band].mean, 1e-12));
  // A restarted device carries on from the stored baseline.
  Device again(b, Quick());
  CHECK(again.baseline().learned);

  CHECK(ResetBaseline(state, "gpu:GPU-20"));
  CHECK_FALSE(ResetBaseline(state, "gpu:GPU-20"));
  l = LoadBaselines(state);
  REQUIRE(l.baselines.size() == 1);
  CHECK(l.baselines[0].id == "zone:acpitz");
}

TEST_CASE("a corrupt or hostile baseline file: one line, learn afresh") {
  tempmon::capture::testing::TempDir dir("cooling");
  ::chmod(dir.p.c_str(), 0755);
  const auto state = tempmon::sys::Dir::Open(dir.p);
  CHECK(LoadBaselines(state).error.empty());  // none yet: no error
  Device d(NewBaseline("gpu:GPU-30", "H200"), Quick());
  const std::string good = BaselinesToJson({&d.baseline()});
  REQUIRE(BaselinesFromJson(good).size() == 1);
  auto with = [&](const std::string& from, const std::string& to) {
    std::string s = good;
    const size_t at = s.find(from);
    REQUIRE(at != std::string::npos);
    return s.replace(at, from.size(), to);
  };
  const std::pair<std::string, std::string> bad[] = {
      {"{not json", "not JSON"},
      {with("\"version\": 2", "\"version\": 3"), "version 3"},
      {with("\"version\": 2", "\"version\": 0"), "version 0"},
      {with("\"format\": \"tempmon-cooling-baselines\"", "\"format\": \"x\""), "format"},
      {with("\"learned\": false", "\"learned\": \"yes\""), "learned"},
      {with("\"id\": \"gpu:GPU-30\"", "\"id\": \"a\\u0001b\""), "control character"},
      {with("\"learned_s\": 0.0", "\"learned_s\": -5"), "learned_s"},
      {with("\"id\": \"gpu:GPU-30\"", "\"id\": 7"), "id"},
      {with("\"tau_s\": [", "\"tau_s\": [-1e300, "), "tau_s"},
  };
  for (const auto& [text, why] : bad) {
    INFO(text.substr(0, 200));
    state.Replace(kBaselineFile, text, 0644);
    const Loaded l = LoadBaselines(state);
    CHECK(l.baselines.empty());
    CHECK_THAT(l.error, ContainsSubstring(why));
    CHECK_THAT(l.error, ContainsSubstring("learning afresh"));
    CHECK(l.error.find('\n') == std::string::npos);
  }
  // Not ours to parse beyond 16 MiB.
  state.Replace(kBaselineFile, std::string(17u << 20, ' '), 0644);
  CHECK_THAT(LoadBaselines(state).error, ContainsSubstring("16 MiB"));
}

TEST_CASE("no inlet sensor: a warmer room is not a cooling fault; an idle level above all learned is inlet") {
  PlantSpec spec;
  spec.fan_curve = false;
  Plant plant(spec, 40, 25);
  Device d(NewBaseline("gpu:GPU-40", "H200"), Quick());
  double t = Run(d, plant, 0, 4000, Cycle, Room, NoInlet);
  REQUIRE(d.baseline().learned);
  // The room warms by 8 C during a job: against the idle level before it,
  // R looks 20 % higher until the next idle, which shows the warmer room.
  const double onset = t;
  Run(d, plant, t, 3 * 3600, Cycle, [&](double x) { return x < onset + 60 ? 25.0 : 33.0; }, NoInlet,
      [&] { return d.Anomalous(); });
  const Verdict v = d.Judge();
  REQUIRE(v.state == "anomaly");
  CHECK(v.kind == "inlet");
  CHECK(v.cause == "inlet");
  CHECK_THAT(v.detail, ContainsSubstring("no inlet sensor"));
}

TEST_CASE("a short learning period needs one steady segment per minute of it and at least 6") {
  const Params d = DefaultParams();
  REQUIRE(d.learn_points == 40);
  const Params day = WithLearning(d, 86400);
  CHECK(day.learn_s == 86400);
  CHECK(day.learn_points == 40);
  CHECK(WithLearning(d, 2400).learn_points == 40);
  CHECK(WithLearning(d, 2399).learn_points == 39);
  CHECK(WithLearning(d, 600).learn_points == 10);
  CHECK(WithLearning(d, 60).learn_points == 6);
  CHECK(WithLearning(d, 60).learn_s == 60);
  CHECK(WithLearning(d, 359).learn_points == 6);
  // The other tunables are the caller's.
  Params q = d;
  q.learn_points = 12;
  q.steady_s = 10;
  CHECK(WithLearning(q, 86400).learn_points == 12);
  CHECK(WithLearning(q, 600).learn_points == 10);
  CHECK(WithLearning(q, 600).steady_s == 10);
}

TEST_CASE("a qualification stored with a baseline: version 2 round trip, one device replaced, version 1 still read") {
  tempmon::capture::testing::TempDir dir("cooling-qual");
  ::chmod(dir.p.c_str(), 0755);
  const auto state = tempmon::sys::Dir::Open(dir.p);
  Device keep(NewBaseline("gpu:GPU-50", "H200"), Quick());
  SaveBaselines(state, {&keep.baseline()});
  // Written by a version 1 capture: read as it is, without a qualification.
  std::string v1 = BaselinesToJson({&keep.baseline()});
  v1.replace(v1.find("\"version\": 2"), 12, "\"version\": 1");
  REQUIRE(BaselinesFromJson(v1).size() == 1);
  CHECK_FALSE(BaselinesFromJson(v1)[0].qualification.has_value());

  Baseline b = NewBaseline("zone:sim0", "tempmon-sim");
  b.learned = true;
  Qualification q;
  q.at_s = 1.8e9;
  q.load_cmd = "tempmon-sim --hold-load 700 --load-control /tmp/x";
  for (double r : {0.199, 0.2, 0.201}) {
    Qualification::Run run;
    run.idle_c = 35;
    run.idle_w = 30;
    run.temp_c = 35 + 210 * r;
    run.power_w = 240;
    run.r = r;
    run.tau_s = 2;
    run.tau_lo = 1.9;
    run.tau_hi = 2.1;
    q.runs.push_back(run);
    b.r[0].Add(r);
    b.tau.Add(2);
  }
  q.r_spread_pct = 0.5;
  q.tau_spread_pct = 0;
  q.goal_pct = 3;
  b.qualification = q;
  StoreBaseline(state, b);
  b.r[0].Add(0.2);  // a second qualification replaces the first, it is not added
  StoreBaseline(state, b);
  Loaded l = LoadBaselines(state);
  REQUIRE(l.error.empty());
  REQUIRE(l.baselines.size() == 2);
  CHECK(l.baselines[0].id == "gpu:GPU-50");
  const Baseline& got = l.baselines[1];
  CHECK(got.id == "zone:sim0");
  CHECK(got.learned);
  CHECK(got.r[0].n == 4);
  REQUIRE(got.qualification.has_value());
  CHECK(got.qualification->load_cmd == q.load_cmd);
  REQUIRE(got.qualification->runs.size() == 3);
  CHECK_THAT(got.qualification->runs[2].r, WithinRel(0.201, 1e-12));
  CHECK_THAT(got.qualification->runs[0].tau_hi, WithinRel(2.1, 1e-12));
  CHECK(got.qualification->goal_pct == 3);

  // Hostile qualification fields are refused like every other field, and
  // StoreBaseline then writes nothing.
  const std::string good = BaselinesToJson({&got});
  auto with = [&](const std::string& from, const std::string& to) {
    std::string s = good;
    const size_t at = s.find(from);
    REQUIRE(at != std::string::npos);
    return s.replace(at, from.size(), to);
  };
  for (const auto& [text, why] : std::vector<std::pair<std::string, std::string>>{
           {with("\"runs\": [", "\"runs\": 7, \"x\": ["), "qualification.runs"},
           {with("\"r_c_per_w\": 0.199", "\"r_c_per_w\": -0.199"), "negative R"},
           {with("\"load_cmd\": \"tempmon-sim", "\"load_cmd\": \"\\u0007tempmon-sim"), "control character"},
           {with("\"tau_s\": 2.0,", ""), "tau_s: missing"}}) {
    INFO(why);
    state.Replace(kBaselineFile, text, 0644);
    CHECK_THAT(LoadBaselines(state).error, ContainsSubstring(why));
    CHECK_THROWS_WITH(StoreBaseline(state, b), ContainsSubstring(why));
    CHECK(*state.ReadFile(kBaselineFile) == text);
  }
}
