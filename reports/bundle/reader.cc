// Read(), ReadBytes() and Verify(): unpack in memory, check every member
// against the manifest, then parse each one strictly.
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

namespace tempmon::bundle {
namespace {

std::string ReadFileBytes(const std::filesystem::path& path, const ReadLimits& limits) {
  int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC | O_NOCTTY);
  if (fd < 0)
    throw BundleError(path.string() + ": cannot open: " + std::strerror(errno));
  struct Closer {
    int fd;
    ~Closer() { ::close(fd); }
  } closer{fd};
  struct stat st {};
  if (::fstat(fd, &st) != 0) throw BundleError(path.string() + ": fstat: " + std::strerror(errno));
  if (!S_ISREG(st.st_mode)) throw BundleError(path.string() + ": not a regular file");
  if (static_cast<uint64_t>(st.st_size) > limits.max_total_bytes)
    throw BundleError(path.string() + ": file larger than the total limit of " +
                      std::to_string(limits.max_total_bytes) + " bytes");
  std::string out(static_cast<size_t>(st.st_size), '\0');
  size_t off = 0;
  while (off < out.size()) {
    ssize_t n = ::read(fd, out.data() + off, out.size() - off);
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) throw BundleError(path.string() + ": read: " + std::strerror(errno));
    if (n == 0) break;
    off += static_cast<size_t>(n);
  }
  out.resize(off);
  return out;
}

struct Unpacked {
  std::map<std::string, std::string> members;
  nlohmann::json manifest;
};

Unpacked Unpack(std::string_view bytes, const ReadLimits& limits) {
  Unpacked u;
  for (Member& m : UnpackTarZst(bytes, limits)) u.members.emplace(m.name, std::move(m.data));
  auto it = u.members.find("manifest.json");
  if (it == u.members.end())
    throw BundleError("manifest.json: missing (not a tempmon bundle, or truncated)");
  u.manifest = ParseJson(it->second, "manifest.json");
  Contents probe;
  ApplyManifest(u.manifest, probe);  // format and version first
  return u;
}

std::vector<VerifyIssue> CheckMembers(const Unpacked& u) {
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
      throw BundleError("manifest.json: members lists an invalid name '" + Printable(name) + "'");
    if (listed.count(name)) throw BundleError("manifest.json: members lists '" + name + "' twice");
    listed[name] = true;
    auto m = u.members.find(name);
    if (m == u.members.end()) {
      issues.push_back({name, "missing from the archive"});
      continue;
    }
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
  return issues;
}

// Parses the members `want` selects (all when it is empty); the others stay
// empty in the result.
Contents Decode(Unpacked& u, const MemberFilter& want = {}) {
  Contents c;
  ApplyManifest(u.manifest, c);
  auto in = [&](const char* name) { return !want || want(u.manifest, name); };
  if (in("samples.csv")) c.samples = ParseSamplesCsv(u.members.at("samples.csv"));
  if (in("episodes.jsonl")) c.episodes = ParseJsonl(u.members.at("episodes.jsonl"), "episodes.jsonl");
  if (in("events.jsonl")) c.events = ParseJsonl(u.members.at("events.jsonl"), "events.jsonl");
  if (in("kmsg.jsonl")) c.kmsg = ParseKmsgJsonl(u.members.at("kmsg.jsonl"));
  if (in("system.json")) {
    c.system = ParseJson(u.members.at("system.json"), "system.json");
    if (!c.system.is_object()) throw BundleError("system.json: must be a JSON object");
  }
  if (in("summary.txt")) c.summary = std::move(u.members.at("summary.txt"));
  return c;
}

void ThrowIfTampered(const std::vector<VerifyIssue>& issues) {
  if (!issues.empty())
    throw TamperedError(issues.front().member + ": " + issues.front().problem +
                        " (bundle modified or damaged; run 'tempmon-report verify' for all members)");
}

}  // namespace

Contents ReadBytes(std::string_view bytes, const ReadLimits& limits) {
  Unpacked u = Unpack(bytes, limits);
  ThrowIfTampered(CheckMembers(u));
  return Decode(u);
}

Contents Read(const std::filesystem::path& path, const ReadLimits& limits) {
  return ReadBytes(ReadFileBytes(path, limits), limits);
}

std::vector<VerifyIssue> Verify(const std::filesystem::path& path, const ReadLimits& limits) {
  Unpacked u = Unpack(ReadFileBytes(path, limits), limits);
  std::vector<VerifyIssue> issues = CheckMembers(u);
  if (issues.empty()) Decode(u);  // schema of every member
  return issues;
}

Contents ReadSelected(const std::filesystem::path& path, const MemberFilter& parse,
                      nlohmann::json* manifest, const ReadLimits& limits) {
  Unpacked u = Unpack(ReadFileBytes(path, limits), limits);
  ThrowIfTampered(CheckMembers(u));
  Contents c = Decode(u, parse ? parse : MemberFilter([](const nlohmann::json&, std::string_view) { return false; }));
  if (manifest) *manifest = std::move(u.manifest);
  return c;
}

}  // namespace tempmon::bundle
