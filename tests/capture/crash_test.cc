// The crash records of an earlier boot (capture/pstore): the panic tail's
// compact lines read back exactly, the kernel's report found and
// classified, records of one crash grouped, kdump-tools' dmesg taken.
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include <catch2/catch_test_macros.hpp>

#include "temp_dir.h"

#include "capture/pstore/crash_records.h"
#include "capture/pstore/pstore_tail.h"
#include "tempmon.h"

namespace fs = std::filesystem;
namespace ps = tempmon::capture::pstore;

namespace {

struct TempDir : tempmon::capture::testing::TempDir {
  TempDir() : tempmon::capture::testing::TempDir("crash") {}
};
using tempmon::capture::testing::Put;

// A ramoops record as the kernel writes it for a sysrq-c panic with
// tempmon.ko loaded (the lines of kmod/tempmon_panic.c, written by hand).
const char* kPanicRecord =
    "Panic#1 Part1\n"
    "<6>[   10.000000] tempmon: 65536 records, 100 Hz, 1 sensors\n"
    "<6>[   21.500000] sysrq: Trigger a crash\n"
    "<0>[   21.500100] Kernel panic - not syncing: sysrq triggered crash\n"
    "<4>[   21.500200] CPU: 1 PID: 321 Comm: sh Not tainted 6.12.95+deb12-amd64 #1\n"
    "<4>[   21.500300] Call Trace:\n"
    "<4>[   21.500400]  <TASK>\n"
    "<4>[   21.500500]  panic+0x34e/0x380\n"
    "<4>[   21.500600]  sysrq_handle_crash+0x1a/0x20\n"
    "<4>[   21.500700]  </TASK>\n"
    "<0>[   21.510000] tempmon-tail: begin (panic) head=1200 records=1200 frozen_by=0 overwritten=0 "
    "mono_ns=21509000000 real_ns=1796000021509000000 rate_hz=100 interval_ms=1000 tail_bytes=16384\n"
    "<0>[   21.510100] tempmon-tail: sensor id=0 origin=1 unit=0 threshold_mc=75000 hysteresis_mc=5000 "
    "throttling=1 name=tempmon-test zone\n"
    "<0>[   21.510200] tempmon-tail: S 0 1000 18 100,85000,0,0,101 100,1500,250,1000 99,-500,10,20,1\n"
    "<0>[   21.510300] tempmon-tail: F 1195 21450000 0,90000,1 10000,0 9999,-250 10001,250,3/2 0,77/0\n"
    "<0>[   21.510400] tempmon-tail: end\n"
    "<0>[   21.520000] ---[ end Kernel panic - not syncing: sysrq triggered crash ]---\n";

}  // namespace

