/* SPDX-License-Identifier: (GPL-2.0 WITH Linux-syscall-note) OR MIT */
/*
 * The ring's write step, shared verbatim by tempmon.ko and the userspace
 * producer (lib/ring ShmProducer), so that both follow the protocol that
 * uapi/tempmon.h documents and one reader serves both.
 *
 * The includer defines the memory-model primitives first:
 *   TM_READ_ONCE(x), TM_WRITE_ONCE(x, v), TM_STORE_RELEASE(p, v), TM_SMP_WMB(),
 *   TM_WRITE_PAYLOAD(x, v)
 * and TM_RECORD_CSUM(r), the record checksum: tempmon_record_csum() or a
 * hardware CRC32C that gives the same value (kernel: the SSE4.2 crc32
 * instruction where the CPU has it; userspace: lib/ring's dispatch).
 * (the kernel maps them to READ_ONCE & co. with WRITE_ONCE for the payload
 * after smp_wmb(); userspace to __atomic builtins, where ThreadSanitizer
 * cannot model fences, so there TM_SMP_WMB() is empty and every payload
 * store is a release store, which orders the BUSY mark before it just as
 * well; on x86 both are plain stores).
 * Every store to memory a reader may see goes through them, which is what
 * makes the userspace build data-race free under ThreadSanitizer.
 *
 * The caller serialises producers (kernel: spin_lock_irqsave; userspace:
 * a mutex) and owns the policy (freeze, throttle flags); this file is only
 * the mechanism.
 */
#ifndef TEMPMON_RING_CORE_H
#define TEMPMON_RING_CORE_H

#include "tempmon.h"

#if !defined(TM_READ_ONCE) || !defined(TM_WRITE_ONCE) || \
	!defined(TM_STORE_RELEASE) || !defined(TM_SMP_WMB) || !defined(TM_WRITE_PAYLOAD) || \
	!defined(TM_RECORD_CSUM)
#error "tempmon_ring_core.h: define the TM_* primitives first (see this header's comment)"
#endif

/* Fill a zeroed control page for a ring of @capacity (a power of two) records. */
static inline void tempmon_ring_init_ctrl(struct tempmon_ctrl *c,
					  __u64 capacity, __u32 rate_hz)
{
	c->magic = TEMPMON_MAGIC;
	c->abi_major = TEMPMON_ABI_MAJOR;
	c->abi_minor = TEMPMON_ABI_MINOR;
	c->ctrl_size = TEMPMON_CTRL_SIZE;
	c->record_size = sizeof(struct tempmon_record);
	c->capacity = capacity;
	c->data_offset = TEMPMON_CTRL_SIZE;
	c->rate_hz = rate_hz;
}

/*
 * Append one record; returns its absolute index. Overwrites the oldest
 * record when full: tail moves past it BEFORE its slot is marked busy, so a
 * reader that saw any byte of the new payload also sees the new tail.
 */
static inline __u64 tempmon_ring_put(struct tempmon_ctrl *c,
				     struct tempmon_record *recs,
				     __u64 ts_ns, __s32 temp_mc,
				     __u16 sensor, __u16 flags)
{
	__u64 i = TM_READ_ONCE(c->head);
	__u64 cap = TM_READ_ONCE(c->capacity);
	struct tempmon_record *r = &recs[i & (cap - 1)];
	struct tempmon_record v;

	if (i - TM_READ_ONCE(c->tail) >= cap) {
		TM_STORE_RELEASE(&c->tail, i - cap + 1);
		TM_WRITE_ONCE(c->overwritten, TM_READ_ONCE(c->overwritten) + 1);
	}
	v.ts_ns = ts_ns;
	v.temp_mc = temp_mc;
	v.sensor = sensor;
	v.flags = flags;
	v.csum = TM_RECORD_CSUM(&v);

	TM_WRITE_ONCE(r->seq, TEMPMON_SEQ_BUSY);
	TM_SMP_WMB();
	TM_WRITE_PAYLOAD(r->ts_ns, v.ts_ns);
	TM_WRITE_PAYLOAD(r->temp_mc, v.temp_mc);
	TM_WRITE_PAYLOAD(r->sensor, v.sensor);
	TM_WRITE_PAYLOAD(r->flags, v.flags);
	TM_WRITE_PAYLOAD(r->csum, v.csum);
	TM_WRITE_PAYLOAD(r->reserved, 0);
	TM_STORE_RELEASE(&r->seq, i + 1);
	TM_WRITE_ONCE(c->written, TM_READ_ONCE(c->written) + 1);
	TM_STORE_RELEASE(&c->head, i + 1);
	return i;
}

/*
 * Throttle detection with hysteresis, per sensor: starts at temp >=
 * threshold, ends below threshold - hysteresis. Updates *throttling and
 * returns the TEMPMON_F_THROTTLING / THR_START / THR_END flags of the sample.
 */
static inline __u16 tempmon_throttle_step(int *throttling, __s32 threshold_mc,
					  __s32 hysteresis_mc, __s32 temp_mc)
{
	if (threshold_mc == TEMPMON_NO_THRESHOLD) {
		if (!*throttling)
			return 0;
		*throttling = 0;
		return TEMPMON_F_THR_END;
	}
	if (!*throttling && temp_mc >= threshold_mc) {
		*throttling = 1;
		return TEMPMON_F_THROTTLING | TEMPMON_F_THR_START;
	}
	if (*throttling &&
	    (__s64)temp_mc < (__s64)threshold_mc - hysteresis_mc) {
		*throttling = 0;
		return TEMPMON_F_THR_END;
	}
	return *throttling ? TEMPMON_F_THROTTLING : 0;
}

/* CLEAR: forget everything written so far; indices are never reused. */
static inline void tempmon_ring_clear(struct tempmon_ctrl *c)
{
	/* gen first: a reader that sees the new tail also sees the new gen */
	TM_WRITE_ONCE(c->clear_gen, TM_READ_ONCE(c->clear_gen) + 1);
	TM_STORE_RELEASE(&c->tail, TM_READ_ONCE(c->head));
}

#endif /* TEMPMON_RING_CORE_H */
