// tempmon-sim: a userspace ring producer (no root, no module) for trying
// and testing tempmon-capture: simulated sensors with tempmon.ko's thermal
// model and a load schedule, or the samples of an existing bundle replayed.
#include <signal.h>
#include <sys/signalfd.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/un.h>
#include <sys/timerfd.h>
#include <poll.h>
#include <time.h>
#include <unistd.h>

#include <algorithm>
#include <cstring>
#include <fstream>
#include <iostream>
#include <map>
#include <optional>
#include <stdexcept>
#include <sstream>

#include <CLI/CLI.hpp>

#include "tempmon/tool/cli.h"

#include "tempmon/sys/unique_fd.h"
#include "capture/sim/sim_producer.h"
#include "tempmon_version.h"

namespace {

using tempmon::sys::UniqueFd;
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

// The load control: a Unix socket on which a client holds a load for as
// long as its connection stays open, the way stress-ng loads a CPU for as
// long as it runs. A load command (tempmon-capture --qualify --load-cmd)
// is `tempmon-sim --hold-load PERMILLE --load-control PATH`: killing it,
// however, closes the connection and the load drops.
class LoadControl {
 public:
  explicit LoadControl(std::string path) : path_(std::move(path)) {
    sockaddr_un a = Addr(path_);
    struct stat st;
    if (::lstat(path_.c_str(), &st) == 0) {
      // A socket left by an earlier run is replaced; anything else is not ours.
      if (!S_ISSOCK(st.st_mode)) throw std::runtime_error("--load-control " + path_ + ": exists and is not a socket");
      ::unlink(path_.c_str());
    }
    fd_ = UniqueFd(::socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC | SOCK_NONBLOCK, 0));
    // Only this user may connect: the socket is made 0600 as it is bound.
    const mode_t old = ::umask(077);
    const int rc = ::bind(fd_.get(), reinterpret_cast<sockaddr*>(&a), sizeof a);
    ::umask(old);
    if (rc != 0 || ::listen(fd_.get(), 8) != 0)
      throw std::runtime_error("--load-control " + path_ + ": " + std::strerror(errno));
  }
  ~LoadControl() { ::unlink(path_.c_str()); }
  LoadControl(const LoadControl&) = delete;
  LoadControl& operator=(const LoadControl&) = delete;

  static sockaddr_un Addr(const std::string& path) {
    sockaddr_un a{};
    a.sun_family = AF_UNIX;
    if (path.empty() || path.size() >= sizeof a.sun_path)
      throw std::runtime_error("--load-control: want a path of 1 to " + std::to_string(sizeof a.sun_path - 1) +
                               " bytes");
    std::memcpy(a.sun_path, path.data(), path.size());
    return a;
  }
  int fd() const { return fd_.get(); }
  // New connections and what the holders said or that they left.
  void Service() {
    for (int c; (c = ::accept4(fd_.get(), nullptr, nullptr, SOCK_CLOEXEC | SOCK_NONBLOCK)) >= 0;)
      if (holders_.size() < kMaxHolders) holders_.push_back({UniqueFd(c), {}, -1});
      else ::close(c);
    for (auto it = holders_.begin(); it != holders_.end();) {
      char buf[64];
      ssize_t r;
      bool gone = false;
      while ((r = ::read(it->fd.get(), buf, sizeof buf)) > 0) it->line.append(buf, static_cast<size_t>(r));
      if (r == 0 || (r < 0 && errno != EAGAIN && errno != EINTR)) gone = true;
      if (it->permille < 0 && it->line.find('\n') != std::string::npos) {
        char* end = nullptr;
        const long v = std::strtol(it->line.c_str(), &end, 10);
        if (end == it->line.c_str() || *end != '\n' || v < 0 || v > 1000) gone = true;  // not a load: dropped
        else it->permille = static_cast<int>(v);
      }
      if (it->line.size() > 32) gone = true;
      it = gone ? holders_.erase(it) : std::next(it);
    }
  }
  // The highest load held now, or -1 when nobody holds one.
  int Held() const {
    int m = -1;
    for (const auto& h : holders_) m = std::max(m, h.permille);
    return m;
  }

