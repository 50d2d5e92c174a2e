// A scratch folder under /tmp for one test, removed with everything in it.
#pragma once

#include <stdlib.h>

#include <filesystem>
#include <stdexcept>
#include <string>
#include <system_error>

namespace tempmon::capture::testing {

class TempDir {
 public:
  explicit TempDir(const std::string& what = "capture") {
    std::string t = "/tmp/tempmon-" + what + "-test-XXXXXX";
    if (::mkdtemp(t.data()) == nullptr)
      throw std::system_error(errno, std::generic_category(), "mkdtemp " + t);
    p = t;
  }
  ~TempDir() {
    std::error_code ec;
    std::filesystem::remove_all(p, ec);
  }
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;

  std::filesystem::path p;
};

}  // namespace tempmon::capture::testing
