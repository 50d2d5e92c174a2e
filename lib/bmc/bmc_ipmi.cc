#include "tempmon/bmc/bmc_ipmi.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cmath>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <mutex>
#include <set>
#include <sstream>

#include <ipmi_monitoring.h>

#include "tempmon/sys/unique_fd.h"

namespace tempmon::bmc {
namespace {

std::string Trim(std::string s) {
  const char* ws = " \t\r";
  s.erase(0, s.find_first_not_of(ws));
  s.erase(s.find_last_not_of(ws) + 1);
  return s;
}

// The library keeps global state: initialised once per process, before
// any thread calls it.
std::once_flag g_init_once;
int g_init_err = 0;
bool g_init_ok = false;

void InitLibrary() {
  std::call_once(g_init_once, [] {
    int err = 0;
    g_init_ok = ipmi_monitoring_init(IPMI_MONITORING_FLAGS_NONE, &err) == 0;
    g_init_err = err;
  });
  if (!g_init_ok)
    throw BmcError(std::string("libipmimonitoring cannot start: ") + ipmi_monitoring_ctx_strerror(g_init_err));
}

}  // namespace

std::optional<BmcMode> ParseBmcMode(const std::string& s) {
  if (s == "off") return BmcMode::kOff;
  if (s == "inband") return BmcMode::kInband;
  if (s == "lan") return BmcMode::kLan;
  return std::nullopt;
}

std::string BmcConfig::Where() const {
  if (mode == BmcMode::kLan) return "lan " + host;
  return device.empty() ? "inband" : "inband " + device;
}

BmcConfig LoadBmcConfig(const std::string& path) {
  // The file holds a BMC password: opened without following a link, then
  // judged on what was opened, never on the name.
  sys::UniqueFd fd(::open(path.c_str(), O_RDONLY | O_CLOEXEC | O_NOFOLLOW | O_NONBLOCK));
  if (!fd) throw BmcError("--bmc-config " + path + ": cannot open: " + std::strerror(errno));
  struct stat st {};
  if (::fstat(fd.get(), &st) != 0) throw BmcError("--bmc-config " + path + ": " + std::strerror(errno));
  if (!S_ISREG(st.st_mode)) throw BmcError("--bmc-config " + path + ": not a regular file");
  if (st.st_uid != 0 && st.st_uid != ::geteuid())
    throw BmcError("--bmc-config " + path + ": owned by uid " + std::to_string(st.st_uid) +
                   ", not root: refused (chown root " + path + ")");
  if (st.st_mode & 077)
    throw BmcError("--bmc-config " + path + ": group or others may access it (mode " +
                   [&] { char m[8]; std::snprintf(m, sizeof m, "%04o", st.st_mode & 07777); return std::string(m); }() +
                   "): refused, it holds the BMC password (chmod 600 " + path + ")");
  if (st.st_size > 65536) throw BmcError("--bmc-config " + path + ": larger than 64 KiB: refused");
  std::string text(static_cast<size_t>(st.st_size), '\0');
  size_t got = 0;
  while (got < text.size()) {
    ssize_t n = ::read(fd.get(), text.data() + got, text.size() - got);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) break;
    got += static_cast<size_t>(n);
  }
  text.resize(got);

