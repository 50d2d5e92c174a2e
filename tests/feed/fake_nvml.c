/*
 * A fake libnvidia-ml.so.1 for tempmon-feed's tests: the NVML functions the
 * feeder uses, over GPUs whose readings, failures and hangs the test
 * controls through the fake_nvml_* functions (dlopen the same path with
 * RTLD_NOLOAD to reach them) or, for a child process, environment
 * variables read at nvmlInit_v2: FAKE_NVML_GPUS (count), FAKE_NVML_TEMP_C,
 * FAKE_NVML_REASONS (hex or decimal).
 * FAKE_NVML_CURVE=PATH replays a measured series instead (the format of
 * tests/feed/data/h200-load-curve.csv, nvidia-smi --query-gpu=timestamp,
 * temperature.gpu,clocks.sm,power.draw,clocks_event_reasons.active, one
 * row per 0.5 s): temperature, SM clock, power and reasons of every GPU
 * follow it from nvmlInit_v2 on, FAKE_NVML_CURVE_SPEED times faster
 * (default 1), holding the last row at the end.
 * Identity and limits: name "Fake GPU i", UUID, PCI bus id; slowdown 89 °C,
 * shutdown 92 °C, max operating 87 °C unless FAKE_NVML_SLOWDOWN_C,
 * FAKE_NVML_SHUTDOWN_C, FAKE_NVML_MAX_OP_C say otherwise (0 = not
 * supported).
 * FAKE_NVML_LATENCY_US adds that much time to every call of the GPU-facts
 * functions tempmon-capture reads (ECC, remapped rows, PCIe, NVLink, field
 * values, violation counters), as a real driver takes.
 * Cooling and power budget: no fan of its own (nvmlDeviceGetFanSpeed: not
 * supported, as on an H200) unless FAKE_NVML_FAN_PCT gives its speed;
 * enforced and default power limits 700 W unless FAKE_NVML_POWER_LIMIT_W
 * and FAKE_NVML_DEFAULT_LIMIT_W say otherwise (0 = not supported).
 * fake_nvml_set_cooling changes them at run time. No fan target and no
 * memory temperature (both not supported) unless FAKE_NVML_FAN_TARGET_PCT
 * and FAKE_NVML_MEM_TEMP_C give them; fake_nvml_set_fan_target_mem changes
 * them at run time.
 * Built twice: as is, and with FAKE_NVML_OLD_DRIVER (no
 * nvmlDeviceGetCurrentClocksEventReasons, only the older throttle name).
 */
#include <errno.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#define EXPORT __attribute__((visibility("default")))
#define MAX_GPUS 4

typedef int nvmlReturn_t;
typedef struct fake_gpu *nvmlDevice_t;
typedef struct fake_set *nvmlEventSet_t;
typedef struct {
	nvmlDevice_t device;
	unsigned long long eventType;
	unsigned long long eventData;
	unsigned int gpuInstanceId;
	unsigned int computeInstanceId;
} nvmlEventData_t;

struct fake_gpu {
	unsigned temp_c;
	unsigned long long reasons;
	int blocked;     /* nvmlDeviceGetTemperature waits while set */
	int lost;        /* every call returns NVML_ERROR_GPU_IS_LOST */
	int waiting;     /* threads inside a blocked call */
	int fan_pct;     /* -1: no fan (not supported) */
	int fan_target_pct;  /* -1: not supported */
	int mem_temp_c;      /* -1000: not supported */
	unsigned limit_mw, default_mw;  /* 0: not supported */
	unsigned long calls;
};

static pthread_mutex_t mu = PTHREAD_MUTEX_INITIALIZER;
static pthread_cond_t cv = PTHREAD_COND_INITIALIZER;
static struct fake_gpu gpus[MAX_GPUS] = {
	[0 ... MAX_GPUS - 1] = { .fan_pct = -1, .fan_target_pct = -1, .mem_temp_c = -1000,
				 .limit_mw = 700000, .default_mw = 700000 },
};
static unsigned nr_gpus = 1;
static int init_blocked, init_waiting, initialized;
static unsigned long long pending_xid[MAX_GPUS];

