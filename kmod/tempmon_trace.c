// SPDX-License-Identifier: GPL-2.0
/* Instantiates the tracepoints declared in tempmon_trace.h. */
#define CREATE_TRACE_POINTS
#include "tempmon_trace.h"
