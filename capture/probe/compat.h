/* SPDX-License-Identifier: GPL-2.0 OR MIT */
/*
 * All kernel drift handling of the throttle probe, in one place.
 *
 * Tracepoint context layouts, checked from each kernel's BTF
 * (bpftool btf dump file /sys/kernel/btf/vmlinux) on 2026-11-25:
 *
 *   trace_event_raw_thermal_temperature  __data_loc thermal_zone, id,
 *                                        temp_prev, temp
 *   trace_event_raw_thermal_zone_trip    __data_loc thermal_zone, id, trip,
 *                                        enum thermal_trip_type trip_type
 *   trace_event_raw_cdev_update          __data_loc type, unsigned long target
 *   trace_event_raw_cpu_frequency_limits min_freq, max_freq, cpu_id
 *   trace_event_raw_x86_irq_vector       vector
 *
 * identical on Debian 6.1.0-56, Debian 6.12.95 and the 6.18 build host, so
 * CO-RE relocations (vmlinux.h is preserve_access_index) are enough today.
 * Guards kept for kernels outside that set:
 *
 *  - thermal_zone_trip's `trip` is an index today; upstream's trip rework
 *    (6.6-6.12, trips passed around as struct thermal_trip pointers, index
 *    derived by thermal_zone_trip_id()) kept the field but could drop it,
 *    so a kernel without `trip` yields TM_TRIP_NONE instead of a load
 *    failure. (No commit id cited: none could be verified offline here.)
 *  - thermal_trip_type values are read with bpf_core_enum_value() so a
 *    renumbered enum follows the running kernel.
 *  - the module's own tempmon:* events have no BTF (out-of-tree module
 *    built without vmlinux): their layouts are written by hand below and
 *    checked against tracefs' format files by tests/bpf (VM).
 */
#ifndef TEMPMON_BPF_COMPAT_H
#define TEMPMON_BPF_COMPAT_H

#include <bpf/bpf_core_read.h>

#define TM_TRIP_NONE 0xffffu

static __always_inline __u32 tm_trip_index(struct trace_event_raw_thermal_zone_trip *ctx)
{
	if (bpf_core_field_exists(ctx->trip))
		return (__u32)ctx->trip;	/* direct ctx load, CO-RE relocated */
	return TM_TRIP_NONE;
}

/* The kernel's enum thermal_trip_type, mapped onto our stable enum tm_trip. */
static __always_inline __u32 tm_trip_type(struct trace_event_raw_thermal_zone_trip *ctx)
{
	__u32 t = (__u32)ctx->trip_type;

	if (t == bpf_core_enum_value(enum thermal_trip_type, THERMAL_TRIP_ACTIVE))
		return TM_TRIP_ACTIVE;
	if (t == bpf_core_enum_value(enum thermal_trip_type, THERMAL_TRIP_PASSIVE))
		return TM_TRIP_PASSIVE;
	if (t == bpf_core_enum_value(enum thermal_trip_type, THERMAL_TRIP_HOT))
		return TM_TRIP_HOT;
	if (t == bpf_core_enum_value(enum thermal_trip_type, THERMAL_TRIP_CRITICAL))
		return TM_TRIP_CRITICAL;
	return TM_TRIP_OTHER;
}

/*
 * A __data_loc field: low 16 bits are the offset of the string from the
 * start of the record, high 16 its length (including the NUL).
 */
static __always_inline void tm_read_data_loc(void *ctx, __u32 loc, char *dst, __u32 size)
{
	bpf_probe_read_kernel_str(dst, size, (char *)ctx + (loc & 0xffff));
}

/* tempmon.ko's tracepoints, laid out by hand (see its format files). */
struct tm_ctx_tempmon_throttle {
	__u64 common;		/* struct trace_entry */
	__u32 sensor;		/* @8 */
	__s32 temp_mc;		/* @12 */
	__s32 threshold_mc;	/* @16 */
	__u32 start;		/* @20: 1 start, 0 end */
};

struct tm_ctx_tempmon_sample {
	__u64 common;
	__u32 sensor;		/* @8 */
	__s32 temp_mc;		/* @12 */
	__u32 flags;		/* @16 */
	__u32 pad;
	__u64 seq;		/* @24 */
};

#endif /* TEMPMON_BPF_COMPAT_H */
