// tempmon-sim: a userspace ring producer (no root, no module) for trying
// and testing tempmon-capture: simulated sensors with tempmon.ko's thermal
// model and a load schedule, or the samples of an existing bundle replayed.
#include <signal.h>
#include <sys/signalfd.h>
#include <sys/timerfd.h>
#include <poll.h>
#include <time.h>
#include <unistd.h>

#include <algorithm>
#include <fstream>
#include <iostream>
#include <map>
#include <sstream>

#include <CLI/CLI.hpp>

#include "tempmon/tool/cli.h"

#include "capture/common/unique_fd.h"
#include "capture/sim/sim_producer.h"
#include "tempmon_version.h"

namespace {

using tempmon::capture::UniqueFd;
constexpr uint64_t kSec = 1'000'000'000;

uint64_t MonoNow() {
  timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return uint64_t(ts.tv_sec) * kSec + uint64_t(ts.tv_nsec);
}

// "0:200,5:1000,20:100" -> seconds from start -> load per mille.
std::map<double, uint32_t> ParseSchedule(const std::string& s) {
  std::map<double, uint32_t> m;
  std::stringstream ss(s);
  std::string item;
  while (std::getline(ss, item, ',')) {
    auto c = item.find(':');
    if (c == std::string::npos) throw CLI::ValidationError("--load-schedule", "want T:LOAD,T:LOAD,...");
    m[std::stod(item.substr(0, c))] = static_cast<uint32_t>(std::stoul(item.substr(c + 1)));
  }
  return m;
}

}  // namespace

