#include "tempmon/proc/child.h"

#include <fcntl.h>
#include <poll.h>
#include <sched.h>
#include <signal.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <mutex>

extern char** environ;

namespace tempmon::proc {
namespace {

std::mutex g_pending_mu;
std::vector<pid_t> g_pending;

int DecodeStatus(int st) {
  if (WIFEXITED(st)) return WEXITSTATUS(st);
  if (WIFSIGNALED(st)) return 128 + WTERMSIG(st);
  return -1;
}

struct Fd {
  int fd = -1;
  explicit Fd(int f = -1) : fd(f) {}
  Fd(const Fd&) = delete;
  Fd& operator=(const Fd&) = delete;
  ~Fd() { Reset(); }
  void Reset() {
    if (fd >= 0) ::close(fd);
    fd = -1;
  }
};

void Pause5ms() {
  pollfd none{-1, 0, 0};
  ::poll(&none, 0, 5);  // waiting on a child has no fd before pidfd_open
}

}  // namespace

Environment Inherited() {
  Environment e;
  for (char** p = environ; p && *p; ++p) e.emplace_back(*p);
  return e;
}

Environment Only(std::initializer_list<std::string_view> names) {
  Environment e;
  for (char** p = environ; p && *p; ++p) {
    std::string_view kv(*p);
    auto eq = kv.find('=');
    if (eq == std::string_view::npos) continue;
    if (std::find(names.begin(), names.end(), kv.substr(0, eq)) != names.end()) e.emplace_back(kv);
  }
  return e;
}

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

Result Run(const std::vector<std::string>& argv, const RunOptions& o) {
  if (argv.empty()) throw SpawnError("cannot start a program: empty command line");
  int fds[2];
  if (::pipe2(fds, O_CLOEXEC) != 0)
    throw SpawnError("cannot start " + argv[0] + ": pipe: " + std::strerror(errno));
  Fd rd(fds[0]), wr(fds[1]);

  posix_spawn_file_actions_t fa;
  posix_spawn_file_actions_init(&fa);
  posix_spawn_file_actions_adddup2(&fa, wr.fd, 1);
  posix_spawn_file_actions_addopen(&fa, 0, "/dev/null", O_RDONLY, 0);
  if (o.merge_stderr)
    posix_spawn_file_actions_adddup2(&fa, wr.fd, 2);
  else
    posix_spawn_file_actions_addopen(&fa, 2, "/dev/null", O_WRONLY, 0);
  std::vector<char*> args;
  for (const auto& a : argv) args.push_back(const_cast<char*>(a.c_str()));
  args.push_back(nullptr);
  std::vector<char*> envp;
  for (const auto& kv : o.env) envp.push_back(const_cast<char*>(kv.c_str()));
  envp.push_back(nullptr);
  // A child is an ordinary task even when its parent runs SCHED_RR
  // (TEMPMON_CAPTURE_PROTECT=sched, the capture unit's CPUSchedulingPolicy):
  // a spinning nvidia-smi must not starve the machine until its deadline.
  posix_spawnattr_t attr;
  posix_spawnattr_init(&attr);
  sched_param normal{};
  posix_spawnattr_setschedpolicy(&attr, SCHED_OTHER);
  posix_spawnattr_setschedparam(&attr, &normal);
  posix_spawnattr_setflags(&attr, POSIX_SPAWN_SETSCHEDULER);
  // The program is looked up in this process's PATH, whatever the child's
  // environment says.
  std::string prog = argv[0].find('/') == std::string::npos ? FindInPath(argv[0]) : argv[0];
  pid_t pid;
  int rc = prog.empty() ? ENOENT : ::posix_spawn(&pid, prog.c_str(), &fa, &attr, args.data(), envp.data());
  posix_spawn_file_actions_destroy(&fa);
  posix_spawnattr_destroy(&attr);
  if (rc != 0)
    throw SpawnError("cannot start " + argv[0] + ": " + std::strerror(rc) + " (is it installed and in PATH?)");
  wr.Reset();

  Result res;
  auto end = std::chrono::steady_clock::now() + o.deadline;
  char buf[65536];
  for (;;) {
    auto left = std::chrono::duration_cast<std::chrono::milliseconds>(end - std::chrono::steady_clock::now()).count();
    if (left <= 0) break;
    pollfd p{rd.fd, POLLIN, 0};
    int n = ::poll(&p, 1, static_cast<int>(left));
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) break;
    ssize_t r = ::read(rd.fd, buf, sizeof buf);
    if (r < 0 && errno == EINTR) continue;
    if (r <= 0) break;
    if (res.out.size() < o.max_output)
      res.out.append(buf, std::min<size_t>(static_cast<size_t>(r), o.max_output - res.out.size()));
  }
  // The output closed: give the exit status until the deadline.
  int st = 0;
  for (;;) {
    if (::waitpid(pid, &st, WNOHANG) == pid) {
      res.exit_status = DecodeStatus(st);
      return res;
    }
    if (std::chrono::steady_clock::now() >= end) break;
    Pause5ms();
  }
  res.timed_out = true;
  ::kill(pid, SIGKILL);
  for (int i = 0; i < 20; ++i) {  // up to ~100 ms for the kill to land
    if (::waitpid(pid, &st, WNOHANG) == pid) {
      res.exit_status = DecodeStatus(st);
      return res;
    }
    Pause5ms();
  }
  std::lock_guard lk(g_pending_mu);
  g_pending.push_back(pid);  // stuck in D state: reap later
  return res;
}

}  // namespace tempmon::proc
