/* SPDX-License-Identifier: (GPL-2.0 WITH Linux-syscall-note) OR MIT */
/*
 * tempmon — the ABI between tempmon.ko and userspace.
 *
 * One header, included by the module (__KERNEL__), the BPF probe and the
 * C++ tools. Dual-licensed so that userspace may include it freely.
 *
 * Layout of the mmap of /dev/tempmon (read-only, MAP_SHARED):
 *
 *   offset 0                      struct tempmon_ctrl  (TEMPMON_CTRL_SIZE bytes)
 *   offset ctrl->data_offset      struct tempmon_record[ctrl->capacity]
 *
 * The same layout is used by the shared-memory ring that tempmon-sim
 * produces, so one reader serves both.
 *
 * Reader protocol (lock-free, any number of independent readers):
 *
 *   Every record ever written has an absolute index i (0, 1, 2, ... never
 *   reset, not even by CLEAR). It lives in slot i & (capacity - 1).
 *   The producer, under its lock, writes a slot as
 *
 *       WRITE_ONCE(rec->seq, TEMPMON_SEQ_BUSY); smp_wmb();
 *       ... payload ...
 *       smp_store_release(&rec->seq, i + 1);
 *       smp_store_release(&ctrl->head, i + 1);
 *
 *   A reader that wants record i:
 *
 *       s1 = load_acquire(&rec->seq);
 *       if (s1 != i + 1)     -> not written yet (s1 < i+1 or BUSY) or
 *                               already overwritten (s1 > i+1)
 *       copy = *rec;  (plain loads)
 *       acquire fence;
 *       s2 = relaxed load of rec->seq;
 *       if (s2 != s1)        -> torn: the producer overwrote it meanwhile
 *
 *   and may additionally check copy.csum == tempmon_record_csum(&copy)
 *   (CRC32C of the payload, see there).
 *   ctrl->tail is the oldest index still guaranteed valid; a reader whose
 *   cursor fell below it has lost exactly (tail - cursor) records.
 *   Because indices never repeat there is no ABA: a slot rewritten for
 *   i + capacity carries seq i + capacity + 1.
 *
 * The reader protocol in detail (what an independent reader needs; the
 * userspace reader is lib/ring/include/tempmon/ring/reader.h, a second one
 * is python/tempmon/ring.py). C11 terms: "acquire" is
 * atomic_load_explicit(.., memory_order_acquire), "relaxed" is
 * memory_order_relaxed; every load of the mapping must be at least a
 * relaxed atomic (or volatile) load, because the producer writes it
 * concurrently.
 *
 * 1. Publication order. For record i the producer does, in this order:
 *      (a) if the ring is full: tail = i - capacity + 1 (release store),
 *          overwritten += 1;
 *      (b) slot.seq = BUSY; smp_wmb() (C11: a release fence, then the
 *          payload stores);
 *      (c) payload stores; (d) slot.seq = i + 1 (release);
 *      (e) written += 1; head = i + 1 (release).
 *    Pairs: the reader's acquire load of slot.seq pairs with (d): a reader
 *    that sees seq == i + 1 sees the whole payload of i. A reader that
 *    sees seq == j + 1 with j > i (the slot's next record) also sees the
 *    tail of (a) for j, because (a) precedes (d) in program order. A
 *    reader that sees any payload byte of j (fenced by the acquire fence
 *    after its copy) sees BUSY and the new tail, through smp_wmb in (b).
 *    A reader that sees only BUSY has no such guarantee on weakly ordered
 *    CPUs (on x86 it does): its tail may be stale. The acquire load of
 *    head pairs with (e): everything up to record head - 1 is published.
 * 2. BUSY in a slot means "the producer is writing this slot now", for
 *    record i (i == head, not yet published) or for i + capacity (i is
 *    being overwritten, i < head). A reader polling seq alone tells them
 *    apart by comparing i with an acquire load of head: i >= head: not
 *    written yet, wait; i < head: record i is gone. A seq below i + 1
 *    (an older record, or 0 in a never-written slot) likewise means not
 *    written yet, and only occurs for i >= head.
 * 3. After a torn copy (seq changed during the copy, or the checksum does
 *    not match) or an overwritten slot (seq > i + 1, or BUSY below head),
 *    record i is lost for good: count it, never retry it. Move the cursor
 *    to max(cursor + 1, tail) with tail loaded again (acquire): the
 *    records between were overwritten too; count them as lost.
 * 4. Once the ring has wrapped, tail == head - capacity after each write:
 *    the record at tail is the oldest still valid and is the next one
 *    overwritten (the next write moves tail to tail + 1 first). Before
 *    the first wrap tail is 0 (or the head of the last CLEAR).
 * 5. Counters. written == head and overwritten == tail, except that CLEAR
 *    moves tail without counting it in overwritten (then overwritten ==
 *    tail - records cleared). Both move only under the producer's lock; a
 *    reader's snapshot of several counters is not atomic. dropped_frozen
 *    counts records refused while frozen_by != 0 (sampler, pushes and
 *    markers alike; nothing reaches the ring then), and a sensor's
 *    `samples` counts only records written, so it does not grow while
 *    frozen. pushes_refused counts pushed samples refused because the
 *    ring was frozen (a malformed sample fails the call with EINVAL and
 *    is not counted); pushes_accepted those written. throttle_events
 *    (global and per sensor) count THR_START records, including those
 *    refused while frozen.
 * 6. Copy rule in C11 terms: load slot.seq with acquire; copy the payload
 *    with relaxed loads; then atomic_thread_fence(memory_order_acquire);
 *    then load slot.seq relaxed and compare. head and tail: acquire.
 *    clear_gen: relaxed, after the acquire load of tail (see 9). Counters,
 *    frozen_by, rate_hz, wall_offset_ns and sensor info: relaxed (they are
 *    informative; no ordering is promised between them). A reader that
 *    cannot express the fence may load every payload field with acquire
 *    instead (what lib/ring does, for ThreadSanitizer).
 * 7. Layout: the mapping is info.map_size bytes: ctrl_size (4096) bytes of
 *    struct tempmon_ctrl, then capacity records of record_size (32) bytes
 *    from data_offset (== ctrl_size today; read it, never assume it),
 *    rounded up to the page size: map_size ==
 *    PAGE_ALIGN(data_offset + capacity * record_size). Record i is at
 *    data_offset + (i & (capacity - 1)) * record_size. capacity is a power
 *    of two fixed at load (module parameter ring_records).
 * 8. Markers: a record with TEMPMON_F_MARKER is not a temperature: its
 *    `sensor` names the sensor the event belongs to ("see sensor"), its
 *    temp_mc is not a temperature and it never changes throttle state;
 *    readers leave it out of temperature statistics. Timestamps: the sampler stamps each
 *    sample when it reads the sensor, so one sensor's sampled records are
 *    in time order; pushed samples keep the ts_ns userspace sent (0 means
 *    "now"), stored as sent, so they need not be ordered with other
 *    records or even among themselves. Ring order is write order, not
 *    time order.
 * 9. CLEAR bumps clear_gen (relaxed store) and then stores tail = head
 *    (release). The records below the new tail keep valid seqs (nothing is
 *    erased) but are no longer delivered. A reader keeps the clear_gen it
 *    last saw; when it finds cursor < tail it loads tail (acquire) then
 *    clear_gen (relaxed): a changed clear_gen means the gap was cleared,
 *    not lost (count it as cleared, not lost), and the reader jumps to
 *    tail. A gap that is both overwritten and cleared between two polls
 *    counts as cleared.
 * 10. Access: the module creates /dev/tempmon with mode 0640, owner root and
 *    the group of its gid= parameter (the tempmon group the package makes):
 *    root and that group may open it read-only, mmap the ring and use the
 *    GET_* ioctls; every
 *    other ioctl (CLEAR, SET_*, FREEZE, THAW, PUSH, ADD/DEL_SENSOR) needs
 *    CAP_SYS_ADMIN (EPERM). Module parameters: ring_records sets capacity
 *    (and so map_size); rate_hz, zones and sim_sensors change only the
 *    initial sampler rate and sensor table, not the layout.
 *
 * Before mapping, userspace must call TEMPMON_IOC_GET_INFO and check
 * abi_major == TEMPMON_ABI_MAJOR (minor additions are backwards compatible),
 * then check ctrl->magic and ctrl->abi_major again in the mapping.
 * The mapping must be exactly info.map_size bytes at offset 0 (else EINVAL)
 * and read-only: PROT_WRITE fails (EPERM, or EACCES on an O_RDONLY fd) and
 * mprotect() cannot add it later.
 *
 * Versions. abi_major changes only when a layout or meaning changes; each
 * abi_minor adds something an older reader may ignore:
 *   1.0  the ring, the sensor table, ioctls 0x00..0x0c.
 *   1.1  the sensor descriptions (struct tempmon_sensor_desc): origin,
 *        unit, extra thresholds and identity of each sensor, in
 *        ctrl->sensors_desc[] (same slot as ctrl->sensors[]) and set by
 *        TEMPMON_IOC_SET_SENSOR_DESC. Nothing of 1.0 moved: the table of
 *        1.0 keeps its offsets and an ABI 1.0 caller (ADD_SENSOR with its
 *        reserved fields zero) gets origin = its kind and unit CELSIUS.
 *   2.0  the record checksum is CRC32C (see tempmon_record_csum) instead
 *        of 1.x's FNV-1a: a 1.x reader would reject every record, so the
 *        major changes. Everything else is 1.1's, sensor descriptions
 *        included; the layout did not move.
 *   2.1  unit TEMPMON_UNIT_PERCENT (a fan's commanded duty). A 2.0 module
 *        refuses it in SET_SENSOR_DESC (EINVAL): a producer checks
 *        abi_minor >= 1 before it describes a sensor in %, and does not
 *        publish that series otherwise. A 2.0 reader shows an unknown
 *        unit by its number ("unit4"), never as a temperature.
 *   2.2  a simulated sensor's thermal resistance: struct tempmon_sim_load's
 *        former reserved word is flags + resist_permille
 *        (TEMPMON_SIM_SET_RESIST), and SET_SENSOR_DESC also describes a
 *        SIM sensor (identity only: origin SIM or UNSET, unit CELSIUS),
 *        so that a producer can give it companions of the same device
 *        (its power, pushed). A 2.1 module refuses both (EINVAL): a caller
 *        checks abi_minor >= 2 first.
 * A reader of a ring without sensor descriptions
 * (!tempmon_abi_has_sensor_desc(), i.e. ABI 1.0) must not look at
 * sensors_desc[]; it uses tempmon_sensor_desc_default(): every sensor is
 * in CELSIUS and its origin is its kind. A producer that wants a unit
 * other than CELSIUS on a module without SET_SENSOR_DESC (ENOTTY) must not
 * publish that series: its values would be read as temperatures.
 *
 * ioctl errors: ENOTTY unknown command; EFAULT bad user pointer; EINVAL a
 * reserved field not zero or a value out of range; EPERM a control ioctl
 * (everything but GET_*) without CAP_SYS_ADMIN; ENOENT no such sensor id;
 * ENODEV ADD_SENSOR of a thermal zone type the kernel does not know;
 * ENOSPC sensor table full.
 * TEMPMON_IOC_PUSH: a sample with an unknown or non-PUSH sensor or with
 * flags outside TEMPMON_F_USER_MASK fails the call with EINVAL; the samples
 * before it are recorded and counted in `accepted`. Samples refused because
 * the ring is frozen are no error: they are counted in dropped_frozen and
 * pushes_refused, not in `accepted`.
 *
 * Sensor ids are table slots; ctrl->nr_sensors is the highest used slot + 1
 * and a deleted slot reads kind NONE. A ZONE sensor holds the thermal zone:
 * delete it (DEL_SENSOR) before unloading the zone's driver.
 *
 * poll(): POLLIN when records were written since this file's last read()
 * or POLLIN; POLLPRI when a throttle episode started or ended since its
 * last POLLPRI. Each reported event is consumed.
 *
 */
