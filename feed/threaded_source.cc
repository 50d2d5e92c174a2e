#include "feed/threaded_source.h"

#include <chrono>
#include <condition_variable>
#include <cstdio>
#include <mutex>

#include "feed/event_log.h"

namespace tempmon::feed {

struct ThreadedShared {
  std::unique_ptr<Source> inner;
  uint64_t period_ns = 0;
  std::mutex mu;        // guards everything below
  std::timed_mutex inner_mu;  // held while the inner source scans
  std::condition_variable cv;
  bool stop = false;
  bool exited = false;
  uint64_t scan_started_ns = 0;  // 0 = not scanning
  std::vector<Reading> published;
};

namespace {

void Worker(std::shared_ptr<ThreadedShared> s) {
  std::unique_lock lock(s->mu);
  while (!s->stop) {
    const uint64_t now = MonotonicNs();
    s->scan_started_ns = now;
    lock.unlock();
    std::vector<Reading> batch;
    {
      std::lock_guard<std::timed_mutex> inner(s->inner_mu);
      s->inner->Collect(now, batch);
    }
    lock.lock();
    s->scan_started_ns = 0;
    for (Reading& r : batch) s->published.push_back(std::move(r));
    s->cv.wait_for(lock, std::chrono::nanoseconds(s->period_ns), [&] { return s->stop; });
  }
  s->exited = true;
  s->cv.notify_all();
}

}  // namespace

ThreadedSource::ThreadedSource(std::unique_ptr<Source> inner, std::string name, uint64_t period_ns,
                               uint64_t deadline_ns, EventLog& events)
    : shared_(std::make_shared<ThreadedShared>()), name_(std::move(name)), deadline_ns_(deadline_ns), events_(events) {
  shared_->inner = std::move(inner);
  shared_->period_ns = period_ns;
  worker_ = std::thread(Worker, shared_);
}

ThreadedSource::~ThreadedSource() {
  std::unique_lock lock(shared_->mu);
  shared_->stop = true;
  shared_->cv.notify_all();
  bool clean = shared_->cv.wait_for(lock, std::chrono::milliseconds(1500), [&] { return shared_->exited; });
  lock.unlock();
  if (clean) {
    worker_.join();
  } else {
    worker_.detach();
    events_.Record("source_abandoned", name_, "a read was still blocked at exit; its thread was left behind");
  }
}

void ThreadedSource::Collect(uint64_t now_ns, std::vector<Reading>& out) {
  std::lock_guard lock(shared_->mu);
  for (Reading& r : shared_->published) out.push_back(std::move(r));
  shared_->published.clear();
  const uint64_t started = shared_->scan_started_ns;
  const bool stalled = started != 0 && now_ns > started && now_ns - started > deadline_ns_;
  if (stalled && !stalled_) {
    char secs[32];
    std::snprintf(secs, sizeof(secs), "%.1f s", static_cast<double>(now_ns - started) / 1e9);
    events_.Record("source_stalled", name_,
                   std::string("a scan has been blocked for ") + secs +
                       " (a driver's sysfs read hangs?); its sensors are missing until it returns, others continue");
  } else if (!stalled && stalled_) {
    events_.Record("source_recovered", name_, "scans complete again");
  }
  stalled_ = stalled;
}

bool ThreadedSource::WithInner(const std::function<void(Source&)>& f) {
  // A scan in progress is waited for briefly, a stuck one never.
  std::unique_lock<std::timed_mutex> inner(shared_->inner_mu, std::defer_lock);
  if (!inner.try_lock_for(std::chrono::seconds(1))) return false;
  f(*shared_->inner);
  return true;
}

}  // namespace tempmon::feed
