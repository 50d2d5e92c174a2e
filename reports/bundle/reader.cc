// Read(), ReadBytes() and Verify(): unpack in memory, check every member
// against the manifest, then parse each one strictly, all within one
// ReadBudget.
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <map>

#include "bundle.h"
#include "members_json.h"
#include "samples_csv.h"
#include "sha256.h"
#include "tar_zst.h"
#include "terminal_safe.h"

namespace tempmon::bundle {
namespace {

// The name VerifyIssue gives to what follows the archive.
constexpr const char* kAfterArchive = "(after the archive)";

std::string FileKind(mode_t m) {
  if (S_ISDIR(m)) return "a folder";
  if (S_ISFIFO(m)) return "a FIFO (named pipe)";
  if (S_ISSOCK(m)) return "a socket";
  if (S_ISCHR(m) || S_ISBLK(m)) return "a device";
  return "not a regular file";
}

// The one entry point for a bundle on disk. O_NONBLOCK: opening a FIFO
// must not wait for a writer; fstat on what was opened (not the name, which
// could change in between) decides before a byte is read.
std::string ReadFileBytes(const std::filesystem::path& path, ReadBudget& budget) {
  const std::string shown = TerminalSafe(path.string(), 200);
  int fd = ::open(path.c_str(), O_RDONLY | O_NONBLOCK | O_CLOEXEC | O_NOCTTY);
  if (fd < 0) throw BundleError(shown + ": cannot open: " + std::strerror(errno));
  struct Closer {
    int fd;
    ~Closer() { ::close(fd); }
  } closer{fd};
  struct stat st {};
  if (::fstat(fd, &st) != 0) throw BundleError(shown + ": fstat: " + std::strerror(errno));
  if (!S_ISREG(st.st_mode))
    throw BundleError(shown + ": is " + FileKind(st.st_mode) + ", not a bundle file (.tar.zst)");
  const uint64_t size = static_cast<uint64_t>(st.st_size);
  if (size > budget.limits().max_total_bytes)
    throw BundleError(shown + ": file larger than the total limit of " +
                      std::to_string(budget.limits().max_total_bytes) + " bytes");
  budget.Charge(size, shown);
  std::string out(static_cast<size_t>(size), '\0');
  size_t off = 0;
  while (off < out.size()) {
    ssize_t n = ::read(fd, out.data() + off, out.size() - off);
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) throw BundleError(shown + ": read: " + std::strerror(errno));
    if (n == 0) break;
    off += static_cast<size_t>(n);
  }
  out.resize(off);
  return out;
}

struct Unpacked {
  std::map<std::string, std::string> members;
  std::string trailing;
  nlohmann::json manifest;
};

Unpacked Unpack(std::string_view bytes, ReadBudget& budget) {
  Unpacked u;
  Archive ar = UnpackTarZst(bytes, budget);
  for (Member& m : ar.members) u.members.emplace(m.name, std::move(m.data));
  u.trailing = std::move(ar.trailing);
  auto it = u.members.find("manifest.json");
  if (it == u.members.end())
    throw BundleError("manifest.json: missing (not a tempmon bundle, or truncated)");
  u.manifest = ParseJson(it->second, "manifest.json", budget);
  Contents probe;
  ApplyManifest(u.manifest, probe);  // format and version first
  return u;
}

std::vector<VerifyIssue> CheckMembers(const Unpacked& u, ReadBudget& budget) {
  std::vector<VerifyIssue> issues;
  auto list_it = u.manifest.find("members");
  if (list_it == u.manifest.end() || !list_it->is_array())
    throw BundleError("manifest.json: field 'members' is missing or not an array");
  std::map<std::string, bool> listed;
  for (const nlohmann::json& e : *list_it) {
    if (!e.is_object() || !e.contains("name") || !e["name"].is_string() || !e.contains("size") ||
        !e["size"].is_number_unsigned() || !e.contains("sha256") || !e["sha256"].is_string())
      throw BundleError("manifest.json: each 'members' entry needs name, size and sha256");
    std::string name = e["name"].get<std::string>();
    if (!IsPlainMemberName(name) || name == "manifest.json")
      throw BundleError("manifest.json: members lists an invalid name '" + TerminalSafe(name, 80) + "'");
    if (listed.count(name)) throw BundleError("manifest.json: members lists '" + name + "' twice");
    listed[name] = true;
    auto m = u.members.find(name);
    if (m == u.members.end()) {
      issues.push_back({name, "missing from the archive"});
      continue;
    }
    budget.CheckTime(name);
    if (m->second.size() != e["size"].get<uint64_t>())
      issues.push_back({name, "size " + std::to_string(m->second.size()) + " differs from manifest (" +
                                  std::to_string(e["size"].get<uint64_t>()) + ")"});
    else if (Sha256Hex(m->second) != e["sha256"].get<std::string>())
      issues.push_back({name, "sha256 differs from manifest"});
  }
  for (const auto& [name, data] : u.members)
    if (name != "manifest.json" && !listed.count(name))
      issues.push_back({name, "not listed in manifest"});
  for (const std::string& name : DataMemberNames())
    if (!listed.count(name) && !u.members.count(name))
      issues.push_back({name, "missing (required member, not in manifest)"});
  if (!u.trailing.empty()) issues.push_back({kAfterArchive, u.trailing});
  return issues;
}

// Takes a member's bytes out of `u`: parsed, they are released at once, so
// the raw text and its parsed form are held together for one member only.
std::string Take(Unpacked& u, const std::string& name) {
  std::string s = std::move(u.members.at(name));
  u.members.erase(name);
  return s;
}

// Parses the members `want` selects (all when it is empty); the others stay
// empty in the result.
Contents Decode(Unpacked& u, ReadBudget& budget, const MemberFilter& want = {}) {
  Contents c;
  ApplyManifest(u.manifest, c);
  auto parse = [&](const std::string& name, auto&& fn) {
    if (want && !want(u.manifest, name)) return;
    std::string raw = Take(u, name);
    fn(raw);
    budget.Release(raw.size());
  };
  parse("samples.csv", [&](const std::string& s) { c.samples = ParseSamplesCsv(s, budget); });
  parse("episodes.jsonl", [&](const std::string& s) { c.episodes = ParseJsonl(s, "episodes.jsonl", budget); });
  parse("events.jsonl", [&](const std::string& s) { c.events = ParseJsonl(s, "events.jsonl", budget); });
  parse("kmsg.jsonl", [&](const std::string& s) { c.kmsg = ParseKmsgJsonl(s, budget); });
  parse("system.json", [&](const std::string& s) {
    c.system = ParseJson(s, "system.json", budget);
    if (!c.system.is_object()) throw BundleError("system.json: must be a JSON object");
  });
  if (!want || want(u.manifest, "summary.txt")) c.summary = Take(u, "summary.txt");
  return c;
}

// A tampered bundle is refused before anything is parsed.
void CheckIntact(Unpacked& u, ReadBudget& budget) {
  std::vector<VerifyIssue> issues = CheckMembers(u, budget);
  if (!issues.empty())
    throw TamperedError(issues.front().member + ": " + issues.front().problem +
                        " (bundle modified or damaged; run 'tempmon-report verify' for all members)");
}

// The file's bytes are dropped once unpacked: only the members stay.
Unpacked UnpackFile(const std::filesystem::path& path, ReadBudget& budget) {
  std::string bytes = ReadFileBytes(path, budget);
  Unpacked u = Unpack(bytes, budget);
  budget.Release(bytes.size());
  return u;
}

}  // namespace

