#include "feed/threaded_source.h"

#include <chrono>
#include <condition_variable>
#include <cstdio>
#include <mutex>

#include "feed/event_log.h"

namespace tempmon::feed {

struct ThreadedShared {
  std::unique_ptr<Source> inner;
  std::mutex mu;  // guards everything below; `inner` is only used outside it while scan_started_ns != 0
  std::condition_variable cv;
  bool stop = false;
  bool exited = false;
  uint64_t requested = 0;        // scans asked for
  uint64_t done = 0;             // scans finished
  uint64_t request_now_ns = 0;   // timestamp for the requested scan
  uint64_t scan_started_ns = 0;  // 0 = not scanning
  std::vector<Reading> published;
};

namespace {

void Worker(std::shared_ptr<ThreadedShared> s) {
  std::unique_lock lock(s->mu);
  for (;;) {
    s->cv.wait(lock, [&] { return s->stop || s->requested > s->done; });
    if (s->stop) break;
    const uint64_t now = s->request_now_ns;
    s->scan_started_ns = MonotonicNs();
    lock.unlock();
    std::vector<Reading> batch;
    s->inner->Collect(now, batch);
    lock.lock();
    s->scan_started_ns = 0;
    s->done = s->requested;
    for (Reading& r : batch) s->published.push_back(std::move(r));
    s->cv.notify_all();
  }
  s->exited = true;
  s->cv.notify_all();
}

}  // namespace

ThreadedSource::ThreadedSource(std::unique_ptr<Source> inner, std::string name, uint64_t wait_ns,
                               uint64_t deadline_ns, EventLog& events)
    : shared_(std::make_shared<ThreadedShared>()),
      name_(std::move(name)),
      wait_ns_(wait_ns),
      deadline_ns_(deadline_ns),
      events_(events) {
  shared_->inner = std::move(inner);
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
  ThreadedShared& s = *shared_;
  std::unique_lock lock(s.mu);
  if (s.done == s.requested) {
    ++s.requested;
    s.request_now_ns = now_ns;
    s.cv.notify_all();
    // The first scan lists every chip and, on a cold start, pages the code
    // in: it may wait up to the deadline; later ones only wait_ns_.
    const uint64_t wait = s.done == 0 ? deadline_ns_ : wait_ns_;
    s.cv.wait_for(lock, std::chrono::nanoseconds(wait), [&] { return s.done == s.requested; });
  }
  for (Reading& r : s.published) out.push_back(std::move(r));
  s.published.clear();
  const uint64_t started = s.scan_started_ns;
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
  // A scan in progress is waited for briefly, a stuck one never. Holding mu
  // with no scan running keeps the worker from starting one meanwhile.
  ThreadedShared& s = *shared_;
  std::unique_lock lock(s.mu);
  if (!s.cv.wait_for(lock, std::chrono::seconds(1), [&] { return s.scan_started_ns == 0 && s.done == s.requested; }))
    return false;
  f(*s.inner);
  return true;
}

}  // namespace tempmon::feed
