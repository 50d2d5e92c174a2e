// tempmon-fleet-synth DIR N [HOSTS] [SAMPLES]: N synthetic bundles from
// HOSTS machines (one folder per host, as tempmon-ship lays them out on a
// remote), with varied triggers, times, boots and hang lines, for the fleet
// view's tests and benchmark. Written by as many threads as there are CPUs.
#include <atomic>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>
#include <thread>
#include <vector>

#include "tempmon/bundle/records.h"
#include "synth.h"

namespace fs = std::filesystem;
namespace tb = tempmon::bundle;

int main(int argc, char** argv) {
  if (argc < 3 || argc > 5) {
    std::fprintf(stderr, "usage: %s DIR N [HOSTS (default 100)] [SAMPLES (default 4000)]\n", argv[0]);
    return 64;
  }
  fs::path dir = argv[1];
  size_t n = std::strtoull(argv[2], nullptr, 10);
  size_t hosts = argc > 3 ? std::max<size_t>(1, std::strtoull(argv[3], nullptr, 10)) : 100;
  size_t samples = argc > 4 ? std::strtoull(argv[4], nullptr, 10) : 4000;
  const tb::Contents base = tb::SynthContents(samples);
  static const char* kKinds[] = {"throttle", "throttle", "temp", "hang", "manual"};
  std::atomic<size_t> next{0};
  std::atomic<bool> failed{false};
  auto work = [&] {
    for (size_t i; (i = next.fetch_add(1)) < n && !failed;) {
      tb::Contents c = base;
      size_t h = i % hosts;
      char host[32], boot[48], name[128];
      std::snprintf(host, sizeof host, "node-%04zu", h);
      std::snprintf(boot, sizeof boot, "00000000-0000-4000-8000-%012zx", i);
      c.host = host;
      c.boot_id = boot;
      c.trigger.kind = kKinds[i % 5];
      int64_t shift = static_cast<int64_t>(i) * 60'000'000'000;  // one capture a minute
      c.trigger.wall_ns += shift;
      for (auto& s : c.samples) s.wall_ns += shift;
      if (c.trigger.kind != "hang") {
        // Without its kernel log a bundle holds no verdicts on one either.
        c.kmsg.clear();
        std::erase_if(c.events, [](const tb::Event& e) { return std::holds_alternative<tb::KmsgMatchEvent>(e); });
      }
      c.summary.clear();
      int64_t secs = c.trigger.wall_ns / 1'000'000'000;
      std::snprintf(name, sizeof name, "tempmon-%s-%lld-%s-%zu.tar.zst", host,
                    static_cast<long long>(secs), c.trigger.kind.c_str(), i);
      try {
        fs::create_directories(dir / host);
        // No fsync per file (bundle::Write's guarantee is not needed here).
        std::string bytes = tb::Serialize(c);
        std::ofstream(dir / host / name, std::ios::binary).write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
      } catch (const std::exception& e) {
        std::fprintf(stderr, "tempmon-fleet-synth: %s\n", e.what());
        failed = true;
      }
    }
  };
  std::vector<std::thread> pool;
  for (unsigned t = 1; t < std::max(1u, std::thread::hardware_concurrency()); ++t) pool.emplace_back(work);
  work();
  for (auto& t : pool) t.join();
  return failed ? 1 : 0;
}
