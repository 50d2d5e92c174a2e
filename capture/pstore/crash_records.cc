#include "capture/pstore/crash_records.h"

#include <fcntl.h>
#include <openssl/evp.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <stdexcept>
#include <charconv>
#include <fstream>
#include <map>
#include <set>
#include <sstream>

namespace tempmon::capture::pstore {
namespace fs = std::filesystem;
namespace {

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

bool Has(const std::string& s, std::string_view what) { return s.find(what) != std::string::npos; }

// Lines that open the kernel's report of what went wrong, by what they are.
bool IsWatchdogLine(const std::string& t) {
  return Has(t, "BUG: soft lockup") || Has(t, "hard LOCKUP") || Has(t, "blocked for more than") ||
         Has(t, "detected stalls on CPUs") || Has(t, "self-detected stall on CPU");
}
bool IsOopsLine(const std::string& t) {
  return (Has(t, "BUG: ") && !Has(t, "BUG: soft lockup")) || t.rfind("Oops: ", 0) == 0 ||
         Has(t, "general protection fault") || Has(t, "kernel BUG at");
}
bool IsPanicLine(const std::string& t) { return Has(t, "Kernel panic - not syncing"); }
bool IsTailLine(const std::string& t) { return Has(t, "tempmon-tail:"); }

// What a panic line's message says the panic came from.
std::string PanicReason(const std::string& t) {
  for (std::string_view w : {"softlockup", "hung_task", "hard LOCKUP", "Hard LOCKUP", "RCU Stall", "rcu_stall"})
    if (Has(t, w)) return "watchdog";
  if (Has(t, "Fatal exception")) return "oops";
  return "panic";
}

std::string ReadCapped(const fs::path& p, bool* too_big) {
  std::error_code ec;
  *too_big = fs::file_size(p, ec) > kMaxRecordBytes;
  std::ifstream in(p, std::ios::binary);
  std::string s(kMaxRecordBytes, '\0');
  in.read(s.data(), static_cast<std::streamsize>(s.size()));
  s.resize(static_cast<size_t>(in.gcount()));
  return s;
}

struct Record {
  fs::path file;
  std::string seen_key;
  bool kdump = false;
  std::vector<bundle::KmsgRecord> log;
  Report report;
  Tail tail;
  std::set<std::string> keys;
};

std::optional<Record> ReadRecord(const fs::path& file, bool kdump) {
  bool too_big = false;
  std::string content = ReadCapped(file, &too_big);
  Record r;
  r.file = file;
  r.kdump = kdump;
  r.seen_key = std::string(kdump ? "kdump:" : "pstore:") + Sha256Hex(content);
  std::istringstream in(content);
  std::string line;
  std::vector<std::string> lines;
  while (std::getline(in, line)) {
    if (!line.empty() && line.back() == '\r') line.pop_back();
    r.log.push_back(ParseLogLine(line, r.log.size()));
    lines.push_back(std::move(line));
  }
  r.tail = ParseTail(lines);
  r.report = FindReport(r.log);
  if (r.report.reason.empty() && !r.tail.header) return std::nullopt;
  if (r.tail.header) r.keys.insert("tail:" + r.tail.header->line);
  if (!r.report.headline.empty())
    r.keys.insert("report:" + r.report.headline + "@" + std::to_string(r.report.ts_us.value_or(0)));
  return r;
}

void ListFiles(const fs::path& dir, int max_depth, bool (*want)(const std::string&),
               std::vector<fs::path>* out) {
  std::error_code ec;
  for (auto it = fs::recursive_directory_iterator(dir, fs::directory_options::none, ec);
       !ec && it != fs::recursive_directory_iterator(); it.increment(ec)) {
    if (it.depth() >= max_depth) it.disable_recursion_pending();
    std::error_code sec;
    auto st = it->symlink_status(sec);
    if (sec || !fs::is_regular_file(st)) continue;
    if (want(it->path().filename().string())) out->push_back(it->path());
    if (out->size() >= kMaxRecords) return;
  }
}

}  // namespace

bundle::KmsgRecord ParseLogLine(const std::string& line, uint64_t seq) {
  bundle::KmsgRecord k;
  k.seq = seq;
  k.level = 0;
  std::string_view v = line;
  if (v.size() > 2 && v[0] == '<') {
    size_t e = v.find('>');
    unsigned pri = 0;
    if (e != std::string_view::npos && e < 6) {
      auto [p, ec] = std::from_chars(v.data() + 1, v.data() + e, pri);
      if (ec == std::errc() && p == v.data() + e) {
        k.level = static_cast<int>(pri & 7);
        k.facility = static_cast<int>(pri >> 3);
        v.remove_prefix(e + 1);
      }
    }
  }
  if (v.size() > 2 && v[0] == '[') {
    size_t e = v.find(']');
    if (e != std::string_view::npos && e < 24) {
      std::string_view ts = v.substr(1, e - 1);
      while (!ts.empty() && ts.front() == ' ') ts.remove_prefix(1);
      size_t dot = ts.find('.');
      uint64_t sec = 0, usec = 0;
      if (dot != std::string_view::npos &&
          std::from_chars(ts.data(), ts.data() + dot, sec).ec == std::errc() &&
          std::from_chars(ts.data() + dot + 1, ts.data() + ts.size(), usec).ec == std::errc() &&
          sec < UINT64_MAX / 1'000'000) {
        k.ts_us = sec * 1'000'000 + usec;
        v.remove_prefix(e + 1);
        if (!v.empty() && v.front() == ' ') v.remove_prefix(1);
      }
    }
  }
  k.text = std::string(v);
  return k;
}

Report FindReport(const std::vector<bundle::KmsgRecord>& log) {
  Report r;
  std::optional<size_t> panic;
  for (size_t i = 0; i < log.size(); ++i)
    if (IsPanicLine(log[i].text)) {
      panic = i;
      break;
    }
  // The last line that opens a report before the panic (or anywhere, for
  // an oops the kernel survived): what went wrong first is reported there.
  const size_t end = panic ? *panic : log.size();
  std::optional<size_t> start;
  for (size_t i = end; i-- > 0;) {
    if (IsTailLine(log[i].text)) continue;
    if (IsWatchdogLine(log[i].text) || IsOopsLine(log[i].text)) {
      start = i;
      // "BUG: unable to handle ..." opens, "#PF: ..." and "Oops: ..."
      // follow it: the report begins at the first of them.
      for (size_t j = i; j-- > 0 && j + 4 > i;)
        if (IsOopsLine(log[j].text) || Has(log[j].text, "[ cut here ]")) start = j;
      break;
    }
    // An earlier crash of another kind is not this one's cause.
    if (IsPanicLine(log[i].text)) break;
  }
  if (panic) {
    r.reason = PanicReason(log[*panic].text);
    if (r.reason == "panic") start.reset();
  } else if (start) {
    r.reason = IsWatchdogLine(log[*start].text) ? "watchdog" : "oops";
  } else {
    return r;
  }
  const size_t first = start ? *start : *panic;
  // The headline: the line that says what went wrong ("sysrq: Trigger a
  // crash" only announces the panic line after it).
  size_t h = first;
  if (!start) h = *panic;
  else
    for (size_t i = first; i < end; ++i)
      if (IsWatchdogLine(log[i].text) || IsOopsLine(log[i].text)) {
        h = i;
        break;
      }
  r.headline = log[h].text;
  if (log[h].ts_us) r.ts_us = log[h].ts_us;
  size_t from = first;
  if (!start && first > 0 && Has(log[first - 1].text, "sysrq: Trigger a crash")) from = first - 1;
  for (size_t i = from; i < log.size() && r.lines.size() < 1000; ++i) {
    const std::string& t = log[i].text;
    if (IsTailLine(t)) continue;
    r.lines.push_back(t);
    size_t m = t.find("Modules linked in:");
    if (m != std::string::npos && r.modules.empty()) {
      std::istringstream words(t.substr(m + 18));
      std::string w;
      // Names only: "tempmon(OE)" carries taint letters, "[last unloaded: x]" ends it.
      while (words >> w && w.front() != '[') r.modules.push_back(w.substr(0, w.find('(')));
    }
    if (Has(t, "---[ end Kernel panic")) break;
  }
  return r;
}

std::vector<Crash> FindCrashes(const std::vector<fs::path>& pstore_dirs,
                               const std::vector<fs::path>& kdump_dirs) {
  std::vector<fs::path> files, dumps;
  for (const auto& d : pstore_dirs)
    ListFiles(d, 2, [](const std::string& n) { return n.rfind("dmesg", 0) == 0; }, &files);
  for (const auto& d : kdump_dirs)
    ListFiles(d, 1, [](const std::string& n) { return n.rfind("dmesg.", 0) == 0; }, &dumps);
  std::sort(files.begin(), files.end());
  std::sort(dumps.begin(), dumps.end());
  std::vector<Record> records;
  for (const auto& f : files)
    if (auto r = ReadRecord(f, false)) records.push_back(std::move(*r));
  for (const auto& f : dumps)
    if (auto r = ReadRecord(f, true)) records.push_back(std::move(*r));

  // Records that share a key (the tail's begin line, the report's headline
  // at its kernel time) are one crash.
  std::vector<Crash> out;
  std::vector<std::set<std::string>> keys;
  std::vector<size_t> best_log, best_tail, best_report;
  std::vector<std::vector<const Record*>> members;
  for (const Record& r : records) {
    size_t c = out.size();
    for (size_t i = 0; i < out.size() && c == out.size(); ++i)
      for (const auto& k : r.keys)
        if (keys[i].count(k)) {
          c = i;
          break;
        }
    if (c == out.size()) {
      out.emplace_back();
      keys.emplace_back();
      members.emplace_back();
    }
    keys[c].insert(r.keys.begin(), r.keys.end());
    members[c].push_back(&r);
  }
  auto tail_size = [](const Tail& t) { return t.samples.size() + t.summaries.size() + (t.header ? 1 : 0); };
  for (size_t c = 0; c < out.size(); ++c) {
    Crash& k = out[c];
    const Record* log = nullptr;
    const Record* tail = nullptr;
    const Record* report = nullptr;
    for (const Record* r : members[c]) {
      k.seen_keys.push_back(r->seen_key);
      if (r->kdump)
        k.kdump_dmesg = r->file;
      k.files.push_back(r->file);
      if (!log || r->log.size() > log->log.size()) log = r;
      if (!tail || tail_size(r->tail) > tail_size(tail->tail)) tail = r;
      if (!r->report.reason.empty() && (!report || r->report.lines.size() > report->report.lines.size()))
        report = r;
    }
    k.log = log->log;
    k.tail = tail->tail;
    if (report) k.report = report->report;
    k.key = k.tail.header ? "tail:" + k.tail.header->line : *keys[c].begin();
  }
  return out;
}

std::vector<BootRecord> ReadBoots(const fs::path& spool_dir) {
  std::ifstream in(spool_dir / kBootStateName);
  std::vector<BootRecord> out;
  BootRecord b;
  while (out.size() < 2 && in >> b.boot_id >> b.start_wall_ns)
    if (b.boot_id.size() <= 64) out.push_back(b);
  return out;
}

std::vector<BootRecord> RecordBoot(const fs::path& spool_dir, const BootRecord& now) {
  std::vector<BootRecord> boots = ReadBoots(spool_dir);
  if (!boots.empty() && boots.front().boot_id == now.boot_id) return boots;
  boots.insert(boots.begin(), now);
  boots.resize(std::min<size_t>(boots.size(), 2));
  const fs::path p = spool_dir / kBootStateName;
  const fs::path tmp = spool_dir / (std::string(kBootStateName) + ".new");
  std::string text;
  for (const auto& x : boots) text += x.boot_id + " " + std::to_string(x.start_wall_ns) + "\n";
  int fd = ::open(tmp.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC | O_NOFOLLOW, 0640);
  if (fd < 0) throw std::runtime_error("cannot write " + tmp.string() + ": " + std::strerror(errno));
  const bool ok = ::write(fd, text.data(), text.size()) == static_cast<ssize_t>(text.size()) && ::fsync(fd) == 0;
  ::close(fd);
  if (!ok || ::rename(tmp.c_str(), p.c_str()) != 0) {
    ::unlink(tmp.c_str());
    throw std::runtime_error("cannot write " + p.string() + ": " + std::strerror(errno));
  }
  return boots;
}

std::string CrashedBoot(const std::vector<BootRecord>& boots, uint64_t mono_ns, int64_t wall_ns) {
  if (!wall_ns || mono_ns > static_cast<uint64_t>(INT64_MAX)) return {};
  const int64_t start = wall_ns - static_cast<int64_t>(mono_ns);
  for (const auto& b : boots)
    if (std::llabs(b.start_wall_ns - start) <= kBootMatchNs) return b.boot_id;
  return {};
}

namespace {
std::string ReadTrimmed(const fs::path& p) {
  std::ifstream in(p);
  std::string s;
  std::getline(in, s);
  while (!s.empty() && (s.back() == '\n' || s.back() == ' ')) s.pop_back();
  return s;
}
}  // namespace

Survival CrashSurvival(const fs::path& sysroot, const std::vector<fs::path>& pstore_dirs,
                       const std::vector<fs::path>& kdump_dirs) {
  Survival s;
  auto at = [&](const std::string& p) { return sysroot / p.substr(1); };
  std::error_code ec;
  std::string kdump;
  for (const auto& d : kdump_dirs)
    if (fs::is_directory(sysroot / d.relative_path(), ec)) kdump = "; kdump-tools folder " + d.string();
  // pstore.backend names the registered backend ("(null)" or empty: none).
  std::string backend = ReadTrimmed(at("/sys/module/pstore/parameters/backend"));
  if (backend == "(null)") backend.clear();
  if (backend.empty()) {
    if (fs::exists(at("/sys/module/ramoops"), ec))
      s.line = "ramoops is loaded but not configured (no mem_address/mem_size, no ramoops memory node)";
    else
      s.line = "no pstore backend is registered (no ramoops, EFI pstore or ERST)";
    s.line = "crash survival unavailable: " + s.line + kdump +
             (kdump.empty() ? "; a kernel crash leaves no bundle (docs/crash.md: enable ramoops or EFI pstore)" : "");
    s.available = !kdump.empty();
    return s;
  }
  s.available = true;
  s.line = "crash survival: pstore backend " + backend;
  if (backend == "ramoops") {
    std::string rs = ReadTrimmed(at("/sys/module/ramoops/parameters/record_size"));
    if (!rs.empty()) s.line += " (records of " + rs + " bytes)";
  }
  // Records are read from a mounted pstore (or systemd-pstore's copies).
  bool mounted = false;
  std::ifstream mounts(at("/proc/self/mounts"));
  std::string dev, dir, type;
  std::string rest;
  while (mounts >> dev >> dir >> type && std::getline(mounts, rest))
    if (type == "pstore")
      for (const auto& d : pstore_dirs) mounted |= fs::path(dir) == d;
  if (!mounted) s.line += "; pstore is not mounted at a --pstore-dirs folder (mount -t pstore pstore /sys/fs/pstore)";
  s.line += kdump;
  return s;
}

std::string FreezeSettings(const fs::path& sysroot) {
  std::string on, off;
  for (const char* k : {"softlockup_panic", "hardlockup_panic", "hung_task_panic", "panic_on_rcu_stall"}) {
    const std::string v = ReadTrimmed(sysroot / "proc/sys/kernel" / k);
    if (v.empty()) continue;  // not in this kernel (or its detector is not built)
    std::string& list = v == "0" ? off : on;
    list += (list.empty() ? "" : " ") + std::string(k);
  }
  const std::string panic = ReadTrimmed(sysroot / "proc/sys/kernel/panic");
  std::string s = "a frozen machine becomes a crash on: " + (on.empty() ? std::string("none") : on) +
                  (off.empty() ? "" : " (off: " + off + "; /etc/sysctl.d/60-tempmon-crash.conf)");
  if (panic == "0") s += "; kernel.panic=0: a panic waits at the console instead of rebooting";
  return s;
}

}  // namespace tempmon::capture::pstore
