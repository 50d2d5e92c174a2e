// tempmon-capture as a user runs it, against a shared-memory ring written
// by tempmon-sim's producer (in-process) or the tempmon-sim tool (child).
#include <fcntl.h>
#include <sys/mount.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cctype>
#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <map>
#include <random>

#include <catch2/catch_test_macros.hpp>

#include "temp_dir.h"
#include <catch2/matchers/catch_matchers_string.hpp>

#include <nlohmann/json.hpp>

#include "capture/sim/sim_producer.h"
#include "child.h"
#include "craft.h"
#include "tempmon/bundle/analysis.h"
#include "tempmon/bundle/bundle.h"
#include "tempmon/bundle/read_limits.h"
#include "tempmon/bundle/tar_zst.h"
#include "tempmon.h"

namespace fs = std::filesystem;
using namespace std::chrono_literals;
using tempmon::test::Child;

namespace {

constexpr uint64_t kMs = 1'000'000;

uint64_t MonoNow() {
  timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return uint64_t(ts.tv_sec) * 1'000'000'000ull + uint64_t(ts.tv_nsec);
}

// The full-disk case mounts a small tmpfs at p/small: unmount it first.
struct TempDir : tempmon::capture::testing::TempDir {
  ~TempDir() { ::umount2((p / "small").c_str(), MNT_DETACH); }
};

std::string UniqueName(const char* what) {
  return std::string("tempmon-test-") + what + "-" + std::to_string(::getpid());
}

std::vector<fs::path> BundlesIn(const fs::path& d) {
  std::vector<fs::path> v;
  if (!fs::exists(d)) return v;
  for (auto& e : fs::directory_iterator(d))
    if (e.path().filename().string().ends_with(".tar.zst")) v.push_back(e.path());
  std::sort(v.begin(), v.end());
  return v;
}

std::vector<fs::path> TempFilesIn(const fs::path& d) {
  std::vector<fs::path> v;
  if (!fs::exists(d)) return v;
  for (auto& e : fs::directory_iterator(d))
    if (e.path().filename().string().find(".tmp") != std::string::npos) v.push_back(e.path());
  return v;
}

// A fake /proc and /sys: the capture must not depend on the host's.
fs::path FakeRoot(const fs::path& base) {
  fs::path r = base / "root";
  auto put = [&](const char* rel, const char* text) {
    fs::create_directories((r / rel).parent_path());
    std::ofstream(r / rel) << text;
  };
  put("proc/sys/kernel/osrelease", "6.12.95+deb12-amd64\n");
  put("proc/sys/kernel/random/boot_id", "3f0c7c1e-1111-2222-3333-444455556666\n");
  put("proc/cpuinfo", "processor\t: 0\nmodel name\t: Test CPU\n");
  put("proc/modules", "tempmon 40960 0 - Live 0x0\n");
  put("sys/class/thermal/thermal_zone0/type", "tempmon-test\n");
  put("sys/class/thermal/thermal_zone0/temp", "86000\n");
  put("sys/devices/system/cpu/cpu0/thermal_throttle/core_throttle_count", "3\n");
  return r;
}

std::vector<std::string> CaptureArgs(const fs::path& spool, const fs::path& root,
                                     const std::string& shm) {
  return {TEMPMON_CAPTURE_BIN, "--source", "shm:" + shm, "--out", spool.string(),
          "--sysroot", root.string(), "--kmsg", "none", "--bpf", "off", "--no-pstore",
          "--host", "testhost"};
}

// 20 s of a sensor heating from 40 to ~95 C at 100 Hz, back-dated so that it
// ends now: it crosses 85 C (THR_START) around 14 s.
uint64_t WriteHeatRamp(tempmon::sim::SimProducer& p) {
  uint64_t now = MonoNow(), start = now - 20'000 * kMs, thr_start = 0;
  for (int i = 0; i < 2000; ++i) {
    int32_t t = 40000 + i * 28;
    uint64_t ts = start + uint64_t(i) * 10 * kMs;
    uint64_t before = p.written();
    p.Put(0, t, 0, ts);
    (void)before;
    if (!thr_start && t >= 85000) thr_start = ts;
  }
  return thr_start;
}

}  // namespace

TEST_CASE("a throttle in the ring gives exactly one bundle with its episode and window") {
  TempDir d;
  auto shm = UniqueName("thr");
  tempmon::sim::SimConfig cfg;
  cfg.name = shm;
  cfg.rate_hz = 100;
  tempmon::sim::SimProducer p(cfg);
  uint64_t thr = WriteHeatRamp(p);

  auto args = CaptureArgs(d.p / "spool", FakeRoot(d.p), shm);
  for (const char* a : {"--on-throttle", "--once", "--pre", "5", "--post", "0"}) args.push_back(a);
  Child c(args);
  REQUIRE(c.Wait(60s) == 0);
  auto bundles = BundlesIn(d.p / "spool");
  REQUIRE(bundles.size() == 1);
  CHECK_THAT(c.out(), Catch::Matchers::ContainsSubstring(bundles[0].string()));
  CHECK_THAT(bundles[0].filename().string(), Catch::Matchers::StartsWith("tempmon-testhost-"));
  CHECK_THAT(bundles[0].filename().string(), Catch::Matchers::EndsWith("-throttle.tar.zst"));
  CHECK((fs::status(bundles[0]).permissions() & fs::perms::all) ==
        (fs::perms::owner_read | fs::perms::owner_write | fs::perms::group_read));

  auto b = tempmon::bundle::Read(bundles[0]);
  CHECK(b.trigger.kind == "throttle");
  CHECK(b.trigger.ts_ns == thr);
  CHECK_THAT(b.trigger.reason, Catch::Matchers::ContainsSubstring("sim0 started throttling"));
  // 5 s before the trigger at 100 Hz, nothing after (--post 0).
  CHECK(b.samples.size() >= 499);
  CHECK(b.samples.size() <= 501);
  CHECK(b.samples.front().ts_ns >= thr - 5000 * kMs);
  CHECK(b.samples.back().ts_ns == thr);
  CHECK((b.samples.back().flags & TEMPMON_F_THR_START) != 0);
  REQUIRE(b.episodes.size() == 1);
  CHECK(b.episodes[0].start_ns == thr);
  CHECK(b.episodes[0].name == "sim0");
  CHECK(b.system["kernel"]["release"] == "6.12.95+deb12-amd64");
  CHECK(b.system["thermal"]["zones"][0]["type"] == "tempmon-test");
  CHECK(b.system["throttle_counters_before"]["cpu0"]["core_throttle_count"] == 3);
  CHECK(b.system["throttle_counters_after"]["cpu0"]["core_throttle_count"] == 3);
  bool ring_ok = false;
  for (const auto& col : b.collectors) ring_ok |= col.name == "ring" && col.status == "ok";
  CHECK(ring_ok);
}

