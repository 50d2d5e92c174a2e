// SPDX-License-Identifier: GPL-2.0
/*
 * tempmon_testfan — a test-only hwmon chip with one fan, its pwm and an
 * inlet temperature, whose values the test sets at run time, so that
 * tempmon-feed reads a real hwmon device (the kernel's own sysfs files)
 * inside a VM that has no fans.
 *
 *   /sys/module/tempmon_testfan/parameters/fan_rpm     (rw) fan1_input, RPM
 *   /sys/module/tempmon_testfan/parameters/fan_target  (rw) fan1_target, RPM
 *   /sys/module/tempmon_testfan/parameters/pwm         (rw) pwm1, 0..255
 *   /sys/module/tempmon_testfan/parameters/pwm_enable  (rw) pwm1_enable, 0..5
 *   /sys/module/tempmon_testfan/parameters/inlet_mc    (rw) temp1_input, mC
 *
 * The hwmon device is "testfan" (hwmon names allow no '-'), the child of a
 * platform device "tempmon_testfan"; temp1 is labelled "Inlet".
 */
#define pr_fmt(fmt) KBUILD_MODNAME ": " fmt

#include <linux/module.h>
#include <linux/moduleparam.h>
#include <linux/platform_device.h>
#include <linux/hwmon.h>
#include <linux/atomic.h>
#include <linux/err.h>

#define TESTFAN_NAME	"testfan"
#define TESTFAN_PDEV	"tempmon_testfan"
#define TESTFAN_RPM_MAX	100000
#define TESTFAN_PWM_MAX	255
#define TESTFAN_MODE_MAX	5

static atomic_t fan_rpm = ATOMIC_INIT(2400);
static atomic_t fan_target = ATOMIC_INIT(2400);
static atomic_t pwm = ATOMIC_INIT(128);
static atomic_t pwm_enable = ATOMIC_INIT(2);
static atomic_t inlet_mc = ATOMIC_INIT(25000);

/**
 * struct testfan_param - the bounds of one run-time module parameter
 * @value: where it is kept (read by the hwmon callbacks)
 * @min: lowest accepted value
 * @max: highest accepted value
 */
struct testfan_param {
	atomic_t *value;
	int min;
	int max;
};

static const struct testfan_param p_fan_rpm = { &fan_rpm, 0, TESTFAN_RPM_MAX };
static const struct testfan_param p_fan_target = { &fan_target, 0, TESTFAN_RPM_MAX };
static const struct testfan_param p_pwm = { &pwm, 0, TESTFAN_PWM_MAX };
static const struct testfan_param p_pwm_enable = { &pwm_enable, 0, TESTFAN_MODE_MAX };
static const struct testfan_param p_inlet_mc = { &inlet_mc, -55000, 150000 };

static int param_set(const char *val, const struct kernel_param *kp)
{
	const struct testfan_param *p = kp->arg;
	int v, ret;

	ret = kstrtoint(val, 0, &v);
	if (ret)
		return ret;
	if (v < p->min || v > p->max)
		return -ERANGE;
	atomic_set(p->value, v);
	return 0;
}

static int param_get(char *buf, const struct kernel_param *kp)
{
	const struct testfan_param *p = kp->arg;

	return sysfs_emit(buf, "%d\n", atomic_read(p->value));
}

static const struct kernel_param_ops param_ops = {
	.set = param_set,
	.get = param_get,
};

module_param_cb(fan_rpm, &param_ops, (void *)&p_fan_rpm, 0644);
MODULE_PARM_DESC(fan_rpm, "fan1_input in RPM (0..100000)");
module_param_cb(fan_target, &param_ops, (void *)&p_fan_target, 0644);
MODULE_PARM_DESC(fan_target, "fan1_target in RPM (0..100000)");
module_param_cb(pwm, &param_ops, (void *)&p_pwm, 0644);
MODULE_PARM_DESC(pwm, "pwm1 duty (0..255)");
module_param_cb(pwm_enable, &param_ops, (void *)&p_pwm_enable, 0644);
MODULE_PARM_DESC(pwm_enable, "pwm1_enable mode (0 full speed, 1 manual, 2+ automatic)");
module_param_cb(inlet_mc, &param_ops, (void *)&p_inlet_mc, 0644);
MODULE_PARM_DESC(inlet_mc, "temp1_input (\"Inlet\") in milli-degrees Celsius");

