// The one way a tempmon tool runs another program (nvidia-smi, scontrol,
// rclone): a child with a deadline and an environment the caller states.
// On expiry, or when the caller's stop descriptor becomes readable, the
// child gets SIGKILL; a child that cannot die yet (uninterruptible sleep) is
// not waited for but reaped later by ReapChildren(). A child never outlives
// the tool that started it (PR_SET_PDEATHSIG): a killed daemon leaves no
// upload or query running behind its back.
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
// This process's environment without the variables whose name starts with
// `prefix` (rclone without RCLONE_*: its config file is the only way in).
Environment InheritedExcept(std::string_view prefix);

// Where the child's standard error goes.
enum class Stderr {
  kDiscard,   // /dev/null
  kMerge,     // into Result::out, interleaved as written
  kSeparate,  // into Result::err
};

struct RunOptions {
  std::chrono::milliseconds deadline{5000};
  Environment env;                   // required: Inherited(), Only(...), or a list
  size_t max_output = 4 << 20;       // bytes kept of each of out and err
  Stderr stderr_to = Stderr::kDiscard;
  int stop_fd = -1;                  // readable: kill the child now (a daemon's signalfd)
};

struct Result {
  int exit_status = -1;  // exit code, or 128 + signal; -1 when it was not reaped
  bool timed_out = false;
  bool interrupted = false;  // stop_fd became readable and the child was killed
  std::string out;       // stdout (and stderr when merged), truncated at max_output
  std::string err;       // stderr with Stderr::kSeparate, truncated at max_output
};

// Throws SpawnError when the program cannot be started.
Result Run(const std::vector<std::string>& argv, const RunOptions& o);

// Reaps children killed earlier that had not exited yet; never blocks.
void ReapChildren();

// Finds `name` in $PATH; empty when absent.
std::string FindInPath(const std::string& name);

}  // namespace tempmon::proc
