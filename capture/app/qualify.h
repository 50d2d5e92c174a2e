// tempmon-capture --qualify: a thermal qualification of one device.
//
// Per run: the device's idle level, then the operator's load command (run
// through lib/proc with the soak as its deadline) until the cooling model
// finds a steady segment under load, which gives R; the load is stopped
// and the model fits tau on the cool-down. After the runs: R and tau per
// run, their mean and spread, judged against +-3 %; a repeatable result
// becomes the device's baseline in the spool (capture/cooling/
// baseline_store.h), anything else leaves the stored baseline as it was.
// Every figure is the cooling model's own (capture/cooling/model.h): this
// drives it and reads it, it measures nothing itself.
#pragma once

#include "capture/app/options.h"

namespace tempmon::capture {

// The repeatability a qualification is held to: the largest deviation of
// a run's R or tau from their mean, in % of the mean.
inline constexpr double kQualifyGoalPct = 3;

// Runs the qualification `o.qualify` describes; returns the exit status
// (kExitNotQualified with one line on stderr when it could not qualify).
int Qualify(const Options& o);

}  // namespace tempmon::capture
