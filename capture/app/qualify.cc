#include "capture/app/qualify.h"

#include <poll.h>
#include <signal.h>
#include <sys/eventfd.h>
#include <sys/signalfd.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <ctime>
#include <filesystem>
#include <functional>
#include <iostream>
#include <limits>
#include <optional>
#include <sstream>
#include <thread>

#include "capture/app/ring_source.h"
#include "capture/common/errors.h"
#include "capture/cooling/baseline_store.h"
#include "capture/cooling/host.h"
#include "tempmon/spool/spool.h"
#include "tempmon/proc/child.h"
#include "tempmon/ring/error.h"

namespace tempmon::capture {
namespace {

using Clock = std::chrono::steady_clock;
constexpr int kTickMs = 50;  // ring reads between waits on the signals

// A qualification that cannot go on: one line, the exit status says so.
struct NotQualified : std::runtime_error {
  using std::runtime_error::runtime_error;
};

std::string Fmt(const char* f, double a, double b = 0, double c = 0) {
  char buf[128];
  std::snprintf(buf, sizeof buf, f, a, b, c);
  return buf;
}

std::vector<std::string> Words(const std::string& s) {
  std::vector<std::string> out;
  std::istringstream in(s);
  for (std::string w; in >> w;) out.push_back(w);
  return out;
}

std::string LastLine(std::string s) {
  while (!s.empty() && (s.back() == '\n' || s.back() == ' ')) s.pop_back();
  const size_t nl = s.rfind('\n');
  s = nl == std::string::npos ? s : s.substr(nl + 1);
  for (char& c : s)
    if (static_cast<unsigned char>(c) < 0x20) c = ' ';
  return s.size() > 200 ? s.substr(0, 200) + "..." : s;
}

// The load command on a thread of its own: lib/proc's runner, the soak as
// its deadline, an environment of PATH, HOME and LANG only, killed when
// Stop() makes its stop descriptor readable.
class LoadRun {
 public:
  LoadRun(std::vector<std::string> argv, double deadline_s) : stop_(::eventfd(0, EFD_CLOEXEC)) {
    if (!stop_) throw CaptureError(std::string("eventfd: ") + std::strerror(errno));
    proc::RunOptions ro;
    ro.deadline = std::chrono::milliseconds(static_cast<int64_t>(deadline_s * 1000));
    ro.env = proc::Only({"PATH", "HOME", "LANG"});
    ro.stderr_to = proc::Stderr::kMerge;
    ro.max_output = 64 << 10;
    ro.stop_fd = stop_.get();
    thread_ = std::thread([this, argv = std::move(argv), ro] {
      try {
        result_ = proc::Run(argv, ro);
      } catch (const proc::SpawnError& e) {
        error_ = e.what();
      }
      done_.store(true, std::memory_order_release);
    });
  }
  ~LoadRun() {
    Stop();
    if (thread_.joinable()) thread_.join();
  }
  LoadRun(const LoadRun&) = delete;
  LoadRun& operator=(const LoadRun&) = delete;

  bool Done() const { return done_.load(std::memory_order_acquire); }
  void Stop() {
    const uint64_t one = 1;
    if (::write(stop_.get(), &one, sizeof one) != sizeof one) {
      // An eventfd write fails only at its counter's limit: already stopped.
    }
  }
  // After Done(), or Stop() to end it: how it ended, as one phrase.
  std::string Ended() {
    if (thread_.joinable()) thread_.join();
    if (!error_.empty()) return error_;
    if (result_.timed_out) return "";
    std::string why = "the load command exited with status " + std::to_string(result_.exit_status);
    const std::string last = LastLine(result_.out);
    return last.empty() ? why : why + ": " + last;
  }
  bool TimedOut() {
    if (thread_.joinable()) thread_.join();
    return error_.empty() && result_.timed_out;
  }

