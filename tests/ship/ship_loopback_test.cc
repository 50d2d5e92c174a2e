// tempmon-ship end to end: real rclone SFTP servers on 127.0.0.1, the real
// rclone client, bundles written by the bundle library and by the real
// tempmon-capture. Every wait wakes on a file the daemon or the server
// rewrites (inotify), with a deadline.
#include <sys/mount.h>
#include <sys/stat.h>

#include <algorithm>
#include <filesystem>
#include <fstream>

#include <catch2/catch_test_macros.hpp>
#include <catch2/matchers/catch_matchers_string.hpp>

#include "../capture/temp_dir.h"
#include "capture/sim/sim_producer.h"
#include "loopback.h"
#include "tempmon/bundle/bundle.h"
#include "tempmon/bundle/sha256.h"
#include "ship/options.h"
#include "tempmon/spool/outbox_state.h"
#include "synth.h"

namespace fs = std::filesystem;
using namespace std::chrono_literals;
using namespace tempmon::ship::testing;
using Catch::Matchers::ContainsSubstring;

namespace {

constexpr const char* kUser = "tempmon";
constexpr const char* kPass = "loopback-secret";

std::string Obscure(const std::string& pw) {
  // rclone's config stores passwords obscured; rclone itself does it.
  fs::path out = fs::temp_directory_path() / ("tempmon-obscure-" + std::to_string(::getpid()));
  Proc p({RCLONE_BIN, "obscure", pw}, out);
  REQUIRE(p.Wait(30s) == 0);
  std::string s = ReadFile(out);
  fs::remove(out);
  while (!s.empty() && (s.back() == '\n' || s.back() == '\r')) s.pop_back();
  return s;
}

std::string FileSha(const fs::path& p) { return tempmon::bundle::Sha256Hex(ReadFile(p)); }

// One test's world: a spool, a served folder, the rclone config, the daemon.
struct World {
  tempmon::capture::testing::TempDir d{"ship"};
  fs::path spool = d.p / "spool", served = d.p / "served", logs = d.p / "logs";
  fs::path rclone_conf = d.p / "etc" / "rclone.conf", metrics = logs / "ship.prom";
  fs::path remote_dir = served / "fleet" / "testhost";
  uint16_t port = FreePort();
  std::unique_ptr<Proc> server, ship;

  World() {
    for (auto& p : {spool, served, logs, rclone_conf.parent_path()}) fs::create_directories(p);
    WriteRcloneConf(kPass);
  }
  ~World() {
    ship.reset();
    server.reset();
    ::umount2((served / "fleet").c_str(), MNT_DETACH);
  }

  void WriteRcloneConf(const std::string& pass) {
    std::string text = "[loop]\ntype = sftp\nhost = 127.0.0.1\nport = " + std::to_string(port) +
                       "\nuser = " + kUser + "\npass = " + Obscure(pass) + "\nshell_type = none\n";
    fs::path tmp = rclone_conf.string() + ".new";
    {
      std::ofstream(tmp) << text;
    }
    ::chmod(tmp.c_str(), 0600);
    fs::rename(tmp, rclone_conf);
  }

  void StartServer() {
    fs::path log = logs / "server.log";
    size_t before = CountOf(ReadFile(log), "listening on");
    server = std::make_unique<Proc>(
        std::vector<std::string>{RCLONE_BIN, "serve", "sftp", "--config", "/dev/null",
                                 "--cache-dir", (d.p / "server-cache").string(),
                                 "--authorized-keys", "/dev/null", "--addr",
                                 "127.0.0.1:" + std::to_string(port), "--user", kUser, "--pass",
                                 kPass, served.string()},
        log);
    Watch w({logs});
    REQUIRE(w.Until([&] { return CountOf(ReadFile(log), "listening on") > before; }, 30s));
  }
  void StopServer() {
    server->Kill(SIGTERM);
    REQUIRE(server->Wait(10s) >= 0);
    server.reset();
  }

