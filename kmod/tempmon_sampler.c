// SPDX-License-Identifier: GPL-2.0
/*
 * The sampler: a kthread rather than an hrtimer callback or a delayed work,
 * because thermal_zone_get_temp() may sleep (it takes the zone's mutex and
 * may talk to a slow bus), and because a dedicated thread shows its own CPU
 * time in /proc (benchmark) and never holds up a shared workqueue. It
 * sleeps on an absolute hrtimer deadline (schedule_hrtimeout_range), so the
 * rate holds well above HZ and does not drift with the work done per tick.
 */
#include <linux/hrtimer.h>
#include <linux/kthread.h>
#include <linux/ktime.h>
#include <linux/sched.h>

#include "tempmon_priv.h"

static bool tm_has_work(void)
{
	return READ_ONCE(tm.nr_sampled) != 0 || kthread_should_stop();
}

static int tm_sampler_fn(void *unused)
{
	u64 last = 0, period = 0;
	ktime_t next = ktime_get();

	while (!kthread_should_stop()) {
		u64 now, gap, slack;
		u16 flags = 0;

		if (!READ_ONCE(tm.nr_sampled)) {
			/*
			 * Nothing to sample: sleep until a sensor appears, and
			 * do not count the idle time as a stall.
			 */
			wait_event_interruptible(tm.sampler_wq, tm_has_work());
			last = 0;
			next = ktime_get();
			continue;
		}
		now = ktime_get_ns();
		if (last && period) {
			gap = now - last;
			if (gap > (u64)TEMPMON_STALL_PERIODS * period)
				flags = TEMPMON_F_STALL;
			else if (gap > 2 * period)
				flags = TEMPMON_F_LATE;
		}
		if (flags) {
			unsigned long irq;

			spin_lock_irqsave(&tm.lock, irq);
			if (flags & TEMPMON_F_STALL)
				WRITE_ONCE(tm.ctrl->sampler_stalls, tm.ctrl->sampler_stalls + 1);
			else
				WRITE_ONCE(tm.ctrl->sampler_late, tm.ctrl->sampler_late + 1);
			spin_unlock_irqrestore(&tm.lock, irq);
		}
		last = now;
		tm_sample_all(now, flags);
		tm_refresh_wall_offset();

		period = NSEC_PER_SEC / READ_ONCE(tm.rate_hz);
		next = ktime_add_ns(next, period);
		if (ktime_before(next, ns_to_ktime(ktime_get_ns())))
			next = ktime_add_ns(ktime_get(), period);	/* no catch-up burst */
		slack = min_t(u64, period / 8, 50 * NSEC_PER_USEC);
		set_current_state(TASK_INTERRUPTIBLE);
		if (kthread_should_stop()) {
			__set_current_state(TASK_RUNNING);
			break;
		}
		schedule_hrtimeout_range(&next, slack, HRTIMER_MODE_ABS);
	}
	return 0;
}

int tm_sampler_start(void)
{
	struct task_struct *t = kthread_run(tm_sampler_fn, NULL, "tempmon-sampler");

	if (IS_ERR(t))
		return PTR_ERR(t);
	tm.sampler = t;
	return 0;
}

void tm_sampler_stop(void)
{
	if (tm.sampler) {
		kthread_stop(tm.sampler);
		tm.sampler = NULL;
	}
}

/* A sensor was added or the rate changed: re-evaluate now. */
void tm_sampler_kick(void)
{
	wake_up_interruptible(&tm.sampler_wq);
	if (tm.sampler)
		wake_up_process(tm.sampler);
}
