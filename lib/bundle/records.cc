#include "tempmon/bundle/records.h"

#include "tempmon/bundle/bundle.h"  // BundleError

#include <cstdio>
#include <limits>
#include <type_traits>

namespace tempmon::bundle {
namespace {

using nlohmann::json;

template <class T>
struct IsOptional : std::false_type {};
template <class T>
struct IsOptional<std::optional<T>> : std::true_type {};
template <class T>
struct IsStringMap : std::false_type {};
template <>
struct IsStringMap<std::map<std::string, std::string>> : std::true_type {};
template <class T>
struct IsVector : std::false_type {};
template <class T>
struct IsVector<std::vector<T>> : std::true_type {};

// --- writing ---------------------------------------------------------

template <class T>
json Out(const T& v);

template <class T>
json Out(const std::vector<T>& v) {
  json a = json::array();
  for (const T& x : v) {
    if constexpr (std::is_same_v<T, std::string>)
      a.push_back(x);
    else
      a.push_back(ToJson(x));
  }
  return a;
}

template <class T>
concept HasFields = requires(const T& r) { T::Fields(r, [](auto&&...) {}); };

template <class T>
json Out(const T& v) {
  if constexpr (HasFields<T>)
    return ToJson(v);
  else
    return json(v);
}

struct Writer {
  json& j;
  template <class T>
  void operator()(const char* key, const T& v, const char* /*legacy*/ = nullptr,
                  unsigned flags = 0) const {
    if (flags & kInputOnly) return;
    if constexpr (IsOptional<T>::value) {
      if (v)
        j[key] = Out(*v);
      else if (!(flags & kOmitIfAbsent))
        j[key] = nullptr;
    } else if constexpr (std::is_same_v<T, std::string> || IsStringMap<T>::value) {
      if (!(flags & kAdded) || !v.empty()) j[key] = Out(v);
    } else {
      j[key] = Out(v);
    }
  }
};

template <class R>
json Write(const R& r) {
  json j = json::object();
  R::Fields(r, Writer{j});
  return j;
}

// --- tolerant reading --------------------------------------------------

template <class T>
bool TakeInt(const json& v, T& out) {
  if (v.is_number_unsigned()) {
    const uint64_t x = v.get<uint64_t>();
    if (x > static_cast<uint64_t>(std::numeric_limits<T>::max())) return false;
    out = static_cast<T>(x);
    return true;
  }
  if (!v.is_number_integer()) return false;
  const int64_t x = v.get<int64_t>();
  if constexpr (std::is_unsigned_v<T>) {
    if (x < 0 || static_cast<uint64_t>(x) > std::numeric_limits<T>::max()) return false;
  } else {
    if (x < std::numeric_limits<T>::min() || x > std::numeric_limits<T>::max()) return false;
  }
  out = static_cast<T>(x);
  return true;
}

template <class T>
bool Take(const json& v, T& out);

Episode EpisodeFrom(const json& j);
EpisodeStep StepFrom(const json& j);
template <class R>
R ReadTolerant(const json& j);

template <class T>
bool Take(const json& v, T& out) {
  if constexpr (IsOptional<T>::value) {
    if (v.is_null()) {
      out.reset();
      return true;
    }
    typename T::value_type x{};
    if (!Take(v, x)) return false;
    out = std::move(x);
    return true;
  } else if constexpr (std::is_same_v<T, std::vector<EpisodeStep>>) {
    if (!v.is_array()) return false;
    out.clear();
    for (const json& s : v)
      if (s.is_object()) out.push_back(StepFrom(s));
    return true;
  } else if constexpr (std::is_same_v<T, std::vector<std::string>>) {
    if (!v.is_array()) return false;
    out.clear();
    for (const json& s : v)
      if (s.is_string()) out.push_back(s.get<std::string>());
    return true;
  } else if constexpr (IsStringMap<T>::value) {
    if (!v.is_object()) return false;
    out.clear();
    for (const auto& [k, x] : v.items())
      if (x.is_string()) out[k] = x.template get<std::string>();
    return true;
  } else if constexpr (IsVector<T>::value) {
    if (!v.is_array()) return false;
    out.clear();
    for (const json& s : v)
      if (s.is_object()) out.push_back(ReadTolerant<typename T::value_type>(s));
    return true;
  } else if constexpr (std::is_same_v<T, std::string>) {
    if (!v.is_string()) return false;
    out = v.get<std::string>();
    return true;
  } else if constexpr (std::is_same_v<T, bool>) {
    if (!v.is_boolean()) return false;
    out = v.get<bool>();
    return true;
  } else if constexpr (std::is_floating_point_v<T>) {
    if (!v.is_number()) return false;
    out = v.get<T>();
    return true;
  } else if constexpr (HasFields<T>) {
    if (!v.is_object()) return false;
    out = ReadTolerant<T>(v);
    return true;
  } else {
    static_assert(std::is_integral_v<T>);
    return TakeInt(v, out);
  }
}

struct Tolerant {
  const json& j;
  template <class T>
  void operator()(const char* key, T& v, const char* legacy = nullptr, unsigned = 0) const {
    auto it = j.find(key);
    if (it == j.end() && legacy) it = j.find(legacy);
    if (it != j.end()) Take(*it, v);
  }
};

template <class R>
R ReadTolerant(const json& j) {
  R r;
  if (j.is_object()) R::Fields(r, Tolerant{j});
  return r;
}

EpisodeStep StepFrom(const json& j) {
  EpisodeStep s = ReadTolerant<EpisodeStep>(j);
  if (s.kind == "cdev_update") s.kind = kKindCooling;  // format 1's name
  return s;
}

// Format 1 wrote `zone` or `sensor` for the name, `tempmon`/`freq` for two
// causes, and 0 for the end of an open episode.
Episode EpisodeFrom(const json& j) {
  Episode e = ReadTolerant<Episode>(j);
  if (!j.is_object()) return e;
  for (std::string_view where : {kSourceZone, kSourceSensor}) {
    auto it = j.find(where);
    if (e.name.empty() && it != j.end() && it->is_string()) {
      e.name = it->get<std::string>();
      if (e.source.empty()) e.source = where;
    }
  }
  if (e.cause == "tempmon") e.cause = kCauseTempmon;
  if (e.cause == "freq") e.cause = kCauseFreq;
  if (e.end_ns && *e.end_ns == 0) {
    e.end_ns.reset();
    e.duration_ns.reset();
  }
  return e;
}

// --- strict reading ------------------------------------------------------

struct Strict {
  const json& j;
  const std::string& where;

