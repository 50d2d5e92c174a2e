// Redaction like `sos clean`. Two passes over a bundle: the first learns
// every private value (from the structured facts, from the field forms the
// kernel uses to name hosts, users and processes, and from value patterns:
// addresses, hardware ids, UUIDs), the second rewrites every string with
// one token per value. Learning everything first is what makes a value
// recognised only in one member (a process name in an OOM line) disappear
// from every other member too (the old-format hung-task line, the events).
#include "tempmon/bundle/redact.h"

#include <arpa/inet.h>

#include <algorithm>
#include <array>
#include <cctype>
#include <set>
#include <sstream>

#include "tempmon/bundle/bundle.h"
#include "tempmon/bundle/records.h"

namespace tempmon::bundle {
namespace {

bool IsAlnum(char ch) { return std::isalnum(static_cast<unsigned char>(ch)) != 0; }
bool IsDigit(char ch) { return ch >= '0' && ch <= '9'; }
bool IsHex(char ch) { return std::isxdigit(static_cast<unsigned char>(ch)) != 0; }
bool IsWordCh(char ch) { return IsAlnum(ch) || ch == '_' || ch == '-'; }
bool IsLabelCh(char ch) { return IsAlnum(ch) || ch == '-'; }
bool IsHostCh(char ch) { return IsLabelCh(ch) || ch == '.'; }

std::string Lower(std::string_view s) {
  std::string o(s);
  for (char& ch : o) ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
  return o;
}

bool StartsWith(std::string_view s, size_t at, std::string_view p) {
  return at <= s.size() && s.size() - at >= p.size() && s.compare(at, p.size(), p) == 0;
}

bool AllDigits(std::string_view s) { return !s.empty() && std::all_of(s.begin(), s.end(), IsDigit); }

std::string_view Trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
  return s;
}

// Top-level domains a host name found in free text may end in. Those that
// are also common file extensions (.so, .sh, .py, .pl, .rs, .md, .cc, .in,
// .am, .ac, .ml, .pm, .ps, .mk, .zip, .mov) are left out: a file name in a
// log must not read as a host.
const std::set<std::string, std::less<>>& Tlds() {
  static const std::set<std::string, std::less<>> k = {
      "com", "net", "org", "edu", "gov", "mil", "info", "biz", "pro", "io", "co", "me", "tv", "cloud",
      "tech", "site", "online", "xyz", "local", "localdomain", "lan", "internal", "intranet", "corp",
      "arpa", "priv", "private", "cluster",
      "uk", "de", "fr", "nl", "se", "no", "fi", "dk", "ch", "at", "be", "it", "es", "pt", "cz", "ru",
      "cn", "jp", "kr", "tw", "hk", "sg", "au", "nz", "ca", "us", "br", "mx", "il", "za", "ie", "eu"};
  return k;
}

// Kernel threads and init are not anyone's private process.
bool PublicProcess(std::string_view name) {
  static constexpr std::array<std::string_view, 12> kKernel = {
      "kworker/", "ksoftirqd/", "migration/", "swapper", "rcu_", "kthreadd", "khungtaskd",
      "kswapd", "watchdog/", "cpuhp/", "irq/", "idle_inject/"};
  for (auto p : kKernel)
    if (name.substr(0, p.size()) == p) return true;
  return name == "init" || name.substr(0, 7) == "systemd";
}

bool Skippable(std::string_view v) {
  std::string l = Lower(Trim(v));
  return l.size() < 2 || l == "<unknown>" || l == "(null)" || l == "n/a" || l == "[n/a]" || l == "none" ||
         l == "unknown" || l == "not available" || l == "not supported" || l == "[not supported]" ||
         l == "root" || l == "0";
}

bool IsUuid(std::string_view v) {
  if (v.size() != 36) return false;
  for (size_t k = 0; k < 36; ++k)
    if ((k == 8 || k == 13 || k == 18 || k == 23) ? v[k] != '-' : !IsHex(v[k])) return false;
  return true;
}

// 16 hex digits from "0x248a070300b5c6d0", "248a:0703:00b5:c6d0",
// "24:8a:07:03:00:b5:c6:d0"; empty when it is not one.
std::string Hex64(std::string_view v) {
  if (v.size() > 2 && v[0] == '0' && (v[1] == 'x' || v[1] == 'X')) v.remove_prefix(2);
  std::string h;
  for (char ch : v) {
    if (ch == ':' || ch == '-') continue;
    if (!IsHex(ch)) return {};
    h += static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
  }
  return h.size() == 16 ? h : std::string{};
}

}  // namespace

std::string RedactionReport::Text() const {
  std::ostringstream o;
  uint64_t places = 0, values = 0;
  for (const auto& [kind, k] : kinds) {
    places += k.replacements;
    values += k.values;
  }
  o << "redacted " << values << " value(s) in " << places << " place(s)";
  if (kept) o << "; " << kept << " place(s) kept as asked (--keep)";
  o << "\n";
  if (attachments_dropped)
    o << "dropped " << attachments_dropped << " driver dump(s) / GPU error state(s) (" << attachments_dropped_bytes
      << " bytes): binary bytes cannot be scrubbed (--keep-dumps keeps them)\n";
  if (attachments_kept)
    o << "kept " << attachments_kept << " driver dump(s) / GPU error state(s) as asked (--keep-dumps): NOT scrubbed\n";
  for (const auto& [kind, k] : kinds)
    o << "  " << kind << ": " << k.values << " value(s), " << k.replacements << " place(s)\n";
  return o.str();
}

