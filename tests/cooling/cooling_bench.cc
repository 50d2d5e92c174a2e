// scripts/bench-cooling's driver: the cooling model (capture/cooling) on
// replayed healthy curves and injected faults, faster than real time.
//
// Device classes (each a first-order plant, plant.h, with its sensors):
//   h200     the real H200 curve (tests/feed/data/h200-load-curve.csv):
//            its power trace replayed as every job's load, R above idle and
//            the idle level fitted from the curve by the model itself; no
//            fan and no inlet sensor (NVML on an SXM board), whole degrees.
//   sim      the module's simulated zone (kmod/shared/tempmon_sim_model.h's
//            constants: 35 C ambient, 2 s time constant, +-0.25 C noise,
//            milli-degrees) with a power sensor; no fan, no inlet sensor.
//   air-gpu  an air-cooled GPU: fan curve (duty and RPM), inlet sensor.
//   cpu      a CPU package: RAPL power, package temperature, a hwmon fan
//            on a fan curve, no inlet sensor.
// Every class: jobs of random length and level with load steps inside,
// idle gaps, and the room's +-5 C day/night swing.
//
// Prints: false alarms per 1,000 healthy device-days; per fault and size
// the detection rate, the delay after onset, the lead time before the
// first throttle; the cause confusion matrix; the model's CPU and memory
// for 16 devices at 1 kHz. --svg FILE draws one detection.
#include <sys/resource.h>
#include <time.h>

#include <algorithm>
#include <atomic>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <map>
#include <memory>
#include <mutex>
#include <sstream>
#include <stdexcept>
#include <string>
#include <thread>
#include <vector>

#include "capture/cooling/model.h"
#include "plant.h"

using namespace tempmon::cooling;
using tempmon::cooling::test::Plant;
using tempmon::cooling::test::PlantSpec;

