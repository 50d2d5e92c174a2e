#include "tempmon/ring/view.h"

#include <unistd.h>

namespace tempmon::ring {

uint64_t MapSizeFor(uint64_t capacity) {
  const uint64_t page = static_cast<uint64_t>(sysconf(_SC_PAGESIZE));
  const uint64_t bytes = TEMPMON_CTRL_SIZE + capacity * sizeof(tempmon_record);
  return (bytes + page - 1) / page * page;
}

std::string CheckAbi(uint32_t magic, uint16_t abi_major, uint16_t abi_minor) {
  if (magic != TEMPMON_MAGIC) return "bad magic (not a tempmon ring)";
  const std::string abi = "ABI " + std::to_string(abi_major) + "." + std::to_string(abi_minor);
  if (abi_major == 1)
    return abi + ": its records carry FNV-1a checksums, this build reads ABI " +
           std::to_string(TEMPMON_ABI_MAJOR) + " (CRC32C) only";
  if (abi_major != TEMPMON_ABI_MAJOR)
    return abi + ", this build speaks " + std::to_string(TEMPMON_ABI_MAJOR) + ".x";
  return {};
}

std::string CheckCtrl(const tempmon_ctrl* c, uint64_t map_size) {
  if (std::string bad = CheckAbi(c->magic, c->abi_major, c->abi_minor); !bad.empty()) return bad;
  if (c->record_size != sizeof(tempmon_record) || c->ctrl_size != TEMPMON_CTRL_SIZE)
    return "record/control sizes differ from this build's header";
  const uint64_t cap = c->capacity;
  if (cap < 2 || (cap & (cap - 1)) != 0) return "capacity is not a power of two";
  if (c->data_offset < TEMPMON_CTRL_SIZE || c->data_offset % alignof(tempmon_record) != 0)
    return "bad data_offset";
  if (cap > (map_size - c->data_offset) / sizeof(tempmon_record) || c->data_offset > map_size)
    return "records do not fit in the mapping";
  return {};
}

RingView ViewOf(const void* map, uint64_t map_size) {
  const auto* c = static_cast<const tempmon_ctrl*>(map);
  // Each field once, into private memory: what CheckCtrl validated is what
  // is used, whatever the page says afterwards.
  const uint64_t cap = __atomic_load_n(&c->capacity, __ATOMIC_RELAXED);
  const uint64_t off = __atomic_load_n(&c->data_offset, __ATOMIC_RELAXED);
  RingView v;
  if (cap < 2 || (cap & (cap - 1)) != 0 || off < TEMPMON_CTRL_SIZE || off > map_size ||
      off % alignof(tempmon_record) != 0 || cap > (map_size - off) / sizeof(tempmon_record))
    return v;  // changed since CheckCtrl: callers treat a null view as invalid
  v.ctrl = c;
  v.records = reinterpret_cast<const tempmon_record*>(static_cast<const char*>(map) + off);
  v.cap = cap;
  return v;
}

}  // namespace tempmon::ring
