// Tolerant access to the free-form episode/event objects from the BPF
// probe: a field that is absent or of an unexpected type reads as "none".
#pragma once

#include <cstdint>
#include <optional>
#include <string>

#include <nlohmann/json.hpp>

namespace tempmon::bundle {

std::optional<int64_t> JInt(const nlohmann::json& o, const char* key);
std::optional<uint64_t> JU64(const nlohmann::json& o, const char* key);
// A string field as is, a scalar as its JSON text, otherwise "—".
std::string JText(const nlohmann::json& o, const char* key);

}  // namespace tempmon::bundle
