// kmod_surface_test: a randomised pass over everything user space can do to
// /dev/tempmon, for the debug kernel (lockdep, KASAN, UBSAN, KFENCE,
// DEBUG_OBJECTS, KMEMLEAK): the kernel's checkers find what goes wrong
// inside the module, this program checks what user space sees.
//
//   kmod_surface_test [--seed N] [--seconds S] [--threads T] [--rounds R]
//
// Phase 1 (S seconds): T threads each open and close their own files and
// do random valid and invalid ioctls (every command of uapi/tempmon.h,
// random fields, bad pointers, wrong sizes, unknown numbers), mmap/munmap
// (valid and invalid), read, poll; pusher threads push batches to PUSH
// sensors that the random ioctls may delete under them; one thread tries
// to unload the module all along, which must fail (an anchor file stays
// open). Every result must be one the header documents for that input.
// Phase 2: the mapping alone keeps the module (unload refused), then unload
// succeeds once nothing is open or mapped. Phase 3 (R rounds): load, and
// race openers (open, GET_INFO, mmap, close) against unload attempts.
// Phase 4: an unprivileged holder of an open file gets EPERM for every
// control ioctl. The random-number seed is printed first; --seed N replays the same
// per-thread choices (the interleaving is the scheduler's).
#include <fcntl.h>
#include <poll.h>
#include <sys/mman.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <unistd.h>

#include <atomic>
#include <cerrno>
#include <chrono>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <initializer_list>
#include <iterator>
#include <mutex>
#include <random>
#include <stdexcept>
#include <string>
#include <thread>
#include <vector>

#include "helpers.h"

namespace {

using Clock = std::chrono::steady_clock;

std::mutex g_report_mu;
std::atomic<uint64_t> g_failures{0};

void Fail(const std::string& what) {
  std::lock_guard<std::mutex> lk(g_report_mu);
  if (g_failures.fetch_add(1) < 50) std::fprintf(stderr, "FAIL: %s\n", what.c_str());
}

bool In(int err, std::initializer_list<int> allowed) {
  for (int a : allowed)
    if (a == err) return true;
  return false;
}

std::string Errs(std::initializer_list<int> allowed) {
  std::string s;
  for (int a : allowed) s += (s.empty() ? "" : "|") + std::string(a == 0 ? "0" : strerrorname_np(a));
  return s;
}

void Expect(const char* what, int err, std::initializer_list<int> allowed) {
  if (!In(err, allowed))
    Fail(std::string(what) + ": got " + (err == 0 ? "0" : strerrorname_np(err)) + ", want " + Errs(allowed));
}

long DeleteModule() {
  return ::syscall(SYS_delete_module, "tempmon", O_NONBLOCK) == 0 ? 0 : errno;
}

void LoadModule(const std::string& params) {
  const std::string ko = tmvm::KmodPath("tempmon.ko");
  const int fd = ::open(ko.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) throw std::runtime_error("open " + ko + ": " + std::strerror(errno));
  const long r = ::syscall(SYS_finit_module, fd, params.c_str(), 0);
  const int err = errno;
  ::close(fd);
  if (r != 0) throw std::runtime_error("finit_module " + ko + " " + params + ": " + std::strerror(err));
}

// Pages with a known fault behaviour, for the bad-pointer arguments: a
// PROT_NONE page, and a readable page whose last bytes run into it (an
// argument that starts readable and ends in a fault).
struct BadPages {
  char* base = nullptr;
  static constexpr size_t kPage = 4096;
  BadPages() {
    void* m = ::mmap(nullptr, 3 * kPage, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (m == MAP_FAILED) throw std::runtime_error("mmap of the guard pages failed");
    base = static_cast<char*>(m);
    std::memset(base, 0, 3 * kPage);
    ::mprotect(base + kPage, kPage, PROT_NONE);
    ::mprotect(base + 2 * kPage, kPage, PROT_READ);  // read-only: copy_to_user faults
  }
  ~BadPages() { ::munmap(base, 3 * kPage); }
  void* none() const { return base + kPage; }
  void* straddling(size_t size) const { return base + kPage - size / 2; }
  void* readonly() const { return base + 2 * kPage; }
};

struct Geometry {
  uint64_t capacity = 0;
  uint64_t map_size = 0;
};

// One command with its argument size and whether the module reads the
// argument (_IO commands ignore it).
struct Cmd {
  unsigned long nr;
  const char* name;
  size_t size;
};

const Cmd kCmds[] = {
    {TEMPMON_IOC_GET_INFO, "GET_INFO", sizeof(tempmon_info)},
    {TEMPMON_IOC_GET_STATS, "GET_STATS", sizeof(tempmon_stats)},
    {TEMPMON_IOC_CLEAR, "CLEAR", 0},
    {TEMPMON_IOC_SET_RATE, "SET_RATE", sizeof(tempmon_rate)},
    {TEMPMON_IOC_SET_THRESHOLD, "SET_THRESHOLD", sizeof(tempmon_threshold)},
    {TEMPMON_IOC_FREEZE, "FREEZE", 0},
    {TEMPMON_IOC_THAW, "THAW", 0},
    {TEMPMON_IOC_SET_AUTOFREEZE, "SET_AUTOFREEZE", sizeof(tempmon_autofreeze)},
    {TEMPMON_IOC_PUSH, "PUSH", sizeof(tempmon_push)},
    {TEMPMON_IOC_ADD_SENSOR, "ADD_SENSOR", sizeof(tempmon_sensor_add)},
    {TEMPMON_IOC_DEL_SENSOR, "DEL_SENSOR", sizeof(tempmon_sensor_id)},
    {TEMPMON_IOC_SET_SIM_LOAD, "SET_SIM_LOAD", sizeof(tempmon_sim_load)},
    {TEMPMON_IOC_GET_SENSOR, "GET_SENSOR", sizeof(tempmon_sensor_query)},
    {TEMPMON_IOC_SET_SENSOR_DESC, "SET_SENSOR_DESC", sizeof(tempmon_sensor_describe)},
};

class Fuzzer {
 public:
  Fuzzer(uint64_t seed, const Geometry& g, const BadPages& bad) : rng_(seed), g_(g), bad_(bad) {}

