#include "feed/event_log.h"

#include <cerrno>
#include <cstring>
#include <ctime>
#include <filesystem>
#include <stdexcept>

#include <nlohmann/json.hpp>

#include "feed/reading.h"
#include "tempmon/sys/dir.h"

namespace tempmon::feed {

EventLog::~EventLog() {
  if (file_) std::fclose(file_);
}

void EventLog::OpenFile(const std::string& path) {
  // Appended to in a checked folder, never through a link (tempmon/sys/dir.h).
  std::FILE* f = nullptr;
  try {
    const std::filesystem::path p(path);
    sys::UniqueFd fd = sys::Dir::Open(p.parent_path()).OpenInPlace(p.filename().string(), 0640, true);
    f = ::fdopen(fd.get(), "ae");
    if (f) fd.Release();
  } catch (const sys::SysError& e) {
    throw std::runtime_error("cannot open event log: " + std::string(e.what()));
  }
  if (!f) throw std::runtime_error("cannot open event log " + path + ": " + std::strerror(errno));
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
