// SPDX-License-Identifier: GPL-2.0
/*
 * throttle.bpf.c — joins thermal tracepoints into throttle episodes, in the
 * kernel, so userspace gets one record per episode with its cause chain.
 *
 * An episode is keyed by what it is about (zone, tempmon sensor, cpu). It
 * opens on its first cause (trip crossed, tempmon throttle start, max
 * frequency dropped); cooling actions and frequency limits seen within the
 * correlation window of the most recently active open episode join it; it
 * closes on recovery. Zone episodes close only after the temperature stayed
 * below trip - hysteresis for the quiet period, so a temperature oscillating
 * around the trip makes one episode, not a storm.
 *
 * Concurrency: a zone's events come from its own work item (serialised by the
 * thermal core), so per-episode updates race only with cpufreq/cdev events on
 * other CPUs; the worst case is a lost step counter increment, never a torn
 * record (records leave through bpf_ringbuf_output copies).
 */
#include "vmlinux.h"
#include <bpf/bpf_helpers.h>
#include <bpf/bpf_tracing.h>
#include "throttle.h"
#include "compat.h"

char LICENSE[] SEC("license") = "GPL";

/* Tunables: set by the loader in rodata before load. */
const volatile __u64 window_ns = TM_DEFAULT_WINDOW_MS * 1000000ULL;
const volatile __u64 quiet_ns = TM_DEFAULT_QUIET_MS * 1000000ULL;
const volatile __s32 default_hyst_mc = TM_DEFAULT_HYST_MC;
const volatile __u32 raw_events = 0;
const volatile __u32 freq_opens_episode = 1;
const volatile __u32 n_zones = 0;
const volatile char zones[TM_MAX_ZONES][TM_NAME_LEN] = {};

struct {
	__uint(type, BPF_MAP_TYPE_RINGBUF);
	__uint(max_entries, TM_RB_BYTES);	/* the loader may resize it */
} events SEC(".maps");

struct {
	__uint(type, BPF_MAP_TYPE_PERCPU_ARRAY);
	__uint(max_entries, TM_STAT_MAX);
	__type(key, __u32);
	__type(value, __u64);
} stats SEC(".maps");

struct {
	__uint(type, BPF_MAP_TYPE_HASH);
	__uint(max_entries, 64);
	__type(key, struct tm_key);
	__type(value, struct tm_episode);
} episodes SEC(".maps");

/* Trip temperatures, filled by userspace (the tracepoint has the index). */
struct {
	__uint(type, BPF_MAP_TYPE_HASH);
	__uint(max_entries, 256);
	__type(key, struct tm_trip_key);
	__type(value, struct tm_trip_val);
} trips SEC(".maps");

/*
 * Per zone id: last temperature (for the temperature at a trip) and whether
 * an episode is open. An array, so the hot path (every poll of every zone,
 * nearly always with nothing open) is two inlined array accesses.
 */
struct zone_state {
	__s32 temp_mc;
	__u32 open;
};

struct {
	__uint(type, BPF_MAP_TYPE_ARRAY);
	__uint(max_entries, TM_MAX_ZONE_ID);
	__type(key, __u32);
	__type(value, struct zone_state);
} zones_state SEC(".maps");

struct cdev_state {
	__u64 state;
	struct tm_key ep;	/* episode it acts for; source 0: none */
};

struct {
	__uint(type, BPF_MAP_TYPE_HASH);
	__uint(max_entries, 256);
	__type(key, char[TM_NAME_LEN]);
	__type(value, struct cdev_state);
} cdevs SEC(".maps");

struct cpu_freq {
	__u32 max_khz;
};

struct {
	__uint(type, BPF_MAP_TYPE_HASH);
	__uint(max_entries, 1024);
	__type(key, __u32);
	__type(value, struct cpu_freq);
} cpu_max SEC(".maps");

/* The most recently active open episode: where cooling/freq events go. */
struct {
	__uint(type, BPF_MAP_TYPE_ARRAY);
	__uint(max_entries, 1);
	__type(key, __u32);
	__type(value, struct tm_key);
} last_open SEC(".maps");

static const struct tm_episode zero_episode;
__u64 episode_seq;

static __always_inline void stat_inc(__u32 idx)
{
	__u64 *v = bpf_map_lookup_elem(&stats, &idx);

	if (v)
		*v += 1;
}

static __always_inline void emit(void *rec, __u64 size)
{
	if (bpf_ringbuf_output(&events, rec, size, 0))
		stat_inc(TM_STAT_RB_DROPS);
}

