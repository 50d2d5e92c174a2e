#include "feed/event_log.h"

#include <cerrno>
#include <cstring>
#include <ctime>
#include <stdexcept>

#include <nlohmann/json.hpp>

#include "feed/reading.h"

namespace tempmon::feed {

EventLog::~EventLog() {
  if (file_) std::fclose(file_);
}

void EventLog::OpenFile(const std::string& path) {
  std::FILE* f = std::fopen(path.c_str(), "ae");
  if (!f) {
    throw std::runtime_error("cannot open event log " + path + ": " + std::strerror(errno) +
                             " (check the folder exists and is writable)");
  }
  std::lock_guard lock(mu_);
  if (file_) std::fclose(file_);
  file_ = f;
}

void EventLog::Record(std::string kind, std::string source, std::string message) {
  Event e{MonotonicNs(), std::move(kind), std::move(source), std::move(message)};
  std::lock_guard lock(mu_);
  if (to_stderr_) {
    std::fprintf(stderr, "tempmon-feed: %s: %s: %s\n", e.kind.c_str(), e.source.c_str(), e.message.c_str());
  }
  if (file_) {
    timespec wall{};
    clock_gettime(CLOCK_REALTIME, &wall);
    nlohmann::json j = {{"mono_ns", e.mono_ns},
                        {"wall_ns", static_cast<int64_t>(wall.tv_sec) * 1000000000LL + wall.tv_nsec},
                        {"kind", e.kind},
                        {"source", e.source},
                        {"message", e.message}};
    std::fprintf(file_, "%s\n", j.dump().c_str());
    std::fflush(file_);
  }
  ++counts_[e.kind];
  events_.push_back(std::move(e));
  if (events_.size() > kKeep) events_.pop_front();
}

std::vector<Event> EventLog::Snapshot() const {
  std::lock_guard lock(mu_);
  return {events_.begin(), events_.end()};
}

size_t EventLog::Count(const std::string& kind) const {
  std::lock_guard lock(mu_);
  auto it = counts_.find(kind);
  return it == counts_.end() ? 0 : it->second;
}

}  // namespace tempmon::feed
