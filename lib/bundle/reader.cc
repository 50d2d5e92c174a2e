// Read(), ReadBytes() and Verify(): unpack in memory, check every member
// against the manifest, then parse each one strictly, all within one
// ReadBudget.
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <condition_variable>
#include <cstring>
#include <deque>
#include <exception>
#include <functional>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <thread>

#include "tempmon/bundle/bundle.h"
#include "tempmon/bundle/members_json.h"
#include "tempmon/bundle/samples_csv.h"
#include "tempmon/bundle/sha256.h"
#include "tempmon/bundle/tar_zst.h"
#include "tempmon/bundle/terminal_safe.h"

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

// A second core for a member's bytes: pieces are copied into a few
// buffers of about 1 MiB and handed to `fn` on a thread of its own, so that
// decompressing and hashing (the caller) and parsing (here) overlap. What
// `fn` throws is kept (the rest of the pieces are then dropped) and
// returned by Finish(); the destructor stops and joins the thread, so an
// error on the reading side never leaves it running.
class PieceThread {
 public:
  explicit PieceThread(std::function<void(std::string_view)> fn) : fn_(std::move(fn)) {
    cur_.reserve(kBuffer);
    thread_ = std::thread([this] { Run(); });
  }
  PieceThread(const PieceThread&) = delete;
  PieceThread& operator=(const PieceThread&) = delete;
  ~PieceThread() {
    {
      std::lock_guard<std::mutex> lock(mu_);
      done_ = true;
      stop_ = true;
    }
    cv_.notify_all();
    if (thread_.joinable()) thread_.join();
  }

  void Put(std::string_view piece) {
    cur_.append(piece);
    if (cur_.size() >= kBuffer) Hand();
  }

  // Every piece handed to `fn`; what it threw, if anything.
  std::exception_ptr Finish() {
    if (!cur_.empty()) Hand();
    {
      std::lock_guard<std::mutex> lock(mu_);
      done_ = true;
    }
    cv_.notify_all();
    thread_.join();
    return error_;
  }

 private:
  static constexpr size_t kBuffer = 1u << 20;
  static constexpr size_t kDepth = 4;  // buffers queued at most

  void Hand() {
    std::unique_lock<std::mutex> lock(mu_);
    cv_.wait(lock, [this] { return full_.size() < kDepth; });
    full_.push_back(std::move(cur_));
    if (!free_.empty()) {
      cur_ = std::move(free_.back());
      free_.pop_back();
    } else {
      cur_ = std::string();
      cur_.reserve(kBuffer);
    }
    cur_.clear();
    lock.unlock();
    cv_.notify_all();
  }

  void Run() {
    std::unique_lock<std::mutex> lock(mu_);
    for (;;) {
      cv_.wait(lock, [this] { return !full_.empty() || done_; });
      if (stop_ || full_.empty()) return;
      std::string buf = std::move(full_.front());
      full_.pop_front();
      lock.unlock();
      cv_.notify_all();
      if (!error_) {
        try {
          fn_(buf);
        } catch (...) {
          error_ = std::current_exception();
        }
      }
      lock.lock();
      free_.push_back(std::move(buf));
    }
  }

  std::function<void(std::string_view)> fn_;
  std::string cur_;  // the caller's
  std::mutex mu_;
  std::condition_variable cv_;
  std::deque<std::string> full_;
  std::vector<std::string> free_;
  bool done_ = false, stop_ = false;
  std::exception_ptr error_;  // the thread's until it is joined
  std::thread thread_;
};

// samples.csv, taken as it decompresses: its digest and size for the check
// against the manifest, and (when wanted) its rows, parsed speculatively.
// Nothing parsed is used before every member has been checked; a parse
// error waits for that check too, so a tampered bundle is refused as
// tampered whatever its bytes do to the parser.
struct StreamedCsv {
  Sha256 hash;
  std::string sha256;  // set once the member is complete
  std::optional<SamplesCsvParser> parser;
  std::optional<PieceThread> parsing;  // feeds `parser`; declared after it, so joined first
  std::vector<Sample> samples;
  std::exception_ptr error;
};

struct Unpacked {
  std::map<std::string, std::string> members;  // held members (samples.csv when not streamed)
  std::map<std::string, uint64_t> sizes;       // every member's size, held or streamed
  std::unique_ptr<StreamedCsv> csv;            // set when samples.csv was streamed
  std::string trailing;
  nlohmann::json manifest;
};

// Parses manifest.json once; throws like ApplyManifest on a foreign format
// or version.
void ParseManifest(Unpacked& u, const std::string& raw, ReadBudget& budget) {
  u.manifest = ParseJson(raw, "manifest.json", budget);
  Contents probe;
  ApplyManifest(u.manifest, probe);  // format and version first
}

