#include "feed/sysfs_file.h"

#include <cerrno>
#include <charconv>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace tempmon::feed {
namespace {

class Fd {
 public:
  explicit Fd(int fd) : fd_(fd) {}
  ~Fd() {
    if (fd_ >= 0) ::close(fd_);
  }
  Fd(const Fd&) = delete;
  Fd& operator=(const Fd&) = delete;
  int get() const { return fd_; }

 private:
  int fd_;
};

}  // namespace

SysfsRead ReadSysfsText(const std::filesystem::path& path) {
  SysfsRead r;
  Fd fd(::open(path.c_str(), O_RDONLY | O_NONBLOCK | O_CLOEXEC | O_NOCTTY));
  if (fd.get() < 0) {
    r.err = errno;
    return r;
  }
  struct stat st {};
  if (::fstat(fd.get(), &st) != 0) {
    r.err = errno;
    return r;
  }
  if (S_ISDIR(st.st_mode)) {
    r.err = EISDIR;
    return r;
  }
  if (!S_ISREG(st.st_mode)) {
    r.err = EINVAL;
    return r;
  }
  char buf[256];
  ssize_t n;
  do {
    n = ::read(fd.get(), buf, sizeof(buf));
  } while (n < 0 && errno == EINTR);
  if (n < 0) {
    r.err = errno;
    return r;
  }
  while (n > 0 && (buf[n - 1] == '\n' || buf[n - 1] == ' ' || buf[n - 1] == '\t' || buf[n - 1] == '\0')) --n;
  if (n == 0) {
    r.err = ENODATA;
    return r;
  }
  r.text.assign(buf, static_cast<size_t>(n));
  return r;
}

SysfsRead ReadSysfsInt(const std::filesystem::path& path, int64_t& value) {
  SysfsRead r = ReadSysfsText(path);
  if (!r.ok()) return r;
  const char* b = r.text.data();
  const char* e = b + r.text.size();
  auto [p, ec] = std::from_chars(b, e, value);
  if (ec != std::errc() || p != e) r.err = EBADMSG;
  return r;
}

}  // namespace tempmon::feed
