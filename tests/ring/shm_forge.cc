// The forger of issue #23: publishes a shared-memory ring under NAME as
// whoever runs it (uid nobody in the tests) and makes it hostile, so that
// the root capture that reads it can be tried against each case.
//
// usage: shm_forge NAME [--hot] [--capacity-field N] [--head N] [--tail N]
//                       [--all-busy] [--truncate] [--wait-stdin]
//   --hot             forged samples: a sensor named like a real GPU (model
//                     and UUID set) at 105 C, over its threshold: a throttle
//   --capacity-field  rewrite the control page's capacity (e.g. 2^44)
//   --head/--tail     rewrite head / tail
//   --all-busy        mark every slot's seq BUSY
//   --truncate        truncate the object to 0 bytes
//   --wait-stdin      publish a valid ring, print "ready", and apply the
//                     edits only after a line arrives on stdin (the reader
//                     has attached by then)
// Prints "ready" when the ring is published, "forged" when the edits are
// done; exits 0. The object stays until the test removes it.
#include <fcntl.h>
#include <sys/mman.h>
#include <unistd.h>

#include <cstdint>
#include <cstdlib>
#include <iostream>
#include <string>
#include <vector>

#include "tempmon/ring/shm_ring.h"

namespace ring = tempmon::ring;

int main(int argc, char** argv) {
  if (argc < 2) {
    std::cerr << "usage: shm_forge NAME [--hot] [--capacity-field N] [--head N] [--tail N] [--all-busy] [--truncate] [--wait-stdin]\n";
    return 2;
  }
  const std::string name = argv[1];
  bool hot = false, busy = false, truncate = false, wait = false;
  std::optional<uint64_t> cap_field, head, tail;
  for (int i = 2; i < argc; ++i) {
    const std::string a = argv[i];
    auto num = [&] { return std::strtoull(argv[++i], nullptr, 0); };
    if (a == "--hot") hot = true;
    else if (a == "--all-busy") busy = true;
    else if (a == "--truncate") truncate = true;
    else if (a == "--wait-stdin") wait = true;
    else if (a == "--capacity-field" && i + 1 < argc) cap_field = num();
    else if (a == "--head" && i + 1 < argc) head = num();
    else if (a == "--tail" && i + 1 < argc) tail = num();
    else {
      std::cerr << "shm_forge: unknown argument " << a << "\n";
      return 2;
    }
  }
  try {
    ring::ShmSensor gpu{"gpu0", TEMPMON_SENSOR_PUSH, 90'000, 2'000, {}};
    gpu.desc.origin = TEMPMON_ORIGIN_NVML;
    gpu.desc.model = "NVIDIA H100 80GB HBM3";
    gpu.desc.uuid = "GPU-00000000-0000-0000-0000-forged000000";
    std::vector<ring::ShmSensor> sensors{gpu};
    ring::ShmRing r = ring::ShmRing::Create(name, 1024, sensors, 10);
    ring::ShmProducer p(r);
    for (int i = 0; i < 200; ++i) p.Push(0, hot ? 105'000 : 40'000, 0, 0);
    std::cout << "ready" << std::endl;
    if (wait) {
      std::string line;
      std::getline(std::cin, line);
    }
    tempmon_ctrl* c = r.mutable_ctrl();
    tempmon_record* recs = r.mutable_records();
    if (busy)
      for (uint64_t i = 0; i < 1024; ++i) __atomic_store_n(&recs[i].seq, TEMPMON_SEQ_BUSY, __ATOMIC_RELEASE);
    if (tail) __atomic_store_n(&c->tail, *tail, __ATOMIC_RELEASE);
    if (head) __atomic_store_n(&c->head, *head, __ATOMIC_RELEASE);
    if (cap_field) __atomic_store_n(&c->capacity, *cap_field, __ATOMIC_RELEASE);
    if (truncate) {
      const std::string path = "/" + name;
      int fd = ::shm_open(path.c_str(), O_RDWR | O_CLOEXEC, 0);
      if (fd < 0 || ::ftruncate(fd, 0) != 0) {
        std::perror("shm_forge: truncate");
        return 1;
      }
      ::close(fd);
    }
    std::cout << "forged" << std::endl;
  } catch (const std::exception& e) {
    std::cerr << "shm_forge: " << e.what() << "\n";
    return 1;
  }
  return 0;
}
