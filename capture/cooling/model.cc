#include "capture/cooling/model.h"

#include <algorithm>
#include <cstdio>
#include <stdexcept>

#include <nlohmann/json.hpp>

#include "tempmon/causes/causes.h"

namespace tempmon::cooling {

namespace {

constexpr size_t kRecent = 10;        // segments behind "R now"
constexpr size_t kHistory = 4096;     // segments kept for the picture / bundle
constexpr double kTauSdFloor = 0.05;  // tau is noisier than R
constexpr double kRpmSdFloor = 0.02;
constexpr double kGapS = 5;

// Two-sided 95 % Student t for n - 1 degrees of freedom.
double T95(size_t n) {
  static constexpr double kT[] = {0, 12.71, 4.30, 3.18, 2.78, 2.57, 2.45, 2.36, 2.31, 2.26,
                                  2.23, 2.20, 2.18, 2.16, 2.14, 2.13, 2.12, 2.11, 2.10, 2.09};
  const size_t df = n > 1 ? n - 1 : 1;
  return df < std::size(kT) ? kT[df] : 1.96 + 2.5 / static_cast<double>(df);
}

std::string Fmt(const char* f, double a, double b = 0, double c = 0, double d = 0) {
  char buf[256];
  std::snprintf(buf, sizeof buf, f, a, b, c, d);
  return buf;
}

double Median(std::vector<double> v) {
  if (v.empty()) return kNaN;
  std::sort(v.begin(), v.end());
  const size_t m = v.size() / 2;
  return v.size() % 2 ? v[m] : (v[m - 1] + v[m]) / 2;
}

double Clip(double x, double c) { return std::max(-c, std::min(c, x)); }

}  // namespace

int DutyBand(double duty_pct) {
  if (!std::isfinite(duty_pct)) return 0;
  const int b = static_cast<int>(std::clamp(duty_pct, 0.0, 100.0) / (100.0 / kDutyBands));
  return 1 + std::min(b, kDutyBands - 1);
}

Params DefaultParams() {
  Params p;
  const nlohmann::json& params = causes::TableJson().at("params");
  p.fan_stopped_rpm = params.at("fan_stopped_rpm").get<double>();
  p.fan_commanded_pct = params.at("fan_commanded_pct").get<double>();
  // The judge calls an inlet rise of 3 C or more "inlet"; the same figure
  // above everything learned is an inlet anomaly.
  for (const nlohmann::json& c : causes::TableJson().at("causes"))
    if (c.at("id") == "inlet")
      for (const nlohmann::json& k : c.at("when").at("all"))
        if (k.at("fact") == "inlet_rise_c") p.inlet_rise_c = k.at("value").get<double>();
  return p;
}

Params WithLearning(Params p, double learn_s) {
  constexpr size_t kMinPoints = 6;
  p.learn_s = learn_s;
  const double per_minute = std::isfinite(learn_s) && learn_s > 0 ? std::floor(learn_s / 60) : 0;
  if (per_minute < static_cast<double>(p.learn_points))
    p.learn_points = std::max(kMinPoints, static_cast<size_t>(per_minute));
  return p;
}

std::string WhatToDo(const std::string& cause) {
  for (const nlohmann::json& c : causes::TableJson().at("causes"))
    if (c.at("id") == cause) return c.at("what_to_do").get<std::string>();
  return causes::TableJson().at("unknown").at("what_to_do").get<std::string>();
}

Baseline NewBaseline(std::string id, std::string model) {
  Baseline b;
  b.id = std::move(id);
  b.model = std::move(model);
  return b;
}

Device::Device(Baseline b, Params p) : p_(p), b_(std::move(b)) {}

void Device::Reset(double now_s) {
  Baseline fresh = NewBaseline(b_.id, b_.model);
  fresh.learn_started_s = now_s;
  b_ = std::move(fresh);
  history_.clear();
  recent_r_.clear();
  cusum_r_ = cusum_tau_ = cusum_rpm_ = 0;
  cusum_idle_at_ = kNaN;
  fan_alarm_.reset();
  inlet_alarm_.reset();
  drift_alarm_.reset();
  peer.reset();
  peer_streak = 0;
  fan_stop_since_ = inlet_high_since_ = kNaN;
  tau_ = {};
}

void Device::Add(const Sample& s) {
  if (!(s.t_s >= last_t_)) return;  // out of order or NaN time
  last_t_ = s.t_s;
  if (!std::isfinite(bin_start_)) bin_start_ = s.t_s;
  if (s.t_s - bin_start_ >= p_.bin_s) {
    // A sensor read at 1 Hz closes a bin per sample; a silence of more
    // than kGapS is missing data: it counts as no learning, and no steady
    // segment or decay spans it.
    const double len = s.t_s - bin_start_;
    CloseBin(len > kGapS ? 0 : len);
    if (len > kGapS) {
      win_.clear();
      tail_.clear();
      decaying_ = false;
    }
    bin_start_ = s.t_s;
  }
  Bin& b = cur_;
  auto add = [](double v, double& sum, int& n) {
    if (std::isfinite(v)) {
      sum += v;
      ++n;
    }
  };
  add(s.temp_c, b.temp, b.n_temp);
  add(s.power_w, b.power, b.n_power);
  add(s.inlet_c, b.inlet, b.n_inlet);
  add(s.fan_duty_pct, b.duty, b.n_duty);
  add(s.fan_rpm, b.rpm, b.n_rpm);
}

void Device::CloseBin(double len_s) {
  Bin b = cur_;
  cur_ = {};
  b.t = bin_start_;
  auto mean = [](double sum, int n) { return n ? sum / n : kNaN; };
  b.temp = mean(b.temp, b.n_temp);
  b.power = mean(b.power, b.n_power);
  b.inlet = mean(b.inlet, b.n_inlet);
  b.duty = mean(b.duty, b.n_duty);
  b.rpm = mean(b.rpm, b.n_rpm);
  // Slow sensors (NVML at 2-10 Hz, hwmon at 1 Hz) leave bins without a
  // value: the last one read stands for them.
  if (!tail_.empty()) {
    const Bin& prev = tail_.back();
    if (!b.n_power && std::isfinite(prev.power)) b.power = prev.power;
    if (!b.n_inlet && std::isfinite(prev.inlet)) b.inlet = prev.inlet;
    if (!b.n_duty && std::isfinite(prev.duty)) b.duty = prev.duty;
    if (!b.n_rpm && std::isfinite(prev.rpm)) b.rpm = prev.rpm;
    if (!b.n_temp && std::isfinite(prev.temp)) b.temp = prev.temp;
  }
  if (std::isfinite(b.inlet)) last_inlet_ = b.inlet;
  if (std::isfinite(b.rpm)) last_rpm_ = b.rpm;
  if (std::isfinite(b.duty)) last_duty_ = b.duty;
  if (!b_.learned) {
    b_.learned_s += len_s;
    size_t points = 0;
    for (const Stat& st : b_.r) points += static_cast<size_t>(st.n);
    if (b_.learned_s >= p_.learn_s && points >= p_.learn_points) b_.learned = true;
  }
  CheckFan(b);
  CheckInlet(b);
  TrackDecay(b);
  tail_.push_back(b);
  if (tail_.size() > static_cast<size_t>(10 / p_.bin_s) + 2) tail_.pop_front();
  win_.push_back(b);
  Steady();
}

double Device::Ref(double inlet) const { return std::isfinite(inlet) ? inlet : b_.idle_t; }

void Device::Steady() {
  const size_t w = static_cast<size_t>(p_.steady_s / p_.bin_s + 0.5);
  if (win_.size() < w) return;
  while (win_.size() > w) win_.pop_front();
  double pmin = INFINITY, pmax = -INFINITY, psum = 0, dmin = INFINITY, dmax = -INFINITY, dsum = 0;
  double tsum = 0, isum = 0, rsum = 0;
  size_t nd = 0, ni = 0, nr = 0;
  for (const Bin& b : win_) {
    if (!std::isfinite(b.temp) || !std::isfinite(b.power)) {
      win_.pop_front();
      return;
    }
    pmin = std::min(pmin, b.power);
    pmax = std::max(pmax, b.power);
    psum += b.power;
    tsum += b.temp;
    if (std::isfinite(b.duty)) {
      dmin = std::min(dmin, b.duty);
      dmax = std::max(dmax, b.duty);
      dsum += b.duty;
      ++nd;
    }
    if (std::isfinite(b.inlet)) {
      isum += b.inlet;
      ++ni;
    }
    if (std::isfinite(b.rpm)) {
      rsum += b.rpm;
      ++nr;
    }
  }
  const double n = static_cast<double>(w);
  const double pm = psum / n;
  const size_t q = std::max<size_t>(1, w / 4);
  double t_first = 0, t_last = 0;
  for (size_t i = 0; i < q; ++i) {
    t_first += win_[i].temp;
    t_last += win_[w - 1 - i].temp;
  }
  const bool steady = pm > 0 && pmax - pm <= p_.power_tol * pm && pm - pmin <= p_.power_tol * pm &&
                      (nd == 0 || dmax - dmin <= 2 * p_.duty_tol_pct) &&
                      std::fabs(t_last - t_first) / static_cast<double>(q) <= p_.settle_c;
  if (!steady) {
    win_.pop_front();
    return;
  }
  Segment s{win_.back().t, tsum / n, pm, kNaN, kNaN, nd ? dsum / static_cast<double>(nd) : kNaN,
            nr ? rsum / static_cast<double>(nr) : kNaN};
  const double inlet = ni ? isum / static_cast<double>(ni) : kNaN;
  win_.clear();  // segments do not overlap: their errors are independent
  if (!std::isfinite(inlet)) {
    // The idle level: the lowest steady power seen (within 15 %), its most
    // recent temperature, so it follows the room between loads.
    if (!std::isfinite(b_.idle_p) || pm <= b_.idle_p * 1.15) {
      // A level well below the one taken for idle so far (a device first
      // seen under load) is the real idle: what was learned of the other
      // is dropped.
      const bool lower = !std::isfinite(b_.idle_p) || pm < b_.idle_p / 1.15;
      b_.idle_p = std::isfinite(b_.idle_p) ? std::min(b_.idle_p, pm) : pm;
      b_.idle_t = s.temp_c;
      b_.idle_at_s = s.t_s;
      if (!b_.learned) {
        b_.idle_max = std::isfinite(b_.idle_max) && !lower ? std::max(b_.idle_max, s.temp_c) : s.temp_c;
      } else if (std::isfinite(b_.idle_max) && s.temp_c >= b_.idle_max + p_.inlet_rise_c && !inlet_alarm_) {
        // No inlet sensor: an idle level above everything learned is the
        // air (or coolant) that got warmer; a degraded heat sink moves the
        // idle level by a fraction of that at idle power.
        inlet_alarm_ = Verdict{"anomaly", "inlet", "inlet",
                               Fmt("idle level %.1f C at %.0f W, above everything learned (max %.1f C): warmer air or "
                                   "coolant (no inlet sensor)",
                                   s.temp_c, pm, b_.idle_max),
                               s.t_s};
      }
      return;
    }
    // The idle level stands for the room only while the room has not
    // moved: the day/night swing alone moves it over 1 C an hour.
    if (!(s.t_s - b_.idle_at_s <= p_.idle_max_age_s)) return;
    const double above = pm - b_.idle_p;
    if (above < std::max(p_.min_power_w, 0.3 * pm) || s.temp_c - b_.idle_t < p_.min_rise_c) return;
    s.ref_c = b_.idle_t;
    s.r = (s.temp_c - b_.idle_t) / above;
  } else {
    if (pm < p_.min_power_w || s.temp_c - inlet < p_.min_rise_c) return;
    s.ref_c = inlet;
    s.r = (s.temp_c - inlet) / pm;
  }
  OnSegment(s);
}

void Device::OnSegment(const Segment& s) {
  if (history_.size() >= kHistory) history_.erase(history_.begin(), history_.begin() + kHistory / 2);
  history_.push_back(s);
  recent_r_.push_back(s.r);
  if (recent_r_.size() > kRecent) recent_r_.pop_front();
  recent_power_ = s.power_w;
  recent_band_ = DutyBand(s.duty_pct);
  Stat& rpm = b_.rpm[recent_band_];
  if (!b_.learned) {
    b_.r[recent_band_].Add(s.r);
    if (std::isfinite(s.rpm)) {
      rpm.Add(s.rpm);
      if (s.duty_pct > 0) b_.rpm_per_duty.Add(s.rpm / s.duty_pct);
    }
    return;
  }
  // A device whose cooling degrades runs hotter, and its fan curve answers
  // with a higher duty, where the baseline may hold nothing yet. The
  // nearest lower duty's baseline stands in: there R was higher, so the
  // test stays conservative (a later alarm, never a false one).
  int band = recent_band_;
  while (band > 1 && b_.r[band].n < 5) --band;
  const Stat& base = b_.r[band];
  const bool idle_ref = !(std::isfinite(last_inlet_) && s.ref_c == last_inlet_) && s.ref_c == b_.idle_t;
  double z = 0;
  if (base.n >= 5 && base.mean > 0) {
    // A segment's own uncertainty: that of T_ref over the rise it is
    // divided by (a whole degree matters more at low power).
    const double age_h = idle_ref ? std::max(0.0, s.t_s - b_.idle_at_s) / 3600 : 0;
    const double ref_sd = std::hypot(p_.ref_sd_c, p_.room_c_per_h * age_h);
    const double seg = ref_sd / std::max(s.temp_c - s.ref_c, 1e-9);
    const double sd = std::max({base.Sd() / base.mean, p_.sd_floor, seg});
    if (cusum_r_ == 0) cusum_idle_at_ = b_.idle_at_s;
    z = (s.r / base.mean - 1) / sd;
    cusum_r_ = std::max(0.0, cusum_r_ + Clip(z, p_.cusum_clip) - p_.cusum_k);
  }
  double rpm_drop = 0;
  const double expected = ExpectedRpm(s.duty_pct);
  if (std::isfinite(s.rpm) && expected > p_.fan_stopped_rpm) {
    rpm_drop = 1 - s.rpm / expected;
    const double sd = std::max(rpm.n >= 5 ? rpm.Sd() / rpm.mean : 0.0, kRpmSdFloor);
    cusum_rpm_ = std::max(0.0, cusum_rpm_ + Clip(rpm_drop / sd, p_.cusum_clip) - p_.cusum_k);
  }
  if (!fan_alarm_ && cusum_rpm_ >= p_.cusum_h)
    fan_alarm_ = Verdict{"anomaly", "fan", "fan_fault",
                         Fmt("fan wearing: %.0f RPM at duty %.0f %%, baseline %.0f RPM at that duty (%+.0f %%)", s.rpm,
                             s.duty_pct, expected, -100 * rpm_drop),
                         s.t_s};
  // Against an idle level, a room that warmed since looks like a higher R
  // until the next idle; a degraded cooling stays high across idles. So
  // without an inlet sensor the sum must outlast one idle level.
  // (and this segment, against the newer idle level, must still be high).
  const bool confirmed =
      !idle_ref || (std::isfinite(cusum_idle_at_) && b_.idle_at_s != cusum_idle_at_ && z >= p_.cusum_k);
  if (!drift_alarm_ && cusum_r_ >= p_.cusum_h && confirmed) {
    // A fan turning slower than its baseline at the same duty explains a
    // higher R: that is the fan's fault, not the heat sink's.
    const bool fan_slow = rpm_drop > 0.05;
    const double rpm_base = expected;
    drift_alarm_ = Verdict{"anomaly", fan_slow ? "fan" : "cooling", fan_slow ? "fan_fault" : "cooling_saturated",
                           Fmt("thermal resistance %.4f C/W, baseline %.4f C/W (%+.0f %%) at %.0f W", s.r, base.mean,
                               100 * (s.r / base.mean - 1), s.power_w),
                           s.t_s};
    if (fan_slow)
      drift_alarm_->detail += Fmt("; fan %.0f RPM, baseline %.0f RPM at this duty", s.rpm, rpm_base);
  }
}

// The fan speed learned at this duty; where that band holds too little,
// the speed per % duty over all bands (a fan's speed follows its duty).
double Device::ExpectedRpm(double duty) const {
  const Stat& band = b_.rpm[DutyBand(duty)];
  if (band.n >= 5) return band.mean;
  if (b_.rpm_per_duty.n >= 5 && duty > 0) return b_.rpm_per_duty.mean * duty;
  return kNaN;
}

void Device::TrackDecay(const Bin& b) {
  if (!std::isfinite(b.power) || !std::isfinite(b.temp)) return;
  if (!decaying_) {
    // A load drop: the power falls below 60 % of the last steady load
    // (the window before this bin held it within 10 % for 10 s).
    const size_t need = static_cast<size_t>(10 / p_.bin_s);
    if (tail_.size() < need + 1 || b.power >= 0.6 * tail_.front().power) return;
    double lo = INFINITY, hi = -INFINITY, sum = 0;
    // The bin just before may already hold part of the drop.
    for (size_t i = tail_.size() - 1 - need; i + 1 < tail_.size(); ++i) {
      lo = std::min(lo, tail_[i].power);
      hi = std::max(hi, tail_[i].power);
      sum += tail_[i].power;
    }
    const double m = sum / static_cast<double>(need);
    if (!(hi - lo <= 0.2 * m) || b.power >= 0.6 * m || m - b.power < p_.min_power_w) return;
    decaying_ = true;
    decay_p_hi_ = m;
    decay_t0_ = b.t;
    decay_.clear();
    decay_.push_back({tail_.back().t, tail_.back().temp});
  }
  if (b.power >= 0.7 * decay_p_hi_) {  // load came back before it settled
    decaying_ = false;
    return;
  }
  decay_.push_back({b.t, b.temp});
  const double e = b.t - decay_t0_;
  if (e >= p_.tau_max_s) {
    FitDecay();
    return;
  }
  if (e < 4 || decay_.size() < 12) return;
  // Settled: the mean of the last quarter of the decay is within 2 % of
  // the drop of the quarter before (means, so sensor noise does not stop
  // the decay early).
  double a = 0, z = 0;
  size_t na = 0, nz = 0;
  for (const DecayPt& d : decay_) {
    const double x = d.t - decay_t0_;
    if (x >= e / 2 && x < 3 * e / 4) {
      a += d.temp;
      ++na;
    } else if (x >= 3 * e / 4) {
      z += d.temp;
      ++nz;
    }
  }
  if (na < 3 || nz < 3) return;
  a /= static_cast<double>(na);
  z /= static_cast<double>(nz);
  if (a - z <= 0.02 * std::max(decay_.front().temp - z, 0.0) + 0.02) FitDecay();
}

void Device::FitDecay() {
  decaying_ = false;
  const size_t n = decay_.size();

  const size_t tail = std::max<size_t>(2, n / 10);
  double tinf = 0;
  for (size_t i = n - tail; i < n; ++i) tinf += decay_[i].temp;
  tinf /= static_cast<double>(tail);
  const double d0 = decay_.front().temp - tinf;
  if (d0 < p_.min_rise_c) return;
  // ln(T - T_inf) against t over the part of the decay that is above the
  // noise and not yet the tail the asymptote was taken from.
  double sx = 0, sy = 0, sxx = 0, sxy = 0, syy = 0;
  size_t k = 0;
  std::vector<std::pair<double, double>> pts;
  for (size_t i = 0; i + tail < n; ++i) {
    const double d = decay_[i].temp - tinf;
    if (d < 0.1 * d0 || d > 1.0 * d0 || d <= 0) continue;
    const double x = decay_[i].t - decay_.front().t, y = std::log(d);
    pts.emplace_back(x, y);
    sx += x;
    sy += y;
    sxx += x * x;
    sxy += x * y;
    syy += y * y;
    ++k;
  }
  if (k < 3) return;
  const double kn = static_cast<double>(k);
  const double vx = sxx - sx * sx / kn;
  if (vx <= 0) return;
  const double slope = (sxy - sx * sy / kn) / vx;
  if (!(slope < 0)) return;
  const double icpt = (sy - slope * sx) / kn;
  double sse = 0;
  for (auto [x, y] : pts) sse += (y - icpt - slope * x) * (y - icpt - slope * x);
  const double se = k > 2 ? std::sqrt(sse / (kn - 2) / vx) : 0;
  const double tau = -1 / slope;
  const double t = T95(k - 1);
  Estimate e;
  e.n = k;
  e.value = tau;
  // The CI of tau from that of the slope (1/x is monotonic there).
  e.lo = -1 / std::min(slope - t * se, -1e-9);
  e.hi = slope + t * se < 0 ? -1 / (slope + t * se) : INFINITY;
  tau_ = e;
  ++tau_fits_;
  Stat& base = b_.tau;
  if (!b_.learned) {
    base.Add(tau);
    return;
  }
  if (base.n >= 5 && base.mean > 0) {
    const double sd = std::max(base.Sd() / base.mean, kTauSdFloor);
    cusum_tau_ = std::max(0.0, cusum_tau_ + Clip((tau / base.mean - 1) / sd, p_.cusum_clip) - p_.cusum_k);
    if (!drift_alarm_ && cusum_tau_ >= p_.cusum_h)
      drift_alarm_ = Verdict{"anomaly", "cooling", "cooling_saturated",
                             Fmt("cooling time constant %.1f s, baseline %.1f s (%+.0f %%)", tau, base.mean,
                                 100 * (tau / base.mean - 1)),
                             decay_.back().t};
  }
}

void Device::CheckFan(const Bin& b) {
  if (!std::isfinite(b.rpm)) return;
  // Stopped: at (or below) the stopped speed while commanded to turn, or
  // while its baseline at this duty says it turns.
  const bool commanded = (std::isfinite(b.duty) && b.duty >= p_.fan_commanded_pct) ||
                         ExpectedRpm(b.duty) > 2 * p_.fan_stopped_rpm;
  if (b.rpm > p_.fan_stopped_rpm || !commanded) {
    fan_stop_since_ = kNaN;
    return;
  }
  if (!std::isfinite(fan_stop_since_)) fan_stop_since_ = b.t;
  if (!fan_alarm_ && b.t - fan_stop_since_ >= p_.fan_stop_s)
    fan_alarm_ = Verdict{"anomaly", "fan", "fan_fault",
                         Fmt("fan stopped: %.0f RPM for %.0f s at duty %.0f %%", b.rpm, b.t - fan_stop_since_, b.duty),
                         b.t};
}

void Device::CheckInlet(const Bin& b) {
  if (!std::isfinite(b.inlet)) return;
  if (!b_.learned) {
    b_.inlet.Add(b.inlet);
    b_.inlet_max = std::isfinite(b_.inlet_max) ? std::max(b_.inlet_max, b.inlet) : b.inlet;
    return;
  }
  if (!std::isfinite(b_.inlet_max) || b.inlet < b_.inlet_max + p_.inlet_rise_c) {
    inlet_high_since_ = kNaN;
    return;
  }
  if (!std::isfinite(inlet_high_since_)) inlet_high_since_ = b.t;
  if (!inlet_alarm_ && b.t - inlet_high_since_ >= p_.inlet_hold_s)
    inlet_alarm_ = Verdict{"anomaly", "inlet", "inlet",
                           Fmt("inlet %.1f C for %.0f s, above everything learned (max %.1f C, mean %.1f C)", b.inlet,
                               b.t - inlet_high_since_, b_.inlet_max, b_.inlet.mean),
                           b.t};
}

Estimate Device::R() const {
  Estimate e;
  if (recent_r_.empty()) {
    e.why = "not enough data: no steady segment yet (" + Fmt("%.0f", p_.steady_s) +
            " s of steady load, enough power" + (std::isfinite(last_inlet_) ? "" : ", an idle level first") + ")";
    return e;
  }
  Stat st;
  for (double r : recent_r_) st.Add(r);
  e.n = recent_r_.size();
  e.value = st.mean;
  const double half = e.n > 1 ? T95(e.n) * st.Sd() / std::sqrt(st.n) : p_.sd_floor * st.mean * 1.96;
  e.lo = st.mean - half;
  e.hi = st.mean + half;
  return e;
}

Estimate Device::BaselineR() const {
  Estimate e;
  const Stat& st = b_.r[recent_band_];
  if (st.n < 2) {
    e.why = b_.learned ? "not enough data: no baseline at this fan duty" : "learning";
    return e;
  }
  e.n = static_cast<size_t>(st.n);
  e.value = st.mean;
  // The band a healthy segment falls in (not the CI of the mean).
  const double sd = std::max(st.Sd(), p_.sd_floor * st.mean);
  e.lo = st.mean - 2 * sd;
  e.hi = st.mean + 2 * sd;
  return e;
}

Estimate Device::Tau() const {
  Estimate e = tau_;
  if (!e.ok()) e.why = "not enough data: no load drop followed to its end yet";
  return e;
}

Estimate Device::TempAt(double duty_pct, double power_w) const {
  Estimate e;
  const Stat& st = b_.r[DutyBand(duty_pct)];
  const bool inlet = std::isfinite(last_inlet_);
  const double ref = inlet ? last_inlet_ : b_.idle_t;
  const double p = inlet ? power_w : power_w - b_.idle_p;
  if (st.n < 2 || !std::isfinite(ref) || !(p > 0)) {
    e.why = "not enough data: no steady segment at this fan duty";
    return e;
  }
  e.n = static_cast<size_t>(st.n);
  e.value = ref + st.mean * p;
  const double half = T95(e.n) * st.Sd() / std::sqrt(st.n) * p;
  e.lo = e.value - half;
  e.hi = e.value + half;
  return e;
}

double Device::DriftScore() const { return std::max({cusum_r_, cusum_tau_, cusum_rpm_}) / p_.cusum_h; }

double Device::RecentPowerW() const { return recent_power_; }

Verdict Device::Judge() const {
  if (fan_alarm_) return *fan_alarm_;
  if (inlet_alarm_) return *inlet_alarm_;
  if (drift_alarm_) return *drift_alarm_;
  if (peer) return *peer;
  if (!b_.learned) {
    size_t points = 0;
    for (const Stat& st : b_.r) points += static_cast<size_t>(st.n);
    return {"learning", "", "", Fmt("learning: %.1f of %.1f h, %.0f of %.0f steady segments", b_.learned_s / 3600,
                                    p_.learn_s / 3600, static_cast<double>(points),
                                    static_cast<double>(p_.learn_points)),
            kNaN};
  }
  if (recent_r_.empty()) return {"no_data", "", "", R().why, kNaN};
  return {"healthy", "", "", Fmt("drift score %.2f", DriftScore()), kNaN};
}

namespace {

// A device's R at power `pw` (within 20 %): the mean of its last segments
// there, from the half hour before its latest one; and their highest duty
// band. Segments at another load or fan duty do not mix in.
struct AtPower {
  double r = kNaN;
  size_t n = 0;
  int band = 0;
};
AtPower RecentAt(const Device& d, double pw) {
  AtPower a;
  const auto& h = d.History();
  if (h.empty()) return a;
  double sum = 0;
  for (auto it = h.rbegin(); it != h.rend() && a.n < 10 && it->t_s >= h.back().t_s - 1800; ++it) {
    if (std::fabs(it->power_w - pw) > 0.2 * pw) continue;
    sum += it->r;
    ++a.n;
    a.band = std::max(a.band, DutyBand(it->duty_pct));
  }
  if (a.n) a.r = sum / static_cast<double>(a.n);
  return a;
}

}  // namespace

void JudgePeers(std::vector<Device*>& same_model, const Params& p) {
  std::vector<double> pw;
  for (Device* d : same_model)
    if (d->R().n >= p.peer_points && std::isfinite(d->RecentPowerW())) pw.push_back(d->RecentPowerW());
  const double mp = Median(pw);
  std::vector<AtPower> at;
  for (Device* d : same_model) at.push_back(std::isfinite(mp) ? RecentAt(*d, mp) : AtPower{});
  for (size_t i = 0; i < same_model.size(); ++i) {
    Device* d = same_model[i];
    std::vector<double> others;
    if (at[i].n >= p.peer_points)
      for (size_t j = 0; j < same_model.size(); ++j)
        // Peers whose fans ran no faster: a device whose fan runs slower
        // than its peers' has a higher R without any fault; one whose fan
        // runs as fast or faster and still has a higher R is the outlier.
        if (j != i && at[j].n >= p.peer_points && at[j].band <= at[i].band + 1) others.push_back(at[j].r);
    const double m = Median(others);
    const double r = at[i].r;
    const bool outlier = others.size() >= 2 && m > 0 && r > (1 + p.peer_rel) * m;
    d->peer_streak = outlier ? d->peer_streak + 1 : 0;
    if (outlier && d->peer_streak >= kPeerStreak && !d->peer)
      d->peer = Verdict{"anomaly", "peer", "cooling_saturated",
                        Fmt("thermal resistance %.4f C/W, %+.0f %% above the median %.4f C/W of %.0f same-model "
                            "peers at equal power, their fans no faster",
                            r, 100 * (r / m - 1), m, static_cast<double>(others.size())),
                        d->History().empty() ? kNaN : d->History().back().t_s};
  }
}

}  // namespace tempmon::cooling
