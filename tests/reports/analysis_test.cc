#include <catch2/catch_test_macros.hpp>

#include "analysis.h"
#include "device_health.h"
#include "synth.h"

using namespace tempmon::bundle;

TEST_CASE("the viewer labels kernel-log lines with the catalogue the capture uses") {
  struct Case {
    const char* line;
    const char* sig;
  } cases[] = {
      {"NVRM: Xid (PCI:0000:01:00): 79, pid=1234, name=python3, GPU has fallen off the bus.", "nvidia_xid 79"},
      {"kernel: NVRM: Xid (PCI:0000:3b:00): 119, pid=2211, name=nvidia-smi, Timeout after 6s of waiting for RPC response",
       "nvidia_xid 119"},
      {"NVRM: Xid (PCI:0000:01:00): 154, GPU recovery action changed, caused by previous Xid 149", "nvidia_xid 154"},
      {"watchdog: BUG: soft lockup - CPU#3 stuck for 22s! [python3:1234]", "soft_lockup"},
      {"NMI watchdog: Watchdog detected hard LOCKUP on cpu 5", "hard_lockup"},
      {"INFO: task kworker/3:1:345 blocked for more than 120 seconds.", "hung_task"},
      {"rcu: INFO: rcu_preempt detected stalls on CPUs/tasks:", "rcu_stall"},
      {"rcu: INFO: rcu_sched self-detected stall on CPU", "rcu_stall"},
      {"[drm:amdgpu_job_timedout [amdgpu]] *ERROR* ring gfx timeout, signaled seq=1234, emitted seq=1236", "amdgpu_ring_timeout"},
      {"i915 0000:00:02.0: [drm] GPU HANG: ecode 9:1:85dffffb, in Xorg [1234]", "i915_hang"},
      {"Kernel panic - not syncing: softlockup: hung tasks", "soft_lockup"},
      {"Kernel panic - not syncing: Test panic triggered by crash_test module", "kernel_panic"},
      {"NMI watchdog: Enabled. Permanently consumes one hw-PMU counter.", ""},
      {"NVRM: loading NVIDIA UNIX x86_64 Kernel Module  535.183.01", ""},
      {"CPU3: Core temperature/speed normal", ""},
      {"\"echo 0 > /proc/sys/kernel/hung_task_timeout_secs\" disables this message.", ""},
  };
  for (const Case& k : cases) {
    INFO(k.line);
    CHECK(MatchSignature(k.line) == k.sig);
  }
}

TEST_CASE("per-sensor statistics: min, peak with its time, time above threshold") {
  Contents c;
  c.sensors = {{0, "cpu0", "zone", 80000, 2000}};
  c.trigger.mono_ns = 1000;
  // 10 ms apart: 70, 85 (peak), 82, 60 °C; above 80 from 1010 to 1030.
  c.samples = {{0, 1000, 1, 0, 70000, 0}, {0, 1010, 2, 0, 85000, 1}, {0, 1020, 3, 0, 82000, 1},
               {0, 1030, 4, 0, 60000, 0}, {0, 1035, 5, 0, 999999, 1u << 7}};
  Analysis a = Analyze(c);
  REQUIRE(a.sensors.size() == 1);
  CHECK(a.sensors[0].count == 4);  // the marker is not a temperature
  CHECK(a.sensors[0].min_mc == 60000);
  CHECK(a.sensors[0].max_mc == 85000);
  CHECK(a.sensors[0].peak_mono_ns == 1010);
  CHECK(a.sensors[0].above_ns == 20);
  CHECK(RelTime(1010, 1000) == "+0.000 s");
  CHECK(Celsius(85000) == "85.0 °C");
  CHECK(Celsius(std::nullopt) == "—");
}

TEST_CASE("episodes with missing or odd fields render as dashes, never throw") {
  Contents c = SynthContents(50);
  c.episodes = nlohmann::json::array({nlohmann::json::object(),
                                      {{"cause", 7}, {"start_ns", "soon"}, {"steps", "none"}, {"peak_mc", -1e300}},
                                      {{"cause", "freq"}, {"steps", {1, nullptr, {{"kind", {1, 2}}}}}}});
  std::string s = RenderSummary(c);
  CHECK(s.find("#1 — —  start —  duration open  peak —") != std::string::npos);
  CHECK(s.find("#3 freq") != std::string::npos);
}

