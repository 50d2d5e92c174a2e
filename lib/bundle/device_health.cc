#include "tempmon/bundle/device_health.h"

#include <nlohmann/json.hpp>

#include "tempmon/bundle/bundle.h"

namespace tempmon::bundle {
namespace {

using nlohmann::json;

const json* Get(const json& j, const char* key) {
  if (!j.is_object()) return nullptr;
  auto it = j.find(key);
  return it == j.end() ? nullptr : &*it;
}

std::string Str(const json& j, const char* key) {
  const json* v = Get(j, key);
  return v && v->is_string() ? v->get<std::string>() : std::string();
}

// A count as text, or empty when absent or not a count.
std::string Count(const json& j, const char* key) {
  const json* v = Get(j, key);
  if (!v || !v->is_number_integer()) return {};
  if (v->is_number_unsigned()) return std::to_string(v->get<uint64_t>());
  return v->get<int64_t>() >= 0 ? std::to_string(v->get<int64_t>()) : std::string();
}

std::string YesNo(const json& j, const char* key) {
  const json* v = Get(j, key);
  return v && v->is_boolean() ? (v->get<bool>() ? "yes" : "no") : std::string();
}

void Join(std::string& out, const std::string& part) {
  if (part.empty()) return;
  if (!out.empty()) out += ", ";
  out += part;
}

std::string ActionText(const std::string& a) {
  if (a == "none") return "none";
  if (a == "gpu_reset") return "GPU reset";
  if (a == "node_reboot") return "node reboot";
  if (a == "drain_p2p") return "drain peer-to-peer traffic";
  if (a == "drain_and_reset") return "drain and reset";
  return a;
}

}  // namespace

std::vector<GpuHealth> DeviceHealth(const Contents& c) {
  std::vector<GpuHealth> out;
  const json* nvml = Get(c.system, "gpu_nvml");
  if (!nvml) return out;
  const json* facts = Get(*nvml, "at_trigger");
  const char* when = "at the trigger";
  if (!facts || !Get(*facts, "gpus")) {
    facts = Get(*nvml, "after_window");
    when = "after the window";
  }
  const json* gpus = facts ? Get(*facts, "gpus") : nullptr;
  if (!gpus || !gpus->is_array()) return out;
  for (const json& g : *gpus) {
    if (!g.is_object()) continue;
    GpuHealth h;
    const std::string index = Count(g, "index");
    h.title = "GPU " + (index.empty() ? std::string("?") : index);
    if (auto n = Str(g, "name"); !n.empty()) h.title += "  " + n;
    if (auto u = Str(g, "uuid"); !u.empty()) h.title += "  uuid " + u;
    auto row = [&h](const char* label, const std::string& v) {
      if (!v.empty()) h.rows.emplace_back(label, v);
    };
    h.recovery_action = Str(g, "recovery_action");
    if (!h.recovery_action.empty()) {
      h.recovery_text = ActionText(h.recovery_action);
      h.attention |= h.recovery_action != "none";
    } else if (auto why = Str(g, "recovery_action_absent"); !why.empty()) {
      h.recovery_text = "not reported: " + why;
    } else {
      h.recovery_text = "not reported by this bundle's NVML facts";
    }
    row("recovery action", h.recovery_text);
    row("serial", Str(g, "serial"));
    row("VBIOS", Str(g, "vbios_version"));
    if (const json* r = Get(g, "inforom")) {
      std::string v;
      Join(v, Str(*r, "image").empty() ? "" : "image " + Str(*r, "image"));
      Join(v, Str(*r, "oem").empty() ? "" : "OEM " + Str(*r, "oem"));
      Join(v, Str(*r, "ecc").empty() ? "" : "ECC " + Str(*r, "ecc"));
      Join(v, Str(*r, "power").empty() ? "" : "power " + Str(*r, "power"));
      row("InfoROM", v);
    }
    if (const json* e = Get(g, "ecc")) {
      std::string v;
      for (const char* scope : {"volatile", "aggregate"}) {
        const std::string corr = Count(*e, (std::string(scope) + "_corrected").c_str());
        const std::string unc = Count(*e, (std::string(scope) + "_uncorrected").c_str());
        if (corr.empty() && unc.empty()) continue;
        if (!v.empty()) v += "; ";
        v += std::string(scope) + " " + (corr.empty() ? "—" : corr) + " corrected, " + (unc.empty() ? "—" : unc) +
             " uncorrected";
        h.attention |= !unc.empty() && unc != "0";
      }
      row("ECC errors", v);
    }
    if (const json* r = Get(g, "remapped_rows")) {
      std::string v;
      Join(v, Count(*r, "correctable").empty() ? "" : Count(*r, "correctable") + " correctable");
      Join(v, Count(*r, "uncorrectable").empty() ? "" : Count(*r, "uncorrectable") + " uncorrectable");
      Join(v, YesNo(*r, "pending").empty() ? "" : "pending " + YesNo(*r, "pending"));
      Join(v, YesNo(*r, "failure").empty() ? "" : "failed " + YesNo(*r, "failure"));
      h.attention |= YesNo(*r, "pending") == "yes" || YesNo(*r, "failure") == "yes";
      row("remapped rows", v);
      if (const json* b = Get(*r, "bank_histogram")) {
        std::string hv;
        for (const char* k : {"max", "high", "partial", "low", "none"})
          Join(hv, Count(*b, k).empty() ? "" : std::string(k) + " " + Count(*b, k));
        if (!hv.empty()) hv = "banks by spare rows left: " + hv;
        row("remap histogram", hv);
      }
    }
    {
      std::string v;
      if (const json* r = Get(g, "retired_pages")) {
        Join(v, Count(*r, "single_bit_ecc").empty() ? "" : Count(*r, "single_bit_ecc") + " for single-bit errors");
        Join(v, Count(*r, "double_bit_ecc").empty() ? "" : Count(*r, "double_bit_ecc") + " for double-bit errors");
      }
      Join(v, YesNo(g, "retired_pages_pending").empty() ? "" : "pending " + YesNo(g, "retired_pages_pending"));
      h.attention |= YesNo(g, "retired_pages_pending") == "yes";
      row("retired pages", v.empty() ? "not supported (a GPU with row remapping retires no pages)" : v);
    }
    row("read", when);
    out.push_back(std::move(h));
  }
  return out;
}

}  // namespace tempmon::bundle
