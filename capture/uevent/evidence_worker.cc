#include "capture/uevent/evidence_worker.h"

#include <sys/eventfd.h>
#include <unistd.h>

#include "capture/common/errors.h"

namespace tempmon::capture::evidence {

Worker::Worker() {
  efd_.Reset(::eventfd(0, EFD_CLOEXEC | EFD_NONBLOCK));
  if (!efd_) ThrowErrno("eventfd");
  thread_ = std::thread([this] { Run(); });
}

Worker::~Worker() {
  {
    std::lock_guard lk(mu_);
    stop_ = true;
  }
  cv_.notify_all();
  thread_.join();
}

bool Worker::Post(Job job) {
  {
    std::lock_guard lk(mu_);
    if (jobs_.size() >= kMaxQueued) return false;
    jobs_.push_back(std::move(job));
  }
  cv_.notify_all();
  return true;
}

std::vector<Evidence> Worker::Take() {
  uint64_t x;
  while (::read(efd_.get(), &x, sizeof x) == sizeof x) {
  }
  std::lock_guard lk(mu_);
  std::vector<Evidence> out;
  out.swap(done_);
  return out;
}

void Worker::Run() {
  std::unique_lock lk(mu_);
  for (;;) {
    cv_.wait(lk, [this] { return stop_ || !jobs_.empty(); });
    if (stop_) return;
    Job job = std::move(jobs_.front());
    jobs_.pop_front();
    lk.unlock();
    Evidence ev = job();
    lk.lock();
    done_.push_back(std::move(ev));
    const uint64_t one = 1;
    (void)!::write(efd_.get(), &one, sizeof one);
    cv_.notify_all();
  }
}

}  // namespace tempmon::capture::evidence
