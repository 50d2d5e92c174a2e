// ABI 1.1 in tempmon.ko: sensor descriptions, and an ABI 1.0 caller on this
// module (its ADD_SENSOR with zero reserved fields, its PUSH, its view of
// the table) working exactly as before.
#include <fcntl.h>
#include <unistd.h>

#include <catch2/catch_test_macros.hpp>
#include <cstring>
#include <fstream>

#include "helpers.h"
#include "tempmon/ring/device_mapping.h"
#include "tempmon/ring/reader.h"
#include "tempmon/ring/sensor_desc.h"

using namespace tmvm;
using tempmon::ring::DeviceMapping;
using tempmon::ring::ReadSensorDesc;
using tempmon::ring::SensorDesc;

namespace {

tempmon_sensor_describe Describe(uint32_t sensor, uint16_t origin, uint16_t unit) {
  tempmon_sensor_describe d{};
  d.sensor = sensor;
  d.desc.origin = origin;
  d.desc.unit = unit;
  d.desc.shutdown_mc = TEMPMON_NO_THRESHOLD;
  d.desc.max_op_mc = TEMPMON_NO_THRESHOLD;
  return d;
}

std::vector<std::string> CatLines() {
  std::ifstream in("/dev/tempmon");
  std::vector<std::string> lines;
  for (std::string l; std::getline(in, l);) lines.push_back(l);
  return lines;
}

}  // namespace

TEST_CASE("an ABI 1.0 caller on the ABI 2.0 module: same calls, same table, temperatures", "[abi]") {
  Module mod("ring_records=256 sim_sensors=1");
  DeviceMapping m;
  CHECK(m.info().abi_major == 2);
  CHECK(m.info().abi_minor == TEMPMON_ABI_MINOR);
  Fd fd("/dev/tempmon");
  // Exactly what an ABI 1.0 tool sends: the 1.0 struct, reserved fields zero.
  tempmon_sensor_add a{};
  a.kind = TEMPMON_SENSOR_PUSH;
  std::strcpy(a.name, "gpu0");
  REQUIRE(Ioctl(fd.get(), TEMPMON_IOC_ADD_SENSOR, &a) == 0);
  REQUIRE(a.id == 1);
  uint32_t accepted = 0;
  REQUIRE(Push(fd.get(), {{0, 61000, 1, TEMPMON_F_POWER_CAP}}, &accepted) == 0);
  CHECK(accepted == 1);
  tempmon_sensor_query q{};
  q.index = 1;
  REQUIRE(Ioctl(fd.get(), TEMPMON_IOC_GET_SENSOR, &q) == 0);
  CHECK(q.info.kind == TEMPMON_SENSOR_PUSH);
  CHECK(q.info.last_mc == 61000);
  CHECK(std::string(q.info.name) == "gpu0");
  // The 1.0 table is where it was; the 1.1 descriptions say what 1.0 meant.
  const tempmon_ctrl* c = m.ctrl();
  CHECK(c->sensors[1].kind == TEMPMON_SENSOR_PUSH);
  CHECK(c->sensors_gen % 2 == 0);
  SensorDesc d = ReadSensorDesc(c, 1);
  CHECK_FALSE(d.assumed);
  CHECK(d.origin == TEMPMON_ORIGIN_PUSH);
  CHECK(d.unit == TEMPMON_UNIT_CELSIUS);
  CHECK_FALSE(d.shutdown_mc);
  CHECK(d.model.empty());
  CHECK(ReadSensorDesc(c, 0).origin == TEMPMON_ORIGIN_SIM);
  const auto lines = CatLines();
  REQUIRE(lines.size() >= 2);
  CHECK(lines[1] == "1 push gpu0: 61.000 C");
}

