/* SPDX-License-Identifier: GPL-2.0 */
/*
 * tempmon's tracepoints. The BPF probe hard-codes the field offsets of
 * both events (after the 8 bytes of common fields): do not reorder,
 * retype or insert fields.
 *   tempmon_throttle: sensor 8, temp_mc 12, threshold_mc 16, start 20
 *   tempmon_sample:   sensor 8, temp_mc 12, flags 16, seq 24
 */
#undef TRACE_SYSTEM
#define TRACE_SYSTEM tempmon

#if !defined(_TEMPMON_TRACE_H) || defined(TRACE_HEADER_MULTI_READ)
#define _TEMPMON_TRACE_H

#include <linux/tracepoint.h>

/*
 * Laid out as include/trace/events/error_report.h is, arguments aligned on
 * their open parenthesis and no line ending in one: the layout that
 * checkpatch --strict accepts (scripts/kernel-check).
 */
TRACE_EVENT(tempmon_throttle,
	    TP_PROTO(u32 sensor, s32 temp_mc, s32 threshold_mc, u32 start),
	    TP_ARGS(sensor, temp_mc, threshold_mc, start),
	    TP_STRUCT__entry(__field(u32, sensor)
			     __field(s32, temp_mc)
			     __field(s32, threshold_mc)
			     __field(u32, start)),
	    TP_fast_assign(__entry->sensor = sensor;
			   __entry->temp_mc = temp_mc;
			   __entry->threshold_mc = threshold_mc;
			   __entry->start = start;),
	    TP_printk("sensor=%u temp_mc=%d threshold_mc=%d start=%u",
		      __entry->sensor, __entry->temp_mc, __entry->threshold_mc,
		      __entry->start)
);

TRACE_EVENT(tempmon_sample,
	    TP_PROTO(u32 sensor, s32 temp_mc, u32 flags, u64 seq),
	    TP_ARGS(sensor, temp_mc, flags, seq),
	    TP_STRUCT__entry(__field(u32, sensor)
			     __field(s32, temp_mc)
			     __field(u32, flags)
			     __field(u64, seq)),
	    TP_fast_assign(__entry->sensor = sensor;
			   __entry->temp_mc = temp_mc;
			   __entry->flags = flags;
			   __entry->seq = seq;),
	    TP_printk("sensor=%u temp_mc=%d flags=%#x seq=%llu",
		      __entry->sensor, __entry->temp_mc, __entry->flags,
		      __entry->seq)
);

#endif /* _TEMPMON_TRACE_H */

#undef TRACE_INCLUDE_PATH
#define TRACE_INCLUDE_PATH .
#undef TRACE_INCLUDE_FILE
#define TRACE_INCLUDE_FILE tempmon_trace
#include <trace/define_trace.h>
