// SPDX-License-Identifier: GPL-2.0
/*
 * baseline.bpf.c — empty programs on the tracepoints throttle.bpf.c uses:
 * the overhead baseline scripts/bench-bpf subtracts. A separate object, so
 * that the probe the capture ships carries only the programs it runs;
 * tempmon-probe loads this one on --baseline-progs only.
 */
#include "vmlinux.h"
#include <bpf/bpf_helpers.h>

char LICENSE[] SEC("license") = "GPL";

SEC("tracepoint/thermal/thermal_temperature")
int empty_thermal_temperature(void *ctx) { return 0; }

SEC("tracepoint/thermal/thermal_zone_trip")
int empty_thermal_zone_trip(void *ctx) { return 0; }

SEC("tracepoint/thermal/cdev_update")
int empty_cdev_update(void *ctx) { return 0; }
