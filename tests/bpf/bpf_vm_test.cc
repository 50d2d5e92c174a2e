// In a VM with tempmon_testzone.ko loaded (tests/bpf/vm_run.sh): the kernel's
// own thermal core and step_wise governor act on a real zone, and the probe
// must turn their tracepoints into the right episodes. Every wait is on an
// observed condition with a deadline.
#include <catch2/catch_test_macros.hpp>
#include <fcntl.h>
#include <sys/ioctl.h>
#include <unistd.h>

#include <chrono>
#include <filesystem>
#include <fstream>
#include <functional>
#include <iostream>
#include <sstream>
#include <string>
#include <vector>

#include "tempmon.h"
#include "throttle_probe.h"

using namespace tempmon::probe;
using namespace std::chrono_literals;
namespace fs = std::filesystem;

namespace {

const std::string kParams = "/sys/module/tempmon_testzone/parameters/";
constexpr int kTrip = 70000, kHyst = 5000, kPeak = 90000, kCool = 40000;

void SetTemp(int mc) {
  std::ofstream f(kParams + "temp_mc");
  f << mc << '\n';
  f.flush();
  REQUIRE(f.good());
}

int CdevState() {
  std::ifstream f(kParams + "cdev_state");
  int v = -1;
  f >> v;
  return v;
}

// Collects everything the probe delivers.
struct Sink {
  std::vector<Episode> closed, opened;
  std::vector<Event> events;
  ThrottleProbe::EpisodeFn EpisodeFn() {
    return [this](const Episode& e) {
      std::cerr << ToJson(e).dump() << '\n';
      (e.OpenNotice() ? opened : closed).push_back(e);
    };
  }
  ThrottleProbe::EventFn EventFn() {
    return [this](const Event& e) { events.push_back(e); };
  }
  bool SawTemp(int mc) const {
    for (const auto& e : events)
      if (e.kind == "temperature" && e.value == mc) return true;
    return false;
  }
};

// Polls the probe until pred() or the deadline; returns pred().
bool WaitFor(ThrottleProbe& p, const std::function<bool()>& pred,
             std::chrono::milliseconds deadline = 20s) {
  const auto end = std::chrono::steady_clock::now() + deadline;
  while (!pred()) {
    if (std::chrono::steady_clock::now() >= end) return false;
    p.Poll(50ms);
  }
  return true;
}

bool WaitPlain(const std::function<bool()>& pred, std::chrono::milliseconds deadline = 20s) {
  const auto end = std::chrono::steady_clock::now() + deadline;
  while (!pred()) {
    if (std::chrono::steady_clock::now() >= end) return false;
    usleep(10000);  // polling a sysfs value, not synchronising on time
  }
  return true;
}

// 6.1's step_wise lowers cooling only while the temperature keeps falling
// (a stable reading holds the state), so walk it down until released.
void CoolDown() {
  for (int t = kCool; CdevState() > 0 && t > kCool - 20000; t -= 1000) {
    const int before = CdevState();
    SetTemp(t);
    WaitPlain([&] { return CdevState() < before; }, 2s);
  }
  REQUIRE(CdevState() == 0);
}

ProbeOptions ZoneOptions() {
  ProbeOptions o;
  o.zones = {"tempmon-test"};
  o.quiet = 300ms;
  return o;
}

}  // namespace