  std::vector<std::string> ShipArgs() const {
    return {TEMPMON_SHIP_BIN, "--spool", spool.string(), "--upload", "loop:fleet/{host}/",
            "--rclone-config", rclone_conf.string(), "--rclone", RCLONE_BIN, "--host", "testhost",
            "--metrics", metrics.string(), "--backoff-min", "0.2", "--backoff-max", "0.5",
            "--timeout", "60"};
  }
  void StartShip(std::vector<std::string> extra = {}) {
    auto a = ShipArgs();
    a.insert(a.end(), extra.begin(), extra.end());
    ship = std::make_unique<Proc>(a, logs / "ship.log");
  }
  std::string ShipLog() const { return ReadFile(logs / "ship.log"); }

  // Waits until the daemon's metrics satisfy `pred`.
  bool MetricsUntil(const std::function<bool(std::map<std::string, double>&)>& pred,
                    std::chrono::milliseconds deadline = 60s) {
    Watch w({logs});
    return w.Until([&] {
      auto m = Metrics(metrics);
      return !m.empty() && pred(m);
    }, deadline);
  }

  bool LogUntil(const std::string& text, std::chrono::milliseconds deadline = 60s) {
    Watch w({logs});
    return w.Until([&] { return ShipLog().find(text) != std::string::npos; }, deadline);
  }

  // A synthetic bundle named as the capture names them, `n` samples.
  fs::path AddBundle(int second, size_t n = 2000) {
    char name[96];
    std::snprintf(name, sizeof name, "tempmon-testhost-20261129T2300%02d.000Z-throttle.tar.zst", second);
    auto c = tempmon::bundle::SynthContents(n);
    tempmon::bundle::Write(c, spool / name);
    return spool / name;
  }

  std::vector<std::string> RemoteFiles() const {
    std::vector<std::string> v;
    if (!fs::exists(remote_dir)) return v;
    for (auto& e : fs::directory_iterator(remote_dir)) v.push_back(e.path().filename().string());
    std::sort(v.begin(), v.end());
    return v;
  }
  fs::path RemoteOf(const fs::path& bundle) const { return remote_dir / bundle.filename(); }
};

double Get(std::map<std::string, double>& m, const std::string& k) {
  auto it = m.find(k);
  return it == m.end() ? -1 : it->second;
}
const std::string kPending = "tempmon_ship_bundles{state=\"pending\"}";
const std::string kShipped = "tempmon_ship_bundles{state=\"shipped\"}";
const std::string kFailed = "tempmon_ship_bundles{state=\"failed\"}";

}  // namespace

TEST_CASE("bundles stay pending while the remote is down and ship in order when it returns") {
  World w;
  auto a = w.AddBundle(1);
  auto b = w.AddBundle(2);
  fs::last_write_time(b, fs::last_write_time(a) + 1s);
  w.StartShip();
  // At least two failed attempts: the outbox keeps retrying, with backoff.
  REQUIRE(w.MetricsUntil([](auto& m) {
    return Get(m, kPending) == 2 && Get(m, "tempmon_ship_upload_failures_total") >= 2 &&
           Get(m, "tempmon_ship_oldest_pending_age_seconds") > 0;
  }));
  CHECK(w.RemoteFiles().empty());
  auto st = tempmon::spool::LoadState(w.spool, a.filename().string());
  REQUIRE(st);
  CHECK(st->state == tempmon::spool::State::kPending);
  CHECK_THAT(st->reason, ContainsSubstring("connection refused"));

  w.StartServer();
  REQUIRE(w.MetricsUntil([](auto& m) { return Get(m, kShipped) == 2 && Get(m, kPending) == 0; }));
  auto sa = tempmon::spool::LoadState(w.spool, a.filename().string());
  auto sb = tempmon::spool::LoadState(w.spool, b.filename().string());
  REQUIRE(sa);
  REQUIRE(sb);
  CHECK(sa->shipped_ns < sb->shipped_ns);
  CHECK(w.RemoteFiles() == std::vector<std::string>{a.filename().string(), b.filename().string()});
  CHECK(FileSha(w.RemoteOf(a)) == FileSha(a));
  CHECK(FileSha(w.RemoteOf(b)) == FileSha(b));
  CHECK(tempmon::bundle::Verify(w.RemoteOf(b)).empty());
  // The credentials never reach a command line.
  CHECK(w.ShipLog().find(kPass) == std::string::npos);
}

