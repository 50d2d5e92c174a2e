#include "capture/metrics/device_metrics.h"

#include <cstdio>
#include <sstream>

#include "capture/trigger/sample_triggers.h"

namespace tempmon::capture {
namespace {

// Prometheus label value: backslash, quote and newline escaped; other
// control bytes dropped (a sensor name comes from a producer).
std::string Esc(const std::string& v) {
  std::string o;
  for (char c : v) {
    if (c == '\\' || c == '"') {
      o += '\\';
      o += c;
    } else if (c == '\n') {
      o += "\\n";
    } else if (static_cast<unsigned char>(c) >= 0x20) {
      o += c;
    }
  }
  return o;
}

std::string Num(double v) {
  char b[64];
  std::snprintf(b, sizeof b, "%.3f", v);
  return b;
}

// "gpu3" -> "3" (dcgm-exporter's gpu label is the GPU's index); "" else.
std::string GpuIndex(const bundle::Sensor& s) {
  if (s.kind != "nvml" || s.name.rfind("gpu", 0) != 0) return {};
  size_t i = 3;
  while (i < s.name.size() && std::isdigit(static_cast<unsigned char>(s.name[i]))) ++i;
  return i > 3 ? s.name.substr(3, i - 3) : std::string();
}

}  // namespace

void DeviceMetrics::SetSensors(const std::vector<bundle::Sensor>& sensors) {
  for (const auto& s : sensors) {
    Device& d = devices_[s.id];
    d.desc = s;
    d.described = true;
  }
}

void DeviceMetrics::OnSample(const bundle::Sample& s) {
  if (s.flags & TEMPMON_F_MARKER) return;
  Device& d = devices_[s.sensor];
  d.has_value = true;
  d.value = s.temp_mc;
  d.flags = s.flags;
  d.at_ns = s.ts_ns;
  if (s.flags & TEMPMON_F_THR_START) d.thermal_episodes++;
  for (const auto& c : kSourceFlagCauses) {
    Flag& f = d.source[c.name];
    const bool on = s.flags & c.bit;
    if (on) {
      if (!f.on && (f.episodes == 0 || s.ts_ns >= f.last_on_ns + kEpisodeGapNs)) f.episodes++;
      f.last_on_ns = s.ts_ns;
    }
    f.on = on;
  }
}

void DeviceMetrics::OnFinding(const signatures::Match& m) {
  const std::string code = m.code >= 0 ? std::to_string(m.code) : std::string();
  findings_[{m.cls, m.id, code, m.name.empty() ? m.meaning : m.name, m.severity}]++;
}

std::string DeviceMetrics::Labels(const Device& d) const {
  const bundle::Sensor& s = d.desc;
  std::string l = "sensor=\"" + Esc(s.name) + "\",kind=\"" + Esc(s.kind) + "\"";
  const std::string gpu = GpuIndex(s);
  if (!gpu.empty()) l += ",gpu=\"" + gpu + "\"";
  if (!s.uuid.empty()) l += ",UUID=\"" + Esc(s.uuid) + "\"";
  if (!s.location.empty()) l += ",pci_bus_id=\"" + Esc(s.location) + "\"";
  if (!s.model.empty()) l += ",modelName=\"" + Esc(s.model) + "\"";
  if (!host_.empty()) l += ",Hostname=\"" + Esc(host_) + "\"";
  return l;
}

std::string DeviceMetrics::LabelsOf(const std::string& sensor) const {
  for (const auto& [id, d] : devices_)
    if (d.described && d.desc.name == sensor) return Labels(d);
  std::string l = "sensor=\"" + Esc(sensor) + "\"";
  if (!host_.empty()) l += ",Hostname=\"" + Esc(host_) + "\"";
  return l;
}

std::string DeviceMetrics::Format(uint64_t now) const {
  std::ostringstream o;
  auto head = [&](const char* name, const char* type, const char* help) {
    o << "# HELP " << name << " " << help << "\n# TYPE " << name << " " << type << "\n";
  };
  auto each = [&](auto pred, auto line) {
    for (const auto& [id, d] : devices_)
      if (d.described && d.has_value && pred(d)) line(d);
  };
  auto is_c = [](const Device& d) { return d.desc.IsTemperature(); };
  head("tempmon_device_temperature_celsius", "gauge", "Latest temperature of each sensor.");
  each(is_c, [&](const Device& d) {
    o << "tempmon_device_temperature_celsius{" << Labels(d) << "} " << Num(d.value / 1000.0) << "\n";
  });
  head("tempmon_device_slowdown_margin_celsius", "gauge",
       "Threshold (a GPU's slowdown temperature) minus the latest temperature.");
  each([&](const Device& d) { return is_c(d) && d.desc.threshold_mc.has_value(); }, [&](const Device& d) {
    o << "tempmon_device_slowdown_margin_celsius{" << Labels(d) << "} "
      << Num((*d.desc.threshold_mc - d.value) / 1000.0) << "\n";
  });
  head("tempmon_device_power_watts", "gauge", "Latest power draw of each power sensor.");
  each([](const Device& d) { return d.desc.unit == "W"; }, [&](const Device& d) {
    o << "tempmon_device_power_watts{" << Labels(d) << "} " << Num(d.value / 1000.0) << "\n";
  });
  head("tempmon_device_throttle_active", "gauge",
       "1 while the sensor is above its threshold or its source reports thermal slowdown.");
  each(is_c, [&](const Device& d) {
    const bool on = d.flags & (TEMPMON_F_THROTTLING | TEMPMON_F_HW_THROTTLE | TEMPMON_F_SW_THROTTLE);
    o << "tempmon_device_throttle_active{" << Labels(d) << "} " << (on ? 1 : 0) << "\n";
  });
  head("tempmon_device_power_limit_active", "gauge",
       "1 while the source reports a power cap or power brake (held 1 s across flickers).");
  each([](const Device& d) { return d.source.count(bundle::RecordFlagName(TEMPMON_F_POWER_CAP)) > 0; },
       [&](const Device& d) {
         const Flag& f = d.source.at(bundle::RecordFlagName(TEMPMON_F_POWER_CAP));
         const bool on = f.on || (f.episodes && now < f.last_on_ns + kEpisodeGapNs);
         o << "tempmon_device_power_limit_active{" << Labels(d) << "} " << (on ? 1 : 0) << "\n";
       });
  head("tempmon_device_throttle_episodes_total", "counter",
       "Throttle and power-limit episodes by cause (thermal: the threshold; else the source's flag).");
  each([](const Device&) { return true; }, [&](const Device& d) {
    if (is_c(d)) o << "tempmon_device_throttle_episodes_total{" << Labels(d) << ",cause=\"thermal\"} " << d.thermal_episodes << "\n";
    for (const auto& [cause, f] : d.source)
      if (f.episodes)
        o << "tempmon_device_throttle_episodes_total{" << Labels(d) << ",cause=\"" << cause << "\"} " << f.episodes << "\n";
  });
  head("tempmon_kmsg_signatures_total", "counter",
       "Kernel-log findings (bursts of one signature) by class, code and severity, with the code's meaning.");
  for (const auto& [k, n] : findings_) {
    const auto& [cls, sig, code, msg, sev] = k;
    o << "tempmon_kmsg_signatures_total{class=\"" << Esc(cls) << "\",signature=\"" << Esc(sig) << "\",err_code=\""
      << Esc(code) << "\",err_msg=\"" << Esc(msg) << "\",severity=\"" << Esc(sev) << "\""
      << (host_.empty() ? "" : ",Hostname=\"" + Esc(host_) + "\"") << "} " << n << "\n";
  }
  return o.str();
}

}  // namespace tempmon::capture
