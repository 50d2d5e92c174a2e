// SPDX-License-Identifier: GPL-2.0
/*
 * tempmon_lockup — a test-only module that soft-locks the CPU it runs on,
 * on request, so that a VM test can take a guest through the kernel's own
 * soft-lockup detector (and, with kernel.softlockup_panic=1, its panic).
 *
 *   echo SECONDS > /sys/module/tempmon_lockup/parameters/spin_s
 *
 * The write spins in the writer's context with preemption off for SECONDS
 * (1..60): the CPU's watchdog thread cannot run, and after 2 *
 * kernel.watchdog_thresh seconds the watchdog's hrtimer reports "BUG: soft
 * lockup". Interrupts stay on (the hrtimer must fire). Without
 * softlockup_panic the write returns after SECONDS with the warning logged.
 */
#define pr_fmt(fmt) KBUILD_MODNAME ": " fmt

#include <linux/delay.h>
#include <linux/ktime.h>
#include <linux/module.h>
#include <linux/moduleparam.h>
#include <linux/preempt.h>

static int spin_set(const char *val, const struct kernel_param *kp)
{
	unsigned int s;
	u64 end;
	int ret;

	ret = kstrtouint(val, 0, &s);
	if (ret)
		return ret;
	if (s < 1 || s > 60)
		return -ERANGE;
	pr_info("spinning with preemption off for %u s on CPU %d\n", s, raw_smp_processor_id());
	end = ktime_get_mono_fast_ns() + (u64)s * NSEC_PER_SEC;
	preempt_disable();
	while (ktime_get_mono_fast_ns() < end)
		cpu_relax();
	preempt_enable();
	pr_info("spin over\n");
	return 0;
}

static const struct kernel_param_ops spin_ops = {
	.set = spin_set,
};
module_param_cb(spin_s, &spin_ops, NULL, 0200);
MODULE_PARM_DESC(spin_s, "write N: spin with preemption off for N seconds (1..60)");

MODULE_LICENSE("GPL");
MODULE_DESCRIPTION("tempmon test: soft-lock a CPU on request");
