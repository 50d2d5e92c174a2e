// The container: a zstd-compressed POSIX tar, built and taken apart in
// memory with libarchive. Unpacking treats every byte as hostile.
#pragma once

#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "bundle.h"

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

// Only regular files with plain names ([A-Za-z0-9._-], no leading dot) are
// accepted; links, devices, folders, paths, duplicates, oversize members
// and truncation throw BundleError naming the entry.
std::vector<Member> UnpackTarZst(std::string_view bytes, const ReadLimits& limits);

// `s` cut to `max` bytes with control characters as '?': safe to put a
// hostile name into a one-line error message printed on a terminal.
std::string Printable(std::string_view s, size_t max = 80);

// True for a name UnpackTarZst accepts.
bool IsPlainMemberName(std::string_view name);

}  // namespace tempmon::bundle
