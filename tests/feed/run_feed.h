// Runs the real tempmon-feed binary with arguments and extra environment,
// collecting exit status and output, with a deadline.
#pragma once

#include <string>
#include <vector>

namespace tempmon::feed::test {

struct RunResult {
  int exit_code = -1;  // -1: killed (deadline) or signalled
  std::string out, err;
};

RunResult RunFeed(const std::vector<std::string>& args, const std::vector<std::string>& env = {},
                  int timeout_s = 60);

}  // namespace tempmon::feed::test
