#include "tempmon/signatures/signatures.h"

#include <algorithm>
#include <climits>
#include <regex>
#include <stdexcept>

namespace tempmon::signatures {

// signatures_data.cc, generated from signatures.json by CMake.
extern const char kCatalogueJson[];

namespace {

using json = nlohmann::json;
using It = std::string_view::const_iterator;

struct Pattern {
  std::regex re;
  int device_group = 0;
  int code_group = 0;
};

struct SeverityIf {
  std::regex re;
  std::string severity;
  bool trigger = false;
};

struct Fields {
  std::vector<std::pair<std::string, std::regex>> list;
};

struct Code {
  std::string mnemonic, name, severity, action, cls;
  bool trigger = false;
  double benign_after_other_code_s = 0;
  std::vector<SeverityIf> severity_if;
  Fields fields;
};

struct Signature {
  std::string id, cls, vendor, severity, meaning, action, device_prefix;
  bool trigger = false;
  std::vector<std::string> needles;
  std::vector<Pattern> patterns;
  std::vector<SeverityIf> severity_if;
  Fields fields;
  bool has_codes = false;
  std::map<int, Code> codes;
};

struct DrmRule {
  std::string key, value;  // value "" = any
  bool error_state = false;
  std::map<std::string, std::string> severity_if_value;
  Match m;
};

struct Catalogue {
  json doc;
  Match devcoredump;
  std::map<std::string, std::pair<std::string, std::string>> devcoredump_by_driver;  // vendor, severity
  std::vector<DrmRule> drm;
  std::vector<Signature> sigs;
  std::vector<std::string> hang_classes;
  std::map<std::string, std::string> classes;
  std::string unknown_severity, unknown_action;
  std::string test_marker;
  std::map<std::string, std::string> test_lines;
};

[[noreturn]] void Bad(const std::string& what) {
  throw std::logic_error("signatures.json: " + what);
}

std::string Str(const json& o, const char* key, const std::string& where, bool required = true) {
  if (!o.contains(key)) {
    if (required) Bad(where + ": missing \"" + key + "\"");
    return {};
  }
  if (!o[key].is_string()) Bad(where + ": \"" + std::string(key) + "\" is not a string");
  return o[key].get<std::string>();
}

// A catalogue regex must match only what the kernel subsystem wrote: it is
// anchored at the message start, where the subsystem's prefix is, and it
// never spans text freely, since a free span ("NVRM.*Xid", "[^)]*") can
// reach into a task name, a file name or a name= field that user space
// chose. Refused at load, so a new pattern cannot reopen the hole.
std::string Untrusted(std::string_view re) {
  if (re.empty() || re.front() != '^') return "is not anchored at the message start (^)";
  for (size_t i = 0; i < re.size(); ++i) {
    if (re[i] == '\\') {
      ++i;
      continue;
    }
    size_t end = i;  // the last character of this atom
    bool free_span = re[i] == '.';
    if (re[i] == '[') {
      free_span = i + 1 < re.size() && re[i + 1] == '^';
      end = i + (free_span ? 2 : 1);
      if (end < re.size() && re[end] == ']') ++end;  // "[]...]" and "[^]...]" keep their first ']'
      while (end < re.size() && re[end] != ']') end += re[end] == '\\' ? 2 : 1;
      if (end >= re.size()) return {};  // unterminated: std::regex refuses it
    }
    if (free_span && end + 1 < re.size() && (re[end + 1] == '*' || re[end + 1] == '+'))
      return "spans text without a bound (" + std::string(re.substr(i, end + 2 - i)) +
             "); bound it ({0,N}) or spell the text";
    i = end;
  }
  return {};
}

std::regex Compile(const std::string& re, const std::string& where) {
  if (std::string why = Untrusted(re); !why.empty()) Bad(where + ": pattern " + re + " " + why);
  try {
    return std::regex(re, std::regex::ECMAScript | std::regex::optimize);
  } catch (const std::regex_error& e) {
    Bad(where + ": bad pattern " + re + ": " + e.what());
  }
}

void CheckSeverity(const std::string& s, const std::string& where) {
  if (SeverityRank(s) < 0) Bad(where + ": unknown severity \"" + s + "\"");
}

std::vector<SeverityIf> LoadSeverityIf(const json& o, const std::string& where) {
  std::vector<SeverityIf> out;
  if (!o.contains("severity_if")) return out;
  for (const json& s : o["severity_if"]) {
    SeverityIf x{Compile(Str(s, "re", where), where), Str(s, "severity", where),
                 s.value("trigger", false)};
    CheckSeverity(x.severity, where);
    out.push_back(std::move(x));
  }
  return out;
}

Fields LoadFields(const json& o, const std::string& where) {
  Fields f;
  if (!o.contains("fields")) return f;
  for (const auto& [k, v] : o["fields"].items())
    f.list.emplace_back(k, Compile(v.get<std::string>(), where + " field " + k));
  return f;
}

Catalogue Load() {
  Catalogue c;
  c.doc = json::parse(kCatalogueJson);
  const json& actions = c.doc.at("actions");
  auto action_text = [&](const std::string& key, const std::string& where) {
    if (!actions.contains(key)) Bad(where + ": action \"" + key + "\" is not in \"actions\"");
    return actions[key].get<std::string>();
  };
  for (const auto& [k, v] : c.doc.at("classes").items()) c.classes[k] = v.get<std::string>();
  for (const json& h : c.doc.at("hang_classes")) c.hang_classes.push_back(h.get<std::string>());
  c.unknown_severity = c.doc.at("unknown_code").at("severity").get<std::string>();
  c.unknown_action = action_text(c.doc.at("unknown_code").at("action").get<std::string>(), "unknown_code");
  c.test_marker = c.doc.at("test").at("marker").get<std::string>();
  for (const auto& [k, v] : c.doc.at("test").at("lines").items()) {
    if (!c.classes.count(k)) Bad("test line for unknown class " + k);
    c.test_lines[k] = v.get<std::string>();
  }
  {
    const json& de = c.doc.at("device_events");
    auto rule = [&](const json& r, const std::string& where) {
      Match m;
      m.id = Str(r, "id", where);
      m.cls = Str(r, "class", where);
      if (!c.classes.count(m.cls)) Bad(where + ": unknown class " + m.cls);
      m.severity = Str(r, "severity", where);
      if (SeverityRank(m.severity) < 0) Bad(where + ": bad severity " + m.severity);
      m.trigger = r.at("trigger").get<bool>();
      m.meaning = Str(r, "meaning", where);
      m.action = action_text(Str(r, "action", where), where);
      m.vendor = "linux";
      return m;
    };
    const json& dc = de.at("devcoredump");
    c.devcoredump = rule(dc, "device_events devcoredump");
    for (const auto& [drv, v] : dc.at("by_driver").items()) {
      const std::string sev = Str(v, "severity", "devcoredump by_driver " + drv);
      if (SeverityRank(sev) < 0) Bad("devcoredump by_driver " + drv + ": bad severity " + sev);
      c.devcoredump_by_driver[drv] = {Str(v, "vendor", "devcoredump by_driver " + drv), sev};
    }
    for (const json& r : de.at("drm")) {
      DrmRule d;
      d.key = Str(r, "key", "device_events drm");
      d.value = Str(r, "value", "device_events drm " + d.key, false);
      d.error_state = r.at("error_state").get<bool>();
      d.m = rule(r, "device_events drm " + d.key);
      if (r.contains("severity_if_value"))
        for (const auto& [v, sev] : r["severity_if_value"].items()) {
          if (SeverityRank(sev.get<std::string>()) < 0) Bad("device_events drm " + d.key + ": bad severity");
          d.severity_if_value[v] = sev.get<std::string>();
        }
      c.drm.push_back(std::move(d));
    }
  }
  for (const json& s : c.doc.at("signatures")) {
    Signature sig;
    sig.id = Str(s, "id", "signature");
    const std::string where = "signature " + sig.id;
    sig.cls = Str(s, "class", where);
    if (!c.classes.count(sig.cls)) Bad(where + ": unknown class " + sig.cls);
    sig.vendor = Str(s, "vendor", where);
    sig.severity = Str(s, "severity", where);
    CheckSeverity(sig.severity, where);
    sig.meaning = Str(s, "meaning", where);
    sig.action = Str(s, "action", where);
    sig.device_prefix = Str(s, "device_prefix", where, false);
    sig.trigger = s.at("trigger").get<bool>();
    for (const json& n : s.at("needles")) sig.needles.push_back(n.get<std::string>());
    for (const json& p : s.at("patterns"))
      sig.patterns.push_back({Compile(Str(p, "re", where), where), p.value("device", 0), p.value("code", 0)});
    if (sig.patterns.empty()) Bad(where + ": no patterns");
    sig.severity_if = LoadSeverityIf(s, where);
    sig.fields = LoadFields(s, where);
    if (s.contains("codes")) {
      sig.has_codes = true;
      for (const auto& [k, v] : s["codes"].items()) {
        const std::string cw = where + " code " + k;
        Code code;
        code.mnemonic = Str(v, "mnemonic", cw, false);
        code.name = Str(v, "name", cw);
        code.severity = Str(v, "severity", cw);
        CheckSeverity(code.severity, cw);
        code.action = action_text(Str(v, "action", cw), cw);
        code.cls = v.contains("class") ? Str(v, "class", cw) : sig.cls;
        if (!c.classes.count(code.cls)) Bad(cw + ": unknown class " + code.cls);
        code.trigger = v.value("trigger", false);
        code.benign_after_other_code_s = v.value("benign_after_other_code_s", 0.0);
        code.severity_if = LoadSeverityIf(v, cw);
        code.fields = LoadFields(v, cw);
        sig.codes[std::stoi(k)] = std::move(code);
      }
    }
    c.sigs.push_back(std::move(sig));
  }
  return c;
}

const Catalogue& Cat() {
  static const Catalogue c = Load();
  return c;
}

// Each prefix a line may carry; removed repeatedly, in any order, because
// a journal line can wrap a dmesg timestamp ("kernel: [  12.3] ...").
const std::regex& PrefixRe() {
  static const std::regex re(
      R"(^(?:)"
      R"(<\d+>)"                                             // printk level
      R"(|\d+,\d+,\d+,[^;]*;)"                               // raw /dev/kmsg
      R"(|\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}:\d{2}\S*\s+\S+\s+kernel(?:\[\d+\])?:)"  // journal -o short-iso
      R"(|[A-Z][a-z]{2}\s+\d{1,2}\s+\d{2}:\d{2}:\d{2}(?:\.\d+)?\s+(?:\S+\s+)?kernel(?:\[\d+\])?:)"  // syslog/journal
      R"(|\d{2}:\d{2}:\d{2}\s+(?:\S+\s+)?kernel(?:\[\d+\])?:)"   // time-only journal excerpt
      R"(|kernel(?:\[\d+\])?:)"                              // bare "kernel:"
      R"(|\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}[,.]\d+[+-]\d{2}:?\d{2})"  // dmesg --time-format iso
      R"(|\[\s*\+?\d+\.\d+\])"                               // dmesg, dmesg -H ("[  +0.000844]")
      R"(|\[[A-Z][a-z]{2} [A-Z][a-z]{2}\s+\d{1,2} \d{2}:\d{2}:\d{2} \d{4}\])"  // dmesg -T
      R"(|\[\s*[TC]\d+\])"                                   // printk caller id
      R"(|[a-z]+\s*:[a-z]+\s*:)"                             // dmesg -x
      R"()\s*)");
  return re;
}

// The bytes the kernel printed for `escaped`: /dev/kmsg writes a control
// byte, a byte >= 0x7f and '\\' as four characters "\\xNN".
size_t KernelBytes(std::string_view escaped) {
  size_t n = 0;
  for (size_t i = 0; i < escaped.size(); ++n)
    i += escaped[i] == '\\' && i + 3 < escaped.size() && escaped[i + 1] == 'x' ? 4 : 1;
  return n;
}

// A line the kernel starts with the current task's name and its PID,
// "COMM[PID]: segfault at ...", "traps: COMM[PID] general protection ...",
// "COMM (PID): drop_caches ...": the first bytes are user space's choice
// (prctl(PR_SET_NAME), the executable's name), up to kTaskNameBytes of
// them, possibly escaped. Such a line is never a signature of its own; the
// kernel's report that names a task ("INFO: task COMM:PID blocked ...")
// starts with the kernel's words and is unaffected.
bool StartsWithTaskName(std::string_view line) {
  static const std::regex re(R"(^(?:traps: )?(?:\\x[0-9a-fA-F]{2}|[^\\]){1,16}[\[(]\d{1,10}[\])])");
  std::match_results<It> m;
  if (!std::regex_search(line.begin(), line.end(), m, re)) return false;
  // The name part, "traps: " aside, is at most one task name long.
  std::string_view name = line.substr(0, static_cast<size_t>(m.length(0)));
  if (name.substr(0, 7) == "traps: ") name.remove_prefix(7);
  name = name.substr(0, name.find_last_of("[("));
  if (!name.empty() && name.back() == ' ') name.remove_suffix(1);
  return KernelBytes(name) <= kTaskNameBytes;
}

bool Search(std::string_view s, const std::regex& re, std::match_results<It>* m) {
  return std::regex_search(s.begin(), s.end(), *m, re);
}

void ApplySeverityIf(const std::vector<SeverityIf>& rules, std::string_view line, Match* out) {
  std::match_results<It> m;
  for (const SeverityIf& r : rules)
    if (Search(line, r.re, &m)) {
      out->severity = r.severity;
      out->trigger = r.trigger;
      return;
    }
}

void ApplyFields(const Fields& f, std::string_view line, Match* out) {
  std::match_results<It> m;
  for (const auto& [name, re] : f.list)
    if (Search(line, re, &m) && m.size() > 1 && m[1].matched) out->fields[name] = m[1].str();
}

}  // namespace

int SeverityRank(std::string_view s) {
  if (s == kInfo) return 0;
  if (s == kUnknown) return 1;
  if (s == kWarning) return 2;
  if (s == kCritical) return 3;
  return -1;
}

std::string Match::Key() const {
  return id + "/" + (code >= 0 ? std::to_string(code) : std::string()) + "/" + device;
}

std::string Match::Headline() const {
  std::string what;
  if (id == "nvidia_xid") what = "Xid " + std::to_string(code);
  else if (id == "nvidia_sxid") what = "SXid " + std::to_string(code);
  else what = id;
  if (!device.empty()) what += " on " + device;
  what += " — " + (name.empty() ? meaning : name);
  return what;
}

std::string_view StripPrefixes(std::string_view line) {
  while (!line.empty() && (line.front() == ' ' || line.front() == '\t')) line.remove_prefix(1);
  for (;;) {
    std::match_results<It> m;
    if (!std::regex_search(line.begin(), line.end(), m, PrefixRe(),
                           std::regex_constants::match_continuous) ||
        m.length(0) == 0)
      return line;
    line.remove_prefix(static_cast<size_t>(m.length(0)));
  }
}

Match Classify(std::string_view text) {
  const Catalogue& c = Cat();
  // Bounded before any regex runs: std::regex recurses per character, and
  // no kernel record is longer (kMaxMatchBytes), so a longer line is hostile
  // or damaged and its head is all a signature could need.
  std::string_view line = text.substr(0, text.find('\n'));
  line = StripPrefixes(line.substr(0, kMaxMatchBytes));
  Match out;
  if (line.substr(0, c.test_marker.size()) == c.test_marker) {
    out.test = true;
    line.remove_prefix(c.test_marker.size());
    while (!line.empty() && line.front() == ' ') line.remove_prefix(1);
  }
  if (StartsWithTaskName(line)) return Match{};
  std::match_results<It> m;
  for (const Signature& s : c.sigs) {
    if (!s.needles.empty() &&
        std::none_of(s.needles.begin(), s.needles.end(),
                     [&](const std::string& n) { return line.find(n) != std::string_view::npos; }))
      continue;
    for (const Pattern& p : s.patterns) {
      if (!Search(line, p.re, &m)) continue;
      // What fits in a task name is not evidence: the kernel starts some
      // lines with one (up to kTaskNameBytes, chosen by user space) and its
      // own words follow, so a short match must be the whole message.
      const size_t end = static_cast<size_t>(m.length(0));
      if (end < line.size() && KernelBytes(line.substr(0, end)) <= kTaskNameBytes) continue;
      out.id = s.id;
      out.cls = s.cls;
      out.vendor = s.vendor;
      out.severity = s.severity;
      out.trigger = s.trigger;
      out.meaning = s.meaning;
      out.action = s.action;
      if (p.device_group > 0 && m[p.device_group].matched)
        out.device = s.device_prefix + m[p.device_group].str();
      if (p.code_group > 0 && m[p.code_group].matched) {
        const std::string digits = m[p.code_group].str();
        out.code = digits.size() <= 6 ? std::stoi(digits) : INT_MAX;
      }
      ApplySeverityIf(s.severity_if, line, &out);
      ApplyFields(s.fields, line, &out);
      if (s.has_codes) {
        auto it = s.codes.find(out.code);
        if (it == s.codes.end()) {
          out.severity = c.unknown_severity;
          out.trigger = false;
          out.name = "code not in tempmon's catalogue";
          out.action = c.unknown_action;
        } else {
          const Code& k = it->second;
          out.cls = k.cls;
          out.severity = k.severity;
          out.trigger = k.trigger;
          out.name = k.name;
          out.mnemonic = k.mnemonic;
          out.action = k.action;
          out.benign_after_other_code_s = k.benign_after_other_code_s;
          ApplySeverityIf(k.severity_if, line, &out);
          ApplyFields(k.fields, line, &out);
        }
      }
      return out;
    }
  }
  return Match{};
}

std::string UntrustedPattern(std::string_view re) { return Untrusted(re); }

Match ClassifyRecord(std::string_view text, int facility) {
  Match m = Classify(text);
  if (facility != kKernelFacility && !m.test) return Match{};
  return m;
}

const nlohmann::json& CatalogueJson() { return Cat().doc; }
std::string_view CatalogueText() { return kCatalogueJson; }
const std::vector<std::string>& HangClasses() { return Cat().hang_classes; }

std::vector<std::string> Classes() {
  std::vector<std::string> out;
  for (const auto& [k, v] : Cat().classes) out.push_back(k);
  return out;
}

std::optional<std::string> TestLine(std::string_view cls) {
  const Catalogue& c = Cat();
  auto it = c.test_lines.find(std::string(cls));
  if (it == c.test_lines.end()) return std::nullopt;
  return c.test_marker + " " + it->second;
}

std::vector<std::string> TestClasses() {
  std::vector<std::string> out;
  for (const auto& [k, v] : Cat().test_lines) out.push_back(k);
  return out;
}

Match ClassifyDevcoredump(std::string_view driver) {
  const Catalogue& c = Cat();
  Match m = c.devcoredump;
  auto it = c.devcoredump_by_driver.find(std::string(driver));
  if (it != c.devcoredump_by_driver.end()) {
    m.vendor = it->second.first;
    m.severity = it->second.second;
  }
  return m;
}

Match ClassifyDrmUevent(const std::map<std::string, std::string>& env, std::string* keys, bool* error_state) {
  for (const DrmRule& r : Cat().drm) {
    auto it = env.find(r.key);
    if (it == env.end() || (!r.value.empty() && it->second != r.value)) continue;
    Match m = r.m;
    auto sev = r.severity_if_value.find(it->second);
    if (sev != r.severity_if_value.end()) m.severity = sev->second;
    if (keys) *keys = r.key + "=" + it->second;
    if (error_state) *error_state = r.error_state;
    return m;
  }
  return Match{};
}

TriggerPolicy::TriggerPolicy(bool on_hang, bool on_throttle, const std::vector<std::string>& rules)
    : on_hang_(on_hang), on_throttle_(on_throttle) {
  const auto classes = Classes();
  for (const std::string& r : rules) {
    auto colon = r.find(':');
    std::string cls = r.substr(0, colon);
    std::string sev = colon == std::string::npos ? std::string(kCritical) : r.substr(colon + 1);
    if (cls != "all" && std::find(classes.begin(), classes.end(), cls) == classes.end()) {
      std::string known;
      for (const auto& k : classes) known += " " + k;
      throw std::invalid_argument("--on-kmsg " + r + ": unknown class \"" + cls + "\" (known: all" + known + ")");
    }
    int rank = sev == "off" ? INT_MAX : SeverityRank(sev);
    if (rank < 0)
      throw std::invalid_argument("--on-kmsg " + r + ": severity must be critical, warning, unknown, info or off");
    min_rank_[cls] = rank;
  }
}

bool TriggerPolicy::Any() const {
  if (on_hang_ || on_throttle_) return true;
  return std::any_of(min_rank_.begin(), min_rank_.end(), [](const auto& kv) { return kv.second != INT_MAX; });
}

bool TriggerPolicy::Triggers(const Match& m) const {
  if (!m) return false;
  auto rule = min_rank_.find(m.cls);
  if (rule == min_rank_.end()) rule = min_rank_.find("all");
  if (rule != min_rank_.end()) return SeverityRank(m.severity) >= rule->second;
  if (!m.trigger) return false;
  if (m.cls == "thermal") return on_throttle_;
  const auto& hc = HangClasses();
  return on_hang_ && std::find(hc.begin(), hc.end(), m.cls) != hc.end();
}

const char* TriggerPolicy::KindOf(const Match& m) { return m.cls == "thermal" ? "throttle" : "hang"; }

Tracker::Tracker(double gap_s, size_t max_bursts)
    : gap_ns_(static_cast<uint64_t>(gap_s * 1e9)), max_(max_bursts) {}

Tracker::Added Tracker::Add(const Match& m, uint64_t ts, std::string_view text, std::optional<uint64_t> seq) {
  const std::string key = m.Key();
  for (auto it = bursts_.rbegin(); it != bursts_.rend(); ++it) {
    if (it->match.Key() != key) continue;
    if (ts >= it->last_ns ? ts - it->last_ns < gap_ns_ : true) {
      ++it->n;
      it->last_ns = std::max(it->last_ns, ts);
      it->last_text = std::string(text);
      return {&*it, false};
    }
    break;
  }
  Burst b;
  b.match = m;
  b.n = 1;
  b.first_ns = b.last_ns = ts;
  b.first_text = b.last_text = std::string(text);
  b.first_seq = seq;
  if (m.benign_after_other_code_s > 0) {
    const uint64_t window = static_cast<uint64_t>(m.benign_after_other_code_s * 1e9);
    for (auto it = bursts_.rbegin(); it != bursts_.rend(); ++it) {
      const Match& o = it->match;
      if (o.id == m.id && o.device == m.device && o.code != m.code && it->last_ns <= ts &&
          ts - it->last_ns <= window) {
        b.benign_in_context = "follows " + o.Headline() + " on the same device within " +
                              std::to_string(static_cast<int>(m.benign_after_other_code_s)) + " s";
        break;
      }
    }
  }
  bursts_.push_back(std::move(b));
  while (bursts_.size() > max_) bursts_.pop_front();
  return {&bursts_.back(), true};
}

}  // namespace tempmon::signatures
