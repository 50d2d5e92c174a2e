// What a driver leaves in sysfs at a fault, read as root from paths a
// uevent named: a device coredump's `data`, a GPU's error state, and AMD's
// RAS counters. Every path is checked before use (under /sys/devices, no
// "." or ".." component), opened beneath the sysfs root only
// (openat2 RESOLVE_BENEATH | RESOLVE_NO_MAGICLINKS, the file itself
// O_NOFOLLOW), and every read is bounded.
#pragma once

#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>

#include <nlohmann/json.hpp>

#include "tempmon/bundle/bundle.h"
#include "tempmon/bundle/records.h"

namespace tempmon::capture::evidence {

// Counting the size of a dump past the bound stops here: the event then
// says "at least" this many bytes.
inline constexpr uint64_t kMaxCountedBytes = 1ull << 30;

// True when `devpath` (a uevent's DEVPATH) is a plain path under /devices:
// absolute, no empty, "." or ".." component, no control byte, < 1024 bytes.
bool SafeDevpath(std::string_view devpath);

// A bounded read of one sysfs file.
struct BoundedRead {
  std::string bytes;    // the first `bound` bytes at most
  uint64_t total = 0;   // bytes the file gave (up to kMaxCountedBytes)
  bool at_least = false;  // counting stopped at kMaxCountedBytes
  int err = 0;          // errno of open or read; 0: read to the end
  const char* step = "";  // "open" or "read" when err
};
// `rel`: a path relative to the sysfs root folder `sys` (for example
// "devices/virtual/devcoredump/devcd1/data").
BoundedRead ReadBounded(const std::filesystem::path& sys, const std::string& rel, uint64_t bound);

// The failing device of sysfs object `devpath` through its link `link`
// ("failing_device" of a devcd, "device" of a DRM card): its path under
// /sys ("/devices/...", "" when the link is absent or leaves /sys/devices)
// and its driver's name ("" when none is bound).
struct LinkedDevice {
  std::string path, name, driver;
};
LinkedDevice Resolve(const std::filesystem::path& sys, const std::string& devpath, const char* link);

// An event with its bytes (when they were read).
struct Evidence {
  bundle::DeviceEvent event;
  std::optional<bundle::Attachment> attachment;
};

// A devcdN that was just added: its `data` at once (never written: a write
// frees it), then its failing device. `sysroot`: "/" in production.
Evidence ReadDevcoredump(const std::filesystem::path& sysroot, const std::string& devpath, uint64_t ts_ns,
                         uint64_t bound = bundle::kMaxAttachmentBytes);

// A DRM uevent on card `devpath`: its device, and with `error_state` the
// card's `error` file (i915) as attachment "drm-<card>-<seq>.error".
Evidence ReadDrmEvent(const std::filesystem::path& sysroot, const std::string& devpath, uint64_t ts_ns,
                      bool error_state, uint64_t seq, uint64_t bound = bundle::kMaxAttachmentBytes);

// AMD RAS: per card driven by amdgpu, every device/ras/*_err_count
// ("ue: N\nce: N") and device/ras/gpu_vram_bad_pages (pages
// "PFN : SIZE : FLAG", counted by flag: R reserved, P pending, F failed).
// `*note` says what is missing (no ras folder, no bad-page file) and which
// cards were read; {} and a note when there is no AMD GPU.
nlohmann::json AmdRas(const std::filesystem::path& sysroot, std::string* note);

}  // namespace tempmon::capture::evidence
