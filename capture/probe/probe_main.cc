// tempmon-probe: run the throttle probe and print episodes (and, with --raw,
// events) as JSON lines on stdout; attach status on stderr.
#include <csignal>
#include <chrono>
#include <cstdio>
#include <fstream>
#include <iostream>
#include <optional>

#include <CLI/CLI.hpp>

#include "tempmon/tool/cli.h"

#include "tempmon_version.h"
#include "throttle_probe.h"

namespace {

volatile std::sig_atomic_t g_stop = 0;
void OnSignal(int) { g_stop = 1; }

void PrintLine(const nlohmann::json& j) {
  std::cout << j.dump() << '\n';
  std::cout.flush();  // readers (tests, capture) follow the stream live
}

}  // namespace

int main(int argc, char** argv) {
  using namespace tempmon::probe;
  CLI::App app{"tempmon-probe: watch thermal throttling through BPF and print one JSON\n"
               "object per line: closed episodes (\"type\":\"episode\"), opening notices\n"
               "(\"episode_open\") and, with --raw, every tracepoint hit (\"event\").\n"
               "Field names: capture/probe/probe_types.h. Needs root (or CAP_BPF+CAP_PERFMON).\n\n"
               "Examples:\n"
               "  tempmon-probe                          # until Ctrl-C\n"
               "  tempmon-probe --count 1 --duration 600 # first episode, at most 10 min\n"
               "  tempmon-probe --raw --zone x86_pkg_temp --window-ms 5000\n"
               "  tempmon-probe --tempmon-samples -v     # with tempmon.ko samples, libbpf log\n"};
  namespace tool = tempmon::tool;
  tool::SetUpApp(app, "tempmon-probe", TEMPMON_VERSION_STRING, "",
                 {tool::kExitOk, tool::kExitFailure, tool::kExitUsage});
  ProbeOptions opts;
  long window_ms = opts.window.count(), quiet_ms = opts.quiet.count();
  double duration_s = 0;
  uint64_t count = 0;
  bool no_freq_open = false, print_open = true, baseline_programs = false;
  std::string ready_file;
  long stats_ms = 0;
  app.add_flag("-v,--verbose", opts.verbose, "libbpf's own messages on stderr");
  app.add_flag("--raw", opts.raw_events, "also print every tracepoint hit as an event");
  app.add_option("--window-ms", window_ms,
                 "correlation window: cooling/frequency actions this close to an open "
                 "episode's last activity join it")
      ->check(CLI::Range(1L, 600000L));
  app.add_option("--quiet-ms", quiet_ms,
                 "recovery must hold this long before a zone episode closes")
      ->check(CLI::Range(0L, 600000L));
  app.add_option("--zone", opts.zones, "zone type of interest (repeatable, up to 4; default all)");
  app.add_option("--duration", duration_s, "stop after S seconds (default: until signal)")
      ->check(CLI::NonNegativeNumber);
  app.add_option("--count", count, "exit after N closed episodes");
  app.add_flag("--tempmon-samples", opts.tempmon_samples,
               "attach tempmon:tempmon_sample (peak temperature from tempmon.ko sensors)");
  app.add_flag("--no-freq-episodes", no_freq_open,
               "a max-frequency drop alone does not open an episode");
  app.add_flag("!--no-open-notices", print_open, "do not print episode_open lines");
  app.add_flag("--baseline-progs", baseline_programs,
               "also attach empty programs (overhead baseline for scripts/bench-bpf)");
  app.add_option("--ready-file", ready_file, "write this file once attached (for scripts)");
  app.add_option("--stats-ms", stats_ms,
                 "every N ms print per-program run counts/times as JSON on stderr "
                 "(needs sysctl kernel.bpf_stats_enabled=1)")
      ->check(CLI::Range(0L, 3600000L));
  if (auto rc = tool::Parse(app, argc, argv)) return *rc;
  opts.window = std::chrono::milliseconds(window_ms);
  opts.quiet = std::chrono::milliseconds(quiet_ms);
  opts.freq_opens_episode = !no_freq_open;

  uint64_t closed = 0;
  std::optional<ThrottleProbe> probe;
  try {
    probe.emplace(
        opts,
        [&](const Episode& e) {
          if (e.OpenNotice() && !print_open) return;
          PrintLine(ToJson(e));
          if (!e.OpenNotice()) ++closed;
        },
        [](const Event& ev) { PrintLine(ToJson(ev)); });
  } catch (const ProbeError& e) {
    std::cerr << "tempmon-probe: " << e.what() << '\n';
    return tool::kExitFailure;
  }
  if (!probe->TracefsNote().empty()) std::cerr << "tempmon-probe: " << probe->TracefsNote() << '\n';
  std::optional<BaselinePrograms> baseline;
  try {
    if (baseline_programs) baseline.emplace();
  } catch (const ProbeError& e) {
    std::cerr << "tempmon-probe: " << e.what() << '\n';
    return tool::kExitFailure;
  }
  std::vector<AttachStatus> status = probe->Status();
  if (baseline) status.insert(status.end(), baseline->Status().begin(), baseline->Status().end());
  for (const AttachStatus& s : status) {
    if (s.attached)
      std::cerr << "tempmon-probe: attached " << s.tracepoint << " (" << s.program << ")\n";
    else
      std::cerr << "tempmon-probe: not attached " << s.tracepoint << " (" << s.program
                << "): " << s.reason << '\n';
  }
  std::cerr << "tempmon-probe: " << probe->TripsLoaded() << " trip points known\n";
  if (!ready_file.empty()) std::ofstream(ready_file) << "ready\n";

  std::signal(SIGINT, OnSignal);
  std::signal(SIGTERM, OnSignal);
  const auto deadline = std::chrono::steady_clock::now() +
                        std::chrono::duration_cast<std::chrono::steady_clock::duration>(
                            std::chrono::duration<double>(duration_s));
  int rc = tool::kExitOk;
  auto next_stats = std::chrono::steady_clock::now();
  auto print_stats = [&] {
    nlohmann::json progs = nlohmann::json::array();
    std::vector<ProgramStat> stats = probe->ProgramStats();
    if (baseline) {
      const std::vector<ProgramStat> more = baseline->ProgramStats();
      stats.insert(stats.end(), more.begin(), more.end());
    }
    for (const ProgramStat& p : stats)
      progs.push_back({{"program", p.program}, {"tracepoint", p.tracepoint},
                       {"run_cnt", p.run_cnt}, {"run_time_ns", p.run_time_ns}});
    const auto mono = std::chrono::steady_clock::now().time_since_epoch();
    std::cerr << nlohmann::json{{"type", "prog_stats"},
                                {"mono_ns", std::chrono::nanoseconds(mono).count()},
                                {"programs", progs}}
                     .dump()
              << '\n';
  };
  try {
    while (!g_stop) {
      if (count && closed >= count) break;
      if (duration_s > 0 && std::chrono::steady_clock::now() >= deadline) break;
      if (stats_ms > 0 && std::chrono::steady_clock::now() >= next_stats) {
        print_stats();
        next_stats += std::chrono::milliseconds(stats_ms);
      }
      probe->Poll(std::chrono::milliseconds(stats_ms > 0 && stats_ms < 100 ? stats_ms : 100));
    }
    if (stats_ms > 0) print_stats();
  } catch (const ProbeError& e) {
    std::cerr << "tempmon-probe: " << e.what() << '\n';
    rc = tool::kExitFailure;
  }
  const ProbeStats st = probe->Stats();
  std::cerr << "tempmon-probe: events " << st.events << ", episodes opened " << st.opened
            << ", closed " << st.closed << ", dropped records " << st.ringbuf_drops
            << (st.no_slot ? ", episodes refused (map full) " + std::to_string(st.no_slot) : "")
            << '\n';
  return rc;
}
