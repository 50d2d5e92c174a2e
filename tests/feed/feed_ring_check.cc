// feed_ring_check: after a tempmon-feed run, checks that the named push
// sensors and their samples are in tempmon.ko's ring (or a shm ring).
//   feed_ring_check [--device /dev/tempmon | --shm NAME] [--nr-sensors N] EXPECT...
//   EXPECT: NAME=TEMP_MC[,flags=0x100][,min=N][,thr=MC]
#include <cstring>
#include <iostream>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include <tempmon/ring/device_mapping.h>
#include <tempmon/ring/shm_ring.h>

#include "ring_expect.h"

int main(int argc, char** argv) {
  using namespace tempmon;
  std::string device = "/dev/" TEMPMON_DEVICE_NAME, shm;
  long want_sensors = -1;
  std::vector<feed::test::Expect> expects;
  try {
    for (int i = 1; i < argc; ++i) {
      std::string a = argv[i];
      if (a == "--device" && i + 1 < argc) {
        device = argv[++i];
      } else if (a == "--nr-sensors" && i + 1 < argc) {
        want_sensors = std::stol(argv[++i]);
      } else if (a == "--shm" && i + 1 < argc) {
        shm = argv[++i];
      } else {
        expects.push_back(feed::test::ParseExpect(a));
      }
    }
    std::optional<ring::DeviceMapping> dev;
    std::optional<ring::ShmRing> ring;
    ring::RingView view;
    if (shm.empty()) {
      dev.emplace(device);
      view = dev->view();
    } else {
      ring.emplace(ring::ShmRing::Open(shm));
      view = ring->view();
    }
    std::cout << feed::test::DescribeRing(view);
    auto fail = feed::test::CheckRing(view, expects);
    if (want_sensors >= 0 && view.ctrl->nr_sensors != static_cast<uint32_t>(want_sensors))
      fail.push_back(std::to_string(view.ctrl->nr_sensors) + " sensors in the table, want " + std::to_string(want_sensors));
    for (const auto& f : fail) std::cout << "FAIL: " << f << "\n";
    if (!fail.empty()) return 1;
    std::cout << "ok: " << expects.size() << " sensors as expected\n";
    return 0;
  } catch (const std::exception& e) {
    std::cerr << "feed_ring_check: " << e.what() << "\n";
    return 2;
  }
}
