// The module's simulated zones as devices whose cooling can degrade, for
// the cooling-health VM test (vm_cooling.sh). Runs inside the guest as root.
//
//   capture_sim_cooling run NAME...
//     gives each SIM sensor NAME an identity (model "tempmon sim", location
//     "tempmon-sim/NAME") and a PUSH companion "NAME.power_w" in W with the
//     same identity, so the capture's cooling model pairs them as one device;
//     prints "ready", then publishes each one's power, the model's
//     load-proportional watts (tempmon_sim_model.h), ten times a second until
//     SIGTERM or SIGINT.
//   capture_sim_cooling set NAME LOAD_PERMILLE [RESIST_PERMILLE]
//     sets the simulated load and, if given, the thermal resistance.
#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <sys/ioctl.h>
#include <sys/signalfd.h>
#include <sys/timerfd.h>
#include <unistd.h>

#include <cerrno>
#include <cstdint>
#include <cstdio>
#include <cstring>
#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

#include "tempmon/sys/unique_fd.h"
#include "tempmon_sim_model.h"
#include "tempmon.h"

namespace {

using tempmon::sys::UniqueFd;

constexpr char kModel[] = "tempmon sim";

void Ioctl(int fd, unsigned long cmd, void* arg, const std::string& what) {
  if (::ioctl(fd, cmd, arg) != 0) throw std::runtime_error(what + ": " + std::strerror(errno));
}

tempmon_sensor_info Sensor(int fd, uint32_t i) {
  tempmon_sensor_query q{};
  q.index = i;
  Ioctl(fd, TEMPMON_IOC_GET_SENSOR, &q, "GET_SENSOR " + std::to_string(i));
  return q.info;
}

std::optional<uint32_t> Find(int fd, const std::string& name, uint16_t kind) {
  for (uint32_t i = 0; i < TEMPMON_MAX_SENSORS; ++i) {
    tempmon_sensor_query q{};
    q.index = i;
    if (::ioctl(fd, TEMPMON_IOC_GET_SENSOR, &q) != 0) break;  // past the table's end
    if (q.info.kind == kind && name == q.info.name) return i;
  }
  return std::nullopt;
}

void Copy(char* dst, size_t size, const std::string& s) {
  if (s.size() >= size) throw std::runtime_error("too long for the ABI: " + s);
  std::memcpy(dst, s.c_str(), s.size() + 1);
}

void Describe(int fd, uint32_t sensor, uint16_t origin, uint16_t unit, const std::string& location) {
  tempmon_sensor_describe d{};
  d.sensor = sensor;
  d.desc.origin = origin;
  d.desc.unit = unit;
  d.desc.shutdown_mc = TEMPMON_NO_THRESHOLD;
  d.desc.max_op_mc = TEMPMON_NO_THRESHOLD;
  Copy(d.desc.model, sizeof(d.desc.model), kModel);
  Copy(d.desc.location, sizeof(d.desc.location), location);
  Ioctl(fd, TEMPMON_IOC_SET_SENSOR_DESC, &d, "SET_SENSOR_DESC " + std::to_string(sensor));
}

struct Device {
  uint32_t sim, power;
};

int Run(int fd, const std::vector<std::string>& names) {
  tempmon_info info{};
  Ioctl(fd, TEMPMON_IOC_GET_INFO, &info, "GET_INFO");
  if (info.abi_major != TEMPMON_ABI_MAJOR || info.abi_minor < 2)
    throw std::runtime_error("the module speaks ABI " + std::to_string(info.abi_major) + "." +
                             std::to_string(info.abi_minor) + ": a SIM sensor's identity needs 2.2");
  std::vector<Device> devs;
  for (const std::string& n : names) {
    const auto sim = Find(fd, n, TEMPMON_SENSOR_SIM);
    if (!sim) throw std::runtime_error("no SIM sensor " + n);
    const std::string location = "tempmon-sim/" + n;
    Describe(fd, *sim, TEMPMON_ORIGIN_SIM, TEMPMON_UNIT_CELSIUS, location);
    tempmon_sensor_add a{};
    a.kind = TEMPMON_SENSOR_PUSH;
    Copy(a.name, sizeof(a.name), n + ".power_w");
    Ioctl(fd, TEMPMON_IOC_ADD_SENSOR, &a, "ADD_SENSOR " + n + ".power_w");
    Describe(fd, a.id, TEMPMON_ORIGIN_PUSH, TEMPMON_UNIT_WATT, location);
    devs.push_back({*sim, a.id});
  }
  sigset_t stop;
  sigemptyset(&stop);
  sigaddset(&stop, SIGTERM);
  sigaddset(&stop, SIGINT);
  if (sigprocmask(SIG_BLOCK, &stop, nullptr) != 0) throw std::runtime_error("sigprocmask");
  UniqueFd sig(::signalfd(-1, &stop, SFD_CLOEXEC));
  UniqueFd timer(::timerfd_create(CLOCK_MONOTONIC, TFD_CLOEXEC));
  if (!sig || !timer) throw std::runtime_error(std::string("signalfd/timerfd: ") + std::strerror(errno));
  const itimerspec every{{0, 100'000'000}, {0, 1}};
  if (::timerfd_settime(timer.get(), 0, &every, nullptr) != 0) throw std::runtime_error("timerfd_settime");
  std::printf("ready\n");
  std::fflush(stdout);
  for (;;) {
    pollfd fds[2] = {{sig.get(), POLLIN, 0}, {timer.get(), POLLIN, 0}};
    if (::poll(fds, 2, -1) < 0) {
      if (errno == EINTR) continue;
      throw std::runtime_error(std::string("poll: ") + std::strerror(errno));
    }
    if (fds[0].revents) return 0;  // SIGTERM or SIGINT
    uint64_t ticks = 0;
    if (::read(timer.get(), &ticks, sizeof(ticks)) != sizeof(ticks)) continue;
    std::vector<tempmon_push_sample> s;
    for (const Device& d : devs) {
      tempmon_sim_state model{};
      model.load_permille = Sensor(fd, d.sim).sim_load_permille;
      s.push_back({0, static_cast<int32_t>(tempmon_sim_power_mw(&model)), static_cast<uint16_t>(d.power), 0});
    }
    tempmon_push p{};
    p.samples = reinterpret_cast<uintptr_t>(s.data());
    p.count = static_cast<uint32_t>(s.size());
    Ioctl(fd, TEMPMON_IOC_PUSH, &p, "PUSH");
  }
}

uint32_t Number(const char* s, uint32_t max) {
  char* end = nullptr;
  errno = 0;
  const unsigned long v = std::strtoul(s, &end, 10);
  if (errno || end == s || *end || v > max) throw std::runtime_error(std::string("bad number: ") + s);
  return static_cast<uint32_t>(v);
}

}  // namespace

