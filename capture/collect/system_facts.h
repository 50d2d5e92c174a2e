// System facts for the bundle, read from /proc and /sys under a
// configurable root (tests point it at a fake tree). Each function is one
// collector: it may block (sysfs of a hung device) and so runs under
// CollectorRunner, never on the thread that writes the bundle.
#pragma once

#include <filesystem>
#include <string>

#include <nlohmann/json.hpp>

namespace tempmon::capture::facts {

namespace fs = std::filesystem;

// Reads a small text file whole; throws CaptureError naming the path.
std::string ReadText(const fs::path& p, size_t max = 1 << 20);
// Same, trimmed of trailing white space; nullopt-like "" on failure.
std::string ReadTrimmedOr(const fs::path& p, const std::string& fallback = {});

nlohmann::json Kernel(const fs::path& root);       // release, version, boot_id, cmdline
nlohmann::json Module(const fs::path& root);       // /sys/module/tempmon version + parameters
nlohmann::json Cpu(const fs::path& root);          // model name(s), count
nlohmann::json Thermal(const fs::path& root);      // zones with trips, cooling devices
nlohmann::json CpuFreq(const fs::path& root);      // policies
nlohmann::json Modules(const fs::path& root);      // /proc/modules
nlohmann::json ThrottleCounters(const fs::path& root);  // cpu*/thermal_throttle/*
nlohmann::json NvidiaSmi(int deadline_ms);         // when nvidia-smi exists

}  // namespace tempmon::capture::facts
