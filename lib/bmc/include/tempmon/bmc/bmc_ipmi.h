// The server's management controller (BMC) over IPMI, through FreeIPMI's
// libipmimonitoring: in-band (the kernel's /dev/ipmi0, or KCS) or IPMI 2.0
// lanplus to a BMC's address with credentials from a root-only file. One
// BmcReader is one library context; its calls block (a slow BMC answers in
// seconds, a dead one after the session timeout), so callers run them on
// their own threads (BmcSource's poller, the capture's collector).
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

namespace tempmon::bmc {

enum class BmcMode { kOff, kInband, kLan };

// "off" | "inband" | "lan"; nullopt for anything else.
std::optional<BmcMode> ParseBmcMode(const std::string& s);

struct BmcConfig {
  BmcMode mode = BmcMode::kOff;
  std::string host;        // lan: "10.0.0.5" or "10.0.0.5:623"
  std::string user;        // lan: at most 16 bytes
  std::string password;    // lan: at most 20 bytes
  int cipher_suite = 3;    // lan: IPMI 2.0 cipher suite id
  int privilege = 0;       // IPMI_MONITORING_PRIVILEGE_LEVEL_*: user
  std::string device;      // inband: the OpenIPMI device ("" = the library probes: /dev/ipmi0, KCS)
  unsigned workarounds = 0;   // lan: IPMI_MONITORING_WORKAROUND_FLAGS_* (config key workaround)
  unsigned timeout_ms = 5000;  // lan: session timeout (the library's own deadline per request)
  std::string sdr_cache_dir;   // the library's SDR cache ("" = a private folder under /tmp)
  // Where readings come from, for sensor descriptions and messages.
  std::string Where() const;
};

// Every failure: one line saying what failed and what to do.
class BmcError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

// Reads the lanplus credentials file ("key = value" lines: host, user,
// password, cipher_suite, privilege user|operator|admin, timeout_ms; '#'
// comments). The file must be a regular file owned by root (or by the
// user running the tool) that neither group nor others may read or write;
// anything else is refused with BmcError before a byte is used.
BmcConfig LoadBmcConfig(const std::string& path);

// One threshold-based reading of the BMC's SDR.
struct BmcSensor {
  int record_id = 0;
  std::string name;     // the SDR's id string ("Inlet Temp")
  std::string units;    // "C", "RPM", "W" (Fahrenheit is converted to C)
  double value = 0;
};

// One System Event Log record.
struct BmcSelEntry {
  int record_id = 0;
  int64_t timestamp = -1;  // seconds since the epoch as the BMC's clock says; -1 when it has none
  std::string sensor;      // sensor name ("" if the record names none)
  int sensor_type = -1;
  int sensor_number = -1;
  std::string event;       // the library's text for the event offset
  std::string direction;   // "assertion" / "deassertion" / ""
  int state = -1;          // nominal 0, warning 1, critical 2 (libipmimonitoring's SEL state)
  nlohmann::json ToJson() const;
};

class BmcReader {
 public:
  // Initialises the library (once per process) and a context. Throws
  // BmcError (the library cannot start, the cache folder cannot be made).
  explicit BmcReader(BmcConfig cfg);
  ~BmcReader();
  BmcReader(const BmcReader&) = delete;
  BmcReader& operator=(const BmcReader&) = delete;

  // Temperatures, fan speeds and power readings of every threshold sensor
  // the SDR lists. Blocks for the BMC; throws BmcError naming the cause
  // (unreachable, refused credentials, no SDR...).
  std::vector<BmcSensor> ReadSensors();
  // Every SEL record. Blocks; throws BmcError.
  std::vector<BmcSelEntry> ReadSel();
  const BmcConfig& config() const { return cfg_; }

 private:
  std::string Fail(const char* what);
  BmcConfig cfg_;
  struct Ctx;
  std::unique_ptr<Ctx> ctx_;
};

// The physical range a reading of `units` must lie in; outside it the BMC
// is lying (a misread SDR conversion, a disconnected sensor reading 0xff)
// and the reading is not published.
bool BmcPlausible(const std::string& units, double value);

}  // namespace tempmon::bmc
