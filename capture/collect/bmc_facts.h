// The capture's view of tempmon-feed's BMC state, one collector
// ("system.bmc"): the feed's --bmc-status file (ok, failed, slow,
// no_sensors, with the reason). The SEL comes from BmcSelCache
// (bmc_sel_cache.h), read off the event loop; KeepSelWindow cuts it to the
// window when the bundle is written.
#pragma once

#include <cstdint>
#include <string>

#include <nlohmann/json.hpp>

namespace tempmon::capture {

// {"feed": {...}} from the feed's status file. Throws std::runtime_error
// when it is absent or unreadable (the collector is then "failed" with why).
nlohmann::json BmcFeedState(const std::string& status_path, std::string& note);

// Keeps the SEL entries of facts["sel"] whose timestamps fall in
// [start_s, end_s] (the window in the BMC's clock, seconds since the
// epoch); returns how many were read in all.
size_t KeepSelWindow(nlohmann::json& facts, int64_t start_s, int64_t end_s);

}  // namespace tempmon::capture
