// SPDX-License-Identifier: GPL-2.0
/*
 * On panic or oops, print the tail of the ring to the kernel log, so the
 * seconds and minutes before a crash survive in pstore (ramoops, EFI), on a
 * serial console or in kdump's dmesg, even when nothing in userspace can run
 * any more. The capture turns them into a crash bundle at the next boot
 * (capture/pstore/pstore_tail.cc parses these lines; docs/bundle-format.md).
 *
 * What is printed is bounded by tail_bytes, the text a pstore record must
 * hold besides the kernel's own report: the last seconds at full rate (the
 * ring's records) and, before them, per-sensor summaries of each
 * tail_interval_ms (count, min, max, mean, the OR of the flags). The
 * summaries are kept by the producers under tm.lock in their own buffer
 * (tm_summary_add_locked()), so they keep going while the ring is frozen,
 * and at panic they are only read.
 *
 * Lock-free at panic: the ring and the summaries are read with the readers'
 * seq protocol and tm.lock is never taken (the CPU that crashed may hold
 * it). Only one CPU prints (tm_dumped), so the encoder's static buffers
 * need no lock.
 *
 * Lines, after the "tempmon-tail: " prefix (decimal unless noted):
 *   begin (WHY) head=H records=N frozen_by=0xF overwritten=O mono_ns=M
 *         real_ns=R rate_hz=Z interval_ms=I tail_bytes=B
 *   sensor id=ID origin=O unit=U threshold_mc=T hysteresis_mc=Y
 *          throttling=0|1 name=NAME            (NAME runs to the end)
 *   S ID INTERVAL_MS K TOK...   summaries of sensor ID, intervals K, K+1...
 *        TOK = N,DMEAN,LO,HI[,FLAGS]: N samples, mean = previous mean in
 *        the line + DMEAN (the first: DMEAN is the mean), min = mean - LO,
 *        max = mean + HI, FLAGS (hex) when not those of the previous token
 *        (the first: when not 0); interval K covers [K*I ms, (K+1)*I ms)
 *   F IDX TS_US TOK...          ring records IDX, IDX+1... at full rate
 *        TOK = D,T[,FLAGS][/S]: time = previous record's + D us (the
 *        first: TS_US + D), T the temperature minus the previous one of the
 *        same sensor in the line (the first of a sensor: T itself), FLAGS
 *        (hex) when not the previous of the same sensor's (first: not 0),
 *        S the sensor when not the previous record's (first: not 0)
 *   end
 */
#define pr_fmt(fmt) "tempmon-tail: " fmt

#include <linux/atomic.h>
#include <linux/kdebug.h>
#include <linux/kernel.h>
#include <linux/math64.h>
#include <linux/moduleparam.h>
#include <linux/notifier.h>
#include <linux/panic_notifier.h>
#include <linux/printk.h>
#include <linux/timekeeping.h>
#include <linux/vmalloc.h>

#include "tempmon_priv.h"

static unsigned int tail_bytes = 16384;
module_param(tail_bytes, uint, 0644);
MODULE_PARM_DESC(tail_bytes,
		 "text the panic tail may print, 1024..262144 bytes (default 16384; a 64 KiB ramoops record keeps it and the kernel's report)");

static unsigned int tail_full_percent = 50;
module_param(tail_full_percent, uint, 0644);
MODULE_PARM_DESC(tail_full_percent,
		 "share of tail_bytes for the last records at full rate, 0..100 (default 50; the rest: summaries)");

static unsigned int tail_interval_ms = 1000;
module_param(tail_interval_ms, uint, 0444);
MODULE_PARM_DESC(tail_interval_ms, "interval of the panic tail's summaries, 10..60000 ms (default 1000)");

/* 4096 summaries: 68 minutes of one sensor at 1 s, more than a tail holds. */
#define TM_SUM_SLOTS		4096
/*
 * A printed line: printk keeps about 1000 bytes; shorter lines cost more
 * per-line overhead in the record.
 */
#define TM_LINE_MAX		480
/*
 * What a line costs in a pstore record besides its text: the syslog prefix
 * "<0>[12345.123456] ", "tempmon-tail: " and the newline.
 */
#define TM_LINE_OVERHEAD	34

