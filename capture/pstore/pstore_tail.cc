#include "capture/pstore/pstore_tail.h"

#include <cctype>
#include <charconv>
#include <fstream>
#include <sstream>

#include "tempmon.h"

namespace tempmon::capture::pstore {
namespace {

constexpr std::string_view kTag = "tempmon-tail:";

// A number as the tail prints it: decimal, 0x hex, or degrees ("85.5C").
std::optional<double> Number(std::string_view v, bool* was_degrees) {
  *was_degrees = false;
  while (!v.empty() && (v.back() == ',' || v.back() == ';')) v.remove_suffix(1);
  if (!v.empty() && (v.back() == 'C' || v.back() == 'c')) {
    *was_degrees = true;
    v.remove_suffix(1);
  }
  if (v.size() > 2 && v[0] == '0' && (v[1] == 'x' || v[1] == 'X')) {
    uint64_t x;
    auto [p, ec] = std::from_chars(v.data() + 2, v.data() + v.size(), x, 16);
    if (ec != std::errc() || p != v.data() + v.size()) return std::nullopt;
    return static_cast<double>(x);
  }
  if (v.find('.') != std::string_view::npos) *was_degrees = true;
  std::string s(v);
  char* end = nullptr;
  double d = std::strtod(s.c_str(), &end);
  if (s.empty() || end != s.c_str() + s.size()) return std::nullopt;
  return d;
}

}  // namespace

std::optional<bundle::Sample> ParseTailLine(std::string_view line) {
  size_t at = line.find(kTag);
  if (at == std::string_view::npos) return std::nullopt;
  std::istringstream in{std::string(line.substr(at + kTag.size()))};
  std::string tok;
  bundle::Sample s;
  bool have_temp = false, have_sensor = false;
  std::vector<double> bare;
  bool had_words = false;
  while (in >> tok) {
    auto eq = tok.find('=');
    if (eq == std::string::npos) eq = tok.find(':');
    bool deg = false;
    if (eq == std::string::npos) {
      auto n = Number(tok, &deg);
      if (!n) {
        had_words = true;  // a header line, not a sample
        continue;
      }
      bare.push_back(deg ? *n * 1000.0 : *n);
      continue;
    }
    std::string key = tok.substr(0, eq);
    for (auto& c : key) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    auto n = Number(std::string_view(tok).substr(eq + 1), &deg);
    if (!n) continue;
    if (key == "sensor" || key == "s" || key == "id") {
      s.sensor = static_cast<uint16_t>(*n);
      have_sensor = true;
    } else if (key == "temp" || key == "temp_mc" || key == "t" || key == "mc") {
      s.temp_mc = static_cast<int32_t>(deg ? *n * 1000.0 : *n);
      have_temp = true;
    } else if (key == "flags" || key == "f") {
      s.flags = static_cast<uint16_t>(*n);
    } else if (key == "ts" || key == "ts_ns" || key == "mono_ns" || key == "time") {
      s.ts_ns = static_cast<uint64_t>(*n);
    } else if (key == "seq" || key == "idx" || key == "index") {
      s.seq = static_cast<uint64_t>(*n);
    }
  }
  if (!have_temp && !had_words && bare.size() >= 2) {
    s.sensor = static_cast<uint16_t>(bare[0]);
    s.temp_mc = static_cast<int32_t>(bare[1]);
    if (bare.size() > 2) s.flags = static_cast<uint16_t>(bare[2]);
    if (bare.size() > 3) s.ts_ns = static_cast<uint64_t>(bare[3]);
    return s;
  }
  if (!have_temp) return std::nullopt;
  // tempmon.ko prints the record's ring index first: "tempmon-tail: 41 sensor=...".
  if (!bare.empty() && s.seq == 0) s.seq = static_cast<uint64_t>(bare[0]);
  (void)have_sensor;
  return s;
}

namespace {

// Strict decimal (optionally signed) or hex integer of the whole view.
template <class T>
bool Int(std::string_view v, T* out, int base = 10) {
  if (v.empty()) return false;
  auto [p, ec] = std::from_chars(v.data(), v.data() + v.size(), *out, base);
  return ec == std::errc() && p == v.data() + v.size();
}

std::vector<std::string_view> Fields(std::string_view s, char sep) {
  std::vector<std::string_view> out;
  size_t at = 0;
  for (;;) {
    size_t e = s.find(sep, at);
    out.push_back(s.substr(at, e == std::string_view::npos ? std::string_view::npos : e - at));
    if (e == std::string_view::npos) break;
    at = e + 1;
  }
  return out;
}

// "key=value" words of a line (the rest after `name=` when `rest_key`).
std::optional<std::string_view> Value(std::string_view line, std::string_view key) {
  size_t at = 0;
  while (at < line.size()) {
    size_t e = line.find(' ', at);
    std::string_view w = line.substr(at, e == std::string_view::npos ? std::string_view::npos : e - at);
    if (w.size() > key.size() && w.substr(0, key.size()) == key && w[key.size()] == '=')
      return w.substr(key.size() + 1);
    if (e == std::string_view::npos) break;
    at = e + 1;
  }
  return std::nullopt;
}

template <class T>
bool KeyInt(std::string_view line, std::string_view key, T* out) {
  auto v = Value(line, key);
  if (!v) return false;
  if (v->size() > 2 && (*v)[0] == '0' && (*v)[1] == 'x') return Int(v->substr(2), out, 16);
  return Int(*v, out);
}

bool ParseHeader(std::string_view p, TailHeader* h) {
  // begin (WHY) head=... (older modules: no mono_ns and the rest)
  if (p.substr(0, 7) != "begin (") return false;
  size_t close = p.find(')');
  if (close == std::string_view::npos) return false;
  h->why = std::string(p.substr(7, close - 7));
  KeyInt(p, "head", &h->head);
  KeyInt(p, "mono_ns", &h->mono_ns);
  KeyInt(p, "real_ns", &h->real_ns);
  KeyInt(p, "rate_hz", &h->rate_hz);
  KeyInt(p, "interval_ms", &h->interval_ms);
  KeyInt(p, "tail_bytes", &h->tail_bytes);
  h->line = std::string(p);
  return true;
}

bool ParseSensor(std::string_view p, TailSensor* s) {
  uint32_t id = 0, origin = 0, unit = 0;
  int32_t thr = 0, hyst = 0;
  int throttling = 0;
  if (!KeyInt(p, "id", &id) || id >= TEMPMON_MAX_SENSORS || !KeyInt(p, "origin", &origin) ||
      !KeyInt(p, "unit", &unit) || !KeyInt(p, "threshold_mc", &thr) || !KeyInt(p, "hysteresis_mc", &hyst) ||
      !KeyInt(p, "throttling", &throttling))
    return false;
  s->id = static_cast<uint16_t>(id);
  s->origin = static_cast<uint16_t>(origin);
  s->unit = static_cast<uint16_t>(unit);
  if (thr != TEMPMON_NO_THRESHOLD) {
    s->threshold_mc = thr;
    s->hysteresis_mc = hyst;
  }
  s->throttling = throttling != 0;
  size_t n = p.find(" name=");
  if (n == std::string_view::npos) return false;
  s->name = std::string(p.substr(n + 6, TEMPMON_NAME_LEN - 1));
  return true;
}

// "F IDX TS_US D,T[,FLAGS][/S]..." (kmod/tempmon_panic.c).
bool ParseFull(std::string_view p, std::vector<bundle::Sample>* out) {
  auto w = Fields(p, ' ');
  uint64_t idx = 0, us = 0;
  if (w.size() < 4 || !Int(w[1], &idx) || !Int(w[2], &us)) return false;
  uint16_t sensor = 0;
  uint32_t seen = 0;
  int32_t temp[TEMPMON_MAX_SENSORS] = {};
  uint16_t flags[TEMPMON_MAX_SENSORS] = {};
  for (size_t i = 3; i < w.size(); ++i) {
    std::string_view tok = w[i];
    size_t slash = tok.find('/');
    if (slash != std::string_view::npos) {
      uint32_t s = 0;
      if (!Int(tok.substr(slash + 1), &s) || s >= TEMPMON_MAX_SENSORS) return false;
      sensor = static_cast<uint16_t>(s);
      tok = tok.substr(0, slash);
    } else if (i == 3) {
      sensor = 0;
    }
    auto f = Fields(tok, ',');
    int64_t d = 0;
    int64_t t = 0;
    if (f.size() < 2 || f.size() > 3 || !Int(f[0], &d) || !Int(f[1], &t)) return false;
    const bool had = seen & (1u << sensor);
    uint32_t fl = had ? flags[sensor] : 0;
    if (f.size() == 3 && (!Int(f[2], &fl, 16) || fl > 0xffff)) return false;
    int64_t value = had ? int64_t(temp[sensor]) + t : t;
    if (value < INT32_MIN || value > INT32_MAX) return false;
    if (i > 3) {
      if (d < 0 && uint64_t(-d) > us) return false;
      us += d;
    }
    bundle::Sample s;
    s.seq = idx + (i - 3);
    s.ts_ns = us * 1000;
    s.sensor = sensor;
    s.temp_mc = static_cast<int32_t>(value);
    s.flags = static_cast<uint16_t>(fl);
    out->push_back(s);
    seen |= 1u << sensor;
    temp[sensor] = s.temp_mc;
    flags[sensor] = s.flags;
  }
  return true;
}

// "S ID INTERVAL_MS K N,DMEAN,LO,HI[,FLAGS]..." (kmod/tempmon_panic.c).
bool ParseSummaries(std::string_view p, std::vector<bundle::TailSummaryEvent>* out) {
  auto w = Fields(p, ' ');
  uint32_t id = 0, interval_ms = 0;
  uint64_t k = 0;
  if (w.size() < 5 || !Int(w[1], &id) || id >= TEMPMON_MAX_SENSORS || !Int(w[2], &interval_ms) ||
      interval_ms == 0 || !Int(w[3], &k))
    return false;
  const uint64_t interval_ns = uint64_t(interval_ms) * 1'000'000;
  int64_t mean = 0;
  uint16_t flags = 0;
  for (size_t i = 4; i < w.size(); ++i, ++k) {
    auto f = Fields(w[i], ',');
    uint32_t n = 0;
    int64_t dm = 0, lo = 0, hi = 0;
    if (f.size() < 4 || f.size() > 5 || !Int(f[0], &n) || !Int(f[1], &dm) || !Int(f[2], &lo) ||
        !Int(f[3], &hi) || lo < 0 || hi < 0)
      return false;
    uint32_t fl = i == 4 ? 0 : flags;
    if (f.size() == 5 && (!Int(f[4], &fl, 16) || fl > 0xffff)) return false;
    mean = i == 4 ? dm : mean + dm;
    if (mean < INT32_MIN || mean > INT32_MAX || mean - lo < INT32_MIN || mean + hi > INT32_MAX ||
        k > UINT64_MAX / interval_ns)
      return false;
    bundle::TailSummaryEvent s;
    s.sensor = static_cast<uint16_t>(id);
    s.ts_ns = k * interval_ns;
    s.interval_ns = interval_ns;
    s.n = n;
    s.mean_mc = static_cast<int32_t>(mean);
    s.min_mc = static_cast<int32_t>(mean - lo);
    s.max_mc = static_cast<int32_t>(mean + hi);
    s.flags = static_cast<uint16_t>(fl);
    flags = s.flags;
    out->push_back(s);
  }
  return true;
}

}  // namespace

Tail ParseTail(const std::vector<std::string>& lines) {
  Tail t;
  for (const std::string& line : lines) {
    size_t at = line.find(kTag);
    if (at == std::string::npos) continue;
    std::string_view p = std::string_view(line).substr(at + kTag.size());
    while (!p.empty() && p.front() == ' ') p.remove_prefix(1);
    while (!p.empty() && (p.back() == '\r' || p.back() == ' ')) p.remove_suffix(1);
    bool ok = true;
    if (p.substr(0, 6) == "begin ") {
      TailHeader h;
      ok = ParseHeader(p, &h);
      // A second begin (an oops, then the panic that it became) is the
      // same crash: the module prints one tail per boot.
      if (ok && !t.header) t.header = std::move(h);
    } else if (p == "end") {
      t.ended = true;
    } else if (p.substr(0, 7) == "sensor ") {
      TailSensor s;
      ok = ParseSensor(p, &s);
      if (ok) t.sensors.push_back(std::move(s));
    } else if (p.substr(0, 2) == "F ") {
      ok = ParseFull(p, &t.samples);
    } else if (p.substr(0, 2) == "S ") {
      ok = ParseSummaries(p, &t.summaries);
    } else if (auto s = ParseTailLine(line)) {
      t.samples.push_back(*s);
    } else if (p.find(" overwritten") == std::string_view::npos) {
      ok = false;
    }
    if (!ok) ++t.bad_lines;
  }
  return t;
}

}  // namespace tempmon::capture::pstore
