#include "capture/spool/spool.h"

#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <ctime>
#include <fstream>
#include <regex>
#include <set>

#include "capture/common/errors.h"
#include "ship/outbox_state.h"

namespace tempmon::capture {
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

bool IsTempName(const std::string& f) {
  // bundle::Write's temporary: "." + final name + ".tmp-XXXXXX".
  return f.size() > 1 && f[0] == '.' && f.find(".tar.zst.tmp-") != std::string::npos;
}

Spool::Spool(fs::path dir) : dir_(std::move(dir)) {
  std::error_code ec;
  fs::create_directories(dir_, ec);
  if (ec)
    throw CaptureError("cannot create the spool folder " + dir_.string() + ": " +
                       ec.message() + " (choose another with --out)");
  ::chmod(dir_.c_str(), 0750);
  fs::path lock = dir_ / kLockName;
  lock_.Reset(::open(lock.c_str(), O_RDWR | O_CREAT | O_CLOEXEC, 0640));
  if (!lock_) ThrowErrno("cannot open the spool lock " + lock.string(),
                         "is the spool folder writable by this user?");
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
      throw CaptureError("the spool " + dir_.string() + " is in use by " + pid +
                         " (another tempmon-capture; stop it or use another --out)");
    throw CaptureError(ErrnoText("cannot lock " + lock.string(), err));
  }
  std::string me = std::to_string(::getpid()) + "\n";
  if (::ftruncate(lock_.get(), 0) != 0 ||
      ::pwrite(lock_.get(), me.data(), me.size(), 0) != static_cast<ssize_t>(me.size()))
    ThrowErrno("cannot record our PID in " + lock.string());
}

std::vector<fs::path> Spool::CleanTemporaries() {
  std::vector<fs::path> removed;
  std::error_code ec;
  for (auto it = fs::directory_iterator(dir_, ec); !ec && it != fs::directory_iterator();
       it.increment(ec)) {
    if (IsTempName(it->path().filename().string())) {
      std::error_code rec;
      if (fs::remove(it->path(), rec)) removed.push_back(it->path());
    }
  }
  return removed;
}

std::vector<fs::path> Spool::Bundles() const {
  struct Entry {
    fs::path p;
    fs::file_time_type t;
  };
  std::vector<Entry> v;
  std::error_code ec;
  for (auto it = fs::directory_iterator(dir_, ec); !ec && it != fs::directory_iterator();
       it.increment(ec)) {
    if (!IsBundleName(it->path().filename().string())) continue;
    std::error_code tec;
    auto t = fs::last_write_time(it->path(), tec);
    if (!tec) v.push_back({it->path(), t});
  }
  std::sort(v.begin(), v.end(), [](const Entry& a, const Entry& b) {
    return a.t != b.t ? a.t < b.t : a.p.filename() < b.p.filename();
  });
  std::vector<fs::path> out;
  for (auto& e : v) out.push_back(e.p);
  return out;
}

RetentionResult Spool::ApplyRetention(const Retention& r,
                                      std::chrono::system_clock::time_point now) {
  RetentionResult res;
  auto list = Bundles();
  std::vector<uintmax_t> sizes;
  uintmax_t total = 0;
  for (auto& p : list) {
    std::error_code ec;
    uintmax_t s = fs::file_size(p, ec);
    sizes.push_back(ec ? 0 : s);
    total += ec ? 0 : s;
  }
  size_t count = list.size();
  auto remove = [&](size_t i) {
    std::error_code ec;
    fs::remove(list[i], ec);
    if (ec) {
      res.errors.push_back("cannot remove " + list[i].string() + ": " + ec.message());
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
      std::error_code ec;
      auto mt = fs::last_write_time(list[i], ec);
      // No clock_cast in GCC 12: measure the age on the file clock, shifted by `now`.
      auto age = (fs::file_time_type::clock::now() - mt) +
                 (now - std::chrono::system_clock::now());
      too_old = !ec && age > std::chrono::duration<double, std::ratio<86400>>(*r.keep_days);
    }
    if (!too_many && !too_big() && !too_old) continue;
    if (ship::HeldForOutbox(dir_, list[i].filename().string())) continue;
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
  for (int i = 1; fs::exists(p); ++i)
    p = dir_ / (stem + "-" + std::to_string(i) + ".tar.zst");
  return p;
}

bool Spool::Seen(const std::string& key) const {
  std::ifstream in(dir_ / kSeenName);
  std::string line;
  while (std::getline(in, line))
    if (line == key) return true;
  return false;
}

void Spool::MarkSeen(const std::string& key) {
  // Rewritten atomically so a crash never loses earlier keys.
  fs::path p = dir_ / kSeenName, tmp = dir_ / (std::string(kSeenName) + ".new");
  std::string all;
  {
    std::ifstream in(p);
    std::string line;
    while (std::getline(in, line))
      if (!line.empty()) all += line + "\n";
  }
  all += key + "\n";
  UniqueFd fd(::open(tmp.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0640));
  if (!fd) ThrowErrno("cannot write " + tmp.string());
  if (::write(fd.get(), all.data(), all.size()) != static_cast<ssize_t>(all.size()) ||
      ::fsync(fd.get()) != 0)
    ThrowErrno("cannot write " + tmp.string(), "is the disk full?");
  fd.Reset();
  if (::rename(tmp.c_str(), p.c_str()) != 0) ThrowErrno("cannot rename " + tmp.string());
}

bool Debouncer::Allow(uint64_t mono_ns) {
  if (has_last_ && mono_ns < last_ + static_cast<uint64_t>(cooldown_.count())) {
    ++suppressed_;
    return false;
  }
  return true;
}

}  // namespace tempmon::capture
