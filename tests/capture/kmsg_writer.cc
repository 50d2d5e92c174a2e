// Writes N copies of one line as kernel-log records, one write() per
// record, as a driver in trouble would log them (VM tests: bursts).
//   capture_kmsg_writer N LEVEL TEXT [PATH]
// PATH is /dev/kmsg by default (a record user space wrote: facility 1), or
// tempmon_testlog's "line" parameter, whose every write the kernel prints
// itself (facility 0, the kernel's own record).
#include <fcntl.h>
#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <string>

int main(int argc, char** argv) {
  if (argc != 4 && argc != 5) {
    std::fprintf(stderr, "usage: capture_kmsg_writer N LEVEL TEXT [PATH]\n");
    return 2;
  }
  long n = std::atol(argv[1]);
  std::string rec = std::string("<") + argv[2] + ">" + argv[3] + "\n";
  const char* path = argc == 5 ? argv[4] : "/dev/kmsg";
  int fd = ::open(path, O_WRONLY | O_CLOEXEC);
  if (fd < 0) {
    std::perror(("capture_kmsg_writer: " + std::string(path)).c_str());
    return 1;
  }
  for (long i = 0; i < n; ++i)
    if (::write(fd, rec.data(), rec.size()) != static_cast<ssize_t>(rec.size())) {
      std::perror("capture_kmsg_writer: write");
      return 1;
    }
  ::close(fd);
  return 0;
}
