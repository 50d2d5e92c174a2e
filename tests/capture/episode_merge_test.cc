#include <catch2/catch_test_macros.hpp>

#include "capture/trigger/episode_merge.h"

using tempmon::bundle::Episode;
using tempmon::bundle::Sensor;
using tempmon::capture::MergeEpisodes;

namespace {

Episode Probe(const char* type, uint64_t seq, const char* cause, const char* source, uint32_t id,
              const char* name, uint64_t start, std::optional<uint64_t> end) {
  Episode e;
  e.type = type;
  e.origin = "bpf";
  e.seq = seq;
  e.cause = cause;
  e.source = source;
  e.source_id = id;
  e.name = name;
  e.start_ns = start;
  e.end_ns = end;
  return e;
}

Episode Ring(uint32_t sensor, const char* name, uint64_t start, std::optional<uint64_t> end, int32_t peak) {
  Episode e;
  e.origin = "ring";
  e.cause = "tempmon_throttle";
  e.source = "sensor";
  e.source_id = sensor;
  e.name = name;
  e.start_ns = start;
  e.end_ns = end;
  e.peak_temp_mc = peak;
  return e;
}

}  // namespace

TEST_CASE("a closed BPF episode replaces its open notice; ring episodes win for tempmon sensors") {
  std::deque<Episode> bpf{
      Probe("episode_open", 1, "trip", "zone", 0, "acpitz", 10, std::nullopt),
      Probe("episode_open", 2, "tempmon_throttle", "sensor", 0, "tempmon", 10, std::nullopt),
      Probe("episode", 2, "tempmon_throttle", "sensor", 0, "tempmon", 10, 20),
      Probe("episode", 1, "trip", "zone", 0, "acpitz", 10, 30),
      Probe("episode_open", 3, "freq_limit", "cpu", 1, "cpufreq", 40, std::nullopt),
  };
  std::vector<Sensor> sensors{{0, "cpu0", "push", std::nullopt, std::nullopt}};
  auto out = MergeEpisodes({Ring(0, "cpu0", 10, 20, 70000)}, bpf, {}, sensors);
  REQUIRE(out.size() == 3);
  CHECK(out[0].origin == "ring");
  CHECK(out[1].seq == 1);
  CHECK(out[1].type == "episode");
  CHECK(out[2].seq == 3);  // still open at capture time: kept
  CHECK(MergeEpisodes({}, bpf, {}, sensors).size() == 3);
}

TEST_CASE("an episode still open at the window's end is the kernel's state, not the open notice") {
  std::deque<Episode> bpf{Probe("episode_open", 7, "trip", "zone", 2, "tempmon-test", 100, std::nullopt)};
  bpf[0].steps.push_back({100, "trip", 0, 80000, 1, "tempmon-test", "passive", std::nullopt});
  Episode now = Probe("episode", 7, "trip", "zone", 2, "tempmon-test", 100, std::nullopt);
  now.open_at_window_end = true;
  now.deepest_cooling_state = 4;
  now.steps = bpf[0].steps;
  now.steps.push_back({150, "cooling", 0, 4, 0, "tempmon-test-cool", std::nullopt, std::nullopt});
  auto out = MergeEpisodes({}, bpf, {now}, {});
  REQUIRE(out.size() == 1);
  CHECK(out[0].type == "episode");
  CHECK(out[0].open_at_window_end == true);
  CHECK(out[0].steps.size() == 2);
  CHECK(out[0].deepest_cooling_state == 4u);
}

TEST_CASE("the ring's throttle of a zone sensor and the probe's episode of that zone are one episode") {
  std::vector<Sensor> sensors{{0, "tempmon-test", "zone", 75000, 5000}, {1, "gpu0", "push", 80000, 2000}};
  std::deque<Episode> bpf{Probe("episode", 1, "trip", "zone", 3, "tempmon-test", 1000, 5000)};
  bpf[0].peak_temp_mc = 88000;
  std::vector<Episode> ring{Ring(0, "tempmon-test", 900, 4000, 90000), Ring(1, "gpu0", 950, 1200, 81000)};
  auto out = MergeEpisodes(ring, bpf, {}, sensors);
  REQUIRE(out.size() == 2);
  CHECK(out[0].name == "gpu0");  // another sensor: its own episode
  const Episode& m = out[1];
  CHECK(m.cause == "trip");
  CHECK(m.ring_sensor_id == 0u);
  CHECK(m.ring_start_ns == 900u);
  CHECK(m.ring_end_ns == 4000u);
  CHECK(m.peak_temp_mc == 90000);  // the higher of the two

  // A zone episode at another time is another throttle.
  std::deque<Episode> later{Probe("episode", 2, "trip", "zone", 3, "tempmon-test", 6000, 7000)};
  CHECK(MergeEpisodes({Ring(0, "tempmon-test", 900, 4000, 90000)}, later, {}, sensors).size() == 2);
  // Still open on both sides: one.
  std::deque<Episode> open{Probe("episode_open", 3, "trip", "zone", 3, "tempmon-test", 1000, std::nullopt)};
  CHECK(MergeEpisodes({Ring(0, "tempmon-test", 900, std::nullopt, 90000)}, open, {}, sensors).size() == 1);
}
