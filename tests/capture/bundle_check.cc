// Checks one bundle against expectations given on the command line; used
// by the VM tests (inside the guest) and scripts/demo. Exit 0 when every
// expectation holds, 1 (with what failed) otherwise.
#include <iostream>
#include <string>
#include <vector>

#include <CLI/CLI.hpp>

#include <filesystem>

#include "reports/bundle/bundle.h"
#include "reports/bundle/members_json.h"
#include "reports/bundle/records.h"
#include "signatures.h"
#include "tempmon.h"

int main(int argc, char** argv) {
  std::string file, trigger, reason_has, episode;
  std::vector<std::string> kmsg_has, no_match;
  size_t min_samples = 0;
  bool thr_start = false;
  std::string match;  // a kmsg_match event whose headline has this text
  uint64_t match_min_n = 0, max_bytes = 0;
  bool match_at_start = false, match_benign = false, one_trigger = false;
  std::string whole;  // one closed, merged episode of this zone with its chain
  std::string open;   // one merged episode of this zone still open at the window's end
  int matches = -1;
  CLI::App app{"capture_bundle_check: assert what a tempmon bundle holds"};
  app.add_option("file", file)->required();
  app.add_option("--trigger", trigger);
  app.add_option("--reason-has", reason_has);
  app.add_option("--min-samples", min_samples);
  app.add_option("--episode", episode, "an episode of this sensor/zone name");
  app.add_option("--kmsg-has", kmsg_has, "the kernel log has a record with this text (repeatable)");
  app.add_option("--no-match", no_match, "no kmsg_match event's headline or line has this text (repeatable)");
  app.add_flag("--thr-start", thr_start, "a sample flagged THR_START");
  app.add_option("--match", match, "a kmsg_match event whose headline has this text");
  app.add_option("--match-min-n", match_min_n, "... counting at least N lines");
  app.add_flag("--match-found-at-start", match_at_start, "... marked found at start");
  app.add_flag("--match-benign", match_benign, "... marked benign in context");
  app.add_option("--matches", matches, "exactly N kmsg_match events with the --match text");
  app.add_flag("--one-trigger", one_trigger, "no later trigger joined the capture");
  app.add_option("--max-bytes", max_bytes, "the bundle file is at most N bytes");
  app.add_option("--whole-episode", whole,
                 "exactly one episode of this zone: the probe's and the ring's merged, closed inside the "
                 "window, with trip, cooling and recovery steps and their timings");
  app.add_option("--open-episode", open,
                 "exactly one episode of this zone: the probe's and the ring's merged, still open at the "
                 "window's end, read from the kernel with its trip and cooling steps so far");
  CLI11_PARSE(app, argc, argv);
  int bad = 0;
  auto fail = [&](const std::string& m) {
    std::cerr << "bundle_check: " << file << ": " << m << "\n";
    ++bad;
  };
  try {
    auto c = tempmon::bundle::Read(file);
    std::cout << "trigger " << c.trigger.kind << ": " << c.trigger.reason << "; " << c.samples.size()
              << " samples, " << c.episodes.size() << " episodes, " << c.kmsg.size()
              << " kernel log records\n";
    if (!trigger.empty() && c.trigger.kind != trigger) fail("trigger is " + c.trigger.kind + ", want " + trigger);
    if (!reason_has.empty() && c.trigger.reason.find(reason_has) == std::string::npos)
      fail("reason lacks '" + reason_has + "'");
    if (c.samples.size() < min_samples)
      fail(std::to_string(c.samples.size()) + " samples, want >= " + std::to_string(min_samples));
    if (thr_start) {
      bool f = false;
      for (auto& s : c.samples) f |= (s.flags & TEMPMON_F_THR_START) != 0;
      if (!f) fail("no THR_START sample");
    }
    if (!episode.empty()) {
      bool f = false;
      for (auto& e : c.episodes) f |= tempmon::bundle::EpisodeFromJson(e).name == episode;
      if (!f) fail("no episode of " + episode);
    }
    // One episode of `zone`, the probe's and the ring's merged, its chain
    // in order; closed inside the window (whole) or still open at its end.
    auto check_episode = [&](const std::string& zone, bool closed) {
      std::vector<tempmon::bundle::Episode> of;
      for (auto& j : c.episodes) {
        auto e = tempmon::bundle::EpisodeFromJson(j);
        std::cout << "episode: " << tempmon::bundle::DumpJson(j) << "\n";
        if (e.name == zone) of.push_back(std::move(e));
      }
      if (of.size() != 1) return fail(std::to_string(of.size()) + " episodes of " + zone + ", want one");
      const auto& e = of[0];
      if (e.cause != tempmon::bundle::kCauseTrip) fail("cause " + e.cause + ", want trip");
      if (!e.ring_sensor_id) fail("not merged with the ring's episode of the same zone");
      if (closed && e.Open()) fail("still open at the window's end");
      if (closed && e.end_ns && *e.end_ns > c.window_end_mono_ns) fail("closed after the window");
      if (!closed && (!e.Open() || e.open_at_window_end != true))
        fail("not an episode read open at the window's end");
      if (!e.trip_to_first_cooling_ns) fail("no trip-to-cooling latency");
      if (e.deepest_cooling_state.value_or(0) < 2) fail("deepest cooling state below 2");
      size_t trips = 0, cooling = 0, recover = 0;
      uint64_t prev = 0;
      for (const auto& st : e.steps) {
        trips += st.kind == tempmon::bundle::kKindTrip;
        cooling += st.kind == tempmon::bundle::kKindCooling;
        recover += st.kind == tempmon::bundle::kKindRecover;
        if (st.ts_ns < e.start_ns || st.ts_ns < prev) fail("step " + st.kind + " out of order");
        prev = st.ts_ns;
      }
      if (!trips || cooling < 2 || (closed && !recover))
        fail("chain has " + std::to_string(trips) + " trip, " + std::to_string(cooling) + " cooling, " +
             std::to_string(recover) + " recover steps");
    };
    if (!whole.empty()) check_episode(whole, true);
    if (!open.empty()) check_episode(open, false);
    for (const std::string& want : kmsg_has) {
      bool f = false;
      for (auto& k : c.kmsg) f |= k.text.find(want) != std::string::npos;
      if (!f) fail("kernel log lacks '" + want + "'");
    }
    namespace sig = tempmon::signatures;
    int found = 0, triggers = 0;
    for (const auto& e : c.events) {
      if (e.value("type", "") == "trigger") ++triggers;
      if (!sig::event::IsMatchEvent(e)) continue;
      sig::Burst b = sig::event::FromJson(e);
      std::cout << "match: " << b.match.Headline() << " n=" << b.n << (b.found_at_start ? " found-at-start" : "")
                << (b.benign_in_context.empty() ? "" : " benign: " + b.benign_in_context) << "\n";
      for (const std::string& t : no_match)
        if (b.match.Headline().find(t) != std::string::npos || b.first_text.find(t) != std::string::npos)
          fail("a kmsg_match event has '" + t + "': " + b.first_text);
      if (match.empty() || b.match.Headline().find(match) == std::string::npos) continue;
      ++found;
      if (b.n < match_min_n) fail(b.match.Headline() + ": n=" + std::to_string(b.n) + ", want >= " + std::to_string(match_min_n));
      if (match_at_start && !b.found_at_start) fail(b.match.Headline() + ": not marked found at start");
      if (match_benign && b.benign_in_context.empty()) fail(b.match.Headline() + ": not marked benign in context");
    }
    std::cout << "kmsg records lost: " << c.losses.kmsg_dropped << "\n";
    if (!match.empty() && found == 0) fail("no kmsg_match event with '" + match + "'");
    if (matches >= 0 && found != matches)
      fail(std::to_string(found) + " kmsg_match events with '" + match + "', want " + std::to_string(matches));
    if (one_trigger && triggers) fail(std::to_string(triggers) + " later triggers joined the capture");
    if (max_bytes) {
      auto size = std::filesystem::file_size(file);
      std::cout << "bundle size: " << size << " bytes\n";
      if (size > max_bytes) fail("bundle is " + std::to_string(size) + " bytes, want <= " + std::to_string(max_bytes));
    }
  } catch (const std::exception& e) {
    fail(e.what());
  }
  return bad ? 1 : 0;
}
