// Typed episodes and events from the throttle probe: the kernel's records
// (capture/probe/throttle.h) turned into the bundle's records (lib/bundle/
// records.h, where their JSON field names are defined). All times are
// CLOCK_MONOTONIC nanoseconds (as tempmon.ko's records).
#pragma once

#include "tempmon/bundle/records.h"

struct tm_episode;
struct tm_event;

namespace tempmon::probe {

using Step = bundle::EpisodeStep;
using Episode = bundle::Episode;
using Event = bundle::ProbeEvent;

// type "episode_open" for the probe's open notice and for an episode read
// from the kernel's table while still open; "episode" once closed.
Episode EpisodeFromRaw(const tm_episode& raw);
Event EventFromRaw(const tm_event& raw);

}  // namespace tempmon::probe
