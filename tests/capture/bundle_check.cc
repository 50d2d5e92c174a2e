// Checks one bundle against expectations given on the command line; used
// by the VM tests (inside the guest) and scripts/demo. Exit 0 when every
// expectation holds, 1 (with what failed) otherwise.
#include <iostream>
#include <string>

#include <CLI/CLI.hpp>

#include "reports/bundle/bundle.h"
#include "tempmon.h"

int main(int argc, char** argv) {
  std::string file, trigger, reason_has, episode, kmsg_has;
  size_t min_samples = 0;
  bool thr_start = false;
  CLI::App app{"capture_bundle_check: assert what a tempmon bundle holds"};
  app.add_option("file", file)->required();
  app.add_option("--trigger", trigger);
  app.add_option("--reason-has", reason_has);
  app.add_option("--min-samples", min_samples);
  app.add_option("--episode", episode, "an episode of this sensor/zone name");
  app.add_option("--kmsg-has", kmsg_has);
  app.add_flag("--thr-start", thr_start, "a sample flagged THR_START");
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
      for (auto& e : c.episodes) f |= e.value("name", "") == episode;
      if (!f) fail("no episode of " + episode);
    }
    if (!kmsg_has.empty()) {
      bool f = false;
      for (auto& k : c.kmsg) f |= k.text.find(kmsg_has) != std::string::npos;
      if (!f) fail("kernel log lacks '" + kmsg_has + "'");
    }
  } catch (const std::exception& e) {
    fail(e.what());
  }
  return bad ? 1 : 0;
}
