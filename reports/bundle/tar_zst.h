// The container: a zstd-compressed POSIX tar, built and taken apart in
// memory with libarchive. Unpacking treats every byte as hostile.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "bundle.h"

namespace tempmon::bundle {

struct Member {
  std::string name;
  std::string data;
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
