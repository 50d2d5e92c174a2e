// Error text with errno: "what failed: strerror (hint)".
#pragma once

#include <cerrno>
#include <cstring>
#include <stdexcept>
#include <string>

namespace tempmon::capture {

class CaptureError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

inline std::string ErrnoText(const std::string& what, int err,
                             const std::string& hint = {}) {
  std::string s = what + ": " + std::strerror(err);
  if (!hint.empty()) s += " (" + hint + ")";
  return s;
}

[[noreturn]] inline void ThrowErrno(const std::string& what,
                                    const std::string& hint = {}) {
  throw CaptureError(ErrnoText(what, errno, hint));
}

}  // namespace tempmon::capture