  BmcConfig c;
  c.mode = BmcMode::kLan;
  std::istringstream in(text);
  std::string line;
  for (int no = 1; std::getline(in, line); ++no) {
    if (auto hash = line.find('#'); hash != std::string::npos) line.resize(hash);
    line = Trim(line);
    if (line.empty()) continue;
    const auto eq = line.find('=');
    const std::string where = "--bmc-config " + path + ":" + std::to_string(no) + ": ";
    if (eq == std::string::npos) throw BmcError(where + "expected key = value");
    const std::string key = Trim(line.substr(0, eq)), val = Trim(line.substr(eq + 1));
    auto number = [&](int lo, int hi) {
      char* end = nullptr;
      errno = 0;
      long v = std::strtol(val.c_str(), &end, 10);
      if (val.empty() || *end || errno || v < lo || v > hi)
        throw BmcError(where + key + " must be a number from " + std::to_string(lo) + " to " + std::to_string(hi));
      return static_cast<int>(v);
    };
    if (key == "host") {
      c.host = val;
    } else if (key == "user") {
      if (val.size() > 16) throw BmcError(where + "user is longer than IPMI's 16 bytes");
      c.user = val;
    } else if (key == "password") {
      if (val.size() > 20) throw BmcError(where + "password is longer than IPMI 2.0's 20 bytes");
      c.password = val;
    } else if (key == "cipher_suite") {
      c.cipher_suite = number(0, 17);
    } else if (key == "privilege") {
      if (val == "user") c.privilege = IPMI_MONITORING_PRIVILEGE_LEVEL_USER;
      else if (val == "operator") c.privilege = IPMI_MONITORING_PRIVILEGE_LEVEL_OPERATOR;
      else if (val == "admin") c.privilege = IPMI_MONITORING_PRIVILEGE_LEVEL_ADMIN;
      else throw BmcError(where + "privilege must be user, operator or admin");
    } else if (key == "timeout_ms") {
      c.timeout_ms = static_cast<unsigned>(number(100, 600000));
    } else if (key == "workaround") {
      // BMCs that reject FreeIPMI's open-session privilege request (ipmi_sim
      // among them) need this; names as ipmi-sensors -W spells them.
      if (val == "opensesspriv") c.workarounds |= IPMI_MONITORING_WORKAROUND_FLAGS_PROTOCOL_VERSION_2_0_OPEN_SESSION_PRIVILEGE;
      else if (val == "intel20") c.workarounds |= IPMI_MONITORING_WORKAROUND_FLAGS_PROTOCOL_VERSION_2_0_INTEL_2_0_SESSION;
      else if (val == "supermicro20") c.workarounds |= IPMI_MONITORING_WORKAROUND_FLAGS_PROTOCOL_VERSION_2_0_SUPERMICRO_2_0_SESSION;
      else if (val == "sun20") c.workarounds |= IPMI_MONITORING_WORKAROUND_FLAGS_PROTOCOL_VERSION_2_0_SUN_2_0_SESSION;
      else throw BmcError(where + "workaround must be opensesspriv, intel20, supermicro20 or sun20");
    } else {
      throw BmcError(where + "unknown key '" + key + "'");
    }
  }
  if (c.host.empty()) throw BmcError("--bmc-config " + path + ": no host = ... line");
  if (c.user.empty()) throw BmcError("--bmc-config " + path + ": no user = ... line");
  return c;
}

nlohmann::json BmcSelEntry::ToJson() const {
  nlohmann::json j = {{"record_id", record_id}, {"sensor", sensor}, {"event", event}};
  if (timestamp >= 0) j["timestamp"] = timestamp;
  if (sensor_type >= 0) j["sensor_type"] = sensor_type;
  if (sensor_number >= 0) j["sensor_number"] = sensor_number;
  if (!direction.empty()) j["direction"] = direction;
  static const char* kStates[] = {"nominal", "warning", "critical"};
  if (state >= 0 && state <= 2) j["state"] = kStates[state];
  return j;
}

bool BmcPlausible(const std::string& units, double v) {
  if (!std::isfinite(v)) return false;
  if (units == "C") return v >= -40 && v <= 150;      // air and board sensors; 0xff raw reads 255
  if (units == "RPM") return v >= 0 && v <= 50000;    // the fastest server fans spin ~30k
  if (units == "W") return v >= 0 && v <= 20000;      // one PSU or node
  return false;
}

struct BmcReader::Ctx {
  ipmi_monitoring_ctx_t c = nullptr;
  std::filesystem::path cache;
  bool own_cache = false;
  ~Ctx() {
    if (c) ipmi_monitoring_ctx_destroy(c);
    if (own_cache) {
      std::error_code ec;
      std::filesystem::remove_all(cache, ec);
    }
  }
};

