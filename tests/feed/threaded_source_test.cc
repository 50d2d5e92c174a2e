// A source whose scan blocks (a hung driver's sysfs read) on its own
// thread: the feeder's other sources keep flowing, the stall is an event.
#include <catch2/catch_test_macros.hpp>

#include <chrono>
#include <condition_variable>
#include <mutex>

#include "feed/event_log.h"
#include "feed/feeder.h"
#include "feed/threaded_source.h"
#include "memory_sink.h"
#include "wait_until.h"

using namespace tempmon::feed;
using namespace std::chrono_literals;
using tempmon::feed::test::MemorySink;
using tempmon::feed::test::WaitUntil;

namespace {

// One reading per scan; blocks while the test says so.
class Gate {
 public:
  void Set(bool blocked) {
    std::lock_guard l(mu_);
    blocked_ = blocked;
    cv_.notify_all();
  }
  void Pass() {
    std::unique_lock l(mu_);
    ++inside_;
    cv_.wait(l, [&] { return !blocked_; });
    --inside_;
  }
  int inside() {
    std::lock_guard l(mu_);
    return inside_;
  }

 private:
  std::mutex mu_;
  std::condition_variable cv_;
  bool blocked_ = false;
  int inside_ = 0;
};

class GatedSource final : public Source {
 public:
  GatedSource(Gate& g, std::string name) : gate_(g), name_(std::move(name)) {}
  void Collect(uint64_t now_ns, std::vector<Reading>& out) override {
    gate_.Pass();
    Reading r;
    r.key = r.name = name_;
    r.ts_ns = now_ns;
    r.temp_mc = 42000;
    out.push_back(r);
  }

 private:
  Gate& gate_;
  std::string name_;
};

}  // namespace

TEST_CASE("threaded source: a blocked scan is reported after the deadline and stalls nothing else") {
  Gate slow_gate, fast_gate;
  EventLog ev(false);
  MemorySink sink;
  {
    ThreadedSource slow(std::make_unique<GatedSource>(slow_gate, "slow"), "hwmon", 5'000'000, 200'000'000, ev);
    GatedSource fast(fast_gate, "fast");
    Feeder feeder(sink, ev);
    feeder.AddSource(slow);
    feeder.AddSource(fast);
    auto slowest = std::chrono::steady_clock::duration::zero();
    auto tick = [&] {
      auto t0 = std::chrono::steady_clock::now();
      feeder.Tick(MonotonicNs());
      slowest = std::max(slowest, std::chrono::steady_clock::now() - t0);
    };
    REQUIRE(WaitUntil([&] { return sink.Of("slow").size() >= 3; }, 5s, tick));

    slow_gate.Set(true);
    REQUIRE(WaitUntil([&] { return slow_gate.inside() == 1; }, 5s, tick));
    REQUIRE(WaitUntil([&] { return ev.Count("source_stalled") == 1; }, 5s, tick));
    const size_t slow_n = sink.Of("slow").size(), fast_n = sink.Of("fast").size();
    REQUIRE(WaitUntil([&] { return sink.Of("fast").size() >= fast_n + 20; }, 5s, tick));
    CHECK(sink.Of("slow").size() == slow_n);
    CHECK(ev.Count("source_stalled") == 1);
    CHECK(slowest < 100ms);
    // Stats of the stuck source are not waited for forever.
    CHECK_FALSE(slow.WithInner([](Source&) {}));

    slow_gate.Set(false);
    REQUIRE(WaitUntil([&] { return ev.Count("source_recovered") == 1; }, 5s, tick));
    REQUIRE(WaitUntil([&] { return sink.Of("slow").size() > slow_n; }, 5s, tick));
    CHECK(slow.WithInner([](Source&) {}));
  }
  CHECK(ev.Count("source_abandoned") == 0);
}

TEST_CASE("threaded source: stopping while a scan hangs returns") {
  Gate gate;
  EventLog ev(false);
  auto src = std::make_unique<ThreadedSource>(std::make_unique<GatedSource>(gate, "slow"), "hwmon", 5'000'000,
                                              200'000'000, ev);
  gate.Set(true);
  std::vector<Reading> out;
  src->Collect(MonotonicNs(), out);  // starts a scan, which blocks
  REQUIRE(WaitUntil([&] { return gate.inside() == 1; }, 5s));
  auto t0 = std::chrono::steady_clock::now();
  src.reset();
  CHECK(std::chrono::steady_clock::now() - t0 < 3s);
  CHECK(ev.Count("source_abandoned") == 1);
  gate.Set(false);  // let the abandoned thread finish before the gate goes away
  REQUIRE(WaitUntil([&] { return gate.inside() == 0; }, 5s));
}
