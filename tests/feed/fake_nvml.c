/*
 * A fake libnvidia-ml.so.1 for tempmon-feed's tests: the NVML functions the
 * feeder uses, over GPUs whose readings, failures and hangs the test
 * controls through the fake_nvml_* functions (dlopen the same path with
 * RTLD_NOLOAD to reach them) or, for a child process, environment
 * variables read at nvmlInit_v2: FAKE_NVML_GPUS (count), FAKE_NVML_TEMP_C,
 * FAKE_NVML_REASONS (hex or decimal).
 * Built twice: as is, and with FAKE_NVML_OLD_DRIVER (no
 * nvmlDeviceGetCurrentClocksEventReasons, only the older throttle name).
 */
#include <errno.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
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
	unsigned long calls;
};

static pthread_mutex_t mu = PTHREAD_MUTEX_INITIALIZER;
static pthread_cond_t cv = PTHREAD_COND_INITIALIZER;
static struct fake_gpu gpus[MAX_GPUS];
static unsigned nr_gpus = 1;
static int init_blocked, init_waiting, initialized;
static unsigned long long pending_xid[MAX_GPUS];

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
	for (unsigned i = 0; i < MAX_GPUS; i++) {
		gpus[i] = (struct fake_gpu){ .temp_c = 50 + i };
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
		*temp = dev->temp_c;
	pthread_mutex_unlock(&mu);
	return rc;
}

EXPORT nvmlReturn_t nvmlDeviceGetClockInfo(nvmlDevice_t dev, int type, unsigned *mhz)
{
	if (is_lost(dev))
		return 15;
	*mhz = type == 1 ? 1410 : 0;
	return 0;
}

EXPORT nvmlReturn_t nvmlDeviceGetPowerUsage(nvmlDevice_t dev, unsigned *mw)
{
	if (is_lost(dev))
		return 15;
	*mw = 250500;
	return 0;
}

static nvmlReturn_t get_reasons(nvmlDevice_t dev, unsigned long long *r)
{
	int lost;

	pthread_mutex_lock(&mu);
	*r = dev->reasons;
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