#ifndef _UAPI_LINUX_TEMPMON_H
#define _UAPI_LINUX_TEMPMON_H

#ifdef __KERNEL__
#include <linux/types.h>
#include <linux/ioctl.h>
#else
#include <linux/types.h>
#include <linux/ioctl.h>
#endif

#define TEMPMON_MAGIC		0x544d4f4eU	/* "TMON" */
#define TEMPMON_ABI_MAJOR	2
#define TEMPMON_ABI_MINOR	2

#define TEMPMON_DEVICE_NAME	"tempmon"
#define TEMPMON_CTRL_SIZE	4096U
#define TEMPMON_MAX_SENSORS	16
#define TEMPMON_NAME_LEN	32
#define TEMPMON_SEQ_BUSY	(~(__u64)0)

/* Sampling-rate limits of the in-kernel sampler. */
#define TEMPMON_RATE_MIN_HZ	1
#define TEMPMON_RATE_MAX_HZ	10000
#define TEMPMON_RATE_DEFAULT_HZ	1000

/* Maximum samples in one TEMPMON_IOC_PUSH. */
#define TEMPMON_PUSH_MAX	4096

/* struct tempmon_record.flags */
#define TEMPMON_F_THROTTLING	(1U << 0)	/* sensor above threshold (hysteresis applied) */
#define TEMPMON_F_THR_START	(1U << 1)	/* this sample started a throttle episode */
#define TEMPMON_F_THR_END	(1U << 2)	/* this sample ended one */
#define TEMPMON_F_PUSHED	(1U << 3)	/* came from userspace (TEMPMON_IOC_PUSH) */
#define TEMPMON_F_LATE		(1U << 4)	/* sampler ran late (> 2 periods since last) */
#define TEMPMON_F_STALL		(1U << 5)	/* sampler stalled (> TEMPMON_STALL_PERIODS) */
#define TEMPMON_F_READ_ERR	(1U << 6)	/* source failed; temp_mc is the last good value */
#define TEMPMON_F_MARKER	(1U << 7)	/* not a sample: an event marker (see sensor) */
#define TEMPMON_F_HW_THROTTLE	(1U << 8)	/* source reports HW throttling (GPU HW slowdown) */
#define TEMPMON_F_SW_THROTTLE	(1U << 9)	/* source reports software/driver throttling */
#define TEMPMON_F_POWER_CAP	(1U << 10)	/* source reports a power cap / power brake */
#define TEMPMON_F_USER_MASK	(TEMPMON_F_HW_THROTTLE | TEMPMON_F_SW_THROTTLE | \
				 TEMPMON_F_POWER_CAP)

