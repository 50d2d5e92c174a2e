#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <stdexcept>

#include "commands.h"
#include "tempmon/sys/dir.h"

namespace tempmon::report {

void WriteOutput(const std::string& out, const std::string& bytes) {
  WriteOutputStream(out, [&bytes](const OutputSink& sink) { sink(bytes); });
}

void WriteOutputStream(const std::string& out, const std::function<void(const OutputSink&)>& produce) {
  auto write_to = [&produce](int fd, const std::string& what) {
    produce([fd, &what](std::string_view piece) { sys::WriteAll(fd, piece, what); });
  };
  if (out == "-") {
    std::fflush(stdout);
    write_to(STDOUT_FILENO, "standard output");
    return;
  }
  std::filesystem::path p(out);
  if (p.filename().empty() || p.filename() == "." || p.filename() == "..")
    throw OutputError(out + " is a folder; give a file name");
  try {
    // The folder is checked once and the file reached through it only
    // (tempmon/sys/dir.h).
    const sys::Dir dir = sys::Dir::Open(p.parent_path());
    const std::string name = p.filename().string();
    struct stat st {};
    if (::fstatat(dir.fd(), name.c_str(), &st, AT_SYMLINK_NOFOLLOW) == 0 && !S_ISREG(st.st_mode)) {
      if (S_ISDIR(st.st_mode)) throw OutputError(out + " is a folder; give a file name");
      // A device, fifo or link (/dev/stdout, /dev/null) is written in
      // place: renaming over it would replace the node itself. In a
      // checked folder only its owner or root can have put it there.
      sys::UniqueFd fd(::openat(dir.fd(), name.c_str(), O_WRONLY | O_TRUNC | O_CLOEXEC | O_NOCTTY));
      if (!fd) throw OutputError("cannot open " + out + ": " + std::strerror(errno));
      write_to(fd.get(), out);
      return;
    }
    dir.Replace(name, 0640, write_to);
  } catch (const sys::SysError& e) {
    throw OutputError(e.what());
  }
}

}  // namespace tempmon::report
