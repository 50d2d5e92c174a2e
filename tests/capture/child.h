// Test helper: runs a program as a child and waits for it with a deadline
// (pidfd + poll: no sleeping), killing it when the deadline passes.
#pragma once

#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <spawn.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <stdexcept>
#include <string>
#include <vector>

extern char** environ;

namespace tempmon::test {

class Child {
 public:
  explicit Child(const std::vector<std::string>& argv, bool capture_stdout = true) {
    int fds[2] = {-1, -1};
    if (capture_stdout && ::pipe2(fds, O_CLOEXEC) != 0) throw std::runtime_error("pipe");
    posix_spawn_file_actions_t fa;
    posix_spawn_file_actions_init(&fa);
    if (capture_stdout) posix_spawn_file_actions_adddup2(&fa, fds[1], 1);
    std::vector<char*> a;
    for (const auto& s : argv) a.push_back(const_cast<char*>(s.c_str()));
    a.push_back(nullptr);
    int rc = ::posix_spawn(&pid_, argv[0].c_str(), &fa, nullptr, a.data(), environ);
    posix_spawn_file_actions_destroy(&fa);
    if (capture_stdout) ::close(fds[1]);
    out_fd_ = fds[0];
    if (rc != 0) throw std::runtime_error("cannot start " + argv[0]);
    pidfd_ = static_cast<int>(::syscall(SYS_pidfd_open, pid_, 0));
  }
  ~Child() {
    if (pid_ > 0 && status_ < 0) {
      ::kill(pid_, SIGKILL);
      int st;
      ::waitpid(pid_, &st, 0);
    }
    if (pidfd_ >= 0) ::close(pidfd_);
    if (out_fd_ >= 0) ::close(out_fd_);
  }
  Child(const Child&) = delete;
  Child& operator=(const Child&) = delete;

  pid_t pid() const { return pid_; }

  // Exit code (128+signal when killed by one); -1 when still running at the deadline.
  int Wait(std::chrono::milliseconds deadline) {
    if (status_ >= 0) return status_;
    auto end = std::chrono::steady_clock::now() + deadline;
    for (;;) {
      Drain();
      int st;
      if (::waitpid(pid_, &st, WNOHANG) == pid_) {
        Drain();
        status_ = WIFEXITED(st) ? WEXITSTATUS(st) : 128 + WTERMSIG(st);
        return status_;
      }
      auto left = std::chrono::duration_cast<std::chrono::milliseconds>(
          end - std::chrono::steady_clock::now()).count();
      if (left <= 0) return -1;
      pollfd p[2] = {{pidfd_, POLLIN, 0}, {out_fd_, POLLIN, 0}};
      ::poll(p, out_fd_ >= 0 ? 2 : 1, static_cast<int>(std::min<long>(left, 1000)));
    }
  }
  void Kill(int sig) { ::kill(pid_, sig); }
  const std::string& out() const { return out_; }

 private:
  void Drain() {
    if (out_fd_ < 0) return;
    char buf[4096];
    for (;;) {
      pollfd p{out_fd_, POLLIN, 0};
      if (::poll(&p, 1, 0) <= 0) return;
      ssize_t n = ::read(out_fd_, buf, sizeof buf);
      if (n <= 0) {
        ::close(out_fd_);
        out_fd_ = -1;
        return;
      }
      out_.append(buf, static_cast<size_t>(n));
    }
  }
  pid_t pid_ = -1;
  int pidfd_ = -1;
  int out_fd_ = -1;
  int status_ = -1;
  std::string out_;
};

}  // namespace tempmon::test
