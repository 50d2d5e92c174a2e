#include "ring_expect.h"

#include <cstring>
#include <map>
#include <sstream>
#include <stdexcept>

#include <tempmon/ring/reader.h>
#include <tempmon/ring/sensor_desc.h>

namespace tempmon::feed::test {

Expect ParseExpect(const std::string& spec) {
  Expect e;
  // Sensor names never hold '=': the first one ends the name.
  const size_t value_eq = spec.find('=');
  if (value_eq == std::string::npos) {
    e.name = spec;
    return e;
  }
  e.name = spec.substr(0, value_eq);
  std::stringstream rest(spec.substr(value_eq + 1));
  std::string part;
  bool first = true;
  while (std::getline(rest, part, ',')) {
    if (first) {
      first = false;
      if (!part.empty()) e.temp_mc = std::stoi(part);
      continue;
    }
    const size_t k = part.find('=');
    if (k == std::string::npos) throw std::invalid_argument("bad expectation part: " + part);
    const std::string key = part.substr(0, k), val = part.substr(k + 1);
    if (key == "flags") {
      e.flags = static_cast<uint16_t>(std::stoul(val, nullptr, 0));
    } else if (key == "min") {
      e.min_samples = std::stoul(val);
    } else if (key == "thr") {
      e.threshold_mc = std::stoi(val);
    } else if (key == "origin") {
      e.origin = val;
    } else if (key == "unit") {
      e.unit = val;
    } else if (key == "uuid") {
      e.uuid = val;
    } else if (key == "loc") {
      e.location = val;
    } else {
      throw std::invalid_argument("unknown expectation key: " + key);
    }
  }
  return e;
}

namespace {

std::vector<tempmon_record> AllRecords(ring::RingView view) {
  std::vector<tempmon_record> out;
  ring::Reader reader(view, ring::StartAt::kOldest);
  reader.Poll(out);
  return out;
}

}  // namespace

std::vector<std::string> CheckRing(ring::RingView view, const std::vector<Expect>& expects) {
  std::vector<std::string> fail;
  const tempmon_ctrl* c = view.ctrl;
  const std::vector<tempmon_record> recs = AllRecords(view);
  for (const Expect& e : expects) {
    const tempmon_sensor_info* si = nullptr;
    // Every slot: the module's table may have holes left by DEL_SENSOR.
    for (uint32_t i = 0; i < TEMPMON_MAX_SENSORS; ++i) {
      if (c->sensors[i].kind != TEMPMON_SENSOR_NONE &&
          strncmp(c->sensors[i].name, e.name.c_str(), TEMPMON_NAME_LEN) == 0)
        si = &c->sensors[i];
    }
    if (!si) {
      fail.push_back("no sensor named \"" + e.name + "\" in the ring's sensor table");
      continue;
    }
    if (si->kind != TEMPMON_SENSOR_PUSH) fail.push_back(e.name + ": kind " + std::to_string(si->kind) + ", not PUSH");
    if (e.threshold_mc && si->threshold_mc != *e.threshold_mc) {
      fail.push_back(e.name + ": threshold " + std::to_string(si->threshold_mc) + ", want " +
                     std::to_string(*e.threshold_mc));
    }
    const ring::SensorDesc d = ring::ReadSensorDesc(c, si->id);
    auto want = [&](const char* what, const std::optional<std::string>& w, const std::string& got) {
      if (w && *w != got) fail.push_back(e.name + ": " + what + " \"" + got + "\", want \"" + *w + "\"");
    };
    want("origin", e.origin, ring::OriginName(d.origin));
    want("unit", e.unit, ring::UnitName(d.unit));
    want("uuid", e.uuid, d.uuid);
    want("location", e.location, d.location);
    const tempmon_record* last = nullptr;
    size_t n = 0;
    for (const tempmon_record& r : recs) {
      if (r.sensor != si->id || (r.flags & TEMPMON_F_MARKER)) continue;
      ++n;
      last = &r;
    }
    if (n < e.min_samples) {
      fail.push_back(e.name + ": " + std::to_string(n) + " samples, want at least " + std::to_string(e.min_samples));
      continue;
    }
    if (!last) continue;
    if (!(last->flags & TEMPMON_F_PUSHED)) fail.push_back(e.name + ": newest sample lacks TEMPMON_F_PUSHED");
    if (e.temp_mc && last->temp_mc != *e.temp_mc) {
      fail.push_back(e.name + ": newest temp " + std::to_string(last->temp_mc) + ", want " +
                     std::to_string(*e.temp_mc));
    }
    if ((last->flags & TEMPMON_F_USER_MASK) != e.flags) {
      fail.push_back(e.name + ": newest flags 0x" + [&] {
        std::stringstream s;
        s << std::hex << (last->flags & TEMPMON_F_USER_MASK) << ", want 0x" << e.flags;
        return s.str();
      }());
    }
  }
  return fail;
}

std::string DescribeRing(ring::RingView view) {
  std::ostringstream os;
  const tempmon_ctrl* c = view.ctrl;
  std::map<uint16_t, size_t> counts;
  for (const tempmon_record& r : AllRecords(view)) ++counts[r.sensor];
  os << "ring: head " << c->head << ", tail " << c->tail << ", " << c->nr_sensors << " sensors\n";
  for (uint32_t i = 0; i < TEMPMON_MAX_SENSORS; ++i) {
    const tempmon_sensor_info& s = c->sensors[i];
    if (s.kind == TEMPMON_SENSOR_NONE) continue;
    os << "  id " << s.id << " kind " << s.kind << " \"" << std::string(s.name, strnlen(s.name, TEMPMON_NAME_LEN))
       << "\" last " << s.last_mc << " thr " << s.threshold_mc << " records " << counts[s.id];
    const ring::SensorDesc d = ring::ReadSensorDesc(c, i);
    os << " origin " << ring::OriginName(d.origin) << " unit " << ring::UnitName(d.unit) << " uuid \"" << d.uuid
       << "\"\n";
  }
  return os.str();
}

}  // namespace tempmon::feed::test
