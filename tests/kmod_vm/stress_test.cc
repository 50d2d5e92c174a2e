// Several pushing threads, several mmap readers, rate changes, clears and
// freezes at once: no torn record accepted, every index accounted for.
#include <atomic>
#include <catch2/catch_test_macros.hpp>
#include <thread>

#include "helpers.h"
#include "tempmon/ring/device_mapping.h"
#include "tempmon/ring/reader.h"

using namespace tmvm;
using tempmon::ring::DeviceMapping;
using tempmon::ring::Reader;

namespace {
constexpr int kPushers = 3;
constexpr int kReaders = 3;
constexpr int kPerPusher = 6000;
constexpr int kBatch = 50;

struct ReaderResult {
  tempmon::ring::ReaderStats stats;
  uint64_t start = 0, end = 0;
  uint64_t bad_csum = 0, out_of_order = 0, pushed_seen = 0;
};
}  // namespace

TEST_CASE("concurrent pushers, readers and control stay consistent", "[stress]") {
  Module mod("ring_records=1024 rate_hz=2000 sim_sensors=1");
  Fd ctl("/dev/tempmon");
  uint16_t ids[kPushers];
  for (int p = 0; p < kPushers; ++p)
    ids[p] = static_cast<uint16_t>(AddSensor(ctl.get(), TEMPMON_SENSOR_PUSH, "push" + std::to_string(p)));

  std::atomic<bool> pushing{true};
  std::atomic<uint64_t> accepted_total{0};
  std::vector<ReaderResult> results(kReaders);
  std::vector<std::thread> threads;
  for (int r = 0; r < kReaders; ++r) {
    threads.emplace_back([&, r] {
      DeviceMapping m;
      Reader reader(m.view());
      ReaderResult& res = results[r];
      res.start = reader.cursor();
      int32_t last[kPushers + 1] = {};
      for (auto& l : last) l = -1;
      auto check = [&](const tempmon_record& rec) {
        if (rec.csum != tempmon_record_csum(&rec)) ++res.bad_csum;
        for (int p = 0; p < kPushers; ++p) {
          if (rec.sensor != ids[p]) continue;
          ++res.pushed_seen;
          // Each pusher's temperatures count up: order is kept per producer.
          if (rec.temp_mc <= last[p]) ++res.out_of_order;
          last[p] = rec.temp_mc;
        }
      };
      while (pushing.load()) reader.Poll(check);
      reader.Poll(check);
      res.end = reader.cursor();
      res.stats = reader.stats();
    });
  }
  for (int p = 0; p < kPushers; ++p) {
    threads.emplace_back([&, p] {
      Fd fd("/dev/tempmon");
      for (int i = 0; i < kPerPusher; i += kBatch) {
        std::vector<tempmon_push_sample> batch;
        for (int k = 0; k < kBatch; ++k) batch.push_back({0, i + k, ids[p], 0});
        uint32_t acc = 0;
        if (Push(fd.get(), batch, &acc) == 0) accepted_total += acc;
      }
    });
  }
  std::thread control([&] {
    Fd fd("/dev/tempmon");
    const uint32_t rates[] = {100, 5000, 1000, 10000, 500};
    for (int k = 0; k < 25; ++k) {
      SetRate(fd.get(), rates[k % 5]);
      if (k % 7 == 3) IoctlNoArg(fd.get(), TEMPMON_IOC_CLEAR);
      if (k % 5 == 1) IoctlNoArg(fd.get(), TEMPMON_IOC_FREEZE);
      if (k % 5 == 2) IoctlNoArg(fd.get(), TEMPMON_IOC_THAW);
      std::this_thread::yield();
    }
    IoctlNoArg(fd.get(), TEMPMON_IOC_THAW);
  });
  control.join();
  for (int i = kReaders; i < kReaders + kPushers; ++i) threads[i].join();
  pushing = false;
  for (int i = 0; i < kReaders; ++i) threads[i].join();

  const tempmon_stats st = Stats(ctl.get());
  CHECK(st.pushes_accepted == accepted_total.load());
  CHECK(st.pushes_accepted + st.pushes_refused == uint64_t(kPushers) * kPerPusher);
  CHECK(st.dropped_frozen >= st.pushes_refused);
  CHECK(st.written == st.head);
  for (const auto& r : results) {
    INFO("reader read=" << r.stats.read << " lost=" << r.stats.lost << " cleared=" << r.stats.cleared
                        << " torn=" << r.stats.torn);
    CHECK(r.bad_csum == 0);
    CHECK(r.out_of_order == 0);
    // Every index between the reader's start and end: read, lost or cleared.
    CHECK(r.stats.read + r.stats.lost + r.stats.cleared == r.end - r.start);
    CHECK(r.stats.read > 0);
  }
}
