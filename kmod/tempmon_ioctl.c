// SPDX-License-Identifier: GPL-2.0
/*
 * The versioned ioctls of uapi/tempmon.h. Every argument is copied in
 * whole, reserved fields must be zero (EINVAL), unknown commands are
 * ENOTTY, everything but GET_* needs CAP_SYS_ADMIN (EPERM).
 */
#include <linux/capability.h>
#include <linux/fs.h>
#include <linux/kernel.h>
#include <linux/ktime.h>
#include <linux/string.h>
#include <linux/uaccess.h>

#include "tempmon_priv.h"

/*
 * PUSH samples are copied in, then recorded under one tm.lock hold, in
 * chunks of this many: no allocation in the hot path, no user access under
 * the spinlock, and the chunk and its emitted records stay well inside a
 * 512-byte stack frame (scripts/kernel-check).
 */
#define TM_PUSH_CHUNK 8

/**
 * tm_get_info() - TEMPMON_IOC_GET_INFO: the ABI version and the ring geometry
 * @argp: user &struct tempmon_info, written whole
 *
 * Unprivileged.
 * Return: 0 or -EFAULT.
 */
static int tm_get_info(void __user *argp)
{
	struct tempmon_info info;

	memset(&info, 0, sizeof(info));
	info.magic = TEMPMON_MAGIC;
	info.abi_major = TEMPMON_ABI_MAJOR;
	info.abi_minor = TEMPMON_ABI_MINOR;
	info.record_size = sizeof(struct tempmon_record);
	info.ctrl_size = TEMPMON_CTRL_SIZE;
	info.capacity = tm.capacity;
	info.data_offset = TEMPMON_CTRL_SIZE;
	info.map_size = tm.area_size;
	info.rate_hz = READ_ONCE(tm.rate_hz);
	info.nr_sensors = READ_ONCE(tm.ctrl->nr_sensors);
	strscpy(info.version, TEMPMON_VERSION, sizeof(info.version));
	return copy_to_user(argp, &info, sizeof(info)) ? -EFAULT : 0;
}

/**
 * tm_get_stats() - TEMPMON_IOC_GET_STATS: the ring's counters, one snapshot
 * @argp: user &struct tempmon_stats, written whole
 *
 * Unprivileged. Taken under tm.lock so the counters agree with each other.
 * Return: 0 or -EFAULT.
 */
static int tm_get_stats(void __user *argp)
{
	struct tempmon_ctrl *c = tm.ctrl;
	struct tempmon_stats st;
	unsigned long flags;

	memset(&st, 0, sizeof(st));
	spin_lock_irqsave(&tm.lock, flags);
	st.head = c->head;
	st.tail = c->tail;
	st.written = c->written;
	st.overwritten = c->overwritten;
	st.dropped_frozen = c->dropped_frozen;
	st.pushes_accepted = c->pushes_accepted;
	st.pushes_refused = c->pushes_refused;
	st.sampler_late = c->sampler_late;
	st.sampler_stalls = c->sampler_stalls;
	st.throttle_events = c->throttle_events;
	st.read_errors = c->read_errors;
	st.frozen_by = c->frozen_by;
	spin_unlock_irqrestore(&tm.lock, flags);
	return copy_to_user(argp, &st, sizeof(st)) ? -EFAULT : 0;
}

/**
 * tm_set_rate() - TEMPMON_IOC_SET_RATE: the sampler's rate
 * @argp: user &struct tempmon_rate; hz in TEMPMON_RATE_MIN_HZ..MAX_HZ
 *
 * The sampler picks the new period up at its next wake-up (kicked now).
 * Return: 0, -EFAULT, or -EINVAL (reserved set, rate out of range).
 */
static int tm_set_rate(void __user *argp)
{
	struct tempmon_rate r;

	if (copy_from_user(&r, argp, sizeof(r)))
		return -EFAULT;
	if (r.reserved || r.hz < TEMPMON_RATE_MIN_HZ || r.hz > TEMPMON_RATE_MAX_HZ)
		return -EINVAL;
	WRITE_ONCE(tm.rate_hz, r.hz);
	WRITE_ONCE(tm.ctrl->rate_hz, r.hz);
	tm_sampler_kick();
	return 0;
}

/**
 * tm_set_threshold() - TEMPMON_IOC_SET_THRESHOLD: a sensor's throttle level
 * @argp: user &struct tempmon_threshold; hysteresis_mc >= 0
 *
 * Return: 0, -EFAULT, -EINVAL (reserved set, negative hysteresis) or
 * -ENOENT (no such sensor).
 */
