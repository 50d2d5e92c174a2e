#include "feed/kmod_sink.h"

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/ioctl.h>
#include <unistd.h>

namespace tempmon::feed {

void KmodSink::Fail(const std::string& what, int err) const {
  std::string msg = device_ + ": " + what + ": " + std::strerror(err);
  switch (err) {
    case EPERM:
    case EACCES:
      msg += " (pushing into tempmon.ko needs CAP_SYS_ADMIN: run as root, e.g. via tempmon-feed.service, or use --shm NAME)";
      break;
    case ENOENT:
    case ENODEV:
    case ENXIO:
      msg += " (tempmon.ko is not loaded: modprobe tempmon, or use --shm NAME)";
      break;
    case ENOTTY:
      msg += " (this tempmon.ko does not know this ioctl: module and tools are from different versions)";
      break;
    default:
      break;
  }
  if (err == ENOSPC) throw SinkFull(msg + " (sensor table full: at most " + std::to_string(TEMPMON_MAX_SENSORS) +
                                        " sensors; narrow with --match)", err);
  throw SinkError(msg, err);
}

KmodSink::KmodSink(const std::string& device) : device_(device) {
  fd_ = ::open(device.c_str(), O_RDWR | O_CLOEXEC);
  if (fd_ < 0) Fail("cannot open", errno);
  tempmon_info info{};
  if (::ioctl(fd_, TEMPMON_IOC_GET_INFO, &info) != 0) {
    int err = errno;
    ::close(fd_);
    fd_ = -1;
    Fail("TEMPMON_IOC_GET_INFO failed", err);
  }
  if (info.magic != TEMPMON_MAGIC || info.abi_major != TEMPMON_ABI_MAJOR) {
    ::close(fd_);
    fd_ = -1;
    throw SinkError(device + ": tempmon ABI " + std::to_string(info.abi_major) + " but this tempmon-feed speaks " +
                    std::to_string(TEMPMON_ABI_MAJOR) + " (install matching module and tools)");
  }
  version_.assign(info.version, strnlen(info.version, sizeof(info.version)));
  abi_minor_ = info.abi_minor;
}

std::string KmodSink::DescriptionLimit() const {
  if (tempmon_abi_has_sensor_desc(TEMPMON_ABI_MAJOR, abi_minor_)) return {};
  return device_ + ": tempmon.ko " + version_ + " speaks ABI 1." + std::to_string(abi_minor_) +
         ", without sensor descriptions (1.1): sensors are recorded as pushed temperatures without origin or "
         "identity, and clock, power and fan series are not published (install the matching module)";
}

KmodSink::~KmodSink() {
  if (fd_ >= 0) ::close(fd_);
}

std::string KmodSink::Describe() const { return device_ + " (tempmon.ko " + version_ + ")"; }

uint16_t KmodSink::AddSensor(const std::string& name, const ring::SensorDesc& desc) {
  // An ABI 1.0 module would store the values and every reader would take
  // them for temperatures: such a series is not published at all.
  if (!tempmon_abi_has_sensor_desc(TEMPMON_ABI_MAJOR, abi_minor_) && desc.unit != TEMPMON_UNIT_CELSIUS)
    throw SinkUnsupported(device_ + ": \"" + name + "\" (" + ring::UnitName(desc.unit) + ") not published: tempmon.ko " +
                              version_ + " speaks ABI 1." + std::to_string(abi_minor_) + ", which has only °C sensors",
                          ENOTTY);
  // % came with ABI 2.1: a 2.0 module refuses the description (EINVAL) and
  // the series is not published (the feeder reports it once).
  if (desc.unit == TEMPMON_UNIT_PERCENT && abi_minor_ < 1)
    throw SinkUnsupported(device_ + ": \"" + name + "\" (%) not published: tempmon.ko " + version_ +
                              " speaks ABI 2." + std::to_string(abi_minor_) + ", which has no % unit (2.1 has)",
                          EINVAL);
  const uint16_t id = AddPushSensor(name);
  if (!tempmon_abi_has_sensor_desc(TEMPMON_ABI_MAJOR, abi_minor_)) return id;
  tempmon_sensor_describe d{};
  d.sensor = id;
  d.desc = ring::ToRaw(desc);
  if (::ioctl(fd_, TEMPMON_IOC_SET_SENSOR_DESC, &d) != 0)
    Fail("TEMPMON_IOC_SET_SENSOR_DESC \"" + name + "\" failed", errno);
  return id;
}

uint16_t KmodSink::AddPushSensor(const std::string& name) {
  // A push sensor of the same name left by an earlier run is reused: ids stay
  // stable across feeder restarts and the table does not fill up.
  tempmon_info info{};
  if (::ioctl(fd_, TEMPMON_IOC_GET_INFO, &info) != 0) Fail("TEMPMON_IOC_GET_INFO failed", errno);
  for (uint32_t i = 0; i < info.nr_sensors; ++i) {
    tempmon_sensor_query q{};
    q.index = i;
    if (::ioctl(fd_, TEMPMON_IOC_GET_SENSOR, &q) != 0) continue;  // removed meanwhile
    if (q.info.kind == TEMPMON_SENSOR_PUSH && strncmp(q.info.name, name.c_str(), TEMPMON_NAME_LEN) == 0) {
      return q.info.id;
    }
  }
  tempmon_sensor_add add{};
  add.kind = TEMPMON_SENSOR_PUSH;
  std::strncpy(add.name, name.c_str(), TEMPMON_NAME_LEN - 1);
  if (::ioctl(fd_, TEMPMON_IOC_ADD_SENSOR, &add) != 0) Fail("TEMPMON_IOC_ADD_SENSOR \"" + name + "\" failed", errno);
  return static_cast<uint16_t>(add.id);
}

void KmodSink::SetThreshold(uint16_t id, int32_t threshold_mc, int32_t hysteresis_mc) {
  tempmon_threshold t{};
  t.sensor = id;
  t.threshold_mc = threshold_mc;
  t.hysteresis_mc = hysteresis_mc;
  if (::ioctl(fd_, TEMPMON_IOC_SET_THRESHOLD, &t) != 0)
    Fail("TEMPMON_IOC_SET_THRESHOLD sensor " + std::to_string(id) + " failed", errno);
}

size_t KmodSink::Push(std::span<const tempmon_push_sample> samples) {
  size_t accepted = 0;
  while (!samples.empty()) {
    size_t n = std::min<size_t>(samples.size(), TEMPMON_PUSH_MAX);
    tempmon_push p{};
    p.samples = reinterpret_cast<uintptr_t>(samples.data());
    p.count = static_cast<uint32_t>(n);
    if (::ioctl(fd_, TEMPMON_IOC_PUSH, &p) != 0) Fail("TEMPMON_IOC_PUSH failed", errno);
    accepted += p.accepted;
    samples = samples.subspan(n);
  }
  return accepted;
}

}  // namespace tempmon::feed