#define TEMPMON_STALL_PERIODS	100	/* a gap of this many periods is a stall */

/*
 * One record: 32 bytes, two per cache line, naturally aligned.
 * csum: CRC32C of ts_ns, temp_mc, sensor and flags (see tempmon_record_csum).
 */
struct tempmon_record {
	__u64 seq;		/* absolute index + 1; TEMPMON_SEQ_BUSY while written */
	__u64 ts_ns;		/* CLOCK_MONOTONIC */
	__s32 temp_mc;		/* the value in thousandths of the sensor's unit:
				 * milli-degrees Celsius for CELSIUS (every sensor
				 * of ABI 1.0), kHz for MHZ, mW for WATT, ...
				 */
	__u16 sensor;		/* sensor id (index into ctrl->sensors) */
	__u16 flags;		/* TEMPMON_F_* */
	__u32 csum;
	__u32 reserved;		/* zero */
};

/* struct tempmon_sensor_info.kind */
enum tempmon_sensor_kind {
	TEMPMON_SENSOR_NONE = 0,
	TEMPMON_SENSOR_ZONE = 1,	/* a kernel thermal zone, by name */
	TEMPMON_SENSOR_PUSH = 2,	/* fed from userspace by TEMPMON_IOC_PUSH */
	TEMPMON_SENSOR_SIM = 3,		/* deterministic thermal model */
};

