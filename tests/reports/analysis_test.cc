#include <catch2/catch_test_macros.hpp>

#include "tempmon/bundle/analysis.h"
#include "tempmon/bundle/device_health.h"
#include "tempmon/bundle/members_json.h"
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
  c.trigger.ts_ns = 1000;
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
  const nlohmann::json odd = nlohmann::json::array(
      {nlohmann::json::object(),
       {{"cause", 7}, {"start_ns", "soon"}, {"steps", "none"}, {"peak_mc", -1e300}},
       {{"cause", "freq"}, {"steps", {1, nullptr, {{"kind", {1, 2}}}}}}});
  c.episodes = ParseEpisodesJsonl(odd[0].dump() + "\n" + odd[1].dump() + "\n" + odd[2].dump() + "\n");
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
  const std::string xid = "NVRM: Xid (PCI:0000:3b:00): 79, pid=0, GPU has fallen off the bus.";
  // The kernel buffer still holds 5 of the lines; the capture counted 812.
  std::vector<KmsgRecord> log;
  for (uint64_t i = 0; i < 5; ++i) log.push_back({i, 3, 0, c.trigger.ts_ns / 1000 + i, xid});
  SetKernelLog(c, std::move(log));
  size_t events = 0;
  for (Event& e : c.events)
    if (auto* m = std::get_if<KmsgMatchEvent>(&e)) {
      ++events;
      m->n = 812;
      m->last_ts_ns = c.trigger.ts_ns + 3'000'000'000ull;
    }
  REQUIRE(events == 1);
  Analysis a = Analyze(c);
  REQUIRE(a.findings.size() == 1);
  CHECK(a.findings[0].burst.n == 812);
  CHECK(a.rejudged.empty());
  REQUIRE(a.findings[0].record);
  CHECK(a.findings[0].record->seq == 0);
  std::string s = RenderSummary(c);
  INFO(s);
  CHECK(s.find("Kernel-log signatures (1)") != std::string::npos);
  CHECK(s.find("Xid 79 on 0000:3b:00 — GPU has fallen off the bus (n=812 over 3.000 s)") != std::string::npos);
  CHECK(s.find("what to do: The GPU is no longer reachable") != std::string::npos);
  CHECK(s.find("Kernel-log signatures") < s.find("Sensors"));
  CHECK(s.find("TEST:") == std::string::npos);
}

TEST_CASE("the capture's verdicts are the findings; another catalogue's bundle is re-judged and says so") {
  Contents c = SynthContents(10);
  const size_t judged = Analyze(c).findings.size();
  REQUIRE(judged == 5);
  // A line no capture judged: under the bundle's own catalogue, not a finding.
  c.kmsg.push_back({99, 0, 0, c.kmsg.back().ts_us + 1, "watchdog: BUG: soft lockup - CPU#7 stuck for 23s! [x:1]"});
  Analysis a = Analyze(c);
  CHECK(a.rejudged.empty());
  CHECK(a.findings.size() == judged);
  CHECK(RenderSummary(c).find("re-judged") == std::string::npos);
  // Under another catalogue the kernel log is judged here, that line too.
  c.signature_catalogue = "sha256:" + std::string(64, 'f');
  a = Analyze(c);
  CHECK(a.rejudged == "kernel-log verdicts re-judged with catalogue " + ShortIdentity(CatalogueIdentity()) +
                          " (bundle: sha256:ffffffffffff)");
  CHECK(a.findings.size() == judged + 1);
  CHECK(RenderSummary(c).find("\n  " + a.rejudged + "\n") != std::string::npos);
}

TEST_CASE("a kmsg_match event round-trips through JSON") {
  tempmon::signatures::Burst b;
  b.match = tempmon::signatures::Classify("NVRM: Xid (PCI:0000:3b:00): 79, pid=0, GPU has fallen off the bus.");
  b.n = 812;
  b.first_ns = 5;
  b.last_ns = 9;
  b.first_text = "first";
  b.last_text = "last";
  b.found_at_start = true;
  b.first_seq = 4711;
  auto e = ToJson(ToMatchEvent(b));
  CHECK(Head(EventFromJson(e)).type == kTypeKmsgMatch);
  CHECK(e["first_seq"] == 4711);
  CHECK(e["code"] == 79);
  auto r = FromMatchEvent(std::get<KmsgMatchEvent>(EventFromJson(e)));
  CHECK(r.match.Key() == b.match.Key());
  CHECK(r.first_seq == 4711u);
  CHECK(r.match.action == b.match.action);
  CHECK(r.n == 812);
  CHECK(r.found_at_start);
  CHECK(r.last_text == "last");
  CHECK(b.match.Headline() == "Xid 79 on 0000:3b:00 — GPU has fallen off the bus");
}

TEST_CASE("a bundle triggered by --test-signature says so") {
  Contents c = SynthContents(10);
  auto line = tempmon::signatures::TestLine("gpu_lost");
  REQUIRE(line);
  tempmon::signatures::Burst b;
  b.match = tempmon::signatures::Classify(*line);
  b.n = 1;
  b.first_text = b.last_text = *line;
  c.events.push_back(ToMatchEvent(b));
  CHECK(IsTestBundle(c));
  CHECK(RenderSummary(c).find("TEST: triggered by tempmon-capture --test-signature") != std::string::npos);
}

