// A sysfs-like hwmon tree in a temporary folder, built by the tests.
#pragma once

#include <sys/stat.h>
#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <optional>
#include <stdexcept>
#include <string>

namespace tempmon::feed::test {

class FakeSysfs {
 public:
  FakeSysfs() {
    std::string tmpl = (std::filesystem::temp_directory_path() / "tempmon-feed-sysfs.XXXXXX").string();
    if (!mkdtemp(tmpl.data())) throw std::runtime_error("mkdtemp failed");
    root_ = tmpl;
    std::filesystem::create_directories(root_ / "class" / "hwmon");
    std::filesystem::create_directories(root_ / "devices");
  }
  ~FakeSysfs() {
    std::error_code ec;
    std::filesystem::remove_all(root_, ec);
  }
  FakeSysfs(const FakeSysfs&) = delete;
  FakeSysfs& operator=(const FakeSysfs&) = delete;

  const std::filesystem::path& root() const { return root_; }
  std::filesystem::path chip(const std::string& hwmon) const { return root_ / "class" / "hwmon" / hwmon; }

  // hwmonN with a `name` file and a `device` link to devices/<device>.
  std::filesystem::path AddChip(const std::string& hwmon, const std::string& name, const std::string& device = {}) {
    std::filesystem::path dir = chip(hwmon);
    std::filesystem::create_directories(dir);
    Write(dir / "name", name + "\n");
    if (!device.empty()) {
      std::filesystem::create_directories(root_ / "devices" / device);
      std::filesystem::create_symlink(root_ / "devices" / device, dir / "device");
    }
    return dir;
  }
  void AddTemp(const std::string& hwmon, int n, long mc, const std::string& label = {},
               std::optional<long> max = {}, std::optional<long> crit = {}) {
    std::filesystem::path dir = chip(hwmon);
    const std::string p = "temp" + std::to_string(n);
    Write(dir / (p + "_input"), std::to_string(mc) + "\n");
    if (!label.empty()) Write(dir / (p + "_label"), label + "\n");
    if (max) Write(dir / (p + "_max"), std::to_string(*max) + "\n");
    if (crit) Write(dir / (p + "_crit"), std::to_string(*crit) + "\n");
  }
  void SetTemp(const std::string& hwmon, int n, long mc) {
    Write(chip(hwmon) / ("temp" + std::to_string(n) + "_input"), std::to_string(mc) + "\n");
  }
  void RemoveChip(const std::string& hwmon) { std::filesystem::remove_all(chip(hwmon)); }
  static void Write(const std::filesystem::path& p, const std::string& text) {
    std::ofstream f(p, std::ios::trunc);
    f << text;
    if (!f) throw std::runtime_error("cannot write " + p.string());
  }
  void MakeFifo(const std::filesystem::path& p) {
    if (mkfifo(p.c_str(), 0600) != 0) throw std::runtime_error("mkfifo " + p.string() + " failed");
  }

 private:
  std::filesystem::path root_;
};

}  // namespace tempmon::feed::test