TEST_CASE("a bundle replayed by tempmon-sim triggers the same capture again") {
  TempDir d;
  auto root = FakeRoot(d.p);
  fs::path first;
  {
    auto shm = UniqueName("rec");
    tempmon::sim::SimConfig cfg;
    cfg.name = shm;
    cfg.rate_hz = 100;
    tempmon::sim::SimProducer p(cfg);
    WriteHeatRamp(p);
    auto args = CaptureArgs(d.p / "spool1", root, shm);
    for (const char* a : {"--on-throttle", "--once", "--pre", "3", "--post", "0"}) args.push_back(a);
    Child c(args);
    REQUIRE(c.Wait(60s) == 0);
    REQUIRE(BundlesIn(d.p / "spool1").size() == 1);
    first = BundlesIn(d.p / "spool1")[0];
  }
  auto shm = UniqueName("replay");
  fs::path ready = d.p / "ready";
  Child sim({TEMPMON_SIM_BIN, "--name", shm, "--replay", first.string(), "--at-once",
             "--rate", "100", "--ready-file", ready.string()},
            false);
  auto deadline = std::chrono::steady_clock::now() + 30s;
  while (!fs::exists(ready) && std::chrono::steady_clock::now() < deadline)
    REQUIRE(sim.Wait(20ms) == -1);  // still running while we wait for the ring
  REQUIRE(fs::exists(ready));

  auto args = CaptureArgs(d.p / "spool2", root, shm);
  for (const char* a : {"--on-throttle", "--once", "--pre", "10", "--post", "0"}) args.push_back(a);
  Child c(args);
  REQUIRE(c.Wait(60s) == 0);
  auto bundles = BundlesIn(d.p / "spool2");
  REQUIRE(bundles.size() == 1);
  auto orig = tempmon::bundle::Read(first);
  auto again = tempmon::bundle::Read(bundles[0]);
  CHECK(again.trigger.kind == "throttle");
  // The replayed window holds the recorded temperatures in the same order.
  REQUIRE(again.samples.size() >= orig.samples.size());
  std::vector<int32_t> a, b;
  for (auto& s : orig.samples) a.push_back(s.temp_mc);
  for (auto& s : again.samples) b.push_back(s.temp_mc);
  CHECK(std::search(b.begin(), b.end(), a.begin(), a.end()) != b.end());
  sim.Kill(SIGTERM);
  CHECK(sim.Wait(10s) == 0);
}

TEST_CASE("a collector that blocks is marked timeout and the bundle is still written") {
  TempDir d;
  auto root = FakeRoot(d.p);
  // A thermal attribute nobody will ever answer, like a hung device's sysfs.
  fs::remove(root / "sys/class/thermal/thermal_zone0/temp");
  REQUIRE(::mkfifo((root / "sys/class/thermal/thermal_zone0/temp").c_str(), 0600) == 0);
  auto shm = UniqueName("fifo");
  tempmon::sim::SimConfig cfg;
  cfg.name = shm;
  tempmon::sim::SimProducer p(cfg);
  for (int i = 0; i < 100; ++i) p.Step(MonoNow() - uint64_t(100 - i) * kMs);

  auto args = CaptureArgs(d.p / "spool", root, shm);
  for (const char* a : {"--now", "--post", "0", "--collector-timeout", "0.5"}) args.push_back(a);
  auto t0 = std::chrono::steady_clock::now();
  Child c(args);
  REQUIRE(c.Wait(30s) == 0);
  CHECK(std::chrono::steady_clock::now() - t0 < 10s);
  auto bundles = BundlesIn(d.p / "spool");
  REQUIRE(bundles.size() == 1);
  auto b = tempmon::bundle::Read(bundles[0]);
  std::map<std::string, std::string> status;
  for (const auto& col : b.collectors) status[col.name] = col.status;
  CHECK(status["system.thermal"] == "timeout");
  CHECK(status["system.kernel"] == "ok");
  CHECK(status["ring"] == "ok");
  CHECK(b.samples.size() == 100);
}

namespace {

// One capture with a FIFO standing for /dev/kmsg: `before` is in it when
// the capture starts, `after` is written once it runs. Returns its bundle.
tempmon::bundle::Contents CaptureWithKmsg(const char* what, const std::string& before,
                                          const std::string& after,
                                          std::initializer_list<const char*> flags) {
  TempDir d;
  tempmon::sim::SimConfig cfg;
  cfg.name = UniqueName(what);
  tempmon::sim::SimProducer p(cfg);
  p.Step(MonoNow());
  fs::path kmsg = d.p / "kmsg";
  REQUIRE(::mkfifo(kmsg.c_str(), 0600) == 0);
  int w = ::open(kmsg.c_str(), O_RDWR | O_CLOEXEC);
  REQUIRE(w >= 0);
  auto put = [w](const std::string& lines) {
    REQUIRE(::write(w, lines.data(), lines.size()) == static_cast<ssize_t>(lines.size()));
  };
  put(before);
  auto args = CaptureArgs(d.p / "spool", FakeRoot(d.p), cfg.name);
  args[8] = kmsg.string();  // --kmsg
  for (const char* a : flags) args.push_back(a);
  Child c(args);
  put(after);
  int rc = c.Wait(30s);
  ::close(w);
  REQUIRE(rc == 0);
  auto bundles = BundlesIn(d.p / "spool");
  REQUIRE(bundles.size() == 1);
  return tempmon::bundle::Read(bundles[0]);
}

}  // namespace

TEST_CASE("a kernel-log hang line triggers a hang bundle") {
  auto b = CaptureWithKmsg(
      "kmsg", "",
      "6,100,5000000,-;NVRM: loading NVIDIA UNIX x86_64 Kernel Module  535.154.05\n"
      "4,101,5000100,-;NMI watchdog: Enabled. Permanently consumes one hw-PMU counter.\n"
      "3,102,5000200,-;NVRM: Xid (PCI:0000:3b:00): 79, pid=0, GPU has fallen off the bus.\n",
      {"--on-hang", "--once", "--post", "0"});
  CHECK(b.trigger.kind == "hang");
  CHECK_THAT(b.trigger.reason, Catch::Matchers::ContainsSubstring("Xid (PCI:0000:3b:00): 79"));
  // The bundle's kernel log is what the live reader read: the FIFO holds
  // nothing any more at the trigger, as a /dev/kmsg that a loaded machine
  // cannot read in time would give nothing.
  REQUIRE(b.kmsg.size() == 3);
  CHECK(b.kmsg[0].seq == 100);
  CHECK(b.kmsg[2].seq == 102);
  CHECK_THAT(b.kmsg[2].text, Catch::Matchers::ContainsSubstring("GPU has fallen off the bus"));
  CHECK(b.losses.kmsg_dropped == 0);
  std::map<std::string, std::string> status;
  for (const auto& col : b.collectors) status[col.name] = col.status;
  CHECK(status["kmsg.live"] == "ok");
}

