// The container: a zstd-compressed POSIX tar, built and taken apart in
// memory with libarchive. Unpacking treats every byte as hostile.
#pragma once

#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "bundle.h"
#include "read_limits.h"

struct archive;

namespace tempmon::bundle {

// Writes a member's bytes in pieces to the sink it is given.
using MemberStream = std::function<void(const std::function<void(std::string_view)>&)>;

struct Member {
  Member() = default;
  Member(std::string n, std::string d) : name(std::move(n)), data(std::move(d)) {}

  std::string name;
  std::string data;
  // Writing only: when set, the bytes come from `stream` (exactly
  // `stream_size` of them, SHA-256 `sha256`) instead of `data`, so a big
  // member is never held whole in memory.
  MemberStream stream;
  uint64_t stream_size = 0;
  std::string sha256;

  uint64_t size() const { return stream ? stream_size : data.size(); }
};

// Members in the given order; every entry a regular file, mode 0644,
// owner 0:0, mtime `mtime_s` (so the same contents give the same bytes).
std::string PackTarZst(const std::vector<Member>& members, int64_t mtime_s);
// The same into `out` (cleared first), whose capacity a caller may reuse.
// The compressor is kept per thread; PrepareCompressor() allocates and
// touches it ahead of the first archive.
void PrepareCompressor();

struct Compressor;
// The same in steps, for a writer that makes members while earlier ones
// are compressed: Add() each member after the first, in order, then
// Finish() with the first (the manifest, which lists the others).
class TarZstWriter {
 public:
  TarZstWriter(int64_t mtime_s, std::string& out);  // `out` cleared, then the archive
  ~TarZstWriter();
  TarZstWriter(const TarZstWriter&) = delete;
  TarZstWriter& operator=(const TarZstWriter&) = delete;
  void Add(const Member& m);
  void Finish(const Member& front);

 private:
  int64_t mtime_s_;
  std::string& out_;
  std::unique_ptr<Compressor> z_;
  std::unique_ptr<struct archive, int (*)(struct archive*)> tar_;
};
void PackTarZst(const std::vector<Member>& members, int64_t mtime_s, std::string& out);

// What UnpackTarZst found in a file.
struct Archive {
  std::vector<Member> members;
  // Set when the file holds more than the archive: data after the tar's
  // end-of-archive blocks, or zstd frames after the one that ends it (GNU
  // `tar -i` reads a member hidden there; nothing of ours does). Says what
  // and how much; empty when there is nothing.
  std::string trailing;
};

// Decompresses with a running limit (the budget's total and memory, checked
// as bytes come out, so a bomb stops early) and takes the tar apart. Only
// regular files with plain names ([A-Za-z0-9._-], no leading dot) are
// accepted; links, devices, folders, sparse files, paths, duplicates,
// members over their cap (checked on the declared size, before anything is
// allocated) and truncation throw BundleError naming the entry.
Archive UnpackTarZst(std::string_view bytes, ReadBudget& budget);

// True for a name UnpackTarZst accepts.
bool IsPlainMemberName(std::string_view name);

}  // namespace tempmon::bundle
