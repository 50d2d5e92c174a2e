#include <fcntl.h>
#include <sched.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <csignal>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <thread>

#include <catch2/catch_test_macros.hpp>

#include "temp_dir.h"

#include "capture/collect/collector_runner.h"
#include "tempmon/proc/child.h"
#include "capture/collect/system_facts.h"
#include "capture/pstore/pstore_tail.h"

namespace fs = std::filesystem;
using namespace tempmon::capture;
namespace proc = tempmon::proc;
using namespace std::chrono_literals;

namespace {
struct TempDir : testing::TempDir {
  TempDir() : testing::TempDir("collect") {}
};
using testing::Put;
}  // namespace

TEST_CASE("a collector blocked on a FIFO times out; the others still report") {
  TempDir root;
  Put(root.p / "sys/class/thermal/thermal_zone0/type", "x86_pkg_temp\n");
  Put(root.p / "sys/class/thermal/thermal_zone0/temp", "81000\n");
  Put(root.p / "sys/class/thermal/thermal_zone0/trip_point_0_type", "passive\n");
  Put(root.p / "sys/class/thermal/thermal_zone0/trip_point_0_temp", "85000\n");
  // The hung device: a cpufreq attribute nobody will ever answer.
  fs::create_directories(root.p / "sys/devices/system/cpu/cpufreq/policy0");
  REQUIRE(::mkfifo((root.p / "sys/devices/system/cpu/cpufreq/policy0/scaling_cur_freq").c_str(), 0600) == 0);

  CollectorRunner run;
  auto start = std::chrono::steady_clock::now();
  run.Start("system.thermal", 2s, [&] { return facts::Thermal(root.p); });
  run.Start("system.cpufreq", 300ms, [&] { return facts::CpuFreq(root.p); });
  run.Start("broken", 2s, []() -> nlohmann::json { throw std::runtime_error("cannot read x: EIO"); });
  auto out = run.Wait();
  auto took = std::chrono::steady_clock::now() - start;
  CHECK(took < 1500ms);
  REQUIRE(out.size() == 3);
  CHECK(out[0].meta.status == "ok");
  CHECK(out[0].data["zones"][0]["type"] == "x86_pkg_temp");
  CHECK(out[0].data["zones"][0]["trips"][0]["temp_mc"] == 85000);
  CHECK(out[1].meta.name == "system.cpufreq");
  CHECK(out[1].meta.status == "timeout");
  CHECK(out[2].meta.status == "failed");
  CHECK(out[2].meta.message == "cannot read x: EIO");

  // Still stuck: the next capture does not pile up another blocked thread.
  CollectorRunner again;
  again.Start("system.cpufreq", 100ms, [&] { return facts::CpuFreq(root.p); });
  auto out2 = again.Wait();
  CHECK(out2[0].meta.status == "skipped");

  // Unblock the stuck thread so the test process ends tidily.
  int fd = ::open((root.p / "sys/devices/system/cpu/cpufreq/policy0/scaling_cur_freq").c_str(), O_WRONLY);
  REQUIRE(fd >= 0);
  ::close(fd);
  auto deadline = std::chrono::steady_clock::now() + 5s;
  while (!CollectorRunner::StuckNames().empty() && std::chrono::steady_clock::now() < deadline)
    std::this_thread::yield();
  CHECK(CollectorRunner::StuckNames().empty());
}

TEST_CASE("a command past its deadline is killed and reported") {
  auto t0 = std::chrono::steady_clock::now();
  auto r = proc::Run({"sh", "-c", "echo started; exec sleep 30"}, {.deadline = 300ms, .env = proc::Inherited()});
  CHECK(r.timed_out);
  CHECK(r.out == "started\n");
  CHECK(std::chrono::steady_clock::now() - t0 < 2s);
  auto ok = proc::Run({"sh", "-c", "echo hi; exit 3"}, {.deadline = 5s, .env = proc::Inherited()});
  CHECK_FALSE(ok.timed_out);
  CHECK(ok.exit_status == 3);
  CHECK(ok.out == "hi\n");
  CHECK_THROWS_AS(proc::Run({"/nonexistent/tool"}, {.deadline = 1s, .env = {}}), proc::SpawnError);
}