static __always_inline void raw_event(__u16 kind, __u16 aux, __u32 id, __s64 value,
				      __s64 value2, const char *name)
{
	struct tm_event *e;

	if (!raw_events)
		return;
	e = bpf_ringbuf_reserve(&events, sizeof(*e), 0);
	if (!e) {
		stat_inc(TM_STAT_RB_DROPS);
		return;
	}
	e->msg = TM_MSG_EVENT;
	e->kind = kind;
	e->aux = aux;
	e->ts_ns = bpf_ktime_get_ns();
	e->value = value;
	e->value2 = value2;
	e->id = id;
	e->cpu = bpf_get_smp_processor_id();
	e->pad = 0;
	if (name)
		__builtin_memcpy(e->name, name, TM_NAME_LEN);
	else
		__builtin_memset(e->name, 0, TM_NAME_LEN);
	/*
	 * Waking the reader per raw event costs an irq_work (a self-IPI) inside
	 * this program, many times its own work. Raw events are batched: the
	 * reader's poll timeout, an episode record, or a quarter-full ring
	 * wakes it.
	 */
	bpf_ringbuf_submit(e, bpf_ringbuf_query(&events, BPF_RB_AVAIL_DATA) >=
				      bpf_ringbuf_query(&events, BPF_RB_RING_SIZE) / 4 ?
				      BPF_RB_FORCE_WAKEUP : BPF_RB_NO_WAKEUP);
}

static __always_inline int zone_wanted(const char *name)
{
	if (!n_zones)
		return 1;
	for (__u32 z = 0; z < TM_MAX_ZONES; z++) {
		int eq = 1;

		if (z >= n_zones)
			break;
		for (__u32 i = 0; i < TM_NAME_LEN; i++) {
			char c = zones[z][i];

			if (c != name[i]) {
				eq = 0;
				break;
			}
			if (!c)
				break;
		}
		if (eq)
			return 1;
	}
	return 0;
}

static __always_inline void add_step(struct tm_episode *ep, __u64 now, __u16 kind,
				     __u16 aux, __u32 id, __s64 value, const char *name)
{
	__u32 n = ep->n_steps;
	struct tm_step *s;

	if (n >= TM_MAX_STEPS) {
		ep->steps_dropped++;
		return;
	}
	s = &ep->steps[n & (TM_MAX_STEPS - 1)];
	s->ts_ns = now;
	s->value = value;
	s->id = id;
	s->kind = kind;
	s->aux = aux;
	if (name)
		__builtin_memcpy(s->name, name, TM_NAME_LEN);
	ep->n_steps = n + 1;
}

static __always_inline struct tm_episode *open_episode(struct tm_key *key, __u32 cause,
							const char *name, __u64 now,
							__s32 temp_mc)
{
	struct tm_episode *ep;
	__u32 zero = 0;

	if (bpf_map_update_elem(&episodes, key, &zero_episode, BPF_NOEXIST)) {
		stat_inc(TM_STAT_NO_SLOT);
		return NULL;
	}
	ep = bpf_map_lookup_elem(&episodes, key);
	if (!ep)
		return NULL;
	ep->cause = cause;
	ep->key = *key;
	__builtin_memcpy(ep->name, name, TM_NAME_LEN);
	ep->seq = __sync_fetch_and_add(&episode_seq, 1) + 1;
	ep->start_ns = now;
	ep->last_ns = now;
	ep->trip_temp_mc = TM_TEMP_UNKNOWN;
	ep->start_temp_mc = temp_mc;
	ep->peak_temp_mc = temp_mc;
	ep->last_temp_mc = temp_mc;
	bpf_map_update_elem(&last_open, &zero, key, BPF_ANY);
	stat_inc(TM_STAT_OPENED);
	return ep;
}

/* Tell userspace at once (capture may trigger on it); steps so far included. */
static __always_inline void announce(struct tm_episode *ep)
{
	ep->msg = TM_MSG_EPISODE_OPEN;
	emit(ep, sizeof(*ep));
}

static __always_inline void close_episode(struct tm_episode *ep, __u64 now, __u32 reason)
{
	struct tm_key key = ep->key;
	struct tm_key *lk;
	__u32 zero = 0;

	ep->msg = TM_MSG_EPISODE;
	ep->end_ns = now;
	ep->close_reason = reason;
	emit(ep, sizeof(*ep));
	lk = bpf_map_lookup_elem(&last_open, &zero);
	if (lk && lk->source == key.source && lk->id == key.id) {
		lk->source = 0;
		lk->id = 0;
	}
	bpf_map_delete_elem(&episodes, &key);
	if (key.source == TM_SRC_ZONE) {
		struct zone_state *zs = bpf_map_lookup_elem(&zones_state, &key.id);

		if (zs)
			zs->open = 0;
	}
	stat_inc(TM_STAT_CLOSED);
}

