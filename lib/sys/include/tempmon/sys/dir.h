// Files written into checked folders: the one way tempmon's tools create or
// replace a file.
//
// The tools run as root in folders an operator names (--out, --metrics), and
// a name in a folder that someone else can write may be swapped for a link
// at any moment. So a folder is opened once (O_NOFOLLOW), checked on its
// descriptor (owned by root or by this user, not writable by group or
// others) and from then on every file is reached relative to that
// descriptor, never by path again: a folder renamed or replaced by a link
// after the check changes nothing. Files are created exclusively
// (O_EXCL | O_NOFOLLOW) under a private temporary name and renamed into
// place; a file that must be opened in place (a lock) is refused when it is
// a link, not a regular file, hard-linked elsewhere or owned by another
// user. Modes are set on descriptors (fchmod), never on paths.
#pragma once

#include <sys/stat.h>
#include <sys/types.h>

#include <filesystem>
#include <functional>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

#include "tempmon/sys/error.h"
#include "tempmon/sys/unique_fd.h"

namespace tempmon::sys {

// Why the folder or file whose fstat is `st` may not be trusted by this
// process (written in, or read as its own data), or nothing when it may:
// owned by root or by the effective user, and not writable by group or
// others. A non-root user may also write in a sticky folder such as /tmp:
// there the sticky bit keeps other users from replacing or removing what
// it creates, and it never follows a link.
std::optional<std::string> UntrustedReason(const struct stat& st);

// Writes all of `bytes` to `fd`; throws SysError naming `what`.
void WriteAll(int fd, std::string_view bytes, const std::string& what);

// How Dir::Replace makes a file survive a power cut. kEach: the file and
// the folder are fsynced before Replace returns. kDeferred: neither is;
// the caller syncs once for a whole batch (Dir::SyncFilesystem) and must
// accept that a crash before that sync may leave a file empty or cut
// short under its final name. Only for data that is derived and checked
// again when read (a query index), never for a bundle or for state.
enum class Durability { kEach, kDeferred };

class Dir {
 public:
  // Opens the folder `path` (its last component must not be a link) and
  // checks it; throws UntrustedError naming the folder when it may not be
  // written in, SysError when it cannot be opened.
  static Dir Open(const std::filesystem::path& path);
  // The same, creating the folder (and missing parents) with `mode` first
  // when it does not exist. A folder that existed keeps its mode.
  static Dir OpenOrCreate(const std::filesystem::path& path, mode_t mode);

  // The sub-folder `name` of this one, opened and checked the same way.
  Dir Sub(std::string_view name) const;
  Dir SubOrCreate(std::string_view name, mode_t mode) const;

  int fd() const { return fd_.get(); }
  const std::filesystem::path& path() const { return path_; }
  // `name` inside this folder, for messages.
  std::string Name(std::string_view name) const;

  // Sets the folder's own mode (on the descriptor).
  void Chmod(mode_t mode) const;

  // Replaces (or creates) `name` atomically: a private temporary name
  // ("." + name + ".tmp-XXXXXX", created O_EXCL | O_NOFOLLOW), `write`
  // fills it, fsync, rename over `name`, fsync of the folder. A link or
  // hard link at `name` is replaced, never written through. When `name`
  // exists and is not a regular file (a device, a fifo, a folder), it is
  // refused. On any failure the temporary file is removed and nothing at
  // `name` changed; the error names `name`.
  void Replace(std::string_view name, mode_t mode,
               const std::function<void(int fd, const std::string& what)>& write,
               Durability durability = Durability::kEach) const;
  void Replace(std::string_view name, std::string_view bytes, mode_t mode,
               Durability durability = Durability::kEach) const;
  // syncfs(2) of the filesystem this folder is on: what Durability::kDeferred
  // writes owe, done once for all of them.
  void SyncFilesystem() const;

  // Opens (creating with `mode` if needed) the regular file `name` for
  // reading and writing in place, as a lock file is, or for appending (a
  // log) with `append`. Refused when it is a link, not a regular file, has
  // other hard links, or belongs to another user.
  UniqueFd OpenInPlace(std::string_view name, mode_t mode, bool append = false) const;

  // Opens `name` for reading without following a link; an invalid
  // descriptor when it does not exist; throws SysError otherwise.
  UniqueFd OpenRead(std::string_view name) const;
  // The whole of `name`, or nothing when it does not exist.
  std::optional<std::string> ReadFile(std::string_view name) const;

  // Removes the file `name`; false when it did not exist.
  bool Remove(std::string_view name) const;

  // The names in the folder (no "." or "..").
  std::vector<std::string> List() const;

 private:
  Dir(UniqueFd fd, std::filesystem::path path) : fd_(std::move(fd)), path_(std::move(path)) {}
  static Dir Check(UniqueFd fd, std::filesystem::path path);
  UniqueFd fd_;
  std::filesystem::path path_;
};

// Dir::Open(file's folder).Replace(file's name, bytes, mode): for a file
// named by path, such as a Prometheus textfile (--metrics).
void ReplaceFile(const std::filesystem::path& file, std::string_view bytes, mode_t mode);

// Whether `name` is one of Dir::Replace's temporary names (left behind only
// by a process killed while writing).
bool IsReplaceTemporary(std::string_view name);

}  // namespace tempmon::sys