 private:
  static constexpr size_t kMaxHolders = 8;
  struct Holder {
    UniqueFd fd;
    std::string line;
    int permille;
  };
  std::string path_;
  UniqueFd fd_;
  std::vector<Holder> holders_;
};

// --hold-load: connects, says the load, and holds it until SIGTERM/SIGINT
// (or the simulator goes away).
int HoldLoad(const std::string& path, uint32_t permille, int sfd) {
  const sockaddr_un a = LoadControl::Addr(path);
  UniqueFd fd(::socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0));
  if (::connect(fd.get(), reinterpret_cast<const sockaddr*>(&a), sizeof a) != 0)
    throw std::runtime_error("--load-control " + path + ": " + std::strerror(errno) + " (is tempmon-sim running with it?)");
  const std::string line = std::to_string(permille) + "\n";
  if (::send(fd.get(), line.data(), line.size(), MSG_NOSIGNAL) != static_cast<ssize_t>(line.size()))
    throw std::runtime_error("--load-control " + path + ": " + std::strerror(errno));
  std::cerr << "tempmon-sim: holding load " << permille << " per mille on " << path << "\n";
  pollfd fds[2] = {{fd.get(), POLLIN, 0}, {sfd, POLLIN, 0}};
  while (::poll(fds, 2, -1) < 0 && errno == EINTR) {
  }
  if (fds[0].revents) {
    std::cerr << "tempmon-sim: the simulator closed " << path << "\n";
    return tempmon::tool::kExitFailure;
  }
  return tempmon::tool::kExitOk;
}

}  // namespace