/* The replayed curve (FAKE_NVML_CURVE / fake_nvml_load_curve). */
#define CURVE_MAX 4096
#define CURVE_STEP_NS 500000000ULL
struct curve_row {
	unsigned temp_c, sm_mhz, power_mw;
	unsigned long long reasons;
};
static struct curve_row curve[CURVE_MAX];
static unsigned curve_len;
static double curve_speed = 1.0;
static unsigned long long curve_start_ns;
static unsigned thr_slowdown = 89, thr_shutdown = 92, thr_max_op = 87;

static unsigned long long mono_ns(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (unsigned long long)ts.tv_sec * 1000000000ULL + (unsigned long long)ts.tv_nsec;
}

/* Under mu. The row for now, or NULL without a curve. */
static const struct curve_row *curve_now(void)
{
	unsigned long long i;

	if (!curve_len)
		return NULL;
	i = (unsigned long long)((double)(mono_ns() - curve_start_ns) * curve_speed) / CURVE_STEP_NS;
	return &curve[i < curve_len ? i : curve_len - 1];
}

/* Under mu. Returns the number of rows, or -1 (file unreadable, no rows). */
static int curve_load(const char *path, double speed)
{
	char line[512];
	FILE *f = fopen(path, "r");
	unsigned n = 0;

	if (!f)
		return -1;
	while (n < CURVE_MAX && fgets(line, sizeof(line), f)) {
		struct curve_row r;
		double watts;

		if (line[0] == '#')
			continue;
		if (sscanf(line, "%*[^,], %u, %u MHz, %lf W, %llx", &r.temp_c, &r.sm_mhz, &watts,
			   &r.reasons) != 4)
			continue;
		r.power_mw = (unsigned)(watts * 1000.0 + 0.5);
		curve[n++] = r;
	}
	fclose(f);
	if (!n)
		return -1;
	curve_len = n;
	curve_speed = speed > 0 ? speed : 1.0;
	curve_start_ns = mono_ns();
	return (int)n;
}

/* Replays `path` from now on, `speed` times faster; returns rows or -1. */
EXPORT int fake_nvml_load_curve(const char *path, double speed)
{
	int n;

	pthread_mutex_lock(&mu);
	n = path ? curve_load(path, speed) : (curve_len = 0, 0);
	pthread_mutex_unlock(&mu);
	return n;
}

static int is_lost(nvmlDevice_t dev)
{
	int lost;

	pthread_mutex_lock(&mu);
	lost = dev->lost;
	pthread_mutex_unlock(&mu);
	return lost;
}

static unsigned long long env_ull(const char *name, unsigned long long def)
{
	const char *v = getenv(name);

	return v && *v ? strtoull(v, NULL, 0) : def;
}

EXPORT void fake_nvml_reset(unsigned count)
{
	pthread_mutex_lock(&mu);
	nr_gpus = count > MAX_GPUS ? MAX_GPUS : count;
	curve_len = 0;
	thr_slowdown = 89;
	thr_shutdown = 92;
	thr_max_op = 87;
	for (unsigned i = 0; i < MAX_GPUS; i++) {
		gpus[i] = (struct fake_gpu){ .temp_c = 50 + i, .fan_pct = -1,
					     .fan_target_pct = -1, .mem_temp_c = -1000,
					     .limit_mw = 700000, .default_mw = 700000 };
		pending_xid[i] = 0;
	}
	init_blocked = 0;
	pthread_cond_broadcast(&cv);
	pthread_mutex_unlock(&mu);
}

EXPORT void fake_nvml_set(unsigned i, unsigned temp_c, unsigned long long reasons)
{
	pthread_mutex_lock(&mu);
	gpus[i].temp_c = temp_c;
	gpus[i].reasons = reasons;
	pthread_mutex_unlock(&mu);
}

/* fan_pct -1: no fan; limits in mW, 0: not supported. */
EXPORT void fake_nvml_set_cooling(unsigned i, int fan_pct, unsigned limit_mw, unsigned default_mw)
{
	pthread_mutex_lock(&mu);
	gpus[i].fan_pct = fan_pct;
	gpus[i].limit_mw = limit_mw;
	gpus[i].default_mw = default_mw;
	pthread_mutex_unlock(&mu);
}

/* fan_target_pct -1: not supported; mem_temp_c -1000: not supported. */
EXPORT void fake_nvml_set_fan_target_mem(unsigned i, int fan_target_pct, int mem_temp_c)
{
	pthread_mutex_lock(&mu);
	gpus[i].fan_target_pct = fan_target_pct;
	gpus[i].mem_temp_c = mem_temp_c;
	pthread_mutex_unlock(&mu);
}