int main(int argc, char** argv) {
  tempmon::sim::SimConfig cfg;
  std::string schedule, replay, ready_file;
  double duration = 0, prefill = 0, speed = 1, stall_at = -1, stall_for = 0;
  bool replay_at_once = false;
  CLI::App app{"tempmon-sim: writes a tempmon ring into shared memory (/dev/shm) for "
               "tempmon-capture --source shm:NAME; no root or module needed."};
  namespace tool = tempmon::tool;
  tool::SetUpApp(app, "tempmon-sim", TEMPMON_VERSION_STRING, R"(Examples:
  tempmon-sim --load-schedule 0:200,5:1000 &          heats sim0 past 85 C after ~5 s
  tempmon-capture --source shm:tempmon-sim --on-throttle --once --out ./reports
  tempmon-sim --replay old.tar.zst --at-once          an old bundle's samples, at once
It runs until SIGTERM/SIGINT or --duration.)",
                 {tool::kExitOk, tool::kExitFailure, tool::kExitUsage});
  app.add_option("--name", cfg.name, "shared-memory name")->capture_default_str();
  app.add_option("--capacity", cfg.capacity, "ring records (power of two)")->capture_default_str();
  app.add_option("--rate", cfg.rate_hz, "samples per second per sensor")->capture_default_str()
      ->check(CLI::Range(1, 10000));
  app.add_option("--sensors", cfg.sensors, "simulated sensors")->capture_default_str()
      ->check(CLI::Range(1, TEMPMON_MAX_SENSORS));
  app.add_option("--seed", cfg.seed, "model seed")->capture_default_str();
  app.add_option("--load", cfg.load_permille, "initial load, per mille")->capture_default_str();
  app.add_option("--load-schedule", schedule, "T:LOAD,... load per mille from T seconds on");
  double thr_c = 85, hyst_c = 3;
  app.add_option("--threshold", thr_c, "throttle threshold, C")->capture_default_str();
  app.add_option("--hysteresis", hyst_c, "throttle hysteresis, C")->capture_default_str();
  app.add_option("--prefill", prefill, "write this many seconds of back-dated history at once first");
  app.add_option("--stall-at", stall_at, "stop producing at T seconds (a sampler stall)");
  app.add_option("--stall-for", stall_for, "for this many seconds");
  app.add_option("--replay", replay, "replay the samples of this bundle instead of the model");
  app.add_flag("--at-once", replay_at_once, "replay: write everything at once, back-dated");
  app.add_option("--speed", speed, "replay speed factor")->capture_default_str();
  app.add_option("--duration", duration, "stop after this many seconds (0: at SIGTERM)");
  app.add_option("--ready-file", ready_file, "created once the ring exists (for scripts)");
  if (auto rc = tool::Parse(app, argc, argv)) return *rc;
  cfg.threshold_mc = static_cast<int32_t>(thr_c * 1000);
  cfg.hysteresis_mc = static_cast<int32_t>(hyst_c * 1000);

  sigset_t set;
  sigemptyset(&set);
  sigaddset(&set, SIGTERM);
  sigaddset(&set, SIGINT);
  sigprocmask(SIG_BLOCK, &set, nullptr);
  UniqueFd sfd(signalfd(-1, &set, SFD_CLOEXEC | SFD_NONBLOCK));

  try {
    std::vector<tempmon::bundle::Sample> samples;
    std::unique_ptr<tempmon::sim::SimProducer> p;
    if (!replay.empty()) {
      auto c = tempmon::bundle::Read(replay);
      samples = std::move(c.samples);
      std::stable_sort(samples.begin(), samples.end(),
                       [](const auto& a, const auto& b) { return a.mono_ns < b.mono_ns; });
      p = std::make_unique<tempmon::sim::SimProducer>(cfg, c.sensors);
    } else {
      p = std::make_unique<tempmon::sim::SimProducer>(cfg);
    }
    auto sched = ParseSchedule(schedule);
    const uint64_t period = kSec / cfg.rate_hz;
    uint64_t start = MonoNow();

    size_t next_replay = 0;
    uint64_t replay_base = 0, replay_first = samples.empty() ? 0 : samples.front().mono_ns;
    if (!samples.empty()) {
      uint64_t span = samples.back().mono_ns - replay_first;
      replay_base = replay_at_once ? start - std::min(span, start) : start;
    }
    if (replay.empty() && prefill > 0) {
      uint64_t n = static_cast<uint64_t>(prefill * cfg.rate_hz);
      for (uint64_t i = 0; i < n; ++i) p->Step(start - (n - i) * period);
    }
    auto replay_until = [&](uint64_t now) {
      while (next_replay < samples.size()) {
        const auto& s = samples[next_replay];
        uint64_t ts = replay_base + static_cast<uint64_t>((s.mono_ns - replay_first) / speed);
        if (ts > now) break;
        p->Put(s.sensor, s.temp_mc, s.flags, ts);
        ++next_replay;
      }
    };
    if (replay_at_once) replay_until(start);
    if (!ready_file.empty()) std::ofstream(ready_file) << getpid() << "\n";
    std::cerr << "tempmon-sim: ring shm:" << cfg.name << " ready (" << cfg.capacity
              << " records, " << cfg.rate_hz << " Hz)\n";

    UniqueFd tfd(timerfd_create(CLOCK_MONOTONIC, TFD_CLOEXEC));
    itimerspec its{};
    uint64_t tick = std::max<uint64_t>(period, 10'000'000);  // batch: at most 100 wake-ups/s
    its.it_interval.tv_sec = static_cast<time_t>(tick / kSec);
    its.it_interval.tv_nsec = static_cast<long>(tick % kSec);
    its.it_value = its.it_interval;
    timerfd_settime(tfd.get(), 0, &its, nullptr);
    uint64_t next_ts = start;
    for (;;) {
      pollfd fds[2] = {{tfd.get(), POLLIN, 0}, {sfd.get(), POLLIN, 0}};
      if (poll(fds, 2, -1) < 0 && errno != EINTR) break;
      if (fds[1].revents) break;
      uint64_t x;
      if (read(tfd.get(), &x, sizeof x) < 0) continue;
      uint64_t now = MonoNow();
      double t = (now - start) / 1e9;
      if (duration > 0 && t >= duration) break;
      if (!samples.empty() || replay_at_once) {
        replay_until(now);
        if (next_replay >= samples.size() && duration == 0 && replay_at_once) continue;
        continue;
      }
      auto it = sched.upper_bound(t);
      if (it != sched.begin()) p->SetLoad(std::prev(it)->second);
      bool stalled = stall_at >= 0 && t >= stall_at && t < stall_at + stall_for;
      if (stalled) {
        next_ts = now;
        continue;
      }
      for (; next_ts <= now; next_ts += period) p->Step(next_ts);
    }
    std::cerr << "tempmon-sim: stopping after " << p->written() << " records\n";
  } catch (const std::exception& e) {
    std::cerr << "tempmon-sim: " << e.what() << "\n";
    return tool::kExitFailure;
  }
  return tool::kExitOk;
}