struct tempmon_sensor_info {
	__u16 id;
	__u16 kind;		/* enum tempmon_sensor_kind */
	__u32 state;		/* TEMPMON_SS_* */
	__s32 threshold_mc;	/* throttle threshold; TEMPMON_NO_THRESHOLD if none */
	__s32 hysteresis_mc;	/* end when temp < threshold - hysteresis */
	__s32 last_mc;		/* most recent temperature */
	__u32 sim_load_permille; /* sim only: current load 0..1000 */
	__u64 samples;		/* samples recorded for this sensor */
	__u64 throttle_events;	/* throttle starts seen */
	char name[TEMPMON_NAME_LEN];	/* NUL-terminated */
};

#define TEMPMON_NO_THRESHOLD	((__s32)0x7fffffff)
#define TEMPMON_SS_ACTIVE	(1U << 0)
#define TEMPMON_SS_THROTTLING	(1U << 1)

/*
 * ABI 1.1: where a sensor's values come from. `kind` says how the module
 * gets them (sampled zone, simulated, pushed); `origin` says what the
 * producer reads: a GPU via NVML and a fan via hwmon are both PUSH sensors.
 * ZONE/PUSH/SIM have the values of the kinds of the same name.
 */
enum tempmon_sensor_origin {
	TEMPMON_ORIGIN_UNSET = 0,	/* in SET_SENSOR_DESC only: keep the current one */
	TEMPMON_ORIGIN_ZONE = 1,	/* a kernel thermal zone */
	TEMPMON_ORIGIN_PUSH = 2,	/* pushed by a producer that did not say more */
	TEMPMON_ORIGIN_SIM = 3,		/* the thermal model */
	TEMPMON_ORIGIN_HWMON = 4,	/* a hwmon channel (/sys/class/hwmon) */
	TEMPMON_ORIGIN_NVML = 5,	/* an NVIDIA GPU through NVML */
	TEMPMON_ORIGIN_MAX = TEMPMON_ORIGIN_NVML
};

