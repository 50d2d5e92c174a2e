#include "tempmon/bundle/read_limits.h"

#include <algorithm>
#include <cmath>
#include <cstdio>

#include "tempmon/bundle/bundle.h"

namespace tempmon::bundle {
namespace {

std::string Mb(uint64_t bytes) { return std::to_string((bytes + (1u << 20) - 1) >> 20) + " MB"; }

}  // namespace

ReadLimits ReadLimits::WithMemory(uint64_t bytes) const {
  ReadLimits l = *this;
  const long double f = static_cast<long double>(bytes) / static_cast<long double>(max_memory_bytes);
  auto scale = [f](uint64_t v) {
    long double x = std::ceil(static_cast<long double>(v) * f);
    return x >= 1.8e19L ? UINT64_MAX : std::max<uint64_t>(1, static_cast<uint64_t>(x));
  };
  l.max_samples_csv_bytes = scale(max_samples_csv_bytes);
  l.max_held_samples_csv_bytes = scale(max_held_samples_csv_bytes);
  l.max_samples = scale(max_samples);
  l.max_member_bytes = scale(max_member_bytes);
  l.max_total_bytes = scale(max_total_bytes);
  l.max_json_values = scale(max_json_values);
  l.max_memory_bytes = bytes;
  return l;
}

ReadBudget::ReadBudget(const ReadLimits& limits) : limits_(limits) {
  using namespace std::chrono;
  // Clamped so that a huge --max-seconds cannot overflow the clock.
  const double s = std::clamp(limits.max_seconds, 0.0, 1e9);
  deadline_ = steady_clock::now() + duration_cast<steady_clock::duration>(duration<double>(s));
}

namespace {

bool Fits(uint64_t charged, uint64_t bytes, uint64_t budget) {
  return bytes <= budget && charged <= budget - bytes;
}

}  // namespace

void ReadBudget::CheckFits(uint64_t bytes, std::string_view what) const {
  if (!Fits(charged(), bytes, limits_.max_memory_bytes))
    throw BundleError(std::string(what) + ": reading this bundle needs more than the memory budget of " +
                      Mb(limits_.max_memory_bytes) + " (a larger budget: " + std::string(kMaxMbOption) +
                      ")");
}

void ReadBudget::Charge(uint64_t bytes, std::string_view what) {
  uint64_t now = charged();
  do {
    if (!Fits(now, bytes, limits_.max_memory_bytes)) CheckFits(bytes, what);  // throws
  } while (!charged_.compare_exchange_weak(now, now + bytes, std::memory_order_relaxed));
}

void ReadBudget::Release(uint64_t bytes) {
  uint64_t now = charged();
  while (!charged_.compare_exchange_weak(now, now - std::min(bytes, now), std::memory_order_relaxed)) {
  }
}

void ReadBudget::TooManyJsonValues(std::string_view what) const {
  throw BundleError(std::string(what) + ": more than " + std::to_string(limits_.max_json_values) +
                    " JSON values in the bundle (far more than a capture writes; a larger budget: " +
                    std::string(kMaxMbOption) + ")");
}

void ReadBudget::CheckTime(std::string_view what) const {
  if (std::chrono::steady_clock::now() <= deadline_) return;
  char secs[32];
  std::snprintf(secs, sizeof secs, "%g", limits_.max_seconds);
  throw BundleError(std::string(what) + ": reading this bundle takes longer than the time budget of " + secs +
                    " s (a longer one: " + std::string(kMaxSecondsOption) + ")");
}

}  // namespace tempmon::bundle
