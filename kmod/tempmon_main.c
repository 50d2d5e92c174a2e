// SPDX-License-Identifier: GPL-2.0
/*
 * tempmon.ko: a flight recorder of temperature samples. Module parameters,
 * load and unload. See uapi/tempmon.h for the ABI.
 */
/* Every line this file prints starts with the module name. */
#define pr_fmt(fmt) KBUILD_MODNAME ": " fmt

#include <linux/init.h>
#include <linux/log2.h>
#include <linux/module.h>
#include <linux/moduleparam.h>

#include "tempmon_priv.h"

#define TM_RING_MIN 64U
#define TM_RING_MAX 4194304U	/* 4M records, 128 MiB of vmalloc */

static unsigned int ring_records = 65536;
module_param(ring_records, uint, 0444);
MODULE_PARM_DESC(ring_records, "ring size in records: a power of two, 64..4194304 (default 65536)");

static unsigned int rate_hz = TEMPMON_RATE_DEFAULT_HZ;
module_param(rate_hz, uint, 0444);
MODULE_PARM_DESC(rate_hz, "initial sampling rate, 1..10000 Hz (default 1000; TEMPMON_IOC_SET_RATE changes it)");

static char *zones = "";
module_param(zones, charp, 0444);
MODULE_PARM_DESC(zones, "comma-separated thermal zone types to sample from load (e.g. x86_pkg_temp,acpitz)");

static unsigned int sim_sensors;
module_param(sim_sensors, uint, 0444);
MODULE_PARM_DESC(sim_sensors, "simulated sensors to add at load (default 0)");

static int __init tempmon_init(void)
{
	int ret;

	if (ring_records < TM_RING_MIN || ring_records > TM_RING_MAX ||
	    !is_power_of_2(ring_records)) {
		pr_err("ring_records=%u: must be a power of two in %u..%u\n",
		       ring_records, TM_RING_MIN, TM_RING_MAX);
		return -EINVAL;
	}
	if (rate_hz < TEMPMON_RATE_MIN_HZ || rate_hz > TEMPMON_RATE_MAX_HZ) {
		pr_err("rate_hz=%u: must be in %u..%u\n",
		       rate_hz, TEMPMON_RATE_MIN_HZ, TEMPMON_RATE_MAX_HZ);
		return -EINVAL;
	}
	if (sim_sensors > TEMPMON_MAX_SENSORS) {
		pr_err("sim_sensors=%u: at most %u\n", sim_sensors, TEMPMON_MAX_SENSORS);
		return -EINVAL;
	}
	spin_lock_init(&tm.lock);
	mutex_init(&tm.cfg_lock);
	init_waitqueue_head(&tm.readers);
	init_waitqueue_head(&tm.sampler_wq);

	ret = tm_ring_init(ring_records, rate_hz);
	if (ret) {
		pr_err("cannot allocate a ring of %u records (%d)\n", ring_records, ret);
		return ret;
	}
	/* Before any producer: the panic tail's summaries see every sample. */
	ret = tm_panic_init();
	if (ret)
		goto err_panic;
	ret = tm_sensors_add_params(zones, sim_sensors);
	if (ret)
		goto err_sensors;
	ret = tm_sampler_start();
	if (ret) {
		pr_err("cannot start the sampler thread (%d)\n", ret);
		goto err_sensors;
	}
	ret = tm_fops_init();
	if (ret) {
		pr_err("cannot register /dev/%s (%d)\n", TEMPMON_DEVICE_NAME, ret);
		goto err_fops;
	}
	pr_info("%u records, %u Hz, %u sensors\n",
		ring_records, rate_hz, tm.ctrl->nr_sensors);
	return 0;

err_fops:
	tm_sampler_stop();
err_sensors:
	tm_sensors_exit();
	tm_panic_exit();
err_panic:
	tm_ring_exit();
	return ret;
}

static void __exit tempmon_exit(void)
{
	/* No file is open or mapped here: each holds a module reference. */
	tm_fops_exit();
	tm_sampler_stop();
	tm_sensors_exit();
	tm_panic_exit();	/* after the last producer */
	tm_ring_exit();
}

module_init(tempmon_init);
module_exit(tempmon_exit);
MODULE_DESCRIPTION("tempmon: flight recorder of temperature samples");
MODULE_LICENSE("GPL");
MODULE_VERSION(TEMPMON_VERSION);
