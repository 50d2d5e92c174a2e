// Bad input must be refused with the documented errno, never crash or
// corrupt the ring.
#include <fcntl.h>
#include <sys/mman.h>
#include <unistd.h>

#include <catch2/catch_test_macros.hpp>
#include <cstring>

#include "helpers.h"
#include "tempmon_sim_model.h"

using namespace tmvm;

TEST_CASE("unknown and malformed ioctls are refused", "[ioctl]") {
  Module mod("ring_records=128");
  Fd fd("/dev/tempmon");
  CHECK(IoctlNoArg(fd.get(), _IO(TEMPMON_IOC_MAGIC, 0x7f)) == ENOTTY);
  CHECK(IoctlNoArg(fd.get(), _IO('x', 0x00)) == ENOTTY);
  // A size that differs from the header's struct is a different command.
  char big[256] = {};
  CHECK(Ioctl(fd.get(), _IOR(TEMPMON_IOC_MAGIC, 0x00, char[200]), big) == ENOTTY);

  CHECK(SetRate(fd.get(), 0) == EINVAL);
  CHECK(SetRate(fd.get(), TEMPMON_RATE_MAX_HZ + 1) == EINVAL);
  tempmon_rate r{500, 1};
  CHECK(Ioctl(fd.get(), TEMPMON_IOC_SET_RATE, &r) == EINVAL);
  CHECK(SetRate(fd.get(), 500) == 0);

  const uint32_t push_id = AddSensor(fd.get(), TEMPMON_SENSOR_PUSH, "p");
  const uint32_t sim_id = AddSensor(fd.get(), TEMPMON_SENSOR_SIM, "s", 1, 0);
  CHECK(SetThreshold(fd.get(), push_id, 50000, -1) == EINVAL);
  CHECK(SetThreshold(fd.get(), 9, 50000, 0) == ENOENT);
  tempmon_threshold t{push_id, 50000, 1000, 7};
  CHECK(Ioctl(fd.get(), TEMPMON_IOC_SET_THRESHOLD, &t) == EINVAL);

  tempmon_autofreeze af{TEMPMON_FREEZE_USER, 0, 0};
  CHECK(Ioctl(fd.get(), TEMPMON_IOC_SET_AUTOFREEZE, &af) == EINVAL);
  af = {TEMPMON_FREEZE_THROTTLE, 128, 0};
  CHECK(Ioctl(fd.get(), TEMPMON_IOC_SET_AUTOFREEZE, &af) == EINVAL);
  af = {TEMPMON_FREEZE_THROTTLE, 10, 1};
  CHECK(Ioctl(fd.get(), TEMPMON_IOC_SET_AUTOFREEZE, &af) == EINVAL);

  tempmon_sensor_add a{};
  a.kind = 9;
  std::strcpy(a.name, "x");
  CHECK(Ioctl(fd.get(), TEMPMON_IOC_ADD_SENSOR, &a) == EINVAL);
  a.kind = TEMPMON_SENSOR_PUSH;
  std::memset(a.name, 'n', sizeof(a.name));  // not NUL-terminated
  CHECK(Ioctl(fd.get(), TEMPMON_IOC_ADD_SENSOR, &a) == EINVAL);
  std::strcpy(a.name, "x");
  a.reserved[1] = 1;
  CHECK(Ioctl(fd.get(), TEMPMON_IOC_ADD_SENSOR, &a) == EINVAL);
  a = {};
  a.kind = TEMPMON_SENSOR_ZONE;
  std::strcpy(a.name, "no-such-zone");
  CHECK(Ioctl(fd.get(), TEMPMON_IOC_ADD_SENSOR, &a) == ENODEV);
  tempmon_sensor_id del{12, 0};
  CHECK(Ioctl(fd.get(), TEMPMON_IOC_DEL_SENSOR, &del) == ENOENT);
  tempmon_sim_load load{push_id, 10, 0, 0};
  CHECK(Ioctl(fd.get(), TEMPMON_IOC_SET_SIM_LOAD, &load) == EINVAL);
  load = {sim_id, 1001, 0, 0};
  CHECK(Ioctl(fd.get(), TEMPMON_IOC_SET_SIM_LOAD, &load) == EINVAL);
  load = {sim_id, 700, 0, 0};
  CHECK(Ioctl(fd.get(), TEMPMON_IOC_SET_SIM_LOAD, &load) == 0);
  tempmon_sensor_query q{};
  q.index = 5;
  CHECK(Ioctl(fd.get(), TEMPMON_IOC_GET_SENSOR, &q) == EINVAL);
  q = {};
  q.index = sim_id;
  REQUIRE(Ioctl(fd.get(), TEMPMON_IOC_GET_SENSOR, &q) == 0);
  CHECK(q.info.sim_load_permille == 700);
}