TEST_CASE("the kernel log logged before the start is in the bundle and, without boot replay, triggers nothing") {
  // Everything is logged before the capture starts: no race with its reader.
  auto b = CaptureWithKmsg(
      "kmsgold",
      "6,7,4000000,-;NVRM: loading NVIDIA UNIX x86_64 Kernel Module  535.154.05\n"
      "3,8,4000200,-;NVRM: Xid (PCI:0000:3b:00): 79, pid=0, GPU has fallen off the bus.\n",
      "", {"--on-hang", "--no-boot-replay", "--now", "--once", "--post", "0"});
  CHECK(b.trigger.kind == "manual");  // the old Xid did not trigger
  REQUIRE(b.kmsg.size() == 2);
  CHECK(b.kmsg[1].seq == 8);
  CHECK_THAT(b.kmsg[1].text, Catch::Matchers::ContainsSubstring("Xid (PCI:0000:3b:00): 79"));
  // Judged all the same: the bundle carries the verdict, found at start.
  CHECK_FALSE(b.kmsg[0].burst);
  CHECK(b.kmsg[1].burst == 8u);
  const auto a = tempmon::bundle::Analyze(b);
  CHECK(a.rejudged.empty());
  REQUIRE(a.findings.size() == 1);
  CHECK(a.findings[0].signature == "nvidia_xid 79");
  CHECK(a.findings[0].found_at_start);
}

namespace {

const tempmon::bundle::KernelFinding* FindingOf(const tempmon::bundle::Analysis& a, const std::string& label) {
  for (const auto& f : a.findings)
    if (f.signature == label) return &f;
  return nullptr;
}

// `c` written as a bundle and read back, as a viewer gets it.
tempmon::bundle::Contents Rewritten(const tempmon::bundle::Contents& c, const fs::path& path) {
  tempmon::bundle::Write(c, path);
  return tempmon::bundle::Read(path);
}

std::string Show(const fs::path& bundle) {
  Child s({TEMPMON_REPORT_BIN, "show", "--color", "never", bundle.string()});
  REQUIRE(s.Wait(60s) == 0);
  return s.out();
}

}  // namespace

TEST_CASE("a one-shot --now without kernel-log triggers judges the lines it stores") {
  auto b = CaptureWithKmsg(
      "kmsgnow",
      "6,20,4000000,-;NVRM: loading NVIDIA UNIX x86_64 Kernel Module  535.154.05\n"
      "4,21,4000200,-;INFO: task kworker/3:1:345 blocked for more than 120 seconds.\n",
      "", {"--now", "--post", "0"});
  CHECK(b.trigger.kind == "manual");
  CHECK(b.signature_catalogue == tempmon::bundle::CatalogueIdentity());
  REQUIRE(b.kmsg.size() == 2);
  CHECK(b.kmsg[1].burst == 21u);
  const auto a = tempmon::bundle::Analyze(b);
  CHECK(a.rejudged.empty());
  REQUIRE(a.findings.size() == 1);
  CHECK(a.findings[0].signature == "hung_task");
  CHECK(a.findings[0].found_at_start);
}

TEST_CASE("a crash bundle from pstore carries the capture's verdicts on the crashed boot's log") {
  TempDir d;
  tempmon::sim::SimConfig cfg;
  cfg.name = UniqueName("crashjudge");
  tempmon::sim::SimProducer p(cfg);
  p.Step(MonoNow());
  fs::create_directories(d.p / "pstore");
  std::ofstream(d.p / "pstore/dmesg-ramoops-0")
      << "Panic#1 Part1\n"
         "<6>[   21.500000] sysrq: Trigger a crash\n"
         "<0>[   21.500100] Kernel panic - not syncing: sysrq triggered crash\n"
         "<4>[   21.500200] CPU: 1 PID: 321 Comm: sh Not tainted 6.12.95+deb12-amd64 #1\n"
         "<4>[   21.500300] Call Trace:\n"
         "<0>[   21.520000] ---[ end Kernel panic - not syncing: sysrq triggered crash ]---\n";
  auto args = CaptureArgs(d.p / "spool", FakeRoot(d.p), cfg.name);
  REQUIRE(args[11] == "--no-pstore");
  args.erase(args.begin() + 11);
  for (const std::string& a : std::vector<std::string>{"--pstore-dirs", (d.p / "pstore").string(), "--kdump-dirs",
                                                       (d.p / "kdump").string(), "--now", "--post", "0"})
    args.push_back(a);
  Child c(args);
  REQUIRE(c.Wait(60s) == 0);
  fs::path crash;
  for (const auto& b : BundlesIn(d.p / "spool"))
    if (b.filename().string().find("-crash") != std::string::npos) crash = b;
  INFO(c.out());
  REQUIRE_FALSE(crash.empty());
  const auto b = tempmon::bundle::Read(crash);
  CHECK(b.signature_catalogue == tempmon::bundle::CatalogueIdentity());
  const tempmon::bundle::KmsgRecord* panic = nullptr;
  for (const auto& k : b.kmsg)
    if (k.text.find("Kernel panic - not syncing: sysrq") == 0) panic = &k;
  REQUIRE(panic);
  CHECK(panic->burst == panic->seq);
  const auto a = tempmon::bundle::Analyze(b);
  CHECK(a.rejudged.empty());
  REQUIRE(a.findings.size() == 1);
  CHECK(a.findings[0].signature == "kernel_panic");
  CHECK(a.findings[0].record == panic);
}

