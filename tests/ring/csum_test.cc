// The record checksum: the header's portable CRC32C, the CPU's crc32
// instruction and the dispatch all give the known answers that Python's
// reader is held to as well (csum_vectors.txt), and a reader of this build
// refuses a ring of another ABI with a message that says why.
#include <catch2/catch_test_macros.hpp>
#include <cerrno>
#include <cstdlib>
#include <fstream>
#include <sstream>
#include <string>
#include <unistd.h>
#include <vector>

#include "tempmon/ring/csum.h"
#include "tempmon/ring/error.h"
#include "tempmon/ring/reader.h"
#include "tempmon/ring/shm_ring.h"

using namespace tempmon::ring;

namespace {
struct Vector {
  tempmon_record rec{};
  uint32_t csum = 0;
};

std::vector<Vector> LoadVectors() {
  std::ifstream in(TEMPMON_CSUM_VECTORS);
  REQUIRE(in.good());
  std::vector<Vector> out;
  for (std::string line; std::getline(in, line);) {
    if (line.empty() || line[0] == '#') continue;
    std::istringstream f(line);
    std::string ts, temp, sensor, flags, csum;
    f >> ts >> temp >> sensor >> flags >> csum;
    REQUIRE(!csum.empty());
    Vector v;
    v.rec.ts_ns = std::stoull(ts, nullptr, 0);
    v.rec.temp_mc = static_cast<int32_t>(std::stoll(temp, nullptr, 0));
    v.rec.sensor = static_cast<uint16_t>(std::stoul(sensor, nullptr, 0));
    v.rec.flags = static_cast<uint16_t>(std::stoul(flags, nullptr, 0));
    v.csum = static_cast<uint32_t>(std::stoul(csum, nullptr, 0));
    out.push_back(v);
  }
  return out;
}

// A one-sensor shm ring of 64 records, removed at the end of the test.
struct Ring {
  explicit Ring(const char* what)
      : name(std::string("tempmon-test-") + what + "-" + std::to_string(::getpid())),
        ring(ShmRing::Create(name, 64, std::vector<ShmSensor>{{"gpu0"}})) {}
  ~Ring() { ShmRing::Remove(name); }
  std::string name;
  ShmRing ring;
};
}  // namespace

TEST_CASE("every implementation of the record checksum gives the known answers") {
  const std::vector<Vector> vs = LoadVectors();
  REQUIRE(vs.size() >= 5);
  for (const Vector& v : vs) {
    CAPTURE(v.rec.ts_ns, v.rec.temp_mc, v.rec.sensor, v.rec.flags);
    CHECK(tempmon_record_csum(&v.rec) == v.csum);
    CHECK(RecordChecksum(v.rec) == v.csum);
    uint32_t hw = 0, sw = 0;
    RecordChecksumsHw(&v.rec, 1, &hw);
    RecordChecksumsPortable(&v.rec, 1, &sw);
    CHECK(hw == v.csum);
    CHECK(sw == v.csum);
  }
  // The header's own test vector.
  tempmon_record r{};
  r.ts_ns = 0x0123456789abcdefULL;
  r.temp_mc = -40000;
  r.sensor = 3;
  r.flags = 0x0008;
  CHECK(tempmon_record_csum(&r) == 0x95936756U);
  WARN("crc32 instruction " << (UseHwChecksum() ? "used" : "absent or slower: tables used"));
}

TEST_CASE("hardware and portable checksums agree on every bit pattern, block by block") {
  std::vector<tempmon_record> recs(1000);
  uint64_t x = 0x9e3779b97f4a7c15ULL;
  for (auto& r : recs) {
    x ^= x << 13, x ^= x >> 7, x ^= x << 17;
    r = {};
    r.ts_ns = x;
    r.temp_mc = static_cast<int32_t>(x >> 7);
    r.sensor = static_cast<uint16_t>(x >> 40);
    r.flags = static_cast<uint16_t>(x >> 23);
  }
  std::vector<uint32_t> hw(recs.size()), sw(recs.size()), any(recs.size());
  for (size_t n : {size_t(1), size_t(7), kCsumBlock, recs.size()}) {
    RecordChecksumsHw(recs.data(), n, hw.data());
    RecordChecksumsPortable(recs.data(), n, sw.data());
    RecordChecksums(recs.data(), n, any.data());
    for (size_t j = 0; j < n; ++j) {
      CHECK(hw[j] == sw[j]);
      CHECK(any[j] == sw[j]);
    }
  }
  // One flipped payload bit anywhere changes the checksum.
  tempmon_record r = recs[0];
  const uint32_t base = tempmon_record_csum(&r);
  for (int bit = 0; bit < 64; ++bit) {
    r.ts_ns ^= 1ULL << bit;
    CHECK(RecordChecksum(r) != base);
    r.ts_ns ^= 1ULL << bit;
  }
  r.flags ^= 1;
  CHECK(RecordChecksum(r) != base);
}

TEST_CASE("a reader of this build refuses an ABI 1 ring and says its checksum differs") {
  Ring f("abi1");
  ShmProducer(f.ring).Push(0, 50000, 0, 1);
  // What an ABI 1.1 producer leaves in the control page.
  tempmon_ctrl* c = f.ring.mutable_ctrl();
  c->abi_major = 1;
  c->abi_minor = 1;
  try {
    ShmRing::Open(f.name);
    FAIL("opened an ABI 1.1 ring");
  } catch (const RingError& e) {
    CHECK(e.code().value() == EPROTO);
    const std::string what = e.what();
    CHECK(what.find("ABI 1.1") != std::string::npos);
    CHECK(what.find("FNV-1a") != std::string::npos);
    CHECK(what.find("CRC32C") != std::string::npos);
  }
}

TEST_CASE("a ring of this build is refused by ABI 1 readers, and this reader refuses a newer major") {
  Ring f("abi3");
  tempmon_ctrl* c = f.ring.mutable_ctrl();
  // An ABI 1 reader (lib/ring, python/tempmon/ring.py, tempmon-feed of 1.x)
  // accepts abi_major == 1 only: the CRC32C ring must not say 1.
  CHECK(c->abi_major == TEMPMON_ABI_MAJOR);
  CHECK(c->abi_major >= 2);
  CHECK(CheckCtrl(c, MapSizeFor(64)).empty());
  c->abi_major = TEMPMON_ABI_MAJOR + 1;
  try {
    ShmRing::Open(f.name);
    FAIL("opened a ring of a newer major");
  } catch (const RingError& e) {
    CHECK(e.code().value() == EPROTO);
    CHECK(std::string(e.what()).find("this build speaks " + std::to_string(TEMPMON_ABI_MAJOR) + ".x") !=
          std::string::npos);
  }
}

TEST_CASE("a record with a wrong checksum under a stable seq is counted torn, never delivered") {
  Ring f("torn");
  ShmProducer p(f.ring);
  for (int i = 0; i < 3; ++i) p.Push(0, 40000 + i, 0, 100 + i);
  f.ring.mutable_records()[1].temp_mc ^= 0x10;  // seq intact, payload changed
  Reader r(f.ring.view());
  std::vector<tempmon_record> out;
  CHECK(r.Poll(out) == 2);
  CHECK(r.stats().torn == 1);
  CHECK(r.stats().lost == 1);
  CHECK(out[0].temp_mc == 40000);
  CHECK(out[1].temp_mc == 40002);
  Reader s(f.ring.view());
  CHECK(s.Snapshot(64).size() == 2);
  CHECK(s.stats().torn == 1);
}
