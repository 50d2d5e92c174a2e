// feed_bench: what one tempmon-feed scan costs. Prints a table.
//   feed_bench [--iterations N]
// Rows: hwmon scan of a generated tree (N sensors), a full tick (scan +
// push into a shared-memory ring), and a tick while a fake GPU is blocked
// inside NVML (must cost the same: the feeder never waits for NVML).
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <string>
#include <vector>

#include "fake_nvml_control.h"
#include "fake_sysfs.h"
#include "feed/event_log.h"
#include "feed/feeder.h"
#include "feed/hwmon.h"
#include "feed/nvml_source.h"
#include "feed/shm_sink.h"
#include "feed/threaded_source.h"
#include "wait_until.h"

using namespace tempmon::feed;
using namespace tempmon::feed::test;

namespace {

struct Stats {
  double mean_us, p50_us, p99_us, max_us;
};

template <typename F>
Stats Measure(int iterations, F&& f) {
  std::vector<double> us;
  us.reserve(iterations);
  for (int i = 0; i < iterations; ++i) {
    auto t0 = std::chrono::steady_clock::now();
    f();
    us.push_back(std::chrono::duration<double, std::micro>(std::chrono::steady_clock::now() - t0).count());
  }
  std::sort(us.begin(), us.end());
  double sum = 0;
  for (double u : us) sum += u;
  return {sum / us.size(), us[us.size() / 2], us[us.size() * 99 / 100], us.back()};
}

void Row(const std::string& what, const Stats& s) {
  std::printf("| %-52s | %9.1f | %9.1f | %9.1f | %9.1f |\n", what.c_str(), s.mean_us, s.p50_us, s.p99_us, s.max_us);
}

void MakeTree(FakeSysfs& fs, int sensors) {
  for (int chip = 0; chip * 8 < sensors; ++chip) {
    const std::string h = "hwmon" + std::to_string(chip);
    fs.AddChip(h, "chip" + std::to_string(chip), "dev" + std::to_string(chip));
    for (int t = 1; t <= 8 && chip * 8 + t <= sensors; ++t) fs.AddTemp(h, t, 40000 + t, "t" + std::to_string(t), 90000);
  }
}

}  // namespace

int main(int argc, char** argv) {
  int iterations = 2000;
  if (argc == 3 && std::strcmp(argv[1], "--iterations") == 0) iterations = std::atoi(argv[2]);
  std::printf("| %-52s | %9s | %9s | %9s | %9s |\n", "operation", "mean µs", "p50 µs", "p99 µs", "max µs");
  std::printf("|%s|%s|%s|%s|%s|\n", std::string(54, '-').c_str(), std::string(11, '-').c_str(),
              std::string(11, '-').c_str(), std::string(11, '-').c_str(), std::string(11, '-').c_str());
  EventLog ev(false);
  for (int n : {8, 32, 128}) {
    FakeSysfs fs;
    MakeTree(fs, n);
    HwmonSource src(fs.root(), ev);
    std::vector<Reading> out;
    Row("hwmon scan, " + std::to_string(n) + " sensors (tmpfs tree)", Measure(iterations, [&] {
          out.clear();
          src.Collect(MonotonicNs(), out);
        }));
  }
  const std::string shm = "tempmon-feed-bench-" + std::to_string(getpid());
  {
    FakeSysfs fs;
    MakeTree(fs, 14);
    HwmonSource src(fs.root(), ev);
    ShmSink sink(shm);
    Feeder feeder(sink, ev);
    feeder.AddSource(src);
    Row("tick: scan 14 hwmon + push into shm ring", Measure(iterations, [&] { feeder.Tick(MonotonicNs()); }));
  }
  {
    FakeNvml fake(FAKE_NVML_PATH);
    fake.reset(2);
    FakeSysfs fs;
    MakeTree(fs, 14);
    HwmonSource src(fs.root(), ev);
    NvmlOptions o;
    o.lib_path = FAKE_NVML_PATH;
    o.period_ns = 1'000'000;
    o.deadline_ns = 200'000'000;
    std::string why;
    auto nvml = NvmlSource::Start(o, ev, &why);
    ShmSink sink(shm);
    Feeder feeder(sink, ev);
    feeder.AddSource(src);
    feeder.AddSource(*nvml);
    WaitUntil([&] { return feeder.SensorId("nvml/1").has_value(); }, std::chrono::seconds(10),
              [&] { feeder.Tick(MonotonicNs()); });
    Row("tick: 14 hwmon + 2 GPUs (fake NVML) into shm ring", Measure(iterations, [&] { feeder.Tick(MonotonicNs()); }));
    fake.block(0, 1);
    WaitUntil([&] { return fake.waiting(0) == 1; }, std::chrono::seconds(10));
    Row("tick: same, gpu0 blocked inside NVML", Measure(iterations, [&] { feeder.Tick(MonotonicNs()); }));
    fake.block(0, 0);
  }
  {
    // As tempmon-feed runs it: hwmon on its worker thread, one scan per tick.
    FakeSysfs fs;
    MakeTree(fs, 14);
    ThreadedSource src(std::make_unique<HwmonSource>(fs.root(), ev), "hwmon", 50'000'000, 2'000'000'000, ev);
    ShmSink sink(shm);
    Feeder feeder(sink, ev);
    feeder.AddSource(src);
    Row("tick: 14 hwmon on the worker thread + push into shm", Measure(iterations, [&] { feeder.Tick(MonotonicNs()); }));
  }
  tempmon::ring::ShmRing::Remove(shm);
  return 0;
}