EXPORT void fake_nvml_block(unsigned i, int on)
{
	pthread_mutex_lock(&mu);
	gpus[i].blocked = on;
	pthread_cond_broadcast(&cv);
	pthread_mutex_unlock(&mu);
}

EXPORT void fake_nvml_block_init(int on)
{
	pthread_mutex_lock(&mu);
	init_blocked = on;
	pthread_cond_broadcast(&cv);
	pthread_mutex_unlock(&mu);
}

EXPORT void fake_nvml_set_lost(unsigned i, int on)
{
	pthread_mutex_lock(&mu);
	gpus[i].lost = on;
	pthread_mutex_unlock(&mu);
}

EXPORT void fake_nvml_inject_xid(unsigned i, unsigned long long xid)
{
	pthread_mutex_lock(&mu);
	pending_xid[i] = xid;
	pthread_cond_broadcast(&cv);
	pthread_mutex_unlock(&mu);
}

/* Threads currently held inside a blocked call (GPU i, or init for -1). */
EXPORT int fake_nvml_waiting(int i)
{
	int n;

	pthread_mutex_lock(&mu);
	n = i < 0 ? init_waiting : gpus[i].waiting;
	pthread_mutex_unlock(&mu);
	return n;
}

EXPORT nvmlReturn_t nvmlInit_v2(void)
{
	pthread_mutex_lock(&mu);
	if (!initialized && getenv("FAKE_NVML_GPUS")) {
		nr_gpus = (unsigned)env_ull("FAKE_NVML_GPUS", 1);
		if (nr_gpus > MAX_GPUS)
			nr_gpus = MAX_GPUS;
		for (unsigned i = 0; i < nr_gpus; i++) {
			gpus[i].temp_c = (unsigned)env_ull("FAKE_NVML_TEMP_C", 50) + i;
			gpus[i].reasons = env_ull("FAKE_NVML_REASONS", 0);
			gpus[i].fan_pct = getenv("FAKE_NVML_FAN_PCT") ? (int)env_ull("FAKE_NVML_FAN_PCT", 0) : -1;
			gpus[i].fan_target_pct = getenv("FAKE_NVML_FAN_TARGET_PCT") ?
				(int)env_ull("FAKE_NVML_FAN_TARGET_PCT", 0) : -1;
			gpus[i].mem_temp_c = getenv("FAKE_NVML_MEM_TEMP_C") ?
				(int)env_ull("FAKE_NVML_MEM_TEMP_C", 0) : -1000;
			gpus[i].limit_mw = (unsigned)env_ull("FAKE_NVML_POWER_LIMIT_W", 700) * 1000;
			gpus[i].default_mw = (unsigned)env_ull("FAKE_NVML_DEFAULT_LIMIT_W", 700) * 1000;
		}
		thr_slowdown = (unsigned)env_ull("FAKE_NVML_SLOWDOWN_C", thr_slowdown);
		thr_shutdown = (unsigned)env_ull("FAKE_NVML_SHUTDOWN_C", thr_shutdown);
		thr_max_op = (unsigned)env_ull("FAKE_NVML_MAX_OP_C", thr_max_op);
	}
	if (!initialized && getenv("FAKE_NVML_CURVE")) {
		const char *speed = getenv("FAKE_NVML_CURVE_SPEED");

		if (curve_load(getenv("FAKE_NVML_CURVE"), speed ? strtod(speed, NULL) : 1.0) < 0) {
			pthread_mutex_unlock(&mu);
			return 999; /* NVML_ERROR_UNKNOWN: the test's curve is missing */
		}
	}
	init_waiting++;
	while (init_blocked)
		pthread_cond_wait(&cv, &mu);
	init_waiting--;
	initialized++;
	pthread_mutex_unlock(&mu);
	return 0;
}

EXPORT nvmlReturn_t nvmlShutdown(void)
{
	pthread_mutex_lock(&mu);
	initialized--;
	pthread_mutex_unlock(&mu);
	return 0;
}

EXPORT const char *nvmlErrorString(nvmlReturn_t rc)
{
	switch (rc) {
	case 0: return "Success";
	case 3: return "Not Supported";
	case 10: return "Timeout";
	case 15: return "GPU is lost";
	default: return "Unknown Error";
	}
}

