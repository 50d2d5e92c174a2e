// SPDX-License-Identifier: GPL-2.0
/*
 * The sensor table: kernel thermal zones (by type name), push sensors fed
 * by TEMPMON_IOC_PUSH, and simulated sensors (tempmon_sim_model.h).
 */
/* Every line this file prints starts with the module name. */
#define pr_fmt(fmt) KBUILD_MODNAME ": " fmt

#include <linux/err.h>
#include <linux/ktime.h>
#include <linux/slab.h>
#include <linux/string.h>
#include <linux/thermal.h>

#include "tempmon_priv.h"

/* Highest used slot + 1: the table prefix readers have to look at. */
static u32 tm_nr_sensors_locked(void)
{
	u32 n = TEMPMON_MAX_SENSORS;

	lockdep_assert_held(&tm.lock);
	while (n > 0 && tm.sensors[n - 1].kind == TEMPMON_SENSOR_NONE)
		n--;
	return n;
}

static void tm_table_changed_locked(unsigned int id)
{
	struct tempmon_ctrl *c = tm.ctrl;
	struct tempmon_sensor_info *si = &c->sensors[id];
	struct tm_sensor *s = &tm.sensors[id];

	lockdep_assert_held(&tm.lock);
	WRITE_ONCE(si->id, id);
	WRITE_ONCE(si->kind, s->kind);
	memcpy(si->name, s->name, sizeof(si->name));
	tm_publish_desc_locked(id);
	if (s->kind == TEMPMON_SENSOR_NONE) {
		WRITE_ONCE(si->samples, 0);
		WRITE_ONCE(si->throttle_events, 0);
		WRITE_ONCE(si->last_mc, 0);
	}
	tm_publish_sensor_locked(id);
	WRITE_ONCE(c->nr_sensors, tm_nr_sensors_locked());
	/*
	 * The table (slot, name, nr_sensors) before the new sensors_gen: pairs
	 * with the acquire load of a reader that rereads the table when
	 * sensors_gen moves.
	 */
	smp_wmb();
	/* + 2: sensors_gen stays even outside tm_publish_desc_locked(). */
	WRITE_ONCE(c->sensors_gen, c->sensors_gen + 2);
}

/* Returns the new sensor id, or a negative errno. */
int tm_sensor_add(u32 kind, const char *name, u32 seed, u32 load)
{
	struct thermal_zone_device *tz = NULL;
	struct tm_sensor *s;
	unsigned long flags;
	int id;

	if (kind == TEMPMON_SENSOR_ZONE) {
		tz = thermal_zone_get_zone_by_name(name);
		if (IS_ERR(tz)) {
			pr_info("no thermal zone of type \"%s\" (%ld)\n",
				name, PTR_ERR(tz));
			return -ENODEV;
		}
	}
	mutex_lock(&tm.cfg_lock);
	for (id = 0; id < TEMPMON_MAX_SENSORS; id++)
		if (tm.sensors[id].kind == TEMPMON_SENSOR_NONE)
			break;
	if (id == TEMPMON_MAX_SENSORS) {
		mutex_unlock(&tm.cfg_lock);
		return -ENOSPC;
	}
	spin_lock_irqsave(&tm.lock, flags);
	s = &tm.sensors[id];
	memset(s, 0, sizeof(*s));
	s->kind = kind;
	s->tz = tz;
	s->threshold_mc = TEMPMON_NO_THRESHOLD;
	strscpy(s->name, name, sizeof(s->name));
	s->desc = tempmon_sensor_desc_default(kind);
	if (kind == TEMPMON_SENSOR_SIM)
		tempmon_sim_init(&s->sim, seed, load);
	s->last_ns = ktime_get_ns();
	tm_table_changed_locked(id);
	if (kind != TEMPMON_SENSOR_PUSH)
		tm.nr_sampled++;
	spin_unlock_irqrestore(&tm.lock, flags);
	mutex_unlock(&tm.cfg_lock);
	if (kind != TEMPMON_SENSOR_PUSH)
		tm_sampler_kick();
	return id;
}

