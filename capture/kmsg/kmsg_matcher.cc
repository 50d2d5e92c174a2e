#include "capture/kmsg/kmsg_matcher.h"

#include <regex>

namespace tempmon::capture::kmsg {
namespace {

// Each prefix a line may carry; removed repeatedly, in any order, because
// a journal line can wrap a dmesg timestamp ("kernel: [  12.3] ...").
const std::regex& PrefixRe() {
  static const std::regex re(
      R"(^(?:)"
      R"(<\d+>)"                                             // printk level
      R"(|\d+,\d+,\d+,[^;]*;)"                               // raw /dev/kmsg
      R"(|\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}:\d{2}\S*\s+\S+\s+kernel(?:\[\d+\])?:)"  // journal -o short-iso
      R"(|[A-Z][a-z]{2}\s+\d{1,2}\s+\d{2}:\d{2}:\d{2}(?:\.\d+)?\s+\S+\s+kernel(?:\[\d+\])?:)"  // syslog/journal
      R"(|kernel(?:\[\d+\])?:)"                              // bare "kernel:"
      R"(|\[\s*\d+\.\d+\])"                                  // dmesg
      R"(|\[[A-Z][a-z]{2} [A-Z][a-z]{2}\s+\d{1,2} \d{2}:\d{2}:\d{2} \d{4}\])"  // dmesg -T
      R"(|\[\s*[TC]\d+\])"                                   // printk caller id
      R"(|[a-z]+\s*:[a-z]+\s*:)"                             // dmesg -x
      R"()\s*)");
  return re;
}

struct Rule {
  std::regex re;
  Verdict verdict;
  const char* detector;
  int device_group;  // capture group naming the device; 0 = none
};

const std::vector<Rule>& Rules() {
  static const std::vector<Rule> rules = [] {
    std::vector<Rule> r;
    auto add = [&](const char* re, Verdict v, const char* det, int group) {
      r.push_back(Rule{std::regex(re), v, det, group});
    };
    add(R"(BUG: soft lockup - CPU#(\d+) stuck for \d+s)", Verdict::kHang,
        "soft_lockup", 1);
    add(R"(Watchdog detected hard LOCKUP on cpu (\d+))", Verdict::kHang,
        "hard_lockup", 1);
    add(R"(INFO: task (.+?) blocked for more than \d+ seconds)",
        Verdict::kHang, "hung_task", 1);
    add(R"(rcu_\w+ (?:self-)?detected stalls? on CPU)", Verdict::kHang,
        "rcu_stall", 0);
    add(R"(amdgpu.*\bring (\S+) timeout)", Verdict::kGpuHang,
        "amdgpu_ring_timeout", 1);
    add(R"(amdgpu.*GPU reset begin)", Verdict::kGpuHang, "amdgpu_reset", 0);
    add(R"(amdgpu.*GPU reset\(\d+\) (?:succeeded|failed))",
        Verdict::kGpuEvent, "amdgpu_reset_done", 0);
    add(R"(GPU HANG: ecode [0-9a-fx:]+)",
        Verdict::kGpuHang, "i915_hang", 0);
    add(R"(CPU(\d+): (?:Core|Package) temperature above threshold, cpu clock throttled)",
        Verdict::kThrottle, "cpu_thermal_throttle", 1);
    return r;
  }();
  return rules;
}

// The Xid's own code is the number right after "Xid (PCI:...):"; a later
// "caused by previous Xid 149" names another event and is ignored.
const std::regex& XidRe() {
  static const std::regex re(R"(NVRM: Xid \(([^)]*)\):\s*(\d+)\b)");
  return re;
}

bool IsHangXid(int code) {
  // 48 double-bit ECC error, 79 fallen off the bus, 119/120 GSP timeouts.
  return code == 48 || code == 79 || code == 119 || code == 120;
}

}  // namespace

const char* VerdictName(Verdict v) {
  switch (v) {
    case Verdict::kNone: return "none";
    case Verdict::kHang: return "hang";
    case Verdict::kGpuHang: return "gpu_hang";
    case Verdict::kGpuEvent: return "gpu_event";
    case Verdict::kThrottle: return "throttle";
  }
  return "none";
}

std::string Match::ToString() const {
  if (verdict == Verdict::kNone) return "none";
  std::string s = std::string(VerdictName(verdict)) + ":" + detector;
  if (code >= 0) s += ":" + std::to_string(code);
  return s;
}

std::string_view StripPrefixes(std::string_view line) {
  while (!line.empty() && (line.front() == ' ' || line.front() == '\t'))
    line.remove_prefix(1);
  for (;;) {
    std::match_results<std::string_view::const_iterator> m;
    if (!std::regex_search(line.begin(), line.end(), m, PrefixRe(),
                           std::regex_constants::match_continuous) ||
        m.length(0) == 0)
      return line;
    line.remove_prefix(static_cast<size_t>(m.length(0)));
  }
}

Match Classify(std::string_view raw) {
  // Only the first line: dictionary lines of a kmsg record are not text.
  std::string_view line = raw.substr(0, raw.find('\n'));
  line = StripPrefixes(line);
  using It = std::string_view::const_iterator;
  std::match_results<It> m;
  Match out;
  if (std::regex_search(line.begin(), line.end(), m, XidRe())) {
    out.code = std::stoi(m[2].str());
    out.device = m[1].str();
    out.detector = "nvidia_xid";
    out.verdict = IsHangXid(out.code) ? Verdict::kGpuHang : Verdict::kGpuEvent;
    return out;
  }
  for (const Rule& r : Rules()) {
    if (std::regex_search(line.begin(), line.end(), m, r.re)) {
      out.verdict = r.verdict;
      out.detector = r.detector;
      if (r.device_group > 0 && m[r.device_group].matched)
        out.device = m[r.device_group].str();
      if (out.detector == "soft_lockup" || out.detector == "hard_lockup" ||
          out.detector == "cpu_thermal_throttle")
        out.device = "cpu" + out.device;
      return out;
    }
  }
  return out;
}

}  // namespace tempmon::capture::kmsg
