/* SPDX-License-Identifier: GPL-2.0 */
/* tempmon.ko internals shared by its source files. */
#ifndef TEMPMON_PRIV_H
#define TEMPMON_PRIV_H

#include <linux/mutex.h>
#include <linux/spinlock.h>
#include <linux/types.h>
#include <linux/wait.h>

#include "uapi/tempmon.h"
#include "tempmon_sim_model.h"

/* TEMPMON_VERSION comes from the VERSION file, through Kbuild. */
#ifndef TEMPMON_VERSION
#error "TEMPMON_VERSION undefined: build tempmon.ko through its Kbuild"
#endif

struct thermal_zone_device;
struct task_struct;

/*
 * Per-sensor state. Runtime fields are under tm.lock; kind/tz/name change
 * only with both tm.cfg_lock and tm.lock held.
 */
struct tm_sensor {
	u32 kind;			/* TEMPMON_SENSOR_*; NONE = free slot */
	struct thermal_zone_device *tz;	/* ZONE */
	struct tempmon_sim_state sim;	/* SIM */
	u64 last_ns;			/* SIM: time of the last step */
	s32 threshold_mc;
	s32 hysteresis_mc;
	bool throttling;
	char name[TEMPMON_NAME_LEN];
	struct tempmon_sensor_desc desc;	/* ABI 1.1; under tm.lock */
};

/* What a producer did, for tracepoints fired after the lock is dropped. */
struct tm_emit {
	u64 seq;		/* index + 1 of the record; 0 when not written */
	s32 temp_mc;
	s32 threshold_mc;
	u16 sensor;
	u16 flags;
};

/*
 * One sampler tick's readings and emitted records, under cfg_lock: kept
 * here rather than on the sampler's stack (scripts/kernel-check bounds
 * every frame of tempmon.ko below 512 bytes).
 */
struct tm_tick {
	struct tm_emit emit[TEMPMON_MAX_SENSORS];
	s32 temp[TEMPMON_MAX_SENSORS];
	u16 flags[TEMPMON_MAX_SENSORS];
};

struct tm_dev {
	spinlock_t lock;		/* all producers: ring, counters, sensor runtime */
	struct mutex cfg_lock;		/* sensor table changes, sampler's source reads */
	void *area;			/* vmalloc_user: ctrl page + records */
	size_t area_size;
	struct tempmon_ctrl *ctrl;
	struct tempmon_record *recs;
	u64 capacity;
	struct tm_sensor sensors[TEMPMON_MAX_SENSORS];

	/* auto-freeze, under lock */
	u32 af_triggers;
	u32 af_post;
	bool af_pending;
	u32 af_reason;
	u32 af_remaining;

	u64 thr_transitions;		/* throttle starts + ends, for POLLPRI */
	wait_queue_head_t readers;	/* poll() */

	struct task_struct *sampler;
	wait_queue_head_t sampler_wq;	/* sampler waits here when nothing to sample */
	u32 rate_hz;
	unsigned int nr_sampled;	/* ZONE + SIM sensors */
	struct tm_tick tick;		/* tm_sample_all() scratch, under cfg_lock */
};

extern struct tm_dev tm;

/* tempmon_ring.c */
int tm_ring_init(u64 capacity, u32 rate_hz);
void tm_ring_exit(void);
bool tm_emit_locked(u16 sensor, s32 temp_mc, u16 flags, u64 ts_ns, struct tm_emit *out);
void tm_emit_finish(const struct tm_emit *e, unsigned int n);
void tm_publish_sensor_locked(unsigned int id);
void tm_publish_desc_locked(unsigned int id);
void tm_refresh_wall_offset(void);
void tm_ring_clear_locked(void);

/* tempmon_sensors.c */
int tm_sensor_add(u32 kind, const char *name, u32 seed, u32 load);
int tm_sensor_del(u32 id);
void tm_sensors_exit(void);
int tm_sensors_add_params(const char *zones, unsigned int nr_sim);
void tm_sample_all(u64 now_ns, u16 flags);

/* tempmon_sampler.c */
int tm_sampler_start(void);
void tm_sampler_stop(void);
void tm_sampler_kick(void);

/* tempmon_fops.c */
int tm_fops_init(void);
void tm_fops_exit(void);

/* tempmon_ioctl.c */
long tm_ioctl(struct file *file, unsigned int cmd, unsigned long arg);

/* tempmon_panic.c */
int tm_panic_init(void);
void tm_panic_exit(void);
void tm_summary_add_locked(u16 sensor, s32 temp_mc, u16 flags, u64 ts_ns);

#endif /* TEMPMON_PRIV_H */
