// Host side of DeviceMapping: without the module it must fail clearly.
#include <catch2/catch_test_macros.hpp>
#include <string>

#include "tempmon/ring/device_mapping.h"
#include "tempmon/ring/error.h"

using tempmon::ring::DeviceMapping;
using tempmon::ring::RingError;

TEST_CASE("a missing device names the path, errno and how to fix it") {
  try {
    DeviceMapping m("/nonexistent/tempmon");
    FAIL("mapped a missing device");
  } catch (const RingError& e) {
    CHECK(e.code().value() == ENOENT);
    const std::string what = e.what();
    CHECK(what.find("/nonexistent/tempmon") != std::string::npos);
    CHECK(what.find("modprobe tempmon") != std::string::npos);
  }
}

TEST_CASE("a device that is not tempmon is refused before mapping") {
  try {
    DeviceMapping m("/dev/null");
    FAIL("mapped /dev/null");
  } catch (const RingError& e) {
    CHECK(e.code().value() == ENOTTY);
    CHECK(std::string(e.what()).find("TEMPMON_IOC_GET_INFO") != std::string::npos);
  }
}
