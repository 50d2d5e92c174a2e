#include "tempmon/spool/spool.h"

#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <ctime>
#include <sstream>

#include "tempmon/spool/outbox_state.h"
#include "tempmon/sys/dir.h"

namespace tempmon::spool {
namespace {

std::string Sanitize(const std::string& s) {
  std::string out;
  for (char c : s)
    out.push_back((std::isalnum(static_cast<unsigned char>(c)) || c == '.' ||
                   c == '_' || c == '-')
                      ? c
                      : '_');
  return out.empty() ? "unknown" : out;
}

constexpr const char* kLockName = ".tempmon-capture.lock";
constexpr const char* kSeenName = ".tempmon-seen";

}  // namespace

std::string BundleName(const std::string& host, int64_t wall_ns,
                       const std::string& trigger) {
  time_t secs = static_cast<time_t>(wall_ns / 1'000'000'000);
  int ms = static_cast<int>((wall_ns / 1'000'000) % 1000);
  struct tm tm {};
  gmtime_r(&secs, &tm);
  char ts[40];
  std::snprintf(ts, sizeof ts, "%04d%02d%02dT%02d%02d%02d.%03dZ", tm.tm_year + 1900,
                tm.tm_mon + 1, tm.tm_mday, tm.tm_hour, tm.tm_min, tm.tm_sec, ms);
  return "tempmon-" + Sanitize(host) + "-" + ts + "-" + Sanitize(trigger) + ".tar.zst";
}

bool IsBundleName(const std::string& f) {
  return f.rfind("tempmon-", 0) == 0 && f.size() > 8 &&
         f.ends_with(".tar.zst");
}

Spool::Spool(fs::path dir) : dir_(std::move(dir)) {
  try {
    folder_.emplace(sys::Dir::OpenOrCreate(dir_, 0750));
    folder_->Chmod(0750);
    lock_ = folder_->OpenInPlace(kLockName, 0640);
  } catch (const sys::SysError& e) {
    throw SpoolError(std::string(e.what()) + " (choose another with --out)");
  }
  const std::string lock = folder_->Name(kLockName);
  if (::flock(lock_.get(), LOCK_EX | LOCK_NB) != 0) {
    int err = errno;
    std::string pid = "an unknown process";
    char buf[32] = {};
    if (::pread(lock_.get(), buf, sizeof buf - 1, 0) > 0) {
      std::string s(buf);
      while (!s.empty() && (s.back() == '\n' || s.back() == '\0')) s.pop_back();
      if (!s.empty()) pid = "PID " + s;
    }
    if (err == EWOULDBLOCK)
      throw SpoolError("the spool " + dir_.string() + " is in use by " + pid +
                         " (another tempmon-capture; stop it or use another --out)");
    throw SpoolError(sys::ErrnoText("cannot lock " + lock, err));
  }
  std::string me = std::to_string(::getpid()) + "\n";
  if (::ftruncate(lock_.get(), 0) != 0 ||
      ::pwrite(lock_.get(), me.data(), me.size(), 0) != static_cast<ssize_t>(me.size()))
    throw SpoolError(sys::ErrnoText("cannot record our PID in " + lock, errno));
}

std::vector<fs::path> Spool::CleanTemporaries() {
  std::vector<fs::path> removed;
  try {
    for (const auto& name : folder_->List())
      if (sys::IsReplaceTemporary(name) && folder_->Remove(name)) removed.push_back(dir_ / name);
  } catch (const sys::SysError&) {
    // Leftovers only cost space; the next start tries again.
  }
  return removed;
}

std::vector<fs::path> Spool::Bundles() const {
  struct Entry {
    std::string name;
    struct timespec t;
  };
  std::vector<Entry> v;
  std::vector<std::string> names;
  try {
    names = folder_->List();
  } catch (const sys::SysError&) {
    return {};
  }
  for (auto& name : names) {
    struct stat st {};
    if (!IsBundleName(name) ||
        ::fstatat(folder_->fd(), name.c_str(), &st, AT_SYMLINK_NOFOLLOW) != 0 || !S_ISREG(st.st_mode))
      continue;
    v.push_back({std::move(name), st.st_mtim});
  }
  std::sort(v.begin(), v.end(), [](const Entry& a, const Entry& b) {
    if (a.t.tv_sec != b.t.tv_sec) return a.t.tv_sec < b.t.tv_sec;
    if (a.t.tv_nsec != b.t.tv_nsec) return a.t.tv_nsec < b.t.tv_nsec;
    return a.name < b.name;
  });
  std::vector<fs::path> out;
  for (auto& e : v) out.push_back(dir_ / e.name);
  return out;
}

RetentionResult Spool::ApplyRetention(const Retention& r,
                                      std::chrono::system_clock::time_point now) {
  RetentionResult res;
  auto list = Bundles();
  std::vector<uintmax_t> sizes;
  uintmax_t total = 0;
  std::vector<int64_t> mtimes;
  for (auto& p : list) {
    struct stat st {};
    bool ok = ::fstatat(folder_->fd(), p.filename().c_str(), &st, AT_SYMLINK_NOFOLLOW) == 0;
    sizes.push_back(ok ? static_cast<uintmax_t>(st.st_size) : 0);
    mtimes.push_back(ok ? static_cast<int64_t>(st.st_mtim.tv_sec) : 0);
    total += sizes.back();
  }
  size_t count = list.size();
  auto remove = [&](size_t i) {
    try {
      folder_->Remove(list[i].filename().string());
    } catch (const sys::SysError& e) {
      res.errors.push_back(e.what());
      return false;
    }
    res.removed.push_back(list[i]);
    --count;
    total -= sizes[i];
    return true;
  };
  std::vector<bool> gone(list.size(), false);
  auto too_big = [&] { return r.keep_bytes && total > *r.keep_bytes && count > 1; };
  // First the bundles the outbox is done with (or all, without an outbox)...
  for (size_t i = 0; i < list.size(); ++i) {
    bool too_many = r.keep_count && count > *r.keep_count;
    bool too_old = false;
    if (r.keep_days) {
      auto age = now - std::chrono::system_clock::time_point(std::chrono::seconds(mtimes[i]));
      too_old = mtimes[i] != 0 && age > std::chrono::duration<double, std::ratio<86400>>(*r.keep_days);
    }
    if (!too_many && !too_big() && !too_old) continue;
    if (HeldForOutbox(dir_, list[i].filename().string())) continue;
    gone[i] = remove(i);
  }
  // ...then, only when the disk limit still demands it, unshipped ones.
  for (size_t i = 0; i < list.size() && too_big(); ++i)
    if (!gone[i] && remove(i)) res.removed_unshipped.push_back(list[i]);
  return res;
}

fs::path Spool::NewBundlePath(const std::string& host, int64_t wall_ns,
                              const std::string& trigger) const {
  std::string name = BundleName(host, wall_ns, trigger);
  fs::path p = dir_ / name;
  std::string stem = name.substr(0, name.size() - 8);  // without .tar.zst
  struct stat st {};
  for (int i = 1; ::fstatat(folder_->fd(), p.filename().c_str(), &st, AT_SYMLINK_NOFOLLOW) == 0; ++i)
    p = dir_ / (stem + "-" + std::to_string(i) + ".tar.zst");
  return p;
}

bool Spool::Seen(const std::string& key) const {
  std::optional<std::string> all;
  try {
    all = folder_->ReadFile(kSeenName);
  } catch (const sys::SysError& e) {
    throw SpoolError(e.what());
  }
  if (!all) return false;
  std::istringstream in(*all);
  std::string line;
  while (std::getline(in, line))
    if (line == key) return true;
  return false;
}

void Spool::MarkSeen(const std::string& key) {
  // Rewritten atomically so a crash never loses earlier keys.
  std::string all;
  try {
    if (auto old = folder_->ReadFile(kSeenName)) {
      std::istringstream in(*old);
      std::string line;
      while (std::getline(in, line))
        if (!line.empty()) all += line + "\n";
    }
    all += key + "\n";
    folder_->Replace(kSeenName, all, 0640);
  } catch (const sys::SysError& e) {
    throw SpoolError(e.what());
  }
}

}  // namespace tempmon::spool
