#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <stdexcept>

#include "commands.h"

namespace tempmon::report {
namespace {

void WriteAll(int fd, std::string_view bytes, const std::string& what) {
  size_t off = 0;
  while (off < bytes.size()) {
    ssize_t w = ::write(fd, bytes.data() + off, bytes.size() - off);
    if (w < 0 && errno == EINTR) continue;
    if (w <= 0) throw OutputError("cannot write " + what + ": " + std::strerror(w < 0 ? errno : EIO));
    off += static_cast<size_t>(w);
  }
}

}  // namespace

void WriteOutput(const std::string& out, const std::string& bytes) {
  WriteOutputStream(out, [&bytes](const OutputSink& sink) { sink(bytes); });
}

void WriteOutputStream(const std::string& out, const std::function<void(const OutputSink&)>& produce) {
  auto write_to = [&produce](int fd, const std::string& what) {
    produce([fd, &what](std::string_view piece) { WriteAll(fd, piece, what); });
  };
  if (out == "-") {
    std::fflush(stdout);
    write_to(STDOUT_FILENO, "standard output");
    return;
  }
  // A device, fifo or symlink (/dev/stdout, /dev/null) is written in
  // place: renaming over it would replace the node itself.
  struct stat st {};
  if (::lstat(out.c_str(), &st) == 0 && !S_ISREG(st.st_mode)) {
    if (S_ISDIR(st.st_mode)) throw OutputError(out + " is a folder; give a file name");
    int fd = ::open(out.c_str(), O_WRONLY | O_TRUNC | O_CLOEXEC | O_NOCTTY);
    if (fd < 0) throw OutputError("cannot open " + out + ": " + std::strerror(errno));
    try {
      write_to(fd, out);
    } catch (...) {
      ::close(fd);
      throw;
    }
    ::close(fd);
    return;
  }
  std::filesystem::path p(out);
  std::filesystem::path dir = p.parent_path().empty() ? "." : p.parent_path();
  // Built with append: `"." + std::string` trips GCC 12's false -Wrestrict
  // at -O3 (GCC bug 105329).
  std::string name = ".";
  name.append(p.filename().string()).append(".tmp-XXXXXX");
  std::string tmpl = (dir / name).string();
  int fd = ::mkstemp(tmpl.data());
  if (fd < 0)
    throw OutputError("cannot create a file in " + dir.string() + ": " + std::strerror(errno) +
                      " (does the folder exist and is it writable?)");
  try {
    if (::fchmod(fd, 0640) != 0) throw OutputError("fchmod " + tmpl + ": " + std::strerror(errno));
    write_to(fd, tmpl);
    if (::fsync(fd) != 0) throw OutputError("fsync " + tmpl + ": " + std::strerror(errno));
    if (::close(fd) != 0) {
      fd = -1;
      throw OutputError("close " + tmpl + ": " + std::strerror(errno));
    }
    fd = -1;
    if (::rename(tmpl.c_str(), out.c_str()) != 0)
      throw OutputError("cannot rename to " + out + ": " + std::strerror(errno));
  } catch (...) {
    if (fd >= 0) ::close(fd);
    ::unlink(tmpl.c_str());
    throw;
  }
}

}  // namespace tempmon::report
