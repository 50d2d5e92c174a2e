#include "tempmon/sys/dir.h"

#include <dirent.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <random>

namespace tempmon::sys {
namespace fs = std::filesystem;

namespace {

[[noreturn]] void Throw(const std::string& what, int err) {
  throw SysError(what + ": " + std::strerror(err));
}

std::string Octal(mode_t m) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04o", static_cast<unsigned>(m & 07777));
  return buf;
}

// A name relative to a folder descriptor: one component, never "." or "..",
// so that every open stays inside the checked folder.
void CheckName(std::string_view name) {
  if (name.empty() || name == "." || name == ".." || name.find('/') != std::string_view::npos ||
      name.find('\0') != std::string_view::npos)
    throw SysError("not a plain file name: '" + std::string(name) + "'");
}

std::string RandomSuffix() {
  static constexpr char kChars[] = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
  thread_local std::mt19937_64 gen{std::random_device{}()};
  std::uniform_int_distribution<size_t> pick(0, sizeof kChars - 2);
  std::string s(6, 'x');
  for (char& c : s) c = kChars[pick(gen)];
  return s;
}

}  // namespace

std::optional<std::string> UntrustedReason(const struct stat& st) {
  const uid_t me = ::geteuid();
  if (st.st_uid != 0 && st.st_uid != me)
    return "it belongs to uid " + std::to_string(st.st_uid) + ", not to root" +
           (me != 0 ? " or uid " + std::to_string(me) : std::string());
  if (st.st_mode & (S_IWGRP | S_IWOTH)) {
    if (me != 0 && S_ISDIR(st.st_mode) && (st.st_mode & S_ISVTX)) return std::nullopt;
    return "it is writable by " +
           std::string((st.st_mode & S_IWOTH) ? "others" : "its group") + " (mode " +
           Octal(st.st_mode) + ")";
  }
  return std::nullopt;
}

void WriteAll(int fd, std::string_view bytes, const std::string& what) {
  size_t off = 0;
  while (off < bytes.size()) {
    ssize_t w = ::write(fd, bytes.data() + off, bytes.size() - off);
    if (w < 0 && errno == EINTR) continue;
    if (w <= 0) Throw("cannot write " + what + " (disk full?)", w < 0 ? errno : EIO);
    off += static_cast<size_t>(w);
  }
}

Dir Dir::Check(UniqueFd fd, fs::path path) {
  struct stat st {};
  if (::fstat(fd.get(), &st) != 0) Throw("cannot stat " + path.string(), errno);
  if (!S_ISDIR(st.st_mode)) throw UntrustedError("refusing to write in " + path.string() + ": it is not a folder");
  if (auto why = UntrustedReason(st))
    throw UntrustedError("refusing to write in " + path.string() + ": " + *why);
  return Dir(std::move(fd), std::move(path));
}

Dir Dir::Open(const fs::path& path) {
  const fs::path p = path.empty() ? fs::path(".") : path;
  UniqueFd fd(::open(p.c_str(), O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC));
  if (!fd) {
    int err = errno;
    struct stat st {};
    if ((err == ELOOP || err == ENOTDIR) && ::lstat(p.c_str(), &st) == 0 && S_ISLNK(st.st_mode))
      throw UntrustedError("refusing to write in " + p.string() +
                           ": it is a symbolic link (give the folder it points to)");
    Throw("cannot open the folder " + p.string(), err);
  }
  return Check(std::move(fd), p);
}

Dir Dir::OpenOrCreate(const fs::path& path, mode_t mode) {
  const fs::path p = path.empty() ? fs::path(".") : path;
  std::error_code ec;
  if (p.has_parent_path() && p.parent_path() != p) fs::create_directories(p.parent_path(), ec);
  // mkdir never follows a link at the last component: a planted link makes
  // it fail with EEXIST, and Open() then refuses the link.
  if (::mkdir(p.c_str(), mode) != 0 && errno != EEXIST)
    Throw("cannot create the folder " + p.string(), errno);
  return Open(p);
}