TEST_CASE("heating past the trip makes one episode: trip, then cooling in order",
          "[bpf][vm][zone]") {
  CoolDown();
  Sink sink;
  ThrottleProbe probe(ZoneOptions(), sink.EpisodeFn());
  REQUIRE(probe.TripsLoaded() >= 2);

  SetTemp(75000);
  REQUIRE(WaitFor(probe, [&] { return !sink.opened.empty(); }));
  REQUIRE(WaitPlain([] { return CdevState() >= 1; }));
  int max_state = 1;
  for (int t : {80000, 85000, kPeak}) {
    SetTemp(t);
    // step_wise raises the state by one per poll while the temperature rises.
    const int before = CdevState();
    REQUIRE(WaitPlain([&] { return CdevState() > before; }));
    max_state = std::max(max_state, CdevState());
  }
  SetTemp(kCool);
  REQUIRE(WaitFor(probe, [&] { return !sink.closed.empty(); }));

  REQUIRE(sink.opened.size() == 1);
  REQUIRE(sink.closed.size() == 1);
  const Episode& e = sink.closed.front();
  CHECK(e.cause == "trip");
  CHECK(e.source == "zone");
  CHECK(e.name == "tempmon-test");
  CHECK(e.seq == sink.opened.front().seq);
  REQUIRE(e.trip_temp_mc);
  CHECK(*e.trip_temp_mc == kTrip);
  CHECK(e.hysteresis_mc == kHyst);
  CHECK(e.start_temp_mc == 75000);
  CHECK(e.peak_temp_mc == kPeak);
  CHECK(e.deepest_cooling_state == static_cast<uint32_t>(max_state));
  CHECK(e.deepest_cooling_device == "tempmon-test-cool");
  REQUIRE(e.trip_to_first_cooling_ns);
  CHECK(*e.trip_to_first_cooling_ns < 2'000'000'000ULL);  // same governor pass
  REQUIRE(e.end_ns);
  CHECK(*e.end_ns > e.start_ns);
  CHECK(e.close_reason.has_value());

  // The cause chain: the trip first, then cooling 1, 2, ... up to the
  // deepest, in time order, then the way back down.
  REQUIRE(e.steps.size() >= 3);
  CHECK(e.steps[0].kind == "trip");
  CHECK(e.steps[0].id == 0);
  CHECK(ToJson(e.steps[0])["trip_type"] == "passive");
  CHECK(e.steps[1].kind == "cooling");
  CHECK(e.steps[1].value == 1);
  int64_t expect = 1;
  bool rising = true;
  for (size_t i = 1; i < e.steps.size(); ++i) {
    INFO("step " << i << ": " << ToJson(e.steps[i]).dump());
    CHECK(e.steps[i].ts_ns >= e.steps[i - 1].ts_ns);
    if (e.steps[i].kind != "cooling") continue;
    if (rising && e.steps[i].value == expect) {
      ++expect;
      continue;
    }
    rising = false;
    CHECK(e.steps[i].value < e.steps[i - 1].value);
  }
  CHECK(expect - 1 == max_state);

  // Closed means closed: the zone keeps polling, no new episode appears.
  const uint64_t events_before = probe.Stats().events;
  REQUIRE(WaitFor(probe, [&] { return probe.Stats().events >= events_before + 10; }));
  CHECK(sink.closed.size() == 1);
  CHECK(sink.opened.size() == 1);
  CHECK(probe.DroppedCount() == 0);
}

TEST_CASE("an episode still open is read from the kernel with its steps so far",
          "[bpf][vm][zone]") {
  CoolDown();
  Sink sink;
  ThrottleProbe probe(ZoneOptions(), sink.EpisodeFn());
  CHECK(probe.OpenEpisodes().empty());
  SetTemp(75000);
  REQUIRE(WaitFor(probe, [&] { return !sink.opened.empty(); }));
  REQUIRE(sink.opened.front().steps.size() == 1);  // the notice: its trip only
  SetTemp(85000);
  REQUIRE(WaitPlain([] { return CdevState() >= 2; }));
  const int state = CdevState();
  // The notice's copy is stale; the table has what happened since.
  std::vector<Episode> open;
  REQUIRE(WaitFor(probe, [&] {
    open = probe.OpenEpisodes();
    return open.size() == 1 && open[0].deepest_cooling_state.value_or(0) >= static_cast<uint32_t>(state);
  }));
  const Episode& e = open[0];
  CHECK(e.type == "episode");
  CHECK(e.open_at_window_end == true);
  CHECK(e.Open());
  CHECK(e.seq == sink.opened.front().seq);
  CHECK(e.name == "tempmon-test");
  CHECK(e.peak_temp_mc == 85000);
  REQUIRE(e.trip_to_first_cooling_ns);
  REQUIRE(e.steps.size() >= 3);
  CHECK(e.steps[0].kind == "trip");
  CHECK(e.steps[1].kind == "cooling");
  CHECK(e.steps[2].kind == "cooling");
  CHECK(sink.closed.empty());

  SetTemp(kCool);
  REQUIRE(WaitFor(probe, [&] { return !sink.closed.empty(); }));
  CHECK(probe.OpenEpisodes().empty());
}

TEST_CASE("oscillating around the trip within its hysteresis makes no episode storm",
          "[bpf][vm][zone]") {
  CoolDown();
  Sink sink;
  ProbeOptions o = ZoneOptions();
  o.raw_events = true;  // to wait until the zone has seen each value
  ThrottleProbe probe(o, sink.EpisodeFn(), sink.EventFn());
  for (int i = 0; i < 8; ++i) {
    for (int t : {72000, 68000}) {
      sink.events.clear();
      SetTemp(t);
      REQUIRE(WaitFor(probe, [&] { return sink.SawTemp(t); }));
    }
  }
  CHECK(sink.opened.size() <= 1);
  CHECK(sink.closed.empty());  // 68 C never gets below 70 - 5
  SetTemp(kCool);
  REQUIRE(WaitFor(probe, [&] { return !sink.closed.empty(); }));
  CHECK(sink.closed.size() == 1);
  CHECK(sink.closed.front().peak_temp_mc == 72000);
}

TEST_CASE("dipping below the hysteresis for less than the quiet period keeps one episode",
          "[bpf][vm][zone]") {
  CoolDown();
  Sink sink;
  ProbeOptions o = ZoneOptions();
  o.raw_events = true;
  o.quiet = 3000ms;  // far longer than one dip below (a few 50 ms polls)
  ThrottleProbe probe(o, sink.EpisodeFn(), sink.EventFn());
  for (int i = 0; i < 4; ++i) {
    for (int t : {75000, 60000}) {
      sink.events.clear();
      SetTemp(t);
      REQUIRE(WaitFor(probe, [&] { return sink.SawTemp(t); }));
    }
  }
  SetTemp(75000);
  REQUIRE(WaitFor(probe, [&] { return sink.SawTemp(75000); }));
  CHECK(sink.opened.size() == 1);
  CHECK(sink.closed.empty());
  SetTemp(kCool);
  REQUIRE(WaitFor(probe, [&] { return !sink.closed.empty(); }));
  CHECK(sink.closed.size() == 1);
  CHECK(sink.closed.front().rebounds >= 3);
}

TEST_CASE("a full ring buffer loses nothing silently: every raw event is delivered or counted",
          "[bpf][vm][zone]") {
  CoolDown();  // 40 C: only thermal_temperature, one raw event each
  Sink sink;
  ProbeOptions o = ZoneOptions();
  o.raw_events = true;
  o.ring_bytes = 4096;  // ~50 raw events
  ThrottleProbe probe(o, sink.EpisodeFn(), sink.EventFn());
  // Not reading: the zone keeps polling until the ring overflows.
  REQUIRE(WaitPlain([&] { return probe.DroppedCount() > 0; }, 60s));
  const uint64_t events_before = probe.Stats().events;
  while (probe.Poll(0ms) > 0) {
  }
  const ProbeStats after = probe.Stats();
  const uint64_t accounted = sink.events.size() + after.ringbuf_drops;
  CHECK(sink.opened.empty());
  CHECK(accounted >= events_before);
  CHECK(accounted <= after.events);
  CHECK(after.ringbuf_drops > 0);
}

// ---- tempmon.ko's own tracepoint ---------------------------------------

namespace {

const std::string kTraceTempmon = "/sys/kernel/tracing/events/tempmon/";

// "field:u32 sensor;\toffset:8;\tsize:4;" -> offset and size by field name.
bool FieldAt(const std::string& format, const std::string& field, int& off, int& size) {
  std::istringstream in(format);
  std::string line;
  while (std::getline(in, line)) {
    const auto semi = line.find(';');
    if (line.find("field:") == std::string::npos || semi == std::string::npos) continue;
    const std::string decl = line.substr(0, semi);
    const auto sp = decl.find_last_of(" \t");
    if (decl.substr(sp + 1) != field) continue;
    return std::sscanf(line.c_str() + line.find("offset:"), "offset:%d;\tsize:%d;", &off,
                       &size) == 2;
  }
  return false;
}

std::string Slurp(const std::string& path) {
  std::ifstream f(path);
  std::stringstream ss;
  ss << f.rdbuf();
  return ss.str();
}

}  // namespace

TEST_CASE("the hand-written tempmon tracepoint layouts match the module's format files",
          "[bpf][vm][tempmon]") {
  if (!fs::exists(kTraceTempmon + "tempmon_throttle/format"))
    SKIP("tempmon.ko with its tracepoints is not loaded");
  struct F { const char* event; const char* field; int off, size; };
  // Must match struct tm_ctx_tempmon_* in capture/probe/compat.h.
  const F fields[] = {
      {"tempmon_throttle", "sensor", 8, 4},       {"tempmon_throttle", "temp_mc", 12, 4},
      {"tempmon_throttle", "threshold_mc", 16, 4}, {"tempmon_throttle", "start", 20, 4},
      {"tempmon_sample", "sensor", 8, 4},         {"tempmon_sample", "temp_mc", 12, 4},
      {"tempmon_sample", "flags", 16, 4},         {"tempmon_sample", "seq", 24, 8},
  };
  for (const F& f : fields) {
    INFO(f.event << "." << f.field);
    const std::string fmt = Slurp(kTraceTempmon + f.event + "/format");
    int off = -1, size = -1;
    REQUIRE(FieldAt(fmt, f.field, off, size));
    CHECK(off == f.off);
    CHECK(size == f.size);
  }
}

TEST_CASE("tempmon.ko's throttle start/end makes an episode caused by tempmon_throttle",
          "[bpf][vm][tempmon]") {
  if (!fs::exists(kTraceTempmon + "tempmon_throttle"))
    SKIP("tempmon.ko with its tracepoints is not loaded");
  const int fd = open("/dev/tempmon", O_RDWR | O_CLOEXEC);
  REQUIRE(fd >= 0);
  struct Closer { int fd; ~Closer() { close(fd); } } closer{fd};

  tempmon_sensor_add add{};
  add.kind = TEMPMON_SENSOR_PUSH;
  std::snprintf(add.name, sizeof(add.name), "bpf-test");
  if (ioctl(fd, TEMPMON_IOC_ADD_SENSOR, &add) != 0 && (errno == ENOTTY || errno == EINVAL))
    SKIP("tempmon.ko does not support push sensors yet");
  REQUIRE(add.id < TEMPMON_MAX_SENSORS);
  tempmon_threshold thr{add.id, 80000, 3000, 0};
  REQUIRE(ioctl(fd, TEMPMON_IOC_SET_THRESHOLD, &thr) == 0);

  Sink sink;
  ProbeOptions o;
  o.tempmon_samples = true;  // samples carry the peak between start and end
  ThrottleProbe probe(o, sink.EpisodeFn());
  bool attached = false, samples = false;
  for (const auto& s : probe.Status()) {
    if (s.tracepoint == "tempmon:tempmon_throttle") attached = s.attached;
    if (s.tracepoint == "tempmon:tempmon_sample") samples = s.attached;
  }
  REQUIRE(attached);
  REQUIRE(samples);

  auto push = [&](std::vector<int> temps) {
    std::vector<tempmon_push_sample> s;
    for (int t : temps)
      s.push_back(tempmon_push_sample{0, t, static_cast<__u16>(add.id), 0});
    tempmon_push p{reinterpret_cast<__u64>(s.data()), static_cast<__u32>(s.size()), 0, 0};
    REQUIRE(ioctl(fd, TEMPMON_IOC_PUSH, &p) == 0);
    CHECK(p.accepted == s.size());
  };
  push({60000, 70000, 85000, 91000, 88000});
  REQUIRE(WaitFor(probe, [&] { return !sink.opened.empty(); }));
  push({79000, 76000, 60000});
  REQUIRE(WaitFor(probe, [&] { return !sink.closed.empty(); }));

  CHECK(sink.opened.size() == 1);
  REQUIRE(sink.closed.size() == 1);
  const Episode& e = sink.closed.front();
  CHECK(e.cause == "tempmon_throttle");
  CHECK(e.source == "sensor");
  CHECK(e.source_id == add.id);
  CHECK(e.trip_temp_mc == 80000);
  CHECK(e.start_temp_mc == 85000);
  CHECK(e.peak_temp_mc == 91000);  // seen only through tempmon_sample
  CHECK(e.close_reason == "tempmon_end");
  REQUIRE(e.steps.size() >= 2);
  CHECK(e.steps.front().kind == "tempmon_throttle");
  CHECK(e.steps.front().aux == 1);
  CHECK(e.steps.back().kind == "tempmon_throttle");
  CHECK(e.steps.back().aux == 0);
  CHECK(e.steps.back().value < 77000);  // ended below threshold - hysteresis

  tempmon_sensor_id del{add.id, 0};
  CHECK(ioctl(fd, TEMPMON_IOC_DEL_SENSOR, &del) == 0);
}