int main(int argc, char** argv) {
  tempmon::sim::SimConfig cfg;
  std::string schedule, replay, ready_file, load_control;
  std::optional<uint32_t> hold_load;
  double duration = 0, prefill = 0, speed = 1, stall_at = -1, stall_for = 0;
  bool replay_at_once = false;
  CLI::App app{"tempmon-sim: writes a tempmon ring into shared memory (/dev/shm) for "
               "tempmon-capture --source shm:NAME; no root or module needed."};
  namespace tool = tempmon::tool;
  tool::SetUpApp(app, "tempmon-sim", TEMPMON_VERSION_STRING, R"(Examples:
  tempmon-sim --load-schedule 0:200,5:1000 &          heats sim0 past 85 C after ~5 s
  tempmon-capture --source shm:tempmon-sim --on-throttle --once --out ./reports
  tempmon-sim --replay old.tar.zst --at-once          an old bundle's samples, at once
  tempmon-sim --resistance 0.2 --load 0 --load-control /tmp/sim.load --speed 5 &
  tempmon-capture --source shm:tempmon-sim --qualify zone:sim0 --out ./reports \
      --load-cmd "tempmon-sim --hold-load 700 --load-control /tmp/sim.load"
                                                      a thermal qualification on the simulated zone
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
  app.add_option("--speed", speed,
                 "replay speed factor; with the model, how much faster its clock runs than CLOCK_MONOTONIC "
                 "(samples are stamped on it: minutes of simulated time in seconds; schedules, --duration "
                 "and --stall-at are in its seconds)")
      ->capture_default_str()
      ->check(CLI::Range(0.01, 1000.0));
  app.add_option("--duration", duration, "stop after this many seconds (0: at SIGTERM)");
  app.add_option("--resistance", cfg.resistance_c_per_w,
                 "C/W: give each sensor a power sensor simN.power whose watts above --idle-power make the "
                 "model's rise at this thermal resistance (a device the cooling model can measure)")
      ->check(CLI::Range(0.001, 100.0));
  app.add_option("--idle-power", cfg.idle_w, "W: the power sensors' reading at load 0")
      ->capture_default_str()
      ->check(CLI::Range(0.0, 10000.0));
  app.add_option("--load-control", load_control,
                 "a Unix socket (made 0600) on which a client holds a load while connected (--hold-load); "
                 "with none held, --load or the schedule applies");
  app.add_option("--hold-load", hold_load,
                 "client: hold this load (per mille) on --load-control until SIGTERM/SIGINT; a load command "
                 "for tempmon-capture --qualify")
      ->check(CLI::Range(0, 1000));
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

  if (hold_load) {
    if (load_control.empty()) {
      std::cerr << "tempmon-sim: --hold-load needs --load-control PATH\n";
      return tool::kExitUsage;
    }
    try {
      return HoldLoad(load_control, *hold_load, sfd.get());
    } catch (const std::exception& e) {
      std::cerr << "tempmon-sim: " << e.what() << "\n";
      return tool::kExitFailure;
    }
  }
  try {
    std::optional<LoadControl> control;
    if (!load_control.empty()) control.emplace(load_control);
    std::vector<tempmon::bundle::Sample> samples;
    std::unique_ptr<tempmon::sim::SimProducer> p;
    if (!replay.empty()) {
      auto c = tempmon::bundle::Read(replay);
      samples = std::move(c.samples);
      std::stable_sort(samples.begin(), samples.end(),
                       [](const auto& a, const auto& b) { return a.ts_ns < b.ts_ns; });
      p = std::make_unique<tempmon::sim::SimProducer>(cfg, c.sensors);
    } else {
      p = std::make_unique<tempmon::sim::SimProducer>(cfg);
    }
    auto sched = ParseSchedule(schedule);
    const uint64_t period = kSec / cfg.rate_hz;
    const uint64_t start = MonoNow();
    // The model's clock: CLOCK_MONOTONIC from the start, --speed times as fast.
    auto model_now = [&](uint64_t real) {
      return start + static_cast<uint64_t>(static_cast<double>(real - start) * speed);
    };

    size_t next_replay = 0;
    uint64_t replay_base = 0, replay_first = samples.empty() ? 0 : samples.front().ts_ns;
    if (!samples.empty()) {
      uint64_t span = samples.back().ts_ns - replay_first;
      replay_base = replay_at_once ? start - std::min(span, start) : start;
    }
    if (replay.empty() && prefill > 0) {
      uint64_t n = static_cast<uint64_t>(prefill * cfg.rate_hz);
      for (uint64_t i = 0; i < n; ++i) p->Step(start - (n - i) * period);
    }
    auto replay_until = [&](uint64_t now) {
      while (next_replay < samples.size()) {
        const auto& s = samples[next_replay];
        uint64_t ts = replay_base + static_cast<uint64_t>((s.ts_ns - replay_first) / speed);
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
      pollfd fds[3] = {{tfd.get(), POLLIN, 0}, {sfd.get(), POLLIN, 0}, {control ? control->fd() : -1, POLLIN, 0}};
      if (poll(fds, 3, -1) < 0 && errno != EINTR) break;
      if (fds[1].revents) break;
      if (control) control->Service();
      uint64_t x;
      if (!fds[0].revents || read(tfd.get(), &x, sizeof x) < 0) continue;
      uint64_t now = MonoNow();
      if (samples.empty()) now = model_now(now);
      double t = (now - start) / 1e9;
      if (duration > 0 && t >= duration) break;
      if (!samples.empty() || replay_at_once) {
        replay_until(now);
        if (next_replay >= samples.size() && duration == 0 && replay_at_once) continue;
        continue;
      }
      auto it = sched.upper_bound(t);
      const uint32_t base = it != sched.begin() ? std::prev(it)->second : cfg.load_permille;
      const int held = control ? control->Held() : -1;
      p->SetLoad(held >= 0 ? static_cast<uint32_t>(held) : base);
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
