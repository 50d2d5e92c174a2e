// SPDX-License-Identifier: GPL-2.0
/*
 * tempmon_testzone — a test-only thermal zone whose temperature the test
 * sets, so that the kernel's own thermal core and step_wise governor run and
 * emit their real tracepoints (thermal_temperature, thermal_zone_trip,
 * cdev_update) inside a VM that has no sensors.
 *
 *   /sys/module/tempmon_testzone/parameters/temp_mc   (rw) zone temperature
 *   /sys/module/tempmon_testzone/parameters/cdev_state (ro) cooling state
 *
 * Zone type "tempmon-test": trip 0 passive at 70 C (hysteresis 5 C), trip 1
 * critical at 120 C (handled by .critical, which only logs: a test must not
 * power the VM off). Cooling device "tempmon-test-cool", max state 4, bound
 * to the passive trip. Polling every 50 ms (load-time poll_ms) so the
 * governor reacts promptly; scripts/bench-bpf loads it with poll_ms=1.
 */
#include <linux/module.h>
#include <linux/moduleparam.h>
#include <linux/thermal.h>
#include <linux/version.h>
#include <linux/atomic.h>
#include <linux/err.h>

#define TZ_TYPE			"tempmon-test"
#define CDEV_TYPE		"tempmon-test-cool"
#define TZ_PASSIVE_MC		70000
#define TZ_PASSIVE_HYST_MC	5000
#define TZ_CRITICAL_MC		120000
#define TZ_POLL_MS_DEFAULT	50
#define TZ_POLL_MS_MAX		10000
#define CDEV_MAX_STATE		4
#define TZ_TRIP_PASSIVE		0
#define TZ_NUM_TRIPS		2

static unsigned int poll_ms = TZ_POLL_MS_DEFAULT;
module_param(poll_ms, uint, 0444);
MODULE_PARM_DESC(poll_ms, "zone polling and passive delay in ms (1..10000, load time)");

static atomic_t tz_temp = ATOMIC_INIT(25000);
static atomic_t cdev_cur = ATOMIC_INIT(0);

static int temp_set(const char *val, const struct kernel_param *kp)
{
	int t, ret;

	ret = kstrtoint(val, 0, &t);
	if (ret)
		return ret;
	/* Keep inside what thermal core treats as a valid reading. */
	if (t < -273000 || t > 200000)
		return -ERANGE;
	atomic_set(&tz_temp, t);
	return 0;
}

static int temp_get(char *buf, const struct kernel_param *kp)
{
	return sysfs_emit(buf, "%d\n", atomic_read(&tz_temp));
}

static const struct kernel_param_ops temp_ops = {
	.set = temp_set,
	.get = temp_get,
};
module_param_cb(temp_mc, &temp_ops, NULL, 0644);
MODULE_PARM_DESC(temp_mc, "zone temperature in milli-degrees Celsius");

static int state_get(char *buf, const struct kernel_param *kp)
{
	return sysfs_emit(buf, "%d\n", atomic_read(&cdev_cur));
}

static const struct kernel_param_ops state_ops = {
	.get = state_get,
};
module_param_cb(cdev_state, &state_ops, NULL, 0444);
MODULE_PARM_DESC(cdev_state, "current state of the test cooling device");

static struct thermal_trip tz_trips[TZ_NUM_TRIPS] = {
	[TZ_TRIP_PASSIVE] = {
		.temperature = TZ_PASSIVE_MC,
		.hysteresis = TZ_PASSIVE_HYST_MC,
		.type = THERMAL_TRIP_PASSIVE,
	},
	[1] = {
		.temperature = TZ_CRITICAL_MC,
		.hysteresis = 0,
		.type = THERMAL_TRIP_CRITICAL,
	},
};

static struct thermal_zone_device *tzd;
static struct thermal_cooling_device *cdev;

static int tz_get_temp(struct thermal_zone_device *tz, int *temp)
{
	*temp = atomic_read(&tz_temp);
	return 0;
}

static void tz_critical(struct thermal_zone_device *tz)
{
	/* Deliberately not thermal_zone_device_critical(): no power-off. */
	pr_info("tempmon_testzone: critical trip reached (test zone, ignored)\n");
}

#if LINUX_VERSION_CODE < KERNEL_VERSION(6, 12, 0)
/*
 * 6.1: the core still asks the driver for trip data through ops, and
 * register_with_trips() fails with -EINVAL without get_trip_type/temp.
 */
static int tz_get_trip_type(struct thermal_zone_device *tz, int trip,
			    enum thermal_trip_type *type)
{
	if (trip < 0 || trip >= TZ_NUM_TRIPS)
		return -EINVAL;
	*type = tz_trips[trip].type;
	return 0;
}

static int tz_get_trip_temp(struct thermal_zone_device *tz, int trip, int *temp)
{
	if (trip < 0 || trip >= TZ_NUM_TRIPS)
		return -EINVAL;
	*temp = tz_trips[trip].temperature;
	return 0;
}