  void Step();
  void CloseAll();

 private:
  struct Map {
    void* addr;
    size_t len;
  };

  uint64_t R(uint64_t n) { return n == 0 ? 0 : rng_() % n; }
  bool Chance(unsigned percent) { return R(100) < percent; }
  // A value that is usually in range and sometimes at or past an edge.
  uint32_t U32(uint32_t lo, uint32_t hi) {
    switch (R(8)) {
      case 0: return lo;
      case 1: return hi;
      case 2: return hi + 1;
      case 3: return static_cast<uint32_t>(rng_());
      default: return lo + static_cast<uint32_t>(R(uint64_t(hi) - lo + 1));
    }
  }
  int Fd();
  void Ioctl(int fd);
  void Mmap(int fd);
  void Read(int fd);
  void Poll(int fd);

  std::mt19937_64 rng_;
  Geometry g_;
  const BadPages& bad_;
  std::vector<int> fds_;
  std::vector<Map> maps_;
};

int Fuzzer::Fd() {
  if (fds_.empty() || (fds_.size() < 4 && Chance(5))) {
    const int fd = ::open("/dev/tempmon", Chance(80) ? O_RDONLY : O_RDWR);
    if (fd < 0) {
      Fail(std::string("open /dev/tempmon: ") + std::strerror(errno));
      return -1;
    }
    fds_.push_back(fd);
  } else if (fds_.size() > 1 && Chance(3)) {
    // Closing a file whose mappings live on: they keep it, and the module.
    const size_t i = R(fds_.size());
    ::close(fds_[i]);
    fds_.erase(fds_.begin() + i);
  }
  return fds_[R(fds_.size())];
}

void Fuzzer::CloseAll() {
  for (const Map& m : maps_) ::munmap(m.addr, m.len);
  maps_.clear();
  for (int fd : fds_) ::close(fd);
  fds_.clear();
}

void Fuzzer::Step() {
  const int fd = Fd();
  if (fd < 0) return;
  const uint64_t what = R(100);
  if (what < 60)
    Ioctl(fd);
  else if (what < 80)
    Mmap(fd);
  else if (what < 92)
    Read(fd);
  else
    Poll(fd);
}

void Fuzzer::Ioctl(int fd) {
  // Unknown commands: another magic, an unused number, or a known number
  // with the wrong size or direction. All ENOTTY, whatever the argument.
  if (Chance(10)) {
    unsigned long cmd;
    const Cmd& k = kCmds[R(std::size(kCmds))];
    switch (R(4)) {
      case 0: cmd = _IOC(_IOC_DIR(k.nr), 'x', _IOC_NR(k.nr), _IOC_SIZE(k.nr)); break;
      case 1: cmd = _IOC(R(4), TEMPMON_IOC_MAGIC, 0x0e + R(0xf0), R(512)); break;
      case 2: cmd = _IOC(_IOC_DIR(k.nr), TEMPMON_IOC_MAGIC, _IOC_NR(k.nr), _IOC_SIZE(k.nr) + 1 + R(64)); break;
      default: cmd = _IOC((_IOC_DIR(k.nr) + 1 + R(3)) & 3, TEMPMON_IOC_MAGIC, _IOC_NR(k.nr), _IOC_SIZE(k.nr)); break;
    }
    char buf[1024] = {};
    void* arg = Chance(50) ? static_cast<void*>(buf) : bad_.none();
    Expect("unknown ioctl", ::ioctl(fd, cmd, arg) == 0 ? 0 : errno, {ENOTTY});
    return;
  }
  const Cmd& k = kCmds[R(std::size(kCmds))];
  // A bad pointer: every command that takes an argument fails with EFAULT
  // (the module copies in whole before acting); _IO commands ignore it.
  if (Chance(8)) {
    void* p;
    switch (R(4)) {
      case 0: p = nullptr; break;
      case 1: p = bad_.none(); break;
      case 2: p = bad_.straddling(k.size); break;
      default: p = reinterpret_cast<void*>(uintptr_t{0xffffffff81000000}); break;
    }
    const int err = ::ioctl(fd, k.nr, p) == 0 ? 0 : errno;
    if (k.size == 0)
      Expect(k.name, err, {0});
    else
      Expect(k.name, err, {EFAULT});
    return;
  }
  const bool reserved = Chance(10);  // a reserved field set: EINVAL
  switch (_IOC_NR(k.nr)) {
    case 0x00: {  // GET_INFO
      if (Chance(10)) {  // a read-only destination: copy_to_user fails
        Expect(k.name, ::ioctl(fd, k.nr, bad_.readonly()) == 0 ? 0 : errno, {EFAULT});
        break;
      }
      tempmon_info info{};
      Expect(k.name, tmvm::Ioctl(fd, k.nr, &info), {0});
      if (info.magic != TEMPMON_MAGIC || info.capacity != g_.capacity || info.map_size != g_.map_size)
        Fail("GET_INFO: geometry changed under load");
      break;
    }
    case 0x01: {  // GET_STATS
      tempmon_stats st{};
      Expect(k.name, tmvm::Ioctl(fd, k.nr, &st), {0});
      if (st.head < st.tail || st.head - st.tail > g_.capacity)
        Fail("GET_STATS: head " + std::to_string(st.head) + " tail " + std::to_string(st.tail));
      break;
    }
    case 0x02: case 0x05: case 0x06:  // CLEAR, FREEZE, THAW
      Expect(k.name, tmvm::IoctlNoArg(fd, k.nr), {0});
      break;
    case 0x03: {  // SET_RATE
      tempmon_rate r{U32(TEMPMON_RATE_MIN_HZ, TEMPMON_RATE_MAX_HZ), reserved ? 1u : 0u};
      const bool ok = !reserved && r.hz >= TEMPMON_RATE_MIN_HZ && r.hz <= TEMPMON_RATE_MAX_HZ;
      Expect(k.name, tmvm::Ioctl(fd, k.nr, &r), {ok ? 0 : EINVAL});
      break;
    }
    case 0x04: {  // SET_THRESHOLD
      tempmon_threshold t{U32(0, TEMPMON_MAX_SENSORS - 1),
                          Chance(20) ? TEMPMON_NO_THRESHOLD : static_cast<int32_t>(R(120000)) - 20000,
                          Chance(10) ? -1 : static_cast<int32_t>(R(5000)), reserved ? 1u : 0u};
      if (reserved || t.hysteresis_mc < 0)
        Expect(k.name, tmvm::Ioctl(fd, k.nr, &t), {EINVAL});
      else if (t.sensor >= TEMPMON_MAX_SENSORS)
        Expect(k.name, tmvm::Ioctl(fd, k.nr, &t), {ENOENT});
      else
        Expect(k.name, tmvm::Ioctl(fd, k.nr, &t), {0, ENOENT});
      break;
    }
    case 0x07: {  // SET_AUTOFREEZE
      tempmon_autofreeze af{static_cast<uint32_t>(R(8)), static_cast<uint32_t>(R(g_.capacity + 2)),
                            reserved ? 1u : 0u};
      const bool ok = !reserved && !(af.triggers & ~(TEMPMON_FREEZE_THROTTLE | TEMPMON_FREEZE_STALL)) &&
                      af.post_records < g_.capacity;
      Expect(k.name, tmvm::Ioctl(fd, k.nr, &af), {ok ? 0 : EINVAL});
      break;
    }
    case 0x08: {  // PUSH, to any slot: most are not PUSH sensors (EINVAL)
      const uint32_t n = Chance(90) ? U32(1, 64) : U32(1, TEMPMON_PUSH_MAX);
      const bool count_ok = n >= 1 && n <= TEMPMON_PUSH_MAX;
      std::vector<tempmon_push_sample> s(count_ok ? n : 1);
      for (auto& x : s)
        x = {Chance(50) ? 0 : rng_(), static_cast<int32_t>(rng_()), static_cast<uint16_t>(R(18)),
             static_cast<uint16_t>(Chance(90) ? (rng_() & TEMPMON_F_USER_MASK) : rng_())};
      tempmon_push p{reinterpret_cast<uintptr_t>(s.data()), n, 0, reserved ? 1u : 0u};
      const bool bad_ptr = Chance(5);
      if (bad_ptr) p.samples = reinterpret_cast<uintptr_t>(bad_.none());
      const int err = tmvm::Ioctl(fd, k.nr, &p);
      if (reserved || !count_ok)
        Expect(k.name, err, {EINVAL});
      else if (bad_ptr)
        Expect(k.name, err, {EFAULT});
      else
        Expect(k.name, err, {0, EINVAL});
      if (p.accepted > n) Fail("PUSH: accepted " + std::to_string(p.accepted) + " of " + std::to_string(n));
      break;
    }
    case 0x09: {  // ADD_SENSOR
      tempmon_sensor_add a{};
      a.kind = static_cast<uint32_t>(R(5));
      const char* names[] = {"fz", "no-such-zone", "tempmon_test", "acpitz"};
      std::strncpy(a.name, names[R(std::size(names))], sizeof(a.name) - 1);
      if (Chance(5)) std::memset(a.name, 'n', sizeof(a.name));  // no NUL
      if (a.kind == TEMPMON_SENSOR_SIM) {
        a.sim_seed = static_cast<uint32_t>(rng_());
        a.sim_load_permille = U32(0, 1000);
      }
      if (reserved) a.reserved[R(2)] = 1;
      const bool bad = reserved || a.kind == 0 || a.kind > 3 || a.name[sizeof(a.name) - 1] != 0 ||
                       a.sim_load_permille > 1000;
      const int err = tmvm::Ioctl(fd, k.nr, &a);
      if (bad)
        Expect(k.name, err, {EINVAL});
      else if (a.kind == TEMPMON_SENSOR_ZONE)
        Expect(k.name, err, {0, ENODEV, ENOSPC});
      else
        Expect(k.name, err, {0, ENOSPC});
      if (err == 0 && a.id >= TEMPMON_MAX_SENSORS) Fail("ADD_SENSOR: id " + std::to_string(a.id));
      break;
    }
    case 0x0a: {  // DEL_SENSOR, rarely: it removes what the pushers use
      if (!Chance(30)) break;
      tempmon_sensor_id s{U32(0, TEMPMON_MAX_SENSORS - 1), reserved ? 1u : 0u};
      if (reserved)
        Expect(k.name, tmvm::Ioctl(fd, k.nr, &s), {EINVAL});
      else if (s.sensor >= TEMPMON_MAX_SENSORS)
        Expect(k.name, tmvm::Ioctl(fd, k.nr, &s), {ENOENT});
      else
        Expect(k.name, tmvm::Ioctl(fd, k.nr, &s), {0, ENOENT});
      break;
    }
    case 0x0b: {  // SET_SIM_LOAD
      // An unknown flag bit is what a reserved word was before ABI 2.2.
      tempmon_sim_load l{U32(0, TEMPMON_MAX_SENSORS - 1), U32(0, 1000), reserved ? 1u << 31 : 0u, 0};
      if (reserved || l.load_permille > 1000)
        Expect(k.name, tmvm::Ioctl(fd, k.nr, &l), {EINVAL});
      else if (l.sensor >= TEMPMON_MAX_SENSORS)
        Expect(k.name, tmvm::Ioctl(fd, k.nr, &l), {ENOENT});
      else
        Expect(k.name, tmvm::Ioctl(fd, k.nr, &l), {0, EINVAL, ENOENT});
      break;
    }
    case 0x0c: {  // GET_SENSOR
      tempmon_sensor_query q{};
      q.index = U32(0, TEMPMON_MAX_SENSORS - 1);
      q.reserved = reserved ? 1 : 0;
      if (reserved || q.index >= TEMPMON_MAX_SENSORS)
        Expect(k.name, tmvm::Ioctl(fd, k.nr, &q), {EINVAL});
      else
        Expect(k.name, tmvm::Ioctl(fd, k.nr, &q), {0, EINVAL});
      break;
    }
    case 0x0d: {  // SET_SENSOR_DESC
      tempmon_sensor_describe d{};
      d.sensor = U32(0, TEMPMON_MAX_SENSORS - 1);
      d.reserved = reserved ? 1 : 0;
      d.desc.origin = static_cast<uint16_t>(R(TEMPMON_ORIGIN_MAX + 2));
      d.desc.unit = static_cast<uint16_t>(R(TEMPMON_UNIT_MAX + 2));
      d.desc.shutdown_mc = static_cast<int32_t>(rng_());
      d.desc.max_op_mc = TEMPMON_NO_THRESHOLD;
      std::strncpy(d.desc.model, "fuzz", sizeof(d.desc.model) - 1);
      if (Chance(5)) std::memset(d.desc.uuid, 'u', sizeof(d.desc.uuid));  // no NUL
      // Malformed whatever the sensor: origin SIM is not (ABI 2.2 lets a
      // SIM sensor be described with it; on any other sensor it is EINVAL).
      const bool bad = reserved || d.desc.unit > TEMPMON_UNIT_MAX || d.desc.origin == TEMPMON_ORIGIN_ZONE ||
                       d.desc.origin > TEMPMON_ORIGIN_MAX || d.desc.uuid[sizeof(d.desc.uuid) - 1] != 0;
      if (bad)
        Expect(k.name, tmvm::Ioctl(fd, k.nr, &d), {EINVAL});
      else if (d.sensor >= TEMPMON_MAX_SENSORS)
        Expect(k.name, tmvm::Ioctl(fd, k.nr, &d), {ENOENT});
      else
        Expect(k.name, tmvm::Ioctl(fd, k.nr, &d), {0, EINVAL, ENOENT});
      break;
    }
    default:
      Fail(std::string("no case for ") + k.name);
  }
}

void Fuzzer::Mmap(int fd) {
  if (!maps_.empty() && Chance(45)) {
    const size_t i = R(maps_.size());
    Map m = maps_[i];
    maps_.erase(maps_.begin() + i);
    if (Chance(20) && m.len > BadPages::kPage) {
      // Unmap the control page first, then the rest: a split mapping.
      if (::munmap(m.addr, BadPages::kPage) != 0) Fail("partial munmap failed");
      ::munmap(static_cast<char*>(m.addr) + BadPages::kPage, m.len - BadPages::kPage);
    } else if (::munmap(m.addr, m.len) != 0) {
      Fail(std::string("munmap: ") + std::strerror(errno));
    }
    return;
  }
  const uint64_t kind = R(10);
  if (kind < 6 && maps_.size() < 4) {
    // MAP_PRIVATE is not what the header documents (MAP_SHARED): either
    // outcome is fine, but a mapping it gives must read right.
    const bool priv = Chance(10);
    void* a = ::mmap(nullptr, g_.map_size, PROT_READ, priv ? MAP_PRIVATE : MAP_SHARED, fd, 0);
    if (a == MAP_FAILED) {
      if (!priv) Fail(std::string("valid mmap: ") + std::strerror(errno));
      return;
    }
    const auto* c = static_cast<const volatile tempmon_ctrl*>(a);
    if (c->magic != TEMPMON_MAGIC) Fail("mapped ctrl has no magic");
    // Touch a random record page: the fault path of the vmalloc'ed ring.
    const auto* recs = reinterpret_cast<const volatile tempmon_record*>(static_cast<char*>(a) + c->data_offset);
    (void)recs[R(g_.capacity)].seq;
    if (Chance(20)) {
      if (::mprotect(a, g_.map_size, PROT_READ | PROT_WRITE) == 0) Fail("mprotect(PROT_WRITE) of the ring succeeded");
      void* b = ::mremap(a, g_.map_size, g_.map_size + BadPages::kPage, 0);
      if (b != MAP_FAILED) Fail("mremap grew the ring mapping in place");
    }
    maps_.push_back({a, g_.map_size});
    return;
  }
  // Invalid: a wrong length, an offset, or writable.
  size_t len = g_.map_size;
  off_t off = 0;
  int prot = PROT_READ;
  int want;
  switch (R(3)) {
    case 0: len = Chance(50) ? g_.map_size - BadPages::kPage : g_.map_size + BadPages::kPage; want = EINVAL; break;
    case 1: off = static_cast<off_t>(BadPages::kPage * (1 + R(4))); want = EINVAL; break;
    default: prot |= PROT_WRITE; want = -1; break;
  }
  void* a = ::mmap(nullptr, len, prot, MAP_SHARED, fd, off);
  if (a != MAP_FAILED) {
    Fail("invalid mmap succeeded (len " + std::to_string(len) + " off " + std::to_string(off) + ")");
    ::munmap(a, len);
  } else if (want == -1) {
    Expect("mmap PROT_WRITE", errno, {EACCES, EPERM});
  } else {
    Expect("mmap bad geometry", errno, {want});
  }
}

void Fuzzer::Read(int fd) {
  char buf[4096];
  const size_t len = R(sizeof(buf) + 1);
  const off_t off = Chance(70) ? 0 : static_cast<off_t>(R(3000));
  if (Chance(10)) {
    const ssize_t n = ::pread(fd, bad_.readonly(), len ? len : 1, 0);
    Expect("read to a read-only buffer", n < 0 ? errno : 0, {EFAULT});
    return;
  }
  const ssize_t n = ::pread(fd, buf, len, off);
  if (n < 0) {
    Fail(std::string("read: ") + std::strerror(errno));
  } else if (off == 0 && len >= 2048 && n > 0 && std::string(buf, n).find("buffered ") == std::string::npos) {
    Fail("read: no summary line in " + std::string(buf, n));
  }
}

void Fuzzer::Poll(int fd) {
  pollfd p{fd, static_cast<short>(POLLIN | POLLPRI), 0};
  const int r = ::poll(&p, 1, static_cast<int>(R(3)));
  if (r < 0) Fail(std::string("poll: ") + std::strerror(errno));
  if (r > 0 && (p.revents & ~(POLLIN | POLLPRI | POLLRDNORM))) Fail("poll: revents " + std::to_string(p.revents));
}

uint64_t ParseU64(const char* s, const char* opt) {
  char* end = nullptr;
  errno = 0;
  const unsigned long long v = std::strtoull(s, &end, 0);
  if (errno != 0 || end == s || *end != '\0') {
    std::fprintf(stderr, "kmod_surface_test: %s wants a number, not '%s'\n", opt, s);
    std::exit(2);
  }
  return v;
}

Geometry GetGeometry() {
  tmvm::Fd fd;
  tempmon_info info{};
  if (tmvm::Ioctl(fd.get(), TEMPMON_IOC_GET_INFO, &info) != 0) throw std::runtime_error("GET_INFO failed");
  return {info.capacity, info.map_size};
}

// Phase 1: the random pass with concurrent pushers and unload attempts.
void Chaos(uint64_t seed, int threads, int seconds) {
  const Geometry g = GetGeometry();
  const BadPages bad;
  tmvm::Fd anchor;  // the module must stay however the others churn
  std::vector<uint16_t> push_ids;
  for (int p = 0; p < 3; ++p)
    push_ids.push_back(static_cast<uint16_t>(tmvm::AddSensor(anchor.get(), TEMPMON_SENSOR_PUSH, "push" + std::to_string(p))));

  const auto deadline = Clock::now() + std::chrono::seconds(seconds);
  std::atomic<uint64_t> steps{0}, pushed{0}, unload_tries{0};
  std::vector<std::thread> ts;
  for (int t = 0; t < threads; ++t) {
    ts.emplace_back([&, t] {
      Fuzzer f(seed + 1000 + t, g, bad);
      uint64_t n = 0;
      while (Clock::now() < deadline) {
        f.Step();
        ++n;
      }
      f.CloseAll();
      steps += n;
    });
  }
  for (int p = 0; p < 2; ++p) {
    ts.emplace_back([&, p] {
      std::mt19937_64 rng(seed + 2000 + p);
      tmvm::Fd fd;
      int32_t temp = 40000;
      while (Clock::now() < deadline) {
        std::vector<tempmon_push_sample> batch(1 + rng() % 256);
        for (auto& s : batch) {
          temp += static_cast<int32_t>(rng() % 2001) - 1000;
          s = {0, temp, push_ids[rng() % push_ids.size()], static_cast<uint16_t>(rng() & TEMPMON_F_USER_MASK)};
        }
        uint32_t acc = 0;
        // EINVAL: a random DEL_SENSOR took a pusher's sensor away.
        Expect("pusher PUSH", tmvm::Push(fd.get(), batch, &acc), {0, EINVAL});
        if (acc > batch.size()) Fail("pusher: accepted more than pushed");
        pushed += acc;
      }
    });
  }
  ts.emplace_back([&] {
    while (Clock::now() < deadline) {
      Expect("delete_module while open", static_cast<int>(DeleteModule()), {EWOULDBLOCK, EBUSY});
      ++unload_tries;
      std::this_thread::yield();
    }
  });
  for (auto& th : ts) th.join();
  std::printf("chaos: %llu random operations, %llu samples pushed, %llu unload attempts refused\n",
              static_cast<unsigned long long>(steps.load()), static_cast<unsigned long long>(pushed.load()),
              static_cast<unsigned long long>(unload_tries.load()));
  tempmon_stats st = tmvm::Stats(anchor.get());
  if (st.written != st.head) Fail("written != head after the chaos");
  if (steps.load() == 0) Fail("the random pass did nothing");
}

// Phase 2: a mapping without a file keeps the module; nothing keeps it
// after munmap.
void UnloadWhileMapped(const Geometry& g) {
  void* m;
  {
    tmvm::Fd fd;
    m = ::mmap(nullptr, g.map_size, PROT_READ, MAP_SHARED, fd.get(), 0);
    if (m == MAP_FAILED) throw std::runtime_error("mmap for the unload check failed");
  }
  Expect("delete_module while mapped", static_cast<int>(DeleteModule()), {EWOULDBLOCK, EBUSY});
  const auto* c = static_cast<const volatile tempmon_ctrl*>(m);
  if (c->magic != TEMPMON_MAGIC) Fail("the mapping lost its magic");
  ::munmap(m, g.map_size);
  Expect("delete_module after munmap and close", static_cast<int>(DeleteModule()), {0});
  if (tmvm::ModuleLoaded()) Fail("tempmon still loaded after a successful unload");
}

// Phase 3: openers against unload attempts. Each opener does a fixed
// number of open/GET_INFO/(mmap)/close cycles while the main thread tries
// to unload without pause; an open file keeps the module, and once the
// unload wins, open finds no device. When every opener is done nothing
// holds the module, so the unload must succeed at once if it has not yet.
void UnloadRace(uint64_t seed, int rounds, const std::string& params) {
  constexpr int kOpeners = 3;
  constexpr int kCycles = 300;
  for (int r = 0; r < rounds; ++r) {
    LoadModule(params);
    std::atomic<int> running{kOpeners};
    std::atomic<uint64_t> opened{0};
    std::vector<std::thread> ts;
    for (int t = 0; t < kOpeners; ++t) {
      ts.emplace_back([&, t] {
        std::mt19937_64 rng(seed + 3000 + r * 16 + t);
        for (int c = 0; c < kCycles; ++c) {
          const int fd = ::open("/dev/tempmon", O_RDONLY | O_CLOEXEC);
          if (fd < 0) {
            Expect("open racing unload", errno, {ENOENT, ENXIO, ENODEV});
            continue;
          }
          ++opened;
          tempmon_info info{};
          Expect("GET_INFO on a file open across unload attempts", tmvm::Ioctl(fd, TEMPMON_IOC_GET_INFO, &info), {0});
          void* m = MAP_FAILED;
          if (rng() % 2 && info.map_size != 0) {
            m = ::mmap(nullptr, info.map_size, PROT_READ, MAP_SHARED, fd, 0);
            if (m == MAP_FAILED) Fail("mmap on a file open across unload attempts");
            else if (static_cast<const volatile tempmon_ctrl*>(m)->magic != TEMPMON_MAGIC) Fail("race: no magic");
          }
          if (m != MAP_FAILED && rng() % 2) {  // the mapping outlives the file
            ::close(fd);
            ::munmap(m, info.map_size);
          } else {
            if (m != MAP_FAILED) ::munmap(m, info.map_size);
            ::close(fd);
          }
        }
        --running;
      });
    }
    // Unload attempts start once an opener has a file: before that they
    // would win at once against threads not yet running.
    while (opened.load() == 0 && running.load() > 0) std::this_thread::yield();
    uint64_t refused = 0;
    bool during = false;
    while (running.load() > 0) {
      const long err = DeleteModule();
      if (err == 0) {
        during = true;
        break;
      }
      Expect("delete_module racing openers", static_cast<int>(err), {EWOULDBLOCK, EBUSY});
      ++refused;
      std::this_thread::yield();
    }
    for (auto& th : ts) th.join();
    if (!during) Expect("delete_module once the openers are done", static_cast<int>(DeleteModule()), {0});
    std::printf("unload race %d: %s after %llu refusals, %llu opens\n", r,
                during ? "unloaded while opening" : "unloaded after the openers",
                static_cast<unsigned long long>(refused), static_cast<unsigned long long>(opened.load()));
    if (tmvm::ModuleLoaded()) {
      Fail("unload race: module still loaded");
      return;
    }
  }
}

// Phase 4: an open file handed to an unprivileged process.
void Unprivileged(const Geometry& g) {
  tmvm::Fd fd;
  const int status = tmvm::AsNobody([&] {
    int bad = 0;
    for (const Cmd& k : kCmds) {
      char buf[1024] = {};
      const int err = ::ioctl(fd.get(), k.nr, buf) == 0 ? 0 : errno;
      const bool get = k.nr == TEMPMON_IOC_GET_INFO || k.nr == TEMPMON_IOC_GET_STATS ||
                       k.nr == TEMPMON_IOC_GET_SENSOR;
      if (get ? (err != 0 && err != EINVAL) : err != EPERM) {
        std::fprintf(stderr, "FAIL: unprivileged %s: %s\n", k.name, err ? strerrorname_np(err) : "0");
        ++bad;
      }
    }
    void* m = ::mmap(nullptr, g.map_size, PROT_READ, MAP_SHARED, fd.get(), 0);
    if (m == MAP_FAILED) {
      std::fprintf(stderr, "FAIL: unprivileged mmap: %s\n", std::strerror(errno));
      ++bad;
    } else {
      ::munmap(m, g.map_size);
    }
    return bad == 0 ? 0 : 1;
  });
  if (status != 0) Fail("unprivileged checks (status " + std::to_string(status) + ")");
}

}  // namespace

int main(int argc, char** argv) {
  // A fixed default: each run repeats the last unless told otherwise.
  uint64_t seed = 0x7e3b0c1d5a;
  uint64_t seconds = 60, threads = 4, rounds = 5;
  for (int i = 1; i < argc; ++i) {
    const std::string a = argv[i];
    if (a == "-h" || a == "--help") {
      std::printf("usage: kmod_surface_test [--seed N] [--seconds S] [--threads T] [--rounds R]\n"
                  "Run inside scripts/vmtest as root; loads and unloads $TEMPMON_KMOD/tempmon.ko.\n");
      return 0;
    }
    if (i + 1 >= argc) {
      std::fprintf(stderr, "kmod_surface_test: %s needs a value (see --help)\n", a.c_str());
      return 2;
    }
    const uint64_t v = ParseU64(argv[++i], a.c_str());
    if (a == "--seed") seed = v;
    else if (a == "--seconds") seconds = v;
    else if (a == "--threads") threads = v;
    else if (a == "--rounds") rounds = v;
    else {
      std::fprintf(stderr, "kmod_surface_test: unknown option '%s' (see --help)\n", a.c_str());
      return 2;
    }
  }
  if (threads < 1 || threads > 64 || seconds < 1 || seconds > 3600) {
    std::fprintf(stderr, "kmod_surface_test: --threads wants 1..64 and --seconds 1..3600\n");
    return 2;
  }
  std::setvbuf(stdout, nullptr, _IOLBF, 0);
  std::printf("kmod_surface_test: seed 0x%llx, %llu s, %llu threads, %llu unload rounds\n",
              static_cast<unsigned long long>(seed), static_cast<unsigned long long>(seconds),
              static_cast<unsigned long long>(threads), static_cast<unsigned long long>(rounds));
  std::fflush(stdout);
  try {
    // Small ring: the random pass wraps it constantly. One simulated sensor
    // so the sampler writes too.
    const std::string params = "ring_records=256 rate_hz=1000 sim_sensors=1";
    if (tmvm::ModuleLoaded() && DeleteModule() != 0) throw std::runtime_error("a tempmon is loaded and busy");
    LoadModule(params);
    const Geometry g = GetGeometry();
    Chaos(seed, static_cast<int>(threads), static_cast<int>(seconds));
    Unprivileged(g);
    UnloadWhileMapped(g);
    UnloadRace(seed, static_cast<int>(rounds), params);
  } catch (const std::exception& e) {
    Fail(e.what());
  }
  if (tmvm::ModuleLoaded()) DeleteModule();
  const uint64_t f = g_failures.load();
  std::printf("kmod_surface_test: %s (%llu failures; seed 0x%llx)\n", f ? "FAILED" : "passed",
              static_cast<unsigned long long>(f), static_cast<unsigned long long>(seed));
  return f ? 1 : 0;
}