// `want` (null: every member) decides whether samples.csv's rows are parsed;
// its bytes are streamed either way once the manifest, which the writer puts
// first, has been read. In a bundle whose manifest comes later, or does not
// parse, samples.csv is held whole (under ReadLimits::HeldCap) and parsed
// after the check, like every other member.
Unpacked Unpack(std::string_view bytes, ReadBudget& budget, const MemberFilter& want = {}) {
  Unpacked u;
  bool have_manifest = false;
  auto chooser = [&](const Archive& so_far, const std::string& name, uint64_t declared) -> MemberSink {
    if (name != kSamplesMember || so_far.members.empty() || so_far.members.front().name != "manifest.json")
      return {};
    try {
      ParseManifest(u, so_far.members.front().data, budget);
    } catch (const BundleError&) {
      return {};
    }
    have_manifest = true;
    u.csv = std::make_unique<StreamedCsv>();
    StreamedCsv* csv = u.csv.get();
    if (!want || want(u.manifest, kSamplesMember)) {
      try {
        csv->parser.emplace(budget, declared);
        csv->parsing.emplace([csv](std::string_view piece) { csv->parser->Feed(piece); });
      } catch (const BundleError&) {
        csv->error = std::current_exception();
      }
    }
    return [csv](std::string_view piece) {
      csv->hash.Update(piece);
      if (csv->parsing) csv->parsing->Put(piece);
    };
  };
  Archive ar = UnpackTarZst(bytes, budget, chooser);
  for (Member& m : ar.members) {
    u.sizes[m.name] = m.size();
    if (!m.streamed) u.members.emplace(m.name, std::move(m.data));
  }
  u.trailing = std::move(ar.trailing);
  if (StreamedCsv* csv = u.csv.get()) {
    csv->sha256 = csv->hash.HexFinal();
    if (csv->parsing) {
      csv->error = csv->parsing->Finish();
      csv->parsing.reset();
      if (!csv->error) {
        try {
          csv->samples = csv->parser->Finish();
        } catch (const BundleError&) {
          csv->error = std::current_exception();
        }
      }
      csv->parser.reset();
    }
  }
  auto it = u.members.find("manifest.json");
  if (it == u.members.end())
    throw BundleError("manifest.json: missing (not a tempmon bundle, or truncated)");
  if (!have_manifest) ParseManifest(u, it->second, budget);
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
    auto size = u.sizes.find(name);
    if (size == u.sizes.end()) {
      issues.push_back({name, "missing from the archive"});
      continue;
    }
    budget.CheckTime(name);
    const bool streamed = u.csv && name == kSamplesMember;
    if (size->second != e["size"].get<uint64_t>())
      issues.push_back({name, "size " + std::to_string(size->second) + " differs from manifest (" +
                                  std::to_string(e["size"].get<uint64_t>()) + ")"});
    else if ((streamed ? u.csv->sha256 : Sha256Hex(u.members.at(name))) != e["sha256"].get<std::string>())
      issues.push_back({name, "sha256 differs from manifest"});
  }
  for (const auto& [name, size] : u.sizes)
    if (name != "manifest.json" && !listed.count(name))
      issues.push_back({name, "not listed in manifest"});
  for (const std::string& name : DataMemberNames())
    if (!listed.count(name) && !u.sizes.count(name))
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
  if (StreamedCsv* csv = u.csv.get()) {
    if (csv->error) std::rethrow_exception(csv->error);
    c.samples = std::move(csv->samples);
  } else {
    parse(std::string(kSamplesMember), [&](const std::string& s) { c.samples = ParseSamplesCsv(s, budget); });
  }
  parse("episodes.jsonl", [&](const std::string& s) { c.episodes = ParseEpisodesJsonl(s, budget); });
  parse("events.jsonl", [&](const std::string& s) { c.events = ParseEventsJsonl(s, budget); });
  parse("kmsg.jsonl", [&](const std::string& s) { c.kmsg = ParseKmsgJsonl(s, budget); });
  parse("system.json", [&](const std::string& s) {
    c.system = ParseJson(s, "system.json", budget);
    if (!c.system.is_object()) throw BundleError("system.json: must be a JSON object");
  });
  if (!want || want(u.manifest, "summary.txt")) c.summary = Take(u, "summary.txt");
  // Attachments in the manifest's order: what the writer wrote after
  // summary.txt. Names are checked against the one rule; any other listed
  // member (a later writer's) is left alone, as unknown fields are.
  for (const nlohmann::json& e : u.manifest.at("members")) {
    const std::string name = e.at("name").get<std::string>();
    if (!IsAttachmentName(name) || !u.members.count(name)) continue;
    if (want && !want(u.manifest, name)) continue;
    if (c.attachments.size() == kMaxAttachments)
      throw BundleError(name + ": more than " + std::to_string(kMaxAttachments) + " attachments");
    c.attachments.push_back({name, Take(u, name)});
  }
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
Unpacked UnpackFile(const std::filesystem::path& path, ReadBudget& budget, const MemberFilter& want = {}) {
  std::string bytes = ReadFileBytes(path, budget);
  Unpacked u = Unpack(bytes, budget, want);
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
  const MemberFilter want =
      parse ? parse : MemberFilter([](const nlohmann::json&, std::string_view) { return false; });
  Unpacked u = UnpackFile(path, budget, want);
  CheckIntact(u, budget);
  Contents c = Decode(u, budget, want);
  if (manifest) *manifest = std::move(u.manifest);
  return c;
}

}  // namespace tempmon::bundle
