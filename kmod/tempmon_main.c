// SPDX-License-Identifier: GPL-2.0
/* Pipeline check only; the real module replaces this file. */
#include <linux/module.h>
#include <linux/miscdevice.h>
#include <linux/fs.h>
#include "uapi/tempmon.h"

static ssize_t tempmon_read(struct file *f, char __user *buf, size_t len, loff_t *pos)
{
	static const char msg[] = "tempmon: no sensors\n";

	return simple_read_from_buffer(buf, len, pos, msg, sizeof(msg) - 1);
}

static const struct file_operations tempmon_fops = {
	.owner = THIS_MODULE,
	.read = tempmon_read,
};

static struct miscdevice tempmon_misc = {
	.minor = MISC_DYNAMIC_MINOR,
	.name = TEMPMON_DEVICE_NAME,
	.fops = &tempmon_fops,
	.mode = 0444,
};

module_misc_device(tempmon_misc);
MODULE_LICENSE("GPL");