Dir Dir::Sub(std::string_view name) const {
  CheckName(name);
  std::string n(name);
  UniqueFd fd(::openat(fd_.get(), n.c_str(), O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC));
  if (!fd) {
    int err = errno;
    struct stat st {};
    if ((err == ELOOP || err == ENOTDIR) &&
        ::fstatat(fd_.get(), n.c_str(), &st, AT_SYMLINK_NOFOLLOW) == 0 && S_ISLNK(st.st_mode))
      throw UntrustedError("refusing to write in " + Name(name) + ": it is a symbolic link");
    Throw("cannot open the folder " + Name(name), err);
  }
  return Check(std::move(fd), path_ / n);
}

Dir Dir::SubOrCreate(std::string_view name, mode_t mode) const {
  CheckName(name);
  std::string n(name);
  if (::mkdirat(fd_.get(), n.c_str(), mode) != 0 && errno != EEXIST)
    Throw("cannot create the folder " + Name(name), errno);
  return Sub(name);
}

std::string Dir::Name(std::string_view name) const { return (path_ / std::string(name)).string(); }

void Dir::Chmod(mode_t mode) const {
  if (::fchmod(fd_.get(), mode) != 0) Throw("cannot set the mode of " + path_.string(), errno);
}

void Dir::Replace(std::string_view name, mode_t mode,
                  const std::function<void(int fd, const std::string& what)>& write,
                  Durability durability) const {
  const bool sync = durability == Durability::kEach;
  CheckName(name);
  const std::string n(name);
  struct stat st {};
  if (::fstatat(fd_.get(), n.c_str(), &st, AT_SYMLINK_NOFOLLOW) == 0 && !S_ISREG(st.st_mode) &&
      !S_ISLNK(st.st_mode))
    throw SysError("refusing to replace " + Name(name) +
                   ": it exists and is not a regular file (a device, fifo or folder)");
  std::string tmp;
  UniqueFd fd;
  for (int tries = 0; !fd; ++tries) {
    tmp = "." + n + ".tmp-" + RandomSuffix();
    fd.Reset(::openat(fd_.get(), tmp.c_str(),
                      O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, mode & 07777));
    if (!fd && (errno != EEXIST || tries >= 100))
      Throw("cannot create a file in " + path_.string(), errno);
  }
  const std::string what = Name(tmp);
  try {
    // The umask may have narrowed the mode given to openat.
    if (::fchmod(fd.get(), mode & 07777) != 0) Throw("cannot set the mode of " + what, errno);
    write(fd.get(), what);
    if (sync && ::fsync(fd.get()) != 0) Throw("cannot write " + what + " (fsync)", errno);
    int raw = fd.Release();
    if (::close(raw) != 0) Throw("cannot write " + what + " (close)", errno);
    if (::renameat(fd_.get(), tmp.c_str(), fd_.get(), n.c_str()) != 0)
      Throw("cannot rename " + what + " to " + Name(name), errno);
  } catch (...) {
    ::unlinkat(fd_.get(), tmp.c_str(), 0);
    throw;
  }
  // The file is in place; the folder's fsync makes the rename survive a
  // power cut, and its failure is reported (the caller decides).
  if (sync && ::fsync(fd_.get()) != 0)
    Throw("cannot fsync the folder " + path_.string() + " (" + n + " written, durability not guaranteed)",
          errno);
}

void Dir::Replace(std::string_view name, std::string_view bytes, mode_t mode, Durability durability) const {
  Replace(name, mode, [bytes](int fd, const std::string& what) { WriteAll(fd, bytes, what); }, durability);
}

void Dir::SyncFilesystem() const {
  if (::syncfs(fd_.get()) != 0) Throw("cannot sync the filesystem of " + path_.string(), errno);
}

