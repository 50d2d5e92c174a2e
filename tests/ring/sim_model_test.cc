// The sim model is shared with tempmon-sim: same seed -> same series, and
// it behaves like a die (heats under load, cools without, never overshoots).
#include <catch2/catch_test_macros.hpp>

#include "tempmon_sim_model.h"

TEST_CASE("same seed, same temperatures; other seed, other noise") {
  tempmon_sim_state a, b, c;
  tempmon_sim_init(&a, 7, 800);
  tempmon_sim_init(&b, 7, 800);
  tempmon_sim_init(&c, 8, 800);
  bool differs = false;
  for (int i = 0; i < 1000; ++i) {
    const int32_t ta = tempmon_sim_step(&a, 1000);
    CHECK(ta == tempmon_sim_step(&b, 1000));
    differs = differs || ta != tempmon_sim_step(&c, 1000);
  }
  CHECK(differs);
}

TEST_CASE("full load heats towards 95 C without overshoot; idle cools to ambient") {
  tempmon_sim_state s;
  tempmon_sim_init(&s, 1, 1000);
  int64_t prev = s.temp_uc;
  bool monotonic = true, bounded = true;
  for (int i = 0; i < 20000; ++i) {  // 20 s at 1 kHz = 10 time constants
    tempmon_sim_step(&s, 1000);
    monotonic = monotonic && s.temp_uc >= prev;
    bounded = bounded && tempmon_sim_temp_mc(&s) <= 95000;
    prev = s.temp_uc;
  }
  CHECK(monotonic);
  CHECK(bounded);
  CHECK(tempmon_sim_temp_mc(&s) > 94900);
  s.load_permille = 0;
  for (int i = 0; i < 200; ++i) tempmon_sim_step(&s, 100000);
  CHECK(tempmon_sim_temp_mc(&s) < 35100);
  CHECK(tempmon_sim_temp_mc(&s) >= TEMPMON_SIM_AMBIENT_MC);
  const int32_t reported = tempmon_sim_step(&s, 1000);
  CHECK(reported >= tempmon_sim_temp_mc(&s) - TEMPMON_SIM_NOISE_MC);
  CHECK(reported <= tempmon_sim_temp_mc(&s) + TEMPMON_SIM_NOISE_MC);
}

TEST_CASE("loads above 1000 permille are clamped and seed 0 still produces noise") {
  tempmon_sim_state s;
  tempmon_sim_init(&s, 0, 5000);
  CHECK(s.load_permille == 1000);
  CHECK(s.rng != 0);
}

TEST_CASE("the nominal resistance keeps the series bit for bit; a higher one heats more at the same power") {
  // The model as it was before it had a resistance: tempmon-sim's series
  // and every recorded bundle of it must not move.
  tempmon_sim_state s, ref;
  tempmon_sim_init(&s, 3, 700);
  tempmon_sim_init(&ref, 3, 700);
  CHECK(s.resist_permille == TEMPMON_SIM_RESIST_DEFAULT);
  for (int i = 0; i < 5000; ++i) {
    const int64_t target = ((int64_t)TEMPMON_SIM_AMBIENT_MC + (int64_t)ref.load_permille * TEMPMON_SIM_RISE_PER_PERMILLE_MC) * 1000;
    const uint32_t dt = 1000 + (i % 7) * 3000;
    ref.temp_uc += (target - ref.temp_uc) * dt / ((int64_t)TEMPMON_SIM_TAU_US + dt);
    const int32_t noise = (int32_t)(tempmon_sim_rand(&ref) % (2 * TEMPMON_SIM_NOISE_MC + 1)) - TEMPMON_SIM_NOISE_MC;
    REQUIRE(tempmon_sim_step(&s, dt) == tempmon_sim_temp_mc(&ref) + noise);
  }
  // 700 per mille draws 210 W; 1.5 times the resistance settles 1.5 times as far above ambient.
  CHECK(tempmon_sim_power_mw(&s) == 210000);
  s.resist_permille = 1500;
  for (int i = 0; i < 200; ++i) tempmon_sim_step(&s, 100000);
  CHECK(tempmon_sim_temp_mc(&s) > TEMPMON_SIM_AMBIENT_MC + 700 * 60 * 3 / 2 - 100);
  CHECK(tempmon_sim_temp_mc(&s) <= TEMPMON_SIM_AMBIENT_MC + 700 * 60 * 3 / 2);
  CHECK(tempmon_sim_power_mw(&s) == 210000);
}