 private:
  sys::UniqueFd stop_;
  std::thread thread_;
  std::atomic<bool> done_{false};
  proc::Result result_;
  std::string error_;
};

double Mean(const std::vector<double>& v) {
  double s = 0;
  for (double x : v) s += x;
  return v.empty() ? cooling::kNaN : s / static_cast<double>(v.size());
}

// The largest deviation from the mean, in % of the mean.
double SpreadPct(const std::vector<double>& v) {
  const double m = Mean(v);
  double d = 0;
  for (double x : v) d = std::max(d, std::fabs(x - m));
  return m > 0 ? 100 * d / m : cooling::kNaN;
}

// What this machine lacks to qualify a CPU package (hwmon's temperature,
// RAPL's power), for an ID of a hwmon device (`found`: in the ring, without
// its power); "" otherwise.
std::string CpuHint(const std::string& id, bool found) {
  if (id.rfind("hwmon:", 0) != 0) return "";
  std::error_code ec;
  const bool hwmon = !std::filesystem::is_empty("/sys/class/hwmon", ec) && !ec;
  const bool rapl = std::filesystem::exists("/sys/class/powercap/intel-rapl:0", ec);
  if (!hwmon && !rapl)
    return "; this machine has neither hwmon (/sys/class/hwmon) nor RAPL (/sys/class/powercap/intel-rapl:N): "
           "its CPU cannot be qualified here";
  if (!rapl) return "; a CPU package's power is its RAPL zone, and this machine has none (/sys/class/powercap/intel-rapl:N)";
  if (!found) return "";
  return "; a CPU package's power is its RAPL zone: run tempmon-feed as root so that it reads "
         "/sys/class/powercap/intel-rapl:N";
}

class Qualifier {
 public:
  Qualifier(const Options& o, RingSource& ring, int signal_fd)
      : o_(o), ring_(ring), sfd_(signal_fd), host_(cooling::DefaultParams()) {}

  // Reads what the ring holds and finds the device; throws NotQualified.
  cooling::Host::Found Resolve() {
    Read();
    std::optional<cooling::Host::Found> f = host_.Find(o_.qualify);
    if (!f) {
      std::string known;
      for (const std::string& id : host_.Ids()) known += (known.empty() ? "" : ", ") + id;
      throw NotQualified("--qualify " + o_.qualify + ": no such device in " + ring_.Describe() +
                         (known.empty() ? " (it has no device temperature sensor)" : " (devices: " + known + ")") +
                         CpuHint(o_.qualify, false));
    }
    if (!f->has_power)
      throw NotQualified("--qualify " + f->id + ": no power series for this device in " + ring_.Describe() +
                         " (R is degrees per watt)" + CpuHint(f->id, true));
    return *f;
  }

  // One run, and the steady segment it measured R on; throws NotQualified.
  cooling::Qualification::Run OneRun(int n, const cooling::Host::Found& dev, cooling::Segment& seg_out) {
    cooling::Qualification::Run run;
    const cooling::Device& m = *dev.model;
    const std::string tag = "run " + std::to_string(n) + ": ";
    // The idle level: a steady segment at the device's lowest power,
    // measured after the previous run's cool-down.
    const double after = after_s_;
    Wait(o_.cool_s, [&] { return std::isfinite(m.baseline().idle_at_s) && m.baseline().idle_at_s > after; }, nullptr,
         tag + "no steady idle level of " + dev.id + " within " + Fmt("%.0f", o_.cool_s) +
             " s (--cool): it must hold its power and temperature still for 30 s before the load");
    run.idle_c = m.baseline().idle_t;
    run.idle_w = m.baseline().idle_p;
    Log(tag + "idle " + Fmt("%.2f C at %.1f W", run.idle_c, run.idle_w) + "; starting the load");

    const double load_at = newest_s_;
    const size_t segments = m.History().size();
    auto measured = [&] { return m.History().size() != segments && m.History().back().t_s > load_at; };
    {
      LoadRun load(Words(o_.load_cmd), o_.soak_s);
      const auto started = Clock::now();
      // The runner's own deadline ends the load at the soak; the wait
      // allows it a moment to say so.
      const bool ok = Wait(o_.soak_s + 5, measured, &load, "");
      if (!ok) {
        const double took = std::chrono::duration<double>(Clock::now() - started).count();
        if (load.TimedOut())
          throw NotQualified(tag + "no steady segment of " + dev.id + " under load within the soak of " +
                             Fmt("%.0f", o_.soak_s) + " s (--soak): its power must hold within 5 % and its "
                                                     "temperature settle for 30 s, at least 20 W and 3 C above idle");
        throw NotQualified(tag + load.Ended() + Fmt(" after %.1f s, before a steady segment under load", took));
      }
      load.Stop();
    }
    const cooling::Segment& seg = m.History().back();
    seg_out = seg;
    run.temp_c = seg.temp_c;
    run.power_w = seg.power_w;
    run.r = seg.r;
    Log(tag + Fmt("steady at %.2f C, %.1f W: R %.4f C/W; load stopped", seg.temp_c, seg.power_w, seg.r));

    const size_t fits = m.TauFits();
    Wait(o_.cool_s, [&] { return m.TauFits() != fits; }, nullptr,
         tag + "no cool-down of " + dev.id + " fitted within " + Fmt("%.0f", o_.cool_s) +
             " s (--cool) after the load stopped: its power must fall below 60 % of the load's and its "
             "temperature settle");
    const cooling::Estimate tau = m.Tau();
    run.tau_s = tau.value;
    run.tau_lo = tau.lo;
    run.tau_hi = tau.hi;
    Log(tag + Fmt("cooled: tau %.2f s (%.2f-%.2f)", tau.value, tau.lo, tau.hi));
    after_s_ = newest_s_;
    return run;
  }

