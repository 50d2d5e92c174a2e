// --once output: one scan as a table the field engineer can read.
#pragma once

#include <ostream>
#include <string>
#include <utility>
#include <vector>

#include "feed/reading.h"

namespace tempmon::feed {

// unreadable: (sensor name, why) rows shown after the readings.
void PrintTable(std::ostream& os, const std::vector<Reading>& readings,
                const std::vector<std::pair<std::string, std::string>>& unreadable = {});

}  // namespace tempmon::feed
