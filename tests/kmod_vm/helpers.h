// Helpers for the tests that run inside a test VM against tempmon.ko.
#pragma once

#include <fcntl.h>
#include <sys/ioctl.h>
#include <sys/types.h>

#include <chrono>
#include <cstdint>
#include <functional>
#include <string>
#include <vector>

#include "tempmon.h"

namespace tmvm {

// insmod tempmon.ko with `params` for the lifetime of the object; rmmod
// after. Declare it before any fd or mapping so those go first. `ko`:
// "bench/tempmon.ko" is the benchmark's build (with /dev/tempmon_raw).
class Module {
 public:
  explicit Module(const std::string& params = "", const std::string& ko = "tempmon.ko");
  ~Module();
  Module(const Module&) = delete;
  Module& operator=(const Module&) = delete;
};

// Runs a shell command in the guest; returns its exit status.
int Sh(const std::string& cmd);
bool ModuleLoaded(const std::string& name = "tempmon");
// $TEMPMON_KMOD/<file>.
std::string KmodPath(const std::string& file);

// An fd of /dev/tempmon (closed on destruction).
class Fd {
 public:
  explicit Fd(const char* path = "/dev/tempmon", int flags = O_RDONLY);
  ~Fd();
  Fd(const Fd&) = delete;
  Fd& operator=(const Fd&) = delete;
  int get() const { return fd_; }

 private:
  int fd_;
};

// ioctl returning 0 or the errno.
template <class T>
int Ioctl(int fd, unsigned long cmd, T* arg) {
  return ::ioctl(fd, cmd, arg) == 0 ? 0 : errno;
}
int IoctlNoArg(int fd, unsigned long cmd);

tempmon_stats Stats(int fd);
// ADD_SENSOR; returns the id.
uint32_t AddSensor(int fd, uint32_t kind, const std::string& name, uint32_t seed = 0,
                   uint32_t load = 0);
// PUSH; returns errno (0) and sets *accepted.
int Push(int fd, const std::vector<tempmon_push_sample>& s, uint32_t* accepted = nullptr);
int SetThreshold(int fd, uint32_t sensor, int32_t thr, int32_t hyst);
int SetRate(int fd, uint32_t hz);

// Polls `cond` until true or `timeout` passes; returns the last result.
bool WaitFor(const std::function<bool()>& cond, std::chrono::milliseconds timeout);

// Runs `fn` in a forked child as uid/gid 65534 with only `groups` as its
// supplementary groups; returns the child's exit status.
int AsNobody(const std::function<int()>& fn, const std::vector<gid_t>& groups = {});

}  // namespace tmvm
