// `tempmon-report health`: see health.h. The verdicts are the bundles' own
// kernel-log findings (the catalogue's critical signatures that trigger by
// default), so the node is judged by exactly what its bundles say; the
// spool survives restarts, so a verdict that could not be acted on (slurmctld
// down) is acted on by the next run.
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cstdio>
#include <ctime>
#include <filesystem>
#include <fstream>
#include <optional>
#include <set>
#include <sstream>

#include "tempmon/bundle/analysis.h"
#include "tempmon/bundle/bundle.h"
#include "commands.h"
#include "health.h"
#include "tempmon/bundle/samples_csv.h"
#include "tempmon/signatures/signatures.h"
#include "tempmon/bundle/terminal_safe.h"
#include "tempmon/proc/child.h"
#include "tempmon/sys/dir.h"

namespace tempmon::report {

namespace fs = std::filesystem;

namespace {

constexpr const char* kStateDir = ".tempmon-health";

struct Verdict {
  std::string key;     // bundle + signature + device: what "drained once" remembers
  std::string reason;  // one line, ASCII-safe: "tempmon: Xid 79 on 0000:3b:00: ..., bundle F"
  int64_t wall_ns = 0;
};

// Seconds since the epoch at which this boot began (/proc/stat btime).
int64_t BootWallNs() {
  std::ifstream in("/proc/stat");
  std::string k;
  long long v;
  while (in >> k) {
    if (k == "btime" && in >> v) return static_cast<int64_t>(v) * 1'000'000'000;
    in.ignore(1 << 20, '\n');
  }
  return 0;
}

// The folder health keeps its own state in ("cleared", "drained"): inside
// the spool, opened and checked like every folder root writes in
// (lib/sys); none until a first --clear or drain.
std::optional<sys::Dir> StateDir(const std::string& spool, bool create) {
  const sys::Dir top = sys::Dir::Open(spool);
  if (create) return top.SubOrCreate(kStateDir, 0700);
  std::error_code ec;
  if (!fs::exists(fs::path(spool) / kStateDir, ec)) return std::nullopt;
  return top.Sub(kStateDir);
}

int64_t ReadNs(const std::optional<sys::Dir>& d, const char* name) {
  const std::optional<std::string> text = d ? d->ReadFile(name) : std::nullopt;
  if (!text) return 0;
  std::istringstream in(*text);
  long long v = 0;
  return in >> v ? static_cast<int64_t>(v) : 0;
}

std::set<std::string> ReadLines(const std::optional<sys::Dir>& d, const char* name) {
  std::set<std::string> out;
  const std::optional<std::string> text = d ? d->ReadFile(name) : std::nullopt;
  if (!text) return out;
  std::istringstream in(*text);
  for (std::string l; std::getline(in, l);)
    if (!l.empty()) out.insert(l);
  return out;
}

std::string ShortHostName() {
  char h[256] = {};
  if (::gethostname(h, sizeof h - 1) != 0) return {};
  std::string s = h;
  return s.substr(0, s.find('.'));
}

// One line a scheduler can store and a terminal can print: no control
// characters, the em dash of headlines as ": ", at most `max` bytes.
std::string ReasonText(std::string s, size_t max) {
  for (size_t at; (at = s.find(" \xe2\x80\x94 ")) != std::string::npos;) s.replace(at, 5, ": ");
  s = bundle::TerminalSafe(s, max);
  if (s.size() > max) s.resize(max);
  return s;
}

bool Wanted(const signatures::Match& m, const std::vector<std::string>& classes) {
  const auto& want = classes.empty() ? signatures::HangClasses() : classes;
  return std::find(want.begin(), want.end(), m.cls) != want.end();
}

// The verdicts of one bundle: its critical findings of the chosen classes
// that trigger by default and are not benign in context.
std::vector<Verdict> VerdictsOf(const fs::path& p, const HealthOptions& o, std::string* error) {
  std::vector<Verdict> out;
  try {
    auto needs = [](const nlohmann::json&, std::string_view m) { return m == "events.jsonl" || m == "kmsg.jsonl"; };
    bundle::Contents c = bundle::ReadSelected(p, needs, nullptr, o.limits);
    if (!o.include_tests && bundle::IsTestBundle(c)) return out;
    bundle::Analysis a = bundle::Analyze(c);
    for (const auto& f : a.findings) {
      const auto& m = f.burst.match;
      if (m.severity != signatures::kCritical || !m.trigger || !f.burst.benign_in_context.empty()) continue;
      if (!Wanted(m, o.classes)) continue;
      if (m.test && !o.include_tests) continue;
      Verdict v;
      v.key = p.filename().string() + " " + bundle::SignatureLabel(m) + " " + m.device;
      v.reason = ReasonText("tempmon: " + m.Headline() + ", bundle " + p.filename().string(), o.max_message);
      v.wall_ns = c.trigger.wall_ns;
      out.push_back(std::move(v));
    }
  } catch (const std::exception& e) {
    *error = p.filename().string() + ": " + e.what();
  }
  return out;
}

// scontrol update NodeName=N State=DRAIN Reason=R; "" on success, else why not.
std::string Drain(const HealthOptions& o, const std::string& node, const std::string& reason) {
  try {
    // SLURM_CONF names the cluster's configuration when it is not the
    // default; nothing else of the caller's environment is needed.
    auto r = proc::Run({o.scontrol, "update", "NodeName=" + node, "State=DRAIN", "Reason=" + reason},
                       {.deadline = std::chrono::seconds(o.scontrol_timeout_s),
                        .env = proc::Only({"PATH", "SLURM_CONF", "LANG", "LC_ALL"}),
                        .max_output = 4096,
                        .stderr_to = proc::Stderr::kMerge});
    if (r.timed_out) return "scontrol gave no answer within " + std::to_string(o.scontrol_timeout_s) + " s";
    if (r.exit_status != 0) {
      std::string msg = r.out;
      while (!msg.empty() && (msg.back() == '\n' || msg.back() == ' ')) msg.pop_back();
      for (char& ch : msg)
        if (ch == '\n') ch = ' ';
      return "scontrol exited with status " + std::to_string(r.exit_status) + ": " + bundle::TerminalSafe(msg, 300);
    }
    return {};
  } catch (const proc::SpawnError& e) {
    return e.what();
  }
}


// --since: boot, all or seconds since the epoch; nullopt when malformed.
std::optional<int64_t> SinceNs(const std::string& since) {
  if (since == "boot") return BootWallNs();
  if (since == "all") return 0;
  try {
    size_t used = 0;
    const int64_t v = static_cast<int64_t>(std::stoll(since, &used)) * 1'000'000'000;
    if (used == since.size()) return v;
  } catch (const std::exception&) {
  }
  return std::nullopt;
}

// The spool's bundles that may hold a verdict since `since_ns`, in name
// order; nullopt (said) when the folder cannot be listed.
std::optional<std::vector<fs::path>> BundlesSince(const std::string& spool, int64_t since_ns) {
  std::error_code ec;
  std::vector<fs::path> files;
  for (const auto& e : fs::directory_iterator(spool, fs::directory_options::skip_permission_denied, ec)) {
    const std::string n = e.path().filename().string();
    if (n.starts_with(".") || !n.ends_with(".tar.zst") || !e.is_regular_file()) continue;
    // A bundle file is written after its trigger: one older than `since`
    // cannot hold a newer verdict.
    struct stat st {};
    if (::stat(e.path().c_str(), &st) == 0 &&
        static_cast<int64_t>(st.st_mtime) * 1'000'000'000 + 1'000'000'000 < since_ns)
      continue;
    files.push_back(e.path());
  }
  if (ec) {
    std::fprintf(stderr, "tempmon-report health: cannot list %s: %s\n", spool.c_str(), ec.message().c_str());
    return std::nullopt;
  }
  std::sort(files.begin(), files.end());
  return files;
}

// Drains the node for the newest verdict, once per verdict: a drain that
// fails is not remembered, so the next run tries again.
void DrainOnce(const HealthOptions& o, const Verdict& newest) {
  const std::string node = o.node.empty() ? ShortHostName() : o.node;
  std::set<std::string> drained = ReadLines(StateDir(o.spool, false), "drained");
  if (drained.count(newest.key)) return;
  const std::string err = Drain(o, node, newest.reason);
  if (!err.empty()) {
    std::fprintf(stderr, "tempmon-report health: cannot drain node %s: %s\n", bundle::TerminalSafe(node, 80).c_str(),
                 err.c_str());
    return;
  }
  drained.insert(newest.key);
  std::ostringstream keep;
  for (const auto& k : drained) keep << k << "\n";
  StateDir(o.spool, true)->Replace("drained", keep.str(), 0600);
  std::fprintf(stderr, "tempmon-report health: node %s drained: %s\n", bundle::TerminalSafe(node, 80).c_str(),
               newest.reason.c_str());
}

void PrintVerdicts(const HealthOptions& o, const std::vector<Verdict>& verdicts, int64_t since_ns) {
  if (o.format == "npd") {
    std::string line = verdicts.front().reason;
    if (verdicts.size() > 1) line = ReasonText(line + " (+" + std::to_string(verdicts.size() - 1) + " more)", o.max_message);
    std::printf("%s\n", line.c_str());
    return;
  }
  std::printf("CRITICAL: %zu verdict(s) since %s\n", verdicts.size(),
              since_ns ? bundle::IsoTime(since_ns).c_str() : "the oldest bundle");
  for (const auto& v : verdicts) std::printf("  %s\n", v.reason.c_str());
}

}  // namespace

int Health(const HealthOptions& o) {
  std::error_code ec;
  if (!fs::is_directory(o.spool, ec)) {
    std::fprintf(stderr, "tempmon-report health: the spool %s is not a folder (--spool)\n", o.spool.c_str());
    return tool::kExitSpool;
  }
  try {
    if (o.clear) {
      const int64_t now_ns = static_cast<int64_t>(std::time(nullptr)) * 1'000'000'000;
      StateDir(o.spool, true)->Replace("cleared", std::to_string(now_ns) + "\n", 0600);
      std::printf("OK: verdicts before now cleared\n");
      return tool::kExitOk;
    }
    const std::optional<int64_t> since = SinceNs(o.since);
    if (!since) {
      std::fprintf(stderr, "tempmon-report health: --since takes boot, all or seconds since the epoch, not '%s'\n",
                   bundle::TerminalSafe(o.since, 80).c_str());
      return tool::kExitUsage;
    }
    const int64_t since_ns = std::max(*since, ReadNs(StateDir(o.spool, false), "cleared"));
    const std::optional<std::vector<fs::path>> files = BundlesSince(o.spool, since_ns);
    if (!files) return tool::kExitSpool;

    std::vector<Verdict> verdicts;
    std::vector<std::string> unreadable;
    for (const auto& f : *files) {
      std::string err;
      for (auto& v : VerdictsOf(f, o, &err))
        if (v.wall_ns >= since_ns) verdicts.push_back(std::move(v));
      if (!err.empty()) unreadable.push_back(err);
    }
    // Newest first: the reason a scheduler shows is the latest fault.
    std::stable_sort(verdicts.begin(), verdicts.end(),
                     [](const Verdict& a, const Verdict& b) { return a.wall_ns > b.wall_ns; });
    if (verdicts.empty()) {
      if (o.format == "npd")
        std::printf("%s\n", ReasonText("tempmon: no critical verdict (" + std::to_string(files->size()) +
                                           " bundles read)", o.max_message).c_str());
      else
        std::printf("OK: no critical verdict in %zu bundle(s) of %s\n", files->size(), o.spool.c_str());
      for (const auto& u : unreadable)
        std::fprintf(stderr, "tempmon-report health: skipped %s\n", bundle::TerminalSafe(u, 300).c_str());
      return tool::kExitOk;
    }
    if (o.drain) DrainOnce(o, verdicts.front());
    PrintVerdicts(o, verdicts, since_ns);
    return tool::kExitUnhealthy;
  } catch (const sys::SysError& e) {
    // A spool or state folder others may write in, or one that cannot be
    // opened: said in one line, nothing written.
    std::fprintf(stderr, "tempmon-report health: %s\n", bundle::TerminalSafe(e.what(), 300).c_str());
    return tool::kExitSpool;
  }
}

}  // namespace tempmon::report
