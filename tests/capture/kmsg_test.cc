#include <fstream>
#include <iostream>
#include <map>
#include <string>

#include <catch2/catch_test_macros.hpp>

#include "capture/kmsg/kmsg_record.h"
#include "capture/kmsg/kmsg_log.h"
#include "tempmon/signatures/signatures.h"

namespace km = tempmon::capture::kmsg;
namespace sig = tempmon::signatures;

namespace {

// "class/id[/code]" as the corpus spells a match, "none" for no match.
std::string Label(const sig::Match& m) {
  if (!m) return "none";
  std::string s = m.cls + "/" + m.id;
  if (m.code >= 0) s += "/" + std::to_string(m.code);
  return s;
}

}  // namespace

TEST_CASE("the labelled corpus of real kernel-log lines: full recall per class, no false alarm") {
  std::ifstream in(TEMPMON_CAPTURE_TEST_DATA "/kmsg_corpus.tsv");
  REQUIRE(in);
  struct Tally {
    int lines = 0, found = 0;
  };
  std::map<std::string, Tally> per_class;
  int benign = 0, false_alarms = 0, lineno = 0;
  std::string line;
  while (std::getline(in, line)) {
    ++lineno;
    if (line.empty() || line[0] == '#') continue;
    // expected \t source \t version \t text
    size_t a = line.find('\t'), b = line.find('\t', a + 1), c = line.find('\t', b + 1);
    INFO("corpus line " << lineno);
    REQUIRE(c != std::string::npos);
    const std::string want = line.substr(0, a), text = line.substr(c + 1);
    CHECK_FALSE(line.substr(a + 1, b - a - 1).empty());  // every line names its source
    CHECK_FALSE(line.substr(b + 1, c - b - 1).empty());  // and its kernel/driver version
    const std::string got = Label(sig::Classify(text));
    INFO(text);
    CHECK(got == want);
    if (want == "none") {
      ++benign;
      false_alarms += got != "none";
    } else {
      Tally& t = per_class[want.substr(0, want.find('/'))];
      ++t.lines;
      t.found += got == want;
    }
  }
  // The figures the issue asks for, printed on every run.
  std::cout << "kmsg corpus: recall per class\n";
  for (const auto& [cls, t] : per_class)
    std::cout << "  " << cls << ": " << t.found << "/" << t.lines << "\n";
  std::cout << "  false alarms: " << false_alarms << " of " << benign << " benign lines\n";
  CHECK(false_alarms == 0);
  CHECK(benign >= 300);
  for (const char* cls : {"gpu_fault", "gpu_lost", "cpu_lockup", "hung_task", "rcu_stall", "mce", "thermal", "panic",
                          "oom", "pcie", "storage", "oops"}) {
    INFO(cls);
    CHECK(per_class[cls].lines > 0);
  }
}

TEST_CASE("an Xid line names its own code and device, not a previous Xid") {
  auto m = sig::Classify(
      "[ 9.1] NVRM: Xid (PCI:0000:3b:00): 154, GPU recovery action changed "
      "from 0x0 (None) to 0x1 (GPU Reset Required), caused by previous Xid 79");
  CHECK(m.code == 154);
  CHECK(m.device == "0000:3b:00");
  CHECK(m.fields["recovery_action"] == "GPU Reset Required");
  CHECK_FALSE(m.trigger);
}

TEST_CASE("every Xid of the catalogue has a name, a severity and an action; unknown codes stay raw") {
  const auto& doc = sig::CatalogueJson();
  int codes = 0;
  for (const auto& s : doc["signatures"]) {
    if (!s.contains("codes")) continue;
    for (const auto& [k, v] : s["codes"].items()) {
      ++codes;
      auto m = sig::Classify("NVRM: Xid (PCI:0000:01:00): " + k + ", pid=1, name=x, test");
      INFO("Xid " << k);
      CHECK(m.id == "nvidia_xid");
      CHECK(m.code == std::stoi(k));
      CHECK_FALSE(m.name.empty());
      CHECK(sig::SeverityRank(m.severity) >= 0);
      CHECK_FALSE(m.action.empty());
      CHECK(m.trigger == (m.severity == sig::kCritical));
    }
  }
  CHECK(codes >= 170);
  auto u = sig::Classify("NVRM: Xid (PCI:0000:01:00): 999, pid=1, something new");
  CHECK(u.code == 999);
  CHECK(u.severity == sig::kUnknown);
  CHECK_FALSE(u.trigger);
  CHECK(u.action.find("Xid catalogue") != std::string::npos);
}

