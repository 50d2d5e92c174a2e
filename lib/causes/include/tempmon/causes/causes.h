// Why a device throttled: the table of causes (causes.json, embedded at
// build time like the signature catalogue) and the judge that applies it to
// a bundle's window. tempmon-capture judges every episode when it writes a
// bundle (off the sampling path); the viewer shows what was judged. There is
// no other list of causes or of sensor roles.
//
// The judge works from the manifest's sensor descriptions only (unit, name,
// model, uuid, location), never from where a sensor came from: a fan or
// inlet pushed by hwmon, NVML or a BMC collector counts the same.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "tempmon/bundle/bundle.h"
#include "tempmon/bundle/records.h"

namespace tempmon::causes {

// Sensor roles as the table spells them.
inline constexpr const char* kRoleInlet = "inlet";
inline constexpr const char* kRoleExhaust = "exhaust";
inline constexpr const char* kRoleFanSpeed = "fan_speed";
inline constexpr const char* kRoleFanTarget = "fan_target";
inline constexpr const char* kRoleFanDuty = "fan_duty";
inline constexpr const char* kRolePowerLimit = "power_limit";
inline constexpr const char* kRolePower = "power";
inline constexpr const char* kRoleDevice = "device";

// The ids of the table's causes ("power_limit", ... , "unknown" last).
std::vector<std::string> CauseIds();
inline constexpr const char* kUnknown = "unknown";

// What a sensor measures, from its unit and the words of its label (the
// name after its last ':', '/' or '.'): one of the roles above, or "" for
// a series the judge does not use (a clock).
std::string RoleOf(const bundle::Sensor& s);
// The same for a label and unit spelled out (the feeder names its series
// with it).
std::string RoleOf(const std::string& label, const std::string& unit);

// The CPU package a sensor measures, where the kernel's names say it:
// RAPL's package zones (powercap "package-N", series rapl:package-N.*),
// coretemp's "Package id N" and k10temp's Tctl/Tdie (one instance per
// socket, PCI device 18h + socket). RAPL numbers packages logically and
// coretemp physically; the two agree except on machines with sparse
// socket ids.
std::optional<int> CpuPackage(const bundle::Sensor& s);

// Whether two sensors belong to one device: the same uuid, else the same
// CPU package, else the same model and location (a hwmon chip, a PCI
// device). Empty identity: none.
bool SameDevice(const bundle::Sensor& a, const bundle::Sensor& b);

// Judges every episode of `episodes` (open notices excepted) on the
// window's samples and sets its `attribution`. Bounded work: the samples
// are split per sensor and sorted once (n log n); each episode then reads
// a few time ranges of its related sensors. Past kMaxJudged episodes the
// rest get cause "unknown", saying so.
inline constexpr size_t kMaxJudged = 256;
void Judge(std::vector<bundle::Episode>& episodes, const std::vector<bundle::Sensor>& sensors,
           const std::vector<bundle::Sample>& samples, uint64_t window_start_ns, uint64_t window_end_ns);

// Every change of a power-limit sensor's value (by 1 W or more) within the
// samples, in time order.
std::vector<bundle::PowerLimitEvent> PowerLimitChanges(const std::vector<bundle::Sensor>& sensors,
                                                       const std::vector<bundle::Sample>& samples);

// The bundle's "cooling_inputs" collector: which cooling inputs the ring's
// sensors give the judge (fans, duties, inlet/exhaust air, power limits) and
// which it lacks, in one line. Status "ok" when fans and an inlet are there,
// "skipped" (with what is missing) otherwise: a machine that lacks them is
// said so, not silently judged "unknown".
bundle::Collector CoolingInputs(const std::vector<bundle::Sensor>& sensors);

// The table as loaded (for tests and docs).
const nlohmann::json& TableJson();

}  // namespace tempmon::causes
