// Cooling health of one device against its own baseline and its peers.
//
// What fails slowly in the field (a wearing fan, dried paste, a loosened
// heat sink, a clogged filter, a hot aisle) shows weeks before the first
// throttle as a change in how a device's temperature answers its power and
// its fans. This model measures that answer on the device's own series:
//
//  - R, the steady-state thermal resistance (C/W): (T - T_ref) / P on
//    steady segments only (power steady, enough of it, fan duty unchanged,
//    temperature settled). T_ref is the inlet air where a labelled inlet
//    exists; otherwise the device's learned idle level, and then the power
//    above idle is used: R = (T - T_idle) / (P - P_idle).
//  - tau, the cooling time constant (s): an exponential fitted to the
//    temperature's decay after a load drop.
//  - the temperature reached at a given fan duty: R per duty band, so the
//    temperature at duty d and power P is T_ref + R(d) * P.
//
// Each estimate carries a 95 % confidence interval, or says plainly that
// there is not enough data. A baseline is learned per device identity over
// a learning period; after it, sequential tests (one-sided CUSUM on R and
// on tau, on the fan speed at a duty) and plain checks (a stopped fan, an
// inlet above everything learned, a peer outlier at equal power) give a
// verdict in the vocabulary of lib/causes/causes.json.
//
// No I/O here: the caller feeds samples (the capture from the ring, the
// harness from replayed curves) and persists the baseline through
// baseline_store.h. The cost per sample is a few additions; all other
// work happens once per bin (kBinS) and is bounded by the window length.
#pragma once

#include <cmath>
#include <cstdint>
#include <deque>
#include <limits>
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json_fwd.hpp>

