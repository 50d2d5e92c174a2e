// samples.csv rows that the capture formats as records arrive are the rows
// the bundle writer formats itself, for any window of the history.
#include <time.h>
#include <unistd.h>

#include <chrono>
#include <string>
#include <thread>

#include <catch2/catch_test_macros.hpp>

#include "capture/app/precompress.h"
#include "capture/app/ring_source.h"
#include "capture/sim/sim_producer.h"
#include "tempmon/bundle/samples_csv.h"
#include "tempmon.h"

namespace {

uint64_t MonoNow() {
  timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return uint64_t(ts.tv_sec) * 1'000'000'000ull + uint64_t(ts.tv_nsec);
}

std::string Joined(const tempmon::bundle::CsvRows& rows) {
  std::string out(tempmon::bundle::kSamplesHeader);
  out += '\n';
  for (std::string_view p : rows.pieces) out.append(p);
  return out;
}

}  // namespace

TEST_CASE("rows formatted as records arrive are the writer's rows for every window") {
  tempmon::sim::SimConfig cfg;
  cfg.name = "tempmon-test-rows-" + std::to_string(::getpid());
  cfg.capacity = 8192;
  std::vector<tempmon::bundle::Sensor> sensors(2);
  sensors[0].id = 0;
  sensors[0].name = "gpu,0";  // quoted in the CSV
  sensors[1].id = 1;
  sensors[1].name = "cpu \"pkg\"";
  tempmon::sim::SimProducer p(cfg, sensors);
  auto src = tempmon::capture::RingSource::Open("shm:" + cfg.name);
  const uint64_t t0 = MonoNow() - 10'000'000'000ull;
  constexpr uint64_t kMs = 1'000'000;
  // Three polls (three chunks of rows), flags of every kind, and a pushed
  // sample stamped a little before its predecessor.
  for (int batch = 0; batch < 3; ++batch) {
    for (int i = 0; i < 1000; ++i) {
      const uint64_t n = uint64_t(batch) * 1000 + uint64_t(i);
      uint16_t flags = static_cast<uint16_t>(n % 7 == 0 ? TEMPMON_F_THROTTLING : 0);
      if (n % 101 == 0) flags |= TEMPMON_F_MARKER;
      if (n % 997 == 0) flags |= 0x8000;  // an unknown bit
      p.Put(static_cast<uint16_t>(n % 2), 40000 + static_cast<int32_t>(n % 5000), flags,
            t0 + n * kMs - (n == 1500 ? 3 * kMs : 0));
    }
    src->Poll();
  }
  const auto all = src->Sensors();
  for (auto [from, to] : {std::pair<uint64_t, uint64_t>{0, UINT64_MAX},
                          {t0 + 1498 * kMs, t0 + 2600 * kMs},  // cuts chunks, holds the early one out
                          {t0 + 999 * kMs, t0 + 1000 * kMs},
                          {t0 + 5000 * kMs, UINT64_MAX}}) {
    INFO("window " << from << ".." << to);
    auto w = src->Window(from, to);
    auto rows = src->Rows(w);
    REQUIRE(rows);
    CHECK(rows->rows == w.size());
    CHECK(Joined(*rows) == tempmon::bundle::FormatSamplesCsv(w, all));
  }
  // Trimmed history: the rows of what is left still match.
  src->Trim(1500 * kMs, 100000);
  auto w = src->Window(0, UINT64_MAX);
  REQUIRE(w.size() < 3000);
  auto rows = src->Rows(w);
  REQUIRE(rows);
  CHECK(Joined(*rows) == tempmon::bundle::FormatSamplesCsv(w, all));
}

TEST_CASE("the stream a trigger takes is the latest that starts at or before its window, while it is in the history") {
  using tempmon::capture::Precompressor;
  tempmon::sim::SimConfig cfg;
  cfg.name = "tempmon-test-streams-" + std::to_string(::getpid());
  cfg.capacity = 32768;
  tempmon::sim::SimProducer p(cfg);
  auto src = tempmon::capture::RingSource::Open("shm:" + cfg.name);
  constexpr uint64_t kMs = 1'000'000, kS = 1000 * kMs;
  Precompressor pc(30 * kS, 5 * kS);
  const uint64_t t0 = MonoNow() - 20 * kS;
  std::vector<uint64_t> first_seq;  // of each 1 s read
  for (int batch = 0; batch < 12; ++batch) {
    for (int i = 0; i < 1000; ++i) {
      const uint64_t n = uint64_t(batch) * 1000 + uint64_t(i);
      p.Put(0, 40000 + static_cast<int32_t>(n % 5000), 0, t0 + n * kMs);
    }
    first_seq.push_back(src->Poll().front().seq);
    pc.Update(*src);
  }
  // Starts at the reads of 0, 5 and 10 s; only the first two (the one a
  // trigger takes now, the next) are compressed.
  CHECK(pc.Streams() == 3);
  CHECK(pc.Compressing() <= 2);
  // Made by the worker; a trigger finds one once it was begun.
  auto take = [&](uint64_t seq, uint64_t not_before) {
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(60);
    std::unique_ptr<Precompressor::Taken> t;
    while (!(t = pc.Take(seq, not_before)) && std::chrono::steady_clock::now() < deadline) {
      pc.Resume();
      std::this_thread::sleep_for(std::chrono::milliseconds(1));
    }
    return t;
  };
  std::unique_ptr<Precompressor::Taken> t = take(first_seq[7] + 123, 0);
  REQUIRE(t);
  CHECK(t->first_seq == first_seq[5]);
  CHECK(t->first_mono_ns == t0 + 5 * kS);
  // What it was fed is the start of the rows of the window from there.
  auto w = src->Window(t->first_mono_ns, UINT64_MAX);
  auto rows = src->Rows(w);
  REQUIRE(rows);
  CHECK(Precompressor::Continues(*t, rows->pieces));
  const std::string csv = Joined(*rows);
  CHECK(t->csv->fed() <= csv.size());
  CHECK(t->csv->head() == csv.substr(0, t->csv->head().size()));
  CHECK(t->csv->tail() == csv.substr(t->csv->fed() - t->csv->tail().size(), t->csv->tail().size()));
  // A window that lacks rows of the stream (here, its first read) does not continue it.
  if (!t->texts.empty()) {
    std::vector<std::string_view> fewer(rows->pieces.begin() + 1, rows->pieces.end());
    CHECK_FALSE(Precompressor::Continues(*t, fewer));
  }
  pc.Resume();
  // Its start is further back than a trigger allows.
  CHECK_FALSE(pc.Take(first_seq[3], t0 + 1 * kS));
  pc.Resume();
  CHECK(take(first_seq[3], 0)->first_seq == first_seq[0]);
  pc.Resume();
  // The history trimmed past the first stream's start: it is dropped, and
  // a window that begins before the next one's start has none.
  src->Trim(8 * kS, 1'000'000);
  pc.Update(*src);
  CHECK(pc.Streams() == 2);
  CHECK_FALSE(pc.Take(src->OldestSeq(), 0));
  pc.Resume();
  CHECK(take(first_seq[11], 0)->first_seq == first_seq[10]);
  pc.Resume();
}
