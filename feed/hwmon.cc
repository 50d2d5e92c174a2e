#include "feed/hwmon.h"

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <fnmatch.h>
#include <string_view>
#include <tuple>

#include <tempmon.h>

#include "feed/event_log.h"
#include "feed/sysfs_file.h"

namespace fs = std::filesystem;

namespace tempmon::feed {
namespace {

std::string CauseName(int err) {
  switch (err) {
    case EIO: return "EIO";
    case ENODATA: return "ENODATA";
    case EACCES: return "EACCES";
    case EPERM: return "EPERM";
    case ENOENT: return "ENOENT";
    case EISDIR: return "not a file (directory)";
    case EINVAL: return "not a regular file";
    case EBADMSG: return "not a number";
    case EAGAIN: return "EAGAIN";
    default: return std::string("errno ") + std::to_string(err);
  }
}

std::string Describe(int err) {
  if (err == EBADMSG || err == EISDIR || err == EINVAL) return CauseName(err);
  return std::strerror(err);
}

// The device behind a hwmon class entry names the chip instance more stably
// than hwmonN, whose numbering depends on probe order.
std::string DeviceId(const fs::path& entry) {
  std::error_code ec;
  fs::path target = fs::read_symlink(entry / "device", ec);
  if (!ec && !target.filename().empty()) return target.filename().string();
  return entry.filename().string();
}

// ("temp", "_input", "temp12_input") -> 12; anything else -> -1.
int InputIndex(std::string_view pre, std::string_view suf, const std::string& f) {
  if (f.size() <= pre.size() + suf.size() || !f.starts_with(pre) || !f.ends_with(suf)) return -1;
  std::string_view digits(f.data() + pre.size(), f.size() - pre.size() - suf.size());
  int n = 0;
  for (char ch : digits) {
    if (ch < '0' || ch > '9' || n > 100000) return -1;
    n = n * 10 + (ch - '0');
  }
  return n;
}

// The hwmon channel types read besides temperatures: sysfs unit -> ring unit.
struct Channel {
  std::string_view type;   // file prefix
  std::string_view input;  // value file suffix
  uint16_t unit;
  int64_t num, den;        // sysfs value * num / den = thousandths of unit
  // A fan's commanded values are named after the fan ("CPU fan target",
  // "CPU fan pwm"), so that a reader pairs them with the fan they command.
  std::string_view of_fan; // "" for a channel named by its own label
};
constexpr Channel kChannels[] = {
    {"temp", "_input", TEMPMON_UNIT_CELSIUS, 1, 1, ""},  // m°C
    {"fan", "_input", TEMPMON_UNIT_RPM, 1000, 1, ""},    // RPM
    {"fan", "_target", TEMPMON_UNIT_RPM, 1000, 1, "target"},  // RPM the driver aims at
    {"pwm", "", TEMPMON_UNIT_PERCENT, 100000, 255, "pwm"},    // duty 0..255
    {"power", "_input", TEMPMON_UNIT_WATT, 1, 1000, ""}, // µW
    {"power", "_average", TEMPMON_UNIT_WATT, 1, 1000, ""},
};

// pwmN_enable as hwmon's sysfs interface defines it.
std::string PwmMode(int64_t v) {
  switch (v) {
    case 0: return "full speed (no control)";
    case 1: return "manual";
    case 2: return "automatic";
    default: return "automatic mode " + std::to_string(v);
  }
}

}  // namespace

std::string HwmonSensorName(const std::string& chip, const std::string& label) {
  std::string name = "hwmon:" + chip + "/" + label;
  if (name.size() > TEMPMON_NAME_LEN - 1) name.resize(TEMPMON_NAME_LEN - 1);
  return name;
}

HwmonSource::HwmonSource(fs::path sysfs_root, EventLog& events, std::vector<std::string> match, uint64_t rescan_ns)
    : class_dir_(std::move(sysfs_root) / "class" / "hwmon"),
      events_(events),
      match_(std::move(match)),
      rescan_ns_(rescan_ns) {}

std::vector<HwmonSource::Candidate> HwmonSource::Enumerate() {
  std::vector<Candidate> found;
  std::error_code ec;
  std::vector<fs::path> chips;
  for (fs::directory_iterator it(class_dir_, ec), end; !ec && it != end; it.increment(ec)) {
    chips.push_back(it->path());
  }
  std::sort(chips.begin(), chips.end());
  for (const fs::path& chip : chips) {
    SysfsRead name = ReadSysfsText(chip / "name");
    std::string chip_name = name.ok() ? name.text : chip.filename().string();
    std::string dev = DeviceId(chip);
    // (channel, index, prefix): temperatures first, then fans, then power.
    std::vector<std::tuple<size_t, int, std::string>> inputs;
    std::error_code ec2;
    for (fs::directory_iterator it(chip, ec2), end; !ec2 && it != end; it.increment(ec2)) {
      std::string f = it->path().filename().string();
      for (size_t ch = 0; ch < std::size(kChannels); ++ch) {
        const Channel& k = kChannels[ch];
        if (int n = InputIndex(k.type, k.input, f); n >= 0) {
          inputs.emplace_back(ch, n, f.substr(0, f.size() - k.input.size()));
          break;
        }
      }
    }
    std::sort(inputs.begin(), inputs.end());
    std::set<std::string> power_seen;  // power1_input wins over power1_average
    for (const auto& [ch, n, prefix] : inputs) {
      const Channel& k = kChannels[ch];
      if (k.unit == TEMPMON_UNIT_WATT && !power_seen.insert(prefix).second) continue;
      SysfsRead label = ReadSysfsText(chip / (prefix + "_label"));
      Candidate c;
      // fan1_input and fan1_target share a prefix: the target's key says so.
      c.key = "hwmon/" + chip_name + "/" + dev + "/" + prefix + (k.of_fan.empty() ? "" : std::string(k.input));
      std::string shown = label.ok() ? label.text : prefix;
      if (!k.of_fan.empty()) {
        // pwmN commands fanN, fanN_target is fanN's: named after that fan.
        const std::string fan = "fan" + std::to_string(n);
        SysfsRead fan_label = ReadSysfsText(chip / (fan + "_label"));
        shown = fan_label.ok() ? fan_label.text + " " + std::string(k.of_fan)
                               : (k.type == "pwm" ? prefix : fan + "_" + std::string(k.of_fan));
        if (k.type == "pwm") c.mode = chip / (prefix + "_enable");
      }
      c.name = HwmonSensorName(chip_name, shown);
      c.input = chip / (prefix + std::string(k.input));
      c.desc.origin = TEMPMON_ORIGIN_HWMON;
      c.desc.unit = k.unit;
      c.desc.model = chip_name;
      c.desc.location = dev;
      c.scale_num = k.num;
      c.scale_den = k.den;
      if (k.unit == TEMPMON_UNIT_CELSIUS) {
        // temp*_max is the chip's "too hot, start worrying" level; _crit the
        // shutdown level: the earlier warning is the more useful throttle line.
        for (const char* suffix : {"_max", "_crit"}) {
          int64_t thr = 0;
          if (ReadSysfsInt(chip / (prefix + suffix), thr).ok() && thr > 0 && thr < INT32_MAX) {
            c.threshold_mc = static_cast<int32_t>(thr);
            break;
          }
        }
        int64_t crit = 0;
        if (ReadSysfsInt(chip / (prefix + "_crit"), crit).ok() && crit > 0 && crit < INT32_MAX)
          c.desc.shutdown_mc = static_cast<int32_t>(crit);
      }
      found.push_back(std::move(c));
    }
  }
  return found;
}

void HwmonSource::Rescan(uint64_t now_ns) {
  ++rescans_;
  last_rescan_ns_ = now_ns;
  rescan_needed_ = false;
  std::vector<Candidate> keep;
  std::set<std::string> now_present;
  for (Candidate& c : Enumerate()) {
    if (!match_.empty() &&
        std::none_of(match_.begin(), match_.end(),
                     [&](const std::string& g) { return fnmatch(g.c_str(), c.name.c_str(), 0) == 0; })) {
      if (filtered_.insert(c.key).second) ++stats_.filtered_out;
      continue;
    }
    now_present.insert(c.key);
    if (!present_.count(c.key) && rescans_ > 1) {
      ++stats_.appeared;
      events_.Record("sensor_appeared", c.name, "new hwmon sensor " + c.key);
    }
    keep.push_back(std::move(c));
  }
  for (const Candidate& old : sensors_) {
    if (!now_present.count(old.key)) {
      ++stats_.disappeared;
      failing_.erase(old.key);
      events_.Record("sensor_disappeared", old.name, "hwmon sensor is gone (driver unbound or device removed)");
    }
  }
  present_ = std::move(now_present);
  sensors_ = std::move(keep);
}

void HwmonSource::NoteError(const Candidate& c, int err) {
  ++stats_.read_errors;
  ++stats_.errors_by_cause[CauseName(err)];
  last_failures_.emplace_back(c.name, Describe(err));
  if (failing_.insert(c.key).second) {
    events_.Record("read_error", c.name,
                   "cannot read " + c.input.string() + ": " + Describe(err) +
                       " (sensor skipped until it reads again; counted in the summary)");
  }
}

void HwmonSource::ReadOne(const Candidate& c, uint64_t now_ns, std::vector<Reading>& out) {
  int64_t mc = 0;
  SysfsRead r = ReadSysfsInt(c.input, mc);
  if (r.err == ENOENT) {
    // Gone since the last rescan: the next scan rescans and reports it.
    rescan_needed_ = true;
    return;
  }
  if (!r.ok()) {
    NoteError(c, r.err);
    return;
  }
  if (failing_.erase(c.key)) events_.Record("read_ok", c.name, "reads again");
  Reading rd;
  if (!c.mode.empty()) {
    // The control mode beside the duty: a fan left in manual at a low duty
    // reads differently from one its chip drives.
    int64_t mode = 0;
    if (ReadSysfsInt(c.mode, mode).ok()) {
      rd.detail = "mode " + PwmMode(mode);
      auto [it, fresh] = modes_.emplace(c.key, mode);
      if (!fresh && it->second != mode)
        events_.Record("fan_mode", c.name, c.mode.filename().string() + " " + PwmMode(it->second) + " -> " + PwmMode(mode));
      it->second = mode;
    }
  }
  rd.key = c.key;
  rd.name = c.name;
  rd.kind = "hwmon";
  rd.ts_ns = now_ns;
  // mc is the raw sysfs number; overflow-safe: |raw| < 2^53 after clamping.
  const int64_t raw = std::clamp<int64_t>(mc, -(int64_t{1} << 40), int64_t{1} << 40);
  rd.temp_mc = static_cast<int32_t>(std::clamp<int64_t>(raw * c.scale_num / c.scale_den, INT32_MIN, INT32_MAX));
  rd.threshold_mc = c.threshold_mc;
  rd.desc = c.desc;
  ++stats_.readings;
  out.push_back(std::move(rd));
}

void HwmonSource::Collect(uint64_t now_ns, std::vector<Reading>& out) {
  ++stats_.scans;
  last_failures_.clear();
  if (rescans_ == 0 || rescan_needed_ || now_ns - last_rescan_ns_ >= rescan_ns_) Rescan(now_ns);
  for (const Candidate& c : sensors_) ReadOne(c, now_ns, out);
}

}  // namespace tempmon::feed