TEST_CASE("the capture's verdicts on the lines it stored are what the viewer shows; another catalogue re-judges") {
  namespace tb = tempmon::bundle;
  auto b = CaptureWithKmsg(
      "kmsgjudge", "",
      "6,100,5000000,-;NVRM: loading NVIDIA UNIX x86_64 Kernel Module  535.154.05\n"
      "3,101,5000100,-;NVRM: Xid (PCI:0000:3b:00): 79, pid=0, GPU has fallen off the bus.\n"
      "3,102,5000200,-;NVRM: Xid (PCI:0000:3b:00): 79, pid=0, GPU has fallen off the bus.\n"
      "0,103,5000300,-;watchdog: BUG: soft lockup - CPU#3 stuck for 22s! [python3:1234]\n",
      {"--on-hang", "--once", "--post", "0"});
  CHECK(b.trigger.kind == "hang");
  CHECK(b.signature_catalogue == tb::CatalogueIdentity());
  // Every matched line names the burst (its first line's seq) it counted in.
  REQUIRE(b.kmsg.size() == 4);
  CHECK_FALSE(b.kmsg[0].burst);
  CHECK(b.kmsg[1].burst == 101u);
  CHECK(b.kmsg[2].burst == 101u);
  CHECK(b.kmsg[3].burst == 103u);
  tb::Analysis a = tb::Analyze(b);
  CHECK(a.rejudged.empty());
  REQUIRE(a.findings.size() == 2);
  const tb::KernelFinding* xid = FindingOf(a, "nvidia_xid 79");
  REQUIRE(xid);
  CHECK(xid->burst.n == 2);
  REQUIRE(xid->record);
  CHECK(xid->record->seq == 101);
  const tb::KernelFinding* lockup = FindingOf(a, "soft_lockup");
  REQUIRE(lockup);
  CHECK(lockup->burst.n == 1);

  TempDir d;
  // A line planted in the kernel log after the capture, that the capture
  // never judged: under the capture's catalogue it is no finding (the
  // viewer shows the verdicts; it does not judge again).
  tb::Contents planted = b;
  planted.kmsg.push_back({104, 3, 0, 5000400, "NVRM: Xid (PCI:0000:5e:00): 79, pid=0, GPU has fallen off the bus."});
  const fs::path same = d.p / "same.tar.zst";
  tb::Contents p = Rewritten(planted, same);
  CHECK(p.signature_catalogue == tb::CatalogueIdentity());
  tb::Analysis pa = tb::Analyze(p);
  CHECK(pa.rejudged.empty());
  CHECK(pa.findings.size() == 2);
  const std::string shown = Show(same);
  INFO(shown);
  CHECK_THAT(shown, Catch::Matchers::ContainsSubstring("Kernel-log signatures (2)"));
  CHECK_THAT(shown, Catch::Matchers::ContainsSubstring("Xid 79 on 0000:3b:00 — GPU has fallen off the bus (n=2 over"));
  CHECK_THAT(shown, !Catch::Matchers::ContainsSubstring("Xid 79 on 0000:5e:00"));
  CHECK_THAT(shown, !Catch::Matchers::ContainsSubstring("re-judged"));

  // The same bundle under another catalogue's identity: judged again
  // here, the planted line too, and said so.
  planted.signature_catalogue = "sha256:" + std::string(64, '0');
  const fs::path other = d.p / "other.tar.zst";
  tb::Analysis oa = tb::Analyze(Rewritten(planted, other));
  CHECK(oa.rejudged == "kernel-log verdicts re-judged with catalogue " + tb::ShortIdentity(tb::CatalogueIdentity()) +
                           " (bundle: sha256:000000000000)");
  CHECK(oa.findings.size() == 3);
  REQUIRE(FindingOf(oa, "nvidia_xid 79"));
  const std::string reshown = Show(other);
  INFO(reshown);
  CHECK_THAT(reshown, Catch::Matchers::ContainsSubstring("Kernel-log signatures (3)"));
  CHECK_THAT(reshown, Catch::Matchers::ContainsSubstring(oa.rejudged));
  CHECK_THAT(reshown, Catch::Matchers::ContainsSubstring("Xid 79 on 0000:5e:00"));
  // An older bundle, written before the catalogue was recorded: the same.
  planted.signature_catalogue.clear();
  tb::Analysis old = tb::Analyze(Rewritten(planted, d.p / "old.tar.zst"));
  CHECK_THAT(old.rejudged, Catch::Matchers::EndsWith("(bundle: none recorded)"));
  CHECK(old.findings.size() == 3);
}

TEST_CASE("a full disk gives a clear error, no bundle and no temporary file") {
  TempDir d;
  fs::path small = d.p / "small";
  fs::create_directories(small);
  if (::mount("tmpfs", small.c_str(), "tmpfs", 0, "size=64k") != 0)
    SKIP("cannot mount a small tmpfs (needs root): " << std::strerror(errno));
  auto shm = UniqueName("full");
  tempmon::sim::SimConfig cfg;
  cfg.name = shm;
  cfg.capacity = 1 << 16;
  tempmon::sim::SimProducer p(cfg);
  uint64_t now = MonoNow();
  for (int i = 0; i < 60000; ++i) p.Step(now - uint64_t(60000 - i) * kMs);

  auto args = CaptureArgs(small / "spool", FakeRoot(d.p), shm);
  for (const char* a : {"--now", "--pre", "60", "--post", "0"}) args.push_back(a);
  Child c(args);
  CHECK(c.Wait(60s) == 5);
  CHECK(BundlesIn(small / "spool").empty());
  CHECK(TempFilesIn(small / "spool").empty());
}

TEST_CASE("kill -9 at random moments never leaves a partial bundle in the spool") {
  TempDir d;
  auto root = FakeRoot(d.p);
  auto shm = UniqueName("kill");
  tempmon::sim::SimConfig cfg;
  cfg.name = shm;
  tempmon::sim::SimProducer p(cfg);
  uint64_t now = MonoNow();
  for (int i = 0; i < 30000; ++i) p.Step(now - uint64_t(30000 - i) * kMs);

  std::mt19937 rng(20261125);  // seeded: a failure can be replayed
  std::uniform_int_distribution<int> delay_ms(0, 400);
  int killed = 0, finished = 0;
  for (int round = 0; round < 12; ++round) {
    auto args = CaptureArgs(d.p / "spool", root, shm);
    for (const char* a : {"--now", "--post", "0", "--keep-count", "1000"}) args.push_back(a);
    Child c(args);
    int rc = c.Wait(std::chrono::milliseconds(delay_ms(rng)));
    if (rc == -1) {
      c.Kill(SIGKILL);
      rc = c.Wait(10s);
      ++killed;
    } else {
      ++finished;
    }
    INFO("round " << round);
    CHECK((rc == 0 || rc == 128 + SIGKILL));
    for (const auto& b : BundlesIn(d.p / "spool")) {
      INFO(b);
      CHECK_NOTHROW(tempmon::bundle::Read(b));
    }
  }
  // A restart cleans what a killed write left behind.
  auto args = CaptureArgs(d.p / "spool", root, shm);
  for (const char* a : {"--now", "--post", "0"}) args.push_back(a);
  Child last(args);
  REQUIRE(last.Wait(60s) == 0);
  CHECK(TempFilesIn(d.p / "spool").empty());
  for (const auto& b : BundlesIn(d.p / "spool")) CHECK_NOTHROW(tempmon::bundle::Read(b));
  CHECK(killed > 0);
  UNSCOPED_INFO("killed " << killed << ", finished " << finished);
}

TEST_CASE("a second instance on the same spool is refused with the holder's PID") {
  TempDir d;
  auto shm = UniqueName("second");
  tempmon::sim::SimConfig cfg;
  cfg.name = shm;
  tempmon::sim::SimProducer p(cfg);
  p.Step(MonoNow());
  auto root = FakeRoot(d.p);
  auto args = CaptureArgs(d.p / "spool", root, shm);
  args.push_back("--on-temp");
  args.push_back("200");
  Child first(args);
  // The lock file names the holder once it runs.
  auto deadline = std::chrono::steady_clock::now() + 30s;
  std::string holder;
  while (std::chrono::steady_clock::now() < deadline) {
    std::ifstream in(d.p / "spool/.tempmon-capture.lock");
    std::getline(in, holder);
    if (holder == std::to_string(first.pid())) break;
    REQUIRE(first.Wait(20ms) == -1);
  }
  REQUIRE(holder == std::to_string(first.pid()));
  Child second(args);
  CHECK(second.Wait(30s) == 4);
  first.Kill(SIGTERM);
  CHECK(first.Wait(30s) == 0);
}

