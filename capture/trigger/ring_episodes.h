// Throttle episodes rebuilt from ring samples (THR_START .. THR_END per
// sensor), as the same bundle records as the BPF probe's (records.h).
#pragma once

#include <vector>

#include "capture/trigger/sample_triggers.h"
#include "tempmon/bundle/bundle.h"
#include "tempmon/bundle/records.h"

namespace tempmon::capture {

// One object per episode that overlaps `samples`: start, end (null while
// still open at the window's end), duration, peak, time above threshold.
// Two kinds: the ring's own throttle episodes (THR_START .. THR_END, cause
// "tempmon_throttle") and the periods a pushed sensor's source flagged
// (one episode per flag bit in kSourceFlagCauses, cause "<kind>:<name>").
std::vector<bundle::Episode> EpisodesFromSamples(const std::vector<bundle::Sample>& samples,
                                   const std::vector<bundle::Sensor>& sensors);

}  // namespace tempmon::capture