 private:
  // Progress, with -v: without it a failure is the one line it says.
  void Log(const std::string& s) const {
    if (o_.verbose) std::cerr << "tempmon-capture: qualify: " << s << "\n";
  }

  void Read() {
    if (ring_.SensorsChanged()) host_.SetSensors(ring_.Sensors());
    for (const bundle::Sample& s : ring_.Poll()) {
      host_.OnSample(s);
      newest_s_ = std::max(newest_s_, static_cast<double>(s.ts_ns) * 1e-9);
    }
    ring_.Trim(0, 1);  // the model keeps what it needs; no bundle is written
  }

  // Reads the ring until `met`; false when `load` ended first (the caller
  // says why). Throws NotQualified with `late` at the deadline and on a
  // signal.
  bool Wait(double secs, const std::function<bool()>& met, LoadRun* load, const std::string& late) {
    const auto end = Clock::now() + std::chrono::milliseconds(static_cast<int64_t>(secs * 1000));
    for (;;) {
      Read();
      if (met()) return true;
      if (load && load->Done()) {
        Read();  // what arrived while it ended
        return met();
      }
      if (Clock::now() >= end) {
        if (load) return false;
        throw NotQualified(late);
      }
      pollfd p{sfd_, POLLIN, 0};
      if (::poll(&p, 1, kTickMs) > 0) throw NotQualified("interrupted by a signal");
    }
  }

