// The capture's owned file descriptor is the system library's one.
#pragma once

#include "tempmon/sys/unique_fd.h"

namespace tempmon::capture {
using sys::UniqueFd;
}  // namespace tempmon::capture