TEST_CASE("control characters from the bundle never reach the terminal") {
  Contents c;
  c.host = "evil\x1b]0;pwned\x07";
  c.kmsg = {{1, 3, 0, 1, "line\x1b[2Jclear"}};
  std::string s = RenderSummary(c);
  CHECK(s.find('\x1b') == std::string::npos);
  CHECK(s.find('\x07') == std::string::npos);
}

TEST_CASE("a burst counted by the capture is one finding, listed under the trigger with meaning and action") {
  Contents c = SynthContents(50);
  c.kmsg.clear();
  const std::string xid = "NVRM: Xid (PCI:0000:3b:00): 79, pid=0, GPU has fallen off the bus.";
  // The kernel buffer still holds 5 of the lines; the capture counted 812.
  for (uint64_t i = 0; i < 5; ++i) c.kmsg.push_back({i, 3, 0, c.trigger.mono_ns / 1000 + i, xid});
  tempmon::signatures::Burst b;
  b.match = tempmon::signatures::Classify(xid);
  b.n = 812;
  b.first_ns = c.trigger.mono_ns;
  b.last_ns = c.trigger.mono_ns + 3'000'000'000ull;
  b.first_text = b.last_text = xid;
  c.events.push_back(tempmon::signatures::event::ToJson(b));
  Analysis a = Analyze(c);
  REQUIRE(a.findings.size() == 1);
  CHECK(a.findings[0].burst.n == 812);
  std::string s = RenderSummary(c);
  INFO(s);
  CHECK(s.find("Kernel-log signatures (1)") != std::string::npos);
  CHECK(s.find("Xid 79 on 0000:3b:00 — GPU has fallen off the bus (n=812 over 3.000 s)") != std::string::npos);
  CHECK(s.find("what to do: The GPU is no longer reachable") != std::string::npos);
  CHECK(s.find("Kernel-log signatures") < s.find("Sensors"));
  CHECK(s.find("TEST:") == std::string::npos);
}

TEST_CASE("a bundle triggered by --test-signature says so") {
  Contents c = SynthContents(10);
  auto line = tempmon::signatures::TestLine("gpu_lost");
  REQUIRE(line);
  tempmon::signatures::Burst b;
  b.match = tempmon::signatures::Classify(*line);
  b.n = 1;
  b.first_text = b.last_text = *line;
  c.events.push_back(tempmon::signatures::event::ToJson(b));
  CHECK(IsTestBundle(c));
  CHECK(RenderSummary(c).find("TEST: triggered by tempmon-capture --test-signature") != std::string::npos);
}

TEST_CASE("Device health: per GPU, the recovery action first; absent facts are said, odd types ignored") {
  using tempmon::bundle::DeviceHealth;
  tempmon::bundle::Contents c;
  CHECK(DeviceHealth(c).empty());  // no NVML facts: no block
  c.system["gpu_nvml"] = {
      {"at_trigger",
       {{"gpus",
         {{{"index", 0}, {"name", "NVIDIA H200"}, {"uuid", "GPU-1"}, {"serial", "1650"},
           {"recovery_action", "drain_and_reset"},
           {"remapped_rows", {{"correctable", 2}, {"uncorrectable", 0}, {"pending", false}, {"failure", false}}}},
          {{"index", 1}, {"recovery_action_absent", "the driver does not report it"},
           {"ecc", {{"volatile_corrected", "many"}, {"volatile_uncorrected", 0}}},
           {"serial", 42}}}}}},
      {"after_window", nullptr}};
  auto h = DeviceHealth(c);
  REQUIRE(h.size() == 2);
  CHECK(h[0].title == "GPU 0  NVIDIA H200  uuid GPU-1");
  REQUIRE(h[0].rows.size() >= 3);
  CHECK(h[0].rows[0] == std::pair<std::string, std::string>{"recovery action", "drain and reset"});
  CHECK(h[0].attention);
  CHECK(h[0].rows[1] == std::pair<std::string, std::string>{"serial", "1650"});
  CHECK(h[1].rows[0].second == "not reported: the driver does not report it");
  CHECK_FALSE(h[1].attention);
  // A count that is not a number is no count; a serial that is not a string is no serial.
  for (const auto& [label, value] : h[1].rows) {
    CHECK(label != "serial");
    if (label == "ECC errors") CHECK(value == "volatile — corrected, 0 uncorrected");
  }
  const std::string show = tempmon::bundle::RenderSummary(c);
  CHECK(show.find("Device health (2)") != std::string::npos);
  CHECK(show.find("    recovery action  drain and reset") != std::string::npos);
}