nlohmann::json RedactionReport::Json() const {
  nlohmann::json j = nlohmann::json::object();
  for (const auto& [kind, k] : kinds) j[kind] = {{"values", k.values}, {"replacements", k.replacements}};
  return {{"kinds", j},
          {"kept", kept},
          {"attachments_dropped", attachments_dropped},
          {"attachments_dropped_bytes", attachments_dropped_bytes},
          {"attachments_kept", attachments_kept}};
}

struct Redaction::Impl {
  enum class Bound { kWord, kAlnum, kNone };
  struct Literal {
    std::string text;  // lower-case when icase
    bool icase;
    Bound bound;
    std::string key, kind;
  };
  struct Value {
    std::string kind, token;
  };

  std::set<std::string> keep;           // lower-case
  bool keep_attachments = false;        // --keep-dumps
  std::map<std::string, Value> values;  // kind-less normalised value -> token
  std::map<std::string, uint64_t> next;
  std::vector<Literal> literals;
  // Indices into `literals` by the byte a match starts with (both cases of
  // a case-blind one), longest first: a position is compared only with the
  // literals that can start there.
  std::array<std::vector<uint32_t>, 256> by_first;
  std::set<std::pair<std::string, int>> literal_seen;
  std::set<std::string> domains;  // of learned FQDNs: their other hosts are hosts too
  bool sorted = true;
  bool emit = false;
  RedactionReport report;

  // The token for `norm` (the value in one canonical form); `original` is
  // what stays when the user asked to keep it.
  std::string Map(const std::string& kind, const std::string& norm, std::string_view original) {
    const std::string bare = Lower(std::string_view(norm).substr(norm.find(':') + 1));
    if (keep.count(bare) || keep.count(Lower(original))) {
      if (emit) ++report.kept;
      return std::string(original);
    }
    auto it = values.find(norm);
    if (it == values.end()) {
      std::string tok = kind;
      if (IsDigit(tok.back())) tok += '_';
      tok += std::to_string(next[kind]++);
      it = values.emplace(norm, Value{kind, tok}).first;
      ++report.kinds[kind].values;
    }
    if (emit) ++report.kinds[it->second.kind].replacements;
    return it->second.token;
  }

  // A token for a value seen, not yet a place rewritten.
  void Register(const std::string& kind, const std::string& norm, std::string_view original) {
    const bool was = emit;
    emit = false;
    Map(kind, norm, original);
    emit = was;
  }

  void AddLiteral(const std::string& kind, const std::string& norm, std::string_view text, bool icase, Bound b) {
    if (text.size() < 2) return;
    Register(kind, norm, text);  // the token exists before it is used
    std::string t = icase ? Lower(text) : std::string(text);
    if (!literal_seen.emplace(t, static_cast<int>(b)).second) return;
    literals.push_back({t, icase, b, norm, kind});
    sorted = false;
  }

  // --- what is learned -----------------------------------------------------

  void Host(std::string_view h) {
    while (!h.empty() && h.back() == '.') h.remove_suffix(1);
    if (h.size() < 2 || AllDigits(h) || Lower(h) == "localhost" || Lower(h) == "(none)" || Lower(h) == "unknown")
      return;
    if (!std::all_of(h.begin(), h.end(), IsHostCh)) return;
    std::string l = Lower(h);
    AddLiteral("host", "host:" + l, h, true, Bound::kAlnum);
    if (size_t dot = l.find('.'); dot != std::string::npos && dot >= 2) {
      AddLiteral("host", "host:" + l.substr(0, dot), l.substr(0, dot), true, Bound::kAlnum);
      if (l.find('.', dot + 1) != std::string::npos) domains.insert(l.substr(dot + 1));
    }
  }
  void User(std::string_view u) {
    u = Trim(u);
    if (Skippable(u) || AllDigits(u)) return;
    AddLiteral("user", "user:" + std::string(u), u, false, Bound::kWord);
  }
  void Process(std::string_view p) {
    p = Trim(p);
    if (Skippable(p) || PublicProcess(p)) return;
    AddLiteral("proc", "proc:" + std::string(p), p, false, Bound::kWord);
  }
  void Path(std::string_view p) {
    p = Trim(p);
    if (Skippable(p)) return;
    AddLiteral("path", "path:" + std::string(p), p, false, Bound::kNone);
  }
  void Serial(std::string_view s) {
    s = Trim(s);
    if (Skippable(s) || s.size() < 3) return;
    // A UUID ("GPU-7f3a...", a product UUID) is the UUID pattern's, so that
    // it reads the same in every form.
    std::string_view u = s;
    if (u.size() > 4 && u[3] == '-' && std::isalpha(static_cast<unsigned char>(u[0]))) u.remove_prefix(4);
    if (IsUuid(u)) return;
    if (std::string h = Hex64(s); !h.empty()) return Guid(h);
    AddLiteral("serial", "serial:" + std::string(s), s, false, Bound::kWord);
  }
  // A 64-bit hardware id (InfiniBand GUID, WWN, EUI-64) in every form it is
  // printed in, all under one token.
  void Guid(const std::string& hex16, const std::string& kind = "guid") {
    const std::string key = "guid:" + hex16;
    std::string quad, pairs;
    for (size_t i = 0; i < 16; ++i) {
      if (i && i % 4 == 0) quad += ':';
      if (i && i % 2 == 0) pairs += ':';
      quad += hex16[i];
      pairs += hex16[i];
    }
    for (const std::string& f : {"0x" + hex16, hex16, quad, pairs}) AddLiteral(kind, key, f, true, Bound::kAlnum);
  }
  void Mac(const std::string& colon_lower) {
    std::string compact;
    for (char ch : colon_lower)
      if (ch != ':') compact += ch;
    Register("mac", "mac:" + colon_lower, colon_lower);
    // "enx3cecef123456", "hwaddr 3cecef123456": the bare form inside words.
    AddLiteral("mac", "mac:" + colon_lower, compact, true, Bound::kNone);
  }