static int tm_set_threshold(void __user *argp)
{
	struct tempmon_threshold t;
	unsigned long flags;
	int ret = 0;

	if (copy_from_user(&t, argp, sizeof(t)))
		return -EFAULT;
	if (t.reserved || t.hysteresis_mc < 0)
		return -EINVAL;
	if (t.sensor >= TEMPMON_MAX_SENSORS)
		return -ENOENT;
	spin_lock_irqsave(&tm.lock, flags);
	if (tm.sensors[t.sensor].kind == TEMPMON_SENSOR_NONE) {
		ret = -ENOENT;
	} else {
		tm.sensors[t.sensor].threshold_mc = t.threshold_mc;
		tm.sensors[t.sensor].hysteresis_mc = t.hysteresis_mc;
		tm_publish_sensor_locked(t.sensor);
	}
	spin_unlock_irqrestore(&tm.lock, flags);
	return ret;
}

static void tm_freeze(bool freeze)
{
	unsigned long flags;

	spin_lock_irqsave(&tm.lock, flags);
	if (freeze) {
		WRITE_ONCE(tm.ctrl->frozen_by, tm.ctrl->frozen_by | TEMPMON_FREEZE_USER);
	} else {
		WRITE_ONCE(tm.ctrl->frozen_by, 0);
		tm.af_pending = false;
	}
	spin_unlock_irqrestore(&tm.lock, flags);
}

/**
 * tm_set_autofreeze() - TEMPMON_IOC_SET_AUTOFREEZE: freeze after a trigger
 * @argp: user &struct tempmon_autofreeze; triggers a subset of
 *        TEMPMON_FREEZE_THROTTLE | TEMPMON_FREEZE_STALL, post_records below
 *        the ring's capacity (the window after the trigger must fit)
 *
 * Return: 0, -EFAULT or -EINVAL.
 */
static int tm_set_autofreeze(void __user *argp)
{
	struct tempmon_autofreeze af;
	unsigned long flags;

	if (copy_from_user(&af, argp, sizeof(af)))
		return -EFAULT;
	if (af.reserved ||
	    (af.triggers & ~(TEMPMON_FREEZE_THROTTLE | TEMPMON_FREEZE_STALL)) ||
	    af.post_records >= tm.capacity)
		return -EINVAL;
	spin_lock_irqsave(&tm.lock, flags);
	tm.af_triggers = af.triggers;
	tm.af_post = af.post_records;
	if (!af.triggers)
		tm.af_pending = false;
	spin_unlock_irqrestore(&tm.lock, flags);
	return 0;
}

static bool tm_push_sample_ok(const struct tempmon_push_sample *s)
{
	return s->sensor < TEMPMON_MAX_SENSORS && !(s->flags & ~TEMPMON_F_USER_MASK);
}

/**
 * tm_push() - TEMPMON_IOC_PUSH: samples of PUSH sensors from user space
 * @argp: user &struct tempmon_push; count in 1..TEMPMON_PUSH_MAX, accepted 0
 *        on entry and set on return (even on error)
 *
 * Samples go in chunk by chunk. A malformed sample (bad flags, unknown or
 * non-PUSH sensor) fails the call with EINVAL; earlier chunks stay
 * recorded and `accepted` says how many. Samples refused because the ring
 * is frozen are not an error: they are counted (dropped_frozen,
 * pushes_refused) and not in `accepted`.
 *
 * Context: process; user memory is only touched outside tm.lock.
 * Return: 0, -EFAULT or -EINVAL.
 */