  [[noreturn]] void Fail(const char* key, const char* why) const {
    throw BundleError(where + ": field '" + key + "' " + why);
  }
  template <class T>
  void Value(const char* key, const json& v, T& out) const {
    if constexpr (IsOptional<T>::value) {
      typename T::value_type x{};
      Value(key, v, x);
      out = std::move(x);
    } else if constexpr (std::is_same_v<T, std::string>) {
      if (!v.is_string()) Fail(key, "is not a string");
      out = v.get<std::string>();
    } else if constexpr (std::is_same_v<T, bool>) {
      if (!v.is_boolean()) Fail(key, "is not a boolean");
      out = v.get<bool>();
    } else if constexpr (std::is_floating_point_v<T>) {
      if (!v.is_number()) Fail(key, "is not a number");
      out = v.get<T>();
    } else {
      if (!v.is_number_integer()) Fail(key, "is not an integer");
      if (std::is_unsigned_v<T> && !v.is_number_unsigned()) Fail(key, "must not be negative");
      if (!TakeInt(v, out)) Fail(key, "is out of range");
    }
  }
  // An optional field may be absent; every other field is required.
  template <class T>
  void operator()(const char* key, T& v, const char* legacy = nullptr, unsigned flags = 0) const {
    auto it = j.find(key);
    if (it == j.end() && legacy) it = j.find(legacy);
    if (it == j.end()) {
      if (IsOptional<T>::value || (flags & kAdded)) return;
      throw BundleError(where + ": required field '" + key + "' is missing");
    }
    Value(key, *it, v);
  }
};

template <class R, class F>
json WriteWith(const R& r, F fields) {
  json j = json::object();
  fields(r, Writer{j});
  return j;
}

template <class R, class F>
R ReadStrict(const json& j, const std::string& where, F fields) {
  if (!j.is_object()) throw BundleError(where + ": not an object");
  R r;
  fields(r, Strict{j, where});
  return r;
}

std::string Deg(int64_t mc) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.1f C", static_cast<double>(mc) / 1000.0);
  return buf;
}

}  // namespace

json ToJson(const EpisodeStep& s) { return Write(s); }
json ToJson(const Evidence& e) { return Write(e); }
json ToJson(const Attribution& a) { return Write(a); }
json ToJson(const Episode& e) { return Write(e); }
json ToJson(const ProbeEvent& e) { return Write(e); }
json ToJson(const TriggerEvent& e) { return Write(e); }
json ToJson(const DeviceEvent& e) { return Write(e); }
json ToJson(const TailSummaryEvent& e) { return Write(e); }
json ToJson(const PowerLimitEvent& e) { return Write(e); }
json ToJson(const KmsgMatchEvent& e) { return Write(e); }
json ToJson(const CrashTailSensor& s) { return Write(s); }
json ToJson(const Crash& c) { return Write(c); }