  // The value of `key` at `at` (just after "key="): quoted or up to `stop`,
  // at most kMaxValue bytes (a value is looked for in bounded time on any
  // line: a hostile one may hold thousands of keys).
  static constexpr size_t kMaxValue = 512;
  // A ',' ends an unquoted value only before a space (NVIDIA's "name=CMD,
  // Ch ..."), unless `any_comma` (oom-kill's "task=NAME,pid=N").
  static std::string_view FieldValue(std::string_view l, size_t at, std::string_view stops, bool any_comma = false) {
    l = l.substr(0, std::min(l.size(), at + kMaxValue + 1));
    if (at < l.size() && l[at] == '"') {
      size_t e = l.find('"', at + 1);
      return l.substr(at + 1, (e == std::string_view::npos ? l.size() : e) - at - 1);
    }
    size_t e = l.size();
    for (size_t s = at; s < l.size(); ++s) {
      if (stops.find(l[s]) != std::string_view::npos &&
          (l[s] != ',' || any_comma || s + 1 >= l.size() || l[s + 1] == ' ')) {
        e = s;
        break;
      }
    }
    return l.substr(at, e - at);
  }

  // Every "key=" at a word start in `l`; `fn(value_start)`.
  template <class Fn>
  static void EachKey(std::string_view l, std::string_view key, Fn fn) {
    for (size_t p = l.find(key); p != std::string_view::npos; p = l.find(key, p + 1))
      if (p == 0 || !(IsAlnum(l[p - 1]) || l[p - 1] == '_')) fn(p + key.size());
  }

  // "NAME:PID" ending at the first ':' followed by digits and then `end`
  // (one of " ]"): the name may hold ':' itself (kworker/1:2).
  static std::string_view NameBeforePid(std::string_view l, size_t from, std::string_view ends) {
    for (size_t c = l.find(':', from); c != std::string_view::npos && c - from < 80; c = l.find(':', c + 1)) {
      size_t d = c + 1;
      while (d < l.size() && IsDigit(l[d])) ++d;
      if (d > c + 1 && (d == l.size() || ends.find(l[d]) != std::string_view::npos)) return l.substr(from, c - from);
    }
    return {};
  }