/* The open episode that a cooling/freq action at `now` belongs to, if any. */
static __always_inline struct tm_episode *recent_episode(__u64 now)
{
	struct tm_episode *ep;
	struct tm_key *lk;
	__u32 zero = 0;

	lk = bpf_map_lookup_elem(&last_open, &zero);
	if (!lk || !lk->source)
		return NULL;
	ep = bpf_map_lookup_elem(&episodes, lk);
	if (!ep || now - ep->last_ns > window_ns)
		return NULL;
	return ep;
}

static __always_inline void note_temp(struct tm_episode *ep, __s32 temp)
{
	ep->last_temp_mc = temp;
	if (temp > ep->peak_temp_mc)
		ep->peak_temp_mc = temp;
}

/*
 * The hottest path: every poll of every zone. An open episode for the zone
 * implies the zone passed the filter when it opened, so the zone's name is
 * read only for raw events and for opening an episode.
 */
SEC("tracepoint/thermal/thermal_temperature")
int handle_thermal_temperature(struct trace_event_raw_thermal_temperature *ctx)
{
	struct tm_key key = { .source = TM_SRC_ZONE };
	struct zone_state *zs;
	struct tm_episode *ep;
	__s32 temp, below;
	__u64 now;
	__u32 id;

	stat_inc(TM_STAT_EVENTS);
	id = ctx->id;
	temp = ctx->temp;
	if (raw_events) {
		char name[TM_NAME_LEN] = {};

		tm_read_data_loc(ctx, ctx->__data_loc_thermal_zone, name, sizeof(name));
		if (zone_wanted(name))
			raw_event(TM_K_TEMP, 0, id, temp, ctx->temp_prev, name);
	}
	/* Stored for every zone: cheaper than filtering, and harmless. */
	zs = bpf_map_lookup_elem(&zones_state, &id);
	if (zs) {
		zs->temp_mc = temp;
		if (!zs->open)
			return 0;
	}

	key.id = id;
	ep = bpf_map_lookup_elem(&episodes, &key);
	if (!ep)
		return 0;
	now = bpf_ktime_get_ns();
	note_temp(ep, temp);
	if (ep->trip_temp_mc == TM_TEMP_UNKNOWN)
		return 0;
	below = ep->trip_temp_mc - ep->hyst_mc;
	if (temp >= ep->trip_temp_mc) {
		ep->last_ns = now;
		if (ep->recover_ns) {
			ep->recover_ns = 0;
			ep->rebounds++;
		}
		return 0;
	}
	if (temp >= below)
		return 0;
	if (!ep->recover_ns) {
		ep->recover_ns = now;
		add_step(ep, now, TM_K_RECOVER, 0, id, temp, ep->name);
		return 0;
	}
	if (now - ep->recover_ns >= quiet_ns)
		close_episode(ep, now, TM_CLOSE_TEMP);
	return 0;
}

