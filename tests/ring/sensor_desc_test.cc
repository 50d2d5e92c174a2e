// ABI 1.1 sensor descriptions over the userspace ring, and both directions
// of version skew: the layout an ABI 1.0 reader relies on did not move, and
// a reader of this build on an ABI 1.0 ring gets the 1.0 meaning (CELSIUS,
// origin = kind) whatever bytes lie where 1.1 keeps descriptions.
#include <catch2/catch_test_macros.hpp>
#include <atomic>
#include <cstddef>
#include <cstring>
#include <string>
#include <thread>
#include <unistd.h>

#include "tempmon/ring/error.h"
#include "tempmon/ring/sensor_desc.h"
#include "tempmon/ring/shm_ring.h"

using namespace tempmon::ring;

// The ABI 1.0 layout, pinned: an ABI 1.0 reader indexes these offsets.
static_assert(sizeof(tempmon_record) == 32);
static_assert(sizeof(tempmon_sensor_info) == 72);
static_assert(offsetof(tempmon_ctrl, nr_sensors) == 200);
static_assert(offsetof(tempmon_ctrl, sensors) == 208);
static_assert(sizeof(tempmon_sensor_add) == 64);
static_assert(sizeof(tempmon_sensor_query) == 80);
// ABI 1.1 appends after it, inside the control page.
static_assert(sizeof(tempmon_sensor_desc) == 128);
static_assert(offsetof(tempmon_ctrl, sensors_desc) ==
              offsetof(tempmon_ctrl, sensors) + TEMPMON_MAX_SENSORS * sizeof(tempmon_sensor_info));
static_assert(sizeof(tempmon_ctrl) <= TEMPMON_CTRL_SIZE);
// ABI 2.2 splits SET_SIM_LOAD's reserved word into flags + resist_permille:
// the size, and with it the ioctl number a 2.1 caller was built with, stay.
namespace abi21 {
struct tempmon_sim_load {
  __u32 sensor;
  __u32 load_permille;
  __u64 reserved;
};
}  // namespace abi21
static_assert(sizeof(tempmon_sim_load) == sizeof(abi21::tempmon_sim_load));
static_assert(offsetof(tempmon_sim_load, flags) == offsetof(abi21::tempmon_sim_load, reserved));
static_assert(offsetof(tempmon_sim_load, resist_permille) == offsetof(abi21::tempmon_sim_load, reserved) + 4);
static_assert(TEMPMON_IOC_SET_SIM_LOAD == _IOW(TEMPMON_IOC_MAGIC, 0x0b, abi21::tempmon_sim_load));

namespace {
std::string UniqueName(const char* what) {
  return std::string("tempmon-test-") + what + "-" + std::to_string(::getpid());
}

SensorDesc Gpu() {
  SensorDesc d;
  d.origin = TEMPMON_ORIGIN_NVML;
  d.unit = TEMPMON_UNIT_CELSIUS;
  d.shutdown_mc = 95000;
  d.max_op_mc = 87000;
  d.model = "NVIDIA H200";
  d.uuid = "GPU-6f1c2a4e-0c3d-4b8e-9a51-3e0f2d7c9b10";
  d.location = "00000000:19:00.0";
  return d;
}
}  // namespace

TEST_CASE("a ring of this build has sensor descriptions and carries each sensor's description") {
  const std::string name = UniqueName("desc");
  SensorDesc mhz;
  mhz.origin = TEMPMON_ORIGIN_NVML;
  mhz.unit = TEMPMON_UNIT_MHZ;
  std::vector<ShmSensor> sensors{{"gpu0", TEMPMON_SENSOR_PUSH, 90000, 2000, Gpu()},
                                 {"gpu0.sm_mhz", TEMPMON_SENSOR_PUSH, TEMPMON_NO_THRESHOLD, 0, mhz},
                                 {"sim0", TEMPMON_SENSOR_SIM}};
  ShmRing ring = ShmRing::Create(name, 64, sensors);
  const tempmon_ctrl* c = ring.view().ctrl;
  CHECK(tempmon_abi_has_sensor_desc(c->abi_major, c->abi_minor));
  CHECK(c->sensors_gen % 2 == 0);
  SensorDesc g = ReadSensorDesc(c, 0);
  CHECK_FALSE(g.assumed);
  CHECK(OriginName(g.origin) == "nvml");
  CHECK(UnitName(g.unit) == "C");
  CHECK(g.shutdown_mc == 95000);
  CHECK(g.max_op_mc == 87000);
  CHECK(g.model == "NVIDIA H200");
  CHECK(g.uuid == "GPU-6f1c2a4e-0c3d-4b8e-9a51-3e0f2d7c9b10");
  CHECK(g.location == "00000000:19:00.0");
  CHECK(UnitName(ReadSensorDesc(c, 1).unit) == "MHz");
  // A sensor described by nobody reads as its kind, in CELSIUS.
  SensorDesc s = ReadSensorDesc(c, 2);
  CHECK(OriginName(s.origin) == "sim");
  CHECK(s.unit == TEMPMON_UNIT_CELSIUS);
  CHECK_FALSE(s.shutdown_mc);

  // Re-describing moves sensors_gen by two and is seen whole.
  ShmProducer p(ring);
  const uint32_t gen = c->sensors_gen;
  SensorDesc w;
  w.origin = TEMPMON_ORIGIN_HWMON;
  w.unit = TEMPMON_UNIT_WATT;
  w.model = std::string(200, 'x');  // cut to its array, still terminated
  p.SetDesc(1, w);
  CHECK(c->sensors_gen == gen + 2);
  SensorDesc r = ReadSensorDesc(c, 1);
  CHECK(UnitName(r.unit) == "W");
  CHECK(r.model == std::string(TEMPMON_MODEL_LEN - 1, 'x'));
  ShmRing::Remove(name);
}

