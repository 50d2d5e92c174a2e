// The BMC's System Event Log kept fresh off the event loop, so that a
// bundle never waits for the BMC (a real one answers a SEL read in seconds,
// a dead one after its session timeout): one worker thread reads the SEL at
// start, every `every_ns`, and at once when a trigger fires (Kick), so a
// record the BMC logs during the post-trigger window is normally read by
// the window's end. At bundle time the capture writes what the cache holds,
// with its age; a read still running is reported ("slow"), never waited
// for, except for the very first read of a one-shot capture
// (WaitFirstRead, before its trigger).
#pragma once

#include <chrono>
#include <cstdint>
#include <memory>

#include <nlohmann/json.hpp>

#include "tempmon/bmc/bmc_ipmi.h"
#include "tempmon/bundle/bundle.h"

namespace tempmon::capture {

class BmcSelCache {
 public:
  BmcSelCache(bmc::BmcConfig cfg, uint64_t every_ns, uint64_t slow_ns);
  // Stops the worker; one stuck in a BMC call is left behind.
  ~BmcSelCache();
  BmcSelCache(const BmcSelCache&) = delete;
  BmcSelCache& operator=(const BmcSelCache&) = delete;

  // Starts a read when one is due; never blocks.
  void Tick(uint64_t now_mono_ns);
  // Starts a read now unless one is running; never blocks.
  void Kick();
  void WaitFirstRead(std::chrono::milliseconds deadline);

  // {"bmc", "read", "entries", "read_mono_ns", "age_ms"} as last read; null when none.
  nlohmann::json Sel(uint64_t now_mono_ns) const;
  // The bundle's "bmc.sel" collector: ok (records, age), failed (the
  // library's reason), timeout (a read running past slow_ns), skipped.
  bundle::Collector Status(uint64_t now_mono_ns) const;

  struct State;

 private:
  std::shared_ptr<State> st_;
  uint64_t every_ns_;
};

}  // namespace tempmon::capture