namespace {

constexpr double kDay = 86400;

struct Class {
  std::string name;
  PlantSpec spec;
  double idle_w, load_w;   // the load's range: idle, full
  double inlet_c;          // the room's mean (the coolant's for h200)
  double throttle_c;       // the device slows down here
  bool inlet_sensor;
  double dt;               // sampling period of the long runs
};

// The real H200 curve: its load-phase power (relative to its mean) and
// idle power, replayed as every h200 job's power.
struct Curve {
  std::vector<double> load_rel;
  double idle_w = 0, load_w = 0;
  double r_fit = kNaN, tau_fit = kNaN, t0_fit = kNaN;
  std::string tau_why;
};

Curve LoadCurve(const std::string& path) {
  std::ifstream in(path);
  if (!in) throw std::runtime_error(path + ": cannot open");
  Curve c;
  std::string line;
  std::vector<std::pair<double, double>> rows;  // temp, power
  while (std::getline(in, line)) {
    if (line.empty() || line[0] == '#') continue;
    double temp = 0, power = 0;
    const size_t a = line.find(", "), b = line.find(", ", a + 2), d = line.find(", ", b + 2);
    if (a == std::string::npos || d == std::string::npos) continue;
    temp = std::stod(line.substr(a + 2));
    power = std::stod(line.substr(d + 2));
    rows.emplace_back(temp, power);
  }
  // The model itself fits the curve (short segments: the curve is 90 s).
  Params p = DefaultParams();
  p.steady_s = 5;
  p.bin_s = 0.5;
  p.settle_c = 1.0;
  Device dev(NewBaseline("gpu:h200-curve", "H200"), p);
  double idle_sum = 0, load_sum = 0;
  size_t ni = 0, nl = 0;
  for (size_t i = 0; i < rows.size(); ++i) {
    Sample s;
    s.t_s = 0.5 * static_cast<double>(i);
    s.temp_c = rows[i].first;
    s.power_w = rows[i].second;
    dev.Add(s);
    if (rows[i].second > 600) {
      load_sum += rows[i].second;
      ++nl;
      c.load_rel.push_back(rows[i].second);
    } else if (rows[i].second < 100) {
      idle_sum += rows[i].second;
      ++ni;
    }
  }
  if (!ni || !nl) throw std::runtime_error(path + ": no idle or no load rows");
  c.idle_w = idle_sum / static_cast<double>(ni);
  c.load_w = load_sum / static_cast<double>(nl);
  for (double& v : c.load_rel) v /= c.load_w;
  c.r_fit = dev.R().value;
  c.t0_fit = dev.baseline().idle_t - c.r_fit * dev.baseline().idle_p;
  c.tau_fit = dev.Tau().value;
  c.tau_why = dev.Tau().why;
  if (!std::isfinite(c.r_fit)) throw std::runtime_error(path + ": the model found no R on the curve: " + dev.R().why);
  return c;
}

std::vector<Class> Classes(const Curve& h) {
  std::vector<Class> out;
  {
    PlantSpec s;
    s.has_fan = false;
    s.r_sink = h.r_fit;
    s.r_air = 0;
    // The curve reaches its level within one or two 0.5 s samples.
    s.cap_j_per_c = (std::isfinite(h.tau_fit) ? h.tau_fit : 1.5) / h.r_fit;
    s.temp_q = 1;
    s.temp_noise = 0.3;
    out.push_back({"h200", s, h.idle_w, h.load_w, h.t0_fit, 87, false, 1.0});
  }
  {
    PlantSpec s;
    s.has_fan = false;
    s.r_sink = 0.2;  // 300 W at full load: 60 C above ambient, the module's rise
    s.r_air = 0;
    s.cap_j_per_c = 2.0 / 0.2;
    s.temp_q = 0.001;
    s.temp_noise = 0.144;  // the module's uniform +-0.25 C
    out.push_back({"sim", s, 15, 210, 35, 85, false, 1.0});
  }
  {
    PlantSpec s;  // plant.h's defaults: 0.065 C/W at 80 % duty
    out.push_back({"air-gpu", s, 80, 600, 27, 85, true, 1.0});
  }
  {
    PlantSpec s;
    s.r_sink = 0.12;
    s.r_air = 0.12;
    s.cap_j_per_c = 30;
    s.rpm_max = 2200;
    s.temp_q = 1;
    out.push_back({"cpu", s, 12, 150, 25, 92, false, 1.0});
  }
  return out;
}

// What is injected.
struct Fault {
  std::string kind;  // healthy, r_sudden, r_gradual, fan_stop, fan_wear, inlet_rise, power_limit, peer
  double size = 0;   // R: +fraction; inlet: C; power limit: fraction removed
  std::string expect;  // the right cause ("" : no alarm is right)
  std::string Label() const {
    char b[64];
    if (kind == "r_sudden" || kind == "r_gradual" || kind == "peer")
      std::snprintf(b, sizeof b, "%s +%.0f%%", kind.c_str(), 100 * size);
    else if (kind == "inlet_rise")
      std::snprintf(b, sizeof b, "%s +%.0f C", kind.c_str(), size);
    else if (kind == "power_limit")
      std::snprintf(b, sizeof b, "%s -%.0f%%", kind.c_str(), 100 * size);
    else
      return kind;
    return b;
  }
};

struct Outcome {
  bool alarm = false;
  double detect_s = kNaN;     // after onset
  double load_s = kNaN;       // seconds under sustained load between onset and detection
  double throttle_s = kNaN;   // first throttle after onset
  std::string cause;          // the verdict's cause, "" when none
  double healthy_days = 0;    // device-days watched after learning, before onset
  int false_alarms = 0;       // alarms before the onset
};

struct Workload {
  // Jobs of exponential length (mean 40 min) at 60-100 % of full load with a
  // load step every few minutes; idle gaps (mean 15 min).
  explicit Workload(uint64_t seed) : rng(seed * 2654435761u + 1) {}
  double Power(double t, const Class& c, const Curve& h, double cap_w) {
    while (t >= next) {
      busy = !busy;
      next = t + (busy ? 2400 : 900) * -std::log(std::max(U(), 1e-9));
      level = 0.6 + 0.4 * U();
      step_at = t + 120 + 600 * U();
    }
    if (busy && t >= step_at) {
      level = std::clamp(level + (U() - 0.5) * 0.3, 0.5, 1.0);
      step_at = t + 120 + 600 * U();
    }
    double p = c.idle_w;
    if (busy) {
      p = c.idle_w + level * (c.load_w - c.idle_w);
      if (c.name == "h200") p *= h.load_rel[static_cast<size_t>(t * 2) % h.load_rel.size()];
    }
    return std::min(p, cap_w);
  }
  double U() {
    rng ^= rng << 13;
    rng ^= rng >> 7;
    rng ^= rng << 17;
    return static_cast<double>(rng >> 11) / 9007199254740992.0;
  }
  uint64_t rng;
  bool busy = false;
  double next = 0, level = 1, step_at = 0;
};

struct Trace {
  std::vector<Segment> segs;
  double baseline = kNaN, band_lo = kNaN, band_hi = kNaN;
  double onset = kNaN, detect = kNaN, throttle = kNaN;
};

// One device from t = 0: learning for a day, healthy until `onset`, then
// the fault, until detection (or `end`).
Outcome RunOne(const Class& c, const Curve& h, const Fault& f, uint64_t seed, double onset, double end,
               double ramp_s, Trace* trace = nullptr) {
  Plant plant(c.spec, seed, c.inlet_c);
  Params p = DefaultParams();
  Device dev(NewBaseline("dev", c.name), p);
  Workload w(seed);
  const double phase = 6.283185307179586 * static_cast<double>(seed % 1000) / 1000;
  Outcome o;
  double learned_at = kNaN;
  for (double t = 0; t < end; t += c.dt) {
    const bool after = t >= onset;
    const double x = after ? (ramp_s > 0 ? std::min(1.0, (t - onset) / ramp_s) : 1.0) : 0.0;
    double inlet = c.inlet_c + 5 * std::sin(6.283185307179586 * t / kDay + phase) + 0.3 * plant.Gauss();
    double cap = INFINITY;
    plant.r_scale = 1;
    plant.fan_health = 1;
    if (f.kind == "r_sudden" || f.kind == "r_gradual") plant.r_scale = 1 + f.size * x;
    if (f.kind == "fan_stop" && after) plant.fan_health = 0;
    if (f.kind == "fan_wear") plant.fan_health = 1 - f.size * x;
    if (f.kind == "inlet_rise") inlet += f.size * x;
    if (f.kind == "power_limit" && after) cap = c.load_w * (1 - f.size);
    const double pw = w.Power(t, c, h, cap);
    Sample s = plant.Step(t, c.dt, pw, inlet);
    if (!c.inlet_sensor) s.inlet_c = kNaN;
    dev.Add(s);
    if (trace && !dev.History().empty() && (trace->segs.empty() || dev.History().back().t_s != trace->segs.back().t_s))
      trace->segs.push_back(dev.History().back());
    if (trace && std::isfinite(trace->detect) && t > trace->detect + 3 * kDay) break;
    if (!std::isfinite(learned_at) && dev.baseline().learned) learned_at = t;
    if (after && std::isfinite(o.detect_s) == false && pw >= c.idle_w + 0.5 * (c.load_w - c.idle_w))
      o.load_s = (std::isfinite(o.load_s) ? o.load_s : 0) + c.dt;
    if (after && !std::isfinite(o.throttle_s) && plant.temp() >= c.throttle_c) o.throttle_s = t - onset;
    if (dev.Anomalous()) {
      const Verdict v = dev.Judge();
      if (!after) {
        if (getenv("BENCH_VERBOSE")) std::fprintf(stderr, "false alarm %s day %.2f: %s\n", c.name.c_str(), t / kDay, v.detail.c_str());
        ++o.false_alarms;
        dev.Reset(t);  // count it, learn again, carry on
        learned_at = kNaN;
        continue;
      }
      o.alarm = true;
      o.detect_s = t - onset;
      o.cause = v.cause;
      if (!trace) break;
      if (trace && !std::isfinite(trace->detect)) trace->detect = t;
      if (trace && std::isfinite(o.throttle_s)) break;
    }
  }
  if (std::isfinite(learned_at)) o.healthy_days = std::max(0.0, std::min(onset, end) - learned_at) / kDay;
  if (!o.alarm) o.load_s = kNaN;
  if (trace) {
    const Estimate b = dev.BaselineR();
    trace->baseline = b.value;
    trace->band_lo = b.lo;
    trace->band_hi = b.hi;
    trace->onset = onset;
    if (std::isfinite(o.throttle_s)) trace->throttle = onset + o.throttle_s;
  }
  return o;
}

// Peers: the 8 GPUs of a node (air-gpu), one workload, one room; device
// `bad` (or none: -1) has R `scale` times the others' from installation,
// so its own baseline learns it as normal and only its peers can tell.
struct PeerOutcome {
  double detect_s = kNaN;  // the bad device's peer verdict, after start
  int false_devices = 0;   // healthy devices ever called peer outliers
};
PeerOutcome RunPeers(const Class& c, const Curve& h, uint64_t seed, int bad, double scale, double end) {
  constexpr int kN = 8;
  std::vector<Plant> plants;
  std::vector<std::unique_ptr<Device>> devs;
  for (int i = 0; i < kN; ++i) {
    plants.emplace_back(c.spec, seed * 31 + static_cast<uint64_t>(i), c.inlet_c);
    if (i == bad) plants.back().r_scale = scale;
    devs.push_back(std::make_unique<Device>(NewBaseline("gpu" + std::to_string(i), c.name), DefaultParams()));
  }
  std::vector<Device*> group;
  for (auto& d : devs) group.push_back(d.get());
  Workload w(seed);
  PeerOutcome o;
  std::vector<bool> flagged(kN, false);
  const double phase = 6.283185307179586 * static_cast<double>(seed % 1000) / 1000;
  for (double t = 0; t < end; t += c.dt) {
    const double inlet = c.inlet_c + 5 * std::sin(6.283185307179586 * t / kDay + phase);
    const double pw = w.Power(t, c, h, INFINITY);
    for (int i = 0; i < kN; ++i) {
      Sample s = plants[static_cast<size_t>(i)].Step(t, c.dt, pw, inlet + 0.3 * plants[static_cast<size_t>(i)].Gauss());
      if (!c.inlet_sensor) s.inlet_c = kNaN;
      devs[static_cast<size_t>(i)]->Add(s);
    }
    if (std::fmod(t, 60) >= c.dt) continue;
    JudgePeers(group, DefaultParams());
    for (int i = 0; i < kN; ++i) {
      if (!devs[static_cast<size_t>(i)]->peer || flagged[static_cast<size_t>(i)]) continue;
      flagged[static_cast<size_t>(i)] = true;
      if (i == bad) o.detect_s = t;
      else {
        ++o.false_devices;
        if (getenv("BENCH_VERBOSE"))
          std::fprintf(stderr, "peer false alarm (group with bad %d) day %.2f: %s\n", bad, t / kDay,
                       devs[static_cast<size_t>(i)]->peer->detail.c_str());
      }
    }
  }
  return o;
}

double Quantile(std::vector<double> v, double q) {
  if (v.empty()) return kNaN;
  std::sort(v.begin(), v.end());
  const double i = q * static_cast<double>(v.size() - 1);
  const size_t lo = static_cast<size_t>(i);
  const size_t hi = std::min(lo + 1, v.size() - 1);
  return v[lo] + (v[hi] - v[lo]) * (i - static_cast<double>(lo));
}

std::string Dur(double s) {
  char b[32];
  if (!std::isfinite(s)) return "-";
  if (std::fabs(s) < 120) std::snprintf(b, sizeof b, "%.0f s", s);
  else if (std::fabs(s) < 7200) std::snprintf(b, sizeof b, "%.0f min", s / 60);
  else if (std::fabs(s) < 2 * kDay) std::snprintf(b, sizeof b, "%.1f h", s / 3600);
  else std::snprintf(b, sizeof b, "%.1f d", s / kDay);
  return b;
}

// The model's own cost: 16 devices at 1 kHz, one second of samples made
// once and replayed with advancing time, so only the model is timed.
void Cost(const std::vector<Class>& classes, const Curve& h) {
  const int kDev = 16, kHz = 1000, kSecs = 120;
  std::vector<std::vector<Sample>> one(kDev);
  for (int d = 0; d < kDev; ++d) {
    const Class& c = classes[static_cast<size_t>(d) % classes.size()];
    Plant plant(c.spec, 100 + static_cast<uint64_t>(d), c.inlet_c);
    Workload w(static_cast<uint64_t>(d));
    for (int i = 0; i < kHz; ++i) {
      const double t = static_cast<double>(i) / kHz;
      one[static_cast<size_t>(d)].push_back(plant.Step(t, 1.0 / kHz, w.Power(t, c, h, INFINITY), c.inlet_c));
    }
  }
  auto rss_kb = [] {
    std::ifstream f("/proc/self/status");
    std::string l;
    while (std::getline(f, l))
      if (l.rfind("VmRSS:", 0) == 0) return std::stol(l.substr(6));
    return 0L;
  };
  const long rss0 = rss_kb();
  std::vector<std::unique_ptr<Device>> devs;
  for (int d = 0; d < kDev; ++d) devs.push_back(std::make_unique<Device>(NewBaseline("d" + std::to_string(d), ""), DefaultParams()));
  timespec a{}, b{};
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &a);
  for (int sec = 0; sec < kSecs; ++sec)
    for (int d = 0; d < kDev; ++d)
      for (Sample s : one[static_cast<size_t>(d)]) {
        s.t_s += sec;
        devs[static_cast<size_t>(d)]->Add(s);
      }
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &b);
  const double cpu = static_cast<double>(b.tv_sec - a.tv_sec) + static_cast<double>(b.tv_nsec - a.tv_nsec) * 1e-9;
  const long rss1 = rss_kb();
  const double samples = double(kDev) * kHz * kSecs;
  std::printf("model cost, %d devices at %d Hz for %d simulated s: %.1f ns per sample, %.2f %% of one core at real "
              "time; RSS +%ld KiB for the %d models (sizeof Device %zu B)\n",
              kDev, kHz, kSecs, cpu / samples * 1e9, 100 * cpu / kSecs, rss1 - rss0, kDev, sizeof(Device));
}