TEST_CASE("SIGUSR1 snapshots a running service now; SIGTERM ends it cleanly") {
  TempDir d;
  auto shm = UniqueName("usr1");
  tempmon::sim::SimConfig cfg;
  cfg.name = shm;
  tempmon::sim::SimProducer p(cfg);
  for (int i = 0; i < 50; ++i) p.Step(MonoNow() - uint64_t(50 - i) * kMs);
  auto args = CaptureArgs(d.p / "spool", FakeRoot(d.p), shm);
  for (const char* a : {"--on-temp", "200", "--post", "0", "--metrics"}) args.push_back(a);
  args.push_back((d.p / "tempmon.prom").string());
  Child c(args);
  // Signals are blocked from the start, so once the lock names it, it is safe.
  auto deadline = std::chrono::steady_clock::now() + 30s;
  std::string holder;
  while (holder != std::to_string(c.pid()) && std::chrono::steady_clock::now() < deadline) {
    std::ifstream in(d.p / "spool/.tempmon-capture.lock");
    std::getline(in, holder);
    REQUIRE(c.Wait(20ms) == -1);
  }
  c.Kill(SIGUSR1);
  while (BundlesIn(d.p / "spool").empty() && std::chrono::steady_clock::now() < deadline)
    REQUIRE(c.Wait(20ms) == -1);
  auto bundles = BundlesIn(d.p / "spool");
  REQUIRE(bundles.size() == 1);
  CHECK_THAT(bundles[0].filename().string(), Catch::Matchers::EndsWith("-manual.tar.zst"));
  c.Kill(SIGTERM);
  CHECK(c.Wait(30s) == 0);
  std::ifstream in(d.p / "tempmon.prom");
  std::string all((std::istreambuf_iterator<char>(in)), {});
  CHECK_THAT(all, Catch::Matchers::ContainsSubstring("tempmon_captures_total{trigger=\"manual\"} 1"));
}

