#include <catch2/catch_test_macros.hpp>

#include "capture/trigger/episode_merge.h"

using nlohmann::json;
using tempmon::capture::AddDocumentedEpisodeFields;
using tempmon::capture::BpfEpisodesForBundle;

TEST_CASE("a closed BPF episode replaces its open notice; ring episodes win for tempmon sensors") {
  std::deque<json> bpf{
      {{"type", "episode_open"}, {"seq", 1}, {"cause", "trip"}, {"source", "zone"}, {"source_id", 0}},
      {{"type", "episode_open"}, {"seq", 2}, {"cause", "tempmon_throttle"}, {"source", "sensor"},
       {"source_id", 0}},
      {{"type", "episode"}, {"seq", 2}, {"cause", "tempmon_throttle"}, {"source", "sensor"},
       {"source_id", 0}},
      {{"type", "episode"}, {"seq", 1}, {"cause", "trip"}, {"source", "zone"}, {"source_id", 0}},
      {{"type", "episode_open"}, {"seq", 3}, {"cause", "freq"}, {"source", "cpu"}, {"source_id", 1}},
  };
  json ring = json::array({{{"cause", "tempmon_throttle"}, {"source", "sensor"}, {"source_id", 0}}});
  auto out = BpfEpisodesForBundle(bpf, ring);
  REQUIRE(out.size() == 2);
  CHECK(out[0]["seq"] == 1);
  CHECK(out[0]["type"] == "episode");
  CHECK(out[1]["seq"] == 3);  // still open at capture time: kept
  CHECK(BpfEpisodesForBundle(bpf, json::array()).size() == 3);
}

TEST_CASE("probe field names gain the bundle format's documented names") {
  json e{{"peak_temp_mc", 90000}, {"trip_to_first_cooling_ns", 300000}, {"deepest_cooling_state", 4},
         {"lowest_max_freq_khz", nullptr}, {"source", "zone"}, {"name", "tempmon-test"}};
  AddDocumentedEpisodeFields(e);
  CHECK(e["peak_mc"] == 90000);
  CHECK(e["trip_to_cooling_ns"] == 300000);
  CHECK(e["max_cooling_state"] == 4);
  CHECK(e["min_max_freq_khz"].is_null());
  CHECK(e["zone"] == "tempmon-test");
  json ring{{"peak_mc", 1}, {"peak_temp_mc", 2}, {"sensor", "gpu0"}, {"name", "x"}};
  AddDocumentedEpisodeFields(ring);
  CHECK(ring["peak_mc"] == 1);  // never overwritten
  CHECK(!ring.contains("zone"));
}