  void LearnLine(std::string_view l) {
    // Process names and command lines where the kernel names a process:
    // audit/apparmor (comm=, exe=, name=, proctitle=), NVIDIA Xid
    // ("pid=N, name=CMD, ..."), oom-kill (task=NAME,pid=).
    EachKey(l, "comm=", [&](size_t a) { Process(FieldValue(l, a, " ")); });
    EachKey(l, "exe=", [&](size_t a) { Path(FieldValue(l, a, " ")); });
    EachKey(l, "proctitle=", [&](size_t a) { Process(FieldValue(l, a, " ")); });
    // name= and task= name a process only where a pid goes with them.
    if (l.find("pid=") != std::string_view::npos) {
      EachKey(l, "name=", [&](size_t a) {
        std::string_view v = FieldValue(l, a, ",");
        if (v.find('/') != std::string_view::npos) Path(v); else Process(v);
      });
      EachKey(l, "task=", [&](size_t a) { Process(FieldValue(l, a, ",", true)); });
    }
    // Audit's resolved user names: FSUID="alice" OUID="alice" AUID= UID= ...
    for (std::string_view k : {"UID=\"", "GID=\""}) {
      for (size_t p = l.find(k); p != std::string_view::npos; p = l.find(k, p + 1)) {
        size_t a = p + k.size(), e = l.find('"', a);
        if (e != std::string_view::npos) User(l.substr(a, e - a));
      }
    }
    // Hung task: "INFO: task NAME:PID blocked for ...", "task:NAME state:D".
    if (l.find(" blocked") != std::string_view::npos) {
      for (size_t p = l.find("task "); p != std::string_view::npos; p = l.find("task ", p + 1)) {
        if (p > 0 && IsAlnum(l[p - 1])) continue;
        std::string_view n = NameBeforePid(l, p + 5, " ");
        if (!n.empty()) Process(n);
      }
    }
    if (size_t p = l.find("task:"); p != std::string_view::npos) {
      size_t s = l.find(" state:", p);
      if (s != std::string_view::npos) Process(l.substr(p + 5, s - p - 5));
    }
    // OOM: "Killed process N (NAME)", "reaped process N (NAME)"; the name
    // may hold parentheses ("(resolved)"): it ends at a ')' before ' ', ','.
    for (size_t p = l.find("process "); p != std::string_view::npos; p = l.find("process ", p + 1)) {
      size_t d = p + 8;
      while (d < l.size() && IsDigit(l[d])) ++d;
      if (d == p + 8 || !StartsWith(l, d, " (")) continue;
      size_t a = d + 2;
      for (size_t c = l.find(')', a); c != std::string_view::npos && c - a < 80; c = l.find(')', c + 1)) {
        if (c + 1 == l.size() || l[c + 1] == ' ' || l[c + 1] == ',') {
          Process(l.substr(a, c - a));
          break;
        }
      }
    }
    // "NAME invoked oom-killer:".
    if (size_t p = l.find(" invoked oom-killer"); p != std::string_view::npos) Process(l.substr(0, p));
    // Soft lockup: "stuck for 22s! [NAME:PID]".
    if (size_t p = l.find("s! ["); p != std::string_view::npos) {
      std::string_view n = NameBeforePid(l, p + 4, "]");
      if (!n.empty()) Process(n);
    }
    // Oops/warning header: "CPU: 3 UID: 1001 PID: 12345 Comm: NAME Not tainted ...".
    if (size_t p = l.find("Comm: "); p != std::string_view::npos) {
      size_t a = p + 6, e = l.size();
      for (std::string_view m : {" Not tainted", " Tainted:", " Tainted "})
        if (size_t q = l.find(m, a); q != std::string_view::npos) e = std::min(e, q);
      Process(l.substr(a, e - a));
    }
    // User-space faults: "NAME[PID]: segfault at ...", "traps: NAME[PID] general protection ...".
    {
      size_t a = StartsWith(l, 0, "traps: ") ? 7 : 0;
      size_t b = l.find('[', a);
      if (b != std::string_view::npos && b > a && b - a <= 64 && l[a] != '[') {
        size_t d = b + 1;
        while (d < l.size() && IsDigit(l[d])) ++d;
        if (d > b + 1 && d < l.size() && l[d] == ']' && l.substr(b + 1, d - b - 1) != "1" &&
            (d + 1 == l.size() || l[d + 1] == ':' || l[d + 1] == ' '))
          Process(l.substr(a, b - a));
      }
    }
    // The OOM task table: "[  pid  ]   uid  tgid total_vm ... name": a
    // row of numbers whose last column is the process name.
    if (!l.empty() && l[0] == '[') {
      std::istringstream in{std::string(l)};
      std::vector<std::string> f;
      for (std::string w; in >> w;) f.push_back(w);
      if (f.size() >= 8 && f[0].front() == '[') {
        bool numbers = true;
        for (size_t i = 1; i + 1 < f.size() && numbers; ++i) {
          std::string_view w = f[i];
          if (w.front() == '[' || w.back() == ']') continue;
          numbers = w.front() == '-' ? AllDigits(w.substr(1)) : AllDigits(w);
        }
        if (numbers) Process(f.back());
      }
    }
    // Home folders name their users.
    for (size_t p = l.find("/home/"); p != std::string_view::npos; p = l.find("/home/", p + 1)) {
      size_t a = p + 6, e = a;
      while (e < l.size() && (IsWordCh(l[e]) || l[e] == '.')) ++e;
      User(l.substr(a, e - a));
    }
    // "(builder@buildhost)" in the kernel's version string, user@host anywhere.
    for (size_t p = l.find('@'); p != std::string_view::npos; p = l.find('@', p + 1)) {
      size_t a = p;
      while (a > 0 && (IsWordCh(l[a - 1]) || l[a - 1] == '.')) --a;
      size_t e = p + 1;
      while (e < l.size() && IsHostCh(l[e])) ++e;
      std::string_view user = l.substr(a, p - a), host = l.substr(p + 1, e - p - 1);
      while (!host.empty() && (host.back() == '.' || host.back() == '-')) host.remove_suffix(1);
      if (user.empty() || host.empty() || AllDigits(host) || !std::isalpha(static_cast<unsigned char>(user[0])))
        continue;
      // systemd units ("getty@tty1.service") are not user@host.
      static constexpr std::array<std::string_view, 9> kUnit = {".service", ".socket", ".target", ".mount",
                                                                ".timer", ".slice", ".scope", ".path", ".device"};
      if (std::any_of(kUnit.begin(), kUnit.end(), [&](std::string_view s) {
            return host.size() > s.size() && host.substr(host.size() - s.size()) == s;
          }))
        continue;
      User(user);
      Host(host);
    }
    // ip=CLIENT:SERVER:GW:MASK:HOSTNAME:DEV:AUTOCONF:... (nfsroot boot).
    EachKey(l, "ip=", [&](size_t a) {
      std::string_view v = FieldValue(l, a, " ,");
      std::vector<std::string_view> f;
      for (size_t s = 0;;) {
        size_t c = v.find(':', s);
        f.push_back(v.substr(s, c == std::string_view::npos ? std::string_view::npos : c - s));
        if (c == std::string_view::npos) break;
        s = c + 1;
      }
      if (f.size() > 4) Host(f[4]);
    });
    for (std::string_view k : {"host=", "hostname=", "nodename=", "HOSTNAME=", "fqdn="})
      EachKey(l, k, [&](size_t a) { Host(FieldValue(l, a, " ,;")); });
    // UNC paths "\\server\share" and URLs "scheme://[user@]host[:port]/".
    for (size_t p = l.find("\\\\"); p != std::string_view::npos; p = l.find("\\\\", p + 2)) {
      size_t e = p + 2;
      while (e < l.size() && IsHostCh(l[e])) ++e;
      Host(l.substr(p + 2, e - p - 2));
    }
    for (size_t p = l.find("://"); p != std::string_view::npos; p = l.find("://", p + 3)) {
      size_t a = p + 3, e = a;
      while (e < l.size() && l[e] != '/' && l[e] != ' ' && l[e] != '"') ++e;
      std::string_view auth = l.substr(a, e - a);
      if (size_t at = auth.rfind('@'); at != std::string_view::npos) auth.remove_prefix(at + 1);
      if (size_t colon = auth.find(':'); colon != std::string_view::npos) auth = auth.substr(0, colon);
      Host(auth);
    }
    // XML elements (nvidia-smi -q -x): <serial>, <uuid>, <*guid*>.
    for (size_t p = l.find('<'); p != std::string_view::npos; p = l.find('<', p + 1)) {
      size_t e = l.find('>', p);
      if (e == std::string_view::npos) break;
      std::string tag = Lower(l.substr(p + 1, e - p - 1));
      if (tag.empty() || tag[0] == '/' || tag.find(' ') != std::string::npos) continue;
      if (tag.find("serial") == std::string::npos && tag.find("uuid") == std::string::npos &&
          tag.find("guid") == std::string::npos)
        continue;
      size_t c = l.substr(0, std::min(l.size(), e + kMaxValue)).find("</", e);
      if (c != std::string_view::npos) Serial(l.substr(e + 1, c - e - 1));
    }
    // "Serial Number: X", "serial=X", "Node GUID: 0x...", "port_name: 0x...",
    // "hwaddr=3cecef123456": a value after a label that names it.
    for (size_t p = 0; p < l.size(); ++p) {
      if (l[p] != ':' && l[p] != '=') continue;
      size_t k = p;
      while (k > 0 && (std::isalpha(static_cast<unsigned char>(l[k - 1])) || l[k - 1] == '_' || l[k - 1] == ' ') &&
             p - k < 24)
        --k;
      std::string key = Lower(Trim(l.substr(k, p - k)));
      if (key.empty()) continue;
      size_t a = p + 1;
      while (a < l.size() && (l[a] == ' ' || l[a] == '"' || l[a] == '\'')) ++a;
      size_t e = a;
      while (e < l.size() && e - a < 128 && (IsWordCh(l[e]) || l[e] == '.' || l[e] == ':')) ++e;
      std::string_view v = l.substr(a, e - a);
      while (!v.empty() && (v.back() == '.' || v.back() == ':')) v.remove_suffix(1);
      if (key.find("serial") != std::string::npos) {
        Serial(v);
      } else if (key.find("guid") != std::string::npos || key.find("wwn") != std::string::npos ||
                 key.find("wwpn") != std::string::npos || key.find("port_name") != std::string::npos ||
                 key.find("node_name") != std::string::npos) {
        if (std::string h = Hex64(v); !h.empty()) Guid(h, key.find("guid") != std::string::npos ? "guid" : "wwn");
      } else if (key == "mac" || key.find("hwaddr") != std::string::npos || key == "ether" || key == "address") {
        if (v.size() == 12 && std::all_of(v.begin(), v.end(), IsHex)) {
          std::string m = Lower(v);
          std::string colon;
          for (size_t i = 0; i < 12; i += 2) colon += (i ? ":" : "") + m.substr(i, 2);
          Mac(colon);
        }
      }
    }
  }

