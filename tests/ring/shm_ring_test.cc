// The userspace ring (same layout and write step as the module) and the
// Reader's protocol, single-threaded: ordering, exact loss accounting,
// clear, snapshots, windows, torn-record rejection, errors.
#include <catch2/catch_test_macros.hpp>
#include <string>
#include <sys/stat.h>
#include <unistd.h>

#include <cstdint>

#include "tempmon/ring/error.h"
#include "tempmon/ring/reader.h"
#include "tempmon/ring/shm_ring.h"

using namespace tempmon::ring;

namespace {
std::string UniqueName(const char* what) {
  return std::string("tempmon-test-") + what + "-" + std::to_string(::getpid());
}

struct Fixture {
  explicit Fixture(uint64_t cap = 64)
      : name(UniqueName("ring")), ring(ShmRing::Create(name, cap, sensors)), producer(ring) {}
  ~Fixture() { ShmRing::Remove(name); }
  std::vector<ShmSensor> sensors{{"gpu0"}, {"cpu"}};
  std::string name;
  ShmRing ring;
  ShmProducer producer;
};
}  // namespace

TEST_CASE("a created ring has the module's layout and its sensor table") {
  Fixture f(128);
  const RingView v = f.ring.view();
  CHECK(CheckCtrl(v.ctrl, MapSizeFor(128)).empty());
  CHECK(v.ctrl->capacity == 128);
  CHECK(v.ctrl->data_offset == TEMPMON_CTRL_SIZE);
  CHECK(reinterpret_cast<const char*>(v.records) - reinterpret_cast<const char*>(v.ctrl) ==
        TEMPMON_CTRL_SIZE);
  CHECK(v.ctrl->nr_sensors == 2);
  CHECK(std::string(v.ctrl->sensors[1].name) == "cpu");
  CHECK(v.ctrl->sensors[1].kind == TEMPMON_SENSOR_PUSH);

  ShmRing reader_side = ShmRing::Open(f.name);
  CHECK_FALSE(reader_side.writable());
  CHECK(reader_side.view().ctrl->capacity == 128);
  CHECK_THROWS_AS(reader_side.mutable_ctrl(), RingError);
}

TEST_CASE("records come back in order with seq, checksum and sensor stats") {
  Fixture f;
  Reader r(f.ring.view());
  for (int i = 0; i < 10; ++i) CHECK(f.producer.Push(i % 2, 40000 + i, 0, 1000 + i) == uint64_t(i));
  std::vector<tempmon_record> out;
  CHECK(r.Poll(out) == 10);
  for (int i = 0; i < 10; ++i) {
    CHECK(out[i].seq == uint64_t(i + 1));
    CHECK(out[i].ts_ns == uint64_t(1000 + i));
    CHECK(out[i].temp_mc == 40000 + i);
    CHECK(out[i].csum == tempmon_record_csum(&out[i]));
  }
  CHECK(r.stats().read == 10);
  CHECK(r.stats().lost == 0);
  CHECK(r.Poll(out) == 0);
  CHECK(f.ring.view().ctrl->sensors[1].samples == 5);
  CHECK(f.ring.view().ctrl->sensors[1].last_mc == 40009);
}

TEST_CASE("overwrite: the reader counts exactly the records it missed") {
  Fixture f(64);
  Reader r(f.ring.view());
  for (int i = 0; i < 1000; ++i) f.producer.Push(0, i, 0, 1 + i);
  const tempmon_ctrl* c = f.ring.view().ctrl;
  CHECK(c->head == 1000);
  CHECK(c->tail == 1000 - 64);
  CHECK(c->overwritten == 1000 - 64);
  std::vector<tempmon_record> out;
  CHECK(r.Poll(out) == 64);
  CHECK(r.stats().lost == 936);
  CHECK(out.front().temp_mc == 936);
  CHECK(out.back().temp_mc == 999);
}

TEST_CASE("clear skips records as cleared, not lost; indices keep counting") {
  Fixture f;
  Reader r(f.ring.view());
  for (int i = 0; i < 10; ++i) f.producer.Push(0, i, 0, 1 + i);
  f.producer.Clear();
  f.producer.Push(0, 77, 0, 50);
  std::vector<tempmon_record> out;
  CHECK(r.Poll(out) == 1);
  CHECK(out[0].seq == 11);
  CHECK(r.stats().cleared == 10);
  CHECK(r.stats().lost == 0);
  CHECK(f.ring.view().ctrl->clear_gen == 1);
}

TEST_CASE("snapshot and time window do not move the cursor") {
  Fixture f(256);
  for (int i = 0; i < 100; ++i) f.producer.Push(0, i, 0, 1000 * (i + 1));
  Reader r(f.ring.view());
  const auto snap = r.Snapshot(10);
  REQUIRE(snap.size() == 10);
  CHECK(snap.front().temp_mc == 90);
  CHECK(snap.back().temp_mc == 99);
  CHECK(r.Snapshot(1000).size() == 100);
  const auto win = r.ReadWindow(5000, 8000);
  REQUIRE(win.size() == 4);
  CHECK(win.front().temp_mc == 4);
  CHECK(win.back().temp_mc == 7);
  CHECK(r.cursor() == 0);
}