TEST_CASE("kill -9 in the middle of an upload leaves nothing marked shipped and no duplicate") {
  World w;
  auto a = w.AddBundle(1, 400000);
  REQUIRE(fs::file_size(a) > 400'000);
  fs::create_directories(w.remote_dir);
  w.StartServer();
  w.StartShip({"--bwlimit", "100K"});
  // The partial object grows on the server: the upload is under way.
  Watch rw({w.remote_dir});
  REQUIRE(rw.Until([&] {
    for (auto& e : fs::directory_iterator(w.remote_dir))
      if (e.path().filename().string().find(".partial-") != std::string::npos && e.file_size() > 0)
        return true;
    return false;
  }, 60s));
  w.ship->Kill(SIGKILL);
  REQUIRE(w.ship->Wait(10s) == 128 + SIGKILL);
  auto st = tempmon::spool::LoadState(w.spool, a.filename().string());
  REQUIRE(st);
  CHECK(st->state == tempmon::spool::State::kUploading);
  CHECK_FALSE(st->remote_tmp.empty());
  CHECK_FALSE(fs::exists(w.RemoteOf(a)));

  // The next run removes the partial object and ships the bundle once.
  w.ship.reset();
  auto args = w.ShipArgs();
  args.push_back("--once");
  Proc again(args, w.logs / "ship2.log");
  REQUIRE(again.Wait(120s) == 0);
  CHECK(w.RemoteFiles() == std::vector<std::string>{a.filename().string()});
  CHECK(FileSha(w.RemoteOf(a)) == FileSha(a));
  st = tempmon::spool::LoadState(w.spool, a.filename().string());
  REQUIRE(st);
  CHECK(st->state == tempmon::spool::State::kShipped);
  CHECK(st->attempts == 2);
}

TEST_CASE("a full remote is a clear, retried error; the bundle ships once there is room") {
  World w;
  fs::create_directories(w.served / "fleet");
  if (::mount("tmpfs", (w.served / "fleet").c_str(), "tmpfs", 0, "size=64k") != 0)
    SKIP("cannot mount a small tmpfs here (needs root): " << std::strerror(errno));
  auto a = w.AddBundle(1, 400000);
  REQUIRE(fs::file_size(a) > 128 * 1024);
  w.StartServer();
  w.StartShip();
  REQUIRE(w.MetricsUntil([](auto& m) {
    return Get(m, "tempmon_ship_upload_failures_total") >= 2 && Get(m, kPending) == 1;
  }));
  // rclone's sftp client reports the server's ENOSPC on some attempts and
  // only a closed pipe on others (the server drops the write stream); the
  // retries go on until one of them names it.
  const bool named = w.LogUntil("the remote is full", 180s);
  if (!named) UNSCOPED_INFO("tempmon-ship's log:\n" << w.ShipLog());
  CHECK(named);
  CHECK_FALSE(fs::exists(w.RemoteOf(a)));
  auto st = tempmon::spool::LoadState(w.spool, a.filename().string());
  REQUIRE(st);
  CHECK(st->state != tempmon::spool::State::kShipped);

  REQUIRE(::mount("tmpfs", (w.served / "fleet").c_str(), "tmpfs", MS_REMOUNT, "size=64m") == 0);
  REQUIRE(w.MetricsUntil([](auto& m) { return Get(m, kShipped) == 1; }));
  CHECK(FileSha(w.RemoteOf(a)) == FileSha(a));
  CHECK(w.RemoteFiles() == std::vector<std::string>{a.filename().string()});
}

TEST_CASE("a refused credential is reported once, with no retries until the config changes") {
  World w;
  w.WriteRcloneConf("wrong-password");
  auto a = w.AddBundle(1);
  w.StartServer();
  w.StartShip();
  REQUIRE(w.MetricsUntil([](auto& m) { return Get(m, "tempmon_ship_blocked") == 1; }));
  auto first = Metrics(w.metrics);
  CHECK(Get(first, "tempmon_ship_rclone_runs_total") == 1);
  // A new bundle wakes the daemon: it counts it, and still does not retry.
  auto b = w.AddBundle(2);
  REQUIRE(w.MetricsUntil([](auto& m) { return Get(m, kPending) == 2; }));
  auto m = Metrics(w.metrics);
  CHECK(Get(m, "tempmon_ship_rclone_runs_total") == 1);
  CHECK(Get(m, "tempmon_ship_upload_failures_total") == 0);
  CHECK(CountOf(w.ShipLog(), "refused the credentials") == 1);
  CHECK(w.RemoteFiles().empty());

  // The fixed file is picked up as soon as it is written.
  w.WriteRcloneConf(kPass);
  REQUIRE(w.MetricsUntil([](auto& m) { return Get(m, kShipped) == 2 && Get(m, "tempmon_ship_blocked") == 0; }));
  CHECK(FileSha(w.RemoteOf(a)) == FileSha(a));
  CHECK(FileSha(w.RemoteOf(b)) == FileSha(b));
}

TEST_CASE("a bundle that does not verify is failed permanently, once, and never shipped") {
  World w;
  auto a = w.AddBundle(1);
  {
    std::fstream f(a, std::ios::in | std::ios::out | std::ios::binary);
    f.seekp(200);
    f.put('\x55');
  }
  w.StartServer();
  auto args = w.ShipArgs();
  args.push_back("--once");
  Proc p(args, w.logs / "ship.log");
  CHECK(p.Wait(60s) == tempmon::ship::kExitUnshipped);
  auto m = Metrics(w.metrics);
  CHECK(Get(m, kFailed) == 1);
  CHECK(Get(m, "tempmon_ship_rclone_runs_total") == 0);
  auto st = tempmon::spool::LoadState(w.spool, a.filename().string());
  REQUIRE(st);
  CHECK(st->state == tempmon::spool::State::kFailed);
  CHECK_FALSE(st->reason.empty());
  CHECK(w.RemoteFiles().empty());
}

TEST_CASE("redact = true ships a redacted copy and keep-shipped = false empties the spool") {
  World w;
  auto a = w.AddBundle(1);
  auto orig = tempmon::bundle::Read(a);
  REQUIRE_FALSE(orig.host.empty());
  w.StartServer();
  auto args = w.ShipArgs();
  for (const char* x : {"--once", "--redact", "--keep-shipped", "false"}) args.push_back(x);
  Proc p(args, w.logs / "ship.log");
  REQUIRE(p.Wait(60s) == 0);
  // Neither the folder ({host}) nor the object's name carries the host:
  // both use its token, the one inside the bundle.
  std::string name = a.filename().string();
  REQUIRE(name.rfind("tempmon-testhost-", 0) == 0);
  name.replace(0, 17, "tempmon-host0-");
  fs::path object = w.remote_dir.parent_path() / "host0" / name;
  REQUIRE(fs::exists(object));
  CHECK_FALSE(fs::exists(w.remote_dir));
  auto remote = tempmon::bundle::Read(object);
  CHECK(remote.redacted);
  // The synthetic bundle's host is not this shipper's (--host testhost):
  // it gets the next token.
  CHECK(remote.host == "host1");
  CHECK(orig.host != "host1");
  CHECK_FALSE(fs::exists(a));
  CHECK_FALSE(fs::exists(tempmon::spool::StatePath(w.spool, a.filename().string())));
}

// The "done when": a bundle written by the real capture is on the
// loopback remote within seconds, verified; with the server stopped the next
// one stays pending and ships when the server returns.
TEST_CASE("a throttle bundle from tempmon-capture reaches the remote; pending while it is down") {
  World w;
  w.StartServer();
  w.StartShip();
  REQUIRE(w.MetricsUntil([](auto& m) { return Get(m, kPending) == 0; }, 30s));

  fs::path root = w.d.p / "root";
  fs::create_directories(root / "proc/sys/kernel");
  std::ofstream(root / "proc/sys/kernel/osrelease") << "6.1.0-test\n";
  auto capture = [&](int i) {
    std::string shm = "tempmon-test-ship-" + std::to_string(::getpid()) + "-" + std::to_string(i);
    tempmon::sim::SimConfig cfg;
    cfg.name = shm;
    cfg.rate_hz = 100;
    tempmon::sim::SimProducer p(cfg);
    timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    uint64_t now = uint64_t(ts.tv_sec) * 1'000'000'000ull + uint64_t(ts.tv_nsec);
    for (int k = 0; k < 2000; ++k)
      p.Put(0, 40000 + k * 28, 0, now - 20'000'000'000ull + uint64_t(k) * 10'000'000ull);
    Proc c({TEMPMON_CAPTURE_BIN, "--source", "shm:" + shm, "--out", w.spool.string(), "--sysroot",
            root.string(), "--kmsg", "none", "--bpf", "off", "--no-pstore", "--host", "testhost",
            "--on-throttle", "--once", "--pre", "5", "--post", "0"},
           w.logs / "capture.log");
    REQUIRE(c.Wait(60s) == 0);
  };
  capture(1);
  auto t0 = std::chrono::steady_clock::now();
  REQUIRE(w.MetricsUntil([](auto& m) { return Get(m, kShipped) == 1; }, 30s));
  CHECK(std::chrono::steady_clock::now() - t0 < 20s);
  auto files = w.RemoteFiles();
  REQUIRE(files.size() == 1);
  CHECK_THAT(files[0], ContainsSubstring("-throttle.tar.zst"));
  CHECK(FileSha(w.remote_dir / files[0]) == FileSha(w.spool / files[0]));
  CHECK(tempmon::bundle::Verify(w.remote_dir / files[0]).empty());
  CHECK(tempmon::bundle::Read(w.remote_dir / files[0]).trigger.kind == "throttle");

  w.StopServer();
  capture(2);
  REQUIRE(w.MetricsUntil([](auto& m) {
    return Get(m, kPending) == 1 && Get(m, "tempmon_ship_upload_failures_total") >= 1;
  }));
  CHECK(w.RemoteFiles().size() == 1);
  w.StartServer();
  REQUIRE(w.MetricsUntil([](auto& m) { return Get(m, kShipped) == 2 && Get(m, kPending) == 0; }));
  CHECK(w.RemoteFiles().size() == 2);
}

TEST_CASE("rclone's error text quoting a credential URL reaches neither the journal nor a state file") {
  World w;
  // A WebDAV remote whose URL carries a user, a password and a token, on a
  // port nothing listens on: real rclone quotes the URL in its error.
  const uint16_t closed = FreePort();
  {
    std::ofstream(w.rclone_conf) << "[leak]\ntype = webdav\nurl = http://bob:SEKRET-PASS@127.0.0.1:" << closed
                                 << "/dav?token=SEKRET-TOKEN&X-Amz-Signature=SEKRET-SIG\nvendor = other\n";
  }
  ::chmod(w.rclone_conf.c_str(), 0600);
  auto a = w.AddBundle(1);
  auto args = w.ShipArgs();
  for (size_t i = 0; i + 1 < args.size(); ++i)
    if (args[i] == "--upload") args[i + 1] = "leak:fleet/{host}/";
  args.push_back("--verbose");
  w.ship = std::make_unique<Proc>(args, w.logs / "ship.log");
  REQUIRE(w.LogUntil("not shipped (attempt 1)"));
  w.ship->Kill(SIGTERM);
  REQUIRE(w.ship->Wait(30s) >= 0);
  const std::string log = w.ShipLog();
  auto st = tempmon::spool::LoadState(w.spool, a.filename().string());
  REQUIRE(st);
  const std::string state = ReadFile(tempmon::spool::StatePath(w.spool, a.filename().string()));
  INFO(log);
  INFO(state);
  // rclone's error did quote the URL (the filter had something to do)...
  CHECK_THAT(st->reason, ContainsSubstring("127.0.0.1:" + std::to_string(closed) + "/dav?token=***"));
  // ...and no secret survived anywhere.
  for (const auto& text : {log, state})
    CHECK(text.find("SEKRET") == std::string::npos);
}
