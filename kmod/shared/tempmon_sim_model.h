/* SPDX-License-Identifier: (GPL-2.0 WITH Linux-syscall-note) OR MIT */
/*
 * The simulated sensor's thermal model: pure integer arithmetic, no kernel
 * or libc dependency, shared by tempmon.ko (SIM sensors) and the userspace
 * tempmon-sim, so that the same seed, loads and time steps give the same
 * temperatures bit for bit on both sides.
 *
 * A first-order model: the die relaxes towards
 *     ambient + load * TEMPMON_SIM_RISE_PER_PERMILLE_MC * resist / 1000
 * with time constant TEMPMON_SIM_TAU_US, plus a small seeded noise on the
 * reported value (not on the state, so noise does not accumulate).
 * The die draws load * TEMPMON_SIM_MW_PER_PERMILLE milliwatts, so its
 * thermal resistance above ambient is
 *     RISE_PER_PERMILLE_MC / MW_PER_PERMILLE * resist / 1000 C/W
 * (0.2 C/W at the default resist of 1000): raising resist is a cooling
 * that degrades (dried paste, a clogged filter) at the same power.
 * Needs 64-bit division: tempmon.ko is built for x86_64 only.
 */
#ifndef TEMPMON_SIM_MODEL_H
#define TEMPMON_SIM_MODEL_H

#ifdef __KERNEL__
#include <linux/types.h>
#else
#include <stdint.h>
#endif

#define TEMPMON_SIM_AMBIENT_MC		35000
#define TEMPMON_SIM_RISE_PER_PERMILLE_MC 60	/* full load: 35 + 60 = 95 C */
#define TEMPMON_SIM_TAU_US		2000000	/* 2 s to ~63 % of the way */
#define TEMPMON_SIM_NOISE_MC		250	/* +-250 mC on the output */
#define TEMPMON_SIM_MAX_STEP_US		10000000
#define TEMPMON_SIM_MW_PER_PERMILLE	300	/* full load: 300 W */
#define TEMPMON_SIM_RESIST_DEFAULT	1000	/* per mille of the nominal resistance */
#define TEMPMON_SIM_RESIST_MIN		100
#define TEMPMON_SIM_RESIST_MAX		10000

struct tempmon_sim_state {
	int64_t temp_uc;	/* model state in micro-degrees, without noise:
				 * fine enough that 1 kHz steps still converge
				 */
	uint32_t rng;		/* xorshift32 state, never 0 */
	uint32_t load_permille;	/* 0..1000 */
	uint32_t resist_permille; /* TEMPMON_SIM_RESIST_MIN..MAX; 1000 nominal */
};

static inline void tempmon_sim_init(struct tempmon_sim_state *s,
				    uint32_t seed, uint32_t load_permille)
{
	s->temp_uc = (int64_t)TEMPMON_SIM_AMBIENT_MC * 1000;
	s->rng = seed ? seed : 0x9e3779b9U;
	s->load_permille = load_permille > 1000 ? 1000 : load_permille;
	s->resist_permille = TEMPMON_SIM_RESIST_DEFAULT;
}

/* The power the model draws at its current load, in milliwatts. */
static inline uint32_t tempmon_sim_power_mw(const struct tempmon_sim_state *s)
{
	return s->load_permille * TEMPMON_SIM_MW_PER_PERMILLE;
}

static inline uint32_t tempmon_sim_rand(struct tempmon_sim_state *s)
{
	uint32_t x = s->rng;

	x ^= x << 13;
	x ^= x >> 17;
	x ^= x << 5;
	s->rng = x;
	return x;
}

/* The model temperature (no noise) in milli-degrees. */
static inline int32_t tempmon_sim_temp_mc(const struct tempmon_sim_state *s)
{
	return (int32_t)(s->temp_uc / 1000);
}

/* Advance the model by @dt_us microseconds; returns the reported temperature. */
static inline int32_t tempmon_sim_step(struct tempmon_sim_state *s, uint32_t dt_us)
{
	/* Exact at the nominal resist: the product is a multiple of 1000. */
	int64_t rise_mc = (int64_t)s->load_permille * TEMPMON_SIM_RISE_PER_PERMILLE_MC *
		s->resist_permille / TEMPMON_SIM_RESIST_DEFAULT;
	int64_t target_uc = ((int64_t)TEMPMON_SIM_AMBIENT_MC + rise_mc) * 1000;
	int64_t diff = target_uc - s->temp_uc;	/* |diff| < 2^31 (a rise of at most 600 C) */
	int32_t noise;

	if (dt_us > TEMPMON_SIM_MAX_STEP_US)
		dt_us = TEMPMON_SIM_MAX_STEP_US;	/* keeps diff * dt < 2^55 */
	/* Truncates towards the target: never overshoots. */
	s->temp_uc += diff * (int64_t)dt_us / ((int64_t)TEMPMON_SIM_TAU_US + dt_us);
	noise = (int32_t)(tempmon_sim_rand(s) % (2 * TEMPMON_SIM_NOISE_MC + 1)) -
		TEMPMON_SIM_NOISE_MC;
	return tempmon_sim_temp_mc(s) + noise;
}

#endif /* TEMPMON_SIM_MODEL_H */
