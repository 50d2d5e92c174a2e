// The capture's errors: one line, with errno's text where a call failed.
#pragma once

#include <cerrno>
#include <stdexcept>
#include <string>

#include "tempmon/sys/error.h"

namespace tempmon::capture {

class CaptureError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

using sys::ErrnoText;

[[noreturn]] inline void ThrowErrno(const std::string& what,
                                    const std::string& hint = {}) {
  throw CaptureError(ErrnoText(what, errno, hint));
}

}  // namespace tempmon::capture
