#include "feed/feeder.h"

#include "feed/event_log.h"
#include "feed/sink.h"

namespace tempmon::feed {

Feeder::Feeder(Sink& sink, EventLog& events, FeederOptions opt) : sink_(sink), events_(events), opt_(opt) {}

std::optional<uint16_t> Feeder::SensorId(const std::string& key) const {
  auto it = sensors_.find(key);
  if (it == sensors_.end()) return std::nullopt;
  return it->second.id;
}

std::optional<uint16_t> Feeder::Register(const Reading& r) {
  auto it = sensors_.find(r.key);
  if (it == sensors_.end()) {
    if (refused_.count(r.key)) return std::nullopt;
    // Two chips may give the same label (two NVMe drives: "Composite"):
    // the second gets a "#2" so the viewer can tell them apart.
    std::string name = r.name;
    for (int n = 2; names_.count(name); ++n) {
      std::string suffix = "#" + std::to_string(n);
      name = r.name.substr(0, TEMPMON_NAME_LEN - 1 - suffix.size()) + suffix;
    }
    if (!limit_reported_) {
      limit_reported_ = true;
      if (std::string limit = sink_.DescriptionLimit(); !limit.empty())
        events_.Record("descriptions_unsupported", sink_.Describe(), limit);
    }
    uint16_t id;
    try {
      id = sink_.AddSensor(name, r.desc);
    } catch (const SinkUnsupported& e) {
      refused_.insert(r.key);
      ++stats_.unsupported;
      events_.Record("sensor_unsupported", name, e.what());
      return std::nullopt;
    } catch (const SinkFull& e) {
      refused_.insert(r.key);
      ++stats_.unregistered;
      events_.Record("sensor_refused", name, e.what());
      return std::nullopt;
    }
    names_.insert(name);
    it = sensors_.emplace(r.key, Registered{id, name, std::nullopt}).first;
    events_.Record("sensor_registered", name, "sensor id " + std::to_string(id) + " (" + r.key + ")");
  }
  Registered& reg = it->second;
  if (opt_.set_thresholds && r.threshold_mc && reg.threshold_mc != r.threshold_mc) {
    reg.threshold_mc = r.threshold_mc;  // set once per value, even when refused
    try {
      sink_.SetThreshold(reg.id, *r.threshold_mc, opt_.hysteresis_mc);
    } catch (const SinkError& e) {
      events_.Record("threshold_failed", reg.name, e.what());
    }
  }
  return reg.id;
}

std::vector<Reading> Feeder::Tick(uint64_t now_ns) {
  ++stats_.ticks;
  std::vector<Reading> readings;
  for (Source* s : sources_) s->Collect(now_ns, readings);
  std::vector<tempmon_push_sample> batch;
  batch.reserve(readings.size());
  for (const Reading& r : readings) {
    std::optional<uint16_t> id = Register(r);
    if (!id) continue;
    tempmon_push_sample s{};
    s.ts_ns = r.ts_ns;
    s.temp_mc = r.temp_mc;
    s.sensor = *id;
    s.flags = static_cast<uint16_t>(r.flags & TEMPMON_F_USER_MASK);
    batch.push_back(s);
  }
  if (!batch.empty()) {
    stats_.pushed += batch.size();
    try {
      size_t ok = sink_.Push(batch);
      stats_.accepted += ok;
      stats_.refused += batch.size() - ok;
    } catch (const SinkError& e) {
      // One failed push loses one scan, not the feeder: the next scan retries.
      if (stats_.sink_errors++ == 0) events_.Record("push_failed", sink_.Describe(), e.what());
    }
  }
  return readings;
}

}  // namespace tempmon::feed
