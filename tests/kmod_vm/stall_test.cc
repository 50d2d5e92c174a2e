// A starved sampler: the gap shows in timestamps, the sample after it is
// flagged STALL and counted, and the stall auto-freeze keeps exactly
// post_records more records.
#include <pthread.h>
#include <sched.h>

#include <catch2/catch_test_macros.hpp>
#include <chrono>
#include <thread>

#include "helpers.h"
#include "tempmon/ring/device_mapping.h"
#include "tempmon/ring/reader.h"

using namespace tmvm;

namespace {
// Busy-loops at real-time priority on `cpu` for `ms`: nothing of normal
// priority (the sampler kthread included) runs there meanwhile.
void Hog(int cpu, int ms) {
  cpu_set_t set;
  CPU_ZERO(&set);
  CPU_SET(cpu, &set);
  pthread_setaffinity_np(pthread_self(), sizeof(set), &set);
  sched_param sp{};
  sp.sched_priority = 50;
  if (pthread_setschedparam(pthread_self(), SCHED_FIFO, &sp) != 0) return;
  const auto end = std::chrono::steady_clock::now() + std::chrono::milliseconds(ms);
  while (std::chrono::steady_clock::now() < end) {
  }
}
}  // namespace

TEST_CASE("a starved sampler flags STALL and the stall auto-freeze fires", "[stall]") {
  Module mod("ring_records=4096 rate_hz=1000 sim_sensors=1");
  Fd fd("/dev/tempmon");
  tempmon::ring::DeviceMapping m;
  REQUIRE(WaitFor([&] { return m.ctrl()->head > 20; }, std::chrono::seconds(20)));
  tempmon_autofreeze af{TEMPMON_FREEZE_STALL, 5, 0};
  REQUIRE(Ioctl(fd.get(), TEMPMON_IOC_SET_AUTOFREEZE, &af) == 0);
  tempmon::ring::Reader reader(m.view(), tempmon::ring::StartAt::kNow);
  // 1 kHz: a stall is a gap of > 100 ms; starve both guest CPUs for 400 ms.
  std::thread h0(Hog, 0, 400), h1(Hog, 1, 400);
  h0.join();
  h1.join();
  REQUIRE(WaitFor([&] { return m.ctrl()->frozen_by != 0; }, std::chrono::seconds(20)));
  CHECK(m.ctrl()->frozen_by == TEMPMON_FREEZE_STALL);
  std::vector<tempmon_record> recs;
  reader.Poll(recs);
  REQUIRE(!recs.empty());
  size_t stall = recs.size();
  for (size_t i = 0; i < recs.size(); ++i)
    if (recs[i].flags & TEMPMON_F_STALL) {
      stall = i;
      break;
    }
  REQUIRE(stall < recs.size());
  REQUIRE(stall > 0);
  CHECK(recs[stall].ts_ns - recs[stall - 1].ts_ns > TEMPMON_STALL_PERIODS * 1000000ULL);
  CHECK(recs.size() - stall - 1 == 5);  // post_records after the trigger, then frozen
  const tempmon_stats st = Stats(fd.get());
  CHECK(st.sampler_stalls >= 1);
  CHECK(WaitFor([&] { return Stats(fd.get()).dropped_frozen > 0; }, std::chrono::seconds(10)));
  CHECK(Stats(fd.get()).head == st.head);
}