TEST_CASE("a child sees exactly the environment it is given") {
  ::setenv("TEMPMON_TEST_SECRET", "s3cret", 1);
  auto only = proc::Run({"sh", "-c", "echo \"[$TEMPMON_TEST_SECRET][${PATH:+path}]\""},
                        {.deadline = 5s, .env = proc::Only({"PATH"})});
  CHECK(only.out == "[][path]\n");
  auto all = proc::Run({"sh", "-c", "echo \"[$TEMPMON_TEST_SECRET]\""}, {.deadline = 5s, .env = proc::Inherited()});
  CHECK(all.out == "[s3cret]\n");
  auto err = proc::Run({"sh", "-c", "echo out; echo err >&2"}, {.deadline = 5s, .env = {}, .stderr_to = proc::Stderr::kMerge});
  CHECK(err.out == "out\nerr\n");
  ::unsetenv("TEMPMON_TEST_SECRET");
}

TEST_CASE("stderr kept apart, RCLONE_* filtered, a stop descriptor ends the child at once") {
  ::setenv("RCLONE_CONFIG_PASS", "s3cret", 1);
  auto sep = proc::Run({"sh", "-c", "echo out; echo err >&2; echo \"[$RCLONE_CONFIG_PASS][${PATH:+path}]\""},
                       {.deadline = 5s, .env = proc::InheritedExcept("RCLONE_"),
                        .stderr_to = proc::Stderr::kSeparate});
  ::unsetenv("RCLONE_CONFIG_PASS");
  CHECK(sep.exit_status == 0);
  CHECK(sep.out == "out\n[][path]\n");
  CHECK(sep.err == "err\n");

  int stop[2];
  REQUIRE(::pipe2(stop, O_CLOEXEC) == 0);
  // The stop descriptor is readable before the child is even started.
  char c = 'x';
  REQUIRE(::write(stop[1], &c, 1) == 1);
  auto t0 = std::chrono::steady_clock::now();
  auto r = proc::Run({"sh", "-c", "exec sleep 30"}, {.deadline = 20s, .env = proc::Inherited(), .stop_fd = stop[0]});
  CHECK(r.interrupted);
  CHECK_FALSE(r.timed_out);
  CHECK(r.exit_status == 128 + SIGKILL);
  CHECK(std::chrono::steady_clock::now() - t0 < 5s);
  // A child that closed its output and runs on (a load command that
  // detaches from its output) is stopped all the same: here the child
  // itself makes the stop descriptor readable once its output is closed.
  TempDir d;
  const fs::path fifo = d.p / "stop";
  REQUIRE(::mkfifo(fifo.c_str(), 0600) == 0);
  const int late = ::open(fifo.c_str(), O_RDONLY | O_NONBLOCK | O_CLOEXEC);
  REQUIRE(late >= 0);
  t0 = std::chrono::steady_clock::now();
  r = proc::Run({"sh", "-c", "exec >&- 2>&-; echo stop >\"$1\"; exec sleep 30", "sh", fifo.string()},
                {.deadline = 20s, .env = proc::Inherited(), .stderr_to = proc::Stderr::kMerge, .stop_fd = late});
  CHECK(r.interrupted);
  CHECK_FALSE(r.timed_out);
  CHECK(r.exit_status == 128 + SIGKILL);
  CHECK(std::chrono::steady_clock::now() - t0 < 5s);
  ::close(late);
  ::close(stop[0]);
  ::close(stop[1]);
}

TEST_CASE("a child never outlives the process that started it") {
  // A middle process runs a long child through proc::Run, reports the
  // child's pid, and is killed; the child must die with it.
  int pfd[2];
  REQUIRE(::pipe(pfd) == 0);
  pid_t mid = ::fork();
  REQUIRE(mid >= 0);
  if (mid == 0) {
    ::close(pfd[0]);
    ::dup2(pfd[1], 3);
    proc::Run({"sh", "-c", "echo $$ >&3; exec sleep 30"}, {.deadline = 60s, .env = proc::Inherited()});
    _exit(0);
  }
  ::close(pfd[1]);
  char buf[32] = {};
  ssize_t n = ::read(pfd[0], buf, sizeof buf - 1);
  ::close(pfd[0]);
  REQUIRE(n > 0);
  const pid_t child = static_cast<pid_t>(std::atoi(buf));
  REQUIRE(child > 0);
  ::kill(mid, SIGKILL);
  int st;
  REQUIRE(::waitpid(mid, &st, 0) == mid);
  // The orphan is reparented and killed by the kernel; its /proc entry goes
  // once it is reaped by its new parent (or stays a zombie: state Z).
  auto gone = [&] {
    std::ifstream f("/proc/" + std::to_string(child) + "/stat");
    std::string line;
    if (!std::getline(f, line)) return true;
    auto close = line.rfind(')');
    return close != std::string::npos && close + 2 < line.size() && line[close + 2] == 'Z';
  };
  auto deadline = std::chrono::steady_clock::now() + 10s;
  while (!gone() && std::chrono::steady_clock::now() < deadline) std::this_thread::sleep_for(10ms);
  CHECK(gone());
}