void Svg(const Trace& t, const std::string& path, const std::string& title) {
  // Two days before the fault onward, at most ~1,200 points: the picture
  // stays small enough to keep in git.
  std::vector<Segment> segs;
  for (const Segment& s : t.segs)
    if (s.t_s >= t.onset - 2 * kDay) segs.push_back(s);
  if (segs.empty()) return;
  const size_t every = segs.size() / 1200 + 1;
  const double w = 900, hgt = 360, l = 70, r = 20, top = 40, bot = 50;
  double t0 = segs.front().t_s, t1 = segs.back().t_s;
  double lo = t.band_lo, hi = t.band_hi;
  for (const Segment& s : segs) {
    lo = std::min(lo, s.r);
    hi = std::max(hi, s.r);
  }
  lo *= 0.97;
  hi *= 1.03;
  auto X = [&](double x) { return l + (x - t0) / (t1 - t0) * (w - l - r); };
  auto Y = [&](double y) { return top + (hi - y) / (hi - lo) * (hgt - top - bot); };
  std::ostringstream o;
  o << "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"" << w << "\" height=\"" << hgt
    << "\" font-family=\"sans-serif\" font-size=\"12\">\n<rect width=\"100%\" height=\"100%\" fill=\"white\"/>\n";
  o << "<text x=\"" << l << "\" y=\"22\" font-size=\"14\">" << title << "</text>\n";
  o << "<rect x=\"" << l << "\" y=\"" << Y(t.band_hi) << "\" width=\"" << (w - l - r) << "\" height=\""
    << (Y(t.band_lo) - Y(t.band_hi)) << "\" fill=\"#cfe8cf\"/>\n";
  o << "<line x1=\"" << l << "\" x2=\"" << (w - r) << "\" y1=\"" << Y(t.baseline) << "\" y2=\"" << Y(t.baseline)
    << "\" stroke=\"#2a7a2a\"/>\n";
  o.setf(std::ios::fixed);
  o.precision(1);
  for (size_t i = 0; i < segs.size(); i += every)
    o << "<circle cx=\"" << X(segs[i].t_s) << "\" cy=\"" << Y(segs[i].r) << "\" r=\"1.6\" fill=\"#1f4e9a\"/>\n";
  auto vline = [&](double x, const char* color, const std::string& label) {
    if (!std::isfinite(x) || x < t0 || x > t1) return;
    o << "<line x1=\"" << X(x) << "\" x2=\"" << X(x) << "\" y1=\"" << top << "\" y2=\"" << (hgt - bot)
      << "\" stroke=\"" << color << "\" stroke-dasharray=\"4 3\"/>\n<text x=\"" << X(x) + 3 << "\" y=\"" << top + 12
      << "\" fill=\"" << color << "\">" << label << "</text>\n";
  };
  vline(t.onset, "#888", "fault starts");
  vline(t.detect, "#c00", "anomaly (cooling)");
  vline(t.throttle, "#e07b00", "first throttle");
  for (int i = 0; i <= 4; ++i) {
    const double y = lo + (hi - lo) * i / 4;
    char b[32];
    std::snprintf(b, sizeof b, "%.4f", y);
    o << "<text x=\"4\" y=\"" << Y(y) + 4 << "\">" << b << "</text>\n";
  }
  for (int i = 0; i <= 6; ++i) {
    const double x = t0 + (t1 - t0) * i / 6;
    char b[32];
    std::snprintf(b, sizeof b, "day %.1f", x / kDay);
    o << "<text x=\"" << X(x) - 20 << "\" y=\"" << hgt - bot + 18 << "\">" << b << "</text>\n";
  }
  o << "<text x=\"" << l << "\" y=\"" << hgt - 10
    << "\">R (C/W) per steady segment; green: the learned baseline and its band (mean +- 2 sd)</text>\n</svg>\n";
  std::ofstream(path) << o.str();
}

}  // namespace

