#include "tempmon/ring/csum.h"

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

bool HaveHwChecksum() {
  // Chosen at run time, not by an ifunc: ThreadSanitizer's runtime is not
  // up when ifunc resolvers run, and a cached bool costs one predictable
  // branch per block.
  static const bool have = [] {
    __builtin_cpu_init();
    return __builtin_cpu_supports("sse4.2") != 0;
  }();
  return have;
}
#else
void RecordChecksumsHw(const tempmon_record* r, size_t n, uint32_t* out) {
  RecordChecksumsPortable(r, n, out);
}
bool HaveHwChecksum() { return false; }
#endif

void RecordChecksums(const tempmon_record* r, size_t n, uint32_t* out) {
  if (HaveHwChecksum())
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