Contents ReadBytes(std::string_view bytes, const ReadLimits& limits) {
  ReadBudget budget(limits);
  Unpacked u = Unpack(bytes, budget);
  CheckIntact(u, budget);
  return Decode(u, budget);
}

Contents Read(const std::filesystem::path& path, const ReadLimits& limits) {
  ReadBudget budget(limits);
  Unpacked u = UnpackFile(path, budget);
  CheckIntact(u, budget);
  return Decode(u, budget);
}

std::vector<VerifyIssue> Verify(const std::filesystem::path& path, const ReadLimits& limits) {
  ReadBudget budget(limits);
  Unpacked u = UnpackFile(path, budget);
  std::vector<VerifyIssue> issues = CheckMembers(u, budget);
  if (issues.empty()) Decode(u, budget);  // schema of every member
  return issues;
}

Contents ReadSelected(const std::filesystem::path& path, const MemberFilter& parse,
                      nlohmann::json* manifest, const ReadLimits& limits) {
  ReadBudget budget(limits);
  Unpacked u = UnpackFile(path, budget);
  CheckIntact(u, budget);
  Contents c = Decode(u, budget, parse ? parse : MemberFilter([](const nlohmann::json&, std::string_view) { return false; }));
  if (manifest) *manifest = std::move(u.manifest);
  return c;
}

}  // namespace tempmon::bundle