EXPORT nvmlReturn_t nvmlDeviceGetCount_v2(unsigned *count)
{
	pthread_mutex_lock(&mu);
	*count = nr_gpus;
	pthread_mutex_unlock(&mu);
	return 0;
}

EXPORT nvmlReturn_t nvmlDeviceGetHandleByIndex_v2(unsigned i, nvmlDevice_t *dev)
{
	if (i >= nr_gpus)
		return 2;
	*dev = &gpus[i];
	return 0;
}

EXPORT nvmlReturn_t nvmlDeviceGetName(nvmlDevice_t dev, char *name, unsigned len)
{
	snprintf(name, len, "Fake GPU %d", (int)(dev - gpus));
	return 0;
}

EXPORT nvmlReturn_t nvmlDeviceGetTemperature(nvmlDevice_t dev, int sensor, unsigned *temp)
{
	nvmlReturn_t rc = 0;

	if (sensor != 0)
		return 2;
	pthread_mutex_lock(&mu);
	dev->calls++;
	dev->waiting++;
	while (dev->blocked)
		pthread_cond_wait(&cv, &mu);
	dev->waiting--;
	if (dev->lost)
		rc = 15;
	else
		*temp = curve_now() ? curve_now()->temp_c : dev->temp_c;
	pthread_mutex_unlock(&mu);
	return rc;
}

EXPORT nvmlReturn_t nvmlDeviceGetClockInfo(nvmlDevice_t dev, int type, unsigned *mhz)
{
	if (is_lost(dev))
		return 15;
	pthread_mutex_lock(&mu);
	*mhz = type != 1 ? 0 : curve_now() ? curve_now()->sm_mhz : 1410;
	pthread_mutex_unlock(&mu);
	return 0;
}

EXPORT nvmlReturn_t nvmlDeviceGetPowerUsage(nvmlDevice_t dev, unsigned *mw)
{
	if (is_lost(dev))
		return 15;
	pthread_mutex_lock(&mu);
	*mw = curve_now() ? curve_now()->power_mw : 250500;
	pthread_mutex_unlock(&mu);
	return 0;
}

EXPORT nvmlReturn_t nvmlDeviceGetFanSpeed(nvmlDevice_t dev, unsigned *pct)
{
	nvmlReturn_t rc = 0;

	if (is_lost(dev))
		return 15;
	pthread_mutex_lock(&mu);
	if (dev->fan_pct < 0)
		rc = 3;
	else
		*pct = (unsigned)dev->fan_pct;
	pthread_mutex_unlock(&mu);
	return rc;
}

EXPORT nvmlReturn_t nvmlDeviceGetTargetFanSpeed(nvmlDevice_t dev, unsigned fan, unsigned *pct)
{
	nvmlReturn_t rc = 0;

	if (is_lost(dev))
		return 15;
	pthread_mutex_lock(&mu);
	if (dev->fan_target_pct < 0)
		rc = 3;
	else if (fan != 0)
		rc = 2; /* invalid argument: one fan */
	else
		*pct = (unsigned)dev->fan_target_pct;
	pthread_mutex_unlock(&mu);
	return rc;
}

static nvmlReturn_t power_limit(nvmlDevice_t dev, unsigned *mw, int enforced)
{
	nvmlReturn_t rc = 0;
	unsigned v;

	if (is_lost(dev))
		return 15;
	pthread_mutex_lock(&mu);
	v = enforced ? dev->limit_mw : dev->default_mw;
	if (v == 0)
		rc = 3;
	else
		*mw = v;
	pthread_mutex_unlock(&mu);
	return rc;
}

EXPORT nvmlReturn_t nvmlDeviceGetEnforcedPowerLimit(nvmlDevice_t dev, unsigned *mw)
{
	return power_limit(dev, mw, 1);
}

EXPORT nvmlReturn_t nvmlDeviceGetPowerManagementDefaultLimit(nvmlDevice_t dev, unsigned *mw)
{
	return power_limit(dev, mw, 0);
}

EXPORT nvmlReturn_t nvmlDeviceGetUUID(nvmlDevice_t dev, char *uuid, unsigned len)
{
	snprintf(uuid, len, "GPU-fa4e0000-0000-4000-8000-00000000000%d", (int)(dev - gpus));
	return 0;
}