  void Learn(std::string_view text) {
    for (size_t s = 0; s <= text.size();) {
      size_t e = text.find('\n', s);
      if (e == std::string_view::npos) e = text.size();
      LearnLine(text.substr(s, e - s));
      s = e + 1;
    }
    // The value patterns learn too (a MAC's bare form), through a dry run.
    Scan(text);
  }

  void Collect(const nlohmann::json& j) {
    if (j.is_object()) {
      for (auto it = j.begin(); it != j.end(); ++it) {
        Learn(it.key());
        if (it->is_string()) {
          const std::string k = Lower(it.key());
          const std::string& v = it->get_ref<const std::string&>();
          if (k == "host" || k.find("hostname") != std::string::npos || k.find("nodename") != std::string::npos ||
              k.find("fqdn") != std::string::npos)
            Host(v);
          if (k.find("serial") != std::string::npos || k == "uuid" || k.find("guid") != std::string::npos ||
              k.find("product_uuid") != std::string::npos || k.find("asset_tag") != std::string::npos)
            Serial(v);
          if (k == "user" || k == "username" || k == "owner") User(v);
        }
        Collect(*it);
      }
    } else if (j.is_array()) {
      for (const auto& v : j) Collect(v);
    } else if (j.is_string()) {
      Learn(j.get_ref<const std::string&>());
    }
  }

  // Every string; with `keys`, the object keys too (a record's keys are the
  // format's field names and stay as they are).
  void Rewrite(nlohmann::json& j, bool keys = true) {
    if (j.is_string()) {
      j = Scan(j.get_ref<const std::string&>());
    } else if (j.is_object()) {
      nlohmann::json o = nlohmann::json::object();
      for (auto it = j.begin(); it != j.end(); ++it) {
        Rewrite(*it, keys);
        o[keys ? Scan(it.key()) : it.key()] = std::move(*it);
      }
      j = std::move(o);
    } else if (j.is_array()) {
      for (auto& v : j) Rewrite(v, keys);
    }
  }

  // --- what is replaced ----------------------------------------------------

  void Prepare() {
    if (sorted) return;
    std::stable_sort(literals.begin(), literals.end(),
                     [](const Literal& a, const Literal& b) { return a.text.size() > b.text.size(); });
    for (auto& v : by_first) v.clear();
    for (uint32_t k = 0; k < literals.size(); ++k) {
      const auto c0 = static_cast<unsigned char>(literals[k].text[0]);
      by_first[c0].push_back(k);
      if (literals[k].icase && std::toupper(c0) != c0) by_first[static_cast<unsigned char>(std::toupper(c0))].push_back(k);
    }
    sorted = true;
  }

