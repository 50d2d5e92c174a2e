// The mapping and the human-readable read() are what users and tools see first.
#include <fcntl.h>
#include <sys/mman.h>
#include <unistd.h>

#include <catch2/catch_test_macros.hpp>
#include <cstring>
#include <fstream>
#include <sstream>

#include "helpers.h"
#include "tempmon_version.h"
#include "tempmon/ring/device_mapping.h"
#include "tempmon/ring/reader.h"

using namespace tmvm;
using tempmon::ring::DeviceMapping;

TEST_CASE("GET_INFO and the mapped control page describe the ring", "[layout]") {
  Module mod("ring_records=1024 sim_sensors=2 rate_hz=200");
  DeviceMapping m;
  const tempmon_info& info = m.info();
  CHECK(info.magic == TEMPMON_MAGIC);
  CHECK(info.abi_major == TEMPMON_ABI_MAJOR);
  CHECK(info.record_size == sizeof(tempmon_record));
  CHECK(info.ctrl_size == TEMPMON_CTRL_SIZE);
  CHECK(info.capacity == 1024);
  CHECK(info.data_offset == TEMPMON_CTRL_SIZE);
  CHECK(info.map_size == TEMPMON_CTRL_SIZE + 1024 * sizeof(tempmon_record));
  CHECK(info.rate_hz == 200);
  CHECK(info.nr_sensors == 2);
  CHECK(std::string(info.version) == TEMPMON_VERSION_STRING);
  for (auto r : info.reserved) CHECK(r == 0);

  const tempmon_ctrl* c = m.ctrl();
  CHECK(c->magic == TEMPMON_MAGIC);
  CHECK(c->capacity == 1024);
  CHECK(c->nr_sensors == 2);
  CHECK(c->sensors[0].kind == TEMPMON_SENSOR_SIM);
  CHECK(std::string(c->sensors[1].name) == "sim1");
  CHECK((c->sensors[0].state & TEMPMON_SS_ACTIVE) != 0);
  // wall_offset_ns = REALTIME - MONOTONIC, refreshed by the sampler.
  timespec rt{}, mono{};
  clock_gettime(CLOCK_REALTIME, &rt);
  clock_gettime(CLOCK_MONOTONIC, &mono);
  const int64_t off = (rt.tv_sec - mono.tv_sec) * 1000000000LL + (rt.tv_nsec - mono.tv_nsec);
  REQUIRE(WaitFor([&] { return c->head >= 10; }, std::chrono::seconds(20)));
  CHECK(std::llabs(c->wall_offset_ns - off) < 1000000000LL);
  // Records carry their absolute index + 1 and a valid checksum.
  tempmon::ring::Reader reader(m.view());
  std::vector<tempmon_record> recs;
  reader.Poll(recs);
  REQUIRE(recs.size() >= 10);
  CHECK(recs[0].seq == reader.cursor() - recs.size() + 1);
  for (const auto& r : recs) {
    CHECK(r.csum == tempmon_record_csum(&r));
    CHECK(r.sensor < 2);
  }
  tempmon_sensor_query q{};
  q.index = 1;
  REQUIRE(Ioctl(m.fd(), TEMPMON_IOC_GET_SENSOR, &q) == 0);
  CHECK(q.info.kind == TEMPMON_SENSOR_SIM);
  CHECK(q.info.samples > 0);
  CHECK(q.info.sim_load_permille == 500);
}

TEST_CASE("cat /dev/tempmon prints one line per sensor, then a summary", "[layout]") {
  Module mod("ring_records=256 sim_sensors=2");
  {
    Fd fd("/dev/tempmon");
    AddSensor(fd.get(), TEMPMON_SENSOR_PUSH, "gpu0");
    AddSensor(fd.get(), TEMPMON_SENSOR_PUSH, "cold");
    REQUIRE(Push(fd.get(), {{0, 81500, 2, 0}, {0, -1500, 3, 0}}) == 0);
  }
  std::ifstream in("/dev/tempmon");
  std::vector<std::string> lines;
  for (std::string l; std::getline(in, l);) lines.push_back(l);
  REQUIRE(lines.size() == 5);
  CHECK(lines[0].rfind("0 sim sim0: ", 0) == 0);
  CHECK(lines[1].rfind("1 sim sim1: ", 0) == 0);
  CHECK(lines[2] == "2 push gpu0: 81.500 C");
  CHECK(lines[3] == "3 push cold: -1.500 C");
  CHECK(lines[4].rfind("buffered ", 0) == 0);
  CHECK(lines[4].find("of 256 records") != std::string::npos);
}

TEST_CASE("a sim sensor's records follow the shared model, in order, without gaps", "[order]") {
  Module mod("ring_records=4096 rate_hz=100");
  Fd fd("/dev/tempmon");
  DeviceMapping m;
  tempmon::ring::Reader reader(m.view(), tempmon::ring::StartAt::kNow);
  AddSensor(fd.get(), TEMPMON_SENSOR_SIM, "simA", 42, 1000);
  std::vector<tempmon_record> recs;
  REQUIRE(WaitFor([&] { reader.Poll(recs); return recs.size() >= 60; }, std::chrono::seconds(30)));
  CHECK(reader.stats().lost == 0);
  CHECK(reader.stats().torn == 0);
  const uint64_t period = 1000000000ULL / 100;
  for (size_t i = 1; i < recs.size(); ++i) {
    INFO("record " << i);
    CHECK(recs[i].seq == recs[i - 1].seq + 1);
    REQUIRE(recs[i].ts_ns > recs[i - 1].ts_ns);
    const uint64_t gap = recs[i].ts_ns - recs[i - 1].ts_ns;
    // The sampler flags exactly the samples that came late.
    const bool late = (recs[i].flags & (TEMPMON_F_LATE | TEMPMON_F_STALL)) != 0;
    CHECK(late == (gap > 2 * period));
    if (gap > TEMPMON_STALL_PERIODS * period) CHECK((recs[i].flags & TEMPMON_F_STALL) != 0);
  }
  // Full load: the model heats from ambient.
  CHECK(recs.back().temp_mc > recs.front().temp_mc);
}

namespace {
std::string Slurp(const std::string& path) {
  std::ifstream in(path);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}
}  // namespace

TEST_CASE("tracepoint layouts match the offsets the BPF probe hard-codes", "[layout][trace]") {
  Module mod("ring_records=64");
  const std::string dir = "/sys/kernel/tracing/events/tempmon/";
  const std::string thr = Slurp(dir + "tempmon_throttle/format");
  CHECK(thr.find("field:u32 sensor;\toffset:8;\tsize:4;") != std::string::npos);
  CHECK(thr.find("field:s32 temp_mc;\toffset:12;\tsize:4;") != std::string::npos);
  CHECK(thr.find("field:s32 threshold_mc;\toffset:16;\tsize:4;") != std::string::npos);
  CHECK(thr.find("field:u32 start;\toffset:20;\tsize:4;") != std::string::npos);
  const std::string smp = Slurp(dir + "tempmon_sample/format");
  CHECK(smp.find("field:u32 sensor;\toffset:8;\tsize:4;") != std::string::npos);
  CHECK(smp.find("field:s32 temp_mc;\toffset:12;\tsize:4;") != std::string::npos);
  CHECK(smp.find("field:u32 flags;\toffset:16;\tsize:4;") != std::string::npos);
  CHECK(smp.find("field:u64 seq;\toffset:24;\tsize:8;") != std::string::npos);
}
