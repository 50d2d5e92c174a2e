// Reads what a uevent announced on a thread of its own, off the event
// loop that reads the ring and the kernel log: a dump of 16 MiB is read
// from sysfs a page at a time. Results come back through an eventfd the
// loop waits on.
#pragma once

#include <condition_variable>
#include <cstdint>
#include <deque>
#include <functional>
#include <mutex>
#include <thread>
#include <vector>

#include "tempmon/sys/unique_fd.h"
#include "capture/uevent/device_evidence.h"

namespace tempmon::capture::evidence {

class Worker {
 public:
  using Job = std::function<Evidence()>;
  // Jobs waiting at most: a storm of uevents is reported, not queued without end.
  static constexpr size_t kMaxQueued = 16;

  Worker();  // throws CaptureError when the eventfd cannot be made
  ~Worker();
  Worker(const Worker&) = delete;
  Worker& operator=(const Worker&) = delete;

  int fd() const { return efd_.get(); }  // readable when results wait
  // False when kMaxQueued jobs wait already (the job is not run).
  bool Post(Job job);
  // The results so far (clears the eventfd).
  std::vector<Evidence> Take();

 private:
  void Run();
  sys::UniqueFd efd_;
  std::mutex mu_;
  std::condition_variable cv_;
  std::deque<Job> jobs_;
  std::vector<Evidence> done_;
  bool stop_ = false;
  std::thread thread_;
};

}  // namespace tempmon::capture::evidence
