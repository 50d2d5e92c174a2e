// The BMC backend: a poller thread of its own sweeps the BMC's sensors
// (bmc_ipmi.h) every interval and publishes what it read; Collect() never
// talks to the BMC, it hands over what was published since the last tick,
// so a BMC that answers in seconds, or not at all, never delays another
// source. What the BMC is doing (ok, unreachable, slow, no sensors, lying)
// is a state: each change is an event and, with a status file, a JSON
// object the capture puts into the bundle's collector table.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <thread>
#include <vector>

#include "tempmon/bmc/bmc_ipmi.h"
#include "feed/reading.h"

namespace tempmon::feed {

class EventLog;
struct BmcShared;

struct BmcOptions {
  bmc::BmcConfig config;
  uint64_t interval_ns = 1'000'000'000;  // one sweep per second (the cause judge's cadence)
  uint64_t deadline_ns = 5'000'000'000;  // a sweep longer than this makes the BMC "slow"
  std::string status_path;               // "" = no status file
};

struct BmcStatus {
  std::string state;    // "starting", "ok", "failed", "slow", "no_sensors"
  std::string message;  // one line
  uint64_t sweeps = 0;      // completed sweeps
  uint64_t failures = 0;    // failed sweeps
  uint64_t readings = 0;    // readings published
  uint64_t rejected = 0;    // readings outside physical ranges, not published
  uint64_t last_sweep_ms = 0;  // duration of the last completed sweep
};

class BmcSource final : public Source {
 public:
  // Starts the poller; never blocks on the BMC.
  BmcSource(BmcOptions opt, EventLog& events);
  // Stops the poller; one stuck in a BMC call is left behind after a short wait.
  ~BmcSource() override;

  void Collect(uint64_t now_ns, std::vector<Reading>& out) override;
  BmcStatus status() const;

 private:
  std::shared_ptr<BmcShared> shared_;
  EventLog& events_;
  std::thread poller_;
};

// Writes a status file saying the BMC is not read at all (state "failed",
// `why`), for a BMC refused before it could start (its credentials file).
// Throws std::exception when the file cannot be written.
void WriteBmcRefused(const std::string& status_path, const bmc::BmcConfig& cfg, const std::string& why);

// "bmc:<SDR id string>" cut to TEMPMON_NAME_LEN - 1 characters.
std::string BmcSensorName(const std::string& id);

}  // namespace tempmon::feed
