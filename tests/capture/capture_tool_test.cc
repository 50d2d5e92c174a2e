// tempmon-capture as a user runs it, against a shared-memory ring written
// by tempmon-sim's producer (in-process) or the tempmon-sim tool (child).
#include <fcntl.h>
#include <sys/mount.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <filesystem>
#include <fstream>
#include <map>
#include <random>

#include <catch2/catch_test_macros.hpp>

#include "temp_dir.h"
#include <catch2/matchers/catch_matchers_string.hpp>

#include "capture/sim/sim_producer.h"
#include "child.h"
#include "reports/bundle/bundle.h"
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
  CHECK(b.trigger.mono_ns == thr);
  CHECK_THAT(b.trigger.reason, Catch::Matchers::ContainsSubstring("sim0 started throttling"));
  // 5 s before the trigger at 100 Hz, nothing after (--post 0).
  CHECK(b.samples.size() >= 499);
  CHECK(b.samples.size() <= 501);
  CHECK(b.samples.front().mono_ns >= thr - 5000 * kMs);
  CHECK(b.samples.back().mono_ns == thr);
  CHECK((b.samples.back().flags & TEMPMON_F_THR_START) != 0);
  REQUIRE(b.episodes.size() == 1);
  CHECK(b.episodes[0]["start_ns"] == thr);
  CHECK(b.episodes[0]["name"] == "sim0");
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
