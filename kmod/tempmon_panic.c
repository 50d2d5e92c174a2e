// SPDX-License-Identifier: GPL-2.0
/*
 * On panic or oops, print the tail of the ring to the kernel log, so the
 * seconds before a crash survive on the console / in pstore even when
 * nothing in userspace can run any more. Lock-free: the ring is read with
 * the readers' seq protocol and tm.lock is never taken (the CPU that
 * crashed may hold it).
 */
/* The panic tail's lines: capture/pstore/pstore_tail.cc parses this prefix. */
#define pr_fmt(fmt) "tempmon-tail: " fmt

#include <linux/atomic.h>
#include <linux/kdebug.h>
#include <linux/notifier.h>
#include <linux/panic_notifier.h>
#include <linux/printk.h>

#include "tempmon_priv.h"

#define TM_TAIL_RECORDS 32

static atomic_t tm_dumped = ATOMIC_INIT(0);

static void tm_dump_tail(const char *why)
{
	struct tempmon_ctrl *c = tm.ctrl;
	u64 head, tail, i;

	if (!c || atomic_xchg(&tm_dumped, 1))
		return;
	head = smp_load_acquire(&c->head);
	tail = READ_ONCE(c->tail);
	i = head - tail > TM_TAIL_RECORDS ? head - TM_TAIL_RECORDS : tail;
	pr_emerg("begin (%s) head=%llu records=%llu frozen_by=%#x overwritten=%llu\n",
		 why, head, head - i, READ_ONCE(c->frozen_by), READ_ONCE(c->overwritten));
	for (; i < head; i++) {
		const struct tempmon_record *r = &tm.recs[i & (tm.capacity - 1)];
		struct tempmon_record v;
		u64 s1 = smp_load_acquire(&r->seq);

		if (s1 != i + 1) {
			pr_emerg("%llu overwritten\n", i);
			continue;
		}
		v.ts_ns = READ_ONCE(r->ts_ns);
		v.temp_mc = READ_ONCE(r->temp_mc);
		v.sensor = READ_ONCE(r->sensor);
		v.flags = READ_ONCE(r->flags);
		smp_rmb();
		if (READ_ONCE(r->seq) != s1)
			continue;
		pr_emerg("%llu sensor=%u temp_mc=%d flags=%#x ts_ns=%llu\n",
			 i, v.sensor, v.temp_mc, v.flags, v.ts_ns);
	}
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

void tm_panic_init(void)
{
	atomic_notifier_chain_register(&panic_notifier_list, &tm_panic_nb);
	register_die_notifier(&tm_die_nb);
}

void tm_panic_exit(void)
{
	unregister_die_notifier(&tm_die_nb);
	atomic_notifier_chain_unregister(&panic_notifier_list, &tm_panic_nb);
}