TEST_CASE("NVLink Xids carry Fatal/Nonfatal and the link; only Fatal triggers") {
  auto f = sig::Classify("NVRM: Xid (PCI:0000:04:00): 145, RLW_REMAP Fatal XC0 i0 Link 07 (0x00000004 0x00000040 0x00000000 0x00000000)");
  CHECK(f.severity == sig::kCritical);
  CHECK(f.trigger);
  CHECK(f.fields["link"] == "07");
  CHECK(f.fields["unit"] == "RLW_REMAP");
  auto n = sig::Classify("NVRM: Xid (PCI:0000:04:00): 145, RLW_REMAP Nonfatal XC0 i0 Link 00 (0x00000004 0x00000001 0x00000000 0x00000000)");
  CHECK(n.severity == sig::kWarning);
  CHECK_FALSE(n.trigger);
}

TEST_CASE("triggers by class and severity: --on-hang, --on-kmsg widens and narrows") {
  auto xid79 = sig::Classify("NVRM: Xid (PCI:0000:3b:00): 79, pid=0, GPU has fallen off the bus.");
  auto xid13 = sig::Classify("NVRM: Xid (PCI:0000:3b:00): 13, pid=1, Graphics SM Exception");
  auto oom = sig::Classify("Out of memory: Killed process 123 (python3) total-vm:1kB");
  auto thr = sig::Classify("CPU3: Core temperature above threshold, cpu clock throttled (total events = 1)");
  sig::TriggerPolicy hang(true, false, {});
  CHECK(hang.Triggers(xid79));
  CHECK_FALSE(hang.Triggers(xid13));
  CHECK_FALSE(hang.Triggers(oom));
  CHECK_FALSE(hang.Triggers(thr));
  CHECK(sig::TriggerPolicy(false, true, {}).Triggers(thr));
  sig::TriggerPolicy wide(true, false, {"gpu_fault:warning", "gpu_lost:off"});
  CHECK(wide.Triggers(xid13));
  CHECK_FALSE(wide.Triggers(xid79));
  CHECK(sig::TriggerPolicy(false, false, {"oom:warning"}).Triggers(oom));
  CHECK_THROWS_AS(sig::TriggerPolicy(true, false, {"gpu:critical"}), std::invalid_argument);
  CHECK_THROWS_AS(sig::TriggerPolicy(true, false, {"gpu_fault:loud"}), std::invalid_argument);
}

