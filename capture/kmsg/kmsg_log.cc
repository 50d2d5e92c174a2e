#include "capture/kmsg/kmsg_log.h"

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

}  // namespace tempmon::capture::kmsg
