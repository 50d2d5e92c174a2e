#include "tempmon/proc/child.h"

#include <fcntl.h>
#include <poll.h>
#include <sched.h>
#include <signal.h>
#include <sys/prctl.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <array>
#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <mutex>

extern char** environ;

namespace tempmon::proc {
namespace {

using Clock = std::chrono::steady_clock;

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

void Pipe(Fd& rd, Fd& wr, const std::string& prog) {
  int fds[2];
  if (::pipe2(fds, O_CLOEXEC) != 0)
    throw SpawnError("cannot start " + prog + ": pipe: " + std::strerror(errno));
  rd.fd = fds[0];
  wr.fd = fds[1];
}

long long MsLeft(Clock::time_point end) {
  return std::max<long long>(
      0, std::chrono::duration_cast<std::chrono::milliseconds>(end - Clock::now()).count());
}

// Waits up to `ms` for the child to exit: on its pidfd, or (a kernel
// without pidfd_open) by looking every 5 ms. True once reaped; false at
// the end of `ms`, or at once when `stop_fd` (if >= 0) becomes readable,
// with *stopped set: a child that closed its output and runs on is still
// the caller's to end.
bool WaitExit(pid_t pid, int pidfd, long long ms, int& st, int stop_fd = -1, bool* stopped = nullptr) {
  const auto end = Clock::now() + std::chrono::milliseconds(ms);
  for (;;) {
    if (::waitpid(pid, &st, WNOHANG) == pid) return true;
    long long left = MsLeft(end);
    if (left == 0) return false;
    std::array<pollfd, 2> p{pollfd{pidfd, POLLIN, 0}, pollfd{stop_fd, POLLIN, 0}};
    if (pidfd < 0) left = std::min<long long>(left, 5);
    if (::poll(p.data(), p.size(), static_cast<int>(left)) > 0 && stop_fd >= 0 &&
        (p[1].revents & (POLLIN | POLLHUP | POLLERR))) {
      if (::waitpid(pid, &st, WNOHANG) == pid) return true;
      if (stopped) *stopped = true;
      return false;
    }
  }
}

// After fork(), before exec: async-signal-safe system calls only.
[[noreturn]] void Child(const char* prog, char* const* argv, char* const* envp, pid_t parent,
                        int out_fd, int err_fd) {
  ::prctl(PR_SET_PDEATHSIG, SIGKILL);
  if (::getppid() != parent) _exit(127);  // the parent died before the line above
  sigset_t none;
  sigemptyset(&none);
  ::sigprocmask(SIG_SETMASK, &none, nullptr);
  // A child is an ordinary task even when its parent runs SCHED_RR
  // (TEMPMON_CAPTURE_PROTECT=sched, the capture unit's CPUSchedulingPolicy):
  // a spinning nvidia-smi must not starve the machine until its deadline.
  sched_param normal{};
  ::sched_setscheduler(0, SCHED_OTHER, &normal);
  int in = ::open("/dev/null", O_RDONLY);
  if (in < 0 || ::dup2(in, 0) < 0 || ::dup2(out_fd, 1) < 0 || ::dup2(err_fd, 2) < 0) _exit(127);
  ::execve(prog, argv, envp);
  _exit(127);
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

Environment InheritedExcept(std::string_view prefix) {
  Environment e;
  for (char** p = environ; p && *p; ++p)
    if (!std::string_view(*p).starts_with(prefix)) e.emplace_back(*p);
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
  // The program is looked up in this process's PATH, whatever the child's
  // environment says; it must be executable before anything is forked.
  const std::string prog = argv[0].find('/') == std::string::npos ? FindInPath(argv[0]) : argv[0];
  if (prog.empty() || ::access(prog.c_str(), X_OK) != 0)
    throw SpawnError("cannot start " + argv[0] + ": " +
                     std::strerror(prog.empty() ? ENOENT : errno) + " (is it installed and in PATH?)");
  Fd out_rd, out_wr, err_rd, err_wr;
  Pipe(out_rd, out_wr, argv[0]);
  if (o.stderr_to == Stderr::kSeparate) Pipe(err_rd, err_wr, argv[0]);
  Fd null_wr(o.stderr_to == Stderr::kDiscard ? ::open("/dev/null", O_WRONLY | O_CLOEXEC) : -1);
  const int child_err = o.stderr_to == Stderr::kMerge    ? out_wr.fd
                        : o.stderr_to == Stderr::kSeparate ? err_wr.fd
                                                           : null_wr.fd;
  if (child_err < 0) throw SpawnError("cannot start " + argv[0] + ": /dev/null: " + std::strerror(errno));

  // Everything the child needs is built before fork(): after it, only
  // system calls (this process has other threads).
  std::vector<char*> args, envp;
  for (const auto& a : argv) args.push_back(const_cast<char*>(a.c_str()));
  args.push_back(nullptr);
  for (const auto& kv : o.env) envp.push_back(const_cast<char*>(kv.c_str()));
  envp.push_back(nullptr);
  const pid_t parent = ::getpid();
  const pid_t pid = ::fork();
  if (pid == 0) Child(prog.c_str(), args.data(), envp.data(), parent, out_wr.fd, child_err);
  if (pid < 0) throw SpawnError("cannot start " + argv[0] + ": fork: " + std::strerror(errno));
  out_wr.Reset();
  err_wr.Reset();
  null_wr.Reset();
  Fd pidfd(static_cast<int>(::syscall(SYS_pidfd_open, pid, 0)));

  Result res;
  const auto end = Clock::now() + o.deadline;
  std::array<Fd*, 2> pipes{&out_rd, &err_rd};
  std::array<std::string*, 2> sinks{&res.out, &res.err};
  char buf[65536];
  // Output until both pipes close (a grandchild may hold them past the
  // child's exit: the deadline still ends it), the deadline, or a stop.
  while (out_rd.fd >= 0 || err_rd.fd >= 0) {
    const long long left = MsLeft(end);
    if (left == 0) {
      res.timed_out = true;
      break;
    }
    std::array<pollfd, 3> p{};
    nfds_t n = 0;
    for (Fd* f : pipes)
      if (f->fd >= 0) p[n++] = {f->fd, POLLIN, 0};
    const nfds_t stop_idx = n;
    if (o.stop_fd >= 0) p[n++] = {o.stop_fd, POLLIN, 0};
    const int rc = ::poll(p.data(), n, static_cast<int>(left));
    if (rc < 0 && errno != EINTR) break;
    if (rc <= 0) continue;
    if (o.stop_fd >= 0 && (p[stop_idx].revents & (POLLIN | POLLHUP | POLLERR))) {
      res.interrupted = true;
      break;
    }
    for (nfds_t i = 0; i < stop_idx; ++i) {
      if (!(p[i].revents & (POLLIN | POLLHUP | POLLERR))) continue;
      const size_t k = p[i].fd == out_rd.fd ? 0 : 1;
      const ssize_t r = ::read(pipes[k]->fd, buf, sizeof buf);
      if (r < 0 && (errno == EINTR || errno == EAGAIN)) continue;
      if (r <= 0) {
        pipes[k]->Reset();
        continue;
      }
      std::string& s = *sinks[k];
      if (s.size() < o.max_output)
        s.append(buf, std::min<size_t>(static_cast<size_t>(r), o.max_output - s.size()));
    }
  }
  int st = 0;
  if (!res.timed_out && !res.interrupted) {
    // The output closed: the exit status until the deadline or a stop.
    bool stopped = false;
    if (WaitExit(pid, pidfd.fd, MsLeft(end), st, o.stop_fd, &stopped)) {
      res.exit_status = DecodeStatus(st);
      return res;
    }
    (stopped ? res.interrupted : res.timed_out) = true;
  }
  ::kill(pid, SIGKILL);
  if (WaitExit(pid, pidfd.fd, 100, st)) {  // ~100 ms for the kill to land
    res.exit_status = DecodeStatus(st);
    return res;
  }
  std::lock_guard lk(g_pending_mu);
  g_pending.push_back(pid);  // stuck in D state: reap later
  return res;
}

}  // namespace tempmon::proc
