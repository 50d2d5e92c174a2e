// The record checksum of uapi/tempmon.h (CRC32C of the payload), computed
// by the CPU's crc32 instruction where it has one (SSE4.2), else by tables;
// both give the header's tempmon_record_csum() (tests/ring/csum_vectors.txt).
#pragma once

#include <cstddef>
#include <cstdint>

#include "tempmon.h"

namespace tempmon::ring {

// Checksums of r[0..n) into out[0..n), the fastest way this CPU allows.
void RecordChecksums(const tempmon_record* r, size_t n, uint32_t* out);
uint32_t RecordChecksum(const tempmon_record& r);

namespace detail {
// tempmon_crc32c_u64() by eight 256-entry tables (8 KiB, built at compile
// time from TEMPMON_CSUM_POLY): 8 independent lookups per word instead of
// the header's 16 dependent 4-bit steps, for CPUs without the instruction.
uint32_t Crc32cU64Sliced(uint32_t crc, uint64_t v);

// One record's checksum from its two payload words as they lie in memory
// (little-endian: ts_ns, then temp_mc | sensor << 32 | flags << 48).
struct Crc32cPortable {
  uint32_t operator()(uint64_t w0, uint64_t w1) const {
    return ~Crc32cU64Sliced(Crc32cU64Sliced(0xffffffffU, w0), w1);
  }
};
#if defined(__x86_64__)
// Only inside a target("sse4.2") caller, on a CPU that has the instruction.
struct Crc32cHw {
  __attribute__((target("sse4.2"))) uint32_t operator()(uint64_t w0, uint64_t w1) const {
    return ~static_cast<uint32_t>(__builtin_ia32_crc32di(__builtin_ia32_crc32di(0xffffffffU, w0), w1));
  }
};
#endif
}  // namespace detail

// The two implementations RecordChecksums() chooses between, for tests and
// benchmarks. UseHwChecksum(): the CPU has the instruction and it is the
// faster of the two here (not under an emulator). RecordChecksumsHw() is
// the portable one on a CPU without the instruction.
bool UseHwChecksum();
void RecordChecksumsHw(const tempmon_record* r, size_t n, uint32_t* out);
void RecordChecksumsPortable(const tempmon_record* r, size_t n, uint32_t* out);

}  // namespace tempmon::ring