TEST_CASE("a reader never sees a half-written description") {
  const std::string name = UniqueName("desc-race");
  std::vector<ShmSensor> sensors{{"gpu0"}};
  ShmRing ring = ShmRing::Create(name, 64, sensors);
  ShmProducer p(ring);
  SensorDesc a = Gpu(), b;
  b.origin = TEMPMON_ORIGIN_HWMON;
  b.unit = TEMPMON_UNIT_RPM;
  b.model = std::string(TEMPMON_MODEL_LEN - 1, 'b');
  b.uuid = std::string(TEMPMON_UUID_LEN - 1, 'b');
  b.location = std::string(TEMPMON_LOCATION_LEN - 1, 'b');
  p.SetDesc(0, a);  // from here on every whole copy is a or b
  std::atomic<bool> stop{false};
  std::thread writer([&] {
    // As hot as a writer gets; yielding so that the reader gets a window.
    for (int i = 0; !stop.load(); ++i) {
      p.SetDesc(0, i % 2 ? a : b);
      std::this_thread::yield();
    }
  });
  int mixed = 0, gave_up = 0;
  for (int i = 0; i < 20000; ++i) {
    SensorDesc d = ReadSensorDesc(ring.view().ctrl, 0);
    if (d.assumed) {  // no whole copy within its retries: defaults, never a mix
      ++gave_up;
      continue;
    }
    const bool is_a = d.model == a.model && d.uuid == a.uuid && d.location == a.location && d.unit == a.unit;
    const bool is_b = d.model == b.model && d.uuid == b.uuid && d.location == b.location && d.unit == b.unit;
    if (!is_a && !is_b && ++mixed < 3)
      WARN("mixed: origin " << d.origin << " unit " << d.unit << " model " << d.model << " uuid " << d.uuid
                            << " loc " << d.location);
  }
  stop = true;
  writer.join();
  CHECK(mixed == 0);
  CHECK(gave_up < 1000);
  ShmRing::Remove(name);
}

TEST_CASE("on an ABI 1.0 control page the descriptions are CELSIUS and the kind, never the bytes") {
  const std::string name = UniqueName("desc-old");
  std::vector<ShmSensor> sensors{{"gpu0"}, {"cpu", TEMPMON_SENSOR_ZONE}};
  ShmRing ring = ShmRing::Create(name, 64, sensors);
  tempmon_ctrl* c = ring.mutable_ctrl();
  // What an ABI 1.0 producer leaves: 1.0, and whatever is past its table.
  // Its FNV-1a records are refused, but its sensor table can still be
  // shown; its descriptions are never read.
  c->abi_major = 1;
  c->abi_minor = 0;
  std::memset(c->sensors_desc, 0xa5, sizeof(c->sensors_desc));
  CHECK(CheckCtrl(c, MapSizeFor(64)).find("FNV-1a") != std::string::npos);
  SensorDesc g = ReadSensorDesc(c, 0);
  CHECK(g.assumed);
  CHECK(OriginName(g.origin) == "push");
  CHECK(UnitName(g.unit) == "C");
  CHECK(g.model.empty());
  CHECK_FALSE(g.shutdown_mc);
  CHECK(OriginName(ReadSensorDesc(c, 1).origin) == "zone");
  ShmRing::Remove(name);
}

TEST_CASE("origin and unit names are one table, both ways") {
  for (uint16_t o = TEMPMON_ORIGIN_ZONE; o <= TEMPMON_ORIGIN_MAX; ++o)
    CHECK(OriginFromName(OriginName(o)) == o);
  for (uint16_t u = TEMPMON_UNIT_CELSIUS; u <= TEMPMON_UNIT_MAX; ++u) CHECK(UnitFromName(UnitName(u)) == u);
  CHECK(OriginName(77) == "origin77");
  CHECK(UnitName(9) == "unit9");
  CHECK_FALSE(UnitFromName("F"));
}