static int tm_push(void __user *argp)
{
	struct tempmon_push_sample chunk[TM_PUSH_CHUNK];
	struct tm_emit emit[TM_PUSH_CHUNK];
	struct tempmon_push __user *up = argp;
	struct tempmon_push p;
	const struct tempmon_push_sample __user *src;
	u32 done = 0, accepted = 0;
	unsigned long flags;
	int ret = 0;

	if (copy_from_user(&p, argp, sizeof(p)))
		return -EFAULT;
	if (p.reserved || p.accepted || p.count < 1 || p.count > TEMPMON_PUSH_MAX)
		return -EINVAL;
	src = u64_to_user_ptr(p.samples);
	while (done < p.count) {
		u32 n = min_t(u32, p.count - done, TM_PUSH_CHUNK);
		u32 i, ok = 0, refused = 0;
		u64 now;

		if (copy_from_user(chunk, src + done, n * sizeof(chunk[0]))) {
			ret = -EFAULT;
			break;
		}
		for (i = 0; i < n; i++)
			if (!tm_push_sample_ok(&chunk[i]))
				break;
		if (i < n) {
			ret = -EINVAL;
			n = i;	/* record the good prefix of this chunk, then fail */
		}
		now = ktime_get_ns();
		spin_lock_irqsave(&tm.lock, flags);
		for (i = 0; i < n; i++) {
			if (tm.sensors[chunk[i].sensor].kind != TEMPMON_SENSOR_PUSH) {
				ret = -EINVAL;
				n = i;
				break;
			}
			if (tm_emit_locked(chunk[i].sensor, chunk[i].temp_mc,
					   chunk[i].flags | TEMPMON_F_PUSHED,
					   chunk[i].ts_ns ? chunk[i].ts_ns : now, &emit[i]))
				ok++;
			else
				refused++;
		}
		WRITE_ONCE(tm.ctrl->pushes_accepted, tm.ctrl->pushes_accepted + ok);
		WRITE_ONCE(tm.ctrl->pushes_refused, tm.ctrl->pushes_refused + refused);
		spin_unlock_irqrestore(&tm.lock, flags);
		tm_emit_finish(emit, n);
		accepted += ok;
		done += n;
		if (ret)
			break;
	}
	if (put_user(accepted, &up->accepted))
		return -EFAULT;
	return ret;
}

/**
 * tm_add_sensor() - TEMPMON_IOC_ADD_SENSOR: a zone, push or simulated sensor
 * @argp: user &struct tempmon_sensor_add; name NUL-terminated and not
 *        empty, sim_* only for SIM sensors; id is 0 on entry, set on return
 *
 * Return: 0, -EFAULT, -EINVAL, -ENODEV (no such thermal zone) or -ENOSPC
 * (every slot used). A sensor whose id cannot be returned is removed again.
 */
static int tm_add_sensor(void __user *argp)
{
	struct tempmon_sensor_add a;
	struct tempmon_sensor_add __user *up = argp;
	int id;

	if (copy_from_user(&a, argp, sizeof(a)))
		return -EFAULT;
	if (a.reserved[0] || a.reserved[1] || a.id ||
	    (a.kind != TEMPMON_SENSOR_ZONE && a.kind != TEMPMON_SENSOR_PUSH &&
	     a.kind != TEMPMON_SENSOR_SIM) ||
	    !memchr(a.name, '\0', sizeof(a.name)) || a.name[0] == '\0' ||
	    a.sim_load_permille > 1000 ||
	    (a.kind != TEMPMON_SENSOR_SIM && (a.sim_seed || a.sim_load_permille)))
		return -EINVAL;
	id = tm_sensor_add(a.kind, a.name, a.sim_seed, a.sim_load_permille);
	if (id < 0)
		return id;
	if (put_user((u32)id, &up->id)) {
		tm_sensor_del(id);
		return -EFAULT;
	}
	return 0;
}

/**
 * tm_del_sensor() - TEMPMON_IOC_DEL_SENSOR: free a sensor's slot
 * @argp: user &struct tempmon_sensor_id
 *
 * Return: 0, -EFAULT, -EINVAL (reserved set) or -ENOENT.
 */
static int tm_del_sensor(void __user *argp)
{
	struct tempmon_sensor_id s;

	if (copy_from_user(&s, argp, sizeof(s)))
		return -EFAULT;
	if (s.reserved)
		return -EINVAL;
	return tm_sensor_del(s.sensor);
}

/**
 * tm_set_sim_load() - TEMPMON_IOC_SET_SIM_LOAD: a simulated sensor's load
 * @argp: user &struct tempmon_sim_load; load_permille 0..1000; with
 *        TEMPMON_SIM_SET_RESIST, resist_permille within
 *        TEMPMON_SIM_RESIST_MIN..TEMPMON_SIM_RESIST_MAX, else zero
 *
 * Context: takes tm.cfg_lock, which owns the model's state, then tm.lock.
 * Return: 0, -EFAULT, -EINVAL (not a SIM sensor, load or resistance out of
 * range, an unknown flag) or -ENOENT.
 */
