#include "capture/uevent/device_evidence.h"

#include <fcntl.h>
#include <linux/openat2.h>
#include <sys/syscall.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <vector>

#include "capture/collect/system_facts.h"
#include "tempmon/sys/unique_fd.h"

namespace tempmon::capture::evidence {
namespace {

namespace fs = std::filesystem;

// Opens `rel` beneath the folder `dirfd`: no path component may leave it
// (no "..", no absolute link) and no /proc magic link is followed; the
// last component itself is never a link (O_NOFOLLOW).
int OpenBeneath(int dirfd, const std::string& rel, int flags) {
  open_how how{};
  // openat2 refuses O_NOCTTY beside O_PATH.
  how.flags = static_cast<uint64_t>(flags | O_CLOEXEC | O_NOFOLLOW | ((flags & O_PATH) ? 0 : O_NOCTTY));
  how.resolve = RESOLVE_BENEATH | RESOLVE_NO_MAGICLINKS;
  for (;;) {
    const long fd = ::syscall(SYS_openat2, dirfd, rel.c_str(), &how, sizeof how);
    if (fd >= 0 || errno != EINTR) return static_cast<int>(fd);
  }
}

sys::UniqueFd OpenSys(const fs::path& sys) {
  sys::UniqueFd fd(::open(sys.c_str(), O_PATH | O_DIRECTORY | O_CLOEXEC));
  return fd;
}

std::string ReadLink(int dirfd, const char* name) {
  char buf[4096];
  const ssize_t n = ::readlinkat(dirfd, name, buf, sizeof buf - 1);
  if (n <= 0) return {};
  return std::string(buf, static_cast<size_t>(n));
}

// "/devices/a/b" + "../../c" lexically, "" when it leaves the root.
std::string Join(const std::string& base, const std::string& target) {
  std::vector<std::string> parts;
  auto push = [&parts](const std::string& p) {
    size_t i = 0;
    while (i <= p.size()) {
      size_t j = p.find('/', i);
      if (j == std::string::npos) j = p.size();
      const std::string c = p.substr(i, j - i);
      i = j + 1;
      if (c.empty() || c == ".") continue;
      if (c == "..") {
        if (parts.empty()) return false;
        parts.pop_back();
      } else {
        parts.push_back(c);
      }
    }
    return true;
  };
  if (!target.empty() && target.front() == '/') return {};  // sysfs links are relative
  if (!push(base) || !push(target)) return {};
  std::string out;
  for (const std::string& p : parts) out += "/" + p;
  return out;
}

std::string Base(const std::string& p) {
  const size_t s = p.rfind('/');
  return s == std::string::npos ? p : p.substr(s + 1);
}

std::string ErrText(int err) { return std::strerror(err); }

bool Gone(int err) { return err == ENOENT || err == ENODEV; }

// A DRM primary node: "card" and 1..4 digits (not a connector, "card0-DP-1").
bool IsCard(std::string_view n) {
  if (!n.starts_with("card") || n.size() < 5 || n.size() > 8) return false;
  return std::all_of(n.begin() + 4, n.end(), [](char c) { return c >= '0' && c <= '9'; });
}

}  // namespace

bool SafeDevpath(std::string_view p) {
  if (p.size() >= 1024 || !p.starts_with("/devices/")) return false;
  size_t i = 1;
  while (i <= p.size()) {
    size_t j = p.find('/', i);
    if (j == std::string_view::npos) j = p.size();
    const std::string_view c = p.substr(i, j - i);
    if (c.empty() || c == "." || c == "..") return false;
    for (char ch : c)
      if (static_cast<unsigned char>(ch) < 0x20 || ch == 0x7f) return false;
    i = j + 1;
  }
  return true;
}

BoundedRead ReadBounded(const fs::path& sys, const std::string& rel, uint64_t bound) {
  BoundedRead r;
  sys::UniqueFd root = OpenSys(sys);
  if (!root) {
    r.err = errno;
    r.step = "open";
    return r;
  }
  sys::UniqueFd fd(OpenBeneath(root.get(), rel, O_RDONLY));
  if (!fd) {
    r.err = errno;
    r.step = "open";
    return r;
  }
  // sysfs gives a binary attribute a page at a time: read in 64 KiB
  // pieces into the kept part, then count the rest without keeping it.
  constexpr size_t kPiece = 64 << 10;
  std::string scratch;
  for (;;) {
    const bool keeping = r.bytes.size() < bound;
    char* dst;
    size_t want;
    if (keeping) {
      const size_t old = r.bytes.size();
      want = static_cast<size_t>(std::min<uint64_t>(kPiece, bound - old));
      r.bytes.resize(old + want);
      dst = r.bytes.data() + old;
    } else {
      if (r.total >= kMaxCountedBytes) {
        r.at_least = true;
        break;
      }
      scratch.resize(kPiece);
      dst = scratch.data();
      want = kPiece;
    }
    ssize_t n = ::read(fd.get(), dst, want);
    if (n < 0 && errno == EINTR) n = 0;
    if (keeping) r.bytes.resize(r.bytes.size() - want + static_cast<size_t>(std::max<ssize_t>(n, 0)));
    if (n < 0) {
      r.err = errno;
      r.step = "read";
      return r;
    }
    if (n == 0) break;
    r.total += static_cast<uint64_t>(n);
  }
  return r;
}

LinkedDevice Resolve(const fs::path& sys, const std::string& devpath, const char* link) {
  LinkedDevice d;
  if (!SafeDevpath(devpath)) return d;
  sys::UniqueFd root = OpenSys(sys);
  if (!root) return d;
  sys::UniqueFd dir(OpenBeneath(root.get(), devpath.substr(1), O_PATH | O_DIRECTORY));
  if (!dir) return d;
  const std::string text = ReadLink(dir.get(), link);
  if (text.empty()) return d;  // no such link
  const std::string target = Join(devpath, text);
  if (target.empty() || !SafeDevpath(target)) return d;
  d.path = target;
  d.name = Base(target);
  sys::UniqueFd dev(OpenBeneath(root.get(), target.substr(1), O_PATH | O_DIRECTORY));
  if (dev) {
    const std::string drv = ReadLink(dev.get(), "driver");
    if (!drv.empty()) d.driver = Base(drv);
  }
  return d;
}

namespace {

// Fills the event from a bounded read into attachment `member`.
void Take(Evidence& ev, BoundedRead&& r, const std::string& member, uint64_t bound, const char* what) {
  bundle::DeviceEvent& e = ev.event;
  if (r.err) {
    e.status = Gone(r.err) ? "vanished" : "unreadable";
    e.message = std::string(Gone(r.err) ? "vanished before it could be read: " : "") + what + ": " + r.step + ": " +
                ErrText(r.err);
    return;
  }
  e.status = "saved";
  e.size = r.total;
  e.size_at_least = r.at_least;
  e.kept_bytes = r.bytes.size();
  e.cut = r.total > r.bytes.size();
  if (e.cut) e.message = "cut at the bound of " + std::to_string(bound) + " bytes";
  e.member = member;
  ev.attachment = bundle::Attachment{member, std::move(r.bytes)};
}

}  // namespace

Evidence ReadDevcoredump(const fs::path& sysroot, const std::string& devpath, uint64_t ts_ns, uint64_t bound) {
  Evidence ev;
  bundle::DeviceEvent& e = ev.event;
  e.ts_ns = ts_ns;
  e.source = "devcoredump";
  e.name = Base(devpath);
  const fs::path sys = sysroot / "sys";
  if (!SafeDevpath(devpath) || !devpath.starts_with("/devices/virtual/devcoredump/devcd")) {
    e.status = "unreadable";
    e.message = "not a device coredump path; not read";
    return ev;
  }
  // The bytes first: the kernel frees a dump on its own after five minutes
  // or when anyone writes to it.
  BoundedRead r = ReadBounded(sys, devpath.substr(1) + "/data", bound);
  // Old kernels announce the dump before its failing_device link exists;
  // it is there by the time the data is read.
  const LinkedDevice d = Resolve(sys, devpath, "failing_device");
  e.device = d.name;
  e.device_path = d.path;
  e.driver = d.driver;
  Take(ev, std::move(r), "devcoredump-" + e.name + ".data", bound, "data");
  if (e.status == "saved" && d.path.empty()) e.message += (e.message.empty() ? "" : "; ") + std::string("no failing_device link");
  return ev;
}

Evidence ReadDrmEvent(const fs::path& sysroot, const std::string& devpath, uint64_t ts_ns, bool error_state,
                      uint64_t seq, uint64_t bound) {
  Evidence ev;
  bundle::DeviceEvent& e = ev.event;
  e.ts_ns = ts_ns;
  e.source = "drm";
  e.name = Base(devpath);
  const fs::path sys = sysroot / "sys";
  if (!SafeDevpath(devpath)) {
    e.status = "unreadable";
    e.message = "not a plain path under /sys/devices; not read";
    return ev;
  }
  const LinkedDevice d = Resolve(sys, devpath, "device");
  e.device = d.name;
  e.device_path = d.path;
  e.driver = d.driver;
  if (!error_state) {
    e.status = "none";
    e.message = "no error state is read on this uevent";
    return ev;
  }
  if (!IsCard(e.name)) {
    e.status = "none";
    e.message = "not a card: no error state";
    return ev;
  }
  BoundedRead r = ReadBounded(sys, devpath.substr(1) + "/error", bound);
  if (r.err == ENOENT) {
    e.status = "none";
    e.message = "the card has no error file (a driver other than i915 keeps its state in a device coredump)";
    return ev;
  }
  Take(ev, std::move(r), "drm-" + e.name + "-" + std::to_string(seq) + ".error", bound, "error");
  return ev;
}

nlohmann::json AmdRas(const fs::path& sysroot, std::string* note) {
  nlohmann::json out = nlohmann::json::object();
  std::vector<std::string> notes;
  const fs::path drm = sysroot / "sys/class/drm";
  std::vector<std::string> cards;
  std::error_code ec;
  for (auto it = fs::directory_iterator(drm, ec); !ec && it != fs::directory_iterator(); it.increment(ec)) {
    const std::string n = it->path().filename().string();
    if (IsCard(n)) cards.push_back(n);
  }
  std::sort(cards.begin(), cards.end());
  auto num = [](const std::string& s) -> nlohmann::json {
    try {
      size_t used = 0;
      const unsigned long long v = std::stoull(s, &used, 0);
      if (used == s.size()) return v;
    } catch (const std::exception&) {
    }
    return s;
  };
  for (const std::string& card : cards) {
    const fs::path dev = drm / card / "device";
    std::error_code e2;
    const fs::path driver = fs::read_symlink(dev / "driver", e2);
    if (e2 || driver.filename() != "amdgpu") continue;
    nlohmann::json c = nlohmann::json::object();
    const fs::path real = fs::canonical(dev, e2);
    c["device"] = e2 ? std::string() : real.filename().string();
    const fs::path ras = dev / "ras";
    if (!fs::is_directory(ras, e2)) {
      notes.push_back(card + ": no device/ras folder (RAS not supported or disabled)");
      out[card] = c;
      continue;
    }
    nlohmann::json counts = nlohmann::json::object();
    std::vector<std::string> files;
    for (auto it = fs::directory_iterator(ras, e2); !e2 && it != fs::directory_iterator(); it.increment(e2)) {
      const std::string n = it->path().filename().string();
      if (n.size() > 10 && n.ends_with("_err_count")) files.push_back(n);
    }
    std::sort(files.begin(), files.end());
    for (const std::string& f : files) {
      nlohmann::json block = nlohmann::json::object();
      try {
        // "ue: 0\nce: 3\n" (and "de: N" on newer kernels): bounded, 4 KiB.
        const std::string text = facts::ReadText(ras / f, 4096);
        size_t i = 0;
        while (i < text.size()) {
          size_t j = text.find('\n', i);
          if (j == std::string::npos) j = text.size();
          const std::string line = text.substr(i, j - i);
          i = j + 1;
          const size_t colon = line.find(':');
          if (colon == std::string::npos) continue;
          std::string k = line.substr(0, colon), v = line.substr(colon + 1);
          while (!v.empty() && v.front() == ' ') v.erase(0, 1);
          if (!k.empty()) block[k] = num(v);
        }
      } catch (const std::exception& ex) {
        notes.push_back(card + ": " + f + ": " + ex.what());
        continue;
      }
      counts[f.substr(0, f.size() - 10)] = block;
    }
    if (files.empty()) notes.push_back(card + ": no *_err_count file in device/ras");
    c["err_count"] = counts;
    const fs::path bad = ras / "gpu_vram_bad_pages";
    if (!fs::exists(bad, e2)) {
      notes.push_back(card + ": no device/ras/gpu_vram_bad_pages");
    } else {
      try {
        // "0x00000001 : 0x00001000 : R" per page: R reserved (retired),
        // P pending, F failed to retire. Bounded at 1 MiB.
        const std::string text = facts::ReadText(bad, 1 << 20);
        uint64_t pages = 0, reserved = 0, pending = 0, failed = 0;
        size_t i = 0;
        while (i < text.size()) {
          size_t j = text.find('\n', i);
          if (j == std::string::npos) j = text.size();
          std::string line = text.substr(i, j - i);
          i = j + 1;
          while (!line.empty() && (line.back() == ' ' || line.back() == '\r')) line.pop_back();
          if (line.empty()) continue;
          ++pages;
          const char flag = line.back();
          reserved += flag == 'R';
          pending += flag == 'P';
          failed += flag == 'F';
        }
        c["gpu_vram_bad_pages"] = {{"pages", pages}, {"reserved", reserved}, {"pending", pending}, {"failed", failed}};
      } catch (const std::exception& ex) {
        notes.push_back(card + ": gpu_vram_bad_pages: " + ex.what());
      }
    }
    out[card] = c;
  }
  if (out.empty()) notes.push_back("no AMD GPU (no card driven by amdgpu)");
  if (note) {
    note->clear();
    for (const std::string& n : notes) *note += (note->empty() ? "" : "; ") + n;
  }
  return out;
}

}  // namespace tempmon::capture::evidence
