#include "tempmon/bundle/members_json.h"

#include <cstdio>
#include <cstring>
#include <limits>
#include <type_traits>

#include "tempmon/bundle/records.h"
#include "tempmon/bundle/samples_csv.h"
#include "tempmon/bundle/sha256.h"
#include "tempmon/bundle/terminal_safe.h"

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

uint64_t MonoNs(const json& o, const char* key, const std::string& where) {
  uint64_t v = Num<uint64_t>(o, key, where);
  if (v > kMaxMonoNs) SchemaError(where, std::string("field '") + key + "' is out of range (over 2^63-1 ns)");
  return v;
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

namespace {

// `s` starts with `prefix` followed by one or more digits; `pos` is set past them.
bool DigitsAfter(std::string_view s, std::string_view prefix, size_t& pos) {
  if (!s.starts_with(prefix)) return false;
  pos = prefix.size();
  const size_t start = pos;
  while (pos < s.size() && s[pos] >= '0' && s[pos] <= '9' && pos - start < 10) ++pos;
  return pos > start;
}

}  // namespace

bool IsAttachmentName(std::string_view name) {
  size_t pos = 0;
  if (DigitsAfter(name, "devcoredump-devcd", pos)) return name.substr(pos) == ".data";
  if (DigitsAfter(name, "drm-card", pos)) {
    std::string_view rest = name.substr(pos);
    size_t p2 = 0;
    return DigitsAfter(rest, "-", p2) && rest.substr(p2) == ".error";
  }
  return false;
}

std::string DumpJson(const json& j, int indent, bool ascii) {
  return j.dump(indent, ' ', ascii, json::error_handler_t::replace);
}

namespace {

// Memory of one parsed JSON value, roughly: the value (16 bytes), its slot
// in a growing array or its node in an object's map, and allocator
// overhead. An array of a billion zeros costs this per element, not 2
// bytes, which is why the text's size alone is no bound.
constexpr uint64_t kJsonValueBytes = 64;

// ParseJson, also saying how much it charged.
json ParseJsonCharged(std::string_view text, const std::string& where, ReadBudget& budget, uint64_t& charged) {
  uint64_t held = 0;
  json::parser_callback_t guard = [&](int depth, json::parse_event_t event, json& parsed) {
    if (depth > kMaxJsonDepth)
      SchemaError(where, "JSON nested deeper than " + std::to_string(kMaxJsonDepth) + " levels");
    if (event == json::parse_event_t::value || event == json::parse_event_t::key) {
      held += kJsonValueBytes + (parsed.is_string() ? parsed.get_ref<const std::string&>().size() : 0);
      if (held >= (1u << 20)) {  // checked a megabyte at a time
        budget.Charge(held, where);
        charged += held;
        held = 0;
      }
      budget.JsonValue(where);
      budget.Tick(where);
    }
    return true;
  };
  charged = 0;
  try {
    json j = json::parse(text.begin(), text.end(), guard);
    budget.Charge(held, where);
    charged += held;
    return j;
  } catch (const json::exception& e) {
    budget.Release(charged);
    SchemaError(where, "malformed JSON: " + TerminalSafe(e.what(), 160));
  } catch (...) {
    budget.Release(charged);
    throw;
  }
}

// The next line of a line-based member, at most the budget's line length.
std::string_view NextLine(std::string_view text, size_t& pos, const std::string& where_next,
                          const ReadBudget& budget) {
  const uint64_t max = budget.limits().max_line_bytes;
  const size_t window = std::min<uint64_t>(text.size() - pos, max + 1);
  const void* hit = std::memchr(text.data() + pos, '\n', window);
  if (!hit) {
    if (window == text.size() - pos) SchemaError(where_next, "last line has no newline (truncated?)");
    SchemaError(where_next, "line longer than " + std::to_string(max) + " bytes");
  }
  const size_t nl = static_cast<size_t>(static_cast<const char*>(hit) - text.data());
  std::string_view ln = text.substr(pos, nl - pos);
  pos = nl + 1;
  return ln;
}

}  // namespace

json ParseJson(std::string_view text, const std::string& where, ReadBudget& budget) {
  uint64_t charged = 0;
  return ParseJsonCharged(text, where, budget, charged);
}

namespace {

// One JSON object per line, each read into its record by `from`. What the
// line's values were charged stays charged: the record holds about as much.
template <class R, class From>
std::vector<R> ParseRecordsJsonl(std::string_view text, const std::string& member, ReadBudget& budget, From from) {
  std::vector<R> out;
  size_t pos = 0, line = 0;
  while (pos < text.size()) {
    std::string_view ln = NextLine(text, pos, member + ":" + std::to_string(line + 1), budget);
    std::string where = member + ":" + std::to_string(++line);
    const json o = ParseJson(ln, where, budget);
    if (!o.is_object()) SchemaError(where, "each line must be one JSON object");
    out.push_back(from(o));
  }
  return out;
}

template <class R>
std::string FormatRecordsJsonl(const std::vector<R>& records) {
  std::string out;
  for (const R& r : records) {
    out += DumpJson(ToJson(r));
    out += '\n';
  }
  return out;
}

}  // namespace

std::string FormatEpisodesJsonl(const std::vector<Episode>& episodes) { return FormatRecordsJsonl(episodes); }

std::vector<Episode> ParseEpisodesJsonl(std::string_view text, ReadBudget& budget) {
  return ParseRecordsJsonl<Episode>(text, "episodes.jsonl", budget, EpisodeFromJson);
}

std::string FormatEventsJsonl(const std::vector<Event>& events) {
  for (const Event& e : events)
    if (const auto* o = std::get_if<OtherEvent>(&e); o && !o->object.is_object())
      throw BundleError("events.jsonl: every entry must be a JSON object");
  return FormatRecordsJsonl(events);
}

std::vector<Event> ParseEventsJsonl(std::string_view text, ReadBudget& budget) {
  return ParseRecordsJsonl<Event>(text, "events.jsonl", budget, EventFromJson);
}

std::string FormatKmsgJsonl(const std::vector<KmsgRecord>& kmsg) { return FormatRecordsJsonl(kmsg); }

std::vector<KmsgRecord> ParseKmsgJsonl(std::string_view text, ReadBudget& budget) {
  // Line by line into records: the JSON of one line is held at a time.
  std::vector<KmsgRecord> out;
  size_t pos = 0, line = 0;
  while (pos < text.size()) {
    std::string_view ln = NextLine(text, pos, "kmsg.jsonl:" + std::to_string(line + 1), budget);
    std::string where = "kmsg.jsonl:" + std::to_string(++line);
    uint64_t charged = 0;
    const json o = ParseJsonCharged(ln, where, budget, charged);
    budget.Release(charged);
    KmsgRecord k = KmsgFromJson(o, where);
    if (k.ts_us > kMaxMonoNs / 1000) SchemaError(where, "field 'ts_us' is out of range (over 2^63-1 ns)");
    budget.Charge(sizeof(KmsgRecord) + k.text.size(), where);
    out.push_back(std::move(k));
  }
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
      const auto u = static_cast<unsigned char>(ch);
      if ((u < 0x20 && ch != '\n' && ch != '\t') || u == 0x7f) {
        // A control byte from a source that is not /dev/kmsg (a pstore
        // copy, a file): written as the kernel escapes it, never raw.
        char esc[5];
        std::snprintf(esc, sizeof esc, "\\x%02x", u);
        out.append(esc, 4);
        continue;
      }
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
  json m = {
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
  if (c.crash) m["crash"] = ToJson(*c.crash);
  if (!c.signature_catalogue.empty()) m["signature_catalogue"] = c.signature_catalogue;
  return m;
}

void ApplyManifest(const json& m, Contents& c) {
  const std::string w = "manifest.json";
  if (!m.is_object()) SchemaError(w, "not a JSON object");
  if (Str(m, "format", w) != kFormatName)
    SchemaError(w, "format is not '" + std::string(kFormatName) + "' (not a tempmon bundle)");
  int version = Num<int>(m, "format_version", w);
  if (version < kOldestFormatVersion || version > kFormatVersion)
    SchemaError(w, "format_version " + std::to_string(version) +
                       " is not supported (this tempmon-report reads versions " +
                       std::to_string(kOldestFormatVersion) + " to " + std::to_string(kFormatVersion) +
                       "; use a matching release)");
  c.tool_version = Str(m, "tool_version", w);
  c.module_version = Str(m, "module_version", w);
  c.host = Str(m, "host", w);
  c.kernel = Str(m, "kernel", w);
  c.boot_id = Str(m, "boot_id", w);
  const json& t = Obj(m, "trigger", w);
  c.trigger = TriggerFromJson(t, w + " trigger");
  // Each version by its own name: a format-2 manifest with format 1's
  // `mono_ns` is refused.
  c.trigger.ts_ns = MonoNs(t, version == 1 ? "mono_ns" : "ts_ns", w + " trigger");
  const json& win = Obj(m, "window", w);
  c.window_start_mono_ns = MonoNs(win, "start_mono_ns", w + " window");
  c.window_end_mono_ns = MonoNs(win, "end_mono_ns", w + " window");
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
  c.signature_catalogue.clear();
  if (auto sc = m.find("signature_catalogue"); sc != m.end()) {
    if (!sc->is_string()) SchemaError(w, "field 'signature_catalogue' is not a string");
    c.signature_catalogue = sc->get<std::string>();
  }
  auto cr = m.find("crash");
  if (cr != m.end() && !cr->is_null()) {
    if (!cr->is_object()) SchemaError(w, "field 'crash' is not an object");
    c.crash = CrashFromJson(*cr);
  }
}

}  // namespace tempmon::bundle
