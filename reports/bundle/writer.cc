// Serialize() and the atomic Write().
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <exception>
#include <thread>

#include "bundle.h"
#include "members_json.h"
#include "sample_summary.h"
#include "samples_csv.h"
#include "sha256.h"
#include "tar_zst.h"

namespace tempmon::bundle {
namespace {

std::string Errno(const std::string& what, int err) {
  return what + ": " + std::strerror(err);
}

class Fd {
 public:
  explicit Fd(int fd) : fd_(fd) {}
  Fd(const Fd&) = delete;
  Fd& operator=(const Fd&) = delete;
  ~Fd() { Close(); }
  int get() const { return fd_; }
  int Close() {
    int r = fd_ >= 0 ? ::close(fd_) : 0;
    fd_ = -1;
    return r;
  }

 private:
  int fd_;
};

// Removes the temporary file unless disarmed after the rename.
class TempFile {
 public:
  explicit TempFile(std::string path) : path_(std::move(path)) {}
  TempFile(const TempFile&) = delete;
  TempFile& operator=(const TempFile&) = delete;
  ~TempFile() {
    if (!path_.empty()) ::unlink(path_.c_str());
  }
  const std::string& path() const { return path_; }
  void Disarm() { path_.clear(); }

 private:
  std::string path_;
};

}  // namespace

namespace {

// True when `rows` are the rows Serialize would format for `c`.
bool RowsFit(const CsvRows& rows, const Contents& c) {
  if (rows.rows != c.samples.size()) return false;
  if (!c.samples.empty() &&
      (rows.first_seq != c.samples.front().seq || rows.last_seq != c.samples.back().seq))
    return false;
  return rows.names == SampleRowFormatter(c.sensors).names();
}

// The archive into `out` (its capacity reused: see WriteBuffer).
void SerializeInto(const Contents& c, const CsvRows* rows, std::string& out) {
  if (!c.system.is_object()) throw BundleError("system.json: Contents::system must be a JSON object");
  // Members are moved into place, never copied: an initializer list would
  // copy every member (samples.csv is megabytes), and the manifest, which
  // comes first in the archive, is added in front of them.
  std::vector<Member> all;
  all.reserve(8);
  all.push_back({"manifest.json", {}});
  auto add = [&all](const char* name, std::string data) {
    all.push_back({name, std::move(data)});
  };
  // samples.csv (megabytes) is never held whole: its rows come from
  // `rows` (formatted ahead of time) or are formatted twice in 64 KiB
  // pieces, once for its size and SHA-256 (the manifest lists them) and
  // once into the compressor: on a small machine the page faults for a
  // fresh multi-megabyte buffer cost more than the formatting.
  Member csv("samples.csv", {});
  const bool ahead = rows && RowsFit(*rows, c);
  std::string header(kSamplesHeader);
  header += '\n';
  if (ahead) {
    csv.stream = [rows, &header](const std::function<void(std::string_view)>& sink) {
      sink(header);
      for (std::string_view piece : rows->pieces) sink(piece);
    };
    csv.stream_size = header.size();
    for (std::string_view piece : rows->pieces) csv.stream_size += piece.size();
  } else {
    csv.stream = [&c](const std::function<void(std::string_view)>& sink) {
      StreamSamplesCsv(c.samples, c.sensors, sink);
    };
  }
  // Its size and SHA-256; the size goes in its tar header, before its bytes.
  Sha256 hash;
  uint64_t hashed = 0;
  std::string csv_sha;
  auto hash_csv = [&] {
    csv.stream([&](std::string_view piece) {
      hash.Update(piece);
      hashed += piece.size();
    });
    csv_sha = hash.HexFinal();
  };
  if (!ahead) {
    hash_csv();
    csv.stream_size = hashed;
  }
  // While this thread compresses samples.csv, a second one hashes it (rows
  // formatted ahead) and makes the kernel-log members and the summary (which
  // reads every sample and log line): two cores overlap the two halves.
  std::string kmsg_jsonl, kmsg_txt, summary;
  std::exception_ptr worker_error;
  std::jthread worker([&] {
    try {
      if (ahead) hash_csv();
      kmsg_jsonl = FormatKmsgJsonl(c.kmsg);
      kmsg_txt = FormatKmsgText(c.kmsg);
      summary = c.summary.empty() ? RenderSummary(c) : c.summary;
    } catch (...) {
      worker_error = std::current_exception();
    }
  });
  const int64_t mtime = c.trigger.wall_ns > 0 ? c.trigger.wall_ns / 1'000'000'000 : 0;
  TarZstWriter tar(mtime, out);
  tar.Add(csv);
  add("episodes.jsonl", FormatJsonl(c.episodes, "episodes.jsonl"));
  tar.Add(all.back());
  add("events.jsonl", FormatJsonl(c.events, "events.jsonl"));
  tar.Add(all.back());
  worker.join();
  if (worker_error) std::rethrow_exception(worker_error);
  if (hashed != csv.stream_size)
    throw BundleError("samples.csv: rows changed while written (internal error)");
  csv.sha256 = csv_sha;
  all.insert(all.begin() + 1, std::move(csv));
  add("kmsg.jsonl", std::move(kmsg_jsonl));
  tar.Add(all.back());
  add("kmsg.txt", std::move(kmsg_txt));
  tar.Add(all.back());
  add("system.json", DumpJson(c.system, 2) + "\n");
  tar.Add(all.back());
  add("summary.txt", std::move(summary));
  tar.Add(all.back());
  nlohmann::json manifest = MakeManifest(c, std::span<const Member>(all).subspan(1));
  manifest[kSampleSummaryField] = SampleSummaryJson(SummariseSamples(c.samples));
  all[0].data = DumpJson(manifest, 2) + "\n";
  tar.Finish(all[0]);
}

// Write()'s archive buffer, kept per thread between bundles: its pages are
// touched once (PrepareWriter), not on every trigger.
std::string& WriteBuffer() {
  thread_local std::string buf;
  return buf;
}

}  // namespace

std::string Serialize(const Contents& c, const CsvRows* rows) {
  std::string out;
  SerializeInto(c, rows, out);
  return out;
}

void PrepareWriter() {
  PrepareCompressor();
  std::string& buf = WriteBuffer();
  buf.assign(size_t{1} << 20, '\0');  // touched: resident from now on
  buf.clear();
}

void Write(const Contents& c, const std::filesystem::path& path, const CsvRows* rows) {
  // rename() would silently replace a device node or a symlink (say
  // /dev/null) with the bundle; only a regular file may be replaced.
  struct stat existing {};
  if (::lstat(path.c_str(), &existing) == 0 && !S_ISREG(existing.st_mode))
    throw BundleError("bundle: refusing to replace " + path.string() +
                      ": it exists and is not a regular file (a device, link or folder)");
  std::string& bytes = WriteBuffer();
  SerializeInto(c, rows, bytes);
  std::filesystem::path dir = path.parent_path();
  if (dir.empty()) dir = ".";
  // Built with append(): GCC 12 at -O3 reports a false -Wrestrict for
  // `"." + std::string + "..."` (GCC bug 105329).
  std::string tmp_name;
  const std::string base = path.filename().string();
  tmp_name.reserve(base.size() + 16);
  tmp_name.append(".").append(base).append(".tmp-XXXXXX");
  std::string tmpl = (dir / tmp_name).string();
  int raw = ::mkstemp(tmpl.data());
  if (raw < 0)
    throw BundleError(Errno("bundle: cannot create a temporary file in " + dir.string() +
                                " (is the folder writable?)",
                            errno));
  Fd fd(raw);
  TempFile tmp(tmpl);
  if (::fchmod(fd.get(), 0640) != 0) throw BundleError(Errno("bundle: fchmod " + tmpl, errno));
  size_t off = 0;
  while (off < bytes.size()) {
    ssize_t w = ::write(fd.get(), bytes.data() + off, bytes.size() - off);
    if (w < 0 && errno == EINTR) continue;
    if (w <= 0)
      throw BundleError(Errno("bundle: writing " + tmpl + " failed (disk full?)", w < 0 ? errno : EIO));
    off += static_cast<size_t>(w);
  }
  if (::fsync(fd.get()) != 0) throw BundleError(Errno("bundle: fsync " + tmpl, errno));
  if (fd.Close() != 0) throw BundleError(Errno("bundle: close " + tmpl, errno));
  if (::rename(tmpl.c_str(), path.c_str()) != 0)
    throw BundleError(Errno("bundle: rename to " + path.string(), errno));
  tmp.Disarm();
  Fd dfd(::open(dir.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC));
  // The bundle is in place; a failing directory fsync only weakens
  // durability across a power cut, so it is reported, not undone.
  if (dfd.get() < 0 || ::fsync(dfd.get()) != 0)
    throw BundleError(Errno("bundle: fsync of folder " + dir.string() + " (bundle written, durability not guaranteed)", errno));
}

}  // namespace tempmon::bundle
