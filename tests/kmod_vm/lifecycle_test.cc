// The module must not go away under an open file or a mapping.
#include <fcntl.h>
#include <sys/mman.h>
#include <unistd.h>

#include <catch2/catch_test_macros.hpp>
#include <string>

#include "helpers.h"

using namespace tmvm;

TEST_CASE("rmmod is refused while open or mapped, works after close and munmap", "[lifecycle]") {
  Module mod("ring_records=256 sim_sensors=1");
  int fd = ::open("/dev/tempmon", O_RDONLY);
  REQUIRE(fd >= 0);
  CHECK(Sh("rmmod tempmon 2>/dev/null") != 0);
  CHECK(ModuleLoaded());
  tempmon_info info{};
  REQUIRE(Ioctl(fd, TEMPMON_IOC_GET_INFO, &info) == 0);
  void* m = mmap(nullptr, info.map_size, PROT_READ, MAP_SHARED, fd, 0);
  REQUIRE(m != MAP_FAILED);
  ::close(fd);
  // The mapping alone keeps the file, hence the module.
  CHECK(Sh("rmmod tempmon 2>/dev/null") != 0);
  CHECK(ModuleLoaded());
  const auto* ctrl = static_cast<const tempmon_ctrl*>(m);
  const uint64_t h = ctrl->head;
  CHECK(WaitFor([&] { return ctrl->head > h; }, std::chrono::seconds(10)));
  munmap(m, info.map_size);
  CHECK(Sh("rmmod tempmon") == 0);
  CHECK(!ModuleLoaded());
  CHECK(::access("/dev/tempmon", F_OK) != 0);
}

TEST_CASE("bad module parameters are refused at load with a reason in the log", "[lifecycle][params]") {
  if (ModuleLoaded()) Sh("rmmod tempmon");
  const std::string ko = KmodPath("tempmon.ko");
  for (const char* bad : {"ring_records=100", "ring_records=32", "ring_records=8388608",
                          "rate_hz=0", "rate_hz=10001", "sim_sensors=17"}) {
    INFO(bad);
    CHECK(Sh("insmod " + ko + " " + bad + " 2>/dev/null") != 0);
    CHECK(!ModuleLoaded());
  }
  CHECK(Sh("dmesg | grep -q 'tempmon: ring_records=100: must be a power of two'") == 0);
  CHECK(Sh("dmesg | grep -q 'tempmon: rate_hz=0: must be in 1..10000'") == 0);
  Module ok("ring_records=64 rate_hz=10000");
  CHECK(ModuleLoaded());
}
