#include "tempmon/nvml/nvml_facts.h"

#include <dlfcn.h>

#include <cstring>
#include <utility>

#include "tempmon/nvml/nvml_api.h"

namespace tempmon::nvml {
namespace {

typedef int Ret;
typedef void* Dev;

using FieldValue = nvmlFieldValue_t;
struct ViolationTime {
  unsigned long long referenceTime;
  unsigned long long violationTime;  // ns
};

// nvmlRowRemapperHistogramValues_t: memory banks by how many spare rows
// they have left.
struct RemapHistogram {
  unsigned max, high, partial, low, none;
};

constexpr int kNotSupported = 3;
constexpr int kInsufficientSize = 7;
// nvmlInforomObject_t, and the buffer sizes of the NVML reference.
constexpr int kInforomOem = 0, kInforomEcc = 1, kInforomPower = 2;
constexpr unsigned kSerialBufferSize = 30, kVbiosBufferSize = 32, kInforomBufferSize = 16;
constexpr unsigned kMaxNvLinks = 18;  // NVML_NVLINK_MAX_LINKS

template <typename Fn>
void Bind(void* h, const char* sym, Fn& fn) {
  fn = reinterpret_cast<Fn>(dlsym(h, sym));
}

}  // namespace

struct NvmlFacts::Syms {
  Ret (*init)() = nullptr;
  Ret (*shutdown)() = nullptr;
  const char* (*error_string)(Ret) = nullptr;
  Ret (*count)(unsigned*) = nullptr;
  Ret (*handle)(unsigned, Dev*) = nullptr;
  Ret (*name)(Dev, char*, unsigned) = nullptr;
  Ret (*uuid)(Dev, char*, unsigned) = nullptr;
  Ret (*persistence)(Dev, int*) = nullptr;
  Ret (*ecc)(Dev, int, int, unsigned long long*) = nullptr;
  Ret (*remapped)(Dev, unsigned*, unsigned*, unsigned*, unsigned*) = nullptr;
  Ret (*retired_pending)(Dev, int*) = nullptr;
  Ret (*retired_pages)(Dev, int, unsigned*, unsigned long long*) = nullptr;
  Ret (*remap_histogram)(Dev, RemapHistogram*) = nullptr;
  Ret (*serial)(Dev, char*, unsigned) = nullptr;
  Ret (*vbios)(Dev, char*, unsigned) = nullptr;
  Ret (*inforom_image)(Dev, char*, unsigned) = nullptr;
  Ret (*inforom)(Dev, int, char*, unsigned) = nullptr;
  Ret (*pcie_gen)(Dev, unsigned*) = nullptr;
  Ret (*pcie_gen_max)(Dev, unsigned*) = nullptr;
  Ret (*pcie_width)(Dev, unsigned*) = nullptr;
  Ret (*pcie_width_max)(Dev, unsigned*) = nullptr;
  Ret (*nvlink_state)(Dev, unsigned, int*) = nullptr;
  Ret (*field_values)(Dev, int, FieldValue*) = nullptr;
  Ret (*violation)(Dev, int, ViolationTime*) = nullptr;
};

const char* NvmlRecoveryActionName(unsigned long long v) {
  switch (v) {
    case 0: return "none";
    case 1: return "gpu_reset";
    case 2: return "node_reboot";
    case 3: return "drain_p2p";
    case 4: return "drain_and_reset";
    default: return "unknown";
  }
}

std::unique_ptr<NvmlFacts> NvmlFacts::Open(const std::string& lib_path, std::string* why) {
  void* h = dlopen(lib_path.c_str(), RTLD_NOW | RTLD_LOCAL);
  if (!h) {
    const char* e = dlerror();
    if (why) *why = "cannot load " + lib_path + " (" + (e ? e : "dlopen failed") + ")";
    return nullptr;
  }
  std::unique_ptr<NvmlFacts> f(new NvmlFacts());
  f->handle_ = h;
  f->s_ = std::make_unique<Syms>();
  Syms& s = *f->s_;
  Bind(h, "nvmlInit_v2", s.init);
  Bind(h, "nvmlShutdown", s.shutdown);
  Bind(h, "nvmlErrorString", s.error_string);
  Bind(h, "nvmlDeviceGetCount_v2", s.count);
  Bind(h, "nvmlDeviceGetHandleByIndex_v2", s.handle);
  if (!s.init || !s.shutdown || !s.count || !s.handle) {
    if (why) *why = lib_path + " lacks nvmlInit_v2/nvmlDeviceGetCount_v2 (not an NVML library, or too old)";
    s.shutdown = nullptr;  // nothing initialised: ~NvmlFacts only closes the handle
  }
  Bind(h, "nvmlDeviceGetName", s.name);
  Bind(h, "nvmlDeviceGetUUID", s.uuid);
  Bind(h, "nvmlDeviceGetPersistenceMode", s.persistence);
  Bind(h, "nvmlDeviceGetTotalEccErrors", s.ecc);
  Bind(h, "nvmlDeviceGetRemappedRows", s.remapped);
  Bind(h, "nvmlDeviceGetRetiredPagesPendingStatus", s.retired_pending);
  Bind(h, "nvmlDeviceGetRetiredPages", s.retired_pages);
  Bind(h, "nvmlDeviceGetRowRemapperHistogram", s.remap_histogram);
  Bind(h, "nvmlDeviceGetSerial", s.serial);
  Bind(h, "nvmlDeviceGetVbiosVersion", s.vbios);
  Bind(h, "nvmlDeviceGetInforomImageVersion", s.inforom_image);
  Bind(h, "nvmlDeviceGetInforomVersion", s.inforom);
  Bind(h, "nvmlDeviceGetCurrPcieLinkGeneration", s.pcie_gen);
  Bind(h, "nvmlDeviceGetMaxPcieLinkGeneration", s.pcie_gen_max);
  Bind(h, "nvmlDeviceGetCurrPcieLinkWidth", s.pcie_width);
  Bind(h, "nvmlDeviceGetMaxPcieLinkWidth", s.pcie_width_max);
  Bind(h, "nvmlDeviceGetNvLinkState", s.nvlink_state);
  Bind(h, "nvmlDeviceGetFieldValues", s.field_values);
  Bind(h, "nvmlDeviceGetViolationStatus", s.violation);
  Ret rc = s.init();
  if (rc != 0) {
    if (why)
      *why = "nvmlInit_v2 failed: " + std::string(s.error_string ? s.error_string(rc) : "error") +
             " (NVML error " + std::to_string(rc) + ")";
    s.shutdown = nullptr;  // nothing to shut down
    return nullptr;
  }
  return f;
}

NvmlFacts::~NvmlFacts() {
  if (s_ && s_->shutdown) s_->shutdown();
  if (handle_) dlclose(handle_);
}

nlohmann::json NvmlFacts::Read(Level level) {
  using nlohmann::json;
  const Syms& s = *s_;
  json gpus = json::array();
  unsigned n = 0;
  if (Ret rc = s.count(&n); rc != 0) return {{"error", "nvmlDeviceGetCount_v2: NVML error " + std::to_string(rc)}};
  const bool full = level == Level::kFull;
  for (unsigned i = 0; i < n; ++i) {
    json g = {{"index", i}};
    json errors = json::object();
    // Records a fact the driver answered; "not supported" is no error.
    auto note = [&](const char* what, Ret rc) {
      if (rc == 0 || rc == kNotSupported) return rc == 0;
      errors[what] = std::string(s.error_string ? s.error_string(rc) : "error") + " (NVML error " +
                     std::to_string(rc) + ")";
      return false;
    };
    Dev d = nullptr;
    if (!note("handle", s.handle(i, &d))) {
      g["errors"] = errors;
      gpus.push_back(g);
      continue;
    }
    char buf[128];
    if (full && s.name && note("name", s.name(d, buf, sizeof buf))) g["name"] = std::string(buf, strnlen(buf, sizeof buf));
    if (full && s.uuid && note("uuid", s.uuid(d, buf, sizeof buf))) g["uuid"] = std::string(buf, strnlen(buf, sizeof buf));
    // What a vendor asks for before an RMA: the board's serial and firmware.
    auto text = [&](const char* what, Ret rc, const char* b, unsigned size) {
      return note(what, rc) ? std::string(b, strnlen(b, size)) : std::string();
    };
    if (full && s.serial) {
      if (auto v = text("serial", s.serial(d, buf, kSerialBufferSize), buf, kSerialBufferSize); !v.empty())
        g["serial"] = v;
    }
    if (full && s.vbios) {
      if (auto v = text("vbios_version", s.vbios(d, buf, kVbiosBufferSize), buf, kVbiosBufferSize); !v.empty())
        g["vbios_version"] = v;
    }
    if (full && (s.inforom_image || s.inforom)) {
      json inforom = json::object();
      if (s.inforom_image) {
        if (auto v = text("inforom", s.inforom_image(d, buf, kInforomBufferSize), buf, kInforomBufferSize); !v.empty())
          inforom["image"] = v;
      }
      if (s.inforom) {
        static constexpr std::pair<int, const char*> kObjects[] = {
            {kInforomOem, "oem"}, {kInforomEcc, "ecc"}, {kInforomPower, "power"}};
        for (auto [obj, name] : kObjects) {
          if (auto v = text("inforom", s.inforom(d, obj, buf, kInforomBufferSize), buf, kInforomBufferSize); !v.empty())
            inforom[name] = v;
        }
      }
      if (!inforom.empty()) g["inforom"] = inforom;
    }
    int en = 0;
    if (full && s.persistence && note("persistence_mode", s.persistence(d, &en))) g["persistence_mode"] = en == 1;
    if (s.ecc) {
      unsigned long long v = 0;
      json ecc = json::object();
      // errorType 0 corrected, 1 uncorrected; counterType 0 volatile, 1 aggregate.
      for (int counter = 0; counter <= (full ? 1 : 0); ++counter)
        for (int type = 0; type <= 1; ++type)
          if (note("ecc", s.ecc(d, type, counter, &v)))
            ecc[std::string(counter ? "aggregate_" : "volatile_") + (type ? "uncorrected" : "corrected")] = v;
      if (!ecc.empty()) g["ecc"] = ecc;
    }
    if (s.remapped) {
      unsigned corr = 0, unc = 0, pending = 0, failure = 0;
      if (note("remapped_rows", s.remapped(d, &corr, &unc, &pending, &failure)))
        g["remapped_rows"] = {{"correctable", corr}, {"uncorrectable", unc},
                              {"pending", pending != 0}, {"failure", failure != 0}};
      RemapHistogram h{};
      if (g.contains("remapped_rows") && s.remap_histogram && note("remapped_rows", s.remap_histogram(d, &h)))
        g["remapped_rows"]["bank_histogram"] = {
            {"max", h.max}, {"high", h.high}, {"partial", h.partial}, {"low", h.low}, {"none", h.none}};
    }
    if (full && s.retired_pending && note("retired_pages_pending", s.retired_pending(d, &en)))
      g["retired_pages_pending"] = en == 1;
    if (full && s.retired_pages) {
      // Counts only: a null buffer of size 0 gets the count with
      // NVML_ERROR_INSUFFICIENT_SIZE (or success when there are none).
      json retired = json::object();
      // nvmlPageRetirementCause_t: multiple single-bit errors, a double-bit one.
      static constexpr std::pair<int, const char*> kCauses[] = {{0, "single_bit_ecc"}, {1, "double_bit_ecc"}};
      for (auto [cause, name] : kCauses) {
        unsigned count = 0;
        Ret rc = s.retired_pages(d, cause, &count, nullptr);
        if (rc == kInsufficientSize || note("retired_pages", rc)) retired[name] = count;
      }
      if (!retired.empty()) g["retired_pages"] = retired;
    }
    json pcie = json::object();
    unsigned u = 0;
    if (s.pcie_gen && note("pcie", s.pcie_gen(d, &u))) pcie["gen"] = u;
    if (s.pcie_width && note("pcie", s.pcie_width(d, &u))) pcie["width"] = u;
    if (full && s.pcie_gen_max && note("pcie", s.pcie_gen_max(d, &u))) pcie["gen_max"] = u;
    if (full && s.pcie_width_max && note("pcie", s.pcie_width_max(d, &u))) pcie["width_max"] = u;
    if (!pcie.empty()) g["pcie"] = pcie;
    if (full && s.nvlink_state) {
      json links = json::array();
      for (unsigned l = 0; l < kMaxNvLinks; ++l) {
        int active = 0;
        Ret rc = s.nvlink_state(d, l, &active);
        if (rc != 0) break;  // past the last link (or no NVLink)
        links.push_back({{"link", l}, {"active", active == 1}});
      }
      if (!links.empty()) g["nvlink"] = links;
    }
    // The recovery action the driver asks for; when it cannot say, the
    // bundle says why rather than staying silent.
    if (s.field_values) {
      FieldValue fv{};
      fv.fieldId = kNvmlFieldGpuRecoveryAction;
      if (note("recovery_action", s.field_values(d, 1, &fv))) {
        if (fv.nvmlReturn == 0)
          g["recovery_action"] = NvmlRecoveryActionName(fv.value.uiVal);
        else
          g["recovery_action_absent"] = "the driver does not report it (NVML error " +
                                        std::to_string(fv.nvmlReturn) + " for the field)";
      }
    } else {
      g["recovery_action_absent"] = "this NVML library lacks nvmlDeviceGetFieldValues";
    }
    if (s.violation) {
      json v = json::object();
      for (const NvmlViolationPolicy& p : kNvmlViolationPolicies) {
        ViolationTime t{};
        if (note("violation", s.violation(d, p.policy, &t))) v[std::string(p.name) + "_ns"] = t.violationTime;
      }
      if (!v.empty()) g["clock_event_ns"] = v;
    }
    if (!errors.empty()) g["errors"] = errors;
    gpus.push_back(g);
  }
  return {{"gpus", gpus}};
}

}  // namespace tempmon::nvml
