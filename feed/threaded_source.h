// Runs a Source (hwmon) on a thread of its own so that a driver whose sysfs
// read blocks (a hung I2C/PMBus chip) cannot stall the feeder's other
// sources. Each Collect() starts one scan on the worker and waits for it at
// most `wait_ns` (the first one up to `deadline_ns`) (normally it is done
// well before: one scan per tick, as if
// synchronous); a scan still running later is not waited for again, no new
// one is started meanwhile, and once it is older than `deadline_ns` one
// "source_stalled" event is recorded per episode.
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
  ThreadedSource(std::unique_ptr<Source> inner, std::string name, uint64_t wait_ns, uint64_t deadline_ns,
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
  uint64_t wait_ns_;
  uint64_t deadline_ns_;
  EventLog& events_;
  bool stalled_ = false;
  std::thread worker_;
};

}  // namespace tempmon::feed