  size_t TryLiteral(std::string_view t, size_t i, std::string& out) {
    const char prev = i ? t[i - 1] : ' ';
    for (uint32_t k : by_first[static_cast<unsigned char>(t[i])]) {
      const Literal& lit = literals[k];
      const size_t n = lit.text.size();
      if (t.size() - i < n) continue;
      if (lit.bound == Bound::kWord && IsWordCh(prev)) continue;
      if (lit.bound == Bound::kAlnum && IsAlnum(prev)) continue;
      bool eq = lit.icase ? std::equal(lit.text.begin(), lit.text.end(), t.begin() + static_cast<long>(i),
                                       [](char a, char b) {
                                         return a == std::tolower(static_cast<unsigned char>(b));
                                       })
                          : t.compare(i, n, lit.text) == 0;
      if (!eq) continue;
      const char nx = i + n < t.size() ? t[i + n] : ' ';
      if (lit.bound == Bound::kWord && IsWordCh(nx)) continue;
      if (lit.bound == Bound::kAlnum && IsAlnum(nx)) continue;
      out += Map(lit.kind, lit.key, t.substr(i, n));
      return n;
    }
    return 0;
  }

  // "user-1001.slice", "user@1001.service", "UID: 1001", "UID 1001,",
  // "uid=1001", "fsuid=1001", ...: a user id, 0 (root) and -1 (unset) aside.
  size_t TryUid(std::string_view t, size_t i, std::string& out) {
    static constexpr std::array<std::string_view, 10> kPrefix = {
        "user-", "user@", "UID: ", "UID:", "UID ", "uid=", "fsuid=", "ouid=", "auid=", "euid="};
    for (std::string_view p : kPrefix) {
      if (!StartsWith(t, i, p)) continue;
      size_t a = i + p.size(), e = a;
      while (e < t.size() && IsDigit(t[e])) ++e;
      if (e == a || (e < t.size() && IsAlnum(t[e]))) continue;
      std::string_view id = t.substr(a, e - a);
      if (p == "user-" && !StartsWith(t, e, ".slice")) continue;
      if (p == "user@" && !StartsWith(t, e, ".service")) continue;
      if (p == "UID " && !StartsWith(t, e, ",")) continue;
      if (id == "0" || id == "4294967295" || id == "65534") continue;
      out.append(p);
      out += Map("uid", "uid:" + std::string(id), id);
      return e - i;
    }
    return 0;
  }

  size_t TryUuid(std::string_view t, size_t i, std::string& out) {
    static constexpr int kGroups[] = {8, 4, 4, 4, 12};
    size_t j = i;
    for (int g = 0; g < 5; ++g) {
      if (g && (j >= t.size() || t[j++] != '-')) return 0;
      for (int k = 0; k < kGroups[g]; ++k, ++j)
        if (j >= t.size() || !IsHex(t[j])) return 0;
    }
    if (j < t.size() && (IsAlnum(t[j]) || (t[j] == '-' && j + 1 < t.size() && IsHex(t[j + 1])))) return 0;
    std::string v(t.substr(i, j - i));
    out += Map("uuid", "uuid:" + Lower(v), v);
    return j - i;
  }

  // Colon- (or dash-) separated byte pairs: a MAC (6), an EUI-64/WWN (8),
  // netfilter's MAC= (6 + 6 + ethertype), an IPoIB address (20), others.
  size_t TryHexPairs(std::string_view t, size_t i, std::string& out) {
    if (i + 17 > t.size() || !IsHex(t[i]) || !IsHex(t[i + 1])) return 0;
    const char sep = t[i + 2];
    if (sep != ':' && sep != '-') return 0;
    std::vector<std::string> pairs;
    size_t j = i;
    // At most 64 pairs: longer is no address, and the bound keeps a line of
    // pairs from being scanned again from each of its positions.
    while (j + 2 <= t.size() && IsHex(t[j]) && IsHex(t[j + 1]) && pairs.size() < 64) {
      pairs.push_back(Lower(t.substr(j, 2)));
      j += 2;
      if (j + 2 < t.size() && t[j] == sep && IsHex(t[j + 1]) && IsHex(t[j + 2])) {
        ++j;
        continue;
      }
      break;
    }
    if (j < t.size() && (IsAlnum(t[j]) || (pairs.size() == 64 && t[j] == sep))) return 0;
    const size_t n = pairs.size();
    if (n < 6) return 0;
    auto join = [&](size_t a, size_t b) {
      std::string s;
      for (size_t k = a; k < b; ++k) s += (k > a ? ":" : "") + pairs[k];
      return s;
    };
    auto mac = [&](size_t a) {
      std::string m = join(a, a + 6);
      Mac(m);
      return Map("mac", "mac:" + m, m);
    };
    if (n == 6) {
      out += mac(0);
    } else if (n == 14) {
      out += mac(0) + sep + mac(6) + sep + pairs[12] + sep + pairs[13];
    } else if (n == 8) {
      std::string h = join(0, 8);
      h.erase(std::remove(h.begin(), h.end(), ':'), h.end());
      Guid(h, "wwn");
      out += Map("wwn", "guid:" + h, t.substr(i, j - i));
    } else {
      std::string whole = join(0, n);
      out += Map("hwaddr", "hwaddr:" + whole, t.substr(i, j - i));
    }
    return j - i;
  }

  // "248a:0703:00b5:c6d0" (how sysfs prints an InfiniBand GUID).
  size_t TryQuad(std::string_view t, size_t i, std::string& out) {
    if (i + 19 > t.size()) return 0;
    for (size_t k = 0; k < 19; ++k)
      if (k % 5 == 4 ? t[i + k] != ':' : !IsHex(t[i + k])) return 0;
    if (i + 19 < t.size() && (IsAlnum(t[i + 19]) || t[i + 19] == ':')) return 0;
    std::string h = Hex64(t.substr(i, 19));
    Guid(h);
    out += Map("guid", "guid:" + h, t.substr(i, 19));
    return 19;
  }