namespace tempmon::cooling {

inline constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

// One sample of a device and what cools it, at time t_s (seconds, any
// monotonic origin). Anything the machine does not give is NaN.
struct Sample {
  double t_s = 0;
  double temp_c = kNaN;
  double power_w = kNaN;
  double inlet_c = kNaN;
  double fan_duty_pct = kNaN;
  double fan_rpm = kNaN;
};

// The tunables. The defaults are the ones scripts/bench-cooling measured
// (docs/benchmarks.md, "Cooling health"); a test may shorten the learning.
struct Params {
  double bin_s = 0.25;           // samples are averaged into bins this long
  double steady_s = 30;          // a steady segment: this many seconds ...
  double power_tol = 0.05;       // ... of power within +-5 % of its mean
  double duty_tol_pct = 2;       // ... fan duty within +-2 points
  double settle_c = 0.4;         // ... temperature: last quarter vs first within this
  double min_power_w = 20;       // enough power to measure R
  double min_rise_c = 3;         // and enough rise above T_ref
  double learn_s = 86400;        // learning period: a day (day and night) ...
  size_t learn_points = 40;      // ... and at least this many steady segments
  double sd_floor = 0.01;        // relative noise floor of R (1 %)
  double cusum_k = 1.5;          // CUSUM allowance, in standard deviations
  double cusum_h = 10;           // CUSUM decision level
  double cusum_clip = 4;         // one segment moves the sum by at most this
  double fan_stopped_rpm = 100;  // causes.json: fan_stopped_rpm
  double fan_commanded_pct = 40; // causes.json: fan_commanded_pct
  double fan_stop_s = 5;         // a stopped fan must stay stopped this long
  double inlet_rise_c = 3;       // causes.json: inlet rise above the learned max
  double inlet_hold_s = 600;     // ... sustained this long
  double peer_rel = 0.15;        // a peer outlier: R this much above the peers' median
  size_t peer_points = 5;        // recent segments a peer comparison needs
  double tau_max_s = 900;        // longest decay followed
  double idle_max_age_s = 3600;  // no inlet: R only this soon after an idle level
  double ref_sd_c = 0.5;         // uncertainty of T_ref: whole-degree sensors
  double room_c_per_h = 1.3;     // ... plus the room's drift since the idle level (+-5 C a day)
};

// Params with the thresholds causes.json owns taken from it (one table).
Params DefaultParams();

// `p` learning for `learn_s` seconds of data: a day's learning needs
// p.learn_points steady segments; a shorter one (a test, a quick
// qualification) one per minute of it, and never fewer than 6, as the duty
// band a drift test compares with needs 5.
Params WithLearning(Params p, double learn_s);

// An estimate with a 95 % confidence interval; n == 0: not enough data,
// `why` says what is missing.
struct Estimate {
  size_t n = 0;
  double value = kNaN, lo = kNaN, hi = kNaN;
  std::string why;
  bool ok() const { return n > 0 && std::isfinite(value); }
};

// Running mean and variance (Welford), the unit of every baseline.
struct Stat {
  double n = 0, mean = 0, m2 = 0;
  void Add(double x) {
    n += 1;
    const double d = x - mean;
    mean += d / n;
    m2 += d * (x - mean);
  }
  double Sd() const { return n > 1 ? std::sqrt(m2 / (n - 1)) : 0; }
};

// Fan duty bands: R is compared with the baseline of the same band. Band
// 0: the device has no fan duty (passive, liquid, or not reported); bands
// 1..20: duty 0-5 %, ..., 95-100 % (R changes by a few % per 5 points).
inline constexpr int kDutyBands = 20;
int DutyBand(double duty_pct);

// A thermal qualification (tempmon-capture --qualify): R and tau measured
// run by run under a load the operator gave, from which the baseline was
// set at once instead of learned over a day.
struct Qualification {
  struct Run {
    double idle_c = kNaN, idle_w = kNaN;  // the idle level before the load
    double temp_c = kNaN, power_w = kNaN; // the steady segment under load
    double r = kNaN;                      // C/W, the model's R of that segment
    double tau_s = kNaN, tau_lo = kNaN, tau_hi = kNaN;  // the model's fit of the cool-down
  };
  double at_s = kNaN;        // wall-clock seconds when it ended
  std::string load_cmd;
  std::vector<Run> runs;
  double r_spread_pct = kNaN, tau_spread_pct = kNaN;  // largest |x - mean| in % of the mean
  double goal_pct = kNaN;    // the repeatability it was held to
};

// What a device has learned: the part persisted across restarts.
struct Baseline {
  std::string id;     // device identity: "gpu:<uuid>", "hwmon:<device>:<label>", "zone:<type>"
  std::string model;  // same-model peers share it ("" : no peers)
  double learn_started_s = kNaN;  // wall-clock seconds (the caller's clock)
  double learned_s = 0;           // seconds of data seen while learning
  bool learned = false;
  Stat r[kDutyBands + 1];         // R per duty band
  Stat rpm[kDutyBands + 1];       // fan speed per duty band
  Stat rpm_per_duty;              // fan speed per % duty, over every band
  Stat tau;
  Stat inlet;
  double inlet_max = kNaN;
  double idle_t = kNaN, idle_p = kNaN;  // the learned idle level (no inlet)
  double idle_max = kNaN;               // the highest idle level while learning
  double idle_at_s = kNaN;              // when it was seen (the samples' clock; not stored)
  std::optional<Qualification> qualification;  // set when a qualification set this baseline
};

// A fresh baseline for a device identity (nothing learned yet).
Baseline NewBaseline(std::string id, std::string model);

// The verdict, in the causes vocabulary.
struct Verdict {
  std::string state;  // "learning", "healthy", "anomaly", "no_data"
  std::string kind;   // anomaly kind: "cooling", "fan", "inlet", "peer" ("" when none)
  std::string cause;  // causes.json id: cooling_saturated, fan_fault, inlet, unknown
  std::string detail; // one line: what was measured
  double since_s = kNaN;
};

// One steady segment, as measured.
struct Segment {
  double t_s, temp_c, power_w, ref_c, r, duty_pct, rpm;
};

class Device {
 public:
  Device(Baseline b, Params p);

  // Adds one sample; samples must come in time order (an earlier one is
  // dropped). O(1) except when a bin closes.
  void Add(const Sample& s);

  const Baseline& baseline() const { return b_; }
  // Starts learning afresh (after a repair).
  void Reset(double now_s);

