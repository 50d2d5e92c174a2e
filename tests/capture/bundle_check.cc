// Checks one bundle against expectations given on the command line; used
// by the VM tests (inside the guest) and scripts/demo. Exit 0 when every
// expectation holds, 1 (with what failed) otherwise.
#include <algorithm>
#include <climits>
#include <iostream>
#include <map>
#include <string>
#include <vector>

#include <CLI/CLI.hpp>

#include <filesystem>

#include "tempmon/bundle/analysis.h"
#include "tempmon/bundle/bundle.h"
#include "tempmon/bundle/members_json.h"
#include "tempmon/bundle/records.h"
#include "tempmon/signatures/signatures.h"
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
  // A crash bundle (trigger "crash"): its manifest "crash" and its tail.
  std::string crash_reason, report_has, module_listed, crash_boot_id, tail_matches, open_ring;
  uint64_t tail_gap_ns = 0, min_matched = 0, min_summaries = 0, min_compared = 0;
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
  app.add_option("--crash-reason", crash_reason, "a crash bundle of this reason (panic, oops, watchdog)");
  app.add_option("--report-has", report_has, "... whose kernel report has this text");
  app.add_option("--module-listed", module_listed, "... whose report lists this module");
  app.add_option("--crash-boot-id", crash_boot_id, "... naming this boot as the one that crashed");
  app.add_option("--tail-gap-ns", tail_gap_ns,
                 "... whose last tail record is at most N ns (one sample period) before the crash, or no more "
                 "than the sampler's own longest interval between records in the second before it");
  app.add_option("--tail-matches", tail_matches,
                 "... whose tail samples and summaries equal what this bundle (written before the crash) "
                 "holds of the same records and intervals");
  app.add_option("--min-matched", min_matched, "... with at least N tail samples found in that bundle");
  app.add_option("--min-compared", min_compared, "... and at least N summaries checked against it");
  app.add_option("--min-summaries", min_summaries, "... with at least N summarised intervals");
  app.add_option("--open-ring-episode", open_ring, "an episode of this sensor still open at the window's end");
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
      for (auto& e : c.episodes) f |= e.name == episode;
      if (!f) fail("no episode of " + episode);
    }
    // One episode of `zone`, the probe's and the ring's merged, its chain
    // in order; closed inside the window (whole) or still open at its end.
    auto check_episode = [&](const std::string& zone, bool closed) {
      std::vector<tempmon::bundle::Episode> of;
      for (auto& e : c.episodes) {
        std::cout << "episode: " << tempmon::bundle::DumpJson(tempmon::bundle::ToJson(e)) << "\n";
        if (e.name == zone) of.push_back(e);
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
      if (std::holds_alternative<tempmon::bundle::TriggerEvent>(e)) ++triggers;
      const auto* m = std::get_if<tempmon::bundle::KmsgMatchEvent>(&e);
      if (!m) continue;
      sig::Burst b = tempmon::bundle::FromMatchEvent(*m);
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
    if (!open_ring.empty()) {
      bool f = false;
      for (auto& e : c.episodes) f |= e.name == open_ring && e.Open();
      if (!f) fail("no open episode of " + open_ring);
    }
    if (!crash_reason.empty()) {
      if (c.trigger.kind != "crash") fail("trigger is " + c.trigger.kind + ", want crash");
      if (!c.crash) fail("no crash in the manifest");
      const tempmon::bundle::Crash cr = c.crash.value_or(tempmon::bundle::Crash{});
      std::cout << "crash " << cr.reason << ": " << cr.headline << "; boot " << cr.boot_id << "; "
                << cr.report.size() << " report lines, " << cr.modules.size() << " modules\n";
      // What survived (scripts/bench-crash-tail reads these lines).
      for (const auto& t : cr.tail) {
        const uint64_t crash_ns = c.trigger.ts_ns;
        auto before = [crash_ns](const std::optional<uint64_t>& from) {
          return from && *from < crash_ns ? std::to_string(double(crash_ns - *from) / 1e9) : std::string("0");
        };
        std::cout << "tail sensor " << t.id << ": " << t.full_samples << " at full rate over " << before(t.full_from_ns)
                  << " s, " << t.summaries << " summaries from " << before(t.summary_from_ns) << " s before the crash"
                  << " (tail_bytes " << cr.tail_bytes.value_or(0) << ")\n";
      }
      if (cr.reason != crash_reason) fail("crash reason " + cr.reason + ", want " + crash_reason);
      bool has = report_has.empty();
      for (const auto& l : cr.report) has |= l.find(report_has) != std::string::npos;
      if (!has) fail("report lacks '" + report_has + "'");
      if (!module_listed.empty() &&
          std::find(cr.modules.begin(), cr.modules.end(), module_listed) == cr.modules.end())
        fail("module " + module_listed + " not listed");
      if (!crash_boot_id.empty() && cr.boot_id != crash_boot_id)
        fail("crashed boot " + cr.boot_id + ", want " + crash_boot_id);
      if (!crash_boot_id.empty() && c.boot_id == cr.boot_id) fail("the bundle's boot is the crashed boot");
      // The last record up to the crash (the sampler may still run on
      // another CPU while the panicking one prints its report).
      // The sampler's own cadence in the second before the crash: on a
      // loaded emulated machine it runs late, and the tail can only reach
      // the crash as closely as records were taken at all.
      uint64_t last = 0, prev = 0, cadence = 0;
      for (const auto& s : c.samples) {
        if ((s.flags & TEMPMON_F_MARKER) || s.ts_ns > c.trigger.ts_ns) continue;
        if (prev && s.ts_ns + 1'000'000'000 >= c.trigger.ts_ns) cadence = std::max(cadence, s.ts_ns - prev);
        prev = s.ts_ns;
        last = std::max(last, s.ts_ns);
      }
      const uint64_t gap = c.trigger.ts_ns - last;
      std::cout << "crash at " << c.trigger.ts_ns << " ns, last tail record " << gap
                << " ns before it; longest interval between records in the second before: " << cadence << " ns\n";
      if (tail_gap_ns && (!last || gap > std::max(tail_gap_ns, cadence)))
        fail("last tail record " + std::to_string(gap) + " ns before the crash, more than one sample period (" +
             std::to_string(tail_gap_ns) + " ns) and the sampler's own longest interval (" + std::to_string(cadence) +
             " ns)");
      std::vector<tempmon::bundle::TailSummaryEvent> sums;
      for (const auto& e : c.events)
        if (const auto* s = std::get_if<tempmon::bundle::TailSummaryEvent>(&e)) sums.push_back(*s);
      if (sums.size() < min_summaries)
        fail(std::to_string(sums.size()) + " summaries, want >= " + std::to_string(min_summaries));
      if (!tail_matches.empty()) {
        auto before = tempmon::bundle::Read(tail_matches);
        std::map<uint64_t, tempmon::bundle::Sample> by_seq;
        for (const auto& s : before.samples) by_seq[s.seq] = s;
        uint64_t matched = 0, compared = 0;
        for (const auto& s : c.samples) {
          auto it = by_seq.find(s.seq);
          if (it == by_seq.end()) continue;
          const auto& b = it->second;
          ++matched;
          if (b.sensor != s.sensor || b.temp_mc != s.temp_mc || b.flags != s.flags || b.ts_ns / 1000 * 1000 != s.ts_ns)
            fail("tail record " + std::to_string(s.seq) + " differs from the ring's");
        }
        for (const auto& m : sums) {
          uint32_t n = 0;
          int32_t lo = INT32_MAX, hi = INT32_MIN;
          int64_t sum = 0;
          uint16_t flags = 0;
          for (const auto& s : before.samples)
            if (s.sensor == m.sensor && !(s.flags & TEMPMON_F_MARKER) && s.ts_ns >= m.ts_ns &&
                s.ts_ns < m.ts_ns + m.interval_ns) {
              ++n;
              lo = std::min(lo, s.temp_mc);
              hi = std::max(hi, s.temp_mc);
              sum += s.temp_mc;
              flags |= s.flags;
            }
          // Only an interval the earlier bundle holds whole (a frozen ring
          // refused samples that the summaries still count).
          if (n != m.n || before.samples.empty() || before.samples.front().ts_ns > m.ts_ns) continue;
          ++compared;
          if (lo != m.min_mc || hi != m.max_mc || sum / n != m.mean_mc || flags != m.flags)
            fail("summary of sensor " + std::to_string(m.sensor) + " at " + std::to_string(m.ts_ns) +
                 " differs from the ring's records");
        }
        std::cout << "tail: " << matched << " records and " << compared << " summaries compared with " << tail_matches << "\n";
        if (matched < min_matched) fail(std::to_string(matched) + " tail records found in " + tail_matches);
        if (compared < min_compared) fail(std::to_string(compared) + " summaries compared with " + tail_matches);
      }
    }
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