namespace {

// The kernel's own lines of one real incident (github.com/wilicc/gpu-burn
// issue 1): a fatal AER on root port 00:02.0, its GPU 02:00 off the bus.
Contents AerIncident(const std::string& gpu_bus) {
  Contents c = SynthContents(10);
  const uint64_t t = c.trigger.ts_ns / 1000;
  const std::vector<std::string> lines = {
      "pcieport 0000:00:02.0: AER: Uncorrected (Fatal) error received: id=0010",
      "pcieport 0000:00:02.0: PCIe Bus Error: severity=Uncorrected (Fatal), type=Transaction Layer, id=0010(Receiver ID)",
      "pcieport 0000:00:02.0: broadcast error_detected message",
      "nvidia 0000:02:00.0: device has no AER-aware driver",
      "NVRM: Xid (PCI:" + gpu_bus + "): 79, GPU has fallen off the bus."};
  uint64_t seq = 1;
  std::vector<KmsgRecord> log;
  for (const std::string& l : lines) log.push_back({seq, 3, 0, t + seq * 100000, l});
  SetKernelLog(c, std::move(log));
  return c;
}

}  // namespace

TEST_CASE("a fatal PCIe error and the GPU it took off the bus are one incident") {
  Contents c = AerIncident("0000:02:00");
  Analysis a = Analyze(c);
  auto incidents = LinkIncidents(a, c);
  REQUIRE(incidents.size() == 1);
  CHECK(incidents[0].cause->burst.match.id == "pcie_aer_fatal");
  CHECK(incidents[0].effect->burst.match.code == 79);
  CHECK(incidents[0].link == "nvidia 0000:02:00.0: device has no AER-aware driver");
  std::string s = RenderSummary(c);
  INFO(s);
  CHECK(s.find("one incident: pcie_aer_fatal on 0000:00:02.0") != std::string::npos);
  CHECK(s.find("Xid 79 on 0000:02:00 — GPU has fallen off the bus (same bus)") != std::string::npos);
  // A GPU on another bus, that the kernel never named with the error, is
  // its own fault.
  Contents other = AerIncident("0000:81:00");
  Analysis b = Analyze(other);
  CHECK(LinkIncidents(b, other).empty());
  CHECK(RenderSummary(other).find("one incident") == std::string::npos);
}

TEST_CASE("an Oops is one finding with its whole report: registers, stack and modules, not the first line alone") {
  // The report of github.com/openzfs/zfs issue 13687 (Linux 5.17), one
  // record a line as /dev/kmsg gives it, with another driver's line printed
  // in the middle of it and the next fault after it.
  const std::vector<std::string> report = {
      "BUG: kernel NULL pointer dereference, address: 0000000000000020",
      "#PF: supervisor read access in kernel mode",
      "#PF: error_code(0x0000) - not-present page",
      "PGD 0 P4D 0 ",
      "Oops: 0000 [#1] PREEMPT SMP PTI",
      "CPU: 5 PID: 2962 Comm: z_wr_iss Tainted: P           O      5.17.0-1013-oem #14-Ubuntu",
      "Hardware name: MSI MS-7850/Z87-G41 PC Mate(MS-7850), BIOS V1.8 07/21/2014",
      "RIP: 0010:zap_leaf_lookup+0x4d/0x170 [zfs]",
      "RSP: 0018:ffffb7196e14b9e8 EFLAGS: 00010216",
      "RAX: 000000000000000c RBX: 0000000000000000 RCX: 0000000000000007",
      "Call Trace:",
      " <TASK>",
      " fzap_length+0x85/0xf0 [zfs]",
      " zap_length_uint64+0xe2/0x1c0 [zfs]",
      " </TASK>",
      "Modules linked in: zfs(PO) zunicode(PO) zzstd(O) zlua(O) zavl(PO) icp(PO) zcommon(PO) znvpair(PO) spl(O)",
      "---[ end trace 0000000000000000 ]---"};
  Contents c = SynthContents(10);
  uint64_t seq = 1, t = c.trigger.ts_ns / 1000;
  std::vector<KmsgRecord> log;
  for (size_t i = 0; i < report.size(); ++i) {
    log.push_back({seq++, 4, 0, t + i * 100, report[i]});
    if (i == 9) log.push_back({seq++, 6, 0, t + i * 100 + 50, "usb 1-1: new high-speed USB device number 4 using xhci_hcd"});
  }
  log.push_back({seq++, 4, 0, t + 5000, "audit: type=1400 audit(1.2:3): apparmor=\"DENIED\""});
  SetKernelLog(c, std::move(log));
  Analysis a = Analyze(c);
  REQUIRE_FALSE(a.findings.empty());
  const KernelFinding* oops = nullptr;
  for (const auto& f : a.findings)
    if (f.burst.match.id == "kernel_oops" && f.burst.first_text == report[0]) oops = &f;
  REQUIRE(oops);
  KernelReport r = ReportOf(c, *oops);
  // Every line of the report, the "Oops:" line of the same signature too;
  // not the USB line printed meanwhile, nothing after the end marker.
  REQUIRE(r.lines.size() == report.size());
  CHECK(r.lines.front()->text == report[0]);
  CHECK(r.lines.back()->text == report.back());
  CHECK_FALSE(r.cut);
  for (const KmsgRecord* k : r.lines) CHECK(k->text.find("usb 1-1") == std::string::npos);
  std::string s = RenderSummary(c);
  INFO(s);
  CHECK(s.find("kernel report (17 lines):") != std::string::npos);
  CHECK(s.find("| Call Trace:") != std::string::npos);
  CHECK(s.find("|  fzap_length+0x85/0xf0 [zfs]") != std::string::npos);
  CHECK(s.find("| Modules linked in: zfs(PO)") != std::string::npos);
  // A finding that opens no report (an Xid) has none.
  KernelFinding xid;
  xid.burst.match = tempmon::signatures::Classify("NVRM: Xid (PCI:0000:3b:00): 79, pid=0, GPU has fallen off the bus.");
  xid.record = &c.kmsg[0];
  CHECK(ReportOf(c, xid).lines.empty());
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