TEST_CASE("SET_SENSOR_DESC describes a push sensor: origin, unit, limits, identity", "[abi]") {
  Module mod("ring_records=256 sim_sensors=1");
  DeviceMapping m;
  Fd fd("/dev/tempmon");
  const uint32_t gpu = AddSensor(fd.get(), TEMPMON_SENSOR_PUSH, "gpu0");
  const uint32_t sm = AddSensor(fd.get(), TEMPMON_SENSOR_PUSH, "gpu0.sm_mhz");
  const uint32_t gen = m.ctrl()->sensors_gen;

  tempmon_sensor_describe d = Describe(gpu, TEMPMON_ORIGIN_NVML, TEMPMON_UNIT_CELSIUS);
  d.desc.shutdown_mc = 95000;
  d.desc.max_op_mc = 87000;
  std::strcpy(d.desc.model, "NVIDIA H200");
  std::strcpy(d.desc.uuid, "GPU-6f1c2a4e-0c3d-4b8e-9a51-3e0f2d7c9b10");
  std::strcpy(d.desc.location, "00000000:19:00.0");
  REQUIRE(Ioctl(fd.get(), TEMPMON_IOC_SET_SENSOR_DESC, &d) == 0);
  CHECK(m.ctrl()->sensors_gen == gen + 2);
  SensorDesc g = ReadSensorDesc(m.ctrl(), gpu);
  CHECK(g.origin == TEMPMON_ORIGIN_NVML);
  CHECK(g.shutdown_mc == 95000);
  CHECK(g.max_op_mc == 87000);
  CHECK(g.model == "NVIDIA H200");
  CHECK(g.uuid == "GPU-6f1c2a4e-0c3d-4b8e-9a51-3e0f2d7c9b10");
  CHECK(g.location == "00000000:19:00.0");

  tempmon_sensor_describe s = Describe(sm, TEMPMON_ORIGIN_UNSET, TEMPMON_UNIT_MHZ);
  REQUIRE(Ioctl(fd.get(), TEMPMON_IOC_SET_SENSOR_DESC, &s) == 0);
  SensorDesc sd = ReadSensorDesc(m.ctrl(), sm);
  CHECK(sd.origin == TEMPMON_ORIGIN_PUSH);  // UNSET keeps the current origin
  CHECK(sd.unit == TEMPMON_UNIT_MHZ);
  REQUIRE(Push(fd.get(), {{0, 1980000, static_cast<uint16_t>(sm), 0}}) == 0);
  const auto lines = CatLines();
  REQUIRE(lines.size() >= 3);
  CHECK(lines[2] == "2 push gpu0.sm_mhz: 1980.000 MHz");
  // The value travels in the record as thousandths of the unit.
  tempmon::ring::Reader reader(m.view());
  std::vector<tempmon_record> recs;
  reader.Poll(recs);
  bool seen = false;
  for (const auto& r : recs) seen |= r.sensor == sm && r.temp_mc == 1980000;
  CHECK(seen);
}

