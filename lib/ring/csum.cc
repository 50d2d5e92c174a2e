#include "tempmon/ring/csum.h"

#include <algorithm>
#include <chrono>

namespace tempmon::ring {

namespace {
struct SliceTables {
  uint32_t t[8][256];
};

// t[0][b]: the CRC of byte b; t[k][b]: of byte b followed by k zero bytes.
constexpr SliceTables MakeSliceTables() {
  SliceTables s{};
  for (uint32_t b = 0; b < 256; ++b) {
    uint32_t c = b;
    for (int i = 0; i < 8; ++i) c = (c >> 1) ^ (TEMPMON_CSUM_POLY & (0U - (c & 1U)));
    s.t[0][b] = c;
  }
  for (int k = 1; k < 8; ++k)
    for (uint32_t b = 0; b < 256; ++b) s.t[k][b] = (s.t[k - 1][b] >> 8) ^ s.t[0][s.t[k - 1][b] & 0xff];
  return s;
}

constexpr SliceTables kSlice = MakeSliceTables();
}  // namespace

namespace detail {
uint32_t Crc32cU64Sliced(uint32_t crc, uint64_t v) {
  v ^= crc;
  const auto& t = kSlice.t;
  return t[7][v & 0xff] ^ t[6][(v >> 8) & 0xff] ^ t[5][(v >> 16) & 0xff] ^ t[4][(v >> 24) & 0xff] ^
         t[3][(v >> 32) & 0xff] ^ t[2][(v >> 40) & 0xff] ^ t[1][(v >> 48) & 0xff] ^ t[0][v >> 56];
}
}  // namespace detail

void RecordChecksumsPortable(const tempmon_record* r, size_t n, uint32_t* out) {
  for (size_t j = 0; j < n; ++j) out[j] = detail::Crc32cPortable{}(r[j].ts_ns, tempmon_record_csum_word1(&r[j]));
}

static_assert(__BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__,
              "the checksum words are read as they lie in memory");

#if defined(__x86_64__)
// crc32q has a 3-cycle latency and a throughput of one per cycle: the two
// dependent steps of one record overlap with the next records' steps, so a
// block costs about one cycle per record.
__attribute__((target("sse4.2"))) void RecordChecksumsHw(const tempmon_record* r, size_t n,
                                                         uint32_t* out) {
  for (size_t j = 0; j < n; ++j) out[j] = detail::Crc32cHw{}(r[j].ts_ns, tempmon_record_csum_word1(&r[j]));
}

namespace {
// Whether the instruction beats the tables on this CPU: always natively
// (about 5x), never under an emulator that runs crc32 as a helper call
// (QEMU/TCG: the tables are about 2x faster there). Best of 5 passes of
// 512 records each way, a few microseconds natively.
bool HwFaster() {
  tempmon_record recs[512];
  uint64_t x = 0x9e3779b97f4a7c15ULL;
  for (auto& r : recs) {
    x ^= x << 13, x ^= x >> 7, x ^= x << 17;
    r = {};
    r.ts_ns = x;
    r.temp_mc = static_cast<int32_t>(x >> 11);
  }
  uint32_t sums[512];
  auto best = [&](void (*f)(const tempmon_record*, size_t, uint32_t*)) {
    auto b = std::chrono::steady_clock::duration::max();
    for (int i = 0; i < 5; ++i) {
      const auto t0 = std::chrono::steady_clock::now();
      f(recs, 512, sums);
      b = std::min(b, std::chrono::steady_clock::now() - t0);
    }
    return b;
  };
  return best(RecordChecksumsHw) <= best(RecordChecksumsPortable);
}
}  // namespace

bool UseHwChecksum() {
  // Chosen at run time, not by an ifunc: ThreadSanitizer's runtime is not
  // up when ifunc resolvers run, and a cached bool costs one predictable
  // branch per block.
  static const bool use = [] {
    __builtin_cpu_init();
    return __builtin_cpu_supports("sse4.2") != 0 && HwFaster();
  }();
  return use;
}
#else
void RecordChecksumsHw(const tempmon_record* r, size_t n, uint32_t* out) {
  RecordChecksumsPortable(r, n, out);
}
bool UseHwChecksum() { return false; }
#endif

void RecordChecksums(const tempmon_record* r, size_t n, uint32_t* out) {
  if (UseHwChecksum())
    RecordChecksumsHw(r, n, out);
  else
    RecordChecksumsPortable(r, n, out);
}

uint32_t RecordChecksum(const tempmon_record& r) {
  uint32_t c;
  RecordChecksums(&r, 1, &c);
  return c;
}

}  // namespace tempmon::ring
