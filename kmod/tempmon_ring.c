// SPDX-License-Identifier: GPL-2.0
/*
 * The producer side of the flight recorder: every record (sampler, pushes,
 * markers) goes through tm_emit_locked() under tm.lock, which applies the
 * throttle and freeze policy and then the shared write step.
 */
#include <linux/mm.h>
#include <linux/poll.h>
#include <linux/string.h>
#include <linux/timekeeping.h>
#include <linux/vmalloc.h>

#include "compat.h"
#include "tempmon_priv.h"
#include "tempmon_trace.h"

/*
 * The record checksum (CRC32C, see uapi/tempmon.h) computed by the SSE4.2
 * crc32 instruction where the CPU has it: it works on general-purpose
 * registers only (no FPU/SIMD state, so no kernel_fpu_begin()), which
 * makes it safe under tm.lock with interrupts off. Elsewhere the header's
 * portable form gives the same value.
 */
static u32 tm_record_csum(const struct tempmon_record *r)
{
#ifdef CONFIG_X86_64
	if (boot_cpu_has(X86_FEATURE_XMM4_2)) {
		u64 crc = 0xffffffffU;

		asm("crc32q %1, %0" : "+r" (crc) : "rm" (r->ts_ns));
		asm("crc32q %1, %0" : "+r" (crc) : "rm" (tempmon_record_csum_word1(r)));
		return ~(u32)crc;
	}
#endif
	return tempmon_record_csum(r);
}

#define TM_READ_ONCE(x)		READ_ONCE(x)
#define TM_WRITE_ONCE(x, v)	WRITE_ONCE(x, v)
/*
 * Release stores of tail, seq and head: they pair with a reader's acquire
 * loads of the same words (uapi/tempmon.h, reader protocol 1 and 6).
 */
#define TM_STORE_RELEASE(p, v)	smp_store_release(p, v)
/*
 * Orders the BUSY mark before the payload stores: pairs with the read
 * fence a reader puts between its copy and its second load of seq (in
 * this module, tm_read_record()'s smp_rmb()), so that a copy holding any
 * byte of the new payload finds seq changed.
 */
#define TM_SMP_WMB()		smp_wmb()
#define TM_WRITE_PAYLOAD(x, v)	WRITE_ONCE(x, v)
#define TM_RECORD_CSUM(r)	tm_record_csum(r)
#include "tempmon_ring_core.h"

struct tm_dev tm;

int tm_ring_init(u64 capacity, u32 rate_hz)
{
	tm.area_size = PAGE_ALIGN(TEMPMON_CTRL_SIZE +
				  capacity * sizeof(struct tempmon_record));
	/* Zeroed, page-aligned and mappable by remap_vmalloc_range(). */
	tm.area = vmalloc_user(tm.area_size);
	if (!tm.area)
		return -ENOMEM;
	tm.ctrl = tm.area;
	tm.recs = tm.area + TEMPMON_CTRL_SIZE;
	tm.capacity = capacity;
	tm.rate_hz = rate_hz;
	tempmon_ring_init_ctrl(tm.ctrl, capacity, rate_hz);
	tm_refresh_wall_offset();
	return 0;
}

void tm_ring_exit(void)
{
	vfree(tm.area);
	tm.area = NULL;
	tm.ctrl = NULL;
	tm.recs = NULL;
}

void tm_refresh_wall_offset(void)
{
	WRITE_ONCE(tm.ctrl->wall_offset_ns,
		   (s64)(ktime_get_real_ns() - ktime_get_ns()));
}

/**
 * tm_publish_sensor_locked() - copy a sensor's state to the mapped table
 * @id: sensor slot
 *
 * State bits, threshold, hysteresis and simulated load: each one word, so
 * a reader sees each value whole without the sensors_gen protocol.
 * Context: tm.lock held.
 */
void tm_publish_sensor_locked(unsigned int id)
{
	struct tempmon_sensor_info *si = &tm.ctrl->sensors[id];
	struct tm_sensor *s = &tm.sensors[id];
	u32 state = 0;

	lockdep_assert_held(&tm.lock);
	if (s->kind != TEMPMON_SENSOR_NONE)
		state |= TEMPMON_SS_ACTIVE;
	if (s->throttling)
		state |= TEMPMON_SS_THROTTLING;
	WRITE_ONCE(si->state, state);
	WRITE_ONCE(si->threshold_mc, s->threshold_mc);
	WRITE_ONCE(si->hysteresis_mc, s->hysteresis_mc);
	WRITE_ONCE(si->sim_load_permille, s->sim.load_permille);
}

/**
 * tm_publish_desc_locked() - copy a sensor's description to the mapped table
 * @id: sensor slot
 *
 * The description is 128 bytes, not one word: sensors_gen is odd while it
 * is rewritten, so a reader that copies it between two equal even reads of
 * sensors_gen has a whole one.
 * Context: tm.lock held (the only writer of sensors_gen).
 */
void tm_publish_desc_locked(unsigned int id)
{
	struct tempmon_ctrl *c = tm.ctrl;

	lockdep_assert_held(&tm.lock);
	WRITE_ONCE(c->sensors_gen, c->sensors_gen + 1);
	/*
	 * The odd sensors_gen before the description: pairs with the fence a
	 * reader puts between its copy and its second load of sensors_gen.
	 */
	smp_wmb();
	memcpy(&c->sensors_desc[id], &tm.sensors[id].desc, sizeof(c->sensors_desc[id]));
	/*
	 * The description before the even sensors_gen: pairs with a reader's
	 * acquire load of sensors_gen before its copy.
	 */
	smp_wmb();
	WRITE_ONCE(c->sensors_gen, c->sensors_gen + 1);
}

