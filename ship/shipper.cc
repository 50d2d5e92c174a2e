#include "ship/shipper.h"

#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <sys/file.h>
#include <sys/inotify.h>
#include <sys/signalfd.h>
#include <sys/stat.h>
#include <sys/timerfd.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cmath>
#include <cstring>
#include <ctime>
#include <fstream>
#include <iostream>
#include <random>
#include <sstream>
#include <type_traits>

#include <nlohmann/json.hpp>

#include "tempmon/bundle/bundle.h"
#include "tempmon/spool/spool.h"
#include "tempmon/bundle/redact.h"
#include "tempmon/bundle/sha256.h"
#include "ship/remote.h"
#include "tempmon/sys/dir.h"

namespace tempmon::ship {

namespace {

struct ConfigError : std::runtime_error {
  using std::runtime_error::runtime_error;
};
struct SpoolError : std::runtime_error {
  using std::runtime_error::runtime_error;
};

int64_t WallNs() {
  timespec ts;
  clock_gettime(CLOCK_REALTIME, &ts);
  return int64_t(ts.tv_sec) * 1'000'000'000 + ts.tv_nsec;
}

int64_t MonoMs() {
  timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return int64_t(ts.tv_sec) * 1000 + ts.tv_nsec / 1'000'000;
}

int64_t MtimeNs(const fs::path& p) {
  struct stat st {};
  if (::stat(p.c_str(), &st) != 0) return 0;
  return int64_t(st.st_mtim.tv_sec) * 1'000'000'000 + st.st_mtim.tv_nsec;
}

std::string FileSha256(const fs::path& p, uint64_t* size) {
  std::ifstream in(p, std::ios::binary);
  if (!in) throw std::runtime_error("cannot read " + p.string() + ": " + std::strerror(errno));
  bundle::Sha256 h;
  std::string buf(1 << 16, '\0');
  *size = 0;
  while (in) {
    in.read(buf.data(), static_cast<std::streamsize>(buf.size()));
    auto n = static_cast<size_t>(in.gcount());
    h.Update(std::string_view(buf.data(), n));
    *size += n;
  }
  if (in.bad()) throw std::runtime_error("cannot read " + p.string());
  return h.HexFinal();
}

std::string RandomHex() {
  std::random_device rd;
  char buf[17];
  std::snprintf(buf, sizeof buf, "%08x%08x", rd(), rd());
  return buf;
}

bool RemoteFull(const std::string& reason) {
  for (const char* p : {"no space left", "disk space", "quota", "Insufficient Storage", "507 ",
                        "file too big", "QuotaExceeded", "EntityTooLarge"})
    if (reason.find(p) != std::string::npos) return true;
  return false;
}

}  // namespace

std::string ShipMetrics::Format() const {
  std::ostringstream o;
  o << "# HELP tempmon_ship_bundles Bundles in the spool by outbox state.\n"
       "# TYPE tempmon_ship_bundles gauge\n"
    << "tempmon_ship_bundles{state=\"pending\"} " << pending << "\n"
    << "tempmon_ship_bundles{state=\"shipped\"} " << shipped << "\n"
    << "tempmon_ship_bundles{state=\"failed\"} " << failed << "\n";
  auto one = [&](const char* name, const char* type, const char* help, auto v) {
    o << "# HELP " << name << " " << help << "\n# TYPE " << name << " " << type << "\n" << name;
    if constexpr (std::is_floating_point_v<decltype(v)>) {
      char buf[64];
      std::snprintf(buf, sizeof buf, " %.3f\n", v);
      o << buf;
    } else {
      o << " " << v << "\n";
    }
  };
  one("tempmon_ship_oldest_pending_age_seconds", "gauge",
      "Age of the oldest bundle not shipped yet (0 when none).", oldest_pending_age_s);
  one("tempmon_ship_shipped_total", "counter", "Bundles shipped and verified.", shipped_total);
  one("tempmon_ship_upload_failures_total", "counter", "Failed upload attempts.",
      upload_failures_total);
  one("tempmon_ship_rclone_runs_total", "counter", "rclone commands run.", rclone_runs_total);
  one("tempmon_ship_unshipped_removed_total", "counter",
      "Bundles removed from the spool (disk limit) before they were shipped.",
      lost_unshipped_total);
  one("tempmon_ship_blocked", "gauge",
      "1 while the remote refuses the credentials or configuration (no retries).",
      blocked ? 1 : 0);
  one("tempmon_ship_last_success_timestamp_seconds", "gauge", "When a bundle was last shipped.",
      static_cast<double>(last_success_ns) / 1e9);
  return o.str();
}

Shipper::Shipper(Options o) : o_(std::move(o)), spool_(o_.spool) {}
Shipper::~Shipper() = default;

// Everything the journal gets passes the credential filter (rclone.h).
void Shipper::Log(const std::string& line) const {
  std::cerr << "tempmon-ship: " << RedactCredentials(line) << "\n";
}

void Shipper::Setup() {
  host_ = o_.host;
  if (host_.empty()) {
    char buf[256] = {};
    ::gethostname(buf, sizeof buf - 1);
    host_ = buf;
  }
  // With redaction on, the remote path names the host by its token, the
  // one every redacted bundle of this machine carries (its first host).
  remote_host_ = host_;
  if (o_.redact) {
    bundle::Redaction r;
    r.AddHost(host_);
    remote_host_ = r.Text(host_);
  }
  std::string err;
  auto dest = ExpandUpload(o_.upload, remote_host_, &err);
  if (!dest) throw ConfigError(err);
  dest_ = *dest;
  quiet_ = *ParseQuiet(o_.quiet, &err);
  if (auto bad = CheckCredentialsFile(o_.rclone_config)) throw ConfigError(*bad);
  if (::access(o_.rclone.c_str(), X_OK) != 0)
    throw ConfigError("cannot execute rclone at " + o_.rclone + ": " + std::strerror(errno) +
                      " (install the rclone package or set rclone = PATH)");
  if (!o_.bwlimit.empty() && o_.bwlimit[0] == '-') throw ConfigError("bad bwlimit " + o_.bwlimit);

  // The spool and its state folder are checked once (tempmon/sys/dir.h):
  // a folder another user can write is refused, and the lock is never a link.
  fs::path lock = spool::StateDir(spool_) / "lock";
  try {
    lock_ = sys::Dir::Open(spool_).SubOrCreate(spool::kStateDirName, 0750).OpenInPlace("lock", 0640);
  } catch (const sys::SysError& e) {
    throw SpoolError(e.what());
  }
  if (::flock(lock_.get(), LOCK_EX | LOCK_NB) != 0) {
    char buf[32] = {};
    (void)!::pread(lock_.get(), buf, sizeof buf - 1, 0);
    std::string pid(buf);
    while (!pid.empty() && pid.back() == '\n') pid.pop_back();
    throw SpoolError("the outbox of " + spool_.string() + " is in use by " +
                     (pid.empty() ? std::string("another process") : "PID " + pid) +
                     " (another tempmon-ship)");
  }
  std::string me = std::to_string(::getpid()) + "\n";
  if (::ftruncate(lock_.get(), 0) != 0 ||
      ::pwrite(lock_.get(), me.data(), me.size(), 0) != static_cast<ssize_t>(me.size()))
    throw SpoolError("cannot write " + lock.string());

  sigset_t stop, hup;
  sigemptyset(&stop);
  sigaddset(&stop, SIGTERM);
  sigaddset(&stop, SIGINT);
  sigemptyset(&hup);
  sigaddset(&hup, SIGHUP);
  stop_sfd_.Reset(::signalfd(-1, &stop, SFD_CLOEXEC | SFD_NONBLOCK));
  hup_sfd_.Reset(::signalfd(-1, &hup, SFD_CLOEXEC | SFD_NONBLOCK));
  inotify_.Reset(::inotify_init1(IN_CLOEXEC | IN_NONBLOCK));
  timer_.Reset(::timerfd_create(CLOCK_MONOTONIC, TFD_CLOEXEC | TFD_NONBLOCK));
  if (!stop_sfd_ || !hup_sfd_ || !inotify_ || !timer_)
    throw std::runtime_error(std::string("cannot set up the event loop: ") + std::strerror(errno));
  // A finished bundle arrives by rename (the capture's atomic write) or, when
  // copied in by hand, is complete at its last close.
  if (::inotify_add_watch(inotify_.get(), spool_.c_str(),
                          IN_MOVED_TO | IN_CLOSE_WRITE | IN_DELETE | IN_MOVED_FROM) < 0)
    throw SpoolError("cannot watch " + spool_.string() + ": " + std::strerror(errno));
  fs::path cfg_dir = fs::path(o_.rclone_config).parent_path();
  if (cfg_dir.empty()) cfg_dir = ".";
  cfg_watch_ = ::inotify_add_watch(inotify_.get(), cfg_dir.c_str(),
                                   IN_CLOSE_WRITE | IN_MOVED_TO | IN_ATTRIB | IN_CREATE);
  rclone_ = std::make_unique<Rclone>(
      o_.rclone, o_.rclone_config, o_.bwlimit,
      std::chrono::milliseconds(static_cast<int64_t>(o_.timeout_s * 1000)), stop_sfd_.get(),
      o_.verbose);
}

std::vector<std::string> Shipper::Scan() {
  struct Entry {
    std::string name;
    int64_t mtime;
  };
  std::vector<Entry> found;
  std::error_code ec;
  for (auto it = fs::directory_iterator(spool_, ec); !ec && it != fs::directory_iterator();
       it.increment(ec)) {
    std::string name = it->path().filename().string();
    std::error_code tec;
    if (!spool::IsBundleName(name) || !it->is_regular_file(tec)) continue;
    found.push_back({name, MtimeNs(it->path())});
  }
  std::sort(found.begin(), found.end(), [](const Entry& a, const Entry& b) {
    return a.mtime != b.mtime ? a.mtime < b.mtime : a.name < b.name;
  });
  std::map<std::string, spool::BundleState> next;
  std::vector<std::string> order;
  for (const auto& e : found) {
    auto it = states_.find(e.name);
    spool::BundleState s;
    if (it != states_.end()) {
      s = it->second;
    } else if (auto loaded = spool::LoadState(spool_, e.name)) {
      s = *loaded;
    } else {
      s.bundle = e.name;
      s.first_seen_ns = e.mtime;
      try {
        spool::SaveState(spool_, s);
      } catch (const std::exception& ex) {
        Log(ex.what());
      }
    }
    // A bundle that failed as unreadable may have been still arriving (a
    // copy by hand): once it changes, it gets another chance.
    if (s.state == spool::State::kFailed && s.last_attempt_ns && e.mtime > s.last_attempt_ns) {
      s.state = spool::State::kPending;
      s.reason = "changed since it failed";
    }
    next[e.name] = s;
    order.push_back(e.name);
  }
  // States whose bundle is gone.
  for (auto it = fs::directory_iterator(spool::StateDir(spool_), ec); !ec && it != fs::directory_iterator();
       it.increment(ec)) {
    std::string f = it->path().filename().string();
    if (!f.ends_with(".state")) continue;
    std::string name = f.substr(0, f.size() - 6);
    if (next.count(name)) continue;
    auto s = states_.count(name) ? std::optional<spool::BundleState>(states_[name]) : spool::LoadState(spool_, name);
    if (s && s->state != spool::State::kShipped) {
      ++m_.lost_unshipped_total;
      Log(name + " left the spool before it was shipped (" + std::string(spool::StateName(s->state)) +
          "; the spool's keep-bytes limit or a person removed it)");
    }
    std::error_code rec;
    fs::remove(it->path(), rec);
  }
  states_ = std::move(next);
  m_.pending = m_.shipped = m_.failed = 0;
  int64_t oldest = 0, now = WallNs();
  for (const auto& [name, s] : states_) {
    if (s.state == spool::State::kShipped) {
      ++m_.shipped;
    } else if (s.state == spool::State::kFailed) {
      ++m_.failed;
    } else {
      ++m_.pending;
      if (!oldest || s.first_seen_ns < oldest) oldest = s.first_seen_ns;
    }
  }
  m_.oldest_pending_age_s = oldest ? std::max(0.0, double(now - oldest) / 1e9) : 0.0;
  return order;
}

void Shipper::WriteMetrics() {
  m_.rclone_runs_total = rclone_ ? rclone_->runs() : 0;
  m_.blocked = !blocked_reason_.empty();
  if (o_.metrics.empty()) return;
  try {
    sys::ReplaceFile(o_.metrics, m_.Format(), 0644);
  } catch (const std::exception& e) {
    Log(e.what());
  }
}

bool Shipper::InQuietWindow(int64_t* ms_to_end) const {
  if (quiet_.empty()) return false;
  time_t t = ::time(nullptr);
  struct tm lt {};
  localtime_r(&t, &lt);
  int minute = lt.tm_hour * 60 + lt.tm_min;
  for (const auto& w : quiet_) {
    if (!w.Contains(minute)) continue;
    int end = w.end_min;
    int left = end > minute ? end - minute : end + 1440 - minute;
    *ms_to_end = int64_t(left) * 60'000 - lt.tm_sec * 1000;
    return true;
  }
  return false;
}

void Shipper::DeleteRemote(const std::string& object) {
  (void)rclone_->Run({"deletefile", object});
}

bool Shipper::StopRequested() {
  signalfd_siginfo si;
  while (::read(stop_sfd_.get(), &si, sizeof si) == sizeof si) {
    Log(std::string("stopping on ") + strsignal(static_cast<int>(si.ssi_signo)));
    stop_ = true;
  }
  return stop_;
}

Shipper::Outcome Shipper::Fail(spool::BundleState& s, const RcloneResult& r, const std::string& step) {
  s.state = spool::State::kPending;
  if (r.interrupted) {
    stop_ = true;
    s.reason = step + " interrupted by a stop signal";
    spool::SaveState(spool_, s);
    return Outcome::kStopped;
  }
  if (r.failure == Failure::kAuth || r.failure == Failure::kConfig) {
    s.reason = step + ": " + r.reason;
    spool::SaveState(spool_, s);
    blocked_reason_ = r.reason;
    Log(std::string(r.failure == Failure::kAuth ? "the remote refused the credentials"
                                                : "the remote is not usable as configured") +
        " (" + r.reason + "); uploads stop until " + o_.rclone_config +
        " changes or tempmon-ship gets SIGHUP; " + std::to_string(m_.pending) +
        " bundle(s) stay pending");
    return Outcome::kBlocked;
  }
  ++m_.upload_failures_total;
  s.reason = (RemoteFull(r.reason) ? "the remote is full: " : "") + step + ": " + r.reason;
  if (!s.remote_tmp.empty() && step != "rename") {
    auto d = rclone_->Run({"deletefile", s.remote_tmp});
    // "not found" is fine: nothing partial is left.
    if (d.exit_code == 0 || d.exit_code == 3 || d.exit_code == 4) s.remote_tmp.clear();
  }
  spool::SaveState(spool_, s);
  return Outcome::kRetry;
}

Shipper::Outcome Shipper::ShipOne(spool::BundleState& s) {
  fs::path path = spool_ / s.bundle;
  std::error_code ec;
  if (!fs::is_regular_file(path, ec)) return Outcome::kFailed;  // gone: the next scan says so
  auto fail_permanently = [&](const std::string& why) {
    s.state = spool::State::kFailed;
    s.reason = why;
    s.last_attempt_ns = WallNs();
    spool::SaveState(spool_, s);
    Log(s.bundle + " will not be shipped: " + why);
    return Outcome::kFailed;
  };
  auto object = RemoteObjectName(s.bundle, remote_host_);
  if (!object) return fail_permanently("its name does not follow tempmon-capture's naming");
  // The partial object of an interrupted upload goes first.
  if (!s.remote_tmp.empty()) {
    auto d = rclone_->Run({"deletefile", s.remote_tmp});
    if (d.interrupted) return Fail(s, d, "cleanup");
    if (d.exit_code == 0 || d.exit_code == 3 || d.exit_code == 4) {
      if (o_.verbose) Log("removed the partial upload " + s.remote_tmp);
      s.remote_tmp.clear();
    }
  }
  // Only an intact bundle leaves the machine: every member against the manifest.
  fs::path src = path;
  try {
    auto issues = bundle::Verify(path);
    if (!issues.empty())
      return fail_permanently("it does not verify: " + issues[0].member + ": " + issues[0].problem);
    if (o_.redact) {
      auto c = bundle::Read(path);
      bundle::Redaction r;
      r.AddHost(host_);
      r.Apply(c);
      src = spool::StateDir(spool_) / "redacted.tar.zst";
      bundle::Write(c, src);
    }
  } catch (const bundle::BundleError& e) {
    return fail_permanently(std::string("it is not a readable bundle: ") + e.what());
  }
  uint64_t size = 0;
  std::string sha;
  try {
    sha = FileSha256(src, &size);
  } catch (const std::exception& e) {
    return fail_permanently(e.what());
  }
  s.remote = dest_ + *object;
  s.remote_tmp = dest_ + "." + *object + ".partial-" + RandomHex();
  s.state = spool::State::kUploading;
  s.attempts++;
  s.last_attempt_ns = WallNs();
  s.size = size;
  s.sha256 = sha;
  spool::SaveState(spool_, s);

  auto r = rclone_->Run({"copyto", src.string(), s.remote_tmp});
  if (r.failure != Failure::kNone || r.interrupted) return Fail(s, r, "upload");
  // Read the object back: the only check every backend supports.
  r = rclone_->Run({"hashsum", "sha256", "--download", s.remote_tmp});
  if (r.failure != Failure::kNone || r.interrupted) return Fail(s, r, "verify");
  std::string remote_sha = r.out.substr(0, r.out.find_first_of(" \t\n"));
  if (remote_sha != sha) {
    RcloneResult mismatch;
    mismatch.failure = Failure::kTransient;
    mismatch.reason = "the uploaded object's SHA-256 is " + remote_sha + ", the bundle's " + sha;
    return Fail(s, mismatch, "verify");
  }
  r = rclone_->Run({"moveto", s.remote_tmp, s.remote});
  if (r.failure != Failure::kNone || r.interrupted) return Fail(s, r, "rename");
  s.remote_tmp.clear();
  r = rclone_->Run({"lsjson", s.remote});
  uint64_t remote_size = ~0ull;
  if (r.failure == Failure::kNone) {
    try {
      auto j = nlohmann::json::parse(r.out);
      if (j.is_array() && j.size() == 1) remote_size = j[0].at("Size").get<uint64_t>();
    } catch (const std::exception&) {
    }
  }
  if (remote_size != size) {
    if (r.failure == Failure::kNone) {
      r.failure = Failure::kTransient;
      r.reason = "the renamed object is missing or has the wrong size";
    }
    return Fail(s, r, "check");
  }
  s.state = spool::State::kShipped;
  s.shipped_ns = WallNs();
  s.reason.clear();
  spool::SaveState(spool_, s);
  ++m_.shipped_total;
  m_.last_success_ns = s.shipped_ns;
  Log("shipped " + s.bundle + " to " + s.remote + " (" + std::to_string(size) +
      " bytes, sha256 " + sha + ", verified)");
  if (!o_.keep_shipped) {
    std::error_code rec;
    fs::remove(path, rec);
    fs::remove(spool::StatePath(spool_, s.bundle), rec);
  }
  return Outcome::kShipped;
}

void Shipper::ShipPass(const std::vector<std::string>& order) {
  for (const auto& name : order) {
    if (StopRequested() || !blocked_reason_.empty()) return;
    auto it = states_.find(name);
    if (it == states_.end()) continue;
    spool::BundleState& s = it->second;
    if (s.state == spool::State::kShipped || s.state == spool::State::kFailed) continue;
    int64_t quiet_ms;
    if (InQuietWindow(&quiet_ms)) return;
    Outcome out;
    try {
      out = ShipOne(s);
    } catch (const std::exception& e) {
      // The spool itself failed (state not writable): retry later.
      Log(name + ": " + e.what());
      out = Outcome::kRetry;
    }
    if (out == Outcome::kShipped) {
      backoff_s_ = 0;
      next_try_ms_ = 0;
    }
    if (out == Outcome::kRetry) {
      backoff_s_ = backoff_s_ == 0 ? o_.backoff_min_s : std::min(o_.backoff_max_s, backoff_s_ * 2);
      next_try_ms_ = MonoMs() + static_cast<int64_t>(backoff_s_ * 1000);
      Log(name + " not shipped (attempt " + std::to_string(s.attempts) + "): " + s.reason +
          "; next try in " + std::to_string(static_cast<int64_t>(std::ceil(backoff_s_))) + " s");
    }
    WriteMetrics();
    if (out == Outcome::kRetry || out == Outcome::kBlocked || out == Outcome::kStopped) return;
  }
}

void Shipper::ArmTimer(int64_t ms) {
  itimerspec its{};
  if (ms >= 0) {
    ms = std::max<int64_t>(ms, 1);
    its.it_value.tv_sec = ms / 1000;
    its.it_value.tv_nsec = (ms % 1000) * 1'000'000;
  }
  ::timerfd_settime(timer_.get(), 0, &its, nullptr);
}

void Shipper::DrainInotify() {
  alignas(inotify_event) char buf[16384];
  bool config_changed = false;
  std::string cfg_name = fs::path(o_.rclone_config).filename().string();
  for (;;) {
    ssize_t n = ::read(inotify_.get(), buf, sizeof buf);
    if (n <= 0) break;
    for (char* p = buf; p < buf + n;) {
      auto* ev = reinterpret_cast<inotify_event*>(p);
      if (ev->wd == cfg_watch_ && ev->len && cfg_name == ev->name) config_changed = true;
      p += sizeof(inotify_event) + ev->len;
    }
  }
  if (config_changed && !blocked_reason_.empty()) {
    if (auto bad = CheckCredentialsFile(o_.rclone_config)) {
      Log(*bad);
      return;
    }
    Log(o_.rclone_config + " changed: uploads resume");
    blocked_reason_.clear();
    backoff_s_ = 0;
    next_try_ms_ = 0;
  }
}

int Shipper::Run() {
  try {
    Setup();
  } catch (const ConfigError& e) {
    Log(e.what());
    return kExitUsage;
  } catch (const SpoolError& e) {
    Log(e.what());
    return kExitSpool;
  } catch (const std::exception& e) {
    Log(e.what());
    return kExitFailure;
  }
  Log("shipping " + spool_.string() + " to " + dest_);
  while (!stop_) {
    auto order = Scan();
    WriteMetrics();
    int64_t quiet_ms = 0;
    bool quiet = InQuietWindow(&quiet_ms);
    bool can_ship = m_.pending > 0 && blocked_reason_.empty() && !quiet;
    if (can_ship && (o_.once || MonoMs() >= next_try_ms_)) {
      ShipPass(order);
      if (o_.once) {
        Scan();
        WriteMetrics();
        break;
      }
      continue;
    }
    if (o_.once) break;
    if (can_ship)
      ArmTimer(next_try_ms_ - MonoMs());
    else if (quiet && m_.pending > 0 && blocked_reason_.empty())
      ArmTimer(quiet_ms);
    else
      ArmTimer(-1);
    pollfd p[4] = {{stop_sfd_.get(), POLLIN, 0},
                   {hup_sfd_.get(), POLLIN, 0},
                   {inotify_.get(), POLLIN, 0},
                   {timer_.get(), POLLIN, 0}};
    if (::poll(p, 4, -1) < 0 && errno != EINTR) {
      Log(std::string("poll: ") + std::strerror(errno));
      return kExitFailure;
    }
    if (p[0].revents & POLLIN) StopRequested();
    if (p[1].revents & POLLIN) {
      signalfd_siginfo si;
      while (::read(hup_sfd_.get(), &si, sizeof si) == sizeof si) {
      }
      Log("SIGHUP: rescanning the spool and retrying now");
      blocked_reason_.clear();
      backoff_s_ = 0;
      next_try_ms_ = 0;
    }
    if (p[2].revents & POLLIN) DrainInotify();
    if (p[3].revents & POLLIN) {
      uint64_t ticks;
      (void)!::read(timer_.get(), &ticks, sizeof ticks);
    }
  }
  WriteMetrics();
  if (o_.once) return m_.pending == 0 && m_.failed == 0 ? kExitOk : kExitUnshipped;
  return kExitOk;
}

}  // namespace tempmon::ship
