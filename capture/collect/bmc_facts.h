// The capture's view of the server's BMC, one collector ("system.bmc"):
// tempmon-feed's BMC state (its --bmc-status file: ok, failed, slow,
// no_sensors, with the reason) and the System Event Log read from the BMC
// at bundle time. It runs on the CollectorRunner like every collector, so
// a BMC that does not answer costs the bundle its deadline, never more.
#pragma once

#include <cstdint>
#include <string>

#include <nlohmann/json.hpp>

#include "feed/bmc_ipmi.h"

namespace tempmon::capture {

struct BmcFactsOptions {
  feed::BmcConfig config;   // mode kOff: no SEL read
  std::string status_path;  // "" = no feed state
};

// {"feed": {...} | absent, "sel": {"bmc": where, "entries": [...], "read": N} | absent}.
// Throws feed::BmcError when the SEL cannot be read (the message carries
// the feed's state too); `note` says what was found.
nlohmann::json BmcFacts(const BmcFactsOptions& o, std::string& note);

// Keeps the SEL entries whose timestamps fall in [start_s, end_s] (the
// window in the BMC's clock, seconds since the epoch); returns how many
// were read in all.
size_t KeepSelWindow(nlohmann::json& facts, int64_t start_s, int64_t end_s);

}  // namespace tempmon::capture
