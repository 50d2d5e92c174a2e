// Errors of the ring library: std::system_error carrying errno, with a
// message that says what failed and what to try.
#pragma once

#include <string>
#include <system_error>

namespace tempmon::ring {

class RingError : public std::system_error {
 public:
  RingError(int err, const std::string& what, const std::string& hint);
};

// Throws RingError for errno `err`: "<what>: <strerror> (hint: <hint>)".
[[noreturn]] void ThrowError(int err, const std::string& what, const std::string& hint = {});

}  // namespace tempmon::ring
