// Overwrite accounting, throttle episodes, poll() and freezing.
#include <poll.h>
#include <atomic>
#include <thread>
#include <unistd.h>

#include <catch2/catch_test_macros.hpp>
#include <fstream>
#include <sstream>

#include "helpers.h"
#include "tempmon/ring/device_mapping.h"
#include "tempmon/ring/reader.h"

using namespace tmvm;
using tempmon::ring::DeviceMapping;
using tempmon::ring::Reader;

namespace {
std::vector<tempmon_push_sample> Ramp(uint16_t sensor, int32_t from, int n) {
  std::vector<tempmon_push_sample> v;
  for (int i = 0; i < n; ++i) v.push_back({0, from + i, sensor, 0});
  return v;
}
short PollNow(int fd) {
  pollfd p{fd, POLLIN | POLLPRI, 0};
  return ::poll(&p, 1, 0) == 1 ? p.revents : 0;
}
}  // namespace

TEST_CASE("a small ring overwrites the oldest and counts exactly what was lost", "[overwrite]") {
  Module mod("ring_records=64");
  Fd fd("/dev/tempmon");
  DeviceMapping m;
  const auto id = static_cast<uint16_t>(AddSensor(fd.get(), TEMPMON_SENSOR_PUSH, "p"));
  Reader reader(m.view());
  REQUIRE(Push(fd.get(), Ramp(id, 0, 1000)) == 0);
  const tempmon_stats st = Stats(fd.get());
  CHECK(st.head == 1000);
  CHECK(st.written == 1000);
  CHECK(st.tail == 1000 - 64);
  CHECK(st.overwritten == 1000 - 64);
  std::vector<tempmon_record> recs;
  reader.Poll(recs);
  CHECK(reader.stats().lost == 936);
  REQUIRE(recs.size() == 64);
  for (size_t i = 0; i < recs.size(); ++i) CHECK(recs[i].temp_mc == int32_t(936 + i));
  // Snapshot of the newest 10, without moving the cursor.
  const auto snap = reader.Snapshot(10);
  REQUIRE(snap.size() == 10);
  CHECK(snap.back().temp_mc == 999);
  // CLEAR moves tail only: indices keep counting.
  REQUIRE(IoctlNoArg(fd.get(), TEMPMON_IOC_CLEAR) == 0);
  CHECK(m.ctrl()->tail == 1000);
  CHECK(m.ctrl()->clear_gen == 1);
  REQUIRE(Push(fd.get(), Ramp(id, 5000, 3)) == 0);
  recs.clear();
  reader.Poll(recs);
  REQUIRE(recs.size() == 3);
  CHECK(recs[0].seq == 1001);
  CHECK(Stats(fd.get()).overwritten == 936);
}

TEST_CASE("the sampler at a high rate overwrites and the counters agree", "[overwrite]") {
  Module mod("ring_records=64 rate_hz=10000 sim_sensors=2");
  Fd fd("/dev/tempmon");
  REQUIRE(WaitFor([&] { return Stats(fd.get()).written > 500; }, std::chrono::seconds(30)));
  REQUIRE(IoctlNoArg(fd.get(), TEMPMON_IOC_FREEZE) == 0);
  const tempmon_stats st = Stats(fd.get());
  CHECK(st.frozen_by == TEMPMON_FREEZE_USER);
  CHECK(st.head == st.written);
  CHECK(st.head - st.tail == 64);
  CHECK(st.overwritten == st.written - 64);
}