static int tm_set_sim_load(void __user *argp)
{
	struct tempmon_sim_load l;
	unsigned long flags;
	int ret = 0;

	if (copy_from_user(&l, argp, sizeof(l)))
		return -EFAULT;
	if (l.load_permille > 1000 || (l.flags & ~TEMPMON_SIM_FLAGS_MASK))
		return -EINVAL;
	if (l.flags & TEMPMON_SIM_SET_RESIST) {
		if (l.resist_permille < TEMPMON_SIM_RESIST_MIN ||
		    l.resist_permille > TEMPMON_SIM_RESIST_MAX)
			return -EINVAL;
	} else if (l.resist_permille) {
		return -EINVAL;
	}
	if (l.sensor >= TEMPMON_MAX_SENSORS)
		return -ENOENT;
	/* The model state belongs to cfg_lock (see tm_sample_all). */
	mutex_lock(&tm.cfg_lock);
	spin_lock_irqsave(&tm.lock, flags);
	if (tm.sensors[l.sensor].kind == TEMPMON_SENSOR_NONE) {
		ret = -ENOENT;
	} else if (tm.sensors[l.sensor].kind != TEMPMON_SENSOR_SIM) {
		ret = -EINVAL;
	} else {
		tm.sensors[l.sensor].sim.load_permille = l.load_permille;
		if (l.flags & TEMPMON_SIM_SET_RESIST)
			tm.sensors[l.sensor].sim.resist_permille = l.resist_permille;
		tm_publish_sensor_locked(l.sensor);
	}
	spin_unlock_irqrestore(&tm.lock, flags);
	mutex_unlock(&tm.cfg_lock);
	return ret;
}

static bool tm_cstr_ok(const char *s, size_t size)
{
	return strnlen(s, size) < size;
}

/**
 * tm_set_sensor_desc() - TEMPMON_IOC_SET_SENSOR_DESC: describe a PUSH or SIM sensor
 * @argp: user &struct tempmon_sensor_describe; unit and origin known,
 *        model, uuid and location NUL-terminated; for a SIM sensor origin
 *        SIM or UNSET and unit CELSIUS (only its identity is the caller's)
 *
 * Published with the sensors_gen protocol (tm_publish_desc_locked()).
 * Return: 0, -EFAULT, -EINVAL (malformed, a ZONE sensor, a SIM sensor given
 * another origin or unit) or -ENOENT.
 */
static int tm_set_sensor_desc(void __user *argp)
{
	struct tempmon_sensor_describe d;
	const struct tempmon_sensor_desc *in = &d.desc;
	unsigned long flags;
	int ret = 0;

	if (copy_from_user(&d, argp, sizeof(d)))
		return -EFAULT;
	if (d.reserved || in->reserved || in->unit > TEMPMON_UNIT_MAX ||
	    (in->origin != TEMPMON_ORIGIN_UNSET && in->origin != TEMPMON_ORIGIN_PUSH &&
	     in->origin != TEMPMON_ORIGIN_HWMON && in->origin != TEMPMON_ORIGIN_NVML &&
	     in->origin != TEMPMON_ORIGIN_SIM) ||
	    !tm_cstr_ok(in->model, sizeof(in->model)) ||
	    !tm_cstr_ok(in->uuid, sizeof(in->uuid)) ||
	    !tm_cstr_ok(in->location, sizeof(in->location)))
		return -EINVAL;
	if (d.sensor >= TEMPMON_MAX_SENSORS)
		return -ENOENT;
	spin_lock_irqsave(&tm.lock, flags);
	if (tm.sensors[d.sensor].kind == TEMPMON_SENSOR_NONE) {
		ret = -ENOENT;
	} else if (tm.sensors[d.sensor].kind == TEMPMON_SENSOR_SIM ?
		   (in->origin != TEMPMON_ORIGIN_UNSET && in->origin != TEMPMON_ORIGIN_SIM) ||
		   in->unit != TEMPMON_UNIT_CELSIUS :
		   tm.sensors[d.sensor].kind != TEMPMON_SENSOR_PUSH ||
		   in->origin == TEMPMON_ORIGIN_SIM) {
		ret = -EINVAL;
	} else {
		struct tempmon_sensor_desc *s = &tm.sensors[d.sensor].desc;
		u16 origin = in->origin ? in->origin : s->origin;

		*s = *in;
		s->origin = origin;
		tm_publish_desc_locked(d.sensor);
	}
	spin_unlock_irqrestore(&tm.lock, flags);
	return ret;
}

