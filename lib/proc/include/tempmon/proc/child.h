// The one way a tempmon tool runs another program (nvidia-smi, scontrol,
// rclone): a child with a deadline and an environment the caller states.
// On expiry the child gets SIGKILL; a child that cannot die yet
// (uninterruptible sleep) is not waited for but reaped later by
// ReapChildren().
#pragma once

#include <chrono>
#include <initializer_list>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace tempmon::proc {

struct SpawnError : std::runtime_error {
  using std::runtime_error::runtime_error;
};

// The child's whole environment, "NAME=value" each.
using Environment = std::vector<std::string>;
// This process's environment as it is.
Environment Inherited();
// Only the named variables of this process's environment (absent ones are
// left out): a child that must not see credentials or tokens.
Environment Only(std::initializer_list<std::string_view> names);

struct RunOptions {
  std::chrono::milliseconds deadline{5000};
  Environment env;                   // required: Inherited(), Only(...), or a list
  size_t max_output = 4 << 20;       // bytes of output kept
  bool merge_stderr = false;         // stderr into `out` too (else /dev/null)
};

struct Result {
  int exit_status = -1;  // exit code, or 128 + signal
  bool timed_out = false;
  std::string out;       // stdout (and stderr when merged), truncated at max_output
};

// Throws SpawnError when the program cannot be started.
Result Run(const std::vector<std::string>& argv, const RunOptions& o);

// Reaps children killed earlier that had not exited yet; never blocks.
void ReapChildren();

// Finds `name` in $PATH; empty when absent.
std::string FindInPath(const std::string& name);

}  // namespace tempmon::proc
