// tempmon-capture: see --help.
#include <sched.h>
#include <sys/mman.h>
#include <unistd.h>

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>

#include "capture/app/capture_daemon.h"
#include "capture/cooling/baseline_store.h"
#include "capture/app/options.h"
#include "capture/app/qualify.h"
#include "capture/kmsg/kmsg_source.h"
#include "tempmon/signatures/signatures.h"

namespace {

// What the kernel offers a process that must write its report while the
// machine is failing (scripts/bench-under-fire measures each). Chosen by
// TEMPMON_CAPTURE_PROTECT, a comma-separated subset of these names, "all" or
// "none" (the default: a one-shot or test run stays an ordinary process).
// The service runs with oom,mlock,sched (packaging/tempmon-capture.service.in
// sets them, through systemd where it can). An I/O class is not among
// them: measured under fire it gained nothing and added outliers.
constexpr const char* kProtectEnv = "TEMPMON_CAPTURE_PROTECT";
constexpr const char* kProtectNames[] = {"oom", "mlock", "sched"};
struct Protect {
  // oom_score_adj -900: the OOM killer takes anything else first; not
  // -1000, so a capture that itself ran away can still be stopped.
  bool oom = false;
  // mlockall(MCL_CURRENT | MCL_FUTURE | MCL_ONFAULT): a page the service
  // has touched (its code, the ring's mapping, its reused buffers) is never
  // reclaimed, so a capture on a machine short of memory does not wait for
  // its own code to be read back from disk. ONFAULT: reserved but untouched
  // memory (thread stacks, allocator arenas) is not populated, so the idle
  // RSS does not grow.
  bool mlock = false;
  // SCHED_RR priority 1: the event loop that snapshots, compresses and
  // fsyncs, and the collector threads it waits for, run ahead of every
  // ordinary task on saturated CPUs (with the threads reset to ordinary on
  // creation, the capture waited for starved collectors: p50 46 ms instead
  // of 16 ms under fire). Commands it runs (nvidia-smi) are spawned as
  // ordinary tasks (collect/command.cc). The kernel's RT throttling (95 %
  // per second) still bounds it.
  bool sched = false;
};

bool ParseProtect(const char* env, Protect* p, std::string* bad) {
  if (env == nullptr || *env == '\0') return true;
  std::stringstream ss(env);
  for (std::string w; std::getline(ss, w, ',');) {
    if (w == "none") {
      *p = {};
    } else if (w == "all") {
      *p = {true, true, true};
    } else if (w == kProtectNames[0]) {
      p->oom = true;
    } else if (w == kProtectNames[1]) {
      p->mlock = true;
    } else if (w == kProtectNames[2]) {
      p->sched = true;
    } else {
      *bad = w;
      return false;
    }
  }
  return true;
}

// Each setting that fails is reported on one line and the service goes on
// without it: an unprotected capture is better than none.
void ApplyProtect(const Protect& p) {
  auto warn = [](const char* what, int err) {
    std::cerr << "tempmon-capture: " << kProtectEnv << ": " << what << ": " << std::strerror(err)
              << " (going on without it)\n";
  };
  if (p.oom) {
    std::ofstream f("/proc/self/oom_score_adj");
    f << "-900" << std::flush;
    if (!f) warn("oom_score_adj -900 (needs CAP_SYS_RESOURCE)", errno != 0 ? errno : EPERM);
  }
  if (p.sched) {
    sched_param sp{};
    sp.sched_priority = 1;
    if (::sched_setscheduler(0, SCHED_RR, &sp) != 0)
      warn("SCHED_RR (needs CAP_SYS_NICE or an RLIMIT_RTPRIO)", errno);
  }
  if (p.mlock && ::mlockall(MCL_CURRENT | MCL_FUTURE | MCL_ONFAULT) != 0)
    warn("mlockall (needs CAP_IPC_LOCK or RLIMIT_MEMLOCK)", errno);
}

}  // namespace

int main(int argc, char** argv) {
  using namespace tempmon::capture;
  Options o;
  int rc = kExitOk;
  if (!ParseOptions(argc, argv, &o, &rc)) return rc;
  if (!o.test_signature.empty()) {
    // A field engineer's end-to-end check: a running capture sees this line,
    // triggers on it like a real one, and its bundle is labelled a test.
    auto line = tempmon::signatures::TestLine(o.test_signature);
    try {
      kmsg::WriteRecord(o.kmsg, 4, *line);
    } catch (const std::exception& e) {
      std::cerr << "tempmon-capture: " << e.what() << "\n";
      return kExitFailure;
    }
    std::cout << *line << std::endl;
    return kExitOk;
  }
  if (!o.reset_baseline.empty()) {
    try {
      const auto state = tempmon::sys::Dir::Open(o.out);
      if (!tempmon::cooling::ResetBaseline(state, o.reset_baseline)) {
        std::cerr << "tempmon-capture: " << state.Name(tempmon::cooling::kBaselineFile) << ": no baseline for device '"
                  << o.reset_baseline << "'\n";
        return kExitFailure;
      }
    } catch (const std::exception& e) {
      std::cerr << "tempmon-capture: " << e.what() << "\n";
      return kExitFailure;
    }
    std::cout << "cooling baseline of " << o.reset_baseline << " dropped: it learns afresh\n";
    return kExitOk;
  }
  if (!o.qualify.empty()) return Qualify(o);
  Protect protect;
  std::string bad;
  if (!ParseProtect(std::getenv(kProtectEnv), &protect, &bad)) {
    std::cerr << "tempmon-capture: " << kProtectEnv << ": unknown setting '" << bad << "' (";
    for (const char* n : kProtectNames) std::cerr << n << ", ";
    std::cerr << "all, none)\n";
    return kExitUsage;
  }
  try {
    CaptureDaemon d(std::move(o));
    ApplyProtect(protect);
    return d.Run();
  } catch (const std::exception& e) {
    std::cerr << "tempmon-capture: " << e.what() << "\n";
    return kExitFailure;
  }
}
