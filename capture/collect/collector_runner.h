// Runs collectors concurrently, each with a deadline. A collector that
// blocks (a FIFO with no writer, a sysfs file of a hung device) is left
// behind on its detached thread and reported as "timeout"; the caller
// never waits longer than the deadline. While a collector of the same name
// is still stuck from an earlier capture it is not started again.
#pragma once

#include <chrono>
#include <functional>
#include <memory>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "tempmon/bundle/bundle.h"

namespace tempmon::capture {

struct CollectorOutcome {
  bundle::Collector meta;  // name, status ok/failed/timeout/skipped, message
  nlohmann::json data;     // what it returned (null unless ok)
};

class CollectorRunner {
 public:
  using Fn = std::function<nlohmann::json()>;  // throws on failure

  CollectorRunner();
  ~CollectorRunner();
  CollectorRunner(const CollectorRunner&) = delete;
  CollectorRunner& operator=(const CollectorRunner&) = delete;

  // Starts `fn` now on its own thread.
  void Start(const std::string& name, std::chrono::milliseconds deadline, Fn fn);
  // The same for a collector that may succeed with a remark (what it
  // found missing): the note becomes the ok collector's message.
  using NotedFn = std::function<nlohmann::json(std::string& note)>;
  void StartNoted(const std::string& name, std::chrono::milliseconds deadline, NotedFn fn);

  // Waits until every started collector finished or passed its deadline;
  // returns the outcomes in start order and forgets them.
  std::vector<CollectorOutcome> Wait();

  // Names of collectors from earlier captures still stuck (process-wide).
  static std::vector<std::string> StuckNames();

 private:
  struct Board;
  struct Job;
  std::shared_ptr<Board> board_;
  std::vector<std::shared_ptr<Job>> jobs_;
};

}  // namespace tempmon::capture
