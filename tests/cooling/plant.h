// A first-order thermal plant for the cooling model's tests and its
// benchmark: the device relaxes towards inlet + R(fan) * P with a time
// constant C * R(fan); the fan's speed is its duty times its health, and
// R rises as the air slows. Sensors are read with noise and quantisation
// like the real ones (NVML: whole degrees; hwmon inlet: 1/8 degree).
#pragma once

#include <algorithm>
#include <cmath>
#include <cstdint>

#include "capture/cooling/model.h"

namespace tempmon::cooling::test {

struct PlantSpec {
  double r_sink = 0.03;     // C/W of the heat sink and paste
  double r_air = 0.03;      // C/W of the air at full fan speed
  double cap_j_per_c = 60;  // heat capacity: tau = C * R
  bool has_fan = true;
  double rpm_max = 9000;
  bool fan_curve = true;    // duty follows the temperature; else fixed
  double fixed_duty = 60;
  double temp_q = 1.0;      // temperature quantum (C)
  double inlet_q = 0.125;
  double temp_noise = 0.3;  // C, before quantisation
  double power_noise = 0.01;
};

class Plant {
 public:
  Plant(PlantSpec s, uint64_t seed, double inlet_c) : s_(s), rng_(seed | 1), t_(inlet_c) {}

  double r_scale = 1.0;     // a degraded heat sink: R_sink and R_air times this
  double fan_health = 1.0;  // 1 healthy, 0 stopped
  double duty = 60;

  double R() const {
    if (!s_.has_fan) return r_scale * (s_.r_sink + s_.r_air);
    const double rpm = std::max(Rpm(), 0.05 * s_.rpm_max);  // natural convection
    return r_scale * (s_.r_sink + s_.r_air * std::pow(s_.rpm_max / rpm, 0.7));
  }
  double Rpm() const { return s_.has_fan ? s_.rpm_max * duty / 100 * fan_health : 0; }
  double temp() const { return t_; }

  // Advances by dt at power p and inlet air; returns the sensors' reading.
  Sample Step(double now, double dt, double p, double inlet) {
    const double r = R();
    const double tau = s_.cap_j_per_c * r;
    t_ += (inlet + r * p - t_) * (1 - std::exp(-dt / tau));
    if (s_.has_fan) {
      if (s_.fan_curve) {
        // A fan curve with hysteresis-free integer duty, updated as hwmon does.
        duty = std::round(std::clamp(30 + (t_ - 45) * 2.5, 30.0, 100.0) / 5) * 5;
      } else {
        duty = s_.fixed_duty;
      }
    }
    Sample out;
    out.t_s = now;
    out.temp_c = Q(t_ + s_.temp_noise * Gauss(), s_.temp_q);
    out.power_w = p * (1 + s_.power_noise * Gauss());
    out.inlet_c = Q(inlet + 0.05 * Gauss(), s_.inlet_q);
    if (s_.has_fan) {
      out.fan_duty_pct = duty;
      out.fan_rpm = std::round(Rpm() * (1 + 0.005 * Gauss()));
    }
    return out;
  }

  double Uniform() {
    rng_ ^= rng_ << 13;
    rng_ ^= rng_ >> 7;
    rng_ ^= rng_ << 17;
    return static_cast<double>(rng_ >> 11) / 9007199254740992.0;
  }
  double Gauss() {
    const double u = std::max(Uniform(), 1e-12), v = Uniform();
    return std::sqrt(-2 * std::log(u)) * std::cos(6.283185307179586 * v);
  }

 private:
  static double Q(double v, double q) { return q > 0 ? std::round(v / q) * q : v; }
  PlantSpec s_;
  uint64_t rng_;
  double t_;
};

}  // namespace tempmon::cooling::test