  Estimate R() const;           // recent R (last segments) with its CI
  Estimate BaselineR() const;   // the baseline's R at the recent duty band
  Estimate Tau() const;         // last fitted tau
  size_t TauFits() const { return tau_fits_; }  // decays fitted so far
  // The temperature reached at fan duty `duty_pct` and power `power_w`,
  // from the baseline (or the recent segments while learning).
  Estimate TempAt(double duty_pct, double power_w) const;
  double DriftScore() const;    // largest CUSUM / h: >= 1 is an anomaly
  double RecentPowerW() const;
  double LastInletC() const { return last_inlet_; }
  double LastRpm() const { return last_rpm_; }
  double LastDuty() const { return last_duty_; }
  const std::vector<Segment>& History() const { return history_; }

  // The device's own verdict (peers aside: see JudgePeers).
  Verdict Judge() const;
  // Whether Judge() says "anomaly" (cheap: for a caller asking per sample).
  bool Anomalous() const { return fan_alarm_ || inlet_alarm_ || drift_alarm_ || peer; }
  // Set by JudgePeers: this device's R is far above its same-model peers'
  // (kept once set, like every anomaly); peer_streak counts the judgements
  // in a row that found it so.
  std::optional<Verdict> peer;
  int peer_streak = 0;
  int RecentBand() const { return recent_band_; }

 private:
  struct Bin {
    double t = 0, temp = 0, power = 0, inlet = 0, duty = 0, rpm = 0;
    int n_temp = 0, n_power = 0, n_inlet = 0, n_duty = 0, n_rpm = 0;
  };
  void CloseBin(double len_s);
  void Steady();
  void OnSegment(const Segment& s);
  void TrackDecay(const Bin& b);
  void FitDecay();
  void CheckFan(const Bin& b);
  void CheckInlet(const Bin& b);
  double Ref(double inlet) const;

  Params p_;
  Baseline b_;
  double bin_start_ = kNaN;
  Bin cur_;
  std::deque<Bin> win_;   // the bins of the steady segment being looked for
  std::deque<Bin> tail_;  // the last seconds of bins: the load before a drop
  double last_t_ = -std::numeric_limits<double>::infinity();
  double last_inlet_ = kNaN, last_rpm_ = kNaN, last_duty_ = kNaN;
  // Recent segments (bounded) for R now and the history shown in bundles.
  std::vector<Segment> history_;
  std::deque<double> recent_r_;
  double recent_power_ = kNaN;
  int recent_band_ = 0;
  double cusum_r_ = 0, cusum_tau_ = 0, cusum_rpm_ = 0;
  double cusum_idle_at_ = kNaN;  // the idle level the R sum started on
  double ExpectedRpm(double duty) const;
  // Decay after a load drop.
  struct DecayPt { double t, temp; };
  bool decaying_ = false;
  double decay_p_hi_ = 0, decay_t0_ = 0;
  std::vector<DecayPt> decay_;
  Estimate tau_;
  size_t tau_fits_ = 0;
  // Fan stop and inlet rise: since when the condition holds.
  double fan_stop_since_ = kNaN, inlet_high_since_ = kNaN;
  std::optional<Verdict> fan_alarm_, inlet_alarm_, drift_alarm_;
  std::string detail_;
};

// Peers: devices of the same model on this host compared at equal power
// (recent power within 20 % of the group's median), each against those
// whose fan duty was no higher (within one band). Sets a device's `peer` verdict once its R was
// peer_rel above the others' median kPeerStreak judgements in a row.
inline constexpr int kPeerStreak = 5;
void JudgePeers(std::vector<Device*>& same_model, const Params& p);

// The baseline file (docs/cooling.md): versioned JSON. Parse throws
// std::runtime_error with one line on anything malformed or out of range.
std::string BaselinesToJson(const std::vector<const Baseline*>& devices);
std::vector<Baseline> BaselinesFromJson(const std::string& text);
// Version 2 added the optional "qualification" of a device; version 1
// files are read as they are.
inline constexpr int kBaselineFormat = 2;

// The causes' "what to do" for a cause id (the one table).
std::string WhatToDo(const std::string& cause);

}  // namespace tempmon::cooling
