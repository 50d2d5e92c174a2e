// Episodes for a bundle come from two places: the ring's throttle flags
// (exact for tempmon sensors: every sample is there) and the BPF probe
// (kernel thermal zones, cooling, frequency limits). This joins them into
// one list a support engineer can read without counting the same throttle
// twice.
#pragma once

#include <deque>
#include <vector>

#include "tempmon/bundle/bundle.h"
#include "tempmon/bundle/records.h"

namespace tempmon::capture {

// One episode per throttle:
//  * of the probe's records, a closed episode or the state of an episode
//    still open at the window's end (`open_now`, ThrottleProbe::
//    OpenEpisodes) replaces the open notice with the same seq;
//  * the probe's episode about a tempmon sensor is dropped when the ring
//    has an episode for that sensor (the ring saw every sample);
//  * a ring episode of a sensor that samples a thermal zone (kind "zone",
//    named after the zone's type) and the probe's episode of that zone,
//    overlapping in time, are one throttle: the probe's episode (its cause
//    chain) is kept, with the ring's sensor and times in ring_sensor_id,
//    ring_start_ns, ring_end_ns and the higher peak of the two.
// Ring episodes come first, then the probe's, each in its own order.
std::vector<bundle::Episode> MergeEpisodes(std::vector<bundle::Episode> ring,
                                           const std::deque<bundle::Episode>& bpf,
                                           const std::vector<bundle::Episode>& open_now,
                                           const std::vector<bundle::Sensor>& sensors);

}  // namespace tempmon::capture
