// Runs an external program (nvidia-smi) with a deadline. On expiry the
// child gets SIGKILL; a child that cannot die yet (uninterruptible sleep)
// is not waited for but reaped later by ReapChildren().
#pragma once

#include <chrono>
#include <string>
#include <vector>

namespace tempmon::capture {

struct CommandResult {
  int exit_status = -1;  // exit code, or 128 + signal
  bool timed_out = false;
  std::string out;       // stdout, truncated at max_output
};

// Throws CaptureError when the program cannot be started.
CommandResult RunCommand(const std::vector<std::string>& argv,
                         std::chrono::milliseconds deadline,
                         size_t max_output = 4 << 20);

// Reaps children killed earlier that had not exited yet; never blocks.
void ReapChildren();

// Finds `name` in $PATH; empty when absent.
std::string FindInPath(const std::string& name);

}  // namespace tempmon::capture