/* ABI 1.1: what a sensor's values measure; records carry thousandths of it. */
enum tempmon_unit {
	TEMPMON_UNIT_CELSIUS = 0,	/* temperature (the only unit of ABI 1.0) */
	TEMPMON_UNIT_MHZ = 1,		/* a clock frequency */
	TEMPMON_UNIT_WATT = 2,		/* a power draw */
	TEMPMON_UNIT_RPM = 3,		/* a fan speed */
	TEMPMON_UNIT_PERCENT = 4,	/* ABI 2.1: a share of full scale (fan duty) */
	TEMPMON_UNIT_MAX = TEMPMON_UNIT_PERCENT
};

#define TEMPMON_MODEL_LEN	40
#define TEMPMON_UUID_LEN	48
#define TEMPMON_LOCATION_LEN	24

/*
 * ABI 1.1: the description of sensor slot i, ctrl->sensors_desc[i]
 * (128 bytes). Strings are NUL-terminated and may be empty (unknown); they
 * are the long identity that does not fit the 31-byte name:
 *   model     what it is: "NVIDIA H200", a hwmon chip name ("nct6798")
 *   uuid      a stable unique id: the GPU UUID ("GPU-6f1c...")
 *   location  where it sits: the PCI bus id ("00000000:19:00.0")
 * The throttle threshold stays tempmon_sensor_info.threshold_mc (for an
 * NVML GPU: its slowdown temperature); these are the other limits the
 * source reports, for display only (the module does not act on them).
 */
struct tempmon_sensor_desc {
	__u16 origin;		/* enum tempmon_sensor_origin */
	__u16 unit;		/* enum tempmon_unit */
	__u32 reserved;		/* zero */
	__s32 shutdown_mc;	/* the source shuts down here; TEMPMON_NO_THRESHOLD if unknown */
	__s32 max_op_mc;	/* highest for sustained use; TEMPMON_NO_THRESHOLD if unknown */
	char model[TEMPMON_MODEL_LEN];
	char uuid[TEMPMON_UUID_LEN];
	char location[TEMPMON_LOCATION_LEN];
};

/* Whether a ring (or module) of this ABI has sensors_desc[] and SET_SENSOR_DESC. */
static inline int tempmon_abi_has_sensor_desc(__u16 abi_major, __u16 abi_minor)
{
	return abi_major > 1 || abi_minor >= 1;
}

/* What a reader of an ABI 1.0 ring assumes for a sensor of `kind`. */
static inline struct tempmon_sensor_desc tempmon_sensor_desc_default(__u16 kind)
{
	struct tempmon_sensor_desc d;

	__builtin_memset(&d, 0, sizeof(d));
	d.origin = kind == TEMPMON_SENSOR_ZONE ? TEMPMON_ORIGIN_ZONE :
		   kind == TEMPMON_SENSOR_SIM ? TEMPMON_ORIGIN_SIM : TEMPMON_ORIGIN_PUSH;
	d.unit = TEMPMON_UNIT_CELSIUS;
	d.shutdown_mc = TEMPMON_NO_THRESHOLD;
	d.max_op_mc = TEMPMON_NO_THRESHOLD;
	return d;
}