BmcReader::BmcReader(BmcConfig cfg) : cfg_(std::move(cfg)), ctx_(std::make_unique<Ctx>()) {
  InitLibrary();
  ctx_->c = ipmi_monitoring_ctx_create();
  if (!ctx_->c) throw BmcError("libipmimonitoring: cannot create a context (out of memory?)");
  if (cfg_.sdr_cache_dir.empty()) {
    // A private cache: the SDR of another BMC (or of this one before a
    // firmware change) is never mistaken for this one's.
    char tmpl[] = "/tmp/tempmon-bmc-sdr.XXXXXX";
    if (!::mkdtemp(tmpl)) throw BmcError(std::string("cannot make the SDR cache folder: ") + std::strerror(errno));
    ctx_->cache = tmpl;
    ctx_->own_cache = true;
  } else {
    ctx_->cache = cfg_.sdr_cache_dir;
  }
  if (ipmi_monitoring_ctx_sdr_cache_directory(ctx_->c, ctx_->cache.c_str()) != 0)
    throw BmcError(Fail("SDR cache folder"));
  // No sensor or SEL interpretation file: the library's built-in defaults.
  ipmi_monitoring_ctx_sensor_config_file(ctx_->c, nullptr);
  ipmi_monitoring_ctx_sel_config_file(ctx_->c, nullptr);
}

BmcReader::~BmcReader() = default;

std::string BmcReader::Fail(const char* what) {
  const char* msg = ipmi_monitoring_ctx_errormsg(ctx_->c);
  return std::string("BMC (") + cfg_.Where() + "): " + what + ": " + (msg ? msg : "unknown error");
}

namespace {

struct IpmiConfig {
  ipmi_monitoring_ipmi_config c{};
  std::string device, user, password;
  explicit IpmiConfig(const BmcConfig& b) : device(b.device), user(b.user), password(b.password) {
    c.driver_type = -1;
    c.driver_device = device.empty() ? nullptr : device.data();
    if (!device.empty()) c.driver_type = IPMI_MONITORING_DRIVER_TYPE_OPENIPMI;
    c.protocol_version = IPMI_MONITORING_PROTOCOL_VERSION_2_0;
    c.username = user.empty() ? nullptr : user.data();
    c.password = password.empty() ? nullptr : password.data();
    c.privilege_level = b.privilege;
    c.authentication_type = -1;
    c.cipher_suite_id = b.cipher_suite;
    c.session_timeout_len = static_cast<int>(b.timeout_ms);
    c.retransmission_timeout_len = static_cast<int>(std::max(100u, b.timeout_ms / 5));
    c.workaround_flags = b.workarounds;
  }
};

}  // namespace

std::vector<BmcSensor> BmcReader::ReadSensors() {
  IpmiConfig ic(cfg_);
  const char* host = cfg_.mode == BmcMode::kLan ? cfg_.host.c_str() : nullptr;
  const unsigned flags = IPMI_MONITORING_SENSOR_READING_FLAGS_IGNORE_NON_INTERPRETABLE_SENSORS;
  int n = ipmi_monitoring_sensor_readings_by_record_id(ctx_->c, host, &ic.c, flags, nullptr, 0, nullptr, nullptr);
  if (n < 0) {
    std::string why = Fail("reading sensors");
    // libipmimonitoring's answer to a BMC whose SDR repository is empty or
    // malformed carries no more than this.
    if (ipmi_monitoring_ctx_errnum(ctx_->c) == IPMI_MONITORING_ERR_INTERNAL_ERROR)
      why += " (an empty or malformed SDR repository gives this; see ipmi-sdr)";
    throw BmcError(why);
  }
  std::vector<BmcSensor> out;
  for (int i = 0; i < n; ++i, ipmi_monitoring_sensor_iterator_next(ctx_->c)) {
    if (ipmi_monitoring_sensor_read_sensor_reading_type(ctx_->c) != IPMI_MONITORING_SENSOR_READING_TYPE_DOUBLE)
      continue;
    const void* v = ipmi_monitoring_sensor_read_sensor_reading(ctx_->c);
    if (!v) continue;  // the BMC has no reading for it now (e.g. an absent PSU)
    BmcSensor s;
    s.value = *static_cast<const double*>(v);
    switch (ipmi_monitoring_sensor_read_sensor_units(ctx_->c)) {
      case IPMI_MONITORING_SENSOR_UNITS_CELSIUS: s.units = "C"; break;
      case IPMI_MONITORING_SENSOR_UNITS_FAHRENHEIT: s.units = "C"; s.value = (s.value - 32) * 5 / 9; break;
      case IPMI_MONITORING_SENSOR_UNITS_RPM: s.units = "RPM"; break;
      case IPMI_MONITORING_SENSOR_UNITS_WATTS: s.units = "W"; break;
      default: continue;  // volts, amps, percent: not a cooling input
    }
    s.record_id = ipmi_monitoring_sensor_read_record_id(ctx_->c);
    const char* name = ipmi_monitoring_sensor_read_sensor_name(ctx_->c);
    s.name = name ? name : "record " + std::to_string(s.record_id);
    out.push_back(std::move(s));
  }
  ipmi_monitoring_sensor_iterator_destroy(ctx_->c);
  return out;
}