TEST_CASE("SET_SIM_LOAD sets a simulated sensor's thermal resistance (ABI 2.2)", "[ioctl]") {
  Module mod("ring_records=1024 rate_hz=200");
  Fd fd("/dev/tempmon");
  const uint32_t push_id = AddSensor(fd.get(), TEMPMON_SENSOR_PUSH, "p");
  const uint32_t sim_id = AddSensor(fd.get(), TEMPMON_SENSOR_SIM, "s", 1, 0);
  auto set = [&](uint32_t sensor, uint32_t load, uint32_t flags, uint32_t resist) {
    tempmon_sim_load l{sensor, load, flags, resist};
    return Ioctl(fd.get(), TEMPMON_IOC_SET_SIM_LOAD, &l);
  };
  CHECK(set(sim_id, 500, 0, 1500) == EINVAL);                       // a resistance without its flag
  CHECK(set(sim_id, 500, 1U << 1, 0) == EINVAL);                    // an unknown flag
  CHECK(set(sim_id, 500, 0xffffffffU, 1000) == EINVAL);
  CHECK(set(sim_id, 500, TEMPMON_SIM_SET_RESIST, 0) == EINVAL);
  CHECK(set(sim_id, 500, TEMPMON_SIM_SET_RESIST, TEMPMON_SIM_RESIST_MIN - 1) == EINVAL);
  CHECK(set(sim_id, 500, TEMPMON_SIM_SET_RESIST, TEMPMON_SIM_RESIST_MAX + 1) == EINVAL);
  CHECK(set(sim_id, 500, TEMPMON_SIM_SET_RESIST, 0xffffffffU) == EINVAL);
  CHECK(set(sim_id, 1001, TEMPMON_SIM_SET_RESIST, 1000) == EINVAL);
  CHECK(set(push_id, 500, TEMPMON_SIM_SET_RESIST, 1000) == EINVAL);  // not a simulation
  CHECK(set(9, 500, TEMPMON_SIM_SET_RESIST, 1000) == ENOENT);
  auto last_mc = [&] {
    tempmon_sensor_query q{};
    q.index = sim_id;
    REQUIRE(Ioctl(fd.get(), TEMPMON_IOC_GET_SENSOR, &q) == 0);
    return q.info.last_mc;
  };
  // Full load at the nominal resistance settles at 35 + 60 C; twice the
  // resistance at the same load goes far beyond what the nominal can reach.
  REQUIRE(set(sim_id, 1000, 0, 0) == 0);
  CHECK(WaitFor([&] { return last_mc() > 94000; }, std::chrono::seconds(60)));
  CHECK(last_mc() <= 95000 + TEMPMON_SIM_NOISE_MC);
  REQUIRE(set(sim_id, 1000, TEMPMON_SIM_SET_RESIST, 2000) == 0);
  CHECK(WaitFor([&] { return last_mc() > 150000; }, std::chrono::seconds(60)));
  // A load change without the flag keeps the resistance: 35 + 30 * 2 C.
  REQUIRE(set(sim_id, 500, 0, 0) == 0);
  CHECK(WaitFor([&] { return last_mc() > 93000 && last_mc() < 97000; }, std::chrono::seconds(60)));
  // So does a caller built against ABI 2.1, whose struct had one reserved
  // word (zero) where 2.2 has flags and resist_permille: 35 + 24 * 2 C.
  struct {
    __u32 sensor, load_permille;
    __u64 reserved;
  } v21{sim_id, 400, 0};
  static_assert(sizeof(v21) == sizeof(tempmon_sim_load));
  REQUIRE(Ioctl(fd.get(), TEMPMON_IOC_SET_SIM_LOAD, &v21) == 0);
  CHECK(WaitFor([&] { return last_mc() > 81000 && last_mc() < 85000; }, std::chrono::seconds(60)));
  v21.reserved = 1;  // 2.1 refused a non-zero reserved word; 2.2 needs the resistance with it
  CHECK(Ioctl(fd.get(), TEMPMON_IOC_SET_SIM_LOAD, &v21) == EINVAL);
  REQUIRE(set(sim_id, 500, TEMPMON_SIM_SET_RESIST, TEMPMON_SIM_RESIST_DEFAULT) == 0);
  CHECK(WaitFor([&] { return last_mc() < 66000; }, std::chrono::seconds(60)));
}

