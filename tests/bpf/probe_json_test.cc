// The JSON the capture bundle stores: field names, nulls for unknowns, and
// the derived latencies computed from the raw record.
#include <catch2/catch_test_macros.hpp>
#include <cstring>

#include "probe_types.h"
#include "throttle.h"

using tempmon::probe::Episode;
using tempmon::probe::Event;

namespace {
tm_episode RawEpisode() {
  tm_episode r;
  std::memset(&r, 0, sizeof(r));
  r.msg = TM_MSG_EPISODE;
  r.cause = TM_CAUSE_TRIP;
  r.key = {TM_SRC_ZONE, 3};
  std::strcpy(r.name, "x86_pkg_temp");
  r.seq = 7;
  r.start_ns = 1'000'000'000;
  r.end_ns = 4'000'000'000;
  r.first_cool_ns = 1'002'000'000;
  r.trip_temp_mc = 70000;
  r.hyst_mc = 5000;
  r.start_temp_mc = 71000;
  r.peak_temp_mc = 92000;
  r.last_temp_mc = 60000;
  r.deepest_state = 3;
  std::strcpy(r.deepest_cdev, "Processor");
  r.close_reason = TM_CLOSE_TEMP;
  r.n_steps = 2;
  r.steps[0] = {1'000'000'000, 71000, 0, TM_K_TRIP, TM_TRIP_PASSIVE, "x86_pkg_temp", 0};
  r.steps[1] = {1'002'000'000, 1, 0, TM_K_CDEV, 0, "Processor", 0};
  return r;
}
}  // namespace

TEST_CASE("a closed episode carries its cause chain and latencies", "[probe][json]") {
  const auto j = ToJson(tempmon::probe::EpisodeFromRaw(RawEpisode()));
  CHECK(j["type"] == "episode");
  CHECK(j["cause"] == "trip");
  CHECK(j["source"] == "zone");
  CHECK(j["source_id"] == 3);
  CHECK(j["name"] == "x86_pkg_temp");
  CHECK(j["duration_ns"] == 3'000'000'000ULL);
  CHECK(j["trip_to_first_cooling_ns"] == 2'000'000ULL);
  CHECK(j["peak_temp_mc"] == 92000);
  CHECK(j["deepest_cooling_state"] == 3);
  CHECK(j["deepest_cooling_device"] == "Processor");
  CHECK(j["close_reason"] == "temperature");
  REQUIRE(j["steps"].size() == 2);
  CHECK(j["steps"][0]["kind"] == "trip");
  CHECK(j["steps"][0]["trip_type"] == "passive");
  CHECK(j["steps"][1]["kind"] == "cooling");
  CHECK(j["steps"][1]["value"] == 1);
  CHECK(j["lowest_max_freq_khz"].is_null());
}

TEST_CASE("unknowns are null, not made-up numbers", "[probe][json]") {
  tm_episode r = RawEpisode();
  r.msg = TM_MSG_EPISODE_OPEN;
  r.end_ns = 0;
  r.first_cool_ns = 0;
  r.deepest_state = 0;
  r.trip_temp_mc = TM_TEMP_UNKNOWN;
  r.close_reason = 0;
  const auto j = ToJson(tempmon::probe::EpisodeFromRaw(r));
  CHECK(j["type"] == "episode_open");
  CHECK(j["end_ns"].is_null());
  CHECK(j["duration_ns"].is_null());
  CHECK(j["trip_to_first_cooling_ns"].is_null());
  CHECK(j["deepest_cooling_device"].is_null());
  CHECK(j["trip_temp_mc"].is_null());
  CHECK(j["close_reason"].is_null());
}

TEST_CASE("steps past the kernel's count are never read", "[probe][json]") {
  tm_episode r = RawEpisode();
  r.n_steps = 1000;  // corrupt/hostile count
  r.steps_dropped = 984;
  const auto e = tempmon::probe::EpisodeFromRaw(r);
  CHECK(e.steps.size() == TM_MAX_STEPS);
  CHECK(ToJson(e)["steps_dropped"] == 984);
}

TEST_CASE("a raw event names its kind and keeps its values", "[probe][json]") {
  tm_event r;
  std::memset(&r, 0, sizeof(r));
  r.msg = TM_MSG_EVENT;
  r.kind = TM_K_FREQ;
  r.ts_ns = 5;
  r.value = 800000;
  r.value2 = 400000;
  r.id = 1;
  r.cpu = 1;
  const auto j = ToJson(tempmon::probe::EventFromRaw(r));
  CHECK(j["type"] == "event");
  CHECK(j["kind"] == "freq_limit");
  CHECK(j["value"] == 800000);
  CHECK(j["value2"] == 400000);
  CHECK(j["name"] == "");
}
