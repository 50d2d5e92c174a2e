#include "tempmon/ring/sensor_desc.h"

#include <sched.h>

#include <algorithm>
#include <array>
#include <cstring>
#include <utility>

namespace tempmon::ring {

namespace {

constexpr std::array<std::pair<uint16_t, std::string_view>, 5> kOrigins{{
    {TEMPMON_ORIGIN_ZONE, "zone"},
    {TEMPMON_ORIGIN_PUSH, "push"},
    {TEMPMON_ORIGIN_SIM, "sim"},
    {TEMPMON_ORIGIN_HWMON, "hwmon"},
    {TEMPMON_ORIGIN_NVML, "nvml"},
}};
constexpr std::array<std::pair<uint16_t, std::string_view>, 5> kUnits{{
    {TEMPMON_UNIT_CELSIUS, "C"},
    {TEMPMON_UNIT_MHZ, "MHz"},
    {TEMPMON_UNIT_WATT, "W"},
    {TEMPMON_UNIT_RPM, "RPM"},
    {TEMPMON_UNIT_PERCENT, "%"},
}};

template <class Table>
std::string NameOf(const Table& t, uint16_t v, const char* prefix) {
  for (const auto& [k, n] : t)
    if (k == v) return std::string(n);
  return prefix + std::to_string(v);
}

template <class Table>
std::optional<uint16_t> ValueOf(const Table& t, std::string_view name) {
  for (const auto& [k, n] : t)
    if (n == name) return k;
  return std::nullopt;
}

template <size_t N>
std::string Str(const char (&a)[N]) {
  return std::string(a, strnlen(a, N));
}

template <size_t N>
void Put(char (&a)[N], const std::string& s) {
  std::memset(a, 0, N);
  std::memcpy(a, s.data(), std::min(s.size(), N - 1));
}

std::optional<int32_t> Limit(int32_t v) {
  if (v == TEMPMON_NO_THRESHOLD) return std::nullopt;
  return v;
}

SensorDesc FromRaw(const tempmon_sensor_desc& r) {
  SensorDesc d;
  d.origin = r.origin;
  d.unit = r.unit;
  d.shutdown_mc = Limit(r.shutdown_mc);
  d.max_op_mc = Limit(r.max_op_mc);
  d.model = Str(r.model);
  d.uuid = Str(r.uuid);
  d.location = Str(r.location);
  return d;
}

}  // namespace

SensorDesc ReadSensorDesc(const tempmon_ctrl* c, uint32_t i) {
  const uint16_t kind = __atomic_load_n(&c->sensors[i].kind, __ATOMIC_RELAXED);
  if (!tempmon_abi_has_sensor_desc(__atomic_load_n(&c->abi_major, __ATOMIC_RELAXED),
                                   __atomic_load_n(&c->abi_minor, __ATOMIC_RELAXED))) {
    SensorDesc d = FromRaw(tempmon_sensor_desc_default(kind));
    d.assumed = true;
    return d;
  }
  // Seqlock read: sensors_gen is odd while a description is rewritten.
  // A writer holds it odd for a 128-byte copy, so a few retries (yielding
  // to it) suffice; a ring whose producer died mid-write is not waited on
  // forever: its sensor reads as the defaults of its kind.
  tempmon_sensor_desc raw{};
  bool whole = false;
  for (int attempt = 0; attempt < 1000 && !whole; ++attempt) {
    if (attempt > 0) sched_yield();
    const uint32_t g1 = __atomic_load_n(&c->sensors_gen, __ATOMIC_ACQUIRE);
    const auto* src = reinterpret_cast<const unsigned char*>(&c->sensors_desc[i]);
    auto* dst = reinterpret_cast<unsigned char*>(&raw);
    // Acquire loads of the copy stand for the acquire fence before the
    // second generation read (ThreadSanitizer does not model fences): a
    // byte of a newer description orders the rereading of sensors_gen
    // after it, so a torn copy is always seen as torn.
    for (size_t b = 0; b < sizeof(raw); ++b) dst[b] = __atomic_load_n(src + b, __ATOMIC_ACQUIRE);
    const uint32_t g2 = __atomic_load_n(&c->sensors_gen, __ATOMIC_RELAXED);
    whole = g1 == g2 && (g1 & 1) == 0;
  }
  if (!whole) {
    SensorDesc d = FromRaw(tempmon_sensor_desc_default(kind));
    d.assumed = true;
    return d;
  }
  SensorDesc d = FromRaw(raw);
  // A slot described by no one (a producer that left it zero) reads as the
  // defaults of its kind.
  if (d.origin == TEMPMON_ORIGIN_UNSET) d.origin = tempmon_sensor_desc_default(kind).origin;
  return d;
}

tempmon_sensor_desc ToRaw(const SensorDesc& d) {
  tempmon_sensor_desc r{};
  r.origin = d.origin;
  r.unit = d.unit;
  r.shutdown_mc = d.shutdown_mc.value_or(TEMPMON_NO_THRESHOLD);
  r.max_op_mc = d.max_op_mc.value_or(TEMPMON_NO_THRESHOLD);
  Put(r.model, d.model);
  Put(r.uuid, d.uuid);
  Put(r.location, d.location);
  return r;
}

std::string OriginName(uint16_t origin) { return NameOf(kOrigins, origin, "origin"); }
std::optional<uint16_t> OriginFromName(std::string_view name) { return ValueOf(kOrigins, name); }
std::string UnitName(uint16_t unit) { return NameOf(kUnits, unit, "unit"); }
std::optional<uint16_t> UnitFromName(std::string_view name) { return ValueOf(kUnits, name); }

}  // namespace tempmon::ring
