// On the build host (root, kernel with BTF, no thermal zones, no tempmon.ko):
// the probe loads and attaches what exists and says what it could not.
#include <catch2/catch_test_macros.hpp>
#include <catch2/matchers/catch_matchers_string.hpp>
#include <poll.h>
#include <sys/wait.h>
#include <unistd.h>

#include <grp.h>

#include <algorithm>
#include <filesystem>

#include "throttle_probe.h"

using namespace tempmon::probe;
using Catch::Matchers::ContainsSubstring;

namespace {
template <class Probe>
const AttachStatus* Find(const Probe& p, const std::string& tp) {
  for (const auto& s : p.Status())
    if (s.tracepoint == tp) return &s;
  return nullptr;
}
}  // namespace

TEST_CASE("the probe loads and attaches the kernel's thermal tracepoints", "[bpf][host]") {
  ThrottleProbe probe(ProbeOptions{}, [](const Episode&) {});
  for (const char* tp : {"thermal:thermal_temperature", "thermal:thermal_zone_trip",
                         "thermal:cdev_update", "power:cpu_frequency_limits"}) {
    INFO(tp);
    const AttachStatus* s = Find(probe, tp);
    REQUIRE(s);
    if (std::filesystem::exists(std::string("/sys/kernel/tracing/events/") +
                                std::string(tp).replace(std::string(tp).find(':'), 1, "/")))
      CHECK(s->attached);
  }
  // tempmon.ko cannot be loaded on this host: reported, not fatal.
  const AttachStatus* tm = Find(probe, "tempmon:tempmon_throttle");
  REQUIRE(tm);
  if (!std::filesystem::exists("/sys/kernel/tracing/events/tempmon")) {
    CHECK_FALSE(tm->attached);
    CHECK_THAT(tm->reason, ContainsSubstring("tempmon.ko"));
  }
  // Samples only when asked.
  const AttachStatus* sample = Find(probe, "tempmon:tempmon_sample");
  REQUIRE(sample);
  CHECK_FALSE(sample->attached);
  // The probe's object holds only what it runs: the benchmark's empty
  // programs live in an object of their own.
  for (const auto& s : probe.Status()) CHECK(s.program.rfind("empty_", 0) != 0);

  CHECK(probe.DroppedCount() == 0);
  const ProbeStats st = probe.Stats();
  CHECK(st.no_slot == 0);
  CHECK(probe.EpollFd() >= 0);
  CHECK(probe.Poll(std::chrono::milliseconds(0)) >= 0);
}

TEST_CASE("the baseline programs attach beside the real ones when asked", "[bpf][host]") {
  ThrottleProbe probe(ProbeOptions{}, [](const Episode&) {});
  BaselinePrograms baseline;
  const AttachStatus* empty = Find(baseline, "thermal:thermal_temperature");
  REQUIRE(empty);
  CHECK(empty->program == "empty_thermal_temperature");
  CHECK(empty->attached);
  CHECK(Find(probe, "thermal:thermal_temperature")->attached);
  CHECK(baseline.Status().size() == 3);
}

TEST_CASE("a kernel without BTF is named as the cause", "[bpf][host]") {
  ProbeOptions o;
  o.btf = "/nonexistent/vmlinux";
  try {
    ThrottleProbe probe(o, [](const Episode&) {});
    FAIL("constructed without BTF");
  } catch (const ProbeError& e) {
    CHECK_THAT(e.what(), ContainsSubstring("CONFIG_DEBUG_INFO_BTF"));
    CHECK(e.err() == ENOENT);
  }
}

TEST_CASE("bad zone filters are refused before anything loads", "[bpf][host]") {
  ProbeOptions o;
  o.zones = {"a", "b", "c", "d", "e"};
  CHECK_THROWS_AS(ThrottleProbe(o, [](const Episode&) {}), ProbeError);
  o.zones = {std::string(40, 'z')};
  CHECK_THROWS_WITH(ThrottleProbe(o, [](const Episode&) {}), ContainsSubstring("characters"));
}

TEST_CASE("without privileges the error says to run as root or grant capabilities",
          "[bpf][host]") {
  int fds[2];
  REQUIRE(pipe(fds) == 0);
  const pid_t pid = fork();
  REQUIRE(pid >= 0);
  if (pid == 0) {
    close(fds[0]);
    std::string msg = "constructed";
    if (setgroups(0, nullptr) != 0 || setresgid(65534, 65534, 65534) != 0 ||
        setresuid(65534, 65534, 65534) != 0) {
      msg = "could not drop privileges";
    } else {
      try {
        ThrottleProbe probe(ProbeOptions{}, [](const Episode&) {});
      } catch (const ProbeError& e) {
        msg = e.what();
      } catch (const std::exception& e) {
        msg = std::string("other exception: ") + e.what();
      }
    }
    (void)!write(fds[1], msg.data(), msg.size());
    _exit(0);
  }
  close(fds[1]);
  std::string msg;
  char buf[512];
  for (ssize_t n; (n = read(fds[0], buf, sizeof(buf))) > 0;) msg.append(buf, n);
  close(fds[0]);
  int status = 0;
  REQUIRE(waitpid(pid, &status, 0) == pid);
  CHECK_THAT(msg, ContainsSubstring("run as root or grant CAP_BPF+CAP_PERFMON"));
}