TEST_CASE("a command run by a capture at SCHED_RR is an ordinary task") {
  sched_param rr{};
  rr.sched_priority = 1;
  if (::sched_setscheduler(0, SCHED_RR, &rr) != 0) SKIP("SCHED_RR not permitted here");
  // Field 41 of /proc/PID/stat is the policy; the shell's is its spawner's.
  auto r = proc::Run({"sh", "-c", "read -r l < /proc/$$/stat; set -- ${l##*) }; shift 38; echo $1"},
                     {.deadline = 5s, .env = proc::Inherited()});
  sched_param normal{};
  REQUIRE(::sched_setscheduler(0, SCHED_OTHER, &normal) == 0);
  CHECK(r.exit_status == 0);
  CHECK(r.out == std::to_string(SCHED_OTHER) + "\n");
}

TEST_CASE("facts read from a fake root") {
  TempDir root;
  Put(root.p / "proc/cpuinfo", "processor\t: 0\nmodel name\t: Test CPU @ 3GHz\n\nprocessor\t: 1\nmodel name\t: Test CPU @ 3GHz\n");
  Put(root.p / "proc/modules", "tempmon 40960 0 - Live 0x0000000000000000 (OE)\nnvidia 123 1 - Live 0x0\n");
  Put(root.p / "sys/module/tempmon/version", "0.1.0\n");
  Put(root.p / "sys/module/tempmon/parameters/rate_hz", "1000\n");
  Put(root.p / "sys/devices/system/cpu/cpu0/thermal_throttle/core_throttle_count", "17\n");
  auto cpu = facts::Cpu(root.p);
  CHECK(cpu["count"] == 2);
  CHECK(cpu["models"].size() == 1);
  CHECK(facts::Modules(root.p)[0]["name"] == "tempmon");
  auto mod = facts::Module(root.p);
  CHECK(mod["version"] == "0.1.0");
  CHECK(mod["parameters"]["rate_hz"] == 1000);
  CHECK(facts::ThrottleCounters(root.p)["cpu0"]["core_throttle_count"] == 17);
}

TEST_CASE("pstore tail lines are parsed tolerantly") {
  namespace ps = tempmon::capture::pstore;
  auto a = ps::ParseTailLine("<0>[  42.000100] tempmon-tail: sensor=1 temp=91500 flags=0x3 ts=41999000000");
  REQUIRE(a);
  CHECK(a->sensor == 1);
  CHECK(a->temp_mc == 91500);
  CHECK(a->flags == 3);
  CHECK(a->ts_ns == 41999000000ull);
  auto b = ps::ParseTailLine("Panic#1 Part1 <0>[ 42.1] tempmon-tail: ts=5 s=2 t=88.5C f=1");
  REQUIRE(b);
  CHECK(b->temp_mc == 88500);
  CHECK(b->sensor == 2);
  auto c = ps::ParseTailLine("tempmon-tail: 0 77000 1 123456");
  REQUIRE(c);
  CHECK(c->temp_mc == 77000);
  CHECK(c->ts_ns == 123456);
  CHECK_FALSE(ps::ParseTailLine("tempmon-tail: last 64 records of 16384 (rate 1000 Hz)"));
  CHECK_FALSE(ps::ParseTailLine("[ 1.0] tempmon: loaded"));

  CHECK_FALSE(ps::ParseTailLine("F 10 20 0,85000"));  // the compact form is ParseTail's
}