SEC("tracepoint/thermal/thermal_zone_trip")
int handle_thermal_zone_trip(struct trace_event_raw_thermal_zone_trip *ctx)
{
	struct tm_key key = { .source = TM_SRC_ZONE };
	char name[TM_NAME_LEN] = {};
	struct tm_trip_key tk;
	struct tm_trip_val *tv;
	struct tm_episode *ep;
	__u32 id, trip, type, bit;
	__s32 temp = TM_TEMP_UNKNOWN;
	struct zone_state *zs;
	__u64 now;

	stat_inc(TM_STAT_EVENTS);
	id = ctx->id;
	trip = tm_trip_index(ctx);
	type = tm_trip_type(ctx);
	bit = trip < 32 ? 1u << trip : 0;
	zs = bpf_map_lookup_elem(&zones_state, &id);
	if (zs)
		temp = zs->temp_mc;
	key.id = id;
	ep = bpf_map_lookup_elem(&episodes, &key);
	if (raw_events || !ep) {
		tm_read_data_loc(ctx, ctx->__data_loc_thermal_zone, name, sizeof(name));
		if (!zone_wanted(name))
			return 0;
		raw_event(TM_K_TRIP, type, trip, temp, 0, name);
	}
	now = bpf_ktime_get_ns();

	if (ep) {
		/* Some kernels report a trip on every poll while above it. */
		ep->last_ns = now;
		if (ep->recover_ns) {
			ep->recover_ns = 0;
			ep->rebounds++;
		}
		if (ep->trips_seen & bit) {
			ep->trip_repeats++;
			return 0;
		}
		ep->trips_seen |= bit;
		add_step(ep, now, TM_K_TRIP, type, trip, temp, ep->name);
		return 0;
	}

	ep = open_episode(&key, TM_CAUSE_TRIP, name, now, temp);
	if (!ep)
		return 0;
	tk.zone_id = id;
	tk.trip = trip;
	tv = bpf_map_lookup_elem(&trips, &tk);
	if (tv) {
		ep->trip_temp_mc = tv->temp_mc;
		ep->hyst_mc = tv->hyst_mc;
	} else {
		/* Unknown trip (zone appeared after load): the crossing temp. */
		ep->trip_temp_mc = temp;
		ep->hyst_mc = default_hyst_mc;
	}
	ep->trips_seen = bit;
	add_step(ep, now, TM_K_TRIP, type, trip, temp, name);
	if (zs)
		zs->open = 1;
	announce(ep);
	return 0;
}

SEC("tracepoint/thermal/cdev_update")
int handle_cdev_update(struct trace_event_raw_cdev_update *ctx)
{
	char name[TM_NAME_LEN] = {};
	__u64 now = bpf_ktime_get_ns();
	struct cdev_state *cs, fresh = {};
	struct tm_episode *ep = NULL;
	__u64 target, prev;

	stat_inc(TM_STAT_EVENTS);
	tm_read_data_loc(ctx, ctx->__data_loc_type, name, sizeof(name));
	target = ctx->target;
	raw_event(TM_K_CDEV, 0, 0, (__s64)target, 0, name);

	cs = bpf_map_lookup_elem(&cdevs, name);
	if (!cs) {
		bpf_map_update_elem(&cdevs, name, &fresh, BPF_NOEXIST);
		cs = bpf_map_lookup_elem(&cdevs, name);
		if (!cs)
			return 0;
	}
	prev = cs->state;
	cs->state = target;
	if (cs->ep.source)
		ep = bpf_map_lookup_elem(&episodes, &cs->ep);
	if (!ep && target > 0) {
		ep = recent_episode(now);
		if (ep) {
			cs->ep = ep->key;
			prev = 0; /* counts as newly active for this episode */
		}
	}
	if (!ep) {
		cs->ep.source = 0;
		return 0;
	}
	add_step(ep, now, TM_K_CDEV, 0, 0, (__s64)target, name);
	if (target > 0 && !ep->first_cool_ns)
		ep->first_cool_ns = now;
	if (target > ep->deepest_state) {
		ep->deepest_state = target;
		__builtin_memcpy(ep->deepest_cdev, name, TM_NAME_LEN);
	}
	if (target > 0 && prev == 0)
		ep->cdevs_active++;
	if (target == 0 && prev > 0 && ep->cdevs_active > 0) {
		ep->cdevs_active--;
		cs->ep.source = 0;
		/* All cooling released while below the trip: recovery. */
		if (!ep->cdevs_active && !ep->recover_ns &&
		    ep->trip_temp_mc != TM_TEMP_UNKNOWN &&
		    ep->last_temp_mc < ep->trip_temp_mc) {
			ep->recover_ns = now;
			add_step(ep, now, TM_K_RECOVER, TM_CLOSE_COOLING_OFF, 0,
				 ep->last_temp_mc, name);
		}
	}
	return 0;
}

