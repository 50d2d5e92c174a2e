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

struct Compressor;

// Writes a bundle's archive into `out` (cleared first; its capacity is
// reused): members in order, every entry a regular file, mode 0644, owner
// 0:0, mtime `mtime_s` (so the same contents give the same bytes), in one
// zstd frame. Add() each member after the first while later ones are still
// being made, then Finish() with the first (the manifest, which lists the
// others): it is stored uncompressed in front of the compressed rest.
class TarZstWriter {
 public:
  TarZstWriter(int64_t mtime_s, std::string& out);
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

// The compressor is kept per thread between archives; PrepareCompressor()
// allocates and touches it ahead of the first.
void PrepareCompressor();

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