std::vector<BmcSelEntry> BmcReader::ReadSel() {
  IpmiConfig ic(cfg_);
  const char* host = cfg_.mode == BmcMode::kLan ? cfg_.host.c_str() : nullptr;
  int n = ipmi_monitoring_sel_by_record_id(ctx_->c, host, &ic.c, 0, nullptr, 0, nullptr, nullptr);
  if (n < 0) throw BmcError(Fail("reading the SEL"));
  std::vector<BmcSelEntry> out;
  std::set<int> seen;
  for (int i = 0; i < n; ++i, ipmi_monitoring_sel_iterator_next(ctx_->c)) {
    BmcSelEntry e;
    e.record_id = ipmi_monitoring_sel_read_record_id(ctx_->c);
    // A record id is unique in a SEL; a BMC whose "next record" chain
    // loops back (ipmi_sim's, in-band) hands the same record twice.
    if (!seen.insert(e.record_id).second) continue;
    const int cls = ipmi_monitoring_sel_read_record_type_class(ctx_->c);
    unsigned ts = 0;
    if (cls != IPMI_MONITORING_SEL_RECORD_TYPE_CLASS_NON_TIMESTAMPED_OEM_RECORD &&
        ipmi_monitoring_sel_read_timestamp(ctx_->c, &ts) == 0)
      e.timestamp = ts;
    if (cls == IPMI_MONITORING_SEL_RECORD_TYPE_CLASS_SYSTEM_EVENT_RECORD) {
      if (const char* s = ipmi_monitoring_sel_read_sensor_name(ctx_->c)) e.sensor = s;
      e.sensor_type = ipmi_monitoring_sel_read_sensor_type(ctx_->c);
      e.sensor_number = ipmi_monitoring_sel_read_sensor_number(ctx_->c);
      if (const char* s = ipmi_monitoring_sel_read_event_offset_string(ctx_->c)) e.event = s;
      const int dir = ipmi_monitoring_sel_read_event_direction(ctx_->c);
      e.direction = dir == IPMI_MONITORING_SEL_EVENT_DIRECTION_ASSERTION     ? "assertion"
                    : dir == IPMI_MONITORING_SEL_EVENT_DIRECTION_DEASSERTION ? "deassertion"
                                                                              : "";
    } else {
      e.event = "OEM record";
    }
    const int st = ipmi_monitoring_sel_read_sel_state(ctx_->c);
    e.state = st >= IPMI_MONITORING_STATE_NOMINAL && st <= IPMI_MONITORING_STATE_CRITICAL ? st : -1;
    out.push_back(std::move(e));
  }
  ipmi_monitoring_sel_iterator_destroy(ctx_->c);
  return out;
}

}  // namespace tempmon::bmc