/* struct tempmon_ctrl.frozen_by / tempmon_autofreeze.triggers */
#define TEMPMON_FREEZE_USER	(1U << 0)	/* TEMPMON_IOC_FREEZE */
#define TEMPMON_FREEZE_THROTTLE	(1U << 1)	/* auto: throttle start */
#define TEMPMON_FREEZE_STALL	(1U << 2)	/* auto: sampler stall */
#define TEMPMON_FREEZE_MASK	(TEMPMON_FREEZE_USER | TEMPMON_FREEZE_THROTTLE | \
				 TEMPMON_FREEZE_STALL)

/*
 * The control page. The producer updates head/tail/counters with release
 * semantics after the records they describe; readers load head with acquire.
 * Counters are monotonic except across TEMPMON_IOC_CLEAR (which only moves
 * tail to head and bumps clear_gen; indices are never reused).
 */
struct tempmon_ctrl {
	__u32 magic;			/* TEMPMON_MAGIC */
	__u16 abi_major;
	__u16 abi_minor;
	__u32 ctrl_size;		/* TEMPMON_CTRL_SIZE */
	__u32 record_size;		/* sizeof(struct tempmon_record) */
	__u64 capacity;			/* records; a power of two */
	__u64 data_offset;		/* bytes from the start of the mapping */

	__u64 head;			/* next index to be written */
	__u64 tail;			/* oldest index still valid */
	__u64 clear_gen;		/* bumped by each CLEAR */

	__u32 frozen_by;		/* TEMPMON_FREEZE_* bits; 0 = running */
	__u32 rate_hz;			/* sampler rate */
	__s64 wall_offset_ns;		/* CLOCK_REALTIME - CLOCK_MONOTONIC, sampler-refreshed */

	/* counters */
	__u64 written;			/* records written since load */
	__u64 overwritten;		/* records overwritten, whether read or not */
	__u64 dropped_frozen;		/* records refused while frozen */
	__u64 pushes_accepted;		/* samples accepted from TEMPMON_IOC_PUSH */
	__u64 pushes_refused;		/* pushed samples refused: ring frozen */
	__u64 sampler_late;		/* late sampler wake-ups */
	__u64 sampler_stalls;		/* stalls (> TEMPMON_STALL_PERIODS) */
	__u64 throttle_events;		/* throttle starts, all sensors */
	__u64 read_errors;		/* source read failures */
	__u64 reserved_counters[7];

	__u32 nr_sensors;
	__u32 sensors_gen;		/* + 2 when the table changes; odd while a
					 * sensors_desc[] entry is rewritten (ABI 1.1:
					 * copy it between two equal even reads)
					 */
	struct tempmon_sensor_info sensors[TEMPMON_MAX_SENSORS];
	/*
	 * ABI 1.1 and 2.x (tempmon_abi_has_sensor_desc()): one description
	 * per slot of sensors[].
	 */
	struct tempmon_sensor_desc sensors_desc[TEMPMON_MAX_SENSORS];
};

/* ---- ioctls ---------------------------------------------------------- */

#define TEMPMON_IOC_MAGIC	0xB7

struct tempmon_info {
	__u32 magic;			/* out: TEMPMON_MAGIC */
	__u16 abi_major;		/* out */
	__u16 abi_minor;		/* out */
	__u32 record_size;		/* out */
	__u32 ctrl_size;		/* out */
	__u64 capacity;			/* out: records */
	__u64 data_offset;		/* out */
	__u64 map_size;			/* out: the one valid mmap length */
	__u32 rate_hz;			/* out */
	__u32 nr_sensors;		/* out */
	char version[32];		/* out: module version string */
	__u64 reserved[4];		/* out: zero */
};

struct tempmon_stats {
	__u64 head;
	__u64 tail;
	__u64 written;
	__u64 overwritten;
	__u64 dropped_frozen;
	__u64 pushes_accepted;
	__u64 pushes_refused;
	__u64 sampler_late;
	__u64 sampler_stalls;
	__u64 throttle_events;
	__u64 read_errors;
	__u32 frozen_by;
	__u32 reserved0;
	__u64 reserved[4];
};

struct tempmon_rate {
	__u32 hz;			/* TEMPMON_RATE_MIN_HZ..TEMPMON_RATE_MAX_HZ */
	__u32 reserved;			/* must be zero */
};