int main(int argc, char** argv) {
  try {
    if (argc < 3) throw std::runtime_error("usage: capture_sim_cooling run NAME... | set NAME LOAD [RESIST]");
    UniqueFd fd(::open("/dev/tempmon", O_RDWR | O_CLOEXEC));
    if (!fd) throw std::runtime_error(std::string("/dev/tempmon: ") + std::strerror(errno));
    const std::string cmd = argv[1];
    if (cmd == "run") return Run(fd.get(), std::vector<std::string>(argv + 2, argv + argc));
    if (cmd == "set" && (argc == 4 || argc == 5)) {
      const auto sim = Find(fd.get(), argv[2], TEMPMON_SENSOR_SIM);
      if (!sim) throw std::runtime_error(std::string("no SIM sensor ") + argv[2]);
      tempmon_sim_load l{*sim, Number(argv[3], 1000), 0, 0};
      if (argc == 5) {
        l.flags = TEMPMON_SIM_SET_RESIST;
        l.resist_permille = Number(argv[4], TEMPMON_SIM_RESIST_MAX);
      }
      Ioctl(fd.get(), TEMPMON_IOC_SET_SIM_LOAD, &l, "SET_SIM_LOAD");
      return 0;
    }
    throw std::runtime_error("unknown command " + cmd);
  } catch (const std::exception& e) {
    std::fprintf(stderr, "capture_sim_cooling: %s\n", e.what());
    return 1;
  }
}