typedef struct {
	char busIdLegacy[16];
	unsigned domain, bus, device, pciDeviceId, pciSubSystemId;
	char busId[32];
} nvmlPciInfo_t;

EXPORT nvmlReturn_t nvmlDeviceGetPciInfo_v3(nvmlDevice_t dev, nvmlPciInfo_t *pci)
{
	memset(pci, 0, sizeof(*pci));
	pci->bus = 0x19 + (unsigned)(dev - gpus);
	snprintf(pci->busId, sizeof(pci->busId), "00000000:%02X:00.0", pci->bus);
	snprintf(pci->busIdLegacy, sizeof(pci->busIdLegacy), "0000:%02X:00.0", pci->bus);
	return 0;
}

EXPORT nvmlReturn_t nvmlDeviceGetTemperatureThreshold(nvmlDevice_t dev, int type, unsigned *temp)
{
	unsigned v;

	(void)dev;
	pthread_mutex_lock(&mu);
	v = type == 0 ? thr_shutdown : type == 1 ? thr_slowdown : type == 3 ? thr_max_op : 0;
	pthread_mutex_unlock(&mu);
	if (!v)
		return 3;
	*temp = v;
	return 0;
}

static nvmlReturn_t get_reasons(nvmlDevice_t dev, unsigned long long *r)
{
	int lost;

	pthread_mutex_lock(&mu);
	*r = curve_now() ? curve_now()->reasons : dev->reasons;
	lost = dev->lost;
	pthread_mutex_unlock(&mu);
	return lost ? 15 : 0;
}

#ifndef FAKE_NVML_OLD_DRIVER
EXPORT nvmlReturn_t nvmlDeviceGetCurrentClocksEventReasons(nvmlDevice_t dev, unsigned long long *r)
{
	return get_reasons(dev, r);
}
#endif

EXPORT nvmlReturn_t nvmlDeviceGetCurrentClocksThrottleReasons(nvmlDevice_t dev, unsigned long long *r)
{
	return get_reasons(dev, r);
}

struct fake_set {
	unsigned long long types[MAX_GPUS];
};

EXPORT nvmlReturn_t nvmlEventSetCreate(nvmlEventSet_t *set)
{
	*set = calloc(1, sizeof(**set));
	return *set ? 0 : 999;
}

EXPORT nvmlReturn_t nvmlEventSetFree(nvmlEventSet_t set)
{
	free(set);
	return 0;
}

EXPORT nvmlReturn_t nvmlDeviceRegisterEvents(nvmlDevice_t dev, unsigned long long types, nvmlEventSet_t set)
{
	set->types[dev - gpus] |= types;
	return 0;
}

EXPORT nvmlReturn_t nvmlEventSetWait_v2(nvmlEventSet_t set, nvmlEventData_t *data, unsigned timeout_ms)
{
	struct timespec until;
	nvmlReturn_t rc = 10;

	clock_gettime(CLOCK_REALTIME, &until);
	until.tv_sec += timeout_ms / 1000;
	until.tv_nsec += (long)(timeout_ms % 1000) * 1000000L;
	if (until.tv_nsec >= 1000000000L) {
		until.tv_sec++;
		until.tv_nsec -= 1000000000L;
	}
	pthread_mutex_lock(&mu);
	for (;;) {
		for (unsigned i = 0; i < nr_gpus; i++) {
			if (pending_xid[i] && (set->types[i] & 0x8)) {
				data->device = &gpus[i];
				data->eventType = 0x8;
				data->eventData = pending_xid[i];
				pending_xid[i] = 0;
				rc = 0;
				goto out;
			}
		}
		if (pthread_cond_timedwait(&cv, &mu, &until) == ETIMEDOUT)
			break;
	}
out:
	pthread_mutex_unlock(&mu);
	return rc;
}

/* The GPU-facts functions tempmon-capture reads (lib/nvml/nvml_facts.cc). */
static void facts_delay(void)
{
	unsigned long long us = env_ull("FAKE_NVML_LATENCY_US", 0);
	struct timespec ts = { (time_t)(us / 1000000ULL), (long)(us % 1000000ULL) * 1000L };

	if (us)
		nanosleep(&ts, NULL);
}

EXPORT nvmlReturn_t nvmlDeviceGetPersistenceMode(nvmlDevice_t dev, int *mode)
{
	facts_delay();
	*mode = 1;
	return is_lost(dev) ? 15 : 0;
}