static int tz_get_trip_hyst(struct thermal_zone_device *tz, int trip, int *hyst)
{
	if (trip < 0 || trip >= TZ_NUM_TRIPS)
		return -EINVAL;
	*hyst = tz_trips[trip].hysteresis;
	return 0;
}

static int tz_bind(struct thermal_zone_device *tz,
		   struct thermal_cooling_device *cd)
{
	if (cd != cdev)
		return 0;
	return thermal_zone_bind_cooling_device(tz, TZ_TRIP_PASSIVE, cd,
						THERMAL_NO_LIMIT,
						THERMAL_NO_LIMIT,
						THERMAL_WEIGHT_DEFAULT);
}

static int tz_unbind(struct thermal_zone_device *tz,
		     struct thermal_cooling_device *cd)
{
	if (cd != cdev)
		return 0;
	return thermal_zone_unbind_cooling_device(tz, TZ_TRIP_PASSIVE, cd);
}

static struct thermal_zone_device_ops tz_ops = {
	.get_temp = tz_get_temp,
	.get_trip_type = tz_get_trip_type,
	.get_trip_temp = tz_get_trip_temp,
	.get_trip_hyst = tz_get_trip_hyst,
	.bind = tz_bind,
	.unbind = tz_unbind,
	.critical = tz_critical,
};

static struct thermal_zone_device *tz_register(void)
{
	return thermal_zone_device_register_with_trips(TZ_TYPE, tz_trips,
						       TZ_NUM_TRIPS, 0, NULL,
						       &tz_ops, NULL,
						       poll_ms, poll_ms);
}
#else
/* 6.12: trips live in the core; binding is asked per (trip, cdev). */
static bool tz_should_bind(struct thermal_zone_device *tz,
			   const struct thermal_trip *trip,
			   struct thermal_cooling_device *cd,
			   struct cooling_spec *spec)
{
	return cd == cdev && trip->type == THERMAL_TRIP_PASSIVE;
}

static const struct thermal_zone_device_ops tz_ops = {
	.get_temp = tz_get_temp,
	.should_bind = tz_should_bind,
	.critical = tz_critical,
};

static struct thermal_zone_device *tz_register(void)
{
	return thermal_zone_device_register_with_trips(TZ_TYPE, tz_trips,
						       TZ_NUM_TRIPS, NULL,
						       &tz_ops, NULL,
						       poll_ms, poll_ms);
}
#endif

static int cd_get_max_state(struct thermal_cooling_device *cd,
			    unsigned long *state)
{
	*state = CDEV_MAX_STATE;
	return 0;
}

static int cd_get_cur_state(struct thermal_cooling_device *cd,
			    unsigned long *state)
{
	*state = atomic_read(&cdev_cur);
	return 0;
}

static int cd_set_cur_state(struct thermal_cooling_device *cd,
			    unsigned long state)
{
	if (state > CDEV_MAX_STATE)
		return -EINVAL;
	atomic_set(&cdev_cur, state);
	return 0;
}

static const struct thermal_cooling_device_ops cd_ops = {
	.get_max_state = cd_get_max_state,
	.get_cur_state = cd_get_cur_state,
	.set_cur_state = cd_set_cur_state,
};

static int __init testzone_init(void)
{
	int ret;

	if (poll_ms < 1 || poll_ms > TZ_POLL_MS_MAX) {
		pr_err("tempmon_testzone: poll_ms=%u out of 1..%u\n", poll_ms,
		       TZ_POLL_MS_MAX);
		return -EINVAL;
	}

	/* The cdev first: the zone binds it during its own registration. */
	cdev = thermal_cooling_device_register(CDEV_TYPE, NULL, &cd_ops);
	if (IS_ERR(cdev)) {
		ret = PTR_ERR(cdev);
		pr_err("tempmon_testzone: cooling device register failed: %d\n",
		       ret);
		return ret;
	}

	tzd = tz_register();
	if (IS_ERR(tzd)) {
		ret = PTR_ERR(tzd);
		pr_err("tempmon_testzone: zone register failed: %d\n", ret);
		goto err_cdev;
	}

	ret = thermal_zone_device_enable(tzd);
	if (ret) {
		pr_err("tempmon_testzone: zone enable failed: %d\n", ret);
		goto err_zone;
	}
	return 0;

err_zone:
	thermal_zone_device_unregister(tzd);
err_cdev:
	thermal_cooling_device_unregister(cdev);
	return ret;
}

static void __exit testzone_exit(void)
{
	thermal_zone_device_unregister(tzd);
	thermal_cooling_device_unregister(cdev);
}

module_init(testzone_init);
module_exit(testzone_exit);
MODULE_DESCRIPTION("tempmon test-only thermal zone and cooling device");
MODULE_LICENSE("GPL");