static void tm_freeze_locked(u32 reason)
{
	struct tempmon_ctrl *c = tm.ctrl;

	lockdep_assert_held(&tm.lock);
	WRITE_ONCE(c->frozen_by, c->frozen_by | reason);
	tm.af_pending = false;
}

/* After a record was written: arm or count down the auto-freeze. */
static void tm_autofreeze_locked(u16 flags)
{
	u32 reason = 0;

	lockdep_assert_held(&tm.lock);
	if (tm.af_pending) {
		if (--tm.af_remaining == 0)
			tm_freeze_locked(tm.af_reason);
		return;
	}
	if ((flags & TEMPMON_F_THR_START) && (tm.af_triggers & TEMPMON_FREEZE_THROTTLE))
		reason = TEMPMON_FREEZE_THROTTLE;
	else if ((flags & TEMPMON_F_STALL) && (tm.af_triggers & TEMPMON_FREEZE_STALL))
		reason = TEMPMON_FREEZE_STALL;
	if (!reason)
		return;
	tm.af_reason = reason;
	tm.af_remaining = tm.af_post;
	if (tm.af_post == 0)
		tm_freeze_locked(reason);
	else
		tm.af_pending = true;
}

/**
 * tm_emit_locked() - record one sample, with throttle detection and freeze
 * @sensor: sensor slot; the caller checked that it exists
 * @temp_mc: the value, millidegrees Celsius (or the sensor's unit)
 * @flags: TEMPMON_F_* of the producer (LATE, STALL, MARKER...)
 * @ts_ns: CLOCK_MONOTONIC time of the sample
 * @out: what tm_emit_finish() reports outside the lock; filled either way
 *
 * Context: tm.lock held, interrupts off; never sleeps.
 * Return: true if written; false if refused because the ring is frozen
 * (counted in dropped_frozen).
 */
bool tm_emit_locked(u16 sensor, s32 temp_mc, u16 flags, u64 ts_ns,
		    struct tm_emit *out)
{
	struct tempmon_ctrl *c = tm.ctrl;
	struct tm_sensor *s = &tm.sensors[sensor];
	struct tempmon_sensor_info *si = &c->sensors[sensor];
	u16 thr = 0;

	lockdep_assert_held(&tm.lock);
	if (!(flags & TEMPMON_F_MARKER)) {
		int throttling = s->throttling;

		thr = tempmon_throttle_step(&throttling, s->threshold_mc,
					    s->hysteresis_mc, temp_mc);
		s->throttling = throttling;
		flags |= thr;
		WRITE_ONCE(si->last_mc, temp_mc);
		if (thr & (TEMPMON_F_THR_START | TEMPMON_F_THR_END)) {
			tm.thr_transitions++;
			tm_publish_sensor_locked(sensor);
		}
		if (thr & TEMPMON_F_THR_START) {
			WRITE_ONCE(si->throttle_events, si->throttle_events + 1);
			WRITE_ONCE(c->throttle_events, c->throttle_events + 1);
		}
		/*
		 * Before the freeze check: a frozen ring's panic tail still
		 * summarises the samples it refuses.
		 */
		tm_summary_add_locked(sensor, temp_mc, flags, ts_ns);
	}
	out->temp_mc = temp_mc;
	out->threshold_mc = s->threshold_mc;
	out->sensor = sensor;
	out->flags = flags;
	out->seq = 0;
	if (c->frozen_by) {
		WRITE_ONCE(c->dropped_frozen, c->dropped_frozen + 1);
		return false;
	}
	out->seq = tempmon_ring_put(c, tm.recs, ts_ns, temp_mc, sensor, flags) + 1;
	WRITE_ONCE(si->samples, si->samples + 1);
	tm_autofreeze_locked(flags);
	return true;
}

/**
 * tm_ring_clear_locked() - forget every record (TEMPMON_IOC_CLEAR)
 *
 * Context: tm.lock held.
 */
void tm_ring_clear_locked(void)
{
	lockdep_assert_held(&tm.lock);
	tempmon_ring_clear(tm.ctrl);
}

/**
 * tm_emit_finish() - tracepoints and reader wake-ups for emitted samples
 * @e: what tm_emit_locked() filled in
 * @n: how many
 *
 * Context: after tm.lock was dropped: tracepoint probes and the wake-up
 * take their own locks.
 */
void tm_emit_finish(const struct tm_emit *e, unsigned int n)
{
	unsigned int i;

	for (i = 0; i < n; i++) {
		if (e[i].flags & (TEMPMON_F_THR_START | TEMPMON_F_THR_END))
			trace_tempmon_throttle(e[i].sensor, e[i].temp_mc,
					       e[i].threshold_mc,
					       !!(e[i].flags & TEMPMON_F_THR_START));
		if (e[i].seq) {
			trace_tempmon_sample(e[i].sensor, e[i].temp_mc,
					     e[i].flags, e[i].seq);
		}
	}
	if (n && wq_has_sleeper(&tm.readers))
		wake_up_interruptible_poll(&tm.readers, EPOLLIN | EPOLLPRI);
}
