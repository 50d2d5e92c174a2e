#include "members_json.h"

#include <cstdio>
#include <limits>
#include <type_traits>

#include "records.h"
#include "samples_csv.h"
#include "sha256.h"

namespace tempmon::bundle {
namespace {

using nlohmann::json;

[[noreturn]] void SchemaError(const std::string& where, const std::string& why) {
  throw BundleError(where + ": " + why);
}

const json& Need(const json& o, const char* key, const std::string& where) {
  auto it = o.find(key);
  if (it == o.end()) SchemaError(where, std::string("required field '") + key + "' is missing");
  return *it;
}

std::string Str(const json& o, const char* key, const std::string& where) {
  const json& v = Need(o, key, where);
  if (!v.is_string()) SchemaError(where, std::string("field '") + key + "' is not a string");
  return v.get<std::string>();
}

template <typename T>
T Num(const json& o, const char* key, const std::string& where) {
  const json& v = Need(o, key, where);
  if (!v.is_number_integer())
    SchemaError(where, std::string("field '") + key + "' is not an integer");
  // Range-check through the widest types so that a hostile value cannot
  // wrap or trigger undefined conversions.
  if constexpr (std::is_signed_v<T>) {
    if (v.is_number_unsigned() && v.get<uint64_t>() > static_cast<uint64_t>(std::numeric_limits<T>::max()))
      SchemaError(where, std::string("field '") + key + "' is out of range");
    int64_t x = v.get<int64_t>();
    if (x < std::numeric_limits<T>::min() || x > std::numeric_limits<T>::max())
      SchemaError(where, std::string("field '") + key + "' is out of range");
    return static_cast<T>(x);
  } else {
    if (!v.is_number_unsigned())
      SchemaError(where, std::string("field '") + key + "' must not be negative");
    uint64_t x = v.get<uint64_t>();
    if (x > std::numeric_limits<T>::max())
      SchemaError(where, std::string("field '") + key + "' is out of range");
    return static_cast<T>(x);
  }
}

const json& Obj(const json& o, const char* key, const std::string& where) {
  const json& v = Need(o, key, where);
  if (!v.is_object()) SchemaError(where, std::string("field '") + key + "' is not an object");
  return v;
}

const json& Arr(const json& o, const char* key, const std::string& where) {
  const json& v = Need(o, key, where);
  if (!v.is_array()) SchemaError(where, std::string("field '") + key + "' is not an array");
  return v;
}

}  // namespace

std::string DumpJson(const json& j, int indent) {
  return j.dump(indent, ' ', false, json::error_handler_t::replace);
}

json ParseJson(std::string_view text, const std::string& where) {
  json::parser_callback_t depth_guard = [&where](int depth, json::parse_event_t, json&) {
    if (depth > kMaxJsonDepth)
      SchemaError(where, "JSON nested deeper than " + std::to_string(kMaxJsonDepth) + " levels");
    return true;
  };
  try {
    return json::parse(text.begin(), text.end(), depth_guard);
  } catch (const json::exception& e) {
    SchemaError(where, std::string("malformed JSON: ") + e.what());
  }
}

std::string FormatJsonl(const json& arr, const char* member) {
  if (!arr.is_array()) throw BundleError(std::string(member) + ": must be a JSON array of objects");
  std::string out;
  for (const json& o : arr) {
    if (!o.is_object())
      throw BundleError(std::string(member) + ": every entry must be a JSON object");
    out += DumpJson(o);
    out += '\n';
  }
  return out;
}

json ParseJsonl(std::string_view text, const std::string& member) {
  json arr = json::array();
  size_t pos = 0, line = 0;
  while (pos < text.size()) {
    size_t nl = text.find('\n', pos);
    if (nl == std::string_view::npos)
      SchemaError(member + ":" + std::to_string(line + 1), "last line has no newline (truncated?)");
    std::string_view ln = text.substr(pos, nl - pos);
    pos = nl + 1;
    ++line;
    std::string where = member + ":" + std::to_string(line);
    json o = ParseJson(ln, where);
    if (!o.is_object()) SchemaError(where, "each line must be one JSON object");
    arr.push_back(std::move(o));
  }
  return arr;
}

std::string FormatKmsgJsonl(const std::vector<KmsgRecord>& kmsg) {
  std::string out;
  for (const KmsgRecord& k : kmsg) {
    out += DumpJson(ToJson(k));
    out += '\n';
  }
  return out;
}

std::vector<KmsgRecord> ParseKmsgJsonl(std::string_view text) {
  json arr = ParseJsonl(text, "kmsg.jsonl");
  std::vector<KmsgRecord> out;
  out.reserve(arr.size());
  size_t line = 0;
  for (const json& o : arr) out.push_back(KmsgFromJson(o, "kmsg.jsonl:" + std::to_string(++line)));
  return out;
}

std::string FormatKmsgText(const std::vector<KmsgRecord>& kmsg) {
  std::string out;
  char stamp[64];
  for (const KmsgRecord& k : kmsg) {
    int n = std::snprintf(stamp, sizeof stamp, "<%d>[%5llu.%06llu] ", k.level,
                          static_cast<unsigned long long>(k.ts_us / 1000000),
                          static_cast<unsigned long long>(k.ts_us % 1000000));
    out.append(stamp, static_cast<size_t>(n));
    for (char ch : k.text) {
      out += ch;
      if (ch == '\n') out.append(static_cast<size_t>(n), ' ');
    }
    out += '\n';
  }
  return out;
}

json MakeManifest(const Contents& c, std::span<const Member> members) {
  json sensors = json::array();
  for (const Sensor& s : c.sensors) sensors.push_back(ToJson(s));
  json collectors = json::array();
  for (const Collector& k : c.collectors) collectors.push_back(ToJson(k));
  json trigger = ToJson(c.trigger);
  trigger["wall_time"] = IsoTime(c.trigger.wall_ns);
  json list = json::array();
  for (const Member& m : members)
    list.push_back({{"name", m.name},
                    {"size", m.size()},
                    {"sha256", m.stream ? m.sha256 : Sha256Hex(m.data)}});
  return {
      {"format", kFormatName},
      {"format_version", kFormatVersion},
      {"tool_version", c.tool_version},
      {"module_version", c.module_version},
      {"host", c.host},
      {"kernel", c.kernel},
      {"boot_id", c.boot_id},
      {"trigger", trigger},
      {"window", {{"start_mono_ns", c.window_start_mono_ns}, {"end_mono_ns", c.window_end_mono_ns}}},
      {"sensors", sensors},
      {"collectors", collectors},
      {"losses", ToJson(c.losses)},
      {"counts",
       {{"samples", c.samples.size()},
        {"episodes", c.episodes.size()},
        {"events", c.events.size()},
        {"kmsg", c.kmsg.size()}}},
      {"redacted", c.redacted},
      {"members", list},
  };
}

void ApplyManifest(const json& m, Contents& c) {
  const std::string w = "manifest.json";
  if (!m.is_object()) SchemaError(w, "not a JSON object");
  if (Str(m, "format", w) != kFormatName)
    SchemaError(w, "format is not '" + std::string(kFormatName) + "' (not a tempmon bundle)");
  int version = Num<int>(m, "format_version", w);
  if (version != kFormatVersion)
    SchemaError(w, "format_version " + std::to_string(version) +
                       " is not supported (this tempmon-report reads version " +
                       std::to_string(kFormatVersion) + "; use a matching release)");
  c.tool_version = Str(m, "tool_version", w);
  c.module_version = Str(m, "module_version", w);
  c.host = Str(m, "host", w);
  c.kernel = Str(m, "kernel", w);
  c.boot_id = Str(m, "boot_id", w);
  c.trigger = TriggerFromJson(Obj(m, "trigger", w), w + " trigger");
  const json& win = Obj(m, "window", w);
  c.window_start_mono_ns = Num<uint64_t>(win, "start_mono_ns", w + " window");
  c.window_end_mono_ns = Num<uint64_t>(win, "end_mono_ns", w + " window");
  c.sensors.clear();
  for (const json& s : Arr(m, "sensors", w)) {
    c.sensors.push_back(SensorFromJson(s, w + " sensors[" + std::to_string(c.sensors.size()) + "]"));
  }
  c.collectors.clear();
  for (const json& k : Arr(m, "collectors", w)) {
    c.collectors.push_back(
        CollectorFromJson(k, w + " collectors[" + std::to_string(c.collectors.size()) + "]"));
  }
  c.losses = LossesFromJson(Obj(m, "losses", w), w + " losses");
  const json& r = Need(m, "redacted", w);
  if (!r.is_boolean()) SchemaError(w, "field 'redacted' is not a boolean");
  c.redacted = r.get<bool>();
}

}  // namespace tempmon::bundle
