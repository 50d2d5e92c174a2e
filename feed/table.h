// --once output: one scan as a table the field engineer can read.
#pragma once

#include <ostream>
#include <vector>

#include "feed/reading.h"

namespace tempmon::feed {

void PrintTable(std::ostream& os, const std::vector<Reading>& readings);

}  // namespace tempmon::feed