TEST_CASE("a burst of one signature is one entry; Xid 45 after another Xid is benign in context") {
  sig::Tracker t(60);
  const std::string l = "NVRM: Xid (PCI:0000:3b:00): 79, pid=0, GPU has fallen off the bus.";
  auto m = sig::Classify(l);
  int firsts = 0;
  for (int i = 0; i < 100000; ++i) firsts += t.Add(m, 1'000'000'000ull + i * 1000ull, l).first;
  CHECK(firsts == 1);
  REQUIRE(t.bursts().size() == 1);
  CHECK(t.bursts()[0].n == 100000);
  CHECK(t.bursts()[0].last_ns == 1'000'000'000ull + 99999 * 1000ull);
  // Same code, another device: its own burst.
  CHECK(t.Add(sig::Classify("NVRM: Xid (PCI:0000:3c:00): 79, pid=0, GPU has fallen off the bus."), 2'000'000'000ull, l).first);

  auto x63 = sig::Classify("NVRM: Xid (PCI:0000:17:00): 63, pid=1, Row Remapper: New row marked for remapping, reset gpu to activate.");
  auto x45 = sig::Classify("NVRM: Xid (PCI:0000:17:00): 45, pid=1, name=python, Ch 00000008");
  auto x45b = sig::Classify("NVRM: Xid (PCI:0000:18:00): 45, pid=1, name=python, Ch 00000008");
  t.Add(x63, 10'000'000'000ull, "x63");
  auto in_ctx = t.Add(x45, 12'000'000'000ull, "x45");
  CHECK_FALSE(in_ctx.burst->benign_in_context.empty());
  auto alone = t.Add(x45b, 12'000'000'000ull, "x45b");
  CHECK(alone.burst->benign_in_context.empty());
  auto late = t.Add(x45, 100'000'000'000ull, "x45 late");  // a new burst, 88 s after the 63
  CHECK(late.first);
  CHECK(late.burst->benign_in_context.empty());
}

TEST_CASE("the injector's line is a real signature of its class, marked as a test") {
  for (const std::string& cls : sig::TestClasses()) {
    auto line = sig::TestLine(cls);
    REQUIRE(line);
    auto m = sig::Classify(*line);
    INFO(*line);
    CHECK(m.cls == cls);
    CHECK(m.test);
    // --on-hang / --on-throttle catch it, except the classes that need --on-kmsg.
    CHECK(sig::TriggerPolicy(true, true, {}).Triggers(m) == (cls != "oom"));
  }
  CHECK_FALSE(sig::Classify("watchdog: BUG: soft lockup - CPU#0 stuck for 22s! [x:1]").test);
}

TEST_CASE("prefixes are stripped in any nesting") {
  CHECK(sig::StripPrefixes("Nov 25 03:12:44 host kernel: [ 12.5] hello") == "hello");
  CHECK(sig::StripPrefixes("<4>[Wed Nov 25 03:12:44 2026] hi there") == "hi there");
  CHECK(sig::StripPrefixes("6,12,345,-;text") == "text");
  CHECK(sig::StripPrefixes("kern  :warn  : 2025-01-21T04:41:44,283302+00:00 NVRM: x") == "NVRM: x");
  CHECK(sig::StripPrefixes("plain text: kept") == "plain text: kept");
}

TEST_CASE("a /dev/kmsg record is parsed with level, facility and dictionary; the kernel's escapes stay") {
  auto r = km::ParseRecord(
      "12,1187,812000001,-;usb 1-1: new device\\x0aline two \\x1b[2J\n"
      " SUBSYSTEM=usb\n DEVICE=c189:1\n");
  REQUIRE(r);
  CHECK(r->level == 4);
  CHECK(r->facility == 1);
  CHECK(r->seq == 1187);
  CHECK(r->ts_us == 812000001);
  // The message's own newline and escape byte stay as the kernel wrote
  // them: the first line of the text is the whole message.
  CHECK(r->text == "usb 1-1: new device\\x0aline two \\x1b[2J\nSUBSYSTEM=usb\nDEVICE=c189:1");
}

namespace {

// A record as /dev/kmsg gives it: facility 0 (the kernel's printk) at
// level 6 unless `pri` says otherwise.
std::string Rec(const std::string& text, int pri = 6) {
  return std::to_string(pri) + ",4242,9000000,-;" + text;
}

std::string LabelOfRecord(const std::string& raw) {
  auto r = km::ParseRecord(raw);
  REQUIRE(r);
  return Label(sig::ClassifyRecord(r->text, r->facility));
}

const std::string kXid79 = "NVRM: Xid (PCI:0000:3b:00): 79, pid=0, GPU has fallen off the bus.";

}  // namespace

TEST_CASE("kernel-log trust: user-chosen text inside a kernel line is never a signature") {
  // The kernel's segfault line names the crashing program's file: a file
  // named after an Xid 79 line (exactly what a user can create and run).
  CHECK(LabelOfRecord(Rec("crash[4321]: segfault at 0 ip 0000556b3c1d2139 sp 00007ffd2b1c3a40 error 6 in " +
                          kXid79 + "[556b3c1d2000+1000] likely on CPU 1 (core 1, socket 0)")) == "none");
  // ... with a newline in the name, which /dev/kmsg escapes: the forged line
  // stays inside the segfault message.
  CHECK(LabelOfRecord(Rec("crash[4321]: segfault at 0 ip 0000556b3c1d2139 sp 00007ffd2b1c3a40 error 6 in x\\x0a" +
                          kXid79 + "[556b3c1d2000+1000]")) == "none");
  // The task name first (prctl(PR_SET_NAME) allows 15 bytes of anything):
  // the subsystem's prefix cannot complete inside it.
  for (const std::string comm : {"NVRM: Xid (PCI:", "EDAC MC0: 1 UE ", "EDAC x: 1 UE ab", "Kernel panic - ",
                                  "soft lockup", "BUG: soft lockup", "EDAC\\x0aMC0: 1 UE"}) {
    INFO(comm);
    CHECK(LabelOfRecord(Rec(comm + "[4321]: segfault at 0 ip 0000556b3c1d2139 sp 00007ffd2b1c3a40 error 6 in " +
                            kXid79 + "[556b3c1d2000+1000]")) == "none");
    CHECK(LabelOfRecord(Rec("traps: " + comm + "[4321] general protection fault ip:4011d6 sp:7ffc error:0 in " +
                            kXid79 + "[401000+1000]")) == "none");
    CHECK(LabelOfRecord(Rec(comm + " (4321): drop_caches: 3")) == "none");
  }
  // A task named "soft lockup" that the kernel reports as hung is a hung
  // task, not a soft lockup; an OOM victim named like an Xid is an OOM kill.
  CHECK(LabelOfRecord(Rec("INFO: task BUG: soft lockup:1234 blocked for more than 120 seconds.", 3)) ==
        "hung_task/hung_task");
  CHECK(LabelOfRecord(Rec("Out of memory: Killed process 77 (NVRM: Xid (PCI:) total-vm:1kB, anon-rss:1kB", 3)) ==
        "oom/oom_kill");
  // name= fields inside a real Xid line: the code is the kernel's, and a
  // name cannot make an NVLink Xid Fatal.
  auto x13 = sig::Classify("NVRM: Xid (PCI:0000:3b:00): 13, pid=1, name=79, GPU has fallen, Graphics SM Exception");
  CHECK(Label(x13) == "gpu_fault/nvidia_xid/13");
  auto x145 = sig::Classify("NVRM: Xid (PCI:0000:04:00): 145, pid=1, name=x Fatal XC0 i0 Link 07 Fatal");
  CHECK(x145.severity != sig::kCritical);
  CHECK_FALSE(x145.trigger);
  CHECK(x145.fields.count("link") == 0);
  // A signature's words later in another subsystem's line are not its own.
  CHECK(Label(sig::Classify("audit: type=1400 apparmor=\"DENIED\" name=\"" + kXid79 + "\" comm=\"x\"")) == "none");
  CHECK(Label(sig::Classify("systemd-coredump[99]: Process 4321 (" + kXid79 + ") of user 1000 dumped core.")) == "none");
  CHECK(Label(sig::Classify("usb 1-1: Product: BUG: soft lockup - CPU#0 stuck for 22s!")) == "none");
  // The kernel's own lines still match, with their timestamps.
  CHECK(LabelOfRecord(Rec(kXid79, 3)) == "gpu_lost/nvidia_xid/79");
  CHECK(Label(sig::Classify("[ 12.5] watchdog: BUG: soft lockup - CPU#3 stuck for 23s! [kworker/3:1:99]")) ==
        "cpu_lockup/soft_lockup");
}

TEST_CASE("kernel-log trust: a record user space wrote to /dev/kmsg is not kernel evidence") {
  // echo "<3>NVRM: Xid ..." > /dev/kmsg is stored with facility 1 (LOG_USER):
  // PRI 11 = 1 << 3 | 3. Any facility but the kernel's 0 is refused.
  CHECK(LabelOfRecord(Rec(kXid79, 11)) == "none");
  CHECK(LabelOfRecord(Rec("watchdog: BUG: soft lockup - CPU#0 stuck for 22s! [x:1]", 3 << 3 | 4)) == "none");
  CHECK(LabelOfRecord(Rec(kXid79, 23 << 3 | 3)) == "none");
  CHECK(LabelOfRecord(Rec(kXid79, 3)) == "gpu_lost/nvidia_xid/79");
  // The capture's own labelled test line (--test-signature writes it at
  // facility 1) is the one exception, and it stays marked as a test.
  for (const std::string& cls : sig::TestClasses()) {
    auto m = sig::ClassifyRecord(*sig::TestLine(cls), 1);
    INFO(cls);
    CHECK(m.cls == cls);
    CHECK(m.test);
  }
}

TEST_CASE("kernel-log matching is bounded in time and stack on any line length") {
  for (size_t n : {size_t{60} << 10, size_t{1} << 20}) {
    INFO(n);
    // The shapes that recurse deepest in a backtracking engine: one long
    // token, digits, spaces, a prefix that keeps matching.
    for (char fill : {'a', '0', ' ', '[', ':'}) {
      const std::string tail(n, fill);
      CHECK(Label(sig::Classify(kXid79 + tail)) == "gpu_lost/nvidia_xid/79");
      CHECK(Label(sig::Classify(tail)) == "none");
      CHECK(Label(sig::Classify("6,1,2,-;" + tail)) == "none");
      CHECK(Label(sig::Classify("Nov 25 03:12:44 host kernel: " + tail)) == "none");
    }
    CHECK(Label(sig::Classify("INFO: task " + std::string(n, 'x') + ":1 blocked for more than 120 seconds.")) == "none");
  }
}

TEST_CASE("a record keeps the kernel's escapes of control bytes; printable ones come back") {
  // A user-named file in a segfault line, as /dev/kmsg gives it.
  auto r = km::ParseRecord("6,9,100,-;evil\\x1b[31mred\\x1b[0m\\x09tab \\x5c\\x5cfs\\x5cshare \\xc3\\xa9\n");
  REQUIRE(r);
  CHECK(r->text == "evil\\x1b[31mred\\x1b[0m\\x09tab \\\\fs\\share \\xc3\\xa9");
  CHECK(r->text.find('\x1b') == std::string::npos);
}

TEST_CASE("malformed records are refused, a buffer is split into records") {
  CHECK_FALSE(km::ParseRecord("no semicolon here"));
  CHECK_FALSE(km::ParseRecord("x,1,2,-;bad priority"));
  CHECK_FALSE(km::ParseRecord("6,1;too few fields"));
  size_t skipped = 0;
  auto recs = km::ParseBuffer(
      "6,1,100,-;first\n SUBSYSTEM=pci\n"
      "garbage line\n"
      "4,2,200,c;second\n"
      "0,3,300,-;NVRM: Xid (PCI:0000:01:00): 79, GPU has fallen off the bus.\n",
      &skipped);
  REQUIRE(recs.size() == 3);
  CHECK(skipped == 1);
  CHECK(recs[0].text == "first\nSUBSYSTEM=pci");
  CHECK(recs[1].seq == 2);
  CHECK(Label(sig::Classify(recs[2].text)) == "gpu_lost/nvidia_xid/79");
}

TEST_CASE("the capture's copy of the kernel log is bounded by bytes, drops the oldest and counts them") {
  tempmon::bundle::KmsgRecord r;
  r.text = std::string(100, 'x');
  const size_t cost = km::KmsgLog::Cost(r);
  km::KmsgLog log(cost * 10);
  for (uint64_t i = 1; i <= 25; ++i) {
    r.seq = i;
    log.Add(r);
  }
  CHECK(log.size() == 10);
  CHECK(log.evicted() == 15);
  CHECK(log.bytes() <= cost * 10);
  auto kept = log.Copy();
  REQUIRE(kept.size() == 10);
  CHECK(kept.front().seq == 16);
  CHECK(kept.back().seq == 25);
}

TEST_CASE("the capture keeps four times the kernel's log buffer, within its limits") {
  CHECK(km::KeepBytes(256 << 10) == 1u << 20);
  CHECK(km::KeepBytes(512 << 10) == 2u << 20);
  CHECK(km::KeepBytes(16 << 20) == km::kKeepMaxBytes);
  CHECK(km::KeepBytes(4 << 10) == km::kKeepMinBytes);
  CHECK(km::KeepBytes(0) == km::kKeepUnknownBytes);
}

TEST_CASE("the machine's other ways of failing: fatal and hang classes trigger, correctable ones are counted") {
  sig::TriggerPolicy hang(true, false, {});
  struct Case {
    const char* line;
    const char* label;
    bool triggers;
  };
  for (const Case& c : std::initializer_list<Case>{
           {"pcieport 0000:00:02.0: AER: Uncorrected (Fatal) error received: id=0010", "pcie/pcie_aer_fatal", true},
           {"pcieport 0000:00:03.0: AER: Uncorrectable (Fatal) error message received from 0000:03:00.0",
            "pcie/pcie_aer_fatal", true},
           {"pcieport 0000:80:1b.4: AER: device recovery failed", "pcie/pcie_recovery_failed", true},
           {"pcieport 0000:80:1b.4: AER: Uncorrectable (Non-Fatal) error message received from 0000:80:1b.4",
            "pcie/pcie_aer_nonfatal", false},
           {"pcieport 0000:00:1c.5: AER: Corrected error received: id=00e5", "pcie/pcie_aer_corrected", false},
           {"pcieport 0000:00:06.0: AER: enabled with IRQ 121", "none", false},
           {"nvme nvme1: I/O 775 QID 2 timeout, aborting", "storage/nvme_timeout", false},
           {"nvme nvme2: I/O 0 QID 0 timeout, reset controller", "storage/nvme_reset", true},
           {"nvme nvme0: controller is down; will reset: CSTS=0xffffffff, PCI_STATUS=0x10", "storage/nvme_reset", true},
           {"nvme nvme2: Removing after probe failure status: -19", "storage/nvme_removed", true},
           {"nvme nvme0: 4/0/0 default/read/poll queues", "none", false},
           {"BUG: kernel NULL pointer dereference, address: 0000000000000008", "oops/kernel_oops", true},
           {"Oops: general protection fault, probably for non-canonical address 0xdead000000000100: 0000 [#1] "
            "PREEMPT SMP NOPTI",
            "oops/kernel_oops", true},
           {"Internal error: Oops: 0000000096000004 [#1] PREEMPT SMP", "oops/kernel_oops", true},
           {"Kernel panic - not syncing: Fatal exception", "panic/kernel_panic", true},
           {"Kernel panic - not syncing: Fatal local machine check", "mce/mce_fatal", true},
           {"{1}[Hardware Error]: event severity: fatal", "mce/ghes_event", true},
           {"{1}[Hardware Error]: event severity: corrected", "mce/ghes_event", false},
           {"EDAC MC0: 1 UE memory read error on CPU_SrcID#0_Ha#0_Chan#1_DIMM#0", "mce/edac_ue", true},
           {"EDAC MC0: 1 CE memory read error", "mce/edac_ce", false},
           {"NVRM: GPU0 _kgspRpcRecvPoll: GSP RM heartbeat timed out", "gpu_fault/nvidia_gsp_timeout", true},
           {"xe 0000:00:02.0: [drm] *ERROR* CRITICAL: Xe has declared device 0000:00:02.0 as wedged.",
            "gpu_lost/xe_gt_reset_failed", true},
           {"Watchdog CPU:59 Hard LOCKUP", "cpu_lockup/hard_lockup", true},
           {"Memory cgroup out of memory: Killed process 4242 (java) total-vm:1kB", "oom/oom_kill", false},
           // A fatal SXid breaks the NVLink fabric: it triggers; a non-fatal one does not.
           {"nvidia-nvswitch0: SXid (PCI:0000:00:00.0): 20034, Fatal, Link 30 LTSSM Fault Up", "gpu_fault/nvidia_sxid/20034",
            true},
           {"nvidia-nvswitch1: SXid (PCI:0000:0a:00.0): 22013, Non-fatal, Link 57 Minion Link DLREQ interrupt",
            "gpu_fault/nvidia_sxid/22013", false},
           // Xid 154: the recovery action decides. A node reboot or a drain
           // and reset is asked of the operator now; a GPU reset is not.
           {"NVRM: Xid (PCI:0000:3b:00): 154, GPU recovery action changed from 0x0 (None) to 0x2 (Node Reboot Required)",
            "gpu_fault/nvidia_xid/154", true},
           {"NVRM: Xid (PCI:0000:3b:00): 154, GPU recovery action changed from 0x0 (None) to 0x4 (Drain and Reset)",
            "gpu_fault/nvidia_xid/154", true},
           {"NVRM: Xid (PCI:0000:3b:00): 154, GPU recovery action changed from 0x0 (None) to 0x1 (GPU Reset Required)",
            "gpu_fault/nvidia_xid/154", false},
       }) {
    INFO(c.line);
    auto m = sig::Classify(c.line);
    CHECK(Label(m) == c.label);
    CHECK(hang.Triggers(m) == c.triggers);
  }
}

TEST_CASE("the catalogue refuses a pattern that could match user-chosen text") {
  CHECK(sig::UntrustedPattern(R"(^NVRM: Xid \((?:PCI:)?([0-9a-fA-F:.]+)\): (\d+)\b)").empty());
  CHECK(sig::UntrustedPattern(R"(^kernel BUG at [\w/.+-]{1,200}:\d+!)").empty());
  CHECK(sig::UntrustedPattern(R"(^x [^)]{0,40}\))").empty());
  CHECK_FALSE(sig::UntrustedPattern(R"(NVRM: Xid)").empty());              // anywhere in a line
  CHECK_FALSE(sig::UntrustedPattern(R"(^i915.*GPU reset failed)").empty());  // .* reaches a task name
  CHECK_FALSE(sig::UntrustedPattern(R"(^NVRM: Xid \(([^)]*)\))").empty());
  CHECK_FALSE(sig::UntrustedPattern(R"(^x (.+?) y)").empty());
  CHECK_FALSE(sig::UntrustedPattern(R"(^x [^\]]+ y)").empty());
  // What the catalogue ships passes (it loads: Classify would throw).
  CHECK_NOTHROW(sig::Classify("x"));
}