TEST_CASE("SET_SENSOR_DESC refuses what it cannot mean", "[abi]") {
  // gid=: the unprivileged reader below is in the module's reading group.
  Module mod("ring_records=256 sim_sensors=1 gid=4242");
  Fd fd("/dev/tempmon");
  const uint32_t p = AddSensor(fd.get(), TEMPMON_SENSOR_PUSH, "p");
  tempmon_sensor_describe d = Describe(p, TEMPMON_ORIGIN_NVML, TEMPMON_UNIT_MAX + 1);
  CHECK(Ioctl(fd.get(), TEMPMON_IOC_SET_SENSOR_DESC, &d) == EINVAL);
  d = Describe(p, TEMPMON_ORIGIN_MAX + 1, TEMPMON_UNIT_WATT);
  CHECK(Ioctl(fd.get(), TEMPMON_IOC_SET_SENSOR_DESC, &d) == EINVAL);
  d = Describe(p, TEMPMON_ORIGIN_ZONE, TEMPMON_UNIT_CELSIUS);  // a push sensor is no zone
  CHECK(Ioctl(fd.get(), TEMPMON_IOC_SET_SENSOR_DESC, &d) == EINVAL);
  d = Describe(p, TEMPMON_ORIGIN_NVML, TEMPMON_UNIT_WATT);
  d.reserved = 1;
  CHECK(Ioctl(fd.get(), TEMPMON_IOC_SET_SENSOR_DESC, &d) == EINVAL);
  d.reserved = 0;
  d.desc.reserved = 1;
  CHECK(Ioctl(fd.get(), TEMPMON_IOC_SET_SENSOR_DESC, &d) == EINVAL);
  d.desc.reserved = 0;
  std::memset(d.desc.uuid, 'u', sizeof(d.desc.uuid));  // not NUL-terminated
  CHECK(Ioctl(fd.get(), TEMPMON_IOC_SET_SENSOR_DESC, &d) == EINVAL);
  // sim0: its origin and unit are the module's; ABI 2.2 lets a caller set its identity only.
  d = Describe(0, TEMPMON_ORIGIN_NVML, TEMPMON_UNIT_CELSIUS);
  CHECK(Ioctl(fd.get(), TEMPMON_IOC_SET_SENSOR_DESC, &d) == EINVAL);
  d = Describe(0, TEMPMON_ORIGIN_SIM, TEMPMON_UNIT_WATT);
  CHECK(Ioctl(fd.get(), TEMPMON_IOC_SET_SENSOR_DESC, &d) == EINVAL);
  d = Describe(p, TEMPMON_ORIGIN_SIM, TEMPMON_UNIT_CELSIUS);  // a push sensor is no simulation
  CHECK(Ioctl(fd.get(), TEMPMON_IOC_SET_SENSOR_DESC, &d) == EINVAL);
  d = Describe(9, TEMPMON_ORIGIN_NVML, TEMPMON_UNIT_CELSIUS);
  CHECK(Ioctl(fd.get(), TEMPMON_IOC_SET_SENSOR_DESC, &d) == ENOENT);
  d = Describe(TEMPMON_MAX_SENSORS, TEMPMON_ORIGIN_NVML, TEMPMON_UNIT_CELSIUS);
  CHECK(Ioctl(fd.get(), TEMPMON_IOC_SET_SENSOR_DESC, &d) == ENOENT);
  // Nothing above changed the sensor.
  DeviceMapping m;
  SensorDesc now = ReadSensorDesc(m.ctrl(), p);
  CHECK(now.origin == TEMPMON_ORIGIN_PUSH);
  CHECK(now.unit == TEMPMON_UNIT_CELSIUS);
  // A control ioctl: not for everyone.
  const int st = AsNobody([p] {
    const int f = ::open("/dev/tempmon", O_RDONLY);
    if (f < 0) return 1;
    tempmon_sensor_describe x = Describe(p, TEMPMON_ORIGIN_NVML, TEMPMON_UNIT_CELSIUS);
    const int err = Ioctl(f, TEMPMON_IOC_SET_SENSOR_DESC, &x);
    ::close(f);
    return err == EPERM ? 0 : 2;
  }, {4242});
  CHECK(st == 0);
  // A deleted slot forgets its description; a new sensor there starts plain.
  tempmon_sensor_describe w = Describe(p, TEMPMON_ORIGIN_HWMON, TEMPMON_UNIT_RPM);
  REQUIRE(Ioctl(fd.get(), TEMPMON_IOC_SET_SENSOR_DESC, &w) == 0);
  tempmon_sensor_id del{p, 0};
  REQUIRE(Ioctl(fd.get(), TEMPMON_IOC_DEL_SENSOR, &del) == 0);
  REQUIRE(AddSensor(fd.get(), TEMPMON_SENSOR_PUSH, "again") == p);
  CHECK(ReadSensorDesc(m.ctrl(), p).unit == TEMPMON_UNIT_CELSIUS);
  CHECK(ReadSensorDesc(m.ctrl(), p).origin == TEMPMON_ORIGIN_PUSH);
  // ABI 2.1: a fan's duty in %.
  CHECK(m.info().abi_minor >= 1);
  tempmon_sensor_describe duty = Describe(p, TEMPMON_ORIGIN_HWMON, TEMPMON_UNIT_PERCENT);
  REQUIRE(Ioctl(fd.get(), TEMPMON_IOC_SET_SENSOR_DESC, &duty) == 0);
  CHECK(ReadSensorDesc(m.ctrl(), p).unit == TEMPMON_UNIT_PERCENT);
}

TEST_CASE("SET_SENSOR_DESC gives a simulated sensor an identity and keeps its origin and unit", "[abi]") {
  Module mod("ring_records=256 sim_sensors=1");
  Fd fd("/dev/tempmon");
  DeviceMapping m;
  CHECK(m.info().abi_minor >= 2);
  tempmon_sensor_describe d = Describe(0, TEMPMON_ORIGIN_UNSET, TEMPMON_UNIT_CELSIUS);
  std::strcpy(d.desc.model, "tempmon sim");
  std::strcpy(d.desc.location, "sim-a");
  d.desc.max_op_mc = 90000;
  REQUIRE(Ioctl(fd.get(), TEMPMON_IOC_SET_SENSOR_DESC, &d) == 0);
  SensorDesc now = ReadSensorDesc(m.ctrl(), 0);
  CHECK(now.origin == TEMPMON_ORIGIN_SIM);
  CHECK(now.unit == TEMPMON_UNIT_CELSIUS);
  CHECK(now.model == "tempmon sim");
  CHECK(now.location == "sim-a");
  CHECK(now.max_op_mc == 90000);
  d = Describe(0, TEMPMON_ORIGIN_SIM, TEMPMON_UNIT_CELSIUS);
  REQUIRE(Ioctl(fd.get(), TEMPMON_IOC_SET_SENSOR_DESC, &d) == 0);
  CHECK(ReadSensorDesc(m.ctrl(), 0).location.empty());
  CHECK(ReadSensorDesc(m.ctrl(), 0).origin == TEMPMON_ORIGIN_SIM);
}
