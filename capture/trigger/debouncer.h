// One bundle per episode: the cooldown between captures.
#pragma once

#include <chrono>
#include <cstdint>

namespace tempmon::capture {

// One bundle per episode: a trigger within `cooldown` of the last capture
// is suppressed (and counted).
class Debouncer {
 public:
  explicit Debouncer(std::chrono::nanoseconds cooldown) : cooldown_(cooldown) {}
  // True when a capture may start at `mono_ns`; false = suppressed.
  bool Allow(uint64_t mono_ns);
  // The capture ended (bundle written) at `mono_ns`: cooldown starts here.
  void Captured(uint64_t mono_ns) { last_ = mono_ns; has_last_ = true; }
  uint64_t suppressed() const { return suppressed_; }

 private:
  std::chrono::nanoseconds cooldown_;
  uint64_t last_ = 0;
  bool has_last_ = false;
  uint64_t suppressed_ = 0;
};

}  // namespace tempmon::capture
