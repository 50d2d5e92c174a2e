// Runs a Source (hwmon) on a thread of its own, once per period, so that a
// driver whose sysfs read blocks (a hung I2C/PMBus chip) cannot stall the
// feeder's other sources: Collect() hands over what the worker published
// and, when the worker's current scan is older than the deadline, records
// one "source_stalled" event per episode.
#pragma once

#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <thread>

#include "feed/reading.h"

namespace tempmon::feed {

class EventLog;
struct ThreadedShared;

class ThreadedSource final : public Source {
 public:
  ThreadedSource(std::unique_ptr<Source> inner, std::string name, uint64_t period_ns, uint64_t deadline_ns,
                 EventLog& events);
  // Stops the worker; one stuck in a read is left behind after a short wait.
  ~ThreadedSource() override;

  void Collect(uint64_t now_ns, std::vector<Reading>& out) override;
  // Runs f on the inner source while the worker is not scanning (for stats);
  // false when the worker is stuck.
  bool WithInner(const std::function<void(Source&)>& f);

 private:
  std::shared_ptr<ThreadedShared> shared_;
  std::string name_;
  uint64_t deadline_ns_;
  EventLog& events_;
  bool stalled_ = false;
  std::thread worker_;
};

}  // namespace tempmon::feed