TEST_CASE("throttle episodes: flags, POLLPRI, tracepoint and auto-freeze", "[throttle]") {
  Module mod("ring_records=256");
  Fd fd("/dev/tempmon");
  DeviceMapping m;
  const auto id = static_cast<uint16_t>(AddSensor(fd.get(), TEMPMON_SENSOR_PUSH, "gpu"));
  REQUIRE(SetThreshold(fd.get(), id, 80000, 5000) == 0);
  REQUIRE(tmvm::Sh("echo 1 > /sys/kernel/tracing/events/tempmon/tempmon_throttle/enable") == 0);
  tempmon_autofreeze af{TEMPMON_FREEZE_THROTTLE, 10, 0};
  REQUIRE(Ioctl(fd.get(), TEMPMON_IOC_SET_AUTOFREEZE, &af) == 0);
  Reader reader(m.view());
  CHECK(PollNow(m.fd()) == 0);

  REQUIRE(Push(fd.get(), {{0, 70000, id, 0}, {0, 80000, id, 0}, {0, 76000, id, 0}}) == 0);
  short ev = PollNow(m.fd());
  CHECK((ev & POLLIN) != 0);
  CHECK((ev & POLLPRI) != 0);
  CHECK(PollNow(m.fd()) == 0);  // consumed
  std::vector<tempmon_record> recs;
  reader.Poll(recs);
  REQUIRE(recs.size() == 3);
  CHECK((recs[0].flags & TEMPMON_F_THROTTLING) == 0);
  CHECK((recs[1].flags & (TEMPMON_F_THROTTLING | TEMPMON_F_THR_START)) ==
        (TEMPMON_F_THROTTLING | TEMPMON_F_THR_START));
  CHECK((recs[1].flags & TEMPMON_F_PUSHED) != 0);
  CHECK(recs[2].flags == (TEMPMON_F_THROTTLING | TEMPMON_F_PUSHED));  // within hysteresis
  CHECK(m.ctrl()->sensors[id].state == (TEMPMON_SS_ACTIVE | TEMPMON_SS_THROTTLING));

  // Auto-freeze keeps 10 records after the trigger, then refuses and counts.
  uint32_t accepted = 0;
  REQUIRE(Push(fd.get(), Ramp(id, 81000, 20), &accepted) == 0);
  CHECK(accepted == 9);  // 1 + 9 = the 10 post-trigger records
  tempmon_stats st = Stats(fd.get());
  CHECK(st.frozen_by == TEMPMON_FREEZE_THROTTLE);
  CHECK(st.written == 3 + 9);
  CHECK(st.dropped_frozen == 11);
  CHECK(st.pushes_refused == 11);
  CHECK(st.throttle_events == 1);
  REQUIRE(IoctlNoArg(fd.get(), TEMPMON_IOC_THAW) == 0);
  CHECK(m.ctrl()->frozen_by == 0);

  // End of the episode: below threshold - hysteresis.
  REQUIRE(Push(fd.get(), {{0, 74999, id, 0}}) == 0);
  CHECK((PollNow(m.fd()) & POLLPRI) != 0);
  recs.clear();
  reader.Poll(recs);
  REQUIRE(!recs.empty());
  CHECK((recs.back().flags & TEMPMON_F_THR_END) != 0);
  CHECK((recs.back().flags & TEMPMON_F_THROTTLING) == 0);

  std::ifstream trace("/sys/kernel/tracing/trace");
  std::stringstream ss;
  ss << trace.rdbuf();
  const std::string t = ss.str();
  CHECK(t.find("tempmon_throttle: sensor=0 temp_mc=80000 threshold_mc=80000 start=1") != std::string::npos);
  CHECK(t.find("tempmon_throttle: sensor=0 temp_mc=74999 threshold_mc=80000 start=0") != std::string::npos);
  tmvm::Sh("echo 0 > /sys/kernel/tracing/events/tempmon/tempmon_throttle/enable");
}

TEST_CASE("a user freeze refuses and counts new records until thaw", "[freeze]") {
  Module mod("ring_records=128");
  Fd fd("/dev/tempmon");
  const auto id = static_cast<uint16_t>(AddSensor(fd.get(), TEMPMON_SENSOR_PUSH, "p"));
  REQUIRE(Push(fd.get(), Ramp(id, 0, 5)) == 0);
  REQUIRE(IoctlNoArg(fd.get(), TEMPMON_IOC_FREEZE) == 0);
  uint32_t accepted = 99;
  REQUIRE(Push(fd.get(), Ramp(id, 0, 7), &accepted) == 0);
  CHECK(accepted == 0);
  tempmon_stats st = Stats(fd.get());
  CHECK(st.head == 5);
  CHECK(st.dropped_frozen == 7);
  CHECK(st.frozen_by == TEMPMON_FREEZE_USER);
  REQUIRE(IoctlNoArg(fd.get(), TEMPMON_IOC_THAW) == 0);
  REQUIRE(Push(fd.get(), Ramp(id, 0, 2), &accepted) == 0);
  CHECK(accepted == 2);
  CHECK(Stats(fd.get()).head == 7);
}