struct tm_sum {
	u64 seq;		/* index + 1 once written; 0 while being written */
	u64 k;			/* interval: [k * interval, (k + 1) * interval) */
	s32 min_mc;
	s32 max_mc;
	s32 mean_mc;
	u32 n;
	u16 sensor;
	u16 flags;		/* OR of the samples' flags */
};

/* A sensor's interval in progress, under tm.lock. */
struct tm_acc {
	u64 k;
	s64 sum;
	s32 min_mc;
	s32 max_mc;
	u32 n;
	u16 flags;
};

static struct tm_sum *tm_sums;		/* TM_SUM_SLOTS, vmalloc */
static u64 tm_sum_head;			/* under tm.lock; read at panic */
static u64 tm_interval_ns;
static struct tm_acc tm_accs[TEMPMON_MAX_SENSORS];
static atomic_t tm_dumped = ATOMIC_INIT(0);

/**
 * tm_summary_add_locked() - account one sample in its sensor's summary
 * @sensor: sensor slot
 * @temp_mc: the value
 * @flags: the record's flags
 * @ts_ns: its CLOCK_MONOTONIC time
 *
 * Called by every producer for every sample, written to the ring or not
 * (a frozen ring still has its summaries brought up to date). When the
 * sample opens a new interval the finished one is published, seq last.
 */
void tm_summary_add_locked(u16 sensor, s32 temp_mc, u16 flags, u64 ts_ns)
{
	struct tm_acc *a;
	u64 k;

	lockdep_assert_held(&tm.lock);
	if (!tm_sums || sensor >= TEMPMON_MAX_SENSORS)
		return;
	a = &tm_accs[sensor];
	k = div64_u64(ts_ns, tm_interval_ns);
	if (a->n && k != a->k) {
		u64 i = tm_sum_head;
		struct tm_sum *s = &tm_sums[i % TM_SUM_SLOTS];

		WRITE_ONCE(s->seq, 0);
		/*
		 * seq 0 before the payload: pairs with the smp_rmb() in
		 * tm_read_sum(), so a copy with any byte of the new payload
		 * finds seq changed.
		 */
		smp_wmb();
		WRITE_ONCE(s->k, a->k);
		WRITE_ONCE(s->min_mc, a->min_mc);
		WRITE_ONCE(s->max_mc, a->max_mc);
		WRITE_ONCE(s->mean_mc, (s32)div_s64(a->sum, a->n));
		WRITE_ONCE(s->n, a->n);
		WRITE_ONCE(s->sensor, sensor);
		WRITE_ONCE(s->flags, a->flags);
		/* Pairs with the acquire load of seq in tm_read_sum(). */
		smp_store_release(&s->seq, i + 1);
		/* Pairs with the acquire load of tm_sum_head in tm_dump_tail(). */
		smp_store_release(&tm_sum_head, i + 1);
		a->n = 0;
	}
	if (!a->n) {
		a->k = k;
		a->sum = 0;
		a->min_mc = temp_mc;
		a->max_mc = temp_mc;
		a->flags = 0;
	}
	a->n++;
	a->sum += temp_mc;
	a->min_mc = min(a->min_mc, temp_mc);
	a->max_mc = max(a->max_mc, temp_mc);
	a->flags |= flags;
}

/* One output line being built; printed, or only measured (@dry). */
struct tm_line {
	char buf[TM_LINE_MAX];
	int len;
	bool dry;
	size_t used;		/* bytes printed (or that would be), overhead included */
};

static void tm_line_flush(struct tm_line *l)
{
	if (!l->len)
		return;
	if (!l->dry)
		pr_emerg("%s\n", l->buf);
	l->used += l->len + TM_LINE_OVERHEAD;
	l->len = 0;
}

/* Appends to the line; false (nothing appended) when it does not fit. */
static __printf(2, 3) bool tm_line_add(struct tm_line *l, const char *fmt, ...)
{
	va_list ap;
	int n;

	va_start(ap, fmt);
	n = vsnprintf(l->buf + l->len, sizeof(l->buf) - l->len, fmt, ap);
	va_end(ap);
	if (n < 0 || l->len + n >= (int)sizeof(l->buf)) {
		l->buf[l->len] = '\0';
		return false;
	}
	l->len += n;
	return true;
}

