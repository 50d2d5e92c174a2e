#include "tempmon/ring/csum.h"

namespace tempmon::ring {

void RecordChecksumsPortable(const tempmon_record* r, size_t n, uint32_t* out) {
  for (size_t j = 0; j < n; ++j) out[j] = tempmon_record_csum(&r[j]);
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