/**
 * tm_get_sensor() - TEMPMON_IOC_GET_SENSOR: one row of the sensor table
 * @argp: user &struct tempmon_sensor_query; index below nr_sensors
 *
 * Unprivileged: the same row is in the mapped control page.
 * Return: 0, -EFAULT or -EINVAL.
 */
static int tm_get_sensor(void __user *argp)
{
	struct tempmon_sensor_query q;
	unsigned long flags;

	if (copy_from_user(&q, argp, sizeof(q)))
		return -EFAULT;
	if (q.reserved || q.index >= TEMPMON_MAX_SENSORS)
		return -EINVAL;
	spin_lock_irqsave(&tm.lock, flags);
	if (q.index >= tm.ctrl->nr_sensors) {
		spin_unlock_irqrestore(&tm.lock, flags);
		return -EINVAL;
	}
	memcpy(&q.info, &tm.ctrl->sensors[q.index], sizeof(q.info));
	spin_unlock_irqrestore(&tm.lock, flags);
	return copy_to_user(argp, &q, sizeof(q)) ? -EFAULT : 0;
}

/**
 * tm_clear() - TEMPMON_IOC_CLEAR: forget every record
 * @argp: unused
 *
 * Return: 0.
 */
static int tm_clear(void __user *argp)
{
	unsigned long flags;

	spin_lock_irqsave(&tm.lock, flags);
	tm_ring_clear_locked();
	spin_unlock_irqrestore(&tm.lock, flags);
	return 0;
}

/**
 * tm_do_freeze() - TEMPMON_IOC_FREEZE: refuse new records until thawed
 * @argp: unused
 *
 * Return: 0.
 */
static int tm_do_freeze(void __user *argp)
{
	tm_freeze(true);
	return 0;
}

/**
 * tm_do_thaw() - TEMPMON_IOC_THAW: accept records again, whoever froze
 * @argp: unused
 *
 * Return: 0.
 */
static int tm_do_thaw(void __user *argp)
{
	tm_freeze(false);
	return 0;
}

/*
 * The one dispatch table: a command is either here, with its privilege,
 * or ENOTTY. Anything not marked unprivileged needs CAP_SYS_ADMIN, so a
 * new entry is safe by default.
 */
static const struct tm_ioctl_cmd {
	unsigned int cmd;
	bool unprivileged;
	int (*fn)(void __user *argp);
} tm_ioctls[] = {
	{ TEMPMON_IOC_GET_INFO,		true,	tm_get_info },
	{ TEMPMON_IOC_GET_STATS,	true,	tm_get_stats },
	{ TEMPMON_IOC_GET_SENSOR,	true,	tm_get_sensor },
	{ TEMPMON_IOC_CLEAR,		false,	tm_clear },
	{ TEMPMON_IOC_SET_RATE,		false,	tm_set_rate },
	{ TEMPMON_IOC_SET_THRESHOLD,	false,	tm_set_threshold },
	{ TEMPMON_IOC_FREEZE,		false,	tm_do_freeze },
	{ TEMPMON_IOC_THAW,		false,	tm_do_thaw },
	{ TEMPMON_IOC_SET_AUTOFREEZE,	false,	tm_set_autofreeze },
	{ TEMPMON_IOC_PUSH,		false,	tm_push },
	{ TEMPMON_IOC_ADD_SENSOR,	false,	tm_add_sensor },
	{ TEMPMON_IOC_DEL_SENSOR,	false,	tm_del_sensor },
	{ TEMPMON_IOC_SET_SIM_LOAD,	false,	tm_set_sim_load },
	{ TEMPMON_IOC_SET_SENSOR_DESC,	false,	tm_set_sensor_desc },
};

/**
 * tm_ioctl() - the ioctl entry of /dev/tempmon
 * @file: the open device
 * @cmd: a TEMPMON_IOC_* command
 * @arg: its user pointer
 *
 * Return: the handler's result, -EPERM for a privileged command without
 * CAP_SYS_ADMIN, -ENOTTY for anything not in tm_ioctls.
 */
long tm_ioctl(struct file *file, unsigned int cmd, unsigned long arg)
{
	void __user *argp = (void __user *)arg;
	size_t i;

	for (i = 0; i < ARRAY_SIZE(tm_ioctls); i++) {
		if (tm_ioctls[i].cmd != cmd)
			continue;
		if (!tm_ioctls[i].unprivileged && !capable(CAP_SYS_ADMIN))
			return -EPERM;
		return tm_ioctls[i].fn(argp);
	}
	return -ENOTTY;
}