struct tempmon_threshold {
	__u32 sensor;
	__s32 threshold_mc;		/* TEMPMON_NO_THRESHOLD disables */
	__s32 hysteresis_mc;		/* >= 0 */
	__u32 reserved;			/* must be zero */
};

struct tempmon_autofreeze {
	__u32 triggers;			/* TEMPMON_FREEZE_THROTTLE, _STALL or both; 0 = off */
	__u32 post_records;		/* records after the trigger, then frozen (< capacity) */
	__u64 reserved;			/* must be zero */
};

struct tempmon_push_sample {
	__u64 ts_ns;			/* CLOCK_MONOTONIC; 0 = now */
	__s32 temp_mc;
	__u16 sensor;			/* must be a PUSH sensor */
	__u16 flags;			/* only TEMPMON_F_USER_MASK bits allowed */
};

struct tempmon_push {
	__u64 samples;			/* user pointer to struct tempmon_push_sample[count] */
	__u32 count;			/* 1..TEMPMON_PUSH_MAX */
	__u32 accepted;			/* out */
	__u64 reserved;			/* must be zero */
};

struct tempmon_sensor_add {
	__u32 kind;			/* ZONE, PUSH or SIM */
	__u32 id;			/* out */
	char name[TEMPMON_NAME_LEN];	/* ZONE: thermal zone type to look up; else a label */
	__u32 sim_seed;			/* SIM: model seed */
	__u32 sim_load_permille;	/* SIM: initial load 0..1000 */
	__u64 reserved[2];		/* must be zero */
};

struct tempmon_sensor_id {
	__u32 sensor;
	__u32 reserved;			/* must be zero */
};

/*
 * SET_SIM_LOAD sets the load; with TEMPMON_SIM_SET_RESIST in flags (ABI
 * 2.2) also the thermal resistance, in per mille of the model's nominal
 * one (TEMPMON_SIM_RESIST_MIN..MAX of tempmon_sim_model.h: 100..10000).
 * Without the flag resist_permille must be zero and the resistance stays.
 */
#define TEMPMON_SIM_SET_RESIST	(1U << 0)
#define TEMPMON_SIM_FLAGS_MASK	TEMPMON_SIM_SET_RESIST

struct tempmon_sim_load {
	__u32 sensor;
	__u32 load_permille;		/* 0..1000 */
	__u32 flags;			/* ABI 2.2: TEMPMON_SIM_*; else zero */
	__u32 resist_permille;		/* ABI 2.2: with TEMPMON_SIM_SET_RESIST; else zero */
};

struct tempmon_sensor_query {
	__u32 index;			/* in: 0..nr_sensors-1 */
	__u32 reserved;			/* in: zero */
	struct tempmon_sensor_info info;	/* out */
};

/*
 * ABI 1.1: describe a sensor. PUSH sensors (the module describes its
 * zones itself): origin PUSH, HWMON or NVML, or UNSET to keep it;
 * any unit; strings NUL-terminated within their arrays. ABI 2.2: a SIM
 * sensor too, its identity only (model, uuid, location; origin SIM or
 * UNSET, unit CELSIUS, thresholds as given). A sensor is
 * described once before its producer pushes to it; a producer that
 * reuses a sensor of the same name after a restart describes it again.
 * Errors: EINVAL (bad value, reserved not zero, a ZONE sensor, a SIM
 * sensor given another origin or unit),
 * ENOENT (no such sensor), EPERM.
 */
struct tempmon_sensor_describe {
	__u32 sensor;
	__u32 reserved;			/* must be zero */
	struct tempmon_sensor_desc desc;
};