TEST_CASE("garbage pushes are refused and leave the ring untouched", "[ioctl][push]") {
  Module mod("ring_records=128");
  Fd fd("/dev/tempmon");
  const uint32_t push_id = AddSensor(fd.get(), TEMPMON_SENSOR_PUSH, "p");
  const uint32_t sim_id = AddSensor(fd.get(), TEMPMON_SENSOR_SIM, "s", 1, 0);
  std::vector<tempmon_push_sample> s(TEMPMON_PUSH_MAX + 1, tempmon_push_sample{0, 40000, uint16_t(push_id), 0});
  tempmon_push p{};
  p.samples = reinterpret_cast<uintptr_t>(s.data());
  p.count = 0;
  CHECK(Ioctl(fd.get(), TEMPMON_IOC_PUSH, &p) == EINVAL);
  p.count = TEMPMON_PUSH_MAX + 1;
  CHECK(Ioctl(fd.get(), TEMPMON_IOC_PUSH, &p) == EINVAL);
  p.count = 0xffffffffU;
  CHECK(Ioctl(fd.get(), TEMPMON_IOC_PUSH, &p) == EINVAL);
  p.count = 1;
  p.reserved = 1;
  CHECK(Ioctl(fd.get(), TEMPMON_IOC_PUSH, &p) == EINVAL);
  p.reserved = 0;
  p.samples = 16;  // unmapped user pointer
  CHECK(Ioctl(fd.get(), TEMPMON_IOC_PUSH, &p) == EFAULT);
  // Not a PUSH sensor / unknown sensor / kernel-only flags.
  CHECK(Push(fd.get(), {{0, 1, uint16_t(sim_id), 0}}) == EINVAL);
  CHECK(Push(fd.get(), {{0, 1, 15, 0}}) == EINVAL);
  CHECK(Push(fd.get(), {{0, 1, 999, 0}}) == EINVAL);
  CHECK(Push(fd.get(), {{0, 1, uint16_t(push_id), TEMPMON_F_THR_START}}) == EINVAL);
  // Only the sim sensor's own samples were written meanwhile.
  const tempmon_stats st = Stats(fd.get());
  CHECK(st.pushes_accepted == 0);
  uint32_t accepted = 0;
  CHECK(Push(fd.get(), {{0, 1, uint16_t(push_id), TEMPMON_F_HW_THROTTLE}}, &accepted) == 0);
  CHECK(accepted == 1);
  CHECK(Stats(fd.get()).pushes_accepted == 1);
}