/*
 * The health a vendor asks for before an RMA, set per process through the
 * environment (read at each call): FAKE_NVML_ECC="vc,vu,ac,au" (volatile
 * and aggregate corrected/uncorrected counts; default 2,0,12,0),
 * FAKE_NVML_REMAPPED="corr,unc,pending,failure" (default 1,0,0,0),
 * FAKE_NVML_REMAP_HISTOGRAM="max,high,partial,low,none" (banks by the
 * remapping rows they have left; default 63,1,0,0,0), FAKE_NVML_RETIRED="sbe,dbe"
 * (pages retired for single-bit and double-bit errors; unset: not
 * supported, as on a GPU with row remapping), FAKE_NVML_RECOVERY_ACTION
 * (nvmlDeviceGpuRecoveryAction_t; default 0, "unsupported": a driver
 * without it). Serial "165292300012<i>", VBIOS "96.00.89.00.01", InfoROM
 * image "G525.0201.00.03", OEM 2.1, ECC 7.0, power unsupported.
 */
static void env_list(const char *name, const char *def, unsigned long long *v, int n)
{
	const char *s = getenv(name);
	char *end;

	if (!s || !*s)
		s = def;
	for (int i = 0; i < n; i++) {
		v[i] = strtoull(s, &end, 0);
		s = *end == ',' ? end + 1 : end;
	}
}

EXPORT nvmlReturn_t nvmlDeviceGetTotalEccErrors(nvmlDevice_t dev, int type, int counter, unsigned long long *n)
{
	unsigned long long ecc[4];

	facts_delay();
	env_list("FAKE_NVML_ECC", "2,0,12,0", ecc, 4);
	*n = ecc[(counter ? 2 : 0) + (type ? 1 : 0)];
	return is_lost(dev) ? 15 : 0;
}

EXPORT nvmlReturn_t nvmlDeviceGetRemappedRows(nvmlDevice_t dev, unsigned *corr, unsigned *unc,
					      unsigned *pending, unsigned *failure)
{
	unsigned long long r[4];

	facts_delay();
	env_list("FAKE_NVML_REMAPPED", "1,0,0,0", r, 4);
	*corr = (unsigned)r[0];
	*unc = (unsigned)r[1];
	*pending = (unsigned)r[2];
	*failure = (unsigned)r[3];
	return is_lost(dev) ? 15 : 0;
}

/* nvmlRowRemapperHistogramValues_t */
struct fake_remap_histogram {
	unsigned max, high, partial, low, none;
};

EXPORT nvmlReturn_t nvmlDeviceGetRowRemapperHistogram(nvmlDevice_t dev, struct fake_remap_histogram *h)
{
	unsigned long long v[5];

	facts_delay();
	env_list("FAKE_NVML_REMAP_HISTOGRAM", "63,1,0,0,0", v, 5);
	*h = (struct fake_remap_histogram){ (unsigned)v[0], (unsigned)v[1], (unsigned)v[2], (unsigned)v[3],
					    (unsigned)v[4] };
	return is_lost(dev) ? 15 : 0;
}

EXPORT nvmlReturn_t nvmlDeviceGetRetiredPagesPendingStatus(nvmlDevice_t dev, int *pending)
{
	if (!getenv("FAKE_NVML_RETIRED"))
		return 3; /* not supported: a GPU with row remapping */
	*pending = 0;
	return is_lost(dev) ? 15 : 0;
}

EXPORT nvmlReturn_t nvmlDeviceGetRetiredPages(nvmlDevice_t dev, int cause, unsigned *count,
					      unsigned long long *addresses)
{
	unsigned long long r[2];
	unsigned want;

	facts_delay();
	if (!getenv("FAKE_NVML_RETIRED"))
		return 3;
	if (cause < 0 || cause > 1)
		return 2;
	env_list("FAKE_NVML_RETIRED", "0,0", r, 2);
	want = (unsigned)r[cause];
	/* NVML's contract: a buffer too small gets the count and
	 * NVML_ERROR_INSUFFICIENT_SIZE. */
	if (*count < want) {
		*count = want;
		return is_lost(dev) ? 15 : 7;
	}
	for (unsigned i = 0; i < want && addresses; i++)
		addresses[i] = 0x100000ULL * (i + 1);
	*count = want;
	return is_lost(dev) ? 15 : 0;
}