/* A copy of ring record @i, or false when it was overwritten or torn. */
static bool tm_read_record(u64 i, struct tempmon_record *v)
{
	const struct tempmon_record *r = &tm.recs[i & (tm.capacity - 1)];
	/* Pairs with the release store of seq in tempmon_ring_put(). */
	u64 s1 = smp_load_acquire(&r->seq);

	if (s1 != i + 1)
		return false;
	v->ts_ns = READ_ONCE(r->ts_ns);
	v->temp_mc = READ_ONCE(r->temp_mc);
	v->sensor = READ_ONCE(r->sensor);
	v->flags = READ_ONCE(r->flags);
	/*
	 * The copy before the second load of seq: pairs with the smp_wmb()
	 * after the BUSY mark in tempmon_ring_put().
	 */
	smp_rmb();
	return READ_ONCE(r->seq) == s1 && v->sensor < TEMPMON_MAX_SENSORS;
}

/* Per-line state of the F encoding: what each token is relative to. */
static struct {
	bool open;
	u64 next_idx;
	u64 prev_us;
	u16 prev_sensor;
	u32 seen;		/* sensors with a record in the line */
	s32 temp[TEMPMON_MAX_SENSORS];
	u16 flags[TEMPMON_MAX_SENSORS];
} tm_f;

/* Ends the line: the next record starts a fresh one. */
static void tm_f_break(struct tm_line *l)
{
	tm_line_flush(l);
	tm_f.open = false;
	tm_f.seen = 0;
}

static bool tm_f_token(struct tm_line *l, u64 idx, const struct tempmon_record *v)
{
	u64 us = div_u64(v->ts_ns, 1000);
	bool seen = tm_f.seen & BIT(v->sensor);
	s32 dt = seen ? v->temp_mc - tm_f.temp[v->sensor] : v->temp_mc;
	u16 prevf = seen ? tm_f.flags[v->sensor] : 0;
	s64 dus = tm_f.open ? (s64)(us - tm_f.prev_us) : 0;
	u16 prev_sensor = tm_f.open ? tm_f.prev_sensor : 0;
	int len = l->len;

	if (!tm_f.open && !tm_line_add(l, "F %llu %llu", idx, us))
		return false;
	if (!tm_line_add(l, " %lld,%d", dus, dt) ||
	    (v->flags != prevf && !tm_line_add(l, ",%x", v->flags)) ||
	    (v->sensor != prev_sensor && !tm_line_add(l, "/%u", v->sensor))) {
		l->len = len;
		l->buf[len] = '\0';
		return false;
	}
	tm_f.open = true;
	tm_f.next_idx = idx + 1;
	tm_f.prev_us = us;
	tm_f.prev_sensor = v->sensor;
	tm_f.seen |= BIT(v->sensor);
	tm_f.temp[v->sensor] = v->temp_mc;
	tm_f.flags[v->sensor] = v->flags;
	return true;
}

/*
 * Encodes ring records [@from, @to) as F lines. Dry: stops once @limit
 * bytes are exceeded. Returns the bytes used.
 */
static size_t tm_put_full(u64 from, u64 to, bool dry, size_t limit)
{
	static struct tm_line l;
	struct tempmon_record v;
	u64 i;

	l.len = 0;
	l.used = 0;
	l.dry = dry;
	tm_f.open = false;
	tm_f.seen = 0;
	for (i = from; i < to && l.used + l.len <= limit; i++) {
		if (!tm_read_record(i, &v)) {
			tm_f_break(&l);
			continue;
		}
		if (tm_f.open && tm_f.next_idx != i)
			tm_f_break(&l);
		if (!tm_f_token(&l, i, &v)) {
			tm_f_break(&l);
			tm_f_token(&l, i, &v);	/* a fresh line holds one token */
		}
	}
	tm_line_flush(&l);
	return l.used;
}

