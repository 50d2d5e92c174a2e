// SPDX-License-Identifier: GPL-2.0
/*
 * tempmon_testlog — a test-only module that prints, from the kernel, the
 * line a test writes to it, so a VM test can give tempmon-capture a record
 * the kernel itself wrote (facility 0, "kern"): the kind of record that is
 * kernel evidence. A line a test writes to /dev/kmsg is stored with a user
 * facility and is not.
 *
 *   /sys/module/tempmon_testlog/parameters/line   (w, root) "[<N>]TEXT"
 *
 * Each write is one printk() record at level N (0..7, default 4), TEXT
 * verbatim and without a prefix of this module's own: the test chooses the
 * whole message, as a driver prints it.
 */
#define pr_fmt(fmt) KBUILD_MODNAME ": " fmt

#include <linux/module.h>
#include <linux/moduleparam.h>
#include <linux/printk.h>
#include <linux/string.h>

/* The longest text accepted: printk keeps at most 1024 bytes a record. */
#define TESTLOG_MAX_TEXT	1000

static int line_set(const char *val, const struct kernel_param *kp)
{
	char level[3] = KERN_SOH "4";
	size_t len;

	if (val[0] == '<' && val[1] >= '0' && val[1] <= '7' && val[2] == '>') {
		level[1] = val[1];
		val += 3;
	}
	len = strcspn(val, "\n");
	if (!len || len > TESTLOG_MAX_TEXT)
		return -EINVAL;
	printk("%s%.*s\n", level, (int)len, val);
	return 0;
}

static const struct kernel_param_ops line_ops = {
	.set = line_set,
};
module_param_cb(line, &line_ops, NULL, 0200);
MODULE_PARM_DESC(line, "print \"[<N>]TEXT\" as one kernel log record at level N");

MODULE_DESCRIPTION("tempmon test-only kernel log writer");
MODULE_LICENSE("GPL");
