#include "capture/collect/bmc_sel_cache.h"

#include <condition_variable>
#include <cstdio>
#include <ctime>
#include <mutex>
#include <thread>

namespace tempmon::capture {
namespace {

// The most SEL records kept from one read: a full SEL (65535) would be
// megabytes, a window holds a handful.
constexpr size_t kMaxSel = 4096;

uint64_t Mono() {
  timespec ts{};
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return static_cast<uint64_t>(ts.tv_sec) * 1'000'000'000ull + static_cast<uint64_t>(ts.tv_nsec);
}

std::string Secs(uint64_t ns) {
  char b[32];
  std::snprintf(b, sizeof b, "%.1f s", static_cast<double>(ns) / 1e9);
  return b;
}

}  // namespace

struct BmcSelCache::State {
  bmc::BmcConfig cfg;
  uint64_t slow_ns = 0;
  mutable std::mutex mu;  // guards everything below
  std::condition_variable cv;
  bool stop = false;
  bool exited = false;
  uint64_t requested = 0, done = 0;
  uint64_t started_ns = 0;   // 0 = not reading
  uint64_t last_start_ns = 0;
  nlohmann::json sel;        // last good read
  uint64_t sel_read_ns = 0;
  std::string error;         // last read's failure ("" = it worked)
};

namespace {

void Worker(std::shared_ptr<BmcSelCache::State> s) {
  std::unique_ptr<bmc::BmcReader> reader;
  std::unique_lock lock(s->mu);
  for (;;) {
    s->cv.wait(lock, [&] { return s->stop || s->requested > s->done; });
    if (s->stop) break;
    const uint64_t want = s->requested;
    s->started_ns = s->last_start_ns = Mono();
    lock.unlock();
    nlohmann::json got;
    std::string error;
    try {
      if (!reader) reader = std::make_unique<bmc::BmcReader>(s->cfg);
      std::vector<bmc::BmcSelEntry> sel = reader->ReadSel();
      nlohmann::json entries = nlohmann::json::array();
      for (size_t i = sel.size() > kMaxSel ? sel.size() - kMaxSel : 0; i < sel.size(); ++i)
        entries.push_back(sel[i].ToJson());
      got = {{"bmc", s->cfg.Where()}, {"read", sel.size()}, {"entries", std::move(entries)}};
    } catch (const bmc::BmcError& e) {
      error = e.what();
    }
    lock.lock();
    s->started_ns = 0;
    s->done = want;
    s->error = error;
    if (error.empty()) {
      s->sel = std::move(got);
      s->sel_read_ns = Mono();
    }
    s->cv.notify_all();
  }
  s->exited = true;
  s->cv.notify_all();
}

}  // namespace

BmcSelCache::BmcSelCache(bmc::BmcConfig cfg, uint64_t every_ns, uint64_t slow_ns)
    : st_(std::make_shared<State>()), every_ns_(every_ns) {
  st_->cfg = std::move(cfg);
  st_->slow_ns = slow_ns;
  std::thread(Worker, st_).detach();
  Kick();
}

BmcSelCache::~BmcSelCache() {
  std::unique_lock lock(st_->mu);
  st_->stop = true;
  st_->cv.notify_all();
  // A worker inside a BMC call holds only the shared state: not waited for.
  st_->cv.wait_for(lock, std::chrono::milliseconds(200), [&] { return st_->exited; });
}

void BmcSelCache::Kick() {
  std::lock_guard lock(st_->mu);
  if (st_->requested == st_->done) {
    ++st_->requested;
    st_->cv.notify_all();
  }
}

void BmcSelCache::Tick(uint64_t now_mono_ns) {
  bool due;
  {
    std::lock_guard lock(st_->mu);
    due = now_mono_ns >= st_->last_start_ns + every_ns_;
  }
  if (due) Kick();
}

void BmcSelCache::WaitFirstRead(std::chrono::milliseconds deadline) {
  std::unique_lock lock(st_->mu);
  st_->cv.wait_for(lock, deadline, [&] { return st_->done >= 1; });
}

nlohmann::json BmcSelCache::Sel(uint64_t now_mono_ns) const {
  std::lock_guard lock(st_->mu);
  if (st_->sel.is_null()) return nullptr;
  nlohmann::json j = st_->sel;
  j["read_mono_ns"] = st_->sel_read_ns;
  j["age_ms"] = now_mono_ns > st_->sel_read_ns ? (now_mono_ns - st_->sel_read_ns) / 1'000'000 : 0;
  return j;
}

bundle::Collector BmcSelCache::Status(uint64_t now_mono_ns) const {
  std::lock_guard lock(st_->mu);
  bundle::Collector c;
  c.name = "bmc.sel";
  const std::string where = "BMC (" + st_->cfg.Where() + "): ";
  if (st_->started_ns != 0 && now_mono_ns > st_->started_ns + st_->slow_ns) {
    c.status = "timeout";
    c.message = where + "a SEL read has been waiting " + Secs(now_mono_ns - st_->started_ns) +
                " (slow or unreachable BMC); not waited for";
  } else if (!st_->error.empty()) {
    c.status = "failed";
    c.message = st_->error;
  } else if (!st_->sel.is_null()) {
    c.status = "ok";
    c.message = where + std::to_string(st_->sel.value("read", size_t{0})) + " SEL records read " +
                Secs(now_mono_ns - st_->sel_read_ns) + " ago";
  } else {
    c.status = "timeout";
    c.message = where + "no SEL read has finished yet";
  }
  return c;
}

}  // namespace tempmon::capture
