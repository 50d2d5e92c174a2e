#include "capture/kmsg/kmsg_log.h"

#include <algorithm>

namespace tempmon::capture::kmsg {

void KmsgLog::Add(bundle::KmsgRecord r) {
  bytes_ += Cost(r);
  records_.push_back(std::move(r));
  while (bytes_ > max_bytes_ && !records_.empty()) {
    bytes_ -= Cost(records_.front());
    records_.pop_front();
    ++evicted_;
  }
}

size_t KeepBytes(long kernel_buffer_bytes) {
  if (kernel_buffer_bytes <= 0) return kKeepUnknownBytes;
  return std::clamp(4 * static_cast<size_t>(kernel_buffer_bytes), kKeepMinBytes, kKeepMaxBytes);
}

}  // namespace tempmon::capture::kmsg
