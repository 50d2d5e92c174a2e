// Redact(): one mapping from secret to token, applied to every string of
// a bundle so that the same host/IP/MAC/serial reads the same everywhere.
#include <arpa/inet.h>

#include <algorithm>
#include <cctype>
#include <map>
#include <string>
#include <vector>

#include "bundle.h"

namespace tempmon::bundle {
namespace {

bool IsWordCh(char ch) {
  return std::isalnum(static_cast<unsigned char>(ch)) || ch == '_' || ch == '-';
}
bool IsHex(char ch) { return std::isxdigit(static_cast<unsigned char>(ch)) != 0; }
bool IsAddrCh(char ch) { return IsHex(ch) || ch == ':' || ch == '.'; }

std::string Lower(std::string_view s) {
  std::string o(s);
  for (char& ch : o) ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
  return o;
}

bool IsHostKey(const std::string& k) {
  std::string l = Lower(k);
  return l == "host" || l.find("hostname") != std::string::npos || l.find("nodename") != std::string::npos ||
         l.find("fqdn") != std::string::npos;
}
bool IsSerialKey(const std::string& k) {
  std::string l = Lower(k);
  return l.find("serial") != std::string::npos || l == "uuid" || l.find("product_uuid") != std::string::npos ||
         l.find("asset_tag") != std::string::npos;
}

// MAC "aa:bb:cc:dd:ee:ff" or "aa-bb-cc-dd-ee-ff" at `i`.
bool MacAt(std::string_view t, size_t i) {
  if (i + 17 > t.size()) return false;
  char sep = t[i + 2];
  if (sep != ':' && sep != '-') return false;
  for (size_t k = 0; k < 17; ++k) {
    char ch = t[i + k];
    if (k % 3 == 2 ? ch != sep : !IsHex(ch)) return false;
  }
  return i + 17 == t.size() || !(IsWordCh(t[i + 17]) || t[i + 17] == ':');
}

class Redactor {
 public:
  void AddHost(const std::string& h) {
    if (h.size() < 2 || h == "localhost") return;
    Map("host", h);
    if (size_t dot = h.find('.'); dot != std::string::npos && dot >= 2) Map("host", h.substr(0, dot));
  }
  void AddSerial(const std::string& s) {
    if (s.size() >= 3) Map("serial", s);
  }

  // Collects hostnames and serials that a JSON tree names by its keys.
  void Collect(const nlohmann::json& j) {
    if (j.is_object()) {
      for (auto it = j.begin(); it != j.end(); ++it) {
        if (it->is_string()) {
          if (IsHostKey(it.key())) AddHost(it->get<std::string>());
          if (IsSerialKey(it.key())) AddSerial(it->get<std::string>());
        }
        Collect(*it);
      }
    } else if (j.is_array()) {
      for (const auto& v : j) Collect(v);
    }
  }

  void Json(nlohmann::json& j) {
    if (j.is_string()) {
      j = Text(j.get_ref<const std::string&>());
    } else if (j.is_structured()) {
      for (auto& v : j) Json(v);
    }
  }

  std::string Text(std::string_view t) {
    Prepare();
    std::string out;
    out.reserve(t.size());
    size_t i = 0;
    while (i < t.size()) {
      bool boundary = i == 0 || !IsWordCh(t[i - 1]);
      if (boundary && (std::isalnum(static_cast<unsigned char>(t[i])) || t[i] == ':')) {
        if (size_t n = Replace(t, i, out)) {
          i += n;
          continue;
        }
      }
      out += t[i++];
    }
    return out;
  }

 private:
  std::string Map(const std::string& kind, const std::string& secret) {
    auto it = map_.find(secret);
    if (it != map_.end()) return it->second;
    std::string tok = kind + "-" + std::to_string(++counters_[kind]);
    map_.emplace(secret, tok);
    sorted_ = false;
    return tok;
  }

  void Prepare() {
    if (sorted_) return;
    literals_.clear();
    for (const auto& [secret, tok] : map_)
      if (tok.rfind("host-", 0) == 0 || tok.rfind("serial-", 0) == 0) literals_.push_back(secret);
    std::sort(literals_.begin(), literals_.end(),
              [](const std::string& a, const std::string& b) { return a.size() > b.size(); });
    sorted_ = true;
  }

