// Serialize() and the atomic Write().
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <algorithm>
#include <exception>
#include <optional>
#include <thread>

#include "tempmon/bundle/bundle.h"
#include "tempmon/bundle/members_json.h"
#include "tempmon/bundle/sample_summary.h"
#include "tempmon/bundle/samples_csv.h"
#include "tempmon/bundle/sha256.h"
#include "tempmon/bundle/tar_zst.h"
#include "tempmon/sys/dir.h"

namespace tempmon::bundle {
namespace {

// True when `rows` are the rows Serialize would format for `c`.
bool RowsFit(const CsvRows& rows, const Contents& c) {
  if (rows.rows != c.samples.size()) return false;
  if (!c.samples.empty() &&
      (rows.first_seq != c.samples.front().seq || rows.last_seq != c.samples.back().seq))
    return false;
  return rows.names == SampleRowFormatter(c.sensors).names();
}

// Hands `sink` the bytes [from, to) of `header` followed by `pieces`.
void CsvRange(std::string_view header, const std::vector<std::string_view>& pieces, uint64_t from, uint64_t to,
              const std::function<void(std::string_view)>& sink) {
  uint64_t at = 0;
  auto one = [&](std::string_view p) {
    const uint64_t end = at + p.size();
    if (end > from && at < to) {
      const uint64_t b = std::max(at, from), e = std::min(end, to);
      sink(p.substr(static_cast<size_t>(b - at), static_cast<size_t>(e - b)));
    }
    at = end;
  };
  one(header);
  for (std::string_view p : pieces) {
    if (at >= to) break;
    one(p);
  }
}

// True when `pre` was fed the first bytes of samples.csv as `header` and
// `rows` spell it, `size` bytes in all: checked on the first and last
// bytes it was fed (the capture hands over a stream of the very rows it
// formatted; this catches a stream of other rows or another offset).
bool PrefixFits(PrecompressedMember& pre, std::string_view header, const CsvRows& rows, uint64_t size) {
  if (pre.used() || pre.fed() < header.size() || pre.fed() > size) return false;
  std::string head, tail;
  CsvRange(header, rows.pieces, 0, pre.head().size(), [&](std::string_view p) { head += p; });
  CsvRange(header, rows.pieces, pre.fed() - pre.tail().size(), pre.fed(), [&](std::string_view p) { tail += p; });
  return head == pre.head() && tail == pre.tail();
}

// The archive into `out` (its capacity reused: see WriteBuffer).
void SerializeInto(const Contents& c, const CsvRows* rows, PrecompressedMember* pre, std::string& out) {
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
  // samples.csv's first bytes compressed ahead, continued with the rest:
  // its compressing is then mostly done before the trigger.
  const bool continued = ahead && pre && PrefixFits(*pre, header, *rows, csv.stream_size);
  MemberStream rest;
  if (continued)
    rest = [rows, &header, from = pre->fed(), to = csv.stream_size](const std::function<void(std::string_view)>& sink) {
      CsvRange(header, rows->pieces, from, to, sink);
    };
  // Its size and SHA-256; the size goes in its tar header, before its bytes.
  Sha256 own_hash;
  Sha256& hash = continued ? pre->sha() : own_hash;
  uint64_t hashed = continued ? pre->fed() : 0;
  std::string csv_sha;
  auto hash_csv = [&] {
    (continued ? rest : csv.stream)([&](std::string_view piece) {
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
  // With samples.csv continued from a stream compressed ahead, little is
  // left to compress or hash, and this thread makes the summary instead.
  std::string kmsg_jsonl, kmsg_txt, summary;
  auto make_summary = [&] { summary = c.summary.empty() ? RenderSummary(c) : c.summary; };
  std::exception_ptr worker_error;
  std::jthread worker([&] {
    try {
      if (ahead) hash_csv();
      kmsg_jsonl = FormatKmsgJsonl(c.kmsg);
      kmsg_txt = FormatKmsgText(c.kmsg);
      if (!continued) make_summary();
    } catch (...) {
      worker_error = std::current_exception();
    }
  });
  const int64_t mtime = c.trigger.wall_ns > 0 ? c.trigger.wall_ns / 1'000'000'000 : 0;
  std::optional<TarZstWriter> writer;
  if (continued) {
    writer.emplace(mtime, out, *pre);
    writer->AddContinued(csv, rest);
  } else {
    writer.emplace(mtime, out);
    writer->Add(csv);
  }
  TarZstWriter& tar = *writer;
  add("episodes.jsonl", FormatEpisodesJsonl(c.episodes));
  tar.Add(all.back());
  add("events.jsonl", FormatEventsJsonl(c.events));
  tar.Add(all.back());
  if (continued) make_summary();
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
  if (c.attachments.size() > kMaxAttachments)
    throw BundleError("bundle: more than " + std::to_string(kMaxAttachments) + " attachments");
  for (const Attachment& a : c.attachments) {
    if (!IsAttachmentName(a.name) || IsDataMemberName(a.name))
      throw BundleError("bundle: refusing attachment with invalid name '" + a.name + "'");
    if (a.bytes.size() > kMaxAttachmentBytes)
      throw BundleError(a.name + ": attachment larger than " + std::to_string(kMaxAttachmentBytes) + " bytes");
    // Copied: Contents stays const; an attachment is at most 16 MiB.
    all.push_back({a.name, a.bytes});
    tar.Add(all.back());
  }
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

std::string Serialize(const Contents& c, const CsvRows* rows, PrecompressedMember* csv_ahead) {
  std::string out;
  SerializeInto(c, rows, csv_ahead, out);
  return out;
}

void PrepareWriter() {
  PrepareCompressor();
  std::string& buf = WriteBuffer();
  buf.assign(size_t{1} << 20, '\0');  // touched: resident from now on
  buf.clear();
}

void Write(const Contents& c, const std::filesystem::path& path, const CsvRows* rows,
           PrecompressedMember* csv_ahead) {
  // The folder is checked once and the bundle reached through it only
  // (tempmon/sys/dir.h): a folder others can write is refused, and a link
  // planted at any name is never written through.
  std::filesystem::path dir = path.parent_path();
  if (dir.empty()) dir = ".";
  const std::string name = path.filename().string();
  try {
    const sys::Dir folder = sys::Dir::Open(dir);
    // A bundle replaces only a regular file, never a device node, link or
    // folder that happens to carry its name (say a link to /dev/null).
    struct stat existing {};
    if (::fstatat(folder.fd(), name.c_str(), &existing, AT_SYMLINK_NOFOLLOW) == 0 &&
        !S_ISREG(existing.st_mode))
      throw BundleError("bundle: refusing to replace " + path.string() +
                        ": it exists and is not a regular file (a device, link or folder)");
    std::string& bytes = WriteBuffer();
    SerializeInto(c, rows, csv_ahead, bytes);
    folder.Replace(name, 0640, [&bytes](int fd, const std::string& what) { sys::WriteAll(fd, bytes, what); });
  } catch (const sys::SysError& e) {
    throw BundleError(std::string("bundle: ") + e.what());
  }
}

}  // namespace tempmon::bundle