#define TEMPMON_FIELDS(fn) [](auto& r, auto&& f) { fn(r, f); }
json ToJson(const KmsgRecord& k) { return WriteWith(k, TEMPMON_FIELDS(KmsgFields)); }
json ToJson(const Sensor& x) { return WriteWith(x, TEMPMON_FIELDS(SensorFields)); }
json ToJson(const Collector& x) { return WriteWith(x, TEMPMON_FIELDS(CollectorFields)); }
json ToJson(const Trigger& x) { return WriteWith(x, TEMPMON_FIELDS(TriggerFields)); }
json ToJson(const Losses& x) { return WriteWith(x, TEMPMON_FIELDS(LossesFields)); }

Sensor SensorFromJson(const json& j, const std::string& where) {
  Sensor s = ReadStrict<Sensor>(j, where, TEMPMON_FIELDS(SensorFields));
  if (s.unit.empty()) throw BundleError(where + ": field 'unit' is empty");
  return s;
}
Collector CollectorFromJson(const json& j, const std::string& where) {
  return ReadStrict<Collector>(j, where, TEMPMON_FIELDS(CollectorFields));
}
Trigger TriggerFromJson(const json& j, const std::string& where) {
  return ReadStrict<Trigger>(j, where, TEMPMON_FIELDS(TriggerFields));
}
Losses LossesFromJson(const json& j, const std::string& where) {
  return ReadStrict<Losses>(j, where, TEMPMON_FIELDS(LossesFields));
}

Episode EpisodeFromJson(const json& j) { return EpisodeFrom(j); }
Crash CrashFromJson(const json& j) { return ReadTolerant<Crash>(j); }

Event EventFromJson(const json& j) {
  const EventHead h = ReadTolerant<EventHead>(j);
  if (!j.is_object()) return OtherEvent{j};
  if (h.type == kTypeEvent) return ReadTolerant<ProbeEvent>(j);
  if (h.type == kTypeTrigger) return ReadTolerant<TriggerEvent>(j);
  if (h.type == kTypeTailSummary) return ReadTolerant<TailSummaryEvent>(j);
  if (h.type == kTypeDevice) return ReadTolerant<DeviceEvent>(j);
  if (h.type == kTypePowerLimitChange) return ReadTolerant<PowerLimitEvent>(j);
  if (h.type == kTypeKmsgMatch) return ReadTolerant<KmsgMatchEvent>(j);
  return OtherEvent{j};
}

json ToJson(const Event& e) {
  return std::visit(
      [](const auto& x) -> json {
        if constexpr (std::is_same_v<std::decay_t<decltype(x)>, OtherEvent>)
          return x.object;
        else
          return Write(x);
      },
      e);
}

EventHead Head(const Event& e) {
  return std::visit(
      [](const auto& x) -> EventHead {
        if constexpr (std::is_same_v<std::decay_t<decltype(x)>, OtherEvent>) {
          return ReadTolerant<EventHead>(x.object);
        } else {
          EventHead h;
          h.type = x.type;
          h.ts_ns = x.ts_ns;
          if constexpr (requires { x.kind; }) h.kind = x.kind;
          return h;
        }
      },
      e);
}

KmsgRecord KmsgFromJson(const json& j, const std::string& where) {
  if (!j.is_object()) throw BundleError(where + ": each line must be one JSON object");
  KmsgRecord k = ReadStrict<KmsgRecord>(j, where, TEMPMON_FIELDS(KmsgFields));
  if (k.level < 0 || k.level > 7) throw BundleError(where + ": level must be 0..7");
  return k;
}

std::string StepDetail(const EpisodeStep& s) {
  if (s.detail) return *s.detail;
  if (s.kind == kKindTrip)
    return "trip " + std::to_string(s.id) + " " + s.trip_type.value_or("") + " at " + Deg(s.value);
  if (s.kind == kKindCooling) return s.name + " target " + std::to_string(s.value);
  if (s.kind == kKindFreq) return "cpu" + std::to_string(s.id) + " max " + std::to_string(s.value) + " kHz";
  if (s.kind == kKindRecover) return "below trip - hysteresis at " + Deg(s.value);
  if (s.kind == kKindTempmon) return std::string(s.aux ? "start" : "end") + " at " + Deg(s.value);
  if (s.kind == kKindTemperature) return Deg(s.value);
  if (s.kind == kKindApic) return "vector " + std::to_string(s.id);
  return {};
}

#undef TEMPMON_FIELDS

}  // namespace tempmon::bundle