#define TEMPMON_IOC_GET_INFO	_IOR(TEMPMON_IOC_MAGIC, 0x00, struct tempmon_info)
#define TEMPMON_IOC_GET_STATS	_IOR(TEMPMON_IOC_MAGIC, 0x01, struct tempmon_stats)
#define TEMPMON_IOC_CLEAR	_IO(TEMPMON_IOC_MAGIC, 0x02)
#define TEMPMON_IOC_SET_RATE	_IOW(TEMPMON_IOC_MAGIC, 0x03, struct tempmon_rate)
#define TEMPMON_IOC_SET_THRESHOLD _IOW(TEMPMON_IOC_MAGIC, 0x04, struct tempmon_threshold)
#define TEMPMON_IOC_FREEZE	_IO(TEMPMON_IOC_MAGIC, 0x05)
#define TEMPMON_IOC_THAW	_IO(TEMPMON_IOC_MAGIC, 0x06)
#define TEMPMON_IOC_SET_AUTOFREEZE _IOW(TEMPMON_IOC_MAGIC, 0x07, struct tempmon_autofreeze)
#define TEMPMON_IOC_PUSH	_IOWR(TEMPMON_IOC_MAGIC, 0x08, struct tempmon_push)
#define TEMPMON_IOC_ADD_SENSOR	_IOWR(TEMPMON_IOC_MAGIC, 0x09, struct tempmon_sensor_add)
#define TEMPMON_IOC_DEL_SENSOR	_IOW(TEMPMON_IOC_MAGIC, 0x0a, struct tempmon_sensor_id)
#define TEMPMON_IOC_SET_SIM_LOAD _IOW(TEMPMON_IOC_MAGIC, 0x0b, struct tempmon_sim_load)
#define TEMPMON_IOC_GET_SENSOR	_IOWR(TEMPMON_IOC_MAGIC, 0x0c, struct tempmon_sensor_query)
/* ABI 1.1 */
#define TEMPMON_IOC_SET_SENSOR_DESC _IOW(TEMPMON_IOC_MAGIC, 0x0d, struct tempmon_sensor_describe)

/*
 * Payload checksum (ABI 2): CRC32C, the Castagnoli CRC that x86's SSE4.2
 * `crc32` instruction and ARMv8's `crc32c*` compute in hardware:
 *   bytes        the 16 little-endian bytes of ts_ns (8), temp_mc (4),
 *                sensor (2), flags (2), in that order (offsets 8..23 of
 *                the record: everything but seq, csum and reserved)
 *   polynomial   0x1EDC6F41, processed reflected (0x82F63B78, LSB first)
 *   initial      0xFFFFFFFF
 *   final xor    0xFFFFFFFF
 *   check        "123456789" -> 0xE3069283 (the catalogue's CRC-32C)
 *   test vector  ts_ns 0x0123456789abcdef, temp_mc -40000, sensor 3,
 *                flags 0x0008 -> csum 0x95936756
 *                (more in tests/ring/csum_vectors.txt)
 * In hardware terms: crc = ~0; crc = crc32q(crc, ts_ns);
 * crc = crc32q(crc, (u32)temp_mc | sensor << 32 | flags << 48); csum = ~crc.
 * Not cryptographic: it only makes a torn copy (half old, half new)
 * detectable. ABI 1 used FNV-1a over the same bytes; an ABI 1 reader
 * refuses an ABI 2 ring by its abi_major, and this ABI's readers refuse
 * ABI 1 rings.
 */
#define TEMPMON_CSUM_POLY	0x82F63B78U	/* CRC32C, reflected */

/* The portable form (4 bits per step): what any reader can compute. */
static inline __u32 tempmon_crc32c_u64(__u32 crc, __u64 v)
{
	static const __u32 t[16] = {
		0x00000000U, 0x105ec76fU, 0x20bd8edeU, 0x30e349b1U,
		0x417b1dbcU, 0x5125dad3U, 0x61c69362U, 0x7198540dU,
		0x82f63b78U, 0x92a8fc17U, 0xa24bb5a6U, 0xb21572c9U,
		0xc38d26c4U, 0xd3d3e1abU, 0xe330a81aU, 0xf36e6f75U,
	};
	int i;

	for (i = 0; i < 16; i++)
		crc = (crc >> 4) ^ t[(crc ^ (__u32)(v >> (4 * i))) & 15];
	return crc;
}

/* The second CRC word of a record: temp_mc, sensor, flags as stored (LE). */
static inline __u64 tempmon_record_csum_word1(const struct tempmon_record *r)
{
	return (__u64)(__u32)r->temp_mc | ((__u64)r->sensor << 32) |
	       ((__u64)r->flags << 48);
}

static inline __u32 tempmon_record_csum(const struct tempmon_record *r)
{
	__u32 crc = tempmon_crc32c_u64(0xFFFFFFFFU, r->ts_ns);

	return ~tempmon_crc32c_u64(crc, tempmon_record_csum_word1(r));
}

#endif /* _UAPI_LINUX_TEMPMON_H */
