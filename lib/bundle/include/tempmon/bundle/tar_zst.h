// The container: a zstd-compressed POSIX tar, built and taken apart in
// memory with libarchive. Unpacking treats every byte as hostile.
#pragma once

#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "tempmon/bundle/bundle.h"
#include "tempmon/bundle/read_limits.h"

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
  // Reading only: the bytes went to the sink UnpackTarZst was given for
  // this member (exactly stream_size of them) and `data` stays empty.
  bool streamed = false;

  uint64_t size() const { return stream || streamed ? stream_size : data.size(); }
};

struct Compressor;
class Sha256;

// A member's leading bytes compressed ahead of its bundle (a capture's
// samples.csv, compressed in the background as its rows arrive;
// docs/precompress.md): a zstd context with the writer's parameters whose
// output is the start of a bundle's frame, the bytes fed so far, their
// count and running SHA-256. TarZstWriter::AddContinued() makes it the
// first compressed data of a bundle and continues it; it cannot be fed or
// used again after that. Not thread-safe: one thread at a time.
class PrecompressedMember {
 public:
  PrecompressedMember();
  ~PrecompressedMember();
  PrecompressedMember(const PrecompressedMember&) = delete;
  PrecompressedMember& operator=(const PrecompressedMember&) = delete;

  // Compresses, hashes and counts `bytes` (the member's next bytes).
  void Feed(std::string_view bytes);
  // Ends the current zstd block, so that compressed() holds everything
  // fed (the context keeps its history: later bytes still refer to it).
  void Flush();
  uint64_t fed() const { return fed_; }
  // The first and the last bytes fed (up to 256 each): what a writer
  // checks against the member before it continues the stream.
  const std::string& head() const { return head_; }
  const std::string& tail() const { return tail_; }
  const std::string& compressed() const { return out_; }
  Sha256& sha() { return *sha_; }
  bool used() const { return used_; }

 private:
  friend class TarZstWriter;
  std::unique_ptr<Compressor> z_;
  std::string out_;
  std::unique_ptr<Sha256> sha_;
  uint64_t fed_ = 0;
  std::string head_, tail_;
  bool used_ = false;
};

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

  // Instead of the constructor above: a writer whose frame begins with
  // `pre`'s compressed bytes. AddContinued() adds its member first, before
  // any Add(): `rest` writes the member's bytes after pre.fed() ones
  // (m.size() is the whole member's). Its tar header is stored raw with
  // the front member's, ahead of the compressed bytes, so `pre`'s data is
  // the frame's first compressed block, as it was made.
  TarZstWriter(int64_t mtime_s, std::string& out, PrecompressedMember& pre);
  void AddContinued(const Member& m, const MemberStream& rest);

 private:
  int64_t mtime_s_;
  std::string& out_;
  std::unique_ptr<Compressor> z_;
  std::unique_ptr<struct archive, int (*)(struct archive*)> tar_;
  PrecompressedMember* pre_ = nullptr;  // until AddContinued
  std::string raw_after_front_;         // the continued member's tar header
  bool added_ = false;
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
//
// `stream`, when set, is asked for each member (its name and declared size,
// and the members read before it)
// whether to take the member's bytes as they decompress instead of holding
// them: a non-null sink gets every byte, in order, in pieces of any size
// (the Member is then `streamed`, with `stream_size`). The sink may throw
// BundleError to stop the read. A member held instead is capped by
// ReadLimits::HeldCap, a streamed one by MemberCap.
using MemberSink = std::function<void(std::string_view)>;
using StreamChooser =
    std::function<MemberSink(const Archive& so_far, const std::string& name, uint64_t declared)>;
Archive UnpackTarZst(std::string_view bytes, ReadBudget& budget, const StreamChooser& stream = {});

// True for a name UnpackTarZst accepts.
bool IsPlainMemberName(std::string_view name);

}  // namespace tempmon::bundle
