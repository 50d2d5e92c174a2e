// A (control page, record array) pair in any mapping: /dev/tempmon's mmap
// or a ShmRing. Readers only need this.
#pragma once

#include <cstdint>
#include <string>

#include "tempmon.h"

namespace tempmon::ring {

// The geometry (capacity, hence where the records are) is taken once, when
// the mapping is checked, and kept here in private memory: a producer that
// rewrites the control page later (a hostile shared-memory object) cannot
// move a reader outside the mapping. head, tail and the counters are read
// live and never used unclamped.
struct RingView {
  const tempmon_ctrl* ctrl = nullptr;
  const tempmon_record* records = nullptr;
  uint64_t cap = 0;  // a power of two, checked against the mapping (CheckCtrl)

  uint64_t capacity() const { return cap; }
};

// Checks the magic and that this build reads ABI major `abi_major`;
// returns an empty string when it does, else what is wrong (naming the
// checksum of an ABI 1 ring).
std::string CheckAbi(uint32_t magic, uint16_t abi_major, uint16_t abi_minor);

// Checks CheckAbi(), sizes and that capacity * record_size fits in
// `map_size` bytes; returns an empty string when valid, else what is wrong.
std::string CheckCtrl(const tempmon_ctrl* ctrl, uint64_t map_size);

// The view of a mapping at `map` of `map_size` bytes that CheckCtrl found
// valid: its geometry read once from the control page.
RingView ViewOf(const void* map, uint64_t map_size);

// The mapping size a ring of `capacity` records needs (page aligned).
uint64_t MapSizeFor(uint64_t capacity);

}  // namespace tempmon::ring
