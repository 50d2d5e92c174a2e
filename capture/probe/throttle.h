/* SPDX-License-Identifier: (GPL-2.0 WITH Linux-syscall-note) OR MIT */
/*
 * The records the throttle probe (throttle.bpf.c) sends to userspace through
 * its one BPF ring buffer, and the tables userspace fills before load.
 * Shared by the BPF program and the C++ loader: fixed-width types only, no
 * implicit padding (every struct is laid out by hand), little-endian host.
 *
 * Times are bpf_ktime_get_ns(): CLOCK_MONOTONIC, the clock tempmon.ko's
 * records use, so the two can be joined without conversion.
 */
#ifndef TEMPMON_BPF_THROTTLE_H
#define TEMPMON_BPF_THROTTLE_H

#ifndef __VMLINUX_H__
#include <linux/types.h>
#endif

#define TM_NAME_LEN		20	/* THERMAL_NAME_LENGTH: zone and cdev types */
#define TM_MAX_STEPS		16	/* steps kept per episode; more are counted */
#define TM_MAX_ZONES		4	/* zones of interest (0 = all) */
#define TM_MAX_ZONE_ID		256	/* zones with higher ids get no trip temperature */
#define TM_RB_BYTES		(256 * 1024)	/* the one ring buffer (default size) */
#define TM_TEMP_UNKNOWN		((__s32)0x80000000)

/* Defaults of the tunables (rodata, set by the loader before load). */
#define TM_DEFAULT_WINDOW_MS	2000	/* cooling/freq within this of an open episode's last activity join it */
#define TM_DEFAULT_QUIET_MS	500	/* recovery must hold this long before a zone episode closes */
#define TM_DEFAULT_HYST_MC	2000	/* when a trip's own hysteresis is unknown */

enum tm_msg {
	TM_MSG_EPISODE = 1,		/* struct tm_episode, closed */
	TM_MSG_EPISODE_OPEN = 2,	/* struct tm_episode, just opened (one step) */
	TM_MSG_EVENT = 3,		/* struct tm_event, raw (only when asked) */
};

/* What opened an episode. */
enum tm_cause {
	TM_CAUSE_TRIP = 1,		/* thermal:thermal_zone_trip */
	TM_CAUSE_TEMPMON = 2,		/* tempmon:tempmon_throttle start=1 */
	TM_CAUSE_FREQ = 3,		/* power:cpu_frequency_limits max dropped */
};

/* What an episode is about (its key). */
enum tm_source {
	TM_SRC_ZONE = 1,		/* id: thermal zone id */
	TM_SRC_SENSOR = 2,		/* id: tempmon sensor id */
	TM_SRC_CPU = 3,			/* id: cpu whose max frequency dropped */
};

/* Kinds of events and steps. */
enum tm_kind {
	TM_K_TEMP = 1,		/* value: temp mC, value2: temp_prev mC, id: zone */
	TM_K_TRIP = 2,		/* value: zone temp mC, id: trip index, aux: enum tm_trip */
	TM_K_CDEV = 3,		/* value: target state, name: cdev type */
	TM_K_FREQ = 4,		/* value: max kHz, value2: min kHz, id: cpu */
	TM_K_APIC = 5,		/* x86 thermal interrupt, id: vector */
	TM_K_TM_THROTTLE = 6,	/* value: temp mC, value2: threshold mC, id: sensor, aux: start */
	TM_K_TM_SAMPLE = 7,	/* value: temp mC, value2: seq, id: sensor, aux: flags */
	TM_K_RECOVER = 8,	/* step only: recovery condition first seen, value: temp mC */
};

/* Trip types, stable across kernels (the kernel's enum is mapped by CO-RE). */
enum tm_trip {
	TM_TRIP_ACTIVE = 0,
	TM_TRIP_PASSIVE = 1,
	TM_TRIP_HOT = 2,
	TM_TRIP_CRITICAL = 3,
	TM_TRIP_OTHER = 15,
};

/* Why an episode closed. */
enum tm_close {
	TM_CLOSE_TEMP = 1,		/* temp below trip - hysteresis for the quiet period */
	TM_CLOSE_COOLING_OFF = 2,	/* all cooling back to 0 while below the trip, quiet period held */
	TM_CLOSE_TEMPMON_END = 3,	/* tempmon_throttle start=0 */
	TM_CLOSE_FREQ_RESTORED = 4,	/* max frequency back to its value before the drop */
};

struct tm_key {
	__u32 source;		/* enum tm_source */
	__u32 id;
};

/* Filled by userspace from /sys/class/thermal: the tracepoints carry a
 * trip's index, not its temperature. */
struct tm_trip_key {
	__u32 zone_id;
	__u32 trip;
};

struct tm_trip_val {
	__s32 temp_mc;
	__s32 hyst_mc;
};

struct tm_step {
	__u64 ts_ns;
	__s64 value;
	__u32 id;
	__u16 kind;		/* enum tm_kind */
	__u16 aux;
	char name[TM_NAME_LEN];
	__u32 pad;
};

struct tm_episode {
	__u32 msg;		/* enum tm_msg */
	__u32 cause;		/* enum tm_cause */
	struct tm_key key;
	char name[TM_NAME_LEN];	/* zone type; "tempmon"; "cpufreq" */
	__u32 close_reason;	/* enum tm_close; 0 while open */
	__u64 seq;		/* 1, 2, ... since load */
	__u64 start_ns;
	__u64 end_ns;		/* 0 while open */
	__u64 last_ns;		/* last sign of the cause (trip, temp above it, throttle) */
	__u64 first_cool_ns;	/* first cooling action (cdev target > 0); 0: none */
	__u64 recover_ns;	/* recovery first seen; 0: not recovering */
	__s32 trip_temp_mc;	/* threshold crossed; TM_TEMP_UNKNOWN */
	__s32 hyst_mc;
	__s32 start_temp_mc;
	__s32 peak_temp_mc;
	__s32 last_temp_mc;
	__u32 deepest_state;
	char deepest_cdev[TM_NAME_LEN];
	__u32 min_max_freq_khz;	/* lowest max frequency seen; 0: none */
	__u32 freq_before_khz;	/* max frequency before the first drop */
	__u32 cdevs_active;	/* cooling devices of this episode above 0 */
	__u32 trips_seen;	/* bit per trip index (< 32) */
	__u32 trip_repeats;	/* trip events for a trip already seen */
	__u32 rebounds;		/* cause came back while recovering */
	__u32 apic_irqs;	/* x86 thermal interrupts inside the episode */
	__u32 n_steps;
	__u32 steps_dropped;	/* steps past TM_MAX_STEPS */
	struct tm_step steps[TM_MAX_STEPS];
};

struct tm_event {
	__u32 msg;		/* TM_MSG_EVENT */
	__u16 kind;		/* enum tm_kind */
	__u16 aux;
	__u64 ts_ns;
	__s64 value;
	__s64 value2;
	__u32 id;
	__u32 cpu;
	char name[TM_NAME_LEN];
	__u32 pad;
};

/* Per-CPU counters (map "stats"); userspace sums over CPUs. */
enum tm_stat {
	TM_STAT_RB_DROPS = 0,	/* bpf_ringbuf_output failed: records lost */
	TM_STAT_EVENTS,		/* tracepoint hits handled */
	TM_STAT_OPENED,		/* episodes opened */
	TM_STAT_CLOSED,		/* episodes closed */
	TM_STAT_NO_SLOT,	/* episode map full: an episode could not open */
	TM_STAT_MAX,
};

#endif /* TEMPMON_BPF_THROTTLE_H */
