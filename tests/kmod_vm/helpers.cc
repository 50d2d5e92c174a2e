#include "helpers.h"

#include <fcntl.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <grp.h>

#include <fstream>
#include <stdexcept>
#include <thread>

namespace tmvm {

std::string KmodPath(const std::string& file) {
  const char* dir = std::getenv("TEMPMON_KMOD");
  if (dir == nullptr) throw std::runtime_error("TEMPMON_KMOD unset: run this inside scripts/vmtest");
  return std::string(dir) + "/" + file;
}

int Sh(const std::string& cmd) {
  const int st = std::system(cmd.c_str());
  return WIFEXITED(st) ? WEXITSTATUS(st) : 128;
}

bool ModuleLoaded(const std::string& name) {
  std::ifstream in("/proc/modules");
  std::string line;
  while (std::getline(in, line))
    if (line.rfind(name + " ", 0) == 0) return true;
  return false;
}

Module::Module(const std::string& params, const std::string& ko) {
  if (ModuleLoaded()) Sh("rmmod tempmon");
  const std::string cmd = "insmod " + KmodPath(ko) + " " + params;
  if (Sh(cmd) != 0) throw std::runtime_error("failed: " + cmd);
}

Module::~Module() {
  if (ModuleLoaded()) Sh("rmmod tempmon");
}

Fd::Fd(const char* path, int flags) : fd_(::open(path, flags | O_CLOEXEC)) {
  if (fd_ < 0) throw std::runtime_error(std::string("open ") + path + ": " + std::strerror(errno));
}

Fd::~Fd() { ::close(fd_); }

int IoctlNoArg(int fd, unsigned long cmd) { return ::ioctl(fd, cmd, 0) == 0 ? 0 : errno; }

tempmon_stats Stats(int fd) {
  tempmon_stats st{};
  if (Ioctl(fd, TEMPMON_IOC_GET_STATS, &st) != 0) throw std::runtime_error("GET_STATS failed");
  return st;
}

uint32_t AddSensor(int fd, uint32_t kind, const std::string& name, uint32_t seed, uint32_t load) {
  tempmon_sensor_add a{};
  a.kind = kind;
  std::strncpy(a.name, name.c_str(), sizeof(a.name) - 1);
  a.sim_seed = seed;
  a.sim_load_permille = load;
  const int err = Ioctl(fd, TEMPMON_IOC_ADD_SENSOR, &a);
  if (err != 0) throw std::runtime_error("ADD_SENSOR " + name + ": " + std::strerror(err));
  return a.id;
}

int Push(int fd, const std::vector<tempmon_push_sample>& s, uint32_t* accepted) {
  tempmon_push p{};
  p.samples = reinterpret_cast<uintptr_t>(s.data());
  p.count = static_cast<uint32_t>(s.size());
  const int err = Ioctl(fd, TEMPMON_IOC_PUSH, &p);
  if (accepted != nullptr) *accepted = p.accepted;
  return err;
}

int SetThreshold(int fd, uint32_t sensor, int32_t thr, int32_t hyst) {
  tempmon_threshold t{};
  t.sensor = sensor;
  t.threshold_mc = thr;
  t.hysteresis_mc = hyst;
  return Ioctl(fd, TEMPMON_IOC_SET_THRESHOLD, &t);
}

int SetRate(int fd, uint32_t hz) {
  tempmon_rate r{};
  r.hz = hz;
  return Ioctl(fd, TEMPMON_IOC_SET_RATE, &r);
}

bool WaitFor(const std::function<bool()>& cond, std::chrono::milliseconds timeout) {
  const auto deadline = std::chrono::steady_clock::now() + timeout;
  while (!cond()) {
    if (std::chrono::steady_clock::now() > deadline) return cond();
    std::this_thread::sleep_for(std::chrono::milliseconds(2));
  }
  return true;
}

int AsNobody(const std::function<int()>& fn, const std::vector<gid_t>& groups) {
  const pid_t pid = ::fork();
  if (pid == 0) {
    // Only `groups`: root's own supplementary groups would open a 0640 node.
    if (::setgroups(groups.size(), groups.data()) != 0 || ::setgid(65534) != 0 || ::setuid(65534) != 0)
      _exit(100);
    _exit(fn());
  }
  int st = 0;
  ::waitpid(pid, &st, 0);
  return WIFEXITED(st) ? WEXITSTATUS(st) : 128;
}

}  // namespace tmvm
