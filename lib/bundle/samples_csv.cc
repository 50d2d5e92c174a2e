#include "tempmon/bundle/samples_csv.h"

#include <array>
#include <charconv>
#include <cstring>
#include <limits>
#include <unordered_map>

#include "tempmon/bundle/flag_names.h"
#include "tempmon/bundle/terminal_safe.h"

namespace tempmon::bundle {
namespace {

// Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's algorithm).
int64_t DaysFromCivil(int64_t y, unsigned m, unsigned d) {
  y -= m <= 2;
  const int64_t era = (y >= 0 ? y : y - 399) / 400;
  const unsigned yoe = static_cast<unsigned>(y - era * 400);
  const unsigned doy = (153 * (m > 2 ? m - 3 : m + 9) + 2) / 5 + d - 1;
  const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + static_cast<int64_t>(doe) - 719468;
}

void CivilFromDays(int64_t z, int64_t& y, unsigned& m, unsigned& d) {
  z += 719468;
  const int64_t era = (z >= 0 ? z : z - 146096) / 146097;
  const unsigned doe = static_cast<unsigned>(z - era * 146097);
  const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  y = static_cast<int64_t>(yoe) + era * 400;
  const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const unsigned mp = (5 * doy + 2) / 153;
  d = doy - (153 * mp + 2) / 5 + 1;
  m = mp < 10 ? mp + 3 : mp - 9;
  y += m <= 2;
}

void AppendDigits(std::string& out, uint64_t v, int width) {
  char buf[24];
  for (int i = width - 1; i >= 0; --i) {
    buf[i] = static_cast<char>('0' + v % 10);
    v /= 10;
  }
  out.append(buf, static_cast<size_t>(width));
}

template <typename T>
void AppendInt(std::string& out, T v) {
  char buf[24];
  auto r = std::to_chars(buf, buf + sizeof buf, v);
  out.append(buf, r.ptr);
}

// Second-resolution prefix "YYYY-MM-DDTHH:MM:SS." of a wall time.
std::string SecondPrefix(int64_t secs) {
  int64_t days = secs >= 0 ? secs / 86400 : -((-secs + 86399) / 86400);
  int64_t rem = secs - days * 86400;
  int64_t y;
  unsigned m, d;
  CivilFromDays(days, y, m, d);
  std::string s;
  AppendDigits(s, static_cast<uint64_t>(y), 4);
  s += '-';
  AppendDigits(s, m, 2);
  s += '-';
  AppendDigits(s, d, 2);
  s += 'T';
  AppendDigits(s, static_cast<uint64_t>(rem / 3600), 2);
  s += ':';
  AppendDigits(s, static_cast<uint64_t>(rem / 60 % 60), 2);
  s += ':';
  AppendDigits(s, static_cast<uint64_t>(rem % 60), 2);
  s += '.';
  return s;
}

void SplitNs(int64_t wall_ns, int64_t& secs, uint64_t& frac) {
  secs = wall_ns / 1'000'000'000;
  int64_t f = wall_ns % 1'000'000'000;
  if (f < 0) {
    f += 1'000'000'000;
    --secs;
  }
  frac = static_cast<uint64_t>(f);
}

[[noreturn]] void Fail(size_t line, const std::string& why) {
  throw BundleError("samples.csv:" + std::to_string(line) + ": " + why);
}

template <typename T>
T ParseNum(std::string_view f, size_t line, const char* col, int base = 10) {
  T v{};
  if (f.empty()) Fail(line, std::string("empty ") + col);
  auto r = std::from_chars(f.data(), f.data() + f.size(), v, base);
  if (r.ec != std::errc() || r.ptr != f.data() + f.size())
    Fail(line, std::string("bad ") + col + " '" + TerminalSafe(f, 40) + "'");
  return v;
}

bool TwoDigits(std::string_view s, size_t at, unsigned& v) {
  if (s[at] < '0' || s[at] > '9' || s[at + 1] < '0' || s[at + 1] > '9') return false;
  v = static_cast<unsigned>((s[at] - '0') * 10 + (s[at + 1] - '0'));
  return true;
}

// Wall times are int64 nanoseconds since the epoch: 1677-09-21 to 2262-04-11.
int64_t InWallRange(__int128 ns, size_t line) {
  if (ns > std::numeric_limits<int64_t>::max() || ns < std::numeric_limits<int64_t>::min())
    Fail(line, "wall_time out of range (int64 nanoseconds: 1677-09-21 .. 2262-04-11)");
  return static_cast<int64_t>(ns);
}

int64_t ParseIso(std::string_view s, size_t line) {
  // Exactly YYYY-MM-DDTHH:MM:SS.nnnnnnnnnZ
  if (s.size() != 30 || s[4] != '-' || s[7] != '-' || s[10] != 'T' || s[13] != ':' ||
      s[16] != ':' || s[19] != '.' || s[29] != 'Z')
    Fail(line, "wall_time is not YYYY-MM-DDTHH:MM:SS.nnnnnnnnnZ");
  unsigned c, yy, mo, d, h, mi, se;
  if (!TwoDigits(s, 0, c) || !TwoDigits(s, 2, yy) || !TwoDigits(s, 5, mo) ||
      !TwoDigits(s, 8, d) || !TwoDigits(s, 11, h) || !TwoDigits(s, 14, mi) ||
      !TwoDigits(s, 17, se) || mo < 1 || mo > 12 || d < 1 || d > 31 || h > 23 || mi > 59 ||
      se > 60)
    Fail(line, "wall_time has an out-of-range field");
  uint64_t frac = ParseNum<uint64_t>(s.substr(20, 9), line, "wall_time fraction");
  int64_t secs = DaysFromCivil(c * 100 + yy, mo, d) * 86400 + h * 3600 + mi * 60 + se;
  return InWallRange(static_cast<__int128>(secs) * 1'000'000'000 + frac, line);
}

// Splits one CSV line into exactly `n` fields. Quoted fields ("a,""b""")
// are unquoted into `scratch` storage.
bool SplitFields(std::string_view ln, std::string_view* out, size_t n,
                 std::array<std::string, 8>& scratch) {
  size_t pos = 0;
  for (size_t i = 0; i < n; ++i) {
    if (pos < ln.size() && ln[pos] == '"') {
      std::string& s = scratch[i];
      s.clear();
      ++pos;
      for (;;) {
        if (pos >= ln.size()) return false;
        if (ln[pos] == '"') {
          if (pos + 1 < ln.size() && ln[pos + 1] == '"') {
            s += '"';
            pos += 2;
            continue;
          }
          ++pos;
          break;
        }
        s += ln[pos++];
      }
      out[i] = s;
    } else {
      size_t end = ln.find(',', pos);
      if (end == std::string_view::npos) end = ln.size();
      out[i] = ln.substr(pos, end - pos);
      if (out[i].find('"') != std::string_view::npos) return false;
      pos = end;
    }
    if (i + 1 < n) {
      if (pos >= ln.size() || ln[pos] != ',') return false;
      ++pos;
    }
  }
  return pos == ln.size();
}

}  // namespace

std::string FlagNames(uint16_t flags) {
  std::string s;
  for (unsigned bit = 0; bit < 16; ++bit) {
    if (!(flags & (1u << bit))) continue;
    if (!s.empty()) s += '|';
    if (bit < kRecordFlagNames.size())
      // samples.csv spells the flags upper-case.
      for (const char* c = kRecordFlagNames[bit]; *c; ++c)
        s += *c >= 'a' && *c <= 'z' ? static_cast<char>(*c - 'a' + 'A') : *c;
    else
      s += "bit" + std::to_string(bit);
  }
  return s;
}

std::string IsoTime(int64_t wall_ns) {
  int64_t secs;
  uint64_t frac;
  SplitNs(wall_ns, secs, frac);
  std::string s = SecondPrefix(secs);
  AppendDigits(s, frac, 9);
  s += 'Z';
  return s;
}

SampleRowFormatter::SampleRowFormatter(const std::vector<Sensor>& sensors)
    : cached_sec_(std::numeric_limits<int64_t>::min()) {
  for (const Sensor& s : sensors) {
    // The manifest holds the authoritative name; here it only helps humans,
    // so it is kept on one line and quoted when it holds CSV syntax.
    std::string n = TerminalSafe(s.name);
    if (n.find_first_of(",\"") != std::string::npos) {
      std::string q = "\"";
      for (char ch : n) q += ch == '"' ? std::string("\"\"") : std::string(1, ch);
      n = q + "\"";
    }
    names_[s.id] = n;
  }
}

void SampleRowFormatter::Append(std::string& out, const Sample& s) {
  int64_t secs;
  uint64_t frac;
  SplitNs(s.wall_ns, secs, frac);
  if (secs != cached_sec_) {
    prefix_ = SecondPrefix(secs);
    cached_sec_ = secs;
  }
  out += prefix_;
  AppendDigits(out, frac, 9);
  out += "Z,";
  AppendInt(out, s.ts_ns);
  out += ',';
  AppendInt(out, s.seq);
  out += ',';
  AppendInt(out, s.sensor);
  out += ',';
  if (auto it = names_.find(s.sensor); it != names_.end()) out += it->second;
  out += ',';
  AppendInt(out, s.temp_mc);
  out += ",0x";
  static constexpr char kHex[] = "0123456789abcdef";
  for (int sh = 12; sh >= 0; sh -= 4) out += kHex[(s.flags >> sh) & 15];
  out += ',';
  if (s.flags < flag_cache_.size()) {
    std::string& fc = flag_cache_[s.flags];
    if (fc.empty() && s.flags) fc = FlagNames(s.flags);
    out += fc;
  } else {
    out += FlagNames(s.flags);
  }
  out += '\n';
}

void StreamSamplesCsv(const std::vector<Sample>& samples, const std::vector<Sensor>& sensors,
                      const CsvSink& sink) {
  SampleRowFormatter rows(sensors);
  // One small buffer, handed to `sink` whenever it fills: the whole CSV
  // (megabytes) is never held, so no fresh pages are faulted in for it.
  constexpr size_t kChunk = 64 * 1024;
  std::string out;
  out.reserve(kChunk + 1024);
  out.append(kSamplesHeader);
  out += '\n';
  for (const Sample& s : samples) {
    rows.Append(out, s);
    if (out.size() >= kChunk) {
      sink(out);
      out.clear();
    }
  }
  if (!out.empty()) sink(out);
}

std::string FormatSamplesCsv(const std::vector<Sample>& samples,
                             const std::vector<Sensor>& sensors) {
  std::string out;
  out.reserve(samples.size() * 80 + 128);
  StreamSamplesCsv(samples, sensors, [&out](std::string_view piece) { out.append(piece); });
  return out;
}

SamplesCsvParser::SamplesCsvParser(ReadBudget& budget, uint64_t expected_bytes)
    : budget_(budget), names_(1u << 11), have_names_(1u << 11) {
  // Rows are 70..90 bytes; the reservation is charged like the rows.
  out_.reserve(std::min<uint64_t>(expected_bytes / 64, budget.limits().max_samples));
  budget_.Charge(out_.capacity() * sizeof(Sample), "samples.csv");
}

const std::string& SamplesCsvParser::NamesOf(uint16_t flags) {
  if (flags >= names_.size()) return other_names_ = FlagNames(flags);
  if (!have_names_[flags]) {
    names_[flags] = FlagNames(flags);
    have_names_[flags] = true;
  }
  return names_[flags];
}

void SamplesCsvParser::Feed(std::string_view piece) {
  const uint64_t max_line = budget_.limits().max_line_bytes;
  auto too_long = [&] { Fail(line_ + 1, "row longer than " + std::to_string(max_line) + " bytes"); };
  if (!carry_.empty()) {
    // Completes the row begun in an earlier piece; only the bytes it may
    // still have are searched for its end.
    const size_t room = static_cast<size_t>(std::min<uint64_t>(piece.size(), max_line + 1 - carry_.size()));
    const void* hit = std::memchr(piece.data(), '\n', room);
    if (!hit) {
      if (room < piece.size()) too_long();
      carry_.append(piece);
      if (carry_.size() > max_line) too_long();
      return;
    }
    const size_t nl = static_cast<size_t>(static_cast<const char*>(hit) - piece.data());
    carry_.append(piece.data(), nl);
    piece.remove_prefix(nl + 1);
    std::string ln = std::move(carry_);
    carry_.clear();
    Row(ln);
  }
  while (!piece.empty()) {
    const size_t window = static_cast<size_t>(std::min<uint64_t>(piece.size(), max_line + 1));
    const void* hit = std::memchr(piece.data(), '\n', window);
    if (!hit) {
      if (window < piece.size()) too_long();
      carry_.assign(piece);
      if (carry_.size() > max_line) too_long();
      return;
    }
    const size_t nl = static_cast<size_t>(static_cast<const char*>(hit) - piece.data());
    Row(piece.substr(0, nl));
    piece.remove_prefix(nl + 1);
  }
}

// A row as the capture writes it (no quotes, a second already seen) in one
// pass without a copy. False for anything else; the general path in Row()
// then parses it, or refuses it with its message, so both accept exactly
// the same rows.
bool SamplesCsvParser::FastRow(std::string_view ln, Sample& s) {
  const char* p = ln.data();
  const char* const end = p + ln.size();
  if (ln.size() < 31 || prefix_.size() != 20 || std::memcmp(p, prefix_.data(), 20) != 0) return false;
  int64_t frac = 0;
  for (int k = 20; k < 29; ++k) {
    const unsigned d = static_cast<unsigned>(p[k] - '0');
    if (d > 9) return false;
    frac = frac * 10 + d;
  }
  if (p[29] != 'Z' || p[30] != ',') return false;
  const __int128 wall = prefix_base_ + frac;
  if (wall > std::numeric_limits<int64_t>::max() || wall < std::numeric_limits<int64_t>::min()) return false;
  s.wall_ns = static_cast<int64_t>(wall);
  p += 31;
  // A number that runs to the next comma.
  auto field = [&p, end](auto& v, int base = 10) {
    auto r = std::from_chars(p, end, v, base);
    if (r.ec != std::errc() || r.ptr == end || *r.ptr != ',') return false;
    p = r.ptr + 1;
    return true;
  };
  if (!field(s.ts_ns) || s.ts_ns > kMaxMonoNs || !field(s.seq) || !field(s.sensor)) return false;
  const char* comma = static_cast<const char*>(std::memchr(p, ',', static_cast<size_t>(end - p)));
  if (!comma || std::memchr(p, '"', static_cast<size_t>(comma - p))) return false;  // the name, unchecked
  p = comma + 1;
  if (!field(s.temp_mc)) return false;
  if (end - p < 7 || p[0] != '0' || p[1] != 'x' || p[6] != ',') return false;
  auto r = std::from_chars(p + 2, p + 6, s.flags, 16);
  if (r.ec != std::errc() || r.ptr != p + 6) return false;
  p += 7;
  return std::string_view(p, static_cast<size_t>(end - p)) == NamesOf(s.flags);
}

void SamplesCsvParser::Push(const Sample& s, size_t line) {
  const ReadLimits& lim = budget_.limits();
  if (out_.size() >= lim.max_samples)
    Fail(line, "more than " + std::to_string(lim.max_samples) + " samples (the most a capture writes)");
  if (out_.size() == out_.capacity())
    budget_.Charge(std::max<size_t>(out_.capacity(), 1024) * sizeof(Sample), "samples.csv");
  out_.push_back(s);
}

void SamplesCsvParser::Row(std::string_view ln) {
  const size_t line = ++line_;
  if (line % 4096 == 0) budget_.CheckTime("samples.csv");
  if (!ln.empty() && ln.back() == '\r') ln.remove_suffix(1);
  if (line == 1) {
    if (ln != kSamplesHeader && ln != kSamplesHeaderV1)
      Fail(line, "header is not '" + std::string(kSamplesHeader) + "'");
    return;
  }
  Sample s;
  if (FastRow(ln, s)) return Push(s, line);
  std::string_view f[8];
  if (!SplitFields(ln, f, 8, scratch_)) Fail(line, "expected 8 comma-separated fields");
  // Rows of one second share the prefix; parse it once.
  if (f[0].size() == 30 && f[0].substr(0, 20) == prefix_) {
    s.wall_ns = InWallRange(prefix_base_ + ParseNum<int64_t>(f[0].substr(20, 9), line, "wall_time fraction"), line);
    if (f[0][29] != 'Z') Fail(line, "wall_time is not YYYY-MM-DDTHH:MM:SS.nnnnnnnnnZ");
  } else {
    s.wall_ns = ParseIso(f[0], line);
    prefix_.assign(f[0].substr(0, 20));
    uint64_t frac = ParseNum<uint64_t>(f[0].substr(20, 9), line, "wall_time fraction");
    prefix_base_ = static_cast<__int128>(s.wall_ns) - frac;
  }
  s.ts_ns = ParseNum<uint64_t>(f[1], line, "ts_ns");
  if (s.ts_ns > kMaxMonoNs) Fail(line, "ts_ns out of range (over 2^63-1 ns)");
  s.seq = ParseNum<uint64_t>(f[2], line, "seq");
  s.sensor = ParseNum<uint16_t>(f[3], line, "sensor_id");
  s.temp_mc = ParseNum<int32_t>(f[5], line, "temp_mc");
  if (f[6].size() != 6 || f[6][0] != '0' || f[6][1] != 'x')
    Fail(line, "flags must be 0x followed by 4 hex digits");
  s.flags = ParseNum<uint16_t>(f[6].substr(2), line, "flags", 16);
  if (f[7] != NamesOf(s.flags))
    Fail(line, "flag_names '" + TerminalSafe(f[7], 60) + "' do not match flags " + std::string(f[6]));
  Push(s, line);
}

std::vector<Sample> SamplesCsvParser::Finish() {
  if (!carry_.empty()) Fail(line_ + 1, "last row has no newline (truncated?)");
  if (line_ == 0) Fail(1, "empty file (the header is missing)");
  return std::move(out_);
}

std::vector<Sample> ParseSamplesCsv(std::string_view csv, ReadBudget& budget) {
  SamplesCsvParser p(budget, csv.size());
  p.Feed(csv);
  return p.Finish();
}

}  // namespace tempmon::bundle