static nvmlReturn_t text(nvmlDevice_t dev, char *out, unsigned len, const char *value)
{
	facts_delay();
	if (strlen(value) + 1 > len)
		return 7;
	snprintf(out, len, "%s", value);
	return is_lost(dev) ? 15 : 0;
}

EXPORT nvmlReturn_t nvmlDeviceGetSerial(nvmlDevice_t dev, char *serial, unsigned len)
{
	char s[32];

	snprintf(s, sizeof s, "165292300012%d", (int)(dev - gpus));
	return text(dev, serial, len, s);
}

EXPORT nvmlReturn_t nvmlDeviceGetVbiosVersion(nvmlDevice_t dev, char *v, unsigned len)
{
	return text(dev, v, len, "96.00.89.00.01");
}

EXPORT nvmlReturn_t nvmlDeviceGetInforomImageVersion(nvmlDevice_t dev, char *v, unsigned len)
{
	return text(dev, v, len, "G525.0201.00.03");
}

EXPORT nvmlReturn_t nvmlDeviceGetInforomVersion(nvmlDevice_t dev, int object, char *v, unsigned len)
{
	/* NVML_INFOROM_OEM 0, _ECC 1, _POWER 2 */
	if (object == 2)
		return 3;
	return text(dev, v, len, object == 0 ? "2.1" : "7.0");
}

static nvmlReturn_t pcie(nvmlDevice_t dev, unsigned *v, unsigned value)
{
	facts_delay();
	*v = value;
	return is_lost(dev) ? 15 : 0;
}

EXPORT nvmlReturn_t nvmlDeviceGetCurrPcieLinkGeneration(nvmlDevice_t dev, unsigned *v) { return pcie(dev, v, 5); }
EXPORT nvmlReturn_t nvmlDeviceGetMaxPcieLinkGeneration(nvmlDevice_t dev, unsigned *v) { return pcie(dev, v, 5); }
EXPORT nvmlReturn_t nvmlDeviceGetCurrPcieLinkWidth(nvmlDevice_t dev, unsigned *v) { return pcie(dev, v, 16); }
EXPORT nvmlReturn_t nvmlDeviceGetMaxPcieLinkWidth(nvmlDevice_t dev, unsigned *v) { return pcie(dev, v, 16); }

EXPORT nvmlReturn_t nvmlDeviceGetNvLinkState(nvmlDevice_t dev, unsigned link, int *active)
{
	facts_delay();
	if (link >= 4)
		return 2; /* invalid argument: past the last link */
	*active = link != 3;
	return is_lost(dev) ? 15 : 0;
}

struct fake_field_value {
	unsigned field_id, scope_id;
	long long timestamp, latency_us;
	int value_type;
	nvmlReturn_t ret;
	unsigned long long value;
};

/* Field 230 (recovery action) is a GPU fact, delayed as those are; field
 * 82 (memory temperature) is polled by the feeder every period. */
EXPORT nvmlReturn_t nvmlDeviceGetFieldValues(nvmlDevice_t dev, int count, struct fake_field_value *v)
{
	for (int i = 0; i < count; i++) {
		const char *action = getenv("FAKE_NVML_RECOVERY_ACTION");
		int supported = !action || strcmp(action, "unsupported") != 0;

		if (v[i].field_id == 82) {
			pthread_mutex_lock(&mu);
			v[i].ret = dev->mem_temp_c == -1000 ? 3 : 0;
			v[i].value_type = 5; /* signed int */
			v[i].value = 0;
			memcpy(&v[i].value, &dev->mem_temp_c, sizeof(int));
			pthread_mutex_unlock(&mu);
			continue;
		}
		facts_delay();
		v[i].ret = v[i].field_id == 230 && supported ? 0 : 3;
		v[i].value_type = 1;
		v[i].value = action && supported ? strtoull(action, NULL, 0) : 0; /* NONE */
	}
	return is_lost(dev) ? 15 : 0;
}

struct fake_violation {
	unsigned long long reference_time, violation_time;
};

EXPORT nvmlReturn_t nvmlDeviceGetViolationStatus(nvmlDevice_t dev, int policy, struct fake_violation *t)
{
	facts_delay();
	t->reference_time = 0;
	t->violation_time = policy == 0 ? 1000000000ULL : 0;
	return is_lost(dev) ? 15 : 0;
}
