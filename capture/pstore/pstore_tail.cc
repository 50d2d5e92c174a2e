#include "capture/pstore/pstore_tail.h"

#include <openssl/evp.h>

#include <cctype>
#include <charconv>
#include <fstream>
#include <sstream>

namespace tempmon::capture::pstore {
namespace {

constexpr std::string_view kTag = "tempmon-tail:";

std::string Sha256Hex(const std::string& data) {
  unsigned char md[EVP_MAX_MD_SIZE];
  unsigned int len = 0;
  EVP_Digest(data.data(), data.size(), md, &len, EVP_sha256(), nullptr);
  static const char* hex = "0123456789abcdef";
  std::string out;
  for (unsigned i = 0; i < len; ++i) {
    out.push_back(hex[md[i] >> 4]);
    out.push_back(hex[md[i] & 15]);
  }
  return out;
}

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
      s.mono_ns = static_cast<uint64_t>(*n);
    } else if (key == "seq" || key == "idx" || key == "index") {
      s.seq = static_cast<uint64_t>(*n);
    }
  }
  if (!have_temp && !had_words && bare.size() >= 2) {
    s.sensor = static_cast<uint16_t>(bare[0]);
    s.temp_mc = static_cast<int32_t>(bare[1]);
    if (bare.size() > 2) s.flags = static_cast<uint16_t>(bare[2]);
    if (bare.size() > 3) s.mono_ns = static_cast<uint64_t>(bare[3]);
    return s;
  }
  if (!have_temp) return std::nullopt;
  // tempmon.ko prints the record's ring index first: "tempmon-tail: 41 sensor=...".
  if (!bare.empty() && s.seq == 0) s.seq = static_cast<uint64_t>(bare[0]);
  (void)have_sensor;
  return s;
}

std::vector<Found> Scan(const std::vector<std::filesystem::path>& dirs) {
  namespace fs = std::filesystem;
  std::vector<Found> out;
  for (const auto& d : dirs) {
    std::error_code ec;
    for (auto it = fs::recursive_directory_iterator(d, ec);
         !ec && it != fs::recursive_directory_iterator(); it.increment(ec)) {
      std::error_code fec;
      if (!it->is_regular_file(fec) || it.depth() > 2) continue;
      std::ifstream in(it->path(), std::ios::binary);
      std::stringstream ss;
      ss << in.rdbuf();
      std::string content = ss.str();
      if (content.find(kTag) == std::string::npos) continue;
      Found f;
      f.file = it->path();
      f.key = "pstore:" + Sha256Hex(content);
      std::istringstream lines(content);
      std::string line;
      uint64_t n = 0;
      while (std::getline(lines, line)) {
        if (auto s = ParseTailLine(line)) f.samples.push_back(*s);
        bundle::KmsgRecord r;
        r.seq = n++;
        r.level = 0;
        r.text = line;
        f.log.push_back(std::move(r));
      }
      if (!f.samples.empty()) out.push_back(std::move(f));
    }
  }
  return out;
}

}  // namespace tempmon::capture::pstore
