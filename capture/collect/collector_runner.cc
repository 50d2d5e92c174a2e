#include "capture/collect/collector_runner.h"

#include <condition_variable>
#include <mutex>
#include <set>
#include <thread>

namespace tempmon::capture {
namespace {

using Clock = std::chrono::steady_clock;

// Process-wide: names whose thread is still running after its deadline.
std::mutex g_stuck_mu;
std::multiset<std::string> g_stuck;

}  // namespace

struct CollectorRunner::Board {
  std::mutex mu;
  std::condition_variable cv;
};

struct CollectorRunner::Job {
  std::string name;
  Clock::time_point start, deadline;
  bool done = false;         // guarded by board->mu
  bool abandoned = false;    // the waiter gave up; the thread reports stuck
  std::string error;
  nlohmann::json data;
  double duration_ms = 0;
  bool skipped = false;
  std::string note;
};

CollectorRunner::CollectorRunner() : board_(std::make_shared<Board>()) {}
CollectorRunner::~CollectorRunner() { Wait(); }

std::vector<std::string> CollectorRunner::StuckNames() {
  std::lock_guard lk(g_stuck_mu);
  return {g_stuck.begin(), g_stuck.end()};
}

void CollectorRunner::Start(const std::string& name,
                            std::chrono::milliseconds deadline, Fn fn) {
  StartNoted(name, deadline, [fn = std::move(fn)](std::string&) { return fn(); });
}

void CollectorRunner::StartNoted(const std::string& name,
                                 std::chrono::milliseconds deadline, NotedFn fn) {
  auto job = std::make_shared<Job>();
  job->name = name;
  job->start = Clock::now();
  job->deadline = job->start + deadline;
  jobs_.push_back(job);
  {
    std::lock_guard lk(g_stuck_mu);
    if (g_stuck.count(name)) {
      job->skipped = true;
      job->done = true;
      job->error = "not started: its run from an earlier capture is still stuck";
      return;
    }
  }
  auto board = board_;
  std::thread([board, job, fn = std::move(fn)] {
    nlohmann::json data;
    std::string error, note;
    try {
      data = fn(note);
    } catch (const std::exception& e) {
      error = e.what();
      if (error.empty()) error = "failed";
    } catch (...) {
      error = "failed with an unknown exception";
    }
    double ms = std::chrono::duration<double, std::milli>(Clock::now() -
                                                          job->start).count();
    std::lock_guard lk(board->mu);
    job->data = std::move(data);
    job->error = std::move(error);
    job->note = std::move(note);
    job->duration_ms = ms;
    job->done = true;
    if (job->abandoned) {
      std::lock_guard sk(g_stuck_mu);
      auto it = g_stuck.find(job->name);
      if (it != g_stuck.end()) g_stuck.erase(it);
    }
    board->cv.notify_all();
  }).detach();
}

std::vector<CollectorOutcome> CollectorRunner::Wait() {
  std::vector<CollectorOutcome> out;
  std::unique_lock lk(board_->mu);
  for (auto& job : jobs_) {
    board_->cv.wait_until(lk, job->deadline, [&] { return job->done; });
    CollectorOutcome o;
    o.meta.name = job->name;
    if (job->skipped) {
      o.meta.status = "skipped";
      o.meta.message = job->error;
    } else if (!job->done) {
      job->abandoned = true;
      {
        std::lock_guard sk(g_stuck_mu);
        g_stuck.insert(job->name);
      }
      o.meta.status = "timeout";
      o.meta.duration_ms = std::chrono::duration<double, std::milli>(
                               Clock::now() - job->start).count();
      o.meta.message = "no result within " +
                       std::to_string(std::chrono::duration_cast<std::chrono::milliseconds>(
                                          job->deadline - job->start).count()) +
                       " ms; left running on a detached thread (blocked in the kernel?)";
    } else if (!job->error.empty()) {
      o.meta.status = "failed";
      o.meta.message = job->error;
      o.meta.duration_ms = job->duration_ms;
    } else {
      o.meta.status = "ok";
      o.meta.message = job->note;
      o.meta.duration_ms = job->duration_ms;
      o.data = std::move(job->data);
    }
    out.push_back(std::move(o));
  }
  jobs_.clear();
  return out;
}

}  // namespace tempmon::capture
