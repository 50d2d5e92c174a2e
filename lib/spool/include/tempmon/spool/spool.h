// The report spool: one folder of bundles, owned by one running instance
// (flock), with retention applied after each write and the leftovers of a
// crash (temporary files of an interrupted atomic write) removed at start.
#pragma once

#include <chrono>
#include <cstdint>
#include <filesystem>
#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

#include "tempmon/sys/unique_fd.h"
#include "tempmon/sys/dir.h"

namespace tempmon::spool {

namespace fs = std::filesystem;

// Every failure of the spool: one line naming the folder or file and why.
class SpoolError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

struct Retention {
  std::optional<uint64_t> keep_count;
  std::optional<uint64_t> keep_bytes;
  std::optional<double> keep_days;
};

struct RetentionResult {
  std::vector<fs::path> removed;
  // Removed although the outbox (tempmon-ship) had not shipped them yet:
  // only the byte limit does that; the caller says so in its log.
  std::vector<fs::path> removed_unshipped;
  std::vector<std::string> errors;
};

// "tempmon-<host>-<YYYYmmddTHHMMSS.mmmZ>-<trigger>.tar.zst"; host and
// trigger reduced to [A-Za-z0-9._-].
std::string BundleName(const std::string& host, int64_t wall_ns,
                       const std::string& trigger);

bool IsBundleName(const std::string& filename);

class Spool {
 public:
  // Creates `dir` (0750) if needed, checks it (tempmon/sys/dir.h: refused
  // when another user can write it) and takes its lock; throws SpoolError
  // naming the PID holding it when another instance runs. Every file is
  // reached through the folder opened here, never by path again.
  explicit Spool(fs::path dir);
  Spool(const Spool&) = delete;
  Spool& operator=(const Spool&) = delete;

  const fs::path& dir() const { return dir_; }
  // The checked folder itself: the capture's state files live in it.
  const sys::Dir& folder() const { return *folder_; }

  // Removes temporary files left by a crashed write; returns their names.
  std::vector<fs::path> CleanTemporaries();

  // Bundles, oldest first (by modification time, then name).
  std::vector<fs::path> Bundles() const;

  // Applies the limits, oldest first. `now` for age; the newest bundle is
  // never removed by the byte limit alone (better one big report than none).
  // While an outbox ships this spool (outbox_state.h), a bundle it has
  // not shipped yet is kept by the count and age limits; only the byte limit
  // (the disk) removes it, listed in removed_unshipped.
  RetentionResult ApplyRetention(const Retention& r,
                                 std::chrono::system_clock::time_point now =
                                     std::chrono::system_clock::now());

  // A unique path for a new bundle (adds -1, -2 ... on a name clash).
  fs::path NewBundlePath(const std::string& host, int64_t wall_ns,
                         const std::string& trigger) const;

  // Remembers keys (pstore records already turned into bundles) across runs.
  bool Seen(const std::string& key) const;
  void MarkSeen(const std::string& key);

 private:
  fs::path dir_;
  std::optional<sys::Dir> folder_;  // set by the constructor, never empty after it
  sys::UniqueFd lock_;
};

}  // namespace tempmon::spool
