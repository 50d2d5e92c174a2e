#include "capture/collect/system_facts.h"

#include <sys/utsname.h>

#include <algorithm>
#include <fstream>
#include <sstream>

#include "tempmon/proc/child.h"
#include "capture/common/errors.h"

namespace tempmon::capture::facts {
namespace {

fs::path Under(const fs::path& root, const char* abs) {
  return root / fs::path(abs).relative_path();
}

std::string Trim(std::string s) {
  while (!s.empty() && (s.back() == '\n' || s.back() == ' ' || s.back() == '\t'))
    s.pop_back();
  return s;
}

// Numbers stay numbers in the JSON; everything else is a string.
nlohmann::json Value(const std::string& s) {
  if (!s.empty() && s.size() < 19 &&
      std::all_of(s.begin() + (s[0] == '-' ? 1 : 0), s.end(),
                  [](char c) { return c >= '0' && c <= '9'; }) &&
      s != "-")
    return std::stoll(s);
  return s;
}

std::vector<fs::path> Sorted(const fs::path& dir, const std::string& prefix) {
  std::vector<fs::path> out;
  std::error_code ec;
  for (auto it = fs::directory_iterator(dir, ec); !ec && it != fs::directory_iterator();
       it.increment(ec)) {
    if (it->path().filename().string().rfind(prefix, 0) == 0) out.push_back(it->path());
  }
  std::sort(out.begin(), out.end(), [](const fs::path& a, const fs::path& b) {
    auto na = a.filename().string(), nb = b.filename().string();
    return na.size() != nb.size() ? na.size() < nb.size() : na < nb;
  });
  return out;
}

// Every readable regular file of a folder as key -> value.
nlohmann::json Attributes(const fs::path& dir) {
  nlohmann::json j = nlohmann::json::object();
  std::error_code ec;
  for (auto it = fs::directory_iterator(dir, ec); !ec && it != fs::directory_iterator();
       it.increment(ec)) {
    std::error_code sec;
    if (it->is_directory(sec)) continue;
    // Not only regular files: sysfs attributes are, a FIFO placed by a test
    // stands for a device that never answers.
    std::ifstream in(it->path());
    if (!in) continue;
    std::stringstream ss;
    ss << in.rdbuf();
    j[it->path().filename().string()] = Value(Trim(ss.str()));
  }
  return j;
}

}  // namespace

std::string ReadText(const fs::path& p, size_t max) {
  std::ifstream in(p, std::ios::binary);
  if (!in) ThrowErrno("cannot read " + p.string());
  std::string s(max, '\0');
  in.read(s.data(), static_cast<std::streamsize>(max));
  s.resize(static_cast<size_t>(in.gcount()));
  return s;
}

std::string ReadTrimmedOr(const fs::path& p, const std::string& fallback) {
  std::ifstream in(p);
  if (!in) return fallback;
  std::stringstream ss;
  ss << in.rdbuf();
  return Trim(ss.str());
}

nlohmann::json Kernel(const fs::path& root) {
  nlohmann::json j;
  j["release"] = ReadTrimmedOr(Under(root, "/proc/sys/kernel/osrelease"));
  j["version"] = ReadTrimmedOr(Under(root, "/proc/version"));
  j["boot_id"] = ReadTrimmedOr(Under(root, "/proc/sys/kernel/random/boot_id"));
  j["cmdline"] = ReadTrimmedOr(Under(root, "/proc/cmdline"));
  j["tainted"] = Value(ReadTrimmedOr(Under(root, "/proc/sys/kernel/tainted")));
  if (j["release"] == "") throw CaptureError("cannot read " + Under(root, "/proc/sys/kernel/osrelease").string());
  return j;
}

nlohmann::json Module(const fs::path& root) {
  fs::path m = Under(root, "/sys/module/tempmon");
  nlohmann::json j;
  if (!fs::exists(m)) {
    j["loaded"] = false;
    return j;
  }
  j["loaded"] = true;
  j["version"] = ReadTrimmedOr(m / "version");
  j["srcversion"] = ReadTrimmedOr(m / "srcversion");
  j["parameters"] = Attributes(m / "parameters");
  return j;
}

nlohmann::json Cpu(const fs::path& root) {
  std::istringstream in(ReadText(Under(root, "/proc/cpuinfo")));
  std::string line;
  nlohmann::json models = nlohmann::json::array();
  int count = 0;
  std::string microcode;
  while (std::getline(in, line)) {
    auto colon = line.find(':');
    if (colon == std::string::npos) continue;
    std::string key = Trim(line.substr(0, colon));
    std::string val = line.substr(colon + 1);
    if (!val.empty() && val[0] == ' ') val.erase(0, 1);
    if (key == "processor") ++count;
    if (key == "model name" &&
        std::find(models.begin(), models.end(), val) == models.end())
      models.push_back(val);
    if (key == "microcode") microcode = val;
  }
  return {{"count", count}, {"models", models}, {"microcode", microcode}};
}

nlohmann::json Thermal(const fs::path& root) {
  fs::path base = Under(root, "/sys/class/thermal");
  nlohmann::json zones = nlohmann::json::array(), cdevs = nlohmann::json::array();
  for (const auto& z : Sorted(base, "thermal_zone")) {
    nlohmann::json zj;
    zj["name"] = z.filename().string();
    zj["type"] = ReadTrimmedOr(z / "type");
    zj["temp_mc"] = Value(ReadTrimmedOr(z / "temp"));
    zj["mode"] = ReadTrimmedOr(z / "mode");
    zj["policy"] = ReadTrimmedOr(z / "policy");
    nlohmann::json trips = nlohmann::json::array();
    for (int i = 0; i < 64; ++i) {
      std::string pfx = "trip_point_" + std::to_string(i) + "_";
      if (!fs::exists(z / (pfx + "type"))) break;
      trips.push_back({{"type", ReadTrimmedOr(z / (pfx + "type"))},
                       {"temp_mc", Value(ReadTrimmedOr(z / (pfx + "temp")))},
                       {"hyst_mc", Value(ReadTrimmedOr(z / (pfx + "hyst")))}});
    }
    zj["trips"] = trips;
    zones.push_back(zj);
  }
  for (const auto& c : Sorted(base, "cooling_device")) {
    cdevs.push_back({{"name", c.filename().string()},
                     {"type", ReadTrimmedOr(c / "type")},
                     {"cur_state", Value(ReadTrimmedOr(c / "cur_state"))},
                     {"max_state", Value(ReadTrimmedOr(c / "max_state"))}});
  }
  return {{"zones", zones}, {"cooling_devices", cdevs}};
}

nlohmann::json CpuFreq(const fs::path& root) {
  nlohmann::json pols = nlohmann::json::array();
  for (const auto& p : Sorted(Under(root, "/sys/devices/system/cpu/cpufreq"), "policy")) {
    nlohmann::json j = Attributes(p);
    j["name"] = p.filename().string();
    pols.push_back(j);
  }
  return pols;
}

nlohmann::json Modules(const fs::path& root) {
  std::istringstream in(ReadText(Under(root, "/proc/modules")));
  nlohmann::json mods = nlohmann::json::array();
  std::string line;
  while (std::getline(in, line)) {
    std::istringstream ls(line);
    std::string name, size;
    ls >> name >> size;
    if (!name.empty()) mods.push_back({{"name", name}, {"size", Value(size)}});
  }
  return mods;
}

nlohmann::json ThrottleCounters(const fs::path& root) {
  nlohmann::json j = nlohmann::json::object();
  for (const auto& cpu : Sorted(Under(root, "/sys/devices/system/cpu"), "cpu")) {
    fs::path t = cpu / "thermal_throttle";
    std::error_code ec;
    if (!fs::is_directory(t, ec)) continue;
    j[cpu.filename().string()] = Attributes(t);
  }
  return j;
}

// nvidia-smi is the driver's own tool: it gets the capture's environment
// (the capture holds no credentials), output bounded at 4 MiB.
nlohmann::json NvidiaSmi(int deadline_ms) {
  std::string smi = proc::FindInPath("nvidia-smi");
  if (smi.empty()) return nlohmann::json{{"present", false}};
  auto r = proc::Run({smi, "-q", "-x"}, {.deadline = std::chrono::milliseconds(deadline_ms), .env = proc::Inherited()});
  if (r.timed_out)
    throw CaptureError("nvidia-smi gave no answer within " + std::to_string(deadline_ms) +
                       " ms and was killed (GPU hung? see the kernel log for Xid lines)");
  if (r.exit_status != 0)
    throw CaptureError("nvidia-smi -q -x exited with status " + std::to_string(r.exit_status));
  return nlohmann::json{{"present", true}, {"query_xml", r.out}};
}

}  // namespace tempmon::capture::facts
