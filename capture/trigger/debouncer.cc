#include "capture/trigger/debouncer.h"

namespace tempmon::capture {

bool Debouncer::Allow(uint64_t mono_ns) {
  if (has_last_ && mono_ns < last_ + static_cast<uint64_t>(cooldown_.count())) {
    ++suppressed_;
    return false;
  }
  return true;
}

}  // namespace tempmon::capture