int tm_sensor_del(u32 id)
{
	unsigned long flags;
	int ret = 0;

	if (id >= TEMPMON_MAX_SENSORS)
		return -ENOENT;
	mutex_lock(&tm.cfg_lock);
	spin_lock_irqsave(&tm.lock, flags);
	if (tm.sensors[id].kind == TEMPMON_SENSOR_NONE) {
		ret = -ENOENT;
	} else {
		if (tm.sensors[id].kind != TEMPMON_SENSOR_PUSH)
			tm.nr_sampled--;
		memset(&tm.sensors[id], 0, sizeof(tm.sensors[id]));
		tm_table_changed_locked(id);
	}
	spin_unlock_irqrestore(&tm.lock, flags);
	mutex_unlock(&tm.cfg_lock);
	return ret;
}

void tm_sensors_exit(void)
{
	u32 id;

	for (id = 0; id < TEMPMON_MAX_SENSORS; id++)
		if (tm.sensors[id].kind != TEMPMON_SENSOR_NONE)
			tm_sensor_del(id);
}

/* Load-time sensors: zones="type1,type2" and sim_sensors=N. */
int tm_sensors_add_params(const char *zones, unsigned int nr_sim)
{
	char name[TEMPMON_NAME_LEN];
	const char *p = zones;
	unsigned int i;
	int ret;

	while (p && *p) {
		size_t len = strcspn(p, ",");

		if (len == 0 || len >= sizeof(name)) {
			pr_err("zones: bad thermal zone name in \"%s\"\n", zones);
			return -EINVAL;
		}
		memcpy(name, p, len);
		name[len] = '\0';
		ret = tm_sensor_add(TEMPMON_SENSOR_ZONE, name, 0, 0);
		if (ret < 0) {
			pr_err("zones: cannot add thermal zone \"%s\" (%d)\n", name, ret);
			return ret;
		}
		p += len;
		if (*p == ',')
			p++;
	}
	for (i = 0; i < nr_sim; i++) {
		snprintf(name, sizeof(name), "sim%u", i);
		ret = tm_sensor_add(TEMPMON_SENSOR_SIM, name, 1 + i, 500);
		if (ret < 0)
			return ret;
	}
	return 0;
}

/*
 * One sampler tick: read every ZONE/SIM sensor outside the spinlock
 * (thermal_zone_get_temp() may sleep), then record them all under it.
 * The tick's scratch (tm.tick) belongs to cfg_lock, held throughout.
 */
void tm_sample_all(u64 now_ns, u16 tick_flags)
{
	struct tm_emit *emit = tm.tick.emit;
	s32 *temp = tm.tick.temp;
	u16 *fl = tm.tick.flags;
	unsigned long flags;
	unsigned int id, n = 0;
	int t, err;

	mutex_lock(&tm.cfg_lock);
	for (id = 0; id < TEMPMON_MAX_SENSORS; id++) {
		struct tm_sensor *s = &tm.sensors[id];

		fl[id] = tick_flags;
		if (s->kind == TEMPMON_SENSOR_ZONE) {
			err = thermal_zone_get_temp(s->tz, &t);
			if (err) {
				t = READ_ONCE(tm.ctrl->sensors[id].last_mc);
				fl[id] |= TEMPMON_F_READ_ERR;
			}
			temp[id] = t;
		} else if (s->kind == TEMPMON_SENSOR_SIM) {
			u32 dt_us = min_t(u64, (now_ns - s->last_ns) / 1000, U32_MAX);

			/* The model state is only touched here, under cfg_lock. */
			temp[id] = tempmon_sim_step(&s->sim, dt_us);
			s->last_ns = now_ns;
		}
	}
	spin_lock_irqsave(&tm.lock, flags);
	for (id = 0; id < TEMPMON_MAX_SENSORS; id++) {
		u32 kind = tm.sensors[id].kind;

		if (kind != TEMPMON_SENSOR_ZONE && kind != TEMPMON_SENSOR_SIM)
			continue;
		if (fl[id] & TEMPMON_F_READ_ERR)
			WRITE_ONCE(tm.ctrl->read_errors, tm.ctrl->read_errors + 1);
		tm_emit_locked(id, temp[id], fl[id], now_ns, &emit[n++]);
	}
	spin_unlock_irqrestore(&tm.lock, flags);
	tm_emit_finish(emit, n);
	mutex_unlock(&tm.cfg_lock);
}
