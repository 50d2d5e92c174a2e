// The tempmon-feed binary end to end, on the host: --once, --shm into a
// shared-memory ring read back with the ring library, clear failures.
#include <catch2/catch_test_macros.hpp>
#include <catch2/matchers/catch_matchers_string.hpp>

#include <unistd.h>

#include <tempmon/ring/shm_ring.h>

#include "fake_sysfs.h"
#include "ring_expect.h"
#include "run_feed.h"

using namespace tempmon::feed::test;
using Catch::Matchers::ContainsSubstring;
using Catch::Matchers::Matches;

namespace {

void MakeTree(FakeSysfs& fs) {
  fs.AddChip("hwmon0", "k10temp", "0000:00:18.3");
  fs.AddTemp("hwmon0", 1, 61250, "Tctl");
  fs.AddChip("hwmon1", "nvme", "nvme0");
  fs.AddTemp("hwmon1", 1, 38850, "Composite", 84850, 89850);
  std::filesystem::create_directory(fs.chip("hwmon1") / "temp2_input");  // unreadable
}

const std::vector<std::string> kGpuEnv = {"FAKE_NVML_GPUS=1", "FAKE_NVML_TEMP_C=83", "FAKE_NVML_REASONS=0x40"};

}  // namespace

TEST_CASE("cli: --once prints one table with hwmon and GPU rows and pushes nothing") {
  FakeSysfs fs;
  MakeTree(fs);
  RunResult r = RunFeed({"--once", "--sysfs-root", fs.root().string(), "--nvml-lib", FAKE_NVML_PATH,
                         "--device", "/nonexistent/tempmon"},
                        kGpuEnv);
  INFO(r.err);
  CHECK(r.exit_code == 0);
  CHECK_THAT(r.out, ContainsSubstring("SENSOR"));
  CHECK_THAT(r.out, ContainsSubstring("hwmon:k10temp/Tctl"));
  CHECK_THAT(r.out, ContainsSubstring("61.2"));
  CHECK_THAT(r.out, ContainsSubstring("84.8"));  // nvme threshold
  CHECK_THAT(r.out, ContainsSubstring("gpu0"));
  CHECK_THAT(r.out, ContainsSubstring("83.0"));
  CHECK_THAT(r.out, ContainsSubstring("hw_throttle"));
  CHECK_THAT(r.out, ContainsSubstring("Fake GPU 0, sm 1410 MHz, 250.5 W"));
  // Clock and power are rows of their own, in their unit; the GPU's
  // threshold is NVML's slowdown temperature.
  CHECK_THAT(r.out, Matches("(.|\n)*gpu0 +83\\.0 C +89\\.0 (.|\n)*"));
  CHECK_THAT(r.out, Matches("(.|\n)*gpu0\\.sm_mhz +1410\\.0 MHz (.|\n)*"));
  CHECK_THAT(r.out, Matches("(.|\n)*gpu0\\.power_w +250\\.5 W (.|\n)*"));
  CHECK_THAT(r.out, ContainsSubstring("unreadable: not a file (directory)"));
}

TEST_CASE("cli: a machine with RAPL only is read, and --once shows its package limit") {
  FakeSysfs fs;
  const auto zone = fs.root() / "class" / "powercap" / "intel-rapl:0";
  std::filesystem::create_directories(zone);
  FakeSysfs::Write(zone / "name", "package-0\n");
  FakeSysfs::Write(zone / "energy_uj", "1000000\n");
  FakeSysfs::Write(zone / "max_energy_range_uj", "262143328850\n");
  FakeSysfs::Write(zone / "constraint_0_power_limit_uw", "125000000\n");
  RunResult r = RunFeed({"--once", "--no-hwmon", "--no-nvml", "--sysfs-root", fs.root().string(), "--device",
                         "/nonexistent/tempmon"});
  INFO(r.err);
  CHECK(r.exit_code == 0);
  CHECK_THAT(r.out, Matches("(.|\n)*rapl:package-0\\.power_limit_w +125\\.0 W (.|\n)*"));
}

TEST_CASE("cli: --shm pushes named sensors with values, flags and thresholds into a shared-memory ring") {
  FakeSysfs fs;
  MakeTree(fs);
  const std::string shm = "tempmon-feed-test-" + std::to_string(getpid());
  RunResult r = RunFeed({"--shm", shm, "--count", "10", "--rate", "10", "--sysfs-root", fs.root().string(),
                         "--nvml-lib", FAKE_NVML_PATH, "--hysteresis", "1500"},
                        kGpuEnv);
  INFO(r.err);
  REQUIRE(r.exit_code == 0);
  CHECK_THAT(r.err, ContainsSubstring("10 scans"));
  auto ring = tempmon::ring::ShmRing::Open(shm);
  INFO(DescribeRing(ring.view()));
  auto fail = CheckRing(ring.view(), {ParseExpect("hwmon:k10temp/Tctl=61250,min=8"),
                                      ParseExpect("hwmon:nvme/Composite=38850,min=8,thr=84850"),
                                      ParseExpect("gpu0=83000,flags=0x100,thr=89000,origin=nvml,unit=C,"
                                                  "uuid=GPU-fa4e0000-0000-4000-8000-000000000000,"
                                                  "loc=00000000:19:00.0"),
                                      ParseExpect("gpu0.sm_mhz=1410000,origin=nvml,unit=MHz"),
                                      ParseExpect("gpu0.power_w=250500,origin=nvml,unit=W")});
  for (const auto& f : fail) UNSCOPED_INFO(f);
  CHECK(fail.empty());
  tempmon::ring::ShmRing::Remove(shm);
}

TEST_CASE("cli: no NVML library is said once and the other backends run") {
  FakeSysfs fs;
  MakeTree(fs);
  RunResult r = RunFeed({"--once", "--sysfs-root", fs.root().string(), "--nvml-lib", "/nonexistent/libnvidia-ml.so.1"});
  CHECK(r.exit_code == 0);
  CHECK_THAT(r.err, ContainsSubstring("no NVIDIA GPU temperatures"));
  CHECK(r.err.find("no NVIDIA GPU temperatures") == r.err.rfind("no NVIDIA GPU temperatures"));
  CHECK_THAT(r.out, ContainsSubstring("hwmon:k10temp/Tctl"));
}

TEST_CASE("cli: without tempmon.ko the error says what to do") {
  FakeSysfs fs;
  MakeTree(fs);
  RunResult r = RunFeed({"--count", "1", "--sysfs-root", fs.root().string(), "--no-nvml", "--device",
                         "/nonexistent/tempmon"});
  CHECK(r.exit_code == 3);  // docs/exit-status.md: no sample source or sink
  CHECK_THAT(r.err, ContainsSubstring("/nonexistent/tempmon: cannot open"));
  CHECK_THAT(r.err, ContainsSubstring("tempmon.ko is not loaded"));
}

TEST_CASE("cli: --help shows examples") {
  RunResult r = RunFeed({"--help"});
  CHECK(r.exit_code == 0);
  CHECK_THAT(r.out, ContainsSubstring("Examples:"));
  CHECK_THAT(r.out, ContainsSubstring("--once"));
  CHECK_THAT(r.out, ContainsSubstring("--nvml-deadline"));
}