TEST_CASE("a kernel thermal zone is sampled by name", "[zone]") {
  REQUIRE(Sh("insmod " + KmodPath("tempmon_testzone.ko")) == 0);
  {
    Module mod("ring_records=1024 rate_hz=100 zones=tempmon-test");
    DeviceMapping m;
    CHECK(m.ctrl()->sensors[0].kind == TEMPMON_SENSOR_ZONE);
    CHECK(std::string(m.ctrl()->sensors[0].name) == "tempmon-test");
    REQUIRE(Sh("echo 85000 > /sys/module/tempmon_testzone/parameters/temp_mc") == 0);
    Reader reader(m.view());
    bool seen = false;
    WaitFor([&] {
      reader.Poll([&](const tempmon_record& r) { seen = seen || (r.sensor == 0 && r.temp_mc == 85000); });
      return seen;
    }, std::chrono::seconds(20));
    CHECK(seen);
  }
  Sh("rmmod tempmon_testzone");
}

TEST_CASE("/dev/tempmon_raw (the benchmark's build) returns one 16-byte sample per read", "[raw]") {
  Module mod("ring_records=128", "bench/tempmon.ko");
  Fd fd("/dev/tempmon");
  const auto id = static_cast<uint16_t>(AddSensor(fd.get(), TEMPMON_SENSOR_PUSH, "p"));
  REQUIRE(Push(fd.get(), Ramp(id, 100, 3)) == 0);
  Fd raw("/dev/tempmon_raw");
  struct { uint64_t ts; int32_t temp; uint16_t sensor, flags; } s[4];
  CHECK(::read(raw.get(), s, sizeof(s)) == 16);
  CHECK(s[0].temp == 100);
  CHECK(::read(raw.get(), s, sizeof(s)) == 16);
  CHECK(::read(raw.get(), s, sizeof(s)) == 16);
  CHECK(s[0].temp == 102);
  CHECK(::read(raw.get(), s, sizeof(s)) == 0);
}

TEST_CASE("a blocked poll() wakes up when a record arrives", "[poll]") {
  Module mod("ring_records=128");
  Fd fd("/dev/tempmon");
  const auto id = static_cast<uint16_t>(AddSensor(fd.get(), TEMPMON_SENSOR_PUSH, "p"));
  Fd waiter("/dev/tempmon");
  std::atomic<short> revents{-1};
  std::thread t([&] {
    pollfd p{waiter.get(), POLLIN, 0};
    revents = ::poll(&p, 1, 20000) == 1 ? p.revents : 0;
  });
  // The push may land before or after the thread sleeps: POLLIN either way.
  REQUIRE(Push(fd.get(), {{0, 1, id, 0}}) == 0);
  t.join();
  CHECK((revents.load() & POLLIN) != 0);
}

TEST_CASE("sensors can be removed and re-added; the table says which slots live", "[sensors]") {
  Module mod("ring_records=128 rate_hz=50");
  Fd fd("/dev/tempmon");
  DeviceMapping m;
  const uint32_t a = AddSensor(fd.get(), TEMPMON_SENSOR_PUSH, "a");
  const uint32_t b = AddSensor(fd.get(), TEMPMON_SENSOR_SIM, "b", 3, 100);
  const uint32_t gen = m.ctrl()->sensors_gen;
  CHECK(m.ctrl()->nr_sensors == 2);
  tempmon_sensor_id del{a, 0};
  REQUIRE(Ioctl(fd.get(), TEMPMON_IOC_DEL_SENSOR, &del) == 0);
  CHECK(m.ctrl()->sensors_gen > gen);
  CHECK(m.ctrl()->nr_sensors == 2);  // slot 1 still lives
  CHECK(m.ctrl()->sensors[a].kind == TEMPMON_SENSOR_NONE);
  CHECK(Ioctl(fd.get(), TEMPMON_IOC_DEL_SENSOR, &del) == ENOENT);
  CHECK(Push(fd.get(), {{0, 1, uint16_t(a), 0}}) == EINVAL);
  CHECK(AddSensor(fd.get(), TEMPMON_SENSOR_PUSH, "c") == a);  // first free slot
  del.sensor = b;
  REQUIRE(Ioctl(fd.get(), TEMPMON_IOC_DEL_SENSOR, &del) == 0);
  CHECK(m.ctrl()->nr_sensors == 1);
  // No sampled sensor left: the sampler records nothing more.
  const uint64_t head = m.ctrl()->head;
  REQUIRE(SetRate(fd.get(), 10000) == 0);
  CHECK(m.ctrl()->rate_hz == 10000);
  tempmon_info info{};
  REQUIRE(Ioctl(fd.get(), TEMPMON_IOC_GET_INFO, &info) == 0);
  CHECK(info.rate_hz == 10000);
  CHECK(!WaitFor([&] { return m.ctrl()->head != head; }, std::chrono::milliseconds(300)));
}
