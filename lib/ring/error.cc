#include "tempmon/ring/error.h"

#include <cstring>

namespace tempmon::ring {

namespace {
std::string Compose(int err, const std::string& what, const std::string& hint) {
  std::string msg = what + ": " + std::strerror(err);
  if (!hint.empty()) msg += " (hint: " + hint + ")";
  return msg;
}
}  // namespace

RingError::RingError(int err, const std::string& what, const std::string& hint)
    : std::system_error(err, std::generic_category(), Compose(err, what, hint)) {}

void ThrowError(int err, const std::string& what, const std::string& hint) {
  throw RingError(err, what, hint);
}

}  // namespace tempmon::ring
