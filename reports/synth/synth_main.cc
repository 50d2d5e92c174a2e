// tempmon-bundle-synth OUT.tar.zst [N_SAMPLES]: a synthetic bundle for
// benchmarks, fuzz seeds and demos.
#include <cstdio>
#include <cstdlib>
#include <string>

#include "synth.h"

int main(int argc, char** argv) {
  if (argc < 2 || argc > 3) {
    std::fprintf(stderr, "usage: %s OUT.tar.zst [N_SAMPLES (default 20000)]\n", argv[0]);
    return 64;
  }
  size_t n = argc == 3 ? std::strtoull(argv[2], nullptr, 10) : 20000;
  try {
    tempmon::bundle::Write(tempmon::bundle::SynthContents(n), argv[1]);
  } catch (const tempmon::bundle::BundleError& e) {
    std::fprintf(stderr, "tempmon-bundle-synth: %s\n", e.what());
    return 1;
  }
  return 0;
}
