// tempmon-bundle-synth OUT.tar.zst [N_SAMPLES] [--sensors=N] [--hz=RATE] [--judge]:
// a synthetic bundle for benchmarks, fuzz seeds and demos.
#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>

#include "synth.h"

namespace {

int Usage(const char* argv0) {
  std::fprintf(stderr,
               "usage: %s OUT.tar.zst [N_SAMPLES (default 20000)] [--sensors=N (default 4)] "
               "[--hz=RATE (records a second per sensor; default: one record a ms in all)] "
               "[--judge (episodes carry their judged cause)]\n",
               argv0);
  return 64;
}

// A whole positive number, or 0 for anything else.
unsigned long long Positive(std::string_view s) {
  if (s.empty() || s.find_first_not_of("0123456789") != std::string_view::npos) return 0;
  return std::strtoull(std::string(s).c_str(), nullptr, 10);
}

}  // namespace

int main(int argc, char** argv) {
  const char* out = nullptr;
  size_t n = 20000;
  bool have_n = false;
  tempmon::bundle::SynthShape shape;
  unsigned long long hz = 0;
  for (int i = 1; i < argc; ++i) {
    std::string_view a = argv[i];
    if (a.rfind("--sensors=", 0) == 0) {
      shape.sensors = Positive(a.substr(10));
      if (!shape.sensors || shape.sensors > 1024) return Usage(argv[0]);
    } else if (a == "--judge") {
      shape.judge = true;
    } else if (a.rfind("--hz=", 0) == 0) {
      hz = Positive(a.substr(5));
      if (!hz || hz > 1'000'000) return Usage(argv[0]);
    } else if (a.rfind("-", 0) == 0 || (out && have_n)) {
      return Usage(argv[0]);
    } else if (!out) {
      out = argv[i];
    } else {
      if (a.find_first_not_of("0123456789") != std::string_view::npos) return Usage(argv[0]);
      n = std::strtoull(argv[i], nullptr, 10);
      have_n = true;
    }
  }
  if (!out) return Usage(argv[0]);
  if (hz) shape.period_ns = 1'000'000'000ull / (hz * shape.sensors);
  try {
    tempmon::bundle::Write(tempmon::bundle::SynthContents(n, shape), out);
  } catch (const tempmon::bundle::BundleError& e) {
    std::fprintf(stderr, "tempmon-bundle-synth: %s\n", e.what());
    return 1;
  }
  return 0;
}