  // iSCSI names: "iqn.2004-10.com.example:host01", "eui.02004567A425678D",
  // "naa.5000c500a1b2c3d4", and /dev/disk/by-id's "wwn-0x5000c500a1b2c3d4".
  size_t TryStorageName(std::string_view t, size_t i, std::string& out) {
    if (StartsWith(t, i, "iqn.") && i + 12 < t.size() && IsDigit(t[i + 4])) {
      size_t e = i + 4;
      while (e < t.size() && (IsWordCh(t[e]) || t[e] == '.' || t[e] == ':')) ++e;
      while (e > i + 4 && (t[e - 1] == '.' || t[e - 1] == ':')) --e;
      std::string v(t.substr(i, e - i));
      out += Map("iqn", "iqn:" + Lower(v), v);
      return e - i;
    }
    for (std::string_view p : {"eui.", "naa.", "wwn-0x", "wwn-"}) {
      if (!StartsWith(t, i, p)) continue;
      size_t a = i + p.size(), e = a;
      while (e < t.size() && IsHex(t[e])) ++e;
      if (e - a < 16 || (e < t.size() && IsAlnum(t[e]))) continue;
      std::string h = Lower(t.substr(a, e - a));
      out.append(p);
      if (h.size() == 16) {
        Guid(h, "wwn");
        out += Map("wwn", "guid:" + h, h);
      } else {
        out += Map("wwn", "wwn:" + h, h);
      }
      return e - i;
    }
    return 0;
  }

  size_t TryIpv6(std::string_view t, size_t i, std::string& out) {
    if (i > 0 && t[i - 1] == ':') return 0;
    size_t j = i;
    while (j < t.size() && j - i < 46 && (IsHex(t[j]) || t[j] == ':' || t[j] == '.')) ++j;
    std::string_view run = t.substr(i, j - i);
    while (!run.empty() && (run.back() == ':' || run.back() == '.')) run.remove_suffix(1);
    if (i + run.size() < t.size() && IsAlnum(t[i + run.size()]) && run.size() == j - i) return 0;
    if (std::count(run.begin(), run.end(), ':') < 2) return 0;
    std::string s(run);
    unsigned char buf[16];
    if (inet_pton(AF_INET6, s.c_str(), buf) != 1) return 0;
    if (s == "::" || s == "::1") return 0;
    char canon[INET6_ADDRSTRLEN];
    inet_ntop(AF_INET6, buf, canon, sizeof canon);
    out += Map("ipv6", std::string("ipv6:") + canon, s);
    return run.size();
  }

  // Dotted quads, leading zeros too ("010.001.002.003" is 10.1.2.3).
  size_t TryIpv4(std::string_view t, size_t i, std::string& out) {
    if (i > 0 && (t[i - 1] == '.' || IsAlnum(t[i - 1]))) return 0;
    size_t j = i;
    int oct[4];
    for (int k = 0; k < 4; ++k) {
      if (k && (j >= t.size() || t[j++] != '.')) return 0;
      size_t a = j;
      int v = 0;
      while (j < t.size() && IsDigit(t[j]) && j - a < 3) v = v * 10 + (t[j++] - '0');
      if (j == a || v > 255) return 0;
      oct[k] = v;
    }
    if (j < t.size() && (IsAlnum(t[j]) || (t[j] == '.' && j + 1 < t.size() && IsDigit(t[j + 1])))) return 0;
    const std::string norm = std::to_string(oct[0]) + "." + std::to_string(oct[1]) + "." +
                             std::to_string(oct[2]) + "." + std::to_string(oct[3]);
    const uint32_t a = (uint32_t(oct[0]) << 24) | (uint32_t(oct[1]) << 16) | (uint32_t(oct[2]) << 8) | uint32_t(oct[3]);
    // Loopback, "any", broadcast and netmasks identify nobody.
    const bool mask = oct[0] == 255 && ((~a + 1) & ~a) == 0;
    if (oct[0] == 127 || a == 0 || a == 0xffffffffu || mask) return 0;
    out += Map("ip", "ip:" + norm, t.substr(i, j - i));
    return j - i;
  }

  // Host names in free text: labels ending in a top-level domain, or in
  // the domain of a host already known.
  size_t TryFqdn(std::string_view t, size_t i, std::string& out) {
    if (i > 0 && (t[i - 1] == '.' || t[i - 1] == '-' || t[i - 1] == '/' || t[i - 1] == '_')) return 0;
    size_t j = i;
    std::vector<std::pair<size_t, size_t>> labels;
    while (j < t.size()) {
      if (j - i > 253) return 0;  // longer than any DNS name
      size_t a = j;
      while (j < t.size() && IsLabelCh(t[j])) ++j;
      if (j == a || j - a > 63) return 0;
      labels.emplace_back(a, j);
      if (j + 1 < t.size() && t[j] == '.' && IsAlnum(t[j + 1])) {
        ++j;
        continue;
      }
      break;
    }
    if (labels.size() < 2 || (j < t.size() && (t[j] == '_' || t[j] == '@'))) return 0;
    std::string name = Lower(t.substr(i, j - i));
    auto [la, lb] = labels.back();
    std::string tld = Lower(t.substr(la, lb - la));
    bool known = false;
    for (const std::string& d : domains)
      if (name.size() > d.size() && name.ends_with("." + d)) known = true;
    if (!known && (!Tlds().count(tld) || !std::any_of(name.begin(), name.end(), [](char ch) {
                     return std::isalpha(static_cast<unsigned char>(ch));
                   })))
      return 0;
    if (domains.count(name)) {
      out += Map("domain", "host:" + name, t.substr(i, j - i));
    } else {
      out += Map("host", "host:" + name, t.substr(i, j - i));
    }
    return j - i;
  }

