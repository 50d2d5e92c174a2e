// The test's handle on the fake NVML library (fake_nvml.c): the same
// library instance tempmon-feed dlopens, reached through its own handle so
// its state persists between test cases.
#pragma once

#include <dlfcn.h>

#include <stdexcept>
#include <string>

namespace tempmon::feed::test {

class FakeNvml {
 public:
  explicit FakeNvml(const std::string& path) : path_(path) {
    handle_ = dlopen(path.c_str(), RTLD_NOW | RTLD_LOCAL);
    if (!handle_) throw std::runtime_error(std::string("cannot load fake NVML: ") + dlerror());
    Bind("fake_nvml_reset", reset);
    Bind("fake_nvml_set", set);
    Bind("fake_nvml_block", block);
    Bind("fake_nvml_block_init", block_init);
    Bind("fake_nvml_set_lost", set_lost);
    Bind("fake_nvml_inject_xid", inject_xid);
    Bind("fake_nvml_waiting", waiting);
    Bind("fake_nvml_load_curve", load_curve);
    Bind("fake_nvml_set_cooling", set_cooling);
    Bind("fake_nvml_set_fan_target_mem", set_fan_target_mem);
  }
  ~FakeNvml() { dlclose(handle_); }
  FakeNvml(const FakeNvml&) = delete;
  FakeNvml& operator=(const FakeNvml&) = delete;
  const std::string& path() const { return path_; }

  void (*reset)(unsigned count) = nullptr;
  void (*set)(unsigned gpu, unsigned temp_c, unsigned long long reasons) = nullptr;
  void (*block)(unsigned gpu, int on) = nullptr;
  void (*block_init)(int on) = nullptr;
  void (*set_lost)(unsigned gpu, int on) = nullptr;
  void (*inject_xid)(unsigned gpu, unsigned long long xid) = nullptr;
  int (*waiting)(int gpu) = nullptr;
  int (*load_curve)(const char* path, double speed) = nullptr;
  void (*set_cooling)(unsigned gpu, int fan_pct, unsigned limit_mw, unsigned default_mw) = nullptr;
  void (*set_fan_target_mem)(unsigned gpu, int fan_target_pct, int mem_temp_c) = nullptr;

 private:
  template <typename Fn>
  void Bind(const char* sym, Fn& fn) {
    fn = reinterpret_cast<Fn>(dlsym(handle_, sym));
    if (!fn) throw std::runtime_error(std::string("fake NVML lacks ") + sym);
  }
  std::string path_;
  void* handle_;
};

}  // namespace tempmon::feed::test
