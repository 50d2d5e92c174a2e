// SPDX-License-Identifier: GPL-2.0
/*
 * tempmon_testcoredump — a test-only module that makes the kernel publish a
 * device coredump (/sys/class/devcoredump/devcdN) of known bytes, and sends
 * the DRM uevents a GPU driver sends, so a VM test can check what
 * tempmon-capture keeps of them.
 *
 * It registers a platform device "tempmon_testcoredump" bound to a platform
 * driver of the same name: the dump's failing device, with a driver link,
 * as a real driver's device has.
 *
 *   parameters/size     (rw)  bytes of the next dump (1 .. 64 MiB)
 *   parameters/dump     (w)   "1": dev_coredumpv() of `size` bytes of the
 *                             pattern below; "vanish": dev_coredumpm() of
 *                             `size` bytes whose read answers -ENODEV, as a
 *                             read of a dump the kernel deleted meanwhile does
 *   parameters/uevent   (w)   "KEY=VALUE[ KEY=VALUE...]": one KOBJ_CHANGE
 *                             uevent with those keys on the device's card
 *
 * The card is a device of class "drm" named card0 under the platform
 * device, with an `error` file of TESTCD_ERROR_SIZE pattern bytes: where
 * i915 and xe keep a GPU's error state. The class is this module's own,
 * so it loads only while drm.ko is not loaded (the test guests load no
 * GPU driver); a uevent on the card is then one of SUBSYSTEM=drm, from
 * the kernel, as the DRM core and the GPU drivers send it.
 *
 * The pattern: byte i of a dump is character (i % 16) of the line
 * "%015x\n" printed with i rounded down to a multiple of 16 — the
 * offset of each 16-byte line, in hex; a guest shell makes the same bytes
 * with awk and compares checksums.
 */
#define pr_fmt(fmt) KBUILD_MODNAME ": " fmt

#include <linux/devcoredump.h>
#include <linux/device.h>
#include <linux/err.h>
#include <linux/kernel.h>
#include <linux/module.h>
#include <linux/moduleparam.h>
#include <linux/platform_device.h>
#include <linux/slab.h>
#include <linux/string.h>
#include <linux/version.h>
#include <linux/vmalloc.h>

#define TESTCD_NAME		"tempmon_testcoredump"
#define TESTCD_MAX_SIZE		(64UL << 20)
#define TESTCD_MAX_KEYS		8
#define TESTCD_ERROR_SIZE	8192

static unsigned long size = 4096;
static struct platform_device *testcd_pdev;
static struct class *testcd_class;
static struct device *testcd_card;

/**
 * testcd_fill() - write the pattern for offsets [@off, @off + @len)
 * @buf: destination, @len bytes
 * @off: offset of buf[0] in the dump
 * @len: bytes to write
 */
static void testcd_fill(char *buf, loff_t off, size_t len)
{
	char line[17];
	size_t i = 0;

	while (i < len) {
		loff_t pos = off + i;
		loff_t base = pos & ~(loff_t)15;
		size_t skip = pos - base;
		size_t n = min_t(size_t, 16 - skip, len - i);

		/* 15 hex digits and a newline: the offset's low 60 bits. */
		snprintf(line, sizeof(line), "%015llx\n",
			 (unsigned long long)base & GENMASK_ULL(59, 0));
		memcpy(buf + i, line + skip, n);
		i += n;
	}
}

static ssize_t testcd_read_vanished(char *buffer, loff_t offset, size_t count,
				    void *data, size_t datalen)
{
	return -ENODEV;
}

/* dev_coredumpm() requires a free callback; the vanishing dump holds no data. */
static void testcd_free(void *data)
{
}

static int dump_set(const char *val, const struct kernel_param *kp)
{
	struct device *dev = &testcd_pdev->dev;
	unsigned long n = READ_ONCE(size);
	void *data;

	if (!n || n > TESTCD_MAX_SIZE)
		return -EINVAL;
	if (sysfs_streq(val, "vanish")) {
		dev_coredumpm(dev, THIS_MODULE, NULL, n, GFP_KERNEL,
			      testcd_read_vanished, testcd_free);
		return 0;
	}
	if (!sysfs_streq(val, "1"))
		return -EINVAL;
	data = vmalloc(n);
	if (!data)
		return -ENOMEM;
	testcd_fill(data, 0, n);
	/* Takes ownership of data: vfree()d when the dump goes. */
	dev_coredumpv(dev, data, n, GFP_KERNEL);
	return 0;
}

static const struct kernel_param_ops dump_ops = {
	.set = dump_set,
};
module_param_cb(dump, &dump_ops, NULL, 0200);
MODULE_PARM_DESC(dump, "\"1\": publish a dump of `size` pattern bytes; \"vanish\": one whose read fails with ENODEV");

