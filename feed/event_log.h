// Things that happened to the feeder's sources (a sensor appeared, a GPU went
// stale or was lost, an Xid): logged to stderr (the journal under systemd),
// optionally appended as JSON lines to a file, and kept in memory (bounded)
// for the end-of-run summary and the tests.
#pragma once

#include <cstdint>
#include <cstdio>
#include <deque>
#include <map>
#include <mutex>
#include <string>
#include <vector>

namespace tempmon::feed {

struct Event {
  uint64_t mono_ns = 0;
  std::string kind;     // "sensor_appeared", "gpu_stale", "gpu_lost", "xid", ...
  std::string source;   // sensor name
  std::string message;  // one human line
};

class EventLog {
 public:
  explicit EventLog(bool to_stderr = true) : to_stderr_(to_stderr) {}
  ~EventLog();
  EventLog(const EventLog&) = delete;
  EventLog& operator=(const EventLog&) = delete;

  // Appends JSON lines to path; throws std::runtime_error naming path and errno.
  void OpenFile(const std::string& path);
  // Thread-safe.
  void Record(std::string kind, std::string source, std::string message);
  std::vector<Event> Snapshot() const;
  size_t Count(const std::string& kind) const;

 private:
  static constexpr size_t kKeep = 1000;
  bool to_stderr_;
  mutable std::mutex mu_;
  std::deque<Event> events_;
  std::map<std::string, size_t> counts_;
  std::FILE* file_ = nullptr;
};

}  // namespace tempmon::feed