static umode_t testfan_is_visible(const void *data, enum hwmon_sensor_types type,
				  u32 attr, int channel)
{
	switch (type) {
	case hwmon_temp:
		return attr == hwmon_temp_input || attr == hwmon_temp_label ? 0444 : 0;
	case hwmon_fan:
		return attr == hwmon_fan_input || attr == hwmon_fan_target ? 0444 : 0;
	case hwmon_pwm:
		return attr == hwmon_pwm_input || attr == hwmon_pwm_enable ? 0444 : 0;
	default:
		return 0;
	}
}

static int testfan_read(struct device *dev, enum hwmon_sensor_types type,
			u32 attr, int channel, long *val)
{
	switch (type) {
	case hwmon_temp:
		if (attr != hwmon_temp_input)
			return -EOPNOTSUPP;
		*val = atomic_read(&inlet_mc);
		return 0;
	case hwmon_fan:
		if (attr == hwmon_fan_input)
			*val = atomic_read(&fan_rpm);
		else if (attr == hwmon_fan_target)
			*val = atomic_read(&fan_target);
		else
			return -EOPNOTSUPP;
		return 0;
	case hwmon_pwm:
		if (attr == hwmon_pwm_input)
			*val = atomic_read(&pwm);
		else if (attr == hwmon_pwm_enable)
			*val = atomic_read(&pwm_enable);
		else
			return -EOPNOTSUPP;
		return 0;
	default:
		return -EOPNOTSUPP;
	}
}

static int testfan_read_string(struct device *dev, enum hwmon_sensor_types type,
			       u32 attr, int channel, const char **str)
{
	if (type != hwmon_temp || attr != hwmon_temp_label)
		return -EOPNOTSUPP;
	*str = "Inlet";
	return 0;
}

static const struct hwmon_ops testfan_ops = {
	.is_visible = testfan_is_visible,
	.read = testfan_read,
	.read_string = testfan_read_string,
};

static const struct hwmon_channel_info *testfan_info[] = {
	HWMON_CHANNEL_INFO(temp, HWMON_T_INPUT | HWMON_T_LABEL),
	HWMON_CHANNEL_INFO(fan, HWMON_F_INPUT | HWMON_F_TARGET),
	HWMON_CHANNEL_INFO(pwm, HWMON_PWM_INPUT | HWMON_PWM_ENABLE),
	NULL
};

static const struct hwmon_chip_info testfan_chip = {
	.ops = &testfan_ops,
	.info = testfan_info,
};

static struct platform_device *pdev;
static struct device *hwmon;

static int __init testfan_init(void)
{
	int ret;

	pdev = platform_device_register_simple(TESTFAN_PDEV, PLATFORM_DEVID_NONE, NULL, 0);
	if (IS_ERR(pdev)) {
		ret = PTR_ERR(pdev);
		pr_err("cannot register the platform device: %d\n", ret);
		return ret;
	}
	hwmon = hwmon_device_register_with_info(&pdev->dev, TESTFAN_NAME, NULL,
						&testfan_chip, NULL);
	if (IS_ERR(hwmon)) {
		ret = PTR_ERR(hwmon);
		pr_err("cannot register the hwmon device: %d\n", ret);
		goto err_pdev;
	}
	pr_info("hwmon %s: fan1 %d RPM, pwm1 %d, inlet %d mC\n", dev_name(hwmon),
		atomic_read(&fan_rpm), atomic_read(&pwm), atomic_read(&inlet_mc));
	return 0;

err_pdev:
	platform_device_unregister(pdev);
	return ret;
}

static void __exit testfan_exit(void)
{
	hwmon_device_unregister(hwmon);
	platform_device_unregister(pdev);
}

module_init(testfan_init);
module_exit(testfan_exit);

MODULE_LICENSE("GPL");
MODULE_DESCRIPTION("tempmon test-only hwmon chip: a fan, its pwm and an inlet temperature set by the test");