int main(int argc, char** argv) {
  std::string curve_path, svg;
  int runs = 10, threads = 2;
  double healthy_days = 30;
  for (int i = 1; i < argc; ++i) {
    const std::string a = argv[i];
    auto next = [&]() -> std::string {
      if (i + 1 >= argc) throw std::runtime_error(a + " needs a value");
      return argv[++i];
    };
    if (a == "--curve") curve_path = next();
    else if (a == "--svg") svg = next();
    else if (a == "--runs") runs = std::stoi(next());
    else if (a == "--healthy-days") healthy_days = std::stod(next());
    else if (a == "-j") threads = std::stoi(next());
    else {
      std::fprintf(stderr, "usage: %s --curve CSV [--runs N] [--healthy-days D] [-j N] [--svg FILE]\n", argv[0]);
      return 2;
    }
  }
  const Curve h = LoadCurve(curve_path);
  const std::vector<Class> classes = Classes(h);
  std::printf("H200 curve: idle %.0f W, load %.0f W; the model's fit: R %.4f C/W above idle, level at 0 W %.1f C, "
              "tau %s\n",
              h.idle_w, h.load_w, h.r_fit, h.t0_fit,
              std::isfinite(h.tau_fit) ? (std::to_string(h.tau_fit) + " s").c_str() : h.tau_why.c_str());

  // The scenarios: (fault, classes it applies to, onset, end, ramp).
  struct Job {
    size_t cls;
    Fault f;
    uint64_t seed;
    double onset, end, ramp;
    Outcome out;
  };
  std::vector<Job> jobs;
  uint64_t seed = 1;
  for (size_t c = 0; c < classes.size(); ++c) {
    const Class& k = classes[c];
    const int nh = static_cast<int>(std::ceil(healthy_days));
    for (int r = 0; r < runs; ++r) {
      // Healthy: watched for healthy_days after a day of learning.
      jobs.push_back({c, {"healthy", 0, ""}, seed++, (1 + nh) * kDay, (1 + nh) * kDay, 0, {}});
      for (double size : {0.05, 0.10, 0.20, 0.40}) {
        jobs.push_back({c, {"r_sudden", size, "cooling_saturated"}, seed++, 1.5 * kDay, 4.5 * kDay, 0, {}});
        jobs.push_back({c, {"r_gradual", size, "cooling_saturated"}, seed++, 1.5 * kDay, 1.5 * kDay + 24 * kDay,
                        21 * kDay, {}});
      }
      if (k.spec.has_fan) {
        jobs.push_back({c, {"fan_stop", 0, "fan_fault"}, seed++, 1.5 * kDay, 1.6 * kDay, 0, {}});
        jobs.push_back({c, {"fan_wear", 0.4, "fan_fault"}, seed++, 1.5 * kDay, 1.5 * kDay + 24 * kDay, 21 * kDay, {}});
      }
      jobs.push_back({c, {"inlet_rise", 8, "inlet"}, seed++, 1.5 * kDay,
                      3.5 * kDay, 0, {}});
      jobs.push_back({c, {"power_limit", 0.3, ""}, seed++, 1.5 * kDay, 4.5 * kDay, 0, {}});
    }
  }
  std::atomic<size_t> next{0};
  std::vector<std::thread> pool;
  for (int i = 0; i < threads; ++i)
    pool.emplace_back([&] {
      for (size_t j; (j = next++) < jobs.size();) {
        Job& x = jobs[j];
        x.out = RunOne(classes[x.cls], h, x.f, x.seed, x.onset, x.end, x.ramp);
      }
    });
  for (std::thread& t : pool) t.join();

  // False alarms: every alarm before a fault's onset, over every day
  // watched after learning (the healthy runs and the faults' healthy days).
  double days = 0, sim_days = 0;
  int fa = 0;
  std::map<std::string, std::pair<double, int>> fa_by;
  for (const Job& x : jobs) {
    days += x.out.healthy_days;
    sim_days += std::min(x.end, std::max(x.onset, x.end)) / kDay;
    fa += x.out.false_alarms;
    fa_by[classes[x.cls].name].first += x.out.healthy_days;
    fa_by[classes[x.cls].name].second += x.out.false_alarms;
    // A power-limit change must not be called anything.
    if (x.f.kind == "power_limit" && x.out.alarm) ++fa_by[classes[x.cls].name].second;
  }
  std::printf("simulated: %.0f device-days in %zu runs (%d per scenario and class)\n\n", sim_days, jobs.size(), runs);
  std::printf("false alarms: %d in %.0f healthy device-days after learning = %.2f per 1,000 device-days\n", fa, days,
              1000.0 * fa / std::max(days, 1e-9));
  for (const auto& [n, v] : fa_by)
    std::printf("  %-8s %6.0f device-days, %d false alarm(s) (a power-limit change called a fault counts here)\n",
                n.c_str(), v.first, v.second);

  std::printf("\n| class | fault | detected | delay after onset median / p95 | load time to detect median / p95 | "
              "within 1 h of load | throttled | lead before first throttle median / p95 | right cause |\n|---|---|---|---|---|---|---|---|---|\n");
  std::map<std::string, std::map<std::string, int>> confusion;
  std::vector<std::string> order;
  for (size_t c = 0; c < classes.size(); ++c) {
    std::vector<std::string> labels;
    for (const Job& x : jobs)
      if (x.cls == c && x.f.kind != "healthy" && std::find(labels.begin(), labels.end(), x.f.Label()) == labels.end())
        labels.push_back(x.f.Label());
    for (const std::string& lab : labels) {
      std::vector<double> delay, load, lead;
      int n = 0, det = 0, thr = 0, right = 0, hour = 0;
      std::string expect;
      for (const Job& x : jobs) {
        if (x.cls != c || x.f.Label() != lab) continue;
        ++n;
        expect = x.f.expect;
        const std::string got = x.out.alarm ? x.out.cause : "none";
        const std::string want = expect.empty() ? "none" : expect;
        confusion[want][got]++;
        if (std::find(order.begin(), order.end(), want) == order.end()) order.push_back(want);
        if (std::find(order.begin(), order.end(), got) == order.end()) order.push_back(got);
        if (got == want) ++right;
        if (std::isfinite(x.out.throttle_s)) ++thr;
        if (!x.out.alarm) continue;
        ++det;
        delay.push_back(x.out.detect_s);
        if (std::isfinite(x.out.load_s)) load.push_back(x.out.load_s);
        if (!std::isfinite(x.out.load_s) || x.out.load_s <= 3600) ++hour;
        if (std::isfinite(x.out.throttle_s)) lead.push_back(x.out.throttle_s - x.out.detect_s);
      }
      std::printf("| %s | %s | %s | %s / %s | %s / %s | %s | %d/%d | %s / %s | %d/%d |\n", classes[c].name.c_str(),
                  lab.c_str(), expect.empty() ? ("alarms " + std::to_string(det) + "/" + std::to_string(n)).c_str()
                                              : (std::to_string(det) + "/" + std::to_string(n)).c_str(),
                  Dur(Quantile(delay, 0.5)).c_str(), Dur(Quantile(delay, 0.95)).c_str(),
                  Dur(Quantile(load, 0.5)).c_str(), Dur(Quantile(load, 0.95)).c_str(),
                  expect.empty() ? "-" : (std::to_string(hour) + "/" + std::to_string(n)).c_str(), thr, n,
                  Dur(Quantile(lead, 0.5)).c_str(), Dur(Quantile(lead, 0.95)).c_str(), right, n);
    }
  }
  std::printf("\ncause confusion (rows: injected, columns: the verdict's cause; none = no alarm)\n\n| injected |");
  for (const std::string& g : order) std::printf(" %s |", g.c_str());
  std::printf("\n|---|");
  for (size_t i = 0; i < order.size(); ++i) std::printf("---|");
  std::printf("\n");
  int total = 0, right = 0;
  for (const std::string& w : order) {
    if (!confusion.count(w)) continue;
    std::printf("| %s |", w.c_str());
    for (const std::string& g : order) {
      const int v = confusion[w].count(g) ? confusion[w][g] : 0;
      std::printf(" %d |", v);
      total += v;
      if (g == w) right += v;
    }
    std::printf("\n");
  }
  std::printf("\nright cause (no alarm where none is right): %d of %d = %.1f %%\n\n", right, total,
              100.0 * right / std::max(total, 1));
  {
    // Peers: half the groups with one device at +20 % R from installation.
    const Class& c = classes[2];
    std::vector<PeerOutcome> with(static_cast<size_t>(runs)), without(static_cast<size_t>(runs));
    std::vector<std::thread> ps;
    std::atomic<int> nx{0};
    for (int i = 0; i < threads; ++i)
      ps.emplace_back([&] {
        for (int j; (j = nx++) < 2 * runs;) {
          if (j < runs) with[static_cast<size_t>(j)] = RunPeers(c, h, 9000 + static_cast<uint64_t>(j), j % 8, 1.2, 2 * kDay);
          else without[static_cast<size_t>(j - runs)] = RunPeers(c, h, 9500 + static_cast<uint64_t>(j), -1, 1, 2 * kDay);
        }
      });
    for (std::thread& t : ps) t.join();
    std::vector<double> delay;
    int falses = 0;
    for (const PeerOutcome& o : with) {
      if (std::isfinite(o.detect_s)) delay.push_back(o.detect_s);
      falses += o.false_devices;
    }
    for (const PeerOutcome& o : without) falses += o.false_devices;
    std::printf("peers (8 air-gpu devices, one workload, 2 days): R +20 %% from installation found in %zu of %d "
                "groups, median %s / p95 %s after start; healthy devices called outliers: %d of %d (%.0f "
                "device-days)\n\n",
                delay.size(), runs, Dur(Quantile(delay, 0.5)).c_str(), Dur(Quantile(delay, 0.95)).c_str(), falses,
                runs * 7 + runs * 8, 2.0 * (runs * 16));
  }
  Cost(classes, h);

  if (!svg.empty()) {
    Trace t;
    const Class& c = classes[1];
    RunOne(c, h, {"r_gradual", 0.2, "cooling_saturated"}, 4242, 1.5 * kDay, 1.5 * kDay + 24 * kDay, 21 * kDay, &t);
    Svg(t, svg, "sim zone, R +20 % over 21 days from day 1.5 (scripts/bench-cooling): R per steady segment");
    std::printf("\nwrote %s\n", svg.c_str());
  }
  return 0;
}
