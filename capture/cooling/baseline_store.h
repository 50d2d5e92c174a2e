// The cooling baselines on disk: one file in the capture's state folder,
// replaced through lib/sys's atomic replace (never half written).
#pragma once

#include <string>
#include <vector>

#include "capture/cooling/model.h"
#include "tempmon/sys/dir.h"

namespace tempmon::cooling {

inline constexpr const char* kBaselineFile = ".tempmon-cooling-baselines.json";

struct Loaded {
  std::vector<Baseline> baselines;
  std::string error;  // one line when the file was unreadable or malformed: relearn
};

// Reads the file; a missing file is no error (nothing learned yet).
Loaded LoadBaselines(const sys::Dir& state);
void SaveBaselines(const sys::Dir& state, const std::vector<const Baseline*>& devices);
// Drops one device's baseline so that it learns afresh (after a repair);
// false when no such device was stored.
bool ResetBaseline(const sys::Dir& state, const std::string& id);
// Sets one device's baseline (a qualification's), keeping every other
// device's; throws std::runtime_error with one line when the file is
// unreadable or malformed (then nothing is written).
void StoreBaseline(const sys::Dir& state, const Baseline& b);

}  // namespace tempmon::cooling