TEST_CASE("writable, oversized or offset mappings are refused", "[mmap]") {
  Module mod("ring_records=128");
  Fd fd("/dev/tempmon");
  tempmon_info info{};
  REQUIRE(Ioctl(fd.get(), TEMPMON_IOC_GET_INFO, &info) == 0);
  const size_t size = info.map_size;
  errno = 0;
  CHECK(mmap(nullptr, size, PROT_READ | PROT_WRITE, MAP_SHARED, fd.get(), 0) == MAP_FAILED);
  CHECK(errno == EACCES);  // O_RDONLY file: refused by the VFS already
  {
    Fd rw("/dev/tempmon", O_RDWR);  // root may open it read-write
    errno = 0;
    CHECK(mmap(nullptr, size, PROT_READ | PROT_WRITE, MAP_SHARED, rw.get(), 0) == MAP_FAILED);
    CHECK(errno == EPERM);
    void* ro = mmap(nullptr, size, PROT_READ, MAP_SHARED, rw.get(), 0);
    REQUIRE(ro != MAP_FAILED);
    CHECK(mprotect(ro, size, PROT_READ | PROT_WRITE) != 0);  // VM_MAYWRITE cleared
    munmap(ro, size);
  }
  errno = 0;
  CHECK(mmap(nullptr, size + 4096, PROT_READ, MAP_SHARED, fd.get(), 0) == MAP_FAILED);
  CHECK(errno == EINVAL);
  CHECK(mmap(nullptr, size - 4096, PROT_READ, MAP_SHARED, fd.get(), 0) == MAP_FAILED);
  CHECK(errno == EINVAL);
  CHECK(mmap(nullptr, size, PROT_READ, MAP_SHARED, fd.get(), 4096) == MAP_FAILED);
  CHECK(errno == EINVAL);
  void* priv = mmap(nullptr, size, PROT_READ, MAP_PRIVATE, fd.get(), 0);
  REQUIRE(priv != MAP_FAILED);
  CHECK(mprotect(priv, size, PROT_READ | PROT_WRITE) != 0);
  munmap(priv, size);
}

TEST_CASE("an unprivileged user may read but not control", "[ioctl][perm]") {
  // Reading takes the group the module was given (gid=, access_test.cc).
  Module mod("ring_records=128 gid=4242");
  {
    Fd fd("/dev/tempmon");
    AddSensor(fd.get(), TEMPMON_SENSOR_PUSH, "p");
  }
  const int st = AsNobody([] {
    const int fd = ::open("/dev/tempmon", O_RDONLY);
    if (fd < 0) return 1;
    tempmon_info info{};
    if (Ioctl(fd, TEMPMON_IOC_GET_INFO, &info) != 0) return 2;
    tempmon_stats stats{};
    if (Ioctl(fd, TEMPMON_IOC_GET_STATS, &stats) != 0) return 3;
    void* m = mmap(nullptr, info.map_size, PROT_READ, MAP_SHARED, fd, 0);
    if (m == MAP_FAILED) return 4;
    munmap(m, info.map_size);
    if (IoctlNoArg(fd, TEMPMON_IOC_CLEAR) != EPERM) return 5;
    if (IoctlNoArg(fd, TEMPMON_IOC_FREEZE) != EPERM) return 6;
    if (SetRate(fd, 10) != EPERM) return 7;
    if (Push(fd, {{0, 1, 0, 0}}) != EPERM) return 8;
    if (SetThreshold(fd, 0, 1, 0) != EPERM) return 9;
    tempmon_sensor_id del{0, 0};
    if (Ioctl(fd, TEMPMON_IOC_DEL_SENSOR, &del) != EPERM) return 10;
    return 0;
  }, {4242});
  CHECK(st == 0);
  Fd fd("/dev/tempmon");
  CHECK(Stats(fd.get()).pushes_accepted == 0);
  CHECK(Stats(fd.get()).frozen_by == 0);
}