TEST_CASE("a corrupted record is rejected as torn and counted lost") {
  Fixture f;
  Reader r(f.ring.view());
  for (int i = 0; i < 3; ++i) f.producer.Push(0, i, 0, 1 + i);
  f.ring.mutable_records()[1].temp_mc ^= 0x40;  // a torn payload
  std::vector<tempmon_record> out;
  CHECK(r.Poll(out) == 2);
  CHECK(r.stats().torn == 1);
  CHECK(r.stats().lost == 1);
  CHECK(out[1].temp_mc == 2);
  // A slot caught while busy counts as overwritten.
  f.ring.mutable_records()[2].seq = TEMPMON_SEQ_BUSY;
  tempmon_record rec;
  CHECK(CopyRecord(f.ring.view(), 2, rec) == CopyResult::kOverwritten);
  CHECK(CopyRecord(f.ring.view(), 3, rec) == CopyResult::kNotWritten);
}

TEST_CASE("errors say what failed, carry errno and a hint") {
  try {
    ShmRing::Open(UniqueName("absent"));
    FAIL("opened an absent ring");
  } catch (const RingError& e) {
    CHECK(e.code().value() == ENOENT);
    CHECK(std::string(e.what()).find("hint: start the producer") != std::string::npos);
  }
  const std::vector<ShmSensor> none;
  try {
    ShmRing::Create(UniqueName("bad"), 100, none);
    FAIL("accepted capacity 100");
  } catch (const RingError& e) {
    CHECK(e.code().value() == EINVAL);
  }
}

TEST_CASE("the userspace producer flags throttle episodes like the module") {
  Fixture f;
  f.producer.SetThreshold(0, 80000, 5000);
  Reader r(f.ring.view());
  for (int32_t t : {70000, 80000, 76000, 74999, 90000}) f.producer.Push(0, t, 0, 1);
  f.producer.Push(0, 10, TEMPMON_F_MARKER, 1);  // markers do not end an episode
  std::vector<tempmon_record> out;
  REQUIRE(r.Poll(out) == 6);
  CHECK(out[0].flags == 0);
  CHECK(out[1].flags == (TEMPMON_F_THROTTLING | TEMPMON_F_THR_START));
  CHECK(out[2].flags == TEMPMON_F_THROTTLING);
  CHECK(out[3].flags == TEMPMON_F_THR_END);
  CHECK(out[4].flags == (TEMPMON_F_THROTTLING | TEMPMON_F_THR_START));
  CHECK(out[5].flags == TEMPMON_F_MARKER);
  const tempmon_ctrl* c = f.ring.view().ctrl;
  CHECK(c->throttle_events == 2);
  CHECK(c->sensors[0].throttle_events == 2);
  CHECK((c->sensors[0].state & TEMPMON_SS_THROTTLING) != 0);
  CHECK_THROWS_AS(f.producer.SetThreshold(0, 1, -1), RingError);
}

TEST_CASE("a control page rewritten after attach moves no reader out of the ring or into a long scan") {
  Fixture f(64);
  ShmRing reader_side = ShmRing::Open(f.name);
  for (int i = 0; i < 10; ++i) f.producer.Push(0, 40000 + i, 0, 1000 + i);
  Reader r(reader_side.view());
  std::vector<tempmon_record> out;
  CHECK(r.Poll(out) == 10);
  // The forger's edits: capacity 2^44 with a tail far behind, every slot
  // BUSY and head 2^62.
  tempmon_ctrl* c = f.ring.mutable_ctrl();
  for (uint64_t i = 0; i < 64; ++i) f.ring.mutable_records()[i].seq = TEMPMON_SEQ_BUSY;
  c->capacity = uint64_t{1} << 44;
  c->tail = 5;
  c->head = uint64_t{1} << 62;
  // The geometry was taken once: the view still says 64.
  CHECK(reader_side.view().capacity() == 64);
  // One poll visits at most two capacities of slots and returns; the
  // cursor is never more than one capacity behind head.
  out.clear();
  CHECK(r.Poll(out) == 0);
  CHECK(r.cursor() >= (uint64_t{1} << 62) - 64);
  CHECK(r.Snapshot(size_t{1} << 40).empty());
  CHECK(r.ReadWindow(0, UINT64_MAX).empty());
  // A tail past head is a lie too.
  c->tail = (uint64_t{1} << 62) + 100;
  Reader fresh(reader_side.view());
  CHECK(fresh.cursor() == (uint64_t{1} << 62) - 64);
  // Opened now, the rewritten page no longer fits its mapping: refused.
  CHECK_THROWS_AS(ShmRing::Open(f.name), RingError);
}

TEST_CASE("a ring another user may write is refused before it is mapped") {
  Fixture f(64);
  const std::string path = std::string(kShmDir) + "/" + f.name;
  REQUIRE(::chmod(path.c_str(), 0666) == 0);
  try {
    ShmRing::Open(f.name);
    FAIL("opened a world-writable ring");
  } catch (const RingError& e) {
    CHECK(e.code().value() == EPERM);
    CHECK(std::string(e.what()).find("refusing shared memory ring " + f.name + ": it is writable by others (mode 0666)") !=
          std::string::npos);
  }
  REQUIRE(::chmod(path.c_str(), 0644) == 0);
  if (::geteuid() == 0) {
    REQUIRE(::chown(path.c_str(), 65534, static_cast<gid_t>(-1)) == 0);
    CHECK_THROWS_AS(ShmRing::Open(f.name), RingError);
  }
}