  // Replaces a secret starting at t[i]; returns how many input bytes it
  // consumed (0 = nothing here).
  size_t Replace(std::string_view t, size_t i, std::string& out) {
    for (const std::string& s : literals_) {
      if (t.compare(i, s.size(), s) == 0 && (i + s.size() == t.size() || !IsWordCh(t[i + s.size()]))) {
        out += map_.at(s);
        return s.size();
      }
    }
    if (MacAt(t, i)) {
      std::string mac = Lower(t.substr(i, 17));
      std::replace(mac.begin(), mac.end(), '-', ':');  // one device, one token
      out += Map("mac", mac);
      return 17;
    }
    if (size_t n = SerialLabel(t, i, out)) return n;
    size_t j = i;
    while (j < t.size() && IsAddrCh(t[j])) ++j;
    if (j < t.size() && IsWordCh(t[j])) return 0;  // part of a longer word
    std::string_view run = t.substr(i, j - i);
    while (!run.empty() && run.back() == '.') run.remove_suffix(1);
    if (std::string tok = Address(run); !tok.empty()) {
      out += tok;
      return run.size();
    }
    // "10.1.2.3:8080": the address before the port.
    if (size_t colon = run.find(':'); colon != std::string_view::npos && run.find('.') < colon) {
      if (std::string tok = Address(run.substr(0, colon)); !tok.empty()) {
        out += tok;
        return colon;
      }
    }
    return 0;
  }

  std::string Address(std::string_view run) {
    if (run.empty() || run.size() > 45) return {};
    std::string s(run);
    unsigned char buf[16];
    if (s.find(':') == std::string::npos) {
      if (std::count(s.begin(), s.end(), '.') != 3 || inet_pton(AF_INET, s.c_str(), buf) != 1) return {};
      if (s == "127.0.0.1" || s == "0.0.0.0" || s == "255.255.255.255") return s;
      return Map("ip", s);
    }
    if (std::count(s.begin(), s.end(), ':') < 2 || std::none_of(s.begin(), s.end(), IsHex) ||
        inet_pton(AF_INET6, s.c_str(), buf) != 1)
      return {};
    if (s == "::1") return s;
    return Map("ip6", Lower(s));
  }

  // "Serial Number: ABC123", "serial=ABC123", "SerialNo ABC" is not enough:
  // a ':' or '=' must follow the label.
  size_t SerialLabel(std::string_view t, size_t i, std::string& out) {
    if (t.size() - i < 6 || Lower(t.substr(i, 6)) != "serial") return 0;
    size_t j = i + 6;
    while (j < t.size() && j - i < 20 && (std::isalpha(static_cast<unsigned char>(t[j])) || t[j] == '_' || t[j] == ' '))
      ++j;
    if (j >= t.size() || (t[j] != ':' && t[j] != '=')) return 0;
    size_t v = j + 1;
    while (v < t.size() && t[v] == ' ') ++v;
    size_t e = v;
    while (e < t.size() && (std::isalnum(static_cast<unsigned char>(t[e])) || t[e] == '-' || t[e] == '_' || t[e] == '.'))
      ++e;
    if (e - v < 3) return 0;
    out.append(t.substr(i, v - i));
    out += Map("serial", std::string(t.substr(v, e - v)));
    return e - i;
  }

  std::map<std::string, std::string> map_;
  std::map<std::string, unsigned> counters_;
  std::vector<std::string> literals_;
  bool sorted_ = false;
};

}  // namespace

void Redact(Contents& c) {
  Redactor r;
  r.AddHost(c.host);
  r.Collect(c.system);
  r.Collect(c.episodes);
  r.Collect(c.events);
  r.Collect(c.crash);  // a crash bundle's report and record paths
  for (const Sensor& s : c.sensors) r.AddSerial(s.uuid);
  c.host = r.Text(c.host);
  c.trigger.reason = r.Text(c.trigger.reason);
  for (Sensor& s : c.sensors)
    for (std::string* t : {&s.name, &s.model, &s.uuid, &s.location}) *t = r.Text(*t);
  for (Collector& k : c.collectors) k.message = r.Text(k.message);
  for (KmsgRecord& k : c.kmsg) k.text = r.Text(k.text);
  r.Json(c.system);
  r.Json(c.episodes);
  r.Json(c.events);
  r.Json(c.crash);
  c.redacted = true;
  c.summary.clear();
  c.summary = RenderSummary(c);
}

}  // namespace tempmon::bundle