static int size_set(const char *val, const struct kernel_param *kp)
{
	unsigned long n;
	int ret = kstrtoul(val, 0, &n);

	if (ret)
		return ret;
	if (!n || n > TESTCD_MAX_SIZE)
		return -EINVAL;
	WRITE_ONCE(size, n);
	return 0;
}

static const struct kernel_param_ops size_ops = {
	.set = size_set,
	.get = param_get_ulong,
};
module_param_cb(size, &size_ops, &size, 0644);
MODULE_PARM_DESC(size, "bytes of the next dump (1 .. 64 MiB)");

static int uevent_set(const char *val, const struct kernel_param *kp)
{
	char *envp[TESTCD_MAX_KEYS + 1] = {};
	char *copy, *cur, *tok;
	int n = 0, ret;

	copy = kstrdup(val, GFP_KERNEL);
	if (!copy)
		return -ENOMEM;
	cur = strim(copy);
	while ((tok = strsep(&cur, " ")) != NULL) {
		if (!*tok)
			continue;
		if (n == TESTCD_MAX_KEYS || !strchr(tok, '=')) {
			ret = -EINVAL;
			goto out;
		}
		envp[n++] = tok;
	}
	if (!n) {
		ret = -EINVAL;
		goto out;
	}
	ret = kobject_uevent_env(&testcd_card->kobj, KOBJ_CHANGE, envp);
out:
	kfree(copy);
	return ret;
}

static const struct kernel_param_ops uevent_ops = {
	.set = uevent_set,
};
module_param_cb(uevent, &uevent_ops, NULL, 0200);
MODULE_PARM_DESC(uevent, "\"KEY=VALUE ...\": one change uevent with those keys on the test card");

static ssize_t error_read(struct file *file, struct kobject *kobj,
			  struct bin_attribute *attr, char *buf, loff_t off,
			  size_t count)
{
	if (off >= TESTCD_ERROR_SIZE)
		return 0;
	count = min_t(size_t, count, TESTCD_ERROR_SIZE - off);
	testcd_fill(buf, off, count);
	return count;
}

static struct bin_attribute testcd_error_attr = {
	.attr = { .name = "error", .mode = 0600 },
	.read = error_read,
};

static struct bin_attribute *testcd_card_bin_attrs[] = {
	&testcd_error_attr,
	NULL,
};

static const struct attribute_group testcd_card_group = {
	.bin_attrs = testcd_card_bin_attrs,
};

static const struct attribute_group *testcd_card_groups[] = {
	&testcd_card_group,
	NULL,
};

static int testcd_probe(struct platform_device *pdev)
{
	return 0;
}

static struct platform_driver testcd_driver = {
	.probe = testcd_probe,
	.driver = {
		.name = TESTCD_NAME,
	},
};

static int __init testcd_init(void)
{
	int ret;

	ret = platform_driver_register(&testcd_driver);
	if (ret)
		return ret;
	testcd_pdev = platform_device_register_simple(TESTCD_NAME, -1, NULL, 0);
	if (IS_ERR(testcd_pdev)) {
		ret = PTR_ERR(testcd_pdev);
		goto unregister_driver;
	}
#if LINUX_VERSION_CODE >= KERNEL_VERSION(6, 4, 0)
	testcd_class = class_create("drm");
#else
	testcd_class = class_create(THIS_MODULE, "drm");
#endif
	if (IS_ERR(testcd_class)) {
		ret = PTR_ERR(testcd_class);
		goto unregister_device;
	}
	/* The card, as a DRM driver's primary node sits under its device. */
	testcd_card = device_create_with_groups(testcd_class, &testcd_pdev->dev,
						MKDEV(0, 0), NULL,
						testcd_card_groups, "card%d", 0);
	if (IS_ERR(testcd_card)) {
		ret = PTR_ERR(testcd_card);
		goto destroy_class;
	}
	return 0;

destroy_class:
	class_destroy(testcd_class);
unregister_device:
	platform_device_unregister(testcd_pdev);
unregister_driver:
	platform_driver_unregister(&testcd_driver);
	return ret;
}

static void __exit testcd_exit(void)
{
	device_destroy(testcd_class, MKDEV(0, 0));
	class_destroy(testcd_class);
	platform_device_unregister(testcd_pdev);
	platform_driver_unregister(&testcd_driver);
}

module_init(testcd_init);
module_exit(testcd_exit);

MODULE_DESCRIPTION("tempmon test-only device coredump and DRM uevent source");
MODULE_LICENSE("GPL");
