// The system library's errors: one line naming what failed and why.
#pragma once

#include <cerrno>
#include <cstring>
#include <stdexcept>
#include <string>

namespace tempmon::sys {

// Every failure of a file or folder operation: one line naming the file or
// folder and the cause.
class SysError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

// The folder is not safe to write in (owner, mode or a link): refused.
class UntrustedError : public SysError {
 public:
  using SysError::SysError;
};

// "what failed: strerror(err) (hint)", the hint only when given.
inline std::string ErrnoText(const std::string& what, int err, const std::string& hint = {}) {
  std::string s = what + ": " + std::strerror(err);
  if (!hint.empty()) s += " (" + hint + ")";
  return s;
}

}  // namespace tempmon::sys
