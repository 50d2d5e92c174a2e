// Waiting on a condition with a deadline (never a bare sleep): `step` is
// run (e.g. one feeder tick) and `done` checked until it holds or time is up.
#pragma once

#include <chrono>
#include <functional>
#include <thread>

namespace tempmon::feed::test {

inline bool WaitUntil(const std::function<bool()>& done, std::chrono::milliseconds timeout,
                      const std::function<void()>& step = {}) {
  auto end = std::chrono::steady_clock::now() + timeout;
  for (;;) {
    if (step) step();
    if (done()) return true;
    if (std::chrono::steady_clock::now() > end) return false;
    std::this_thread::sleep_for(std::chrono::milliseconds(5));  // pacing between checks only
  }
}

}  // namespace tempmon::feed::test
