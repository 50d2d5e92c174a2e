// One scan of every source into one sink: new sources become named push
// sensors (with their chip's threshold), readings become one batch.
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include <tempmon.h>

#include "feed/reading.h"

namespace tempmon::feed {

class EventLog;
class Sink;

struct FeederOptions {
  int32_t hysteresis_mc = 2000;  // for thresholds taken from hwmon
  bool set_thresholds = true;
};

struct FeederStats {
  uint64_t ticks = 0;
  uint64_t pushed = 0;       // samples handed to the sink
  uint64_t accepted = 0;     // samples the ring took
  uint64_t refused = 0;      // pushed - accepted (ring frozen, sensor gone)
  uint64_t sink_errors = 0;  // failed pushes
  uint64_t unregistered = 0; // sources without a sensor (table full)
  uint64_t unsupported = 0;  // series the ring cannot carry (unit on an ABI 1.0 module)
};

class Feeder {
 public:
  Feeder(Sink& sink, EventLog& events, FeederOptions opt = {});
  Feeder(const Feeder&) = delete;
  Feeder& operator=(const Feeder&) = delete;

  void AddSource(Source& s) { sources_.push_back(&s); }
  // Collects from every source and pushes; returns the readings of this scan.
  std::vector<Reading> Tick(uint64_t now_ns);
  const FeederStats& stats() const { return stats_; }
  // key -> sensor id, for the sources registered so far.
  std::optional<uint16_t> SensorId(const std::string& key) const;

 private:
  std::optional<uint16_t> Register(const Reading& r);

  Sink& sink_;
  EventLog& events_;
  FeederOptions opt_;
  std::vector<Source*> sources_;
  struct Registered {
    uint16_t id;
    std::string name;
    std::optional<int32_t> threshold_mc;
  };
  std::map<std::string, Registered> sensors_;
  std::set<std::string> names_;
  std::set<std::string> refused_;  // keys the sink had no room for or cannot carry
  bool limit_reported_ = false;
  FeederStats stats_;
};

}  // namespace tempmon::feed
