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
