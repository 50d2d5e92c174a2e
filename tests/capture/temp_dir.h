// A scratch folder under /tmp for one test, removed with everything in it.
#pragma once

#include <stdlib.h>

#include <filesystem>
#include <fstream>
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

// Writes `text` to `p`, creating its folders: a file of a fake root.
inline void Put(const std::filesystem::path& p, const std::string& text) {
  std::filesystem::create_directories(p.parent_path());
  std::ofstream(p, std::ios::binary) << text;
}

}  // namespace tempmon::capture::testing
