#include "capture/cooling/host.h"

#include <algorithm>
#include <cstdio>

#include <tempmon.h>

#include "capture/cooling/baseline_store.h"
#include "tempmon/causes/causes.h"

namespace tempmon::cooling {

namespace {

constexpr uint64_t kStaleNs = 10'000'000'000;  // a companion older than this is not used

std::string Label(const std::string& name) {
  const size_t cut = name.find_last_of(":/.");
  return cut == std::string::npos ? name : name.substr(cut + 1);
}

std::string Identity(const bundle::Sensor& s) {
  if (!s.uuid.empty()) return "gpu:" + s.uuid;
  // A thermal zone, simulated or not, is its name, whatever location its
  // producer gave it (tempmon-sim's pairs a zone with its power sensor).
  if (s.kind == "zone" || s.kind == "sim") return "zone:" + s.name;
  if (!s.location.empty()) return "hwmon:" + s.location + ":" + Label(s.name);
  return "zone:" + s.name;
}

nlohmann::json Num(double v) { return std::isfinite(v) ? nlohmann::json(v) : nlohmann::json(nullptr); }

nlohmann::json EstimateJson(const Estimate& e) {
  if (!e.ok()) return {{"n", 0}, {"why", e.why}};
  return {{"value", e.value}, {"lo", Num(e.lo)}, {"hi", Num(e.hi)}, {"n", e.n}};
}

int VerdictCode(const std::string& state) {
  if (state == "healthy") return 0;
  if (state == "anomaly") return 2;
  return 1;  // learning, no data
}

}  // namespace

void Host::SetSensors(const std::vector<bundle::Sensor>& sensors) {
  by_temp_.clear();
  std::vector<const bundle::Sensor*> inlets, duties, fans, powers;
  for (const bundle::Sensor& s : sensors) {
    const std::string role = causes::RoleOf(s);
    if (role == causes::kRoleInlet) inlets.push_back(&s);
    else if (role == causes::kRoleFanDuty) duties.push_back(&s);
    else if (role == causes::kRoleFanSpeed) fans.push_back(&s);
    else if (role == causes::kRolePower) powers.push_back(&s);
  }
  // The device's own companion, else the machine's (one that belongs to
  // no GPU), the same choice the causes judge makes.
  auto pick = [](const bundle::Sensor& dev, const std::vector<const bundle::Sensor*>& v, bool machine) {
    for (const bundle::Sensor* s : v)
      if (causes::SameDevice(dev, *s)) return static_cast<int>(s->id);
    if (machine)
      for (const bundle::Sensor* s : v)
        if (s->uuid.empty()) return static_cast<int>(s->id);
    return -1;
  };
  for (const bundle::Sensor& s : sensors) {
    if (causes::RoleOf(s) != causes::kRoleDevice) continue;
    const std::string id = Identity(s);
    auto it = devs_.find(id);
    if (it == devs_.end()) {
      if (devs_.size() >= kMaxDevices) continue;
      auto st = stored_.find(id);
      Baseline b = st != stored_.end() ? st->second : NewBaseline(id, s.model);
      if (st != stored_.end()) stored_.erase(st);
      Dev d;
      d.model = std::make_unique<Device>(std::move(b), p_);
      it = devs_.emplace(id, std::move(d)).first;
    }
    Dev& d = it->second;
    d.name = s.name;
    d.kind = s.kind;
    d.temp = s.id;
    d.power = pick(s, powers, false);
    d.inlet = pick(s, inlets, true);
    d.duty = pick(s, duties, !s.uuid.empty() ? false : true);
    d.rpm = pick(s, fans, !s.uuid.empty() ? false : true);
    by_temp_[s.id] = id;
  }
}

double Host::Fresh(int id, uint64_t now) const {
  if (id < 0) return kNaN;
  auto it = last_.find(static_cast<uint16_t>(id));
  if (it == last_.end() || it->second.ns + kStaleNs < now) return kNaN;
  return it->second.v;
}

void Host::OnSample(const bundle::Sample& s) {
  if (s.flags & (TEMPMON_F_MARKER | TEMPMON_F_READ_ERR)) return;
  auto dev = by_temp_.find(s.sensor);
  if (dev == by_temp_.end()) {
    Last& l = last_[s.sensor];
    l.v = s.temp_mc / 1000.0;
    l.ns = s.ts_ns;
    return;
  }
  Dev& d = devs_.at(dev->second);
  Sample x;
  x.t_s = static_cast<double>(s.ts_ns) * 1e-9;
  x.temp_c = s.temp_mc / 1000.0;
  x.power_w = Fresh(d.power, s.ts_ns);
  x.inlet_c = Fresh(d.inlet, s.ts_ns);
  x.fan_duty_pct = Fresh(d.duty, s.ts_ns);
  x.fan_rpm = Fresh(d.rpm, s.ts_ns);
  d.model->Add(x);
}

void Host::JudgePeers() {
  std::map<std::string, std::vector<Device*>> by_model;
  for (auto& [id, d] : devs_)
    if (!d.model->baseline().model.empty()) by_model[d.model->baseline().model].push_back(d.model.get());
  for (auto& [m, v] : by_model) cooling::JudgePeers(v, p_);
}

std::vector<Anomaly> Host::TakeNew() {
  std::vector<Anomaly> out;
  for (auto& [id, d] : devs_) {
    if (!d.model->Anomalous()) {
      d.reported = false;
      continue;
    }
    if (d.reported) continue;
    d.reported = true;
    out.push_back({id, d.name, d.model->Judge()});
  }
  return out;
}

std::optional<Host::Found> Host::Find(const std::string& id_or_sensor) const {
  for (const auto& [id, d] : devs_)
    if (id == id_or_sensor || d.name == id_or_sensor) return Found{id, d.name, d.model.get(), d.power >= 0};
  return std::nullopt;
}

std::vector<std::string> Host::Ids() const {
  std::vector<std::string> out;
  for (const auto& [id, d] : devs_) out.push_back(id);
  return out;
}

bool Host::HasLearnt() const {
  for (const auto& [id, d] : devs_)
    for (const Stat& st : d.model->baseline().r)
      if (st.n > 0) return true;
  return !stored_.empty();
}

std::string Host::Load(const sys::Dir& state) {
  Loaded l = LoadBaselines(state);
  saved_ids_.clear();
  for (Baseline& b : l.baselines) {
    saved_ids_.push_back(b.id);
    stored_[b.id] = std::move(b);
  }
  return l.error;
}

void Host::Save(const sys::Dir& state) {
  // An entry removed from the file since the last save was reset by the
  // operator (after a repair): that device learns afresh.
  Loaded now = LoadBaselines(state);
  if (now.error.empty())
    for (const std::string& id : saved_ids_) {
      const bool still = std::any_of(now.baselines.begin(), now.baselines.end(),
                                     [&](const Baseline& b) { return b.id == id; });
      if (still) continue;
      auto it = devs_.find(id);
      if (it != devs_.end()) {
        it->second.model->Reset(kNaN);
        it->second.reported = false;
      }
      stored_.erase(id);
    }
  std::vector<const Baseline*> all;
  saved_ids_.clear();
  for (const auto& [id, d] : devs_) all.push_back(&d.model->baseline());
  for (const auto& [id, b] : stored_) all.push_back(&b);
  for (const Baseline* b : all) saved_ids_.push_back(b->id);
  SaveBaselines(state, all);
}

nlohmann::json Host::ToJson() const {
  nlohmann::json devs = nlohmann::json::array();
  for (const auto& [id, d] : devs_) {
    const Device& m = *d.model;
    const Verdict v = m.Judge();
    nlohmann::json history = nlohmann::json::array();
    const auto& h = m.History();
    // The last 64 segments: R over time for the picture, bounded.
    for (size_t i = h.size() > 64 ? h.size() - 64 : 0; i < h.size(); ++i)
      history.push_back({{"t_mono_s", h[i].t_s}, {"r_c_per_w", h[i].r}, {"power_w", h[i].power_w},
                         {"temp_c", h[i].temp_c}});
    // Without its power in the ring a device has no R, whatever it learns.
    nlohmann::json r = d.power < 0 ? nlohmann::json{{"n", 0},
                                                    {"why", "not enough data: no power sensor for this device in "
                                                            "the ring (R is degrees per watt)"}}
                                   : EstimateJson(m.R());
    nlohmann::json verdict = {{"state", v.state}, {"kind", v.kind}, {"cause", v.cause}, {"detail", v.detail}};
    if (v.state == "anomaly") verdict["what_to_do"] = WhatToDo(v.cause);
    devs.push_back({{"id", id},
                    {"sensor", d.name},
                    {"model", m.baseline().model},
                    {"r_c_per_w", r},
                    {"baseline_r_c_per_w", EstimateJson(m.BaselineR())},
                    {"tau_s", EstimateJson(m.Tau())},
                    {"fan_duty_pct", Num(m.LastDuty())},
                    {"fan_rpm", Num(m.LastRpm())},
                    {"inlet_c", Num(m.LastInletC())},
                    {"reference", std::isfinite(m.LastInletC()) ? "inlet" : "idle level"},
                    {"drift_score", m.DriftScore()},
                    {"learned", m.baseline().learned},
                    {"verdict", verdict},
                    {"history", history}});
    if (m.peer) devs.back()["peers"] = m.peer->detail;
  }
  return {{"format", 1}, {"devices", devs}};
}

std::string Host::Metrics(const std::function<std::string(const std::string& sensor)>& labels) const {
  std::string o;
  auto head = [&](const char* name, const char* help) {
    o += std::string("# HELP ") + name + " " + help + "\n# TYPE " + name + " gauge\n";
  };
  auto line = [&](const char* name, const std::string&, const Dev& d, double v) {
    if (!std::isfinite(v)) return;
    char buf[64];
    std::snprintf(buf, sizeof buf, "%.6g", v);
    o += std::string(name) + "{" + labels(d.name) + "} " + buf + "\n";
  };
  if (devs_.empty()) return o;
  head("tempmon_cooling_resistance_c_per_w", "thermal resistance now (mean of the last steady segments)");
  for (const auto& [id, d] : devs_) line("tempmon_cooling_resistance_c_per_w", id, d, d.model->R().value);
  head("tempmon_cooling_baseline_c_per_w", "the learned baseline thermal resistance at the current fan duty");
  for (const auto& [id, d] : devs_) line("tempmon_cooling_baseline_c_per_w", id, d, d.model->BaselineR().value);
  head("tempmon_cooling_drift_score", "the drift tests' largest sum over its decision level (1 = anomaly)");
  for (const auto& [id, d] : devs_) line("tempmon_cooling_drift_score", id, d, d.model->DriftScore());
  head("tempmon_cooling_verdict", "0 healthy, 1 learning or not enough data, 2 anomaly");
  for (const auto& [id, d] : devs_)
    line("tempmon_cooling_verdict", id, d, VerdictCode(d.model->Judge().state));
  return o;
}

}  // namespace tempmon::cooling
