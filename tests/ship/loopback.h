// Helpers for tempmon-ship's end-to-end tests: a real rclone SFTP server on
// 127.0.0.1, tempmon-ship as a child with its log in a file, and waits that
// wake on inotify events (files rewritten by the daemon) with a deadline.
#pragma once

#include <arpa/inet.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <poll.h>
#include <signal.h>
#include <spawn.h>
#include <sys/inotify.h>
#include <sys/socket.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <filesystem>
#include <fstream>
#include <functional>
#include <map>
#include <sstream>
#include <stdexcept>
#include <string>
#include <vector>

extern char** environ;

namespace tempmon::ship::testing {

namespace fs = std::filesystem;
using namespace std::chrono_literals;

inline std::string ReadFile(const fs::path& p) {
  std::ifstream in(p);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

// A process with stdout+stderr sent to a file; killed (SIGKILL) and reaped
// when it goes out of scope.
class Proc {
 public:
  Proc(const std::vector<std::string>& argv, const fs::path& log) {
    posix_spawn_file_actions_t fa;
    posix_spawn_file_actions_init(&fa);
    posix_spawn_file_actions_addopen(&fa, 1, log.c_str(), O_WRONLY | O_CREAT | O_APPEND, 0644);
    posix_spawn_file_actions_adddup2(&fa, 1, 2);
    posix_spawn_file_actions_addopen(&fa, 0, "/dev/null", O_RDONLY, 0);
    std::vector<char*> a;
    for (const auto& s : argv) a.push_back(const_cast<char*>(s.c_str()));
    a.push_back(nullptr);
    int rc = ::posix_spawn(&pid_, argv[0].c_str(), &fa, nullptr, a.data(), environ);
    posix_spawn_file_actions_destroy(&fa);
    if (rc != 0) throw std::runtime_error("cannot start " + argv[0]);
    pidfd_ = static_cast<int>(::syscall(SYS_pidfd_open, pid_, 0));
  }
  ~Proc() {
    if (status_ < 0) {
      ::kill(pid_, SIGKILL);
      Wait(10s);
    }
    if (pidfd_ >= 0) ::close(pidfd_);
  }
  Proc(const Proc&) = delete;
  Proc& operator=(const Proc&) = delete;
  pid_t pid() const { return pid_; }
  void Kill(int sig) { ::kill(pid_, sig); }
  // Exit status (128+signal); -1 when still running at the deadline.
  int Wait(std::chrono::milliseconds deadline) {
    if (status_ >= 0) return status_;
    pollfd p{pidfd_, POLLIN, 0};
    if (::poll(&p, 1, static_cast<int>(deadline.count())) <= 0) return -1;
    int st = 0;
    if (::waitpid(pid_, &st, 0) != pid_) return -1;
    status_ = WIFEXITED(st) ? WEXITSTATUS(st) : 128 + WTERMSIG(st);
    return status_;
  }

 private:
  pid_t pid_ = -1;
  int pidfd_ = -1;
  int status_ = -1;
};

// Calls `ready` after every change under the watched folders until it
// returns true or the deadline passes.
class Watch {
 public:
  explicit Watch(std::vector<fs::path> dirs) : dirs_(std::move(dirs)) {
    fd_ = ::inotify_init1(IN_CLOEXEC | IN_NONBLOCK);
  }
  ~Watch() { ::close(fd_); }
  Watch(const Watch&) = delete;
  Watch& operator=(const Watch&) = delete;
  bool Until(const std::function<bool()>& ready, std::chrono::milliseconds deadline) {
    auto end = std::chrono::steady_clock::now() + deadline;
    for (;;) {
      // Folders may appear later (the remote's, created by the upload).
      for (const auto& d : dirs_)
        if (fs::exists(d))
          ::inotify_add_watch(fd_, d.c_str(), IN_MODIFY | IN_MOVED_TO | IN_CREATE | IN_CLOSE_WRITE |
                                                  IN_DELETE | IN_ATTRIB);
      if (ready()) return true;
      auto left = std::chrono::duration_cast<std::chrono::milliseconds>(
                      end - std::chrono::steady_clock::now()).count();
      if (left <= 0) return false;
      pollfd p{fd_, POLLIN, 0};
      // A folder created between the check and the poll is picked up on the
      // next round; cap the wait so that round comes.
      ::poll(&p, 1, static_cast<int>(std::min<long long>(left, 500)));
      char buf[8192];
      while (::read(fd_, buf, sizeof buf) > 0) {
      }
    }
  }

 private:
  std::vector<fs::path> dirs_;
  int fd_;
};

// The values of a Prometheus textfile, by "name" or "name{labels}".
inline std::map<std::string, double> Metrics(const fs::path& p) {
  std::map<std::string, double> m;
  std::istringstream in(ReadFile(p));
  std::string line;
  while (std::getline(in, line)) {
    if (line.empty() || line[0] == '#') continue;
    auto sp = line.rfind(' ');
    if (sp == std::string::npos) continue;
    m[line.substr(0, sp)] = std::stod(line.substr(sp + 1));
  }
  return m;
}

inline uint16_t FreePort() {
  int s = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
  sockaddr_in a{};
  a.sin_family = AF_INET;
  a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  ::bind(s, reinterpret_cast<sockaddr*>(&a), sizeof a);
  socklen_t len = sizeof a;
  ::getsockname(s, reinterpret_cast<sockaddr*>(&a), &len);
  ::close(s);
  return ntohs(a.sin_port);
}

inline size_t CountOf(const std::string& hay, const std::string& needle) {
  size_t n = 0;
  for (size_t p = hay.find(needle); p != std::string::npos; p = hay.find(needle, p + 1)) ++n;
  return n;
}

}  // namespace tempmon::ship::testing
