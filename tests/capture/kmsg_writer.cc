// Writes N copies of one line to /dev/kmsg, one write() per record, as a
// driver in trouble would log them (VM tests: bursts).
//   capture_kmsg_writer N LEVEL TEXT
#include <fcntl.h>
#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <string>

int main(int argc, char** argv) {
  if (argc != 4) {
    std::fprintf(stderr, "usage: capture_kmsg_writer N LEVEL TEXT\n");
    return 2;
  }
  long n = std::atol(argv[1]);
  std::string rec = std::string("<") + argv[2] + ">" + argv[3] + "\n";
  int fd = ::open("/dev/kmsg", O_WRONLY | O_CLOEXEC);
  if (fd < 0) {
    std::perror("capture_kmsg_writer: /dev/kmsg");
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
