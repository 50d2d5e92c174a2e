// Episodes for a bundle come from two places: the ring's throttle flags
// (exact for tempmon sensors: every sample is there) and the BPF probe
// (kernel thermal zones, cooling, frequency limits). This joins them into
// one list a support engineer can read without counting the same event twice.
#pragma once

#include <deque>
#include <vector>

#include <nlohmann/json.hpp>

namespace tempmon::capture {

// The BPF episodes worth keeping: a closed "episode" replaces its own
// "episode_open" notice (same seq), and a BPF episode about a tempmon
// sensor is dropped when the ring already has an episode for that sensor.
std::vector<nlohmann::json> BpfEpisodesForBundle(const std::deque<nlohmann::json>& bpf,
                                                 const nlohmann::json& ring_episodes);

// The probe names fields after its own model (peak_temp_mc, ...); the
// bundle format (docs/bundle-format.md) documents peak_mc,
// trip_to_cooling_ns, max_cooling_state, min_max_freq_khz and zone/sensor.
// Adds the documented names where absent, keeping the originals.
void AddDocumentedEpisodeFields(nlohmann::json& episode);

}  // namespace tempmon::capture
