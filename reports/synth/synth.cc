#include "synth.h"

#include <algorithm>
#include <cmath>
#include <string>

#include "tempmon/bundle/analysis.h"
#include "tempmon/causes/causes.h"
#include "tempmon/bundle/records.h"

namespace tempmon::bundle {

Contents SynthContents(size_t n, const SynthShape& shape) {
  Contents c;
  c.tool_version = "0.1.0";
  c.module_version = "0.1.0";
  c.host = "lab-gpu7.example.org";
  c.kernel = "6.1.0-56-amd64";
  c.boot_id = "3f1c2b9e-6a1d-4c55-9a7e-2f8d1e0b7c44";
  const uint64_t t0 = 1'000'000'000'000ull;  // 1000 s after boot
  const int64_t w0 = 1'795'000'000'000'000'000ll;
  const uint64_t period = shape.period_ns ? shape.period_ns : 1;
  const uint64_t span = n ? n * period : 60'000'000'000ull;
  c.window_start_mono_ns = t0;
  c.window_end_mono_ns = t0 + span;
  c.trigger = {"throttle", "sensor gpu0 crossed 87.0 C (serial=GPU-7f3a9c)", t0 + span * 7 / 10,
               w0 + static_cast<int64_t>(span * 7 / 10)};
  c.sensors = {{0, "cpu0", "zone", 85000, 2000},
               {1, "gpu0", "nvml", 87000, 2000},
               {2, "nvme0", "hwmon", std::nullopt, std::nullopt},
               {3, "pch", "sim", 90000, 3000}};
  const size_t n_sensors = std::clamp<size_t>(shape.sensors, 1, 1024);
  c.sensors.resize(std::min<size_t>(n_sensors, 4));
  for (size_t k = 4; k < n_sensors; ++k) {
    Sensor s = c.sensors[k % 4];
    s.id = static_cast<uint16_t>(k);
    // cpu0 -> cpu1, pch -> pch1: a kind's next instance.
    std::string stem = s.name.back() == '0' ? s.name.substr(0, s.name.size() - 1) : s.name;
    s.name = stem + std::to_string(k / 4);
    c.sensors.push_back(s);
  }
  c.samples.reserve(n);
  std::vector<bool> throttling(n_sensors, false);
  for (size_t i = 0; i < n; ++i) {
    Sample s;
    s.seq = 5000 + i;
    s.sensor = static_cast<uint16_t>(i % n_sensors);
    s.ts_ns = t0 + i * period;
    s.wall_ns = w0 + static_cast<int64_t>(i * period);
    double x = static_cast<double>(i) / static_cast<double>(n ? n : 1);  // 0..1
    const unsigned kind = s.sensor % 4;  // the first four sensors' kinds, repeated
    double base = 50.0 + 5.0 * kind;
    double heat = 35.0 * std::exp(-std::pow((x - 0.7) / 0.12, 2));
    double wobble = 1.5 * std::sin(static_cast<double>(i) * 0.013 + s.sensor);
    s.temp_mc = static_cast<int32_t>((base + heat * (kind == 2 ? 0.3 : 1.0) + wobble) * 1000);
    const Sensor& sen = c.sensors[s.sensor];
    if (sen.threshold_mc) {
      bool was = throttling[s.sensor];
      bool now = was ? s.temp_mc >= *sen.threshold_mc - *sen.hysteresis_mc : s.temp_mc >= *sen.threshold_mc;
      if (now) s.flags |= 1u << 0;
      if (now && !was) s.flags |= 1u << 1;
      if (!now && was) s.flags |= 1u << 2;
      throttling[s.sensor] = now;
    }
    if (kind == 1 && s.temp_mc > 88000) s.flags |= 1u << 8;  // HW slowdown
    c.samples.push_back(s);
  }
  const uint64_t e1 = t0 + span * 62 / 100, e2 = t0 + span * 68 / 100;
  // Two episodes as the capture writes them (records.h): a probe episode
  // of a CPU zone with its cause chain, and a ring episode of the GPU still
  // open at the window's end.
  Episode trip;
  trip.origin = kOriginBpf;
  trip.seq = 1;
  trip.cause = kCauseTrip;
  trip.source = "zone";
  trip.name = "x86_pkg_temp";
  trip.start_ns = e1;
  trip.end_ns = e1 + span / 8;
  trip.duration_ns = span / 8;
  trip.peak_temp_mc = 96500;
  trip.trip_to_first_cooling_ns = 1'250'000;
  trip.deepest_cooling_state = 3;
  trip.lowest_max_freq_khz = 800000;
  trip.steps = {{e1, "trip", 1, 85000, 1, "x86_pkg_temp", "passive", std::nullopt},
                {e1 + 1'250'000, "cooling", 0, 3, 0, "Processor", std::nullopt, std::nullopt},
                {e1 + 3'400'000, "freq_limit", 0, 800000, 0, "cpufreq", std::nullopt, std::nullopt}};
  Episode gpu;
  gpu.origin = kOriginRing;
  gpu.cause = kCauseTempmon;
  gpu.source = "sensor";
  gpu.source_id = 1;
  gpu.name = "gpu0";
  gpu.start_ns = e2;
  gpu.peak_temp_mc = 97800;
  // Judged as the capture judges them when it writes a bundle, when asked
  // (the golden bundles predate causes).
  std::vector<Episode> episodes{trip, gpu};
  if (shape.judge) causes::Judge(episodes, c.sensors, c.samples, c.window_start_mono_ns, c.window_end_mono_ns);
  c.episodes = std::move(episodes);
  ProbeEvent ev_trip, ev_cool;
  ev_trip.ts_ns = e1;
  ev_trip.kind = "trip";
  ev_trip.id = 1;
  ev_trip.value = 85000;
  ev_trip.aux = 1;
  ev_trip.name = "x86_pkg_temp";
  ev_cool.ts_ns = e1 + 1'250'000;
  ev_cool.kind = "cooling";
  ev_cool.value = 3;
  ev_cool.name = "Processor";
  TriggerEvent later;
  later.kind = "throttle";
  later.reason = "sensor gpu0: NVML thermal slowdown";
  later.ts_ns = e2;
  c.events = {ev_trip, ev_cool, later};
  auto us = [&](double frac) { return (t0 + static_cast<uint64_t>(static_cast<double>(span) * frac)) / 1000; };
  SetKernelLog(c, {
      {1, 6, 0, us(0.01), "NMI watchdog: Enabled. Permanently consumes one hw-PMU counter."},
      {2, 4, 0, us(0.02), "NVRM: loading NVIDIA UNIX x86_64 Kernel Module  535.183.01"},
      {3, 6, 0, us(0.05), "igb 0000:03:00.0 eth0: link up, host lab-gpu7 addr 10.20.30.40 mac 3c:ec:ef:12:34:56"},
      {4, 4, 0, us(0.62), "CPU3: Package temperature above threshold, cpu clock throttled (total events = 12)"},
      {5, 3, 0, us(0.70), "NVRM: Xid (PCI:0000:01:00): 79, pid=1234, name=python3, GPU has fallen off the bus."},
      {6, 3, 0, us(0.71), "NVRM: Xid (PCI:0000:01:00): 154, GPU recovery action changed, caused by previous Xid 79"},
      {7, 0, 0, us(0.80), "watchdog: BUG: soft lockup - CPU#3 stuck for 22s! [python3:1234]"},
      {8, 3, 0, us(0.85), "INFO: task kworker/3:1:345 blocked for more than 120 seconds."},
      {9, 3, 0, us(0.85), "\"echo 0 > /proc/sys/kernel/hung_task_timeout_secs\" disables this message."},
      {10, 6, 0, us(0.90), "CPU3: Core temperature/speed normal"},
      {11, 2, 0, us(0.95), "nvme nvme0: controller is down; Serial Number: S4EWNX0R123456, peer fe80::1e2d:3ff:fe4a:5b6c"},
  });
  c.system = {
      {"hostname", "lab-gpu7.example.org"},
      {"dmi", {{"board_serial", "S4EWNX0R123456"}, {"product_name", "G292-Z20"}, {"product_serial", "GPU-7f3a9c"}}},
      {"net", {{{"ifname", "eth0"}, {"mac", "3c:ec:ef:12:34:56"}, {"ipv4", "10.20.30.40"},
                {"ipv6", "fe80::1e2d:3ff:fe4a:5b6c"}}}},
      {"cpufreq", {{"cpu0", {{"scaling_max_freq", 3600000}, {"scaling_cur_freq", 800000}}}}},
  };
  c.collectors = {{"ring", "ok", "", 2.5},
                  {"kmsg", "ok", "", 1.0},
                  {"bpf", "ok", "", 0.4},
                  {"system.nvml", "failed", "libnvidia-ml.so.1: cannot open shared object file", 0.2},
                  {"system.lspci", "timeout", "lspci did not answer within 2000 ms", 2000.0}};
  c.losses.ring_overwritten = 0;
  c.losses.bpf_dropped = 3;
  return c;
}

void SetKernelLog(Contents& c, std::vector<KmsgRecord> log) {
  std::erase_if(c.events, [](const Event& e) { return std::holds_alternative<KmsgMatchEvent>(e); });
  c.kmsg = std::move(log);
  for (auto& e : JudgeKernelLog(c.kmsg)) c.events.push_back(std::move(e));
  c.signature_catalogue = CatalogueIdentity();
}

}  // namespace tempmon::bundle