/* A copy of summary @i, or false when it was overwritten or torn. */
static bool tm_read_sum(u64 i, struct tm_sum *v)
{
	const struct tm_sum *s = &tm_sums[i % TM_SUM_SLOTS];
	/* Pairs with the release store of seq in tm_summary_add_locked(). */
	u64 s1 = smp_load_acquire(&s->seq);

	if (s1 != i + 1)
		return false;
	v->k = READ_ONCE(s->k);
	v->min_mc = READ_ONCE(s->min_mc);
	v->max_mc = READ_ONCE(s->max_mc);
	v->mean_mc = READ_ONCE(s->mean_mc);
	v->n = READ_ONCE(s->n);
	v->sensor = READ_ONCE(s->sensor);
	v->flags = READ_ONCE(s->flags);
	/*
	 * The copy before the second load of seq: pairs with the smp_wmb()
	 * after seq is zeroed in tm_summary_add_locked().
	 */
	smp_rmb();
	return READ_ONCE(s->seq) == s1;
}

/*
 * Encodes, sensor by sensor, the summaries of intervals @k_from.. that
 * begin before @before_ns (where the full-rate records take over) as S
 * lines. Dry: stops once @limit bytes are exceeded. Returns the bytes used.
 */
static size_t tm_put_summaries(u64 head, u32 present, u64 k_from, u64 before_ns, bool dry,
			       size_t limit)
{
	static struct tm_line l;
	u64 lo = head > TM_SUM_SLOTS ? head - TM_SUM_SLOTS : 0;
	u32 sensor;

	l.len = 0;
	l.used = 0;
	l.dry = dry;
	for (sensor = 0; sensor < TEMPMON_MAX_SENSORS; sensor++) {
		bool open = false;
		u64 next_k = 0;
		s32 mean = 0;
		u16 flags = 0;
		struct tm_sum v;
		u64 i;

		if (!(present & BIT(sensor)))
			continue;
		for (i = lo; i < head && l.used + l.len <= limit; i++) {
			s32 dmean;
			int len;

			if (!tm_read_sum(i, &v) || v.sensor != sensor || v.k < k_from ||
			    v.k * tm_interval_ns >= before_ns || !v.n)
				continue;
			if (open && v.k != next_k) {
				tm_line_flush(&l);
				open = false;
			}
again:
			len = l.len;
			dmean = open ? v.mean_mc - mean : v.mean_mc;
			if ((!open &&
			     !tm_line_add(&l, "S %u %u %llu", sensor, tail_interval_ms, v.k)) ||
			    !tm_line_add(&l, " %u,%d,%d,%d", v.n, dmean,
					 v.mean_mc - v.min_mc, v.max_mc - v.mean_mc) ||
			    (v.flags != (open ? flags : 0) && !tm_line_add(&l, ",%x", v.flags))) {
				l.len = len;
				l.buf[len] = '\0';
				/* Cannot happen: a fresh line holds one token. */
				if (!open)
					continue;
				tm_line_flush(&l);
				open = false;
				goto again;
			}
			open = true;
			next_k = v.k + 1;
			mean = v.mean_mc;
			flags = v.flags;
		}
		tm_line_flush(&l);
	}
	return l.used;
}

static void tm_dump_sensors(void)
{
	unsigned int id;

	for (id = 0; id < TEMPMON_MAX_SENSORS; id++) {
		const struct tm_sensor *s = &tm.sensors[id];

		if (READ_ONCE(s->kind) == TEMPMON_SENSOR_NONE)
			continue;
		pr_emerg("sensor id=%u origin=%u unit=%u threshold_mc=%d hysteresis_mc=%d throttling=%d name=%.*s\n",
			 id, READ_ONCE(s->desc.origin), READ_ONCE(s->desc.unit),
			 READ_ONCE(s->threshold_mc), READ_ONCE(s->hysteresis_mc),
			 READ_ONCE(s->throttling), (int)sizeof(s->name), s->name);
	}
}