UniqueFd Dir::OpenInPlace(std::string_view name, mode_t mode, bool append) const {
  CheckName(name);
  const std::string n(name);
  const int access = append ? (O_WRONLY | O_APPEND) : O_RDWR;
  UniqueFd fd(::openat(fd_.get(), n.c_str(), access | O_CREAT | O_NOFOLLOW | O_NOCTTY | O_CLOEXEC,
                       mode & 07777));
  if (!fd) {
    if (errno == ELOOP) throw UntrustedError("refusing to open " + Name(name) + ": it is a symbolic link");
    Throw("cannot open " + Name(name), errno);
  }
  struct stat st {};
  if (::fstat(fd.get(), &st) != 0) Throw("cannot stat " + Name(name), errno);
  if (!S_ISREG(st.st_mode))
    throw UntrustedError("refusing to open " + Name(name) + ": it is not a regular file");
  if (st.st_nlink != 1)
    throw UntrustedError("refusing to open " + Name(name) + ": it has " + std::to_string(st.st_nlink) +
                         " hard links (remove it)");
  if (st.st_uid != ::geteuid())
    throw UntrustedError("refusing to open " + Name(name) + ": it belongs to uid " +
                         std::to_string(st.st_uid) + " (remove it)");
  return fd;
}

UniqueFd Dir::OpenRead(std::string_view name) const {
  CheckName(name);
  const std::string n(name);
  UniqueFd fd(::openat(fd_.get(), n.c_str(), O_RDONLY | O_NOFOLLOW | O_NOCTTY | O_NONBLOCK | O_CLOEXEC));
  if (!fd) {
    if (errno == ENOENT) return fd;
    if (errno == ELOOP) throw UntrustedError("refusing to read " + Name(name) + ": it is a symbolic link");
    Throw("cannot open " + Name(name), errno);
  }
  struct stat st {};
  if (::fstat(fd.get(), &st) != 0) Throw("cannot stat " + Name(name), errno);
  if (!S_ISREG(st.st_mode)) throw UntrustedError("refusing to read " + Name(name) + ": it is not a regular file");
  return fd;
}

std::optional<std::string> Dir::ReadFile(std::string_view name) const {
  UniqueFd fd = OpenRead(name);
  if (!fd) return std::nullopt;
  std::string out;
  char buf[65536];
  for (;;) {
    ssize_t r = ::read(fd.get(), buf, sizeof buf);
    if (r < 0 && errno == EINTR) continue;
    if (r < 0) Throw("cannot read " + Name(name), errno);
    if (r == 0) break;
    out.append(buf, static_cast<size_t>(r));
  }
  return out;
}

bool Dir::Remove(std::string_view name) const {
  CheckName(name);
  const std::string n(name);
  if (::unlinkat(fd_.get(), n.c_str(), 0) == 0) return true;
  if (errno == ENOENT) return false;
  Throw("cannot remove " + Name(name), errno);
}

std::vector<std::string> Dir::List() const {
  // fdopendir takes the descriptor it is given: a duplicate, so that this
  // folder's own stays open.
  int dup = ::openat(fd_.get(), ".", O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  if (dup < 0) Throw("cannot list " + path_.string(), errno);
  DIR* d = ::fdopendir(dup);
  if (!d) {
    int err = errno;
    ::close(dup);
    Throw("cannot list " + path_.string(), err);
  }
  std::vector<std::string> names;
  errno = 0;
  while (struct dirent* e = ::readdir(d)) {
    std::string_view n = e->d_name;
    if (n != "." && n != "..") names.emplace_back(n);
  }
  int err = errno;
  ::closedir(d);
  if (err != 0) Throw("cannot list " + path_.string(), err);
  return names;
}

void ReplaceFile(const fs::path& file, std::string_view bytes, mode_t mode) {
  const std::string name = file.filename().string();
  if (name.empty() || name == "." || name == "..") throw SysError(file.string() + " is a folder; give a file name");
  Dir::Open(file.parent_path()).Replace(name, bytes, mode);
}

bool IsReplaceTemporary(std::string_view name) {
  // "." + name + ".tmp-" + 6 characters.
  if (name.size() < 1 + 1 + 5 + 6 || name[0] != '.') return false;
  return name.substr(name.size() - 11, 5) == ".tmp-";
}

}  // namespace tempmon::sys
