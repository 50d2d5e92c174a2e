#include "capture/collect/command.h"

#include <fcntl.h>
#include <poll.h>
#include <sched.h>
#include <signal.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <mutex>

#include "capture/common/errors.h"
#include "capture/common/unique_fd.h"

extern char** environ;

namespace tempmon::capture {
namespace {

std::mutex g_pending_mu;
std::vector<pid_t> g_pending;

int DecodeStatus(int st) {
  if (WIFEXITED(st)) return WEXITSTATUS(st);
  if (WIFSIGNALED(st)) return 128 + WTERMSIG(st);
  return -1;
}

}  // namespace

std::string FindInPath(const std::string& name) {
  const char* path = std::getenv("PATH");
  std::string p = path ? path : "/usr/bin:/bin:/usr/sbin:/sbin";
  size_t start = 0;
  while (start <= p.size()) {
    size_t c = p.find(':', start);
    std::string dir = p.substr(start, c == std::string::npos ? std::string::npos : c - start);
    if (!dir.empty()) {
      std::string cand = dir + "/" + name;
      if (::access(cand.c_str(), X_OK) == 0) return cand;
    }
    if (c == std::string::npos) break;
    start = c + 1;
  }
  return {};
}

void ReapChildren() {
  std::lock_guard lk(g_pending_mu);
  std::erase_if(g_pending, [](pid_t pid) {
    int st;
    return ::waitpid(pid, &st, WNOHANG) != 0;
  });
}

CommandResult RunCommand(const std::vector<std::string>& argv,
                         std::chrono::milliseconds deadline, size_t max_output) {
  if (argv.empty()) throw CaptureError("RunCommand: empty command line");
  int fds[2];
  if (::pipe2(fds, O_CLOEXEC) != 0) ThrowErrno("pipe for " + argv[0]);
  UniqueFd rd(fds[0]), wr(fds[1]);

  posix_spawn_file_actions_t fa;
  posix_spawn_file_actions_init(&fa);
  posix_spawn_file_actions_adddup2(&fa, wr.get(), 1);
  posix_spawn_file_actions_addopen(&fa, 0, "/dev/null", O_RDONLY, 0);
  posix_spawn_file_actions_addopen(&fa, 2, "/dev/null", O_WRONLY, 0);
  std::vector<char*> args;
  for (const auto& a : argv) args.push_back(const_cast<char*>(a.c_str()));
  args.push_back(nullptr);
  // A command is an ordinary task even when the capture runs SCHED_RR
  // (TEMPMON_CAPTURE_PROTECT=sched, the unit's CPUSchedulingPolicy): a
  // spinning nvidia-smi must not starve the machine until its deadline.
  posix_spawnattr_t attr;
  posix_spawnattr_init(&attr);
  sched_param normal{};
  posix_spawnattr_setschedpolicy(&attr, SCHED_OTHER);
  posix_spawnattr_setschedparam(&attr, &normal);
  posix_spawnattr_setflags(&attr, POSIX_SPAWN_SETSCHEDULER);
  pid_t pid;
  int rc = ::posix_spawnp(&pid, argv[0].c_str(), &fa, &attr, args.data(), environ);
  posix_spawn_file_actions_destroy(&fa);
  posix_spawnattr_destroy(&attr);
  if (rc != 0)
    throw CaptureError(ErrnoText("cannot start " + argv[0], rc, "is it installed and in PATH?"));
  wr.Reset();

  CommandResult res;
  auto end = std::chrono::steady_clock::now() + deadline;
  bool eof = false;
  char buf[65536];
  while (!eof) {
    auto left = std::chrono::duration_cast<std::chrono::milliseconds>(
        end - std::chrono::steady_clock::now()).count();
    if (left <= 0) break;
    pollfd p{rd.get(), POLLIN, 0};
    int n = ::poll(&p, 1, static_cast<int>(left));
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) break;
    ssize_t r = ::read(rd.get(), buf, sizeof buf);
    if (r < 0 && errno == EINTR) continue;
    if (r <= 0) {
      eof = true;
      break;
    }
    if (res.out.size() < max_output)
      res.out.append(buf, std::min<size_t>(r, max_output - res.out.size()));
  }
  // The output closed: give the exit status until the deadline.
  int st = 0;
  for (;;) {
    pid_t w = ::waitpid(pid, &st, WNOHANG);
    if (w == pid) {
      res.exit_status = DecodeStatus(st);
      return res;
    }
    if (std::chrono::steady_clock::now() >= end) break;
    pollfd none{-1, 0, 0};
    ::poll(&none, 0, 5);  // waiting on a child has no fd before pidfd_open
  }
  res.timed_out = true;
  ::kill(pid, SIGKILL);
  for (int i = 0; i < 20; ++i) {  // up to ~100 ms for the kill to land
    if (::waitpid(pid, &st, WNOHANG) == pid) {
      res.exit_status = DecodeStatus(st);
      return res;
    }
    pollfd none{-1, 0, 0};
    ::poll(&none, 0, 5);
  }
  std::lock_guard lk(g_pending_mu);
  g_pending.push_back(pid);  // stuck in D state: reap later
  return res;
}

}  // namespace tempmon::capture