  std::string Scan(std::string_view t) {
    if (emit) Prepare();  // sorted once after learning, not per line learned
    std::string out;
    out.reserve(t.size());
    size_t i = 0;
    while (i < t.size()) {
      const bool at_start = i == 0 || !IsAlnum(t[i - 1]);
      // Learning needs the patterns only: a literal is known already.
      size_t n = emit ? TryLiteral(t, i, out) : 0;
      if (!n && at_start && (IsAlnum(t[i]) || t[i] == ':')) {
        for (auto fn : {&Impl::TryUid, &Impl::TryUuid, &Impl::TryHexPairs, &Impl::TryQuad,
                        &Impl::TryStorageName, &Impl::TryIpv6, &Impl::TryIpv4, &Impl::TryFqdn}) {
          if ((n = (this->*fn)(t, i, out))) break;
        }
      }
      if (n) {
        i += n;
      } else {
        out += t[i++];
      }
    }
    return out;
  }
};

Redaction::Redaction(std::vector<std::string> keep) : impl_(std::make_unique<Impl>()) {
  for (const std::string& k : keep) impl_->keep.insert(Lower(k));
}
Redaction::~Redaction() = default;

void Redaction::AddHost(std::string_view host) { impl_->Host(host); }

void Redaction::Learn(std::string_view text) {
  impl_->emit = false;
  impl_->Learn(text);
}

std::string Redaction::Text(std::string_view text) {
  impl_->emit = true;
  return impl_->Scan(text);
}

std::string Redaction::FileName(std::string_view name, std::string_view host) {
  impl_->Host(host);
  impl_->emit = true;
  // The capture names a bundle "tempmon-HOST-...": the host sits between
  // dashes, where a word-bounded match would not see it.
  std::string out(name);
  if (!host.empty() && StartsWith(Lower(name), 0, "tempmon-" + Lower(host) + "-")) {
    std::string tok = impl_->Scan(host);
    out = "tempmon-" + tok + "-" + impl_->Scan(name.substr(8 + host.size() + 1));
    return out;
  }
  return impl_->Scan(name);
}

const RedactionReport& Redaction::Report() const { return impl_->report; }

void Redaction::KeepAttachments(bool keep) { impl_->keep_attachments = keep; }

void Redaction::Apply(Contents& c) {
  Impl& r = *impl_;
  if (r.keep_attachments) {
    r.report.attachments_kept += c.attachments.size();
  } else if (!c.attachments.empty()) {
    for (const Attachment& a : c.attachments) {
      ++r.report.attachments_dropped;
      r.report.attachments_dropped_bytes += a.bytes.size();
    }
    for (Event& e : c.events)
      if (auto* d = std::get_if<DeviceEvent>(&e); d && d->member)
        d->dropped = "removed by redaction: a driver's binary dump cannot be scrubbed (redact --keep-dumps keeps it)";
    c.attachments.clear();
  }
  // Episodes, events and the crash are redacted as the members hold them,
  // every string of every field, and read back into their records.
  nlohmann::json episodes = nlohmann::json::array(), events = nlohmann::json::array(), crash;
  for (const Episode& e : c.episodes) episodes.push_back(ToJson(e));
  for (const Event& e : c.events) events.push_back(ToJson(e));
  if (c.crash) crash = ToJson(*c.crash);
  r.emit = false;
  r.Host(c.host);
  r.Collect(c.system);
  r.Collect(episodes);
  r.Collect(events);
  r.Collect(crash);  // a crash bundle's report and record paths
  for (const Sensor& s : c.sensors) {
    r.Serial(s.uuid);
    for (const std::string* t : {&s.name, &s.model, &s.uuid, &s.location}) r.Learn(*t);
  }
  for (const std::string* t : {&c.trigger.reason, &c.boot_id, &c.kernel}) r.Learn(*t);
  for (const Collector& k : c.collectors) r.Learn(k.message);
  for (const KmsgRecord& k : c.kmsg) r.Learn(k.text);

  r.emit = true;
  c.host = r.Scan(c.host);
  c.boot_id = r.Scan(c.boot_id);
  c.trigger.reason = r.Scan(c.trigger.reason);
  for (Sensor& s : c.sensors)
    for (std::string* t : {&s.name, &s.model, &s.uuid, &s.location}) *t = r.Scan(*t);
  for (Collector& k : c.collectors) k.message = r.Scan(k.message);
  for (KmsgRecord& k : c.kmsg) k.text = r.Scan(k.text);
  r.Rewrite(c.system);
  r.Rewrite(episodes, false);
  r.Rewrite(crash, false);
  c.episodes.clear();
  for (const nlohmann::json& j : episodes) c.episodes.push_back(EpisodeFromJson(j));
  if (c.crash) c.crash = CrashFromJson(crash);
  for (size_t i = 0; i < c.events.size(); ++i) {
    // An event of a type this build does not know has no fixed keys.
    r.Rewrite(events[i], std::holds_alternative<OtherEvent>(c.events[i]));
    c.events[i] = EventFromJson(events[i]);
  }
  c.redacted = true;
  c.summary.clear();
  c.summary = RenderSummary(c);
}

void Redact(Contents& c) {
  Redaction r;
  r.Apply(c);
}

}  // namespace tempmon::bundle