namespace {

// One environment variable set for the children this test starts.
struct ScopedEnv {
  std::string name, old;
  bool had;
  ScopedEnv(const char* n, const std::string& v) : name(n), had(::getenv(n) != nullptr) {
    if (had) old = ::getenv(n);
    ::setenv(n, v.c_str(), 1);
  }
  ~ScopedEnv() {
    if (had)
      ::setenv(name.c_str(), old.c_str(), 1);
    else
      ::unsetenv(name.c_str());
  }
};

std::string ReadAll(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  return std::string((std::istreambuf_iterator<char>(in)), {});
}

std::string LowerCase(std::string s) {
  for (char& ch : s) ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
  return s;
}

// The private values planted below, each in the form a grep must not find.
const std::vector<std::string> kPlanted = {
    // host names: the capture's own (also upper-case), the builder's, other
    // FQDNs, a UNC server, the ip= argument's host field
    "lab-gpu7", "corp.example.com", "build-07", "filesrv01", "nfs01.storage.example.net",
    // addresses: leading zeros, normalised, in ip=/nfsroot=, netfilter, IPv6
    "010.020.030.040", "10.20.30.40", "10.20.30.1", "10.20.30.99", "fe80::1e2d:3ff:fe4a:5b6c",
    // MACs: with separators, in MAC=, without separators (an interface name, a label)
    "3c:ec:ef:12:34:56", "3cecef123456", "00:11:22:33:44:55", "b8cef6a1b2c3",
    // filesystem UUID, boot_id, GPU UUIDs (nvidia-smi, the ring's identity)
    "5b2c9a8e-1d3f-4a6b-9c7d-0e1f2a3b4c5d", "3f0c7c1e-aaaa-4bbb-8ccc-444455556666",
    "7f3a9c1e-2b4d-4e6f-8a0b-1c2d3e4f5a6b", "0c1d2e3f-4a5b-4c6d-8e7f-8091a2b3c4d5",
    // InfiniBand GUIDs, WWNs, an iSCSI IQN, nvidia-smi's serial
    "248a070300b5c6d0", "248a:0703:00b5:c6d1", "5000c500a1b2c3d4", "21:00:00:24:ff:12:34:56",
    "iqn.2004-10.com.example", "1652823054321",
    // users, home paths, user slices, processes and a whole command line
    "alice", "/home/alice", "id_rsa", "user-1001.slice", "train_secret.py", "mlworker", "sk-SECRET123",
    "secretcomm", "evilproc", "lockproc", "(resolved-x)"};

// A real capture's bundle with every kind of private value planted where
// a machine has it: the kernel log (through --kmsg), the system facts
// (cmdline, version, boot_id), nvidia-smi (on the PATH), the ring's sensor
// identity, the host name (--host, hence the file name).
fs::path PlantedCapture(const fs::path& base, std::initializer_list<const char*> flags = {}) {
  tempmon::sim::SimConfig cfg;
  cfg.name = UniqueName("planted");
  tempmon::bundle::Sensor gpu{0, "gpu0", "nvml", 85000, 3000};
  gpu.model = "NVIDIA H200";
  gpu.uuid = "GPU-0c1d2e3f-4a5b-4c6d-8e7f-8091a2b3c4d5";
  gpu.location = "00000000:3B:00.0";
  tempmon::sim::SimProducer p(cfg, {gpu});
  for (int i = 0; i < 50; ++i) p.Step(MonoNow() - uint64_t(50 - i) * kMs);

  fs::path root = FakeRoot(base);
  auto put = [&](const char* rel, const std::string& text) {
    fs::create_directories((root / rel).parent_path());
    std::ofstream(root / rel) << text;
  };
  put("proc/sys/kernel/random/boot_id", "3f0c7c1e-aaaa-4bbb-8ccc-444455556666\n");
  put("proc/version", "Linux version 6.12.95 (alice@build-07.corp.example.com) (gcc (Debian 12.2.0-14) 12.2.0) #1 SMP\n");
  put("proc/cmdline",
      "BOOT_IMAGE=/vmlinuz root=UUID=5b2c9a8e-1d3f-4a6b-9c7d-0e1f2a3b4c5d "
      "ip=010.020.030.040::10.20.30.1:255.255.255.0:lab-gpu7:enx3cecef123456:off nfsroot=10.20.30.1:/srv/nfs\n");
  fs::path bin = base / "bin";
  fs::create_directories(bin);
  fs::create_symlink(TEMPMON_FAKE_SMI, bin / "nvidia-smi");
  std::ofstream(base / "smi.xml")
      << "<?xml version=\"1.0\" ?>\n<nvidia_smi_log><driver_version>580.159.04</driver_version>\n"
         "<gpu id=\"00000000:3B:00.0\"><product_name>NVIDIA H200</product_name>\n"
         "<serial>1652823054321</serial>\n<uuid>GPU-7f3a9c1e-2b4d-4e6f-8a0b-1c2d3e4f5a6b</uuid>\n"
         "</gpu></nvidia_smi_log>\n";

  // Records as /dev/kmsg gives them: the kernel escapes '\' and control
  // bytes as \xNN.
  const std::string kmsg =
      "6,1,1000,-;Linux version 6.12.95 (alice@build-07.corp.example.com) (gcc (Debian 12.2.0-14) 12.2.0) #1 SMP\n"
      "6,2,1001,-;Kernel command line: BOOT_IMAGE=/vmlinuz root=UUID=5b2c9a8e-1d3f-4a6b-9c7d-0e1f2a3b4c5d "
      "ip=010.020.030.040::10.20.30.1:255.255.255.0:lab-gpu7:enx3cecef123456:off\n"
      "6,3,1002,-;IP-Config: Complete: device=enx3cecef123456, hwaddr=3c:ec:ef:12:34:56, ipaddr=10.20.30.40, "
      "mask=255.255.255.0, gw=10.20.30.1 host=lab-gpu7, domain=corp.example.com\n"
      "4,4,1003,-;[UFW BLOCK] IN=enx3cecef123456 OUT= MAC=3c:ec:ef:12:34:56:00:11:22:33:44:55:08:00 "
      "SRC=10.20.30.99 DST=010.020.030.040 LEN=60 PROTO=TCP\n"
      "6,5,1004,-;IPv6: enx3cecef123456: peer fe80::1e2d:3ff:fe4a:5b6c reachable\n"
      "6,6,1005,-;mlx5_core 0000:3b:00.0: hwaddr=b8cef6a1b2c3 Port GUID: 0x248a070300b5c6d0\n"
      "6,7,1006,-;ib0: node guid 248a:0703:00b5:c6d1\n"
      "6,8,1007,-;EXT4-fs (nvme0n1p2): mounted filesystem 5b2c9a8e-1d3f-4a6b-9c7d-0e1f2a3b4c5d r/w\n"
      "5,9,1008,-;scsi 1:0:0:0: Direct-Access wwn-0x5000c500a1b2c3d4 WWPN 21:00:00:24:ff:12:34:56\n"
      "6,10,1009,-;scsi host3: iSCSI Initiator over TCP/IP, iqn.2004-10.com.example:lab-gpu7-node\n"
      "3,11,1010,-;CIFS: VFS: \\x5c\\x5cfilesrv01\\x5cprojects error -13; NFS: server LAB-GPU7 not responding, "
      "nfs01.storage.example.net OK\n"
      "3,12,1011,-;INFO: task train_secret.py:4242 blocked for more than 120 seconds.\n"
      "6,13,1012,-;task:train_secret.py state:D stack:0     pid:4242  tgid:4242  ppid:1      flags:0x00004002\n"
      "4,14,1013,-;mlworker invoked oom-killer: gfp_mask=0x140cca(GFP_HIGHUSER_MOVABLE), order=0, oom_score_adj=0\n"
      "6,15,1014,-;oom-kill:constraint=CONSTRAINT_NONE,nodemask=(null),cpuset=/,mems_allowed=0,global_oom,"
      "task_memcg=/user.slice/user-1001.slice/session-3.scope,task=mlworker,pid=5151,uid=1001\n"
      "3,16,1015,-;Out of memory: Killed process 5151 (mlworker) total-vm:1000kB, anon-rss:10kB, file-rss:0kB, "
      "shmem-rss:0kB, UID:1001 pgtables:100kB oom_score_adj:0\n"
      "3,17,1016,-;oom_reaper: reaped process 5152 ((resolved-x)), now anon-rss:0kB, file-rss:0kB, shmem-rss:0kB\n"
      "3,18,1017,-;NVRM: Xid (PCI:0000:3b:00): 31, pid=6161, name=python train.py --api-key=sk-SECRET123, "
      "Ch 00000008, intr 00000000. MMU Fault: ENGINE GRAPHICS GPCCLIENT_T1_0 faulted @ 0x7f00_00000000\n"
      "5,19,1018,-;audit: type=1400 audit(1700000000.123:45): apparmor=\"DENIED\" operation=\"open\" "
      "class=\"file\" profile=\"snap.firefox.firefox\" name=\"/home/alice/.ssh/id_rsa\" pid=7171 "
      "comm=\"secretcomm\" requested_mask=\"r\" denied_mask=\"r\" fsuid=1001 ouid=1001 FSUID=\"alice\" OUID=\"alice\"\n"
      "6,20,1019,-;evilproc[8181]: segfault at 0 ip 00007f0000001000 sp 00007ffd00000000 error 4 in "
      "libc.so.6[7f0000000000+1000] likely on CPU 3 (core 3, socket 0)\n"
      "0,21,1020,-;watchdog: BUG: soft lockup - CPU#3 stuck for 22s! [lockproc:9191]\n"
      "6,22,1021,-;CPU: 3 UID: 1001 PID: 9191 Comm: lockproc Not tainted 6.12.95 #1\n"
      "6,23,1022,-;systemd[1]: user-1001.slice: Consumed 1.5s CPU time.\n"
      "4,24,1023,-;evil name \\x1b[31mred\\x1b[0m in a user-named file\n";
  fs::path kfile = base / "kmsg";
  std::ofstream(kfile) << kmsg;

  ScopedEnv path("PATH", bin.string() + ":" + (::getenv("PATH") ? ::getenv("PATH") : "/usr/bin:/bin"));
  ScopedEnv xml("FAKE_NVIDIA_SMI_XML", (base / "smi.xml").string());
  auto args = CaptureArgs(base / "spool", root, cfg.name);
  args[8] = kfile.string();  // --kmsg: a file of records, read whole at the start
  args.back() = "lab-gpu7.corp.example.com";  // --host
  for (const char* a : {"--no-boot-replay", "--now", "--once", "--post", "0"}) args.push_back(a);
  for (const char* a : flags) args.push_back(a);
  Child c(args);
  REQUIRE(c.Wait(60s) == 0);
  auto bundles = BundlesIn(base / "spool");
  REQUIRE(bundles.size() == 1);
  return bundles[0];
}

// Every member of `bundle` and its file name, searched for every planted
// value without regard to case: none may survive.
void CheckNothingPlantedSurvives(const fs::path& bundle) {
  const std::string name = LowerCase(bundle.filename().string());
  auto members = tempmon::bundle::test::Members(ReadAll(bundle));
  REQUIRE(members.size() >= 8);
  for (const std::string& v : kPlanted) {
    INFO(v << " survives in the file name " << name);
    CHECK(name.find(LowerCase(v)) == std::string::npos);
    for (const auto& [member, data] : members) {
      INFO(v << " survives in " << member);
      CHECK(LowerCase(data).find(LowerCase(v)) == std::string::npos);
    }
  }
}

}  // namespace

TEST_CASE("kmsg.txt keeps the kernel's escapes: no raw control byte in any member") {
  TempDir d;
  fs::path b = PlantedCapture(d.p);
  auto members = tempmon::bundle::test::Members(ReadAll(b));
  REQUIRE(members.count("kmsg.txt"));
  CHECK_THAT(members["kmsg.txt"], Catch::Matchers::ContainsSubstring("evil name \\x1b[31mred\\x1b[0m in"));
  for (const auto& [name, data] : members) {
    INFO(name);
    CHECK(data.find('\x1b') == std::string::npos);
  }
  // What is printable comes back as it was: the UNC path's backslashes.
  CHECK_THAT(members["kmsg.txt"], Catch::Matchers::ContainsSubstring("\\\\filesrv01\\projects"));
}