  const Options& o_;
  RingSource& ring_;
  int sfd_;
  cooling::Host host_;
  double newest_s_ = -std::numeric_limits<double>::infinity();
  double after_s_ = -std::numeric_limits<double>::infinity();
};

void PrintTable(const std::string& id, const std::string& sensor, const Options& o,
                const cooling::Qualification& q, bool pass) {
  std::vector<double> r, tau;
  for (const auto& x : q.runs) {
    r.push_back(x.r);
    tau.push_back(x.tau_s);
  }
  std::cout << "Thermal qualification of " << id << " (" << sensor << "), load: " << o.load_cmd << "\n\n";
  std::cout << "| run | idle °C | idle W | load °C | load W | R °C/W | τ s (95 % interval) |\n"
            << "| --- | --- | --- | --- | --- | --- | --- |\n";
  for (size_t i = 0; i < q.runs.size(); ++i) {
    const auto& x = q.runs[i];
    std::cout << "| " << i + 1 << Fmt(" | %.2f | %.1f", x.idle_c, x.idle_w) << Fmt(" | %.2f | %.1f", x.temp_c, x.power_w)
              << Fmt(" | %.4f", x.r) << Fmt(" | %.3f (%.3f–%.3f) |\n", x.tau_s, x.tau_lo, x.tau_hi);
  }
  std::cout << "| mean | | | | |" << Fmt(" %.4f | %.3f |\n", Mean(r), Mean(tau));
  std::cout << "| spread | | | | |" << Fmt(" ±%.2f %% | ±%.2f %% |\n", q.r_spread_pct, q.tau_spread_pct) << "\n";
  std::cout << "repeatability (goal ±" << Fmt("%.0f", q.goal_pct) << " % over " << q.runs.size()
            << " runs): " << (pass ? "pass" : "FAIL") << "\n";
}

}  // namespace

int Qualify(const Options& o) {
  auto say = [](const std::string& s) { std::cerr << "tempmon-capture: " << s << "\n"; };
  sigset_t set;
  sigemptyset(&set);
  sigaddset(&set, SIGTERM);
  sigaddset(&set, SIGINT);
  pthread_sigmask(SIG_BLOCK, &set, nullptr);
  sys::UniqueFd sfd(::signalfd(-1, &set, SFD_CLOEXEC | SFD_NONBLOCK));
  if (!sfd) {
    say(std::string("signalfd: ") + std::strerror(errno));
    return kExitFailure;
  }
  // The spool's lock: a capture running on it saves its own baselines
  // and would replace the qualification's.
  std::unique_ptr<spool::Spool> spool;
  try {
    spool = std::make_unique<spool::Spool>(o.out);
  } catch (const std::exception& e) {
    say(e.what());
    return kExitSpool;
  }
  std::unique_ptr<RingSource> ring;
  std::string spec = o.source, note;
  try {
    if (spec == "none") throw CaptureError("--qualify needs a ring: --source auto, device:PATH or shm:NAME");
    ring = RingSource::OpenSource(spec, note);
  } catch (const std::exception& e) {
    say(std::string("no sample source: ") + e.what());
    return kExitSource;
  }
  Qualifier q(o, *ring, sfd.get());
  cooling::Qualification result;
  result.load_cmd = o.load_cmd;
  result.goal_pct = kQualifyGoalPct;
  std::optional<cooling::Host::Found> found;
  std::vector<cooling::Segment> segs;
  try {
    found = q.Resolve();
    const cooling::Host::Found& dev = *found;
    // A load that cannot start is said before the first idle level is
    // waited for (stress-ng not installed, a typo).
    const std::string prog = Words(o.load_cmd).front();
    const std::string path = prog.find('/') == std::string::npos ? proc::FindInPath(prog) : prog;
    if (path.empty() || ::access(path.c_str(), X_OK) != 0)
      throw NotQualified("--load-cmd: cannot start " + prog + ": " + std::strerror(path.empty() ? ENOENT : errno) +
                         " (is it installed and in PATH?)");
    if (o.verbose)
      say("qualify: " + dev.id + " (" + dev.sensor + ") on " + spec + ": " + std::to_string(o.qualify_runs) +
          " runs of \"" + o.load_cmd + "\"" + Fmt(" (soak %.0f s, cool %.0f s)", o.soak_s, o.cool_s));
    for (int i = 1; i <= o.qualify_runs; ++i) {
      cooling::Segment seg{};
      result.runs.push_back(q.OneRun(i, dev, seg));
      segs.push_back(seg);
    }
  } catch (const NotQualified& e) {
    say("qualify: " + std::string(e.what()) + "; the stored baseline is unchanged");
    return kExitNotQualified;
  }
  const cooling::Host::Found& dev = *found;
  result.at_s = static_cast<double>(std::time(nullptr));
  std::vector<double> r, tau;
  for (const auto& x : result.runs) {
    r.push_back(x.r);
    tau.push_back(x.tau_s);
  }
  result.r_spread_pct = SpreadPct(r);
  result.tau_spread_pct = SpreadPct(tau);
  const bool pass = result.r_spread_pct <= kQualifyGoalPct && result.tau_spread_pct <= kQualifyGoalPct;
  PrintTable(dev.id, dev.sensor, o, result, pass);
  if (!pass) {
    std::cout << "baseline not stored: the runs do not repeat within ±" << Fmt("%.0f", kQualifyGoalPct) << " %\n";
    say("qualify: " + dev.id + Fmt(": R spread ±%.2f %%, tau spread ±%.2f %%", result.r_spread_pct,
                                   result.tau_spread_pct) +
        Fmt(", above the goal of ±%.0f %%; the stored baseline is unchanged", kQualifyGoalPct));
    return kExitNotQualified;
  }
  // The baseline is the runs' own figures: R per fan-duty band and tau
  // from the qualification's segments and fits, the idle level of its runs.
  cooling::Baseline b = cooling::NewBaseline(dev.id, dev.model->baseline().model);
  const cooling::Baseline& seen = dev.model->baseline();
  b.learn_started_s = result.at_s - seen.learned_s;
  b.learned_s = seen.learned_s;
  b.learned = true;
  for (size_t i = 0; i < result.runs.size(); ++i) b.tau.Add(result.runs[i].tau_s);
  for (size_t i = 0; i < result.runs.size(); ++i) {
    const cooling::Qualification::Run& x = result.runs[i];
    const cooling::Segment& seg = segs[i];
    const int band = cooling::DutyBand(seg.duty_pct);
    b.r[band].Add(x.r);
    if (std::isfinite(seg.rpm)) {
      b.rpm[band].Add(seg.rpm);
      if (seg.duty_pct > 0) b.rpm_per_duty.Add(seg.rpm / seg.duty_pct);
    }
    b.idle_max = std::isfinite(b.idle_max) ? std::max(b.idle_max, x.idle_c) : x.idle_c;
    b.idle_p = std::isfinite(b.idle_p) ? std::min(b.idle_p, x.idle_w) : x.idle_w;
  }
  b.idle_t = result.runs.back().idle_c;
  b.inlet = seen.inlet;
  b.inlet_max = seen.inlet_max;
  b.qualification = result;
  try {
    cooling::StoreBaseline(spool->folder(), b);
  } catch (const std::exception& e) {
    say(std::string("qualify: baseline not stored: ") + e.what());
    return kExitFailure;
  }
  std::cout << "baseline stored: " << spool->folder().Name(cooling::kBaselineFile) << " (format version "
            << cooling::kBaselineFormat << ")\n";
  return kExitOk;
}

}  // namespace tempmon::capture