TEST_CASE("the panic tail's compact lines read back exactly") {
  std::vector<std::string> lines;
  std::string text = kPanicRecord;
  for (size_t at = 0, e; (e = text.find('\n', at)) != std::string::npos; at = e + 1)
    lines.push_back(text.substr(at, e - at));
  ps::Tail t = ps::ParseTail(lines);
  CHECK(t.bad_lines == 0);
  CHECK(t.ended);
  REQUIRE(t.header);
  CHECK(t.header->why == "panic");
  CHECK(t.header->mono_ns == 21509000000ull);
  CHECK(t.header->real_ns == 1796000021509000000ll);
  CHECK(t.header->tail_bytes == 16384);
  REQUIRE(t.sensors.size() == 1);
  CHECK(t.sensors[0].name == "tempmon-test zone");  // the name runs to the line's end
  CHECK(t.sensors[0].threshold_mc == 75000);
  CHECK(t.sensors[0].throttling);

  REQUIRE(t.summaries.size() == 3);
  CHECK(t.summaries[0].ts_ns == 18'000'000'000ull);
  CHECK(t.summaries[0].n == 100);
  CHECK(t.summaries[0].mean_mc == 85000);
  CHECK(t.summaries[0].flags == 0x101);
  CHECK(t.summaries[1].ts_ns == 19'000'000'000ull);
  CHECK(t.summaries[1].mean_mc == 86500);
  CHECK(t.summaries[1].min_mc == 86250);
  CHECK(t.summaries[1].max_mc == 87500);
  CHECK(t.summaries[1].flags == 0x101);  // unchanged: not repeated
  CHECK(t.summaries[2].mean_mc == 86000);
  CHECK(t.summaries[2].min_mc == 85990);
  CHECK(t.summaries[2].max_mc == 86020);
  CHECK(t.summaries[2].flags == 1);

  REQUIRE(t.samples.size() == 5);
  const uint64_t seq[] = {1195, 1196, 1197, 1198, 1199};
  const uint64_t mono[] = {21450000000, 21460000000, 21469999000, 21480000000, 21480000000};
  const int32_t temp[] = {90000, 90000, 89750, 250, 89827};
  const uint16_t sensor[] = {0, 0, 0, 2, 0};
  const uint16_t flags[] = {1, 1, 1, 3, 1};
  for (size_t i = 0; i < 5; ++i) {
    CAPTURE(i);
    CHECK(t.samples[i].seq == seq[i]);
    CHECK(t.samples[i].ts_ns == mono[i]);
    CHECK(t.samples[i].temp_mc == temp[i]);
    CHECK(t.samples[i].sensor == sensor[i]);
    CHECK(t.samples[i].flags == flags[i]);
  }
}

TEST_CASE("a damaged tail line is counted, not guessed at") {
  ps::Tail t = ps::ParseTail({"<0>[ 1.0] tempmon-tail: F 10 20 0,85000 x,1",
                              "<0>[ 1.0] tempmon-tail: S 0 0 5 1,2,3,4",
                              "<0>[ 1.0] tempmon-tail: S 0 1000 5 1,2,-3,4",
                              "<0>[ 1.0] tempmon-tail: F 10 20 0,85000/99"});
  CHECK(t.bad_lines == 4);
  CHECK(t.summaries.empty());
}

TEST_CASE("the kernel's report is found and classified") {
  auto log = [](std::vector<std::string> lines) {
    std::vector<tempmon::bundle::KmsgRecord> out;
    for (auto& l : lines) out.push_back(ps::ParseLogLine(l, out.size()));
    return out;
  };
  auto panic = ps::FindReport(log({"<6>[ 1.000000] booted", "<6>[ 2.000000] sysrq: Trigger a crash",
                                   "<0>[ 2.000100] Kernel panic - not syncing: sysrq triggered crash",
                                   "<4>[ 2.000200] Call Trace:", "<0>[ 2.1] tempmon-tail: end",
                                   "<0>[ 2.2] ---[ end Kernel panic - not syncing: sysrq triggered crash ]---",
                                   "<6>[ 2.3] after"}));
  CHECK(panic.reason == "panic");
  CHECK(panic.headline == "Kernel panic - not syncing: sysrq triggered crash");
  CHECK(panic.ts_us == 2000100);
  REQUIRE(panic.lines.size() == 4);  // from the sysrq line to the end marker, no tail lines
  CHECK(panic.lines[0] == "sysrq: Trigger a crash");

  auto lockup = ps::FindReport(log({"<4>[ 5.0] INFO: task kworker blocked for more than 120 seconds.",
                                    "<0>[ 30.0] watchdog: BUG: soft lockup - CPU#1 stuck for 3s! [sh:99]",
                                    "<4>[ 30.1] Modules linked in: tempmon_lockup(OE) tempmon(OE) 9p",
                                    "<0>[ 30.2] Kernel panic - not syncing: softlockup: hung tasks"}));
  CHECK(lockup.reason == "watchdog");
  CHECK(lockup.headline == "watchdog: BUG: soft lockup - CPU#1 stuck for 3s! [sh:99]");
  CHECK(lockup.modules == std::vector<std::string>{"tempmon_lockup", "tempmon", "9p"});

  auto oops = ps::FindReport(log({"<1>[ 7.0] BUG: kernel NULL pointer dereference, address: 0000000000000000",
                                  "<1>[ 7.1] #PF: supervisor write access in kernel mode",
                                  "<4>[ 7.2] Oops: 0002 [#1] PREEMPT SMP NOPTI"}));
  CHECK(oops.reason == "oops");
  CHECK(oops.headline == "BUG: kernel NULL pointer dereference, address: 0000000000000000");

  // A clean shutdown's dump (printk.always_kmsg_dump) is no crash.
  CHECK(ps::FindReport(log({"<6>[ 9.0] reboot: Power down"})).reason.empty());
}

TEST_CASE("one crash from its records, and kdump's dmesg with it") {
  TempDir d;
  // The oops record and the panic record it became share the tail.
  std::string oops = std::string("Oops#1 Part1\n") + kPanicRecord;
  Put(d.p / "pstore/dmesg-ramoops-0", oops.substr(0, oops.find("<0>[   21.520000]")));
  Put(d.p / "pstore/dmesg-ramoops-1", kPanicRecord);
  Put(d.p / "pstore/console-ramoops-0", "nothing of ours\n");
  Put(d.p / "pstore/dmesg-ramoops-2", "Panic#1 Part1\n<6>[ 1.0] reboot: Power down\n");
  // kdump-tools' copy of the same boot's log (vmcore-dmesg: no levels).
  std::string k;
  for (std::string_view l : {"[   21.500000] sysrq: Trigger a crash",
                             "[   21.500100] Kernel panic - not syncing: sysrq triggered crash",
                             "[   21.500300] Call Trace:"})
    k += std::string(l) + "\n";
  Put(d.p / "crash/202612062231/dmesg.202612062231", k);
  Put(d.p / "crash/202612062231/dump.202612062231", "vmcore");
  fs::create_symlink(d.p / "pstore/dmesg-ramoops-1", d.p / "pstore/dmesg-link");

  auto crashes = ps::FindCrashes({d.p / "pstore", d.p / "missing"}, {d.p / "crash"});
  REQUIRE(crashes.size() == 1);
  const auto& c = crashes[0];
  CHECK(c.files.size() == 3);
  CHECK(c.seen_keys.size() == 3);
  REQUIRE(c.kdump_dmesg);
  CHECK(c.kdump_dmesg->filename() == "dmesg.202612062231");
  CHECK(c.report.reason == "panic");
  CHECK(c.tail.samples.size() == 5);
  CHECK(c.key.rfind("tail:begin (panic)", 0) == 0);
  CHECK(c.seen_keys[0].rfind("pstore:", 0) == 0);
  CHECK(c.seen_keys[2].rfind("kdump:", 0) == 0);
}

TEST_CASE("crash survival says why it is unavailable") {
  TempDir root;
  auto none = ps::CrashSurvival(root.p, {"/sys/fs/pstore"}, {"/var/crash"});
  CHECK_FALSE(none.available);
  CHECK(none.line.find("no pstore backend") != std::string::npos);
  Put(root.p / "sys/module/ramoops/parameters/record_size", "65536\n");
  Put(root.p / "sys/module/pstore/parameters/backend", "(null)\n");
  auto unset = ps::CrashSurvival(root.p, {"/sys/fs/pstore"}, {"/var/crash"});
  CHECK_FALSE(unset.available);
  CHECK(unset.line.find("ramoops is loaded but not configured") != std::string::npos);
  Put(root.p / "sys/module/pstore/parameters/backend", "ramoops\n");
  Put(root.p / "proc/self/mounts", "pstore /sys/fs/pstore pstore rw 0 0\n");
  auto ok = ps::CrashSurvival(root.p, {"/sys/fs/pstore"}, {"/var/crash"});
  CHECK(ok.available);
  CHECK(ok.line == "crash survival: pstore backend ramoops (records of 65536 bytes)");
  fs::create_directories(root.p / "var/crash");
  Put(root.p / "sys/module/pstore/parameters/backend", "\n");
  fs::remove_all(root.p / "sys/module/ramoops");
  auto kdump = ps::CrashSurvival(root.p, {"/sys/fs/pstore"}, {"/var/crash"});
  CHECK(kdump.available);
  CHECK(kdump.line.find("kdump-tools folder /var/crash") != std::string::npos);
}

TEST_CASE("a crash names the boot it ended") {
  TempDir d;
  CHECK(ps::ReadBoots(d.p).empty());
  const int64_t a_start = 1796000000000000000, b_start = a_start + 3'600'000'000'000;
  ps::RecordBoot(d.p, {"boot-a", a_start});
  ps::RecordBoot(d.p, {"boot-a", a_start + 5});  // a restart in the same boot: kept as is
  auto boots = ps::RecordBoot(d.p, {"boot-b", b_start});
  REQUIRE(boots.size() == 2);
  CHECK(boots[0].boot_id == "boot-b");
  CHECK(boots[1].start_wall_ns == a_start);
  CHECK(ps::ReadBoots(d.p).size() == 2);
  CHECK_FALSE(fs::exists(d.p / ".tempmon-boot.new"));
  // Boot a crashed 1000 s after it began (its clock stepped 2 s since).
  CHECK(ps::CrashedBoot(boots, 1000'000'000'000, a_start + 1002'000'000'000) == "boot-a");
  // A crash of a boot the capture never started in names none.
  CHECK(ps::CrashedBoot(boots, 10'000'000'000, a_start + 1800'000'000'000).empty());
  CHECK(ps::CrashedBoot(boots, 10'000'000'000, 0).empty());
  // A third boot keeps two.
  CHECK(ps::RecordBoot(d.p, {"boot-c", b_start + 100}).size() == 2);
  CHECK(ps::ReadBoots(d.p)[1].boot_id == "boot-b");
}

TEST_CASE("the frozen-machine settings are reported") {
  TempDir root;
  Put(root.p / "proc/sys/kernel/softlockup_panic", "1\n");
  Put(root.p / "proc/sys/kernel/hung_task_panic", "0\n");
  Put(root.p / "proc/sys/kernel/panic_on_rcu_stall", "0\n");
  Put(root.p / "proc/sys/kernel/panic", "0\n");
  CHECK(ps::FreezeSettings(root.p) ==
        "a frozen machine becomes a crash on: softlockup_panic (off: hung_task_panic panic_on_rcu_stall; "
        "/etc/sysctl.d/60-tempmon-crash.conf); kernel.panic=0: a panic waits at the console instead of rebooting");
}
