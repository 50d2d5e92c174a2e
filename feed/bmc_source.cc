#include "feed/bmc_source.h"

#include <algorithm>
#include <chrono>
#include <condition_variable>
#include <cstdio>
#include <map>
#include <mutex>
#include <set>

#include <nlohmann/json.hpp>
#include <tempmon.h>
#include <tempmon/sys/dir.h>

#include "feed/event_log.h"

namespace tempmon::feed {

struct BmcShared {
  BmcOptions opt;
  EventLog* events = nullptr;
  std::mutex mu;  // guards everything below
  std::condition_variable cv;
  bool stop = false;
  int running = 0;               // threads not yet exited
  bool poller_done = false;
  uint64_t sweep_started_ns = 0;  // 0 = not sweeping
  std::vector<Reading> published;
  BmcStatus st;
  bool status_dirty = false;
  std::set<std::string> rejecting;  // keys whose last reading was rejected
};

namespace {

using Clock = std::chrono::steady_clock;

// A state change: one event and, with a status file, a rewrite of it.
void SetState(BmcShared& s, const std::string& state, const std::string& message) {
  if (s.st.state == state && s.st.message == message) return;
  const bool changed = s.st.state != state;
  s.st.state = state;
  s.st.message = message;
  s.status_dirty = true;
  s.cv.notify_all();
  if (changed) s.events->Record("bmc_" + state, "bmc", s.opt.config.Where() + ": " + message);
}

std::string StatusJson(const BmcOptions& o, const BmcStatus& st) {
  nlohmann::json j = {{"source", "tempmon-feed"},
                      {"bmc", o.config.Where()},
                      {"state", st.state},
                      {"message", st.message},
                      {"sweeps", st.sweeps},
                      {"failures", st.failures},
                      {"readings", st.readings},
                      {"rejected", st.rejected},
                      {"last_sweep_ms", st.last_sweep_ms},
                      {"interval_ms", o.interval_ns / 1'000'000},
                      {"mono_ns", MonotonicNs()}};
  return j.dump() + "\n";
}

Reading ToReading(const bmc::BmcSensor& b, const std::string& where, uint64_t ts) {
  Reading r;
  r.key = "bmc/" + std::to_string(b.record_id) + "/" + b.name;
  r.name = BmcSensorName(b.name);
  r.kind = "bmc";
  r.ts_ns = ts;
  r.temp_mc = static_cast<int32_t>(std::llround(b.value * 1000));
  // An IPMI BMC has no origin of its own in the ABI: a pushed sensor, told
  // apart by its model; the cause judge needs only unit and label.
  r.desc.origin = TEMPMON_ORIGIN_PUSH;
  r.desc.unit = b.units == "RPM" ? TEMPMON_UNIT_RPM : b.units == "W" ? TEMPMON_UNIT_WATT : TEMPMON_UNIT_CELSIUS;
  r.desc.model = "IPMI BMC";
  r.desc.location = where.substr(0, TEMPMON_LOCATION_LEN - 1);
  r.detail = "record " + std::to_string(b.record_id);
  return r;
}

void Sweep(BmcShared& s, bmc::BmcReader& reader) {
  const uint64_t t0 = MonotonicNs();
  {
    std::lock_guard lock(s.mu);
    s.sweep_started_ns = t0;
  }
  std::vector<bmc::BmcSensor> got;
  std::string error;
  try {
    got = reader.ReadSensors();
  } catch (const bmc::BmcError& e) {
    error = e.what();
  }
  const uint64_t t1 = MonotonicNs();
  std::lock_guard lock(s.mu);
  s.sweep_started_ns = 0;
  s.st.last_sweep_ms = (t1 - t0) / 1'000'000;
  if (!error.empty()) {
    ++s.st.failures;
    SetState(s, "failed", error);
    return;
  }
  ++s.st.sweeps;
  const std::string where = s.opt.config.Where();
  size_t usable = 0;
  std::vector<std::string> lying;
  for (const bmc::BmcSensor& b : got) {
    Reading r = ToReading(b, where, t1);
    if (!bmc::BmcPlausible(b.units, b.value)) {
      ++s.st.rejected;
      if (s.rejecting.insert(r.key).second) {
        char v[64];
        std::snprintf(v, sizeof v, "%.1f %s", b.value, b.units.c_str());
        s.events->Record("bmc_rejected", r.name,
                         std::string("reads ") + v + ", outside the physical range: not recorded until it reads sanely");
      }
      lying.push_back(r.name);
      continue;
    }
    if (s.rejecting.erase(r.key)) s.events->Record("bmc_sane", r.name, "reads within the physical range again");
    ++usable;
    ++s.st.readings;
    s.published.push_back(std::move(r));
  }
  // A BMC whose last sweep still runs past the deadline is "slow" (set by
  // Collect); one that answers again is judged on what it answered.
  if (usable == 0 && lying.empty()) {
    SetState(s, "no_sensors", "the SDR lists no temperature, fan or power sensor with a reading");
  } else if (!lying.empty()) {
    std::string names;
    for (size_t i = 0; i < lying.size() && i < 4; ++i) names += (i ? ", " : "") + lying[i];
    SetState(s, "ok", std::to_string(usable) + " sensors; rejected (outside physical ranges): " + names);
  } else {
    SetState(s, "ok", std::to_string(usable) + " sensors");
  }
}

void Poller(std::shared_ptr<BmcShared> s) {
  std::unique_ptr<bmc::BmcReader> reader;
  uint64_t backoff = s->opt.interval_ns;
  for (;;) {
    const auto started = Clock::now();
    {
      std::lock_guard lock(s->mu);
      if (s->stop) break;
    }
    bool ok = false;
    if (!reader) {
      try {
        reader = std::make_unique<bmc::BmcReader>(s->opt.config);
      } catch (const bmc::BmcError& e) {
        std::lock_guard lock(s->mu);
        ++s->st.failures;
        SetState(*s, "failed", e.what());
      }
    }
    if (reader) {
      Sweep(*s, *reader);
      std::lock_guard lock(s->mu);
      ok = s->st.state != "failed";
    }
    // A failing BMC is retried less often (up to every 30 s): a dead
    // address costs a session timeout per try.
    backoff = ok ? s->opt.interval_ns : std::min<uint64_t>(backoff * 2, 30'000'000'000ULL);
    std::unique_lock lock(s->mu);
    // A good sweep keeps the cadence (the next starts an interval after
    // this one started); a failed one pauses counted from its end, which a
    // session timeout may put far past its start.
    const auto next = ok ? started + std::chrono::nanoseconds(s->opt.interval_ns)
                         : Clock::now() + std::chrono::nanoseconds(backoff);
    s->cv.wait_until(lock, next, [&] { return s->stop; });
    if (s->stop) break;
  }
  std::lock_guard lock(s->mu);
  --s->running;
  s->poller_done = true;
  s->cv.notify_all();
}

// Rewrites the status file on each change, off the sampling thread (the
// write fsyncs).
void StatusWriter(std::shared_ptr<BmcShared> s) {
  std::unique_lock lock(s->mu);
  for (;;) {
    s->cv.wait(lock, [&] { return s->stop || s->status_dirty; });
    if (s->status_dirty) {
      s->status_dirty = false;
      const std::string text = StatusJson(s->opt, s->st);
      lock.unlock();
      try {
        sys::ReplaceFile(s->opt.status_path, text, 0644);
      } catch (const std::exception& e) {
        s->events->Record("bmc_status_failed", "bmc", std::string("cannot write the status file: ") + e.what());
      }
      lock.lock();
    }
    if (s->stop) break;
  }
  --s->running;
  s->cv.notify_all();
}

}  // namespace

void WriteBmcRefused(const std::string& status_path, const bmc::BmcConfig& cfg, const std::string& why) {
  BmcOptions o;
  o.config = cfg;
  BmcStatus st;
  st.state = "failed";
  st.message = why;
  sys::ReplaceFile(status_path, StatusJson(o, st), 0644);
}

std::string BmcSensorName(const std::string& id) {
  std::string name = "bmc:" + id;
  if (name.size() > TEMPMON_NAME_LEN - 1) name.resize(TEMPMON_NAME_LEN - 1);
  return name;
}

BmcSource::BmcSource(BmcOptions opt, EventLog& events) : shared_(std::make_shared<BmcShared>()), events_(events) {
  shared_->opt = std::move(opt);
  shared_->events = &events;
  shared_->st.state = "starting";
  shared_->st.message = "no sweep finished yet";
  shared_->status_dirty = true;
  shared_->running = shared_->opt.status_path.empty() ? 1 : 2;
  poller_ = std::thread(Poller, shared_);
  if (!shared_->opt.status_path.empty()) std::thread(StatusWriter, shared_).detach();
}

BmcSource::~BmcSource() {
  std::unique_lock lock(shared_->mu);
  shared_->stop = true;
  shared_->cv.notify_all();
  // Let the last state reach the status file; a poller stuck in a BMC call
  // is left behind (it holds only shared state).
  shared_->cv.wait_for(lock, std::chrono::milliseconds(1500), [&] { return shared_->running == 0; });
  const bool clean = shared_->poller_done;
  lock.unlock();
  if (clean && poller_.joinable()) {
    poller_.join();
  } else {
    poller_.detach();
    events_.Record("source_abandoned", "bmc", "a BMC call was still blocked at exit; its thread was left behind");
  }
}

void BmcSource::Collect(uint64_t now_ns, std::vector<Reading>& out) {
  BmcShared& s = *shared_;
  std::lock_guard lock(s.mu);
  for (Reading& r : s.published) out.push_back(std::move(r));
  s.published.clear();
  const uint64_t started = s.sweep_started_ns;
  // A failed BMC's retry that waits stays "failed" until it answers: a
  // dead BMC does not flap between failed and slow on every retry.
  if (started != 0 && now_ns > started && now_ns - started > s.opt.deadline_ns && s.st.state != "slow" &&
      s.st.state != "failed") {
    char secs[32];
    std::snprintf(secs, sizeof(secs), "%.1f s", static_cast<double>(now_ns - started) / 1e9);
    SetState(s, "slow", std::string("a sweep has been waiting for the BMC for ") + secs +
                            "; its sensors are missing until it answers, other sources continue");
  }
}

BmcStatus BmcSource::status() const {
  std::lock_guard lock(shared_->mu);
  return shared_->st;
}

}  // namespace tempmon::feed