TEST_CASE("redact leaves no planted value in any member of a real capture's bundle, nor in its name") {
  TempDir d;
  fs::path b = PlantedCapture(d.p);
  tempmon::bundle::Contents orig = tempmon::bundle::Read(b);
  // Every planted value made it into the unredacted bundle: the check
  // below would prove nothing otherwise.
  {
    std::string all = b.filename().string();
    for (const auto& [name, data] : tempmon::bundle::test::Members(ReadAll(b))) all += LowerCase(data);
    for (const std::string& v : kPlanted) {
      INFO("not planted: " << v);
      CHECK(all.find(LowerCase(v)) != std::string::npos);
    }
  }

  fs::path out = d.p / "shared";
  fs::create_directories(out);
  fs::path report = d.p / "report.json";
  Child r({TEMPMON_REPORT_BIN, "redact", b.string(), "-o", out.string(), "--report", report.string()});
  REQUIRE(r.Wait(60s) == 0);
  CHECK_THAT(r.out(), Catch::Matchers::ContainsSubstring("redacted "));
  auto redacted = BundlesIn(out);
  REQUIRE(redacted.size() == 1);
  const std::string rname = redacted[0].filename().string();

  CheckNothingPlantedSurvives(redacted[0]);
  auto members = tempmon::bundle::test::Members(ReadAll(redacted[0]));

  // One value, one token: the capture's host in the manifest, the file
  // name and summary; the short name in cmdline's ip=, the kernel log
  // (upper-case) and IP-Config; the address in cmdline and kernel log.
  auto c = tempmon::bundle::Read(redacted[0]);
  CHECK(c.redacted);
  CHECK(c.host == "host0");
  CHECK(rname.rfind("tempmon-host0-", 0) == 0);
  std::string log;
  for (const auto& k : c.kmsg) log += k.text + "\n";
  // The word after `key` in the kernel log.
  auto after = [&log](const std::string& key) {
    const size_t a = log.find(key);
    if (a == std::string::npos) return std::string();
    const size_t b = a + key.size();
    return log.substr(b, log.find_first_of(" ,\n", b) - b);
  };
  const std::string short_host = after("NFS: server "), client = after("DST="), server = after("gw=");
  CHECK(short_host.rfind("host", 0) == 0);
  CHECK(client.rfind("ip", 0) == 0);
  CHECK(server.rfind("ip", 0) == 0);
  // The same tokens in cmdline's ip=CLIENT::SERVER:MASK:HOST:DEV:off, the
  // netmask kept (it identifies nobody), the MAC in the interface name too.
  CHECK_THAT(std::string(c.system["kernel"]["cmdline"]),
             Catch::Matchers::ContainsSubstring("ip=" + client + "::" + server + ":255.255.255.0:" + short_host +
                                                ":enxmac0:off "));
  CHECK_THAT(log, Catch::Matchers::ContainsSubstring("host=" + short_host + ","));
  CHECK_THAT(log, Catch::Matchers::ContainsSubstring("ipaddr=" + client + ","));
  CHECK_THAT(members["kmsg.txt"], Catch::Matchers::ContainsSubstring("NFS: server " + short_host));
  // netfilter's MAC= keeps its shape: two MACs and the ethertype.
  CHECK_THAT(log, Catch::Matchers::ContainsSubstring("MAC=mac0:mac1:08:00 "));
  // The same MAC without separators (the interface name) has its token.
  CHECK_THAT(log, Catch::Matchers::ContainsSubstring("IN=enxmac0 "));
  // The process named in three OOM lines: one token.
  const std::string oom = c.kmsg[13].text;
  const std::string proc = oom.substr(0, oom.find(' '));
  CHECK(proc.rfind("proc", 0) == 0);
  CHECK_THAT(c.kmsg[14].text, Catch::Matchers::ContainsSubstring("task=" + proc + ",pid=5151"));
  CHECK_THAT(c.kmsg[15].text, Catch::Matchers::ContainsSubstring("Killed process 5151 (" + proc + ")"));
  // The ring's GPU identity in the manifest.
  REQUIRE(c.sensors.size() >= 1);
  CHECK(c.sensors[0].uuid.rfind("GPU-uuid", 0) == 0);
  // What is not private stays readable.
  CHECK_THAT(log, Catch::Matchers::ContainsSubstring("NVRM: Xid (PCI:0000:3b:00): 31"));
  CHECK_THAT(log, Catch::Matchers::ContainsSubstring("blocked for more than 120 seconds"));
  CHECK(c.kernel == orig.kernel);
  CHECK(c.samples.size() == orig.samples.size());

  // The report counts every kind, without a value.
  auto rep = nlohmann::json::parse(ReadAll(report));
  for (const char* kind : {"host", "ip", "ipv6", "mac", "uuid", "guid", "wwn", "iqn", "serial", "user", "uid",
                           "proc", "path"}) {
    INFO(kind);
    CHECK(rep["kinds"][kind]["values"].get<int>() >= 1);
    CHECK(rep["kinds"][kind]["replacements"].get<int>() >= 1);
  }
  CHECK(ReadAll(report).find("lab-gpu7") == std::string::npos);

  // Still a bundle every command reads.
  Child v({TEMPMON_REPORT_BIN, "verify", redacted[0].string()});
  CHECK(v.Wait(60s) == 0);
  Child s({TEMPMON_REPORT_BIN, "show", "--color", "never", redacted[0].string()});
  CHECK(s.Wait(60s) == 0);
  CHECK_THAT(s.out(), Catch::Matchers::ContainsSubstring("Redacted"));
  CHECK(s.out().find("lab-gpu7") == std::string::npos);
}

TEST_CASE("redact --keep keeps the values asked for and nothing else") {
  TempDir d;
  fs::path b = PlantedCapture(d.p);
  fs::path out = d.p / "kept.tar.zst";
  Child r({TEMPMON_REPORT_BIN, "redact", b.string(), "-o", out.string(), "--keep", "mlworker", "--keep",
           "LAB-GPU7"});
  REQUIRE(r.Wait(60s) == 0);
  auto c = tempmon::bundle::Read(out);
  std::string log;
  for (const auto& k : c.kmsg) log += k.text + "\n";
  CHECK_THAT(log, Catch::Matchers::ContainsSubstring("Killed process 5151 (mlworker)"));
  CHECK_THAT(log, Catch::Matchers::ContainsSubstring("NFS: server LAB-GPU7 not responding"));
  CHECK(log.find("train_secret.py") == std::string::npos);
  CHECK(log.find("10.20.30.99") == std::string::npos);
  CHECK_THAT(r.out(), Catch::Matchers::ContainsSubstring("kept as asked"));
}