static void tm_dump_tail(const char *why)
{
	struct tempmon_ctrl *c = tm.ctrl;
	size_t budget, full_budget, used;
	u64 head, tail, lo, hi, start, sum_head, first_ns, klo, khi;
	struct tempmon_record v;

	if (!c || atomic_xchg(&tm_dumped, 1))
		return;
	budget = clamp_val(READ_ONCE(tail_bytes), 1024U, 262144U);
	full_budget = budget * min(READ_ONCE(tail_full_percent), 100U) / 100;
	/* Pairs with the release store of head in tempmon_ring_put(). */
	head = smp_load_acquire(&c->head);
	tail = READ_ONCE(c->tail);
	pr_emerg("begin (%s) head=%llu records=%llu frozen_by=%#x overwritten=%llu mono_ns=%llu real_ns=%llu rate_hz=%u interval_ms=%u tail_bytes=%zu\n",
		 why, head, head - tail, READ_ONCE(c->frozen_by), READ_ONCE(c->overwritten),
		 ktime_get_mono_fast_ns(), ktime_get_real_fast_ns(), READ_ONCE(tm.rate_hz),
		 tail_interval_ms, budget);
	tm_dump_sensors();

	/* The earliest record from which the full-rate lines fit their share. */
	lo = head - tail > tm.capacity ? head - tm.capacity : tail;
	hi = head;
	while (lo < hi) {
		u64 mid = lo + (hi - lo) / 2;

		if (tm_put_full(mid, head, true, full_budget) <= full_budget)
			hi = mid;
		else
			lo = mid + 1;
	}
	start = lo;
	used = start < head ? tm_put_full(start, head, true, full_budget) : 0;
	first_ns = ktime_get_mono_fast_ns();
	if (start < head && tm_read_record(start, &v))
		first_ns = v.ts_ns;

	/* The summaries before that, as far back as the rest of the budget goes. */
	sum_head = tm_sums ? smp_load_acquire(&tm_sum_head) : 0;
	if (sum_head && used < budget) {
		size_t rest = budget - used;
		struct tm_sum s;
		u64 i = sum_head > TM_SUM_SLOTS ? sum_head - TM_SUM_SLOTS : 0;
		u32 present = 0;

		klo = U64_MAX;
		for (; i < sum_head; i++) {
			if (tm_read_sum(i, &s) && s.sensor < TEMPMON_MAX_SENSORS) {
				klo = min(klo, s.k);
				present |= BIT(s.sensor);
			}
		}
		khi = div64_u64(first_ns, tm_interval_ns) + 1;
		while (klo != U64_MAX && klo < khi) {
			u64 mid = klo + (khi - klo) / 2;

			if (tm_put_summaries(sum_head, present, mid, first_ns, true, rest) <= rest)
				khi = mid;
			else
				klo = mid + 1;
		}
		if (klo != U64_MAX)
			tm_put_summaries(sum_head, present, klo, first_ns, false, budget);
	}
	if (start < head)
		tm_put_full(start, head, false, budget);
	pr_emerg("end\n");
}

static int tm_panic_cb(struct notifier_block *nb, unsigned long action, void *data)
{
	tm_dump_tail("panic");
	return NOTIFY_DONE;
}

static int tm_die_cb(struct notifier_block *nb, unsigned long action, void *data)
{
	/* DIE_INT3, DIE_DEBUG... are breakpoints and kprobes, not crashes. */
	if (action == DIE_OOPS)
		tm_dump_tail("oops");
	return NOTIFY_DONE;
}

static struct notifier_block tm_panic_nb = {
	.notifier_call = tm_panic_cb,
	.priority = INT_MAX,	/* before kdump/other notifiers stop the machine */
};

static struct notifier_block tm_die_nb = {
	.notifier_call = tm_die_cb,
};

/**
 * tm_panic_init() - allocate the summaries and hook panic and oops
 *
 * Before any producer runs: they account every sample from the start.
 * Return: 0, -EINVAL for a bad tail_interval_ms, -ENOMEM.
 */
int tm_panic_init(void)
{
	if (tail_interval_ms < 10 || tail_interval_ms > 60000) {
		pr_err("tail_interval_ms=%u: must be in 10..60000\n", tail_interval_ms);
		return -EINVAL;
	}
	tm_interval_ns = (u64)tail_interval_ms * NSEC_PER_MSEC;
	tm_sums = vzalloc(array_size(TM_SUM_SLOTS, sizeof(*tm_sums)));
	if (!tm_sums)
		return -ENOMEM;
	atomic_notifier_chain_register(&panic_notifier_list, &tm_panic_nb);
	register_die_notifier(&tm_die_nb);
	return 0;
}

/**
 * tm_panic_exit() - unhook and free the summaries
 *
 * After every producer stopped (the sampler, and /dev/tempmon gone).
 */
void tm_panic_exit(void)
{
	unregister_die_notifier(&tm_die_nb);
	atomic_notifier_chain_unregister(&panic_notifier_list, &tm_panic_nb);
	vfree(tm_sums);
	tm_sums = NULL;
}