SEC("tracepoint/power/cpu_frequency_limits")
int handle_cpu_frequency_limits(struct trace_event_raw_cpu_frequency_limits *ctx)
{
	static const char cpufreq_name[TM_NAME_LEN] = "cpufreq";
	struct tm_key key = { .source = TM_SRC_CPU };
	__u64 now = bpf_ktime_get_ns();
	struct cpu_freq *cf, fresh;
	struct tm_episode *ep;
	__u32 cpu, max, prev;

	stat_inc(TM_STAT_EVENTS);
	cpu = ctx->cpu_id;
	max = ctx->max_freq;
	raw_event(TM_K_FREQ, 0, cpu, max, ctx->min_freq, NULL);

	cf = bpf_map_lookup_elem(&cpu_max, &cpu);
	if (!cf) {
		/* First sight is the baseline, not a drop. */
		fresh.max_khz = max;
		bpf_map_update_elem(&cpu_max, &cpu, &fresh, BPF_ANY);
		return 0;
	}
	prev = cf->max_khz;
	cf->max_khz = max;
	if (max == prev)
		return 0;

	key.id = cpu;
	ep = bpf_map_lookup_elem(&episodes, &key);
	if (!ep)
		ep = recent_episode(now);
	if (!ep && max < prev && freq_opens_episode) {
		ep = open_episode(&key, TM_CAUSE_FREQ, cpufreq_name, now, TM_TEMP_UNKNOWN);
		if (!ep)
			return 0;
		ep->freq_before_khz = prev;
		ep->min_max_freq_khz = max;
		add_step(ep, now, TM_K_FREQ, 0, cpu, max, cpufreq_name);
		announce(ep);
		return 0;
	}
	if (!ep)
		return 0;
	add_step(ep, now, TM_K_FREQ, 0, cpu, max, cpufreq_name);
	if (!ep->freq_before_khz && max < prev)
		ep->freq_before_khz = prev;
	if (!ep->min_max_freq_khz || max < ep->min_max_freq_khz)
		ep->min_max_freq_khz = max;
	if (max < prev)
		ep->last_ns = now;
	if (ep->key.source == TM_SRC_CPU && ep->key.id == cpu &&
	    max >= ep->freq_before_khz)
		close_episode(ep, now, TM_CLOSE_FREQ_RESTORED);
	return 0;
}

SEC("tracepoint/irq_vectors/thermal_apic_entry")
int handle_thermal_apic_entry(struct trace_event_raw_x86_irq_vector *ctx)
{
	__u64 now = bpf_ktime_get_ns();
	struct tm_episode *ep;

	stat_inc(TM_STAT_EVENTS);
	raw_event(TM_K_APIC, 0, ctx->vector, 0, 0, NULL);
	ep = recent_episode(now);
	if (ep)
		ep->apic_irqs++;
	return 0;
}

SEC("tracepoint/tempmon/tempmon_throttle")
int handle_tempmon_throttle(struct tm_ctx_tempmon_throttle *ctx)
{
	static const char tempmon_name[TM_NAME_LEN] = "tempmon";
	struct tm_key key = { .source = TM_SRC_SENSOR };
	__u64 now = bpf_ktime_get_ns();
	struct tm_episode *ep;
	__u32 sensor = ctx->sensor, start = ctx->start;
	__s32 temp = ctx->temp_mc, thr = ctx->threshold_mc;

	stat_inc(TM_STAT_EVENTS);
	raw_event(TM_K_TM_THROTTLE, start, sensor, temp, thr, tempmon_name);

	key.id = sensor;
	ep = bpf_map_lookup_elem(&episodes, &key);
	if (start) {
		if (ep) {
			ep->rebounds++;
			ep->last_ns = now;
			note_temp(ep, temp);
			add_step(ep, now, TM_K_TM_THROTTLE, 1, sensor, temp, tempmon_name);
			return 0;
		}
		ep = open_episode(&key, TM_CAUSE_TEMPMON, tempmon_name, now, temp);
		if (!ep)
			return 0;
		ep->trip_temp_mc = thr;
		add_step(ep, now, TM_K_TM_THROTTLE, 1, sensor, temp, tempmon_name);
		announce(ep);
		return 0;
	}
	if (!ep)
		return 0;
	/* tempmon.ko applies its own hysteresis before reporting the end. */
	note_temp(ep, temp);
	add_step(ep, now, TM_K_TM_THROTTLE, 0, sensor, temp, tempmon_name);
	close_episode(ep, now, TM_CLOSE_TEMPMON_END);
	return 0;
}

SEC("tracepoint/tempmon/tempmon_sample")
int handle_tempmon_sample(struct tm_ctx_tempmon_sample *ctx)
{
	struct tm_key key = { .source = TM_SRC_SENSOR };
	struct tm_episode *ep;
	__s32 temp = ctx->temp_mc;

	stat_inc(TM_STAT_EVENTS);
	raw_event(TM_K_TM_SAMPLE, (__u16)ctx->flags, ctx->sensor, temp, (__s64)ctx->seq, NULL);
	key.id = ctx->sensor;
	ep = bpf_map_lookup_elem(&episodes, &key);
	if (ep) {
		note_temp(ep, temp);
		if (temp >= ep->trip_temp_mc)
			ep->last_ns = bpf_ktime_get_ns();
	}
	return 0;
}