TEST_CASE("tempmon-capture --redact writes a bundle, and names it, with no planted value") {
  TempDir d;
  fs::path b = PlantedCapture(d.p, {"--redact"});
  CHECK_THAT(b.filename().string(), Catch::Matchers::StartsWith("tempmon-host0-"));
  CheckNothingPlantedSurvives(b);
  auto c = tempmon::bundle::Read(b);
  CHECK(c.redacted);
  CHECK(c.host == "host0");
}

namespace {

std::string Slurp(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  return std::string((std::istreambuf_iterator<char>(in)), {});
}

// The bytes stored in the raw blocks that begin a bundle's zstd frame
// (after its 6-byte header): the manifest's entry and, when samples.csv
// was compressed ahead, samples.csv's tar header after it.
std::string LeadingRawBlocks(const std::string& b) {
  std::string raw;
  size_t pos = 6;
  while (pos + 3 <= b.size()) {
    const uint32_t h = uint32_t(uint8_t(b[pos])) | uint32_t(uint8_t(b[pos + 1])) << 8 | uint32_t(uint8_t(b[pos + 2])) << 16;
    if (((h >> 1) & 3) != 0) break;
    raw.append(b, pos + 3, h >> 3);
    pos += 3 + (h >> 3);
  }
  return raw;
}

std::string WithoutWallTime(const std::string& csv) {
  std::string out;
  for (size_t at = 0; at < csv.size();) {
    size_t end = csv.find('\n', at);
    if (end == std::string::npos) end = csv.size();
    const size_t comma = csv.find(',', at);
    out.append(csv, comma < end ? comma : at, end - (comma < end ? comma : at));
    out += '\n';
    at = end + 1;
  }
  return out;
}

bool ContinuedAhead(const std::string& bundle) {
  const std::string raw = LeadingRawBlocks(bundle);
  return raw.size() >= 1024 && raw.compare(raw.size() - 512, 12, std::string("samples.csv\0", 12)) == 0;
}

std::string Member(const std::string& bundle, const std::string& name) {
  tempmon::bundle::ReadBudget budget;
  for (auto& m : tempmon::bundle::UnpackTarZst(bundle, budget).members)
    if (m.name == name) return m.data;
  return {};
}

}  // namespace

TEST_CASE("a running service's samples.csv compressed in the background: its bundles read as without it") {
  TempDir d;
  auto shm = UniqueName("ahead");
  tempmon::sim::SimConfig cfg;
  cfg.name = shm;
  cfg.capacity = 16384;
  tempmon::sim::SimProducer p(cfg);
  // 12 s at 1 kHz, read as three batches of at most 4096 rows; at --pre
  // 3600 streams start 514 s apart: one stream, from the first record.
  // Every record is stamped in the past (spread evenly up to now), so that
  // both services' windows, which end at their triggers, hold all of them.
  uint64_t ts = MonoNow() - 12'001 * kMs;
  auto put = [&](int n) {
    const uint64_t step = (MonoNow() - ts) / uint64_t(n + 1);
    for (int i = 0; i < n; ++i) {
      ts += step;
      p.Put(0, 40000 + int32_t((ts / 1000 * 7919) % 20000), 0, ts);
    }
  };
  put(12'000);
  const fs::path root = FakeRoot(d.p);
  auto service = [&](const char* spool, bool ahead) {
    auto args = CaptureArgs(d.p / spool, root, shm);
    for (const char* a : {"--on-temp", "200", "--pre", "3600", "--post", "0", "--cooldown", "0", "--tick", "0.05"})
      args.push_back(a);
    args.push_back(ahead ? "--precompress" : "--no-precompress");
    return args;
  };
  Child a(service("a", true)), b(service("b", false));
  auto deadline = std::chrono::steady_clock::now() + 120s;
  for (auto [c, spool] : {std::pair<Child*, const char*>{&a, "a"}, {&b, "b"}}) {
    std::string holder;
    while (holder != std::to_string(c->pid()) && std::chrono::steady_clock::now() < deadline) {
      std::ifstream in(d.p / spool / ".tempmon-capture.lock");
      std::getline(in, holder);
      REQUIRE(c->Wait(20ms) == -1);
    }
  }
  // One bundle from each service of the same still ring: the same window
  // (all of it: --pre 3600), so the same samples.csv.
  size_t n = 0, continued = 0;
  auto snap = [&] {
    ++n;
    for (auto [c, spool] : {std::pair<Child*, const char*>{&a, "a"}, {&b, "b"}}) {
      c->Kill(SIGUSR1);
      while (BundlesIn(d.p / spool).size() < n && std::chrono::steady_clock::now() < deadline)
        REQUIRE(c->Wait(20ms) == -1);
      REQUIRE(BundlesIn(d.p / spool).size() == n);
    }
    const std::string ba = Slurp(BundlesIn(d.p / "a").back()), bb = Slurp(BundlesIn(d.p / "b").back());
    CHECK_FALSE(ContinuedAhead(bb));
    continued += ContinuedAhead(ba);
    // Without the wall_time column: each process dates the ring's records
    // with its own clock offset when the ring gives none.
    const std::string csv = Member(ba, "samples.csv");
    CHECK(WithoutWallTime(csv) == WithoutWallTime(Member(bb, "samples.csv")));
    CHECK(Member(ba, "kmsg.jsonl") == Member(bb, "kmsg.jsonl"));
    const auto r = tempmon::bundle::Read(BundlesIn(d.p / "a").back());  // every SHA-256 checked
    CHECK(r.samples.size() == size_t(std::count(csv.begin(), csv.end(), '\n') - 1));
    // The Python reader (python/tempmon/bundle.py) reads it too.
    Child py({"/usr/bin/python3", "-c",
              "import sys; sys.path.insert(0, sys.argv[1]); from tempmon import bundle; "
              "b = bundle.open(sys.argv[2]); print(len(b.samples), int(b.samples['seq'].iloc[-1]))",
              TEMPMON_PYTHON_DIR, BundlesIn(d.p / "a").back().string()});
    REQUIRE(py.Wait(60s) == 0);
    CHECK(py.out() == std::to_string(r.samples.size()) + " " + std::to_string(r.samples.back().seq) + "\n");
  };
  // The window's end moves through the streams as rows arrive: at a
  // chunk's end, mid-batch, after a few small reads; the taken stream is
  // made again between the bundles (or not yet, and then compressed whole).
  for (int round = 0; round < 8; ++round) {
    snap();
    put(round % 2 ? 700 : 4096 + 13 * round);
    // Both services have read the new rows when a bundle of each holds them.
  }
  // A ring that overwrote records the services had not read: the history
  // has a gap, and the rows are still the history's.
  ::kill(a.pid(), SIGSTOP);
  ::kill(b.pid(), SIGSTOP);
  put(20'000);
  ::kill(a.pid(), SIGCONT);
  ::kill(b.pid(), SIGCONT);
  snap();
  snap();
  CHECK(continued >= 1);
  INFO(continued << " of " << n << " bundles continued a stream");
  a.Kill(SIGTERM);
  b.Kill(SIGTERM);
  CHECK(a.Wait(30s) == 0);
  CHECK(b.Wait(30s) == 0);
}
