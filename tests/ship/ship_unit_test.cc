// tempmon-ship's pure parts: remote naming, quiet windows, rclone failure
// classes (on rclone 1.60's real messages), the credentials check, the
// per-bundle state file, the spool retention that respects it, and the
// config-file format tempmon-ship shares with tempmon-capture.
#include <sys/stat.h>

#include <chrono>
#include <filesystem>
#include <fstream>

#include <catch2/catch_test_macros.hpp>

#include "../capture/temp_dir.h"
#include "capture/app/options.h"
#include "tempmon/spool/spool.h"
#include "ship/options.h"
#include "tempmon/spool/outbox_state.h"
#include "ship/rclone.h"
#include "ship/remote.h"

namespace fs = std::filesystem;
using namespace tempmon::ship;
namespace spool = tempmon::spool;
using tempmon::capture::testing::TempDir;

TEST_CASE("the remote path takes the host from the config, reduced to a safe charset") {
  std::string err;
  CHECK(ExpandUpload("store:bucket/tm/{host}/", "node-07.dc1", &err) == "store:bucket/tm/node-07.dc1/");
  CHECK(ExpandUpload("store:bucket/tm/{host}", "a/../../b", &err) == "store:bucket/tm/a_.._.._b/");
  CHECK(SafeHost("..") == "_.");
  CHECK(SafeHost("-rf") == "_rf");
  CHECK(SafeHost("") == "unknown");
  CHECK(SafeHost("h\xc3\xa9\nx") == "h___x");
  CHECK(SafeHost(std::string(300, 'a')).size() == 64);
  for (const char* bad : {"/local/path/", ":sftp,host=h,pass=p:x/", "st,pass=x:b/", "store:a/../b/",
                          "store:a/{hostname}/", "-x:b/", "nocolon"}) {
    INFO(bad);
    CHECK_FALSE(ExpandUpload(bad, "h", &err));
    CHECK_FALSE(err.empty());
  }
}

TEST_CASE("the object name keeps the capture's time stamp and trigger, never its host") {
  CHECK(RemoteObjectName("tempmon-evil-host-20261129T230000.123Z-throttle.tar.zst", "me") ==
        "tempmon-me-20261129T230000.123Z-throttle.tar.zst");
  CHECK(RemoteObjectName("tempmon-h-20261129T230000.123Z-hang-2.tar.zst", "me") ==
        "tempmon-me-20261129T230000.123Z-hang-2.tar.zst");
  // What the capture itself names a bundle is accepted.
  auto name = tempmon::spool::BundleName("x y", 1'795'994'808'747'000'000, "throttle");
  CHECK(RemoteObjectName(name, "me").has_value());
  CHECK_FALSE(RemoteObjectName("tempmon-h-notatime-throttle.tar.zst", "me"));
  CHECK_FALSE(RemoteObjectName("tempmon-h-20261129T230000.123Z-a/b.tar.zst", "me"));
}

TEST_CASE("quiet windows, including one across midnight") {
  std::string err;
  auto w = ParseQuiet("08:00-18:00,22:30-02:00", &err);
  REQUIRE(w);
  REQUIRE(w->size() == 2);
  CHECK((*w)[0].Contains(8 * 60));
  CHECK_FALSE((*w)[0].Contains(18 * 60));
  CHECK((*w)[1].Contains(23 * 60));
  CHECK((*w)[1].Contains(60));
  CHECK_FALSE((*w)[1].Contains(3 * 60));
  CHECK_FALSE(ParseQuiet("8-18", &err));
  CHECK_FALSE(ParseQuiet("25:00-01:00", &err));
  CHECK(ParseQuiet("", &err)->empty());
}

TEST_CASE("rclone failures: refused credentials stop, the rest is retried") {
  // rclone 1.60's own lines (webdav 401, sftp auth, full sftp, refused connection).
  CHECK(Classify(1, false, "Failed to copyto: read metadata failed: Unauthorized: 401 Unauthorized") ==
        Failure::kAuth);
  CHECK(Classify(1, false, "NewFs: couldn't connect SSH: ssh: handshake failed: ssh: unable to "
                           "authenticate, attempted methods [none password]") == Failure::kAuth);
  CHECK(Classify(1, false, "Failed to copyto: Update Close failed: sftp: \"preallocate: file too big "
                           "for remaining disk space\" (SSH_FX_FAILURE)") == Failure::kTransient);
  CHECK(Classify(5, false, "dial tcp 127.0.0.1:1: connect: connection refused") == Failure::kTransient);
  CHECK(Classify(1, false, "Failed to create file system for \"x:\": didn't find section in config file") ==
        Failure::kConfig);
  CHECK(Classify(0, true, "") == Failure::kTransient);
  CHECK(Classify(0, false, "") == Failure::kNone);
  CHECK(LastErrorLine("2026/11/29 23:04:43 ERROR : Attempt 1/1 failed\n"
                      "2026/11/29 23:04:43 Failed to copyto: boom\n") == "Failed to copyto: boom");
}

TEST_CASE("a credentials file others can read is refused with the fix") {
  TempDir d("ship");
  fs::path f = d.p / "rclone.conf";
  std::ofstream(f) << "[x]\ntype = local\n";
  ::chmod(f.c_str(), 0640);
  auto why = CheckCredentialsFile(f.string());
  REQUIRE(why);
  CHECK(why->find("0640") != std::string::npos);
  CHECK(why->find("chmod 600") != std::string::npos);
  ::chmod(f.c_str(), 0600);
  CHECK_FALSE(CheckCredentialsFile(f.string()));
  CHECK(CheckCredentialsFile((d.p / "missing").string()));
}

TEST_CASE("the state file round-trips and a damaged one means ship again") {
  TempDir d("ship");
  fs::create_directories(spool::StateDir(d.p));
  spool::BundleState s;
  s.bundle = "tempmon-h-20261129T230000.000Z-throttle.tar.zst";
  s.state = spool::State::kUploading;
  s.attempts = 3;
  s.remote_tmp = "r:x/.y.partial-1";
  s.first_seen_ns = 42;
  spool::SaveState(d.p, s);
  auto back = spool::LoadState(d.p, s.bundle);
  REQUIRE(back);
  CHECK(back->state == spool::State::kUploading);
  CHECK(back->attempts == 3);
  CHECK(back->remote_tmp == s.remote_tmp);
  CHECK(back->first_seen_ns == 42);
  CHECK_FALSE(spool::LoadState(d.p, "other"));
  std::ofstream(spool::StatePath(d.p, "broken")) << "{\"state\": \"shipp";
  auto broken = spool::LoadState(d.p, "broken");
  REQUIRE(broken);
  CHECK(broken->state == spool::State::kPending);
  CHECK(broken->reason.find("damaged") != std::string::npos);
  CHECK(spool::HeldForOutbox(d.p, "broken"));
}

namespace {

void MakeBundle(const fs::path& dir, const std::string& name, size_t bytes, int age_days) {
  std::ofstream(dir / name) << std::string(bytes, 'x');
  fs::last_write_time(dir / name, fs::file_time_type::clock::now() - std::chrono::hours(24 * age_days));
}

}  // namespace

TEST_CASE("retention keeps unshipped bundles unless the byte limit forces it") {
  TempDir d("ship");
  tempmon::spool::Spool sp(d.p);
  for (int i = 1; i <= 4; ++i) MakeBundle(d.p, "tempmon-h-" + std::to_string(i) + "-x.tar.zst", 100, 10 - i);
  fs::create_directories(spool::StateDir(d.p));
  spool::BundleState shipped;
  shipped.bundle = "tempmon-h-2-x.tar.zst";
  shipped.state = spool::State::kShipped;
  spool::SaveState(d.p, shipped);

  SECTION("count and age spare what is not shipped") {
    auto r = sp.ApplyRetention({1, {}, 1.0});
    REQUIRE(r.removed.size() == 1);
    CHECK(r.removed[0].filename() == "tempmon-h-2-x.tar.zst");
    CHECK(r.removed_unshipped.empty());
    CHECK(sp.Bundles().size() == 3);
  }
  SECTION("the byte limit takes shipped ones first, then says which unshipped went") {
    auto r = sp.ApplyRetention({{}, 250, {}});
    REQUIRE(r.removed.size() == 2);
    CHECK(r.removed[0].filename() == "tempmon-h-2-x.tar.zst");
    CHECK(r.removed[1].filename() == "tempmon-h-1-x.tar.zst");
    REQUIRE(r.removed_unshipped.size() == 1);
    CHECK(r.removed_unshipped[0].filename() == "tempmon-h-1-x.tar.zst");
  }
  SECTION("without the outbox folder, plain retention") {
    fs::remove_all(spool::StateDir(d.p));
    auto r = sp.ApplyRetention({1, {}, {}});
    CHECK(r.removed.size() == 3);
    CHECK(r.removed_unshipped.empty());
  }
}

namespace {
// ParseOptions wants a mutable argv, as main() gets it.
struct Argv {
  explicit Argv(std::vector<std::string> a) : args(std::move(a)) {
    for (auto& x : args) ptrs.push_back(x.data());
  }
  int argc() const { return static_cast<int>(ptrs.size()); }
  char** argv() { return ptrs.data(); }
  std::vector<std::string> args;
  std::vector<char*> ptrs;
};
}  // namespace

TEST_CASE("the installed config files parse, through one config-file reader for both tools") {
  // The files packaging installs in /etc/tempmon: a key the tool does not
  // know, or a value it refuses, would stop the service at boot.
  Options o;
  int rc = -1;
  Argv ship({"tempmon-ship", "--config", TEMPMON_PACKAGING_DIR "/ship.conf"});
  REQUIRE(ParseOptions(ship.argc(), ship.argv(), &o, &rc));
  CHECK(o.upload == "fleet-store:tempmon-bundles/{host}/");
  CHECK(o.rclone_config == "/etc/tempmon/rclone.conf");
  CHECK(o.bwlimit == "2M");
  CHECK(o.keep_shipped);

  tempmon::capture::Options c;
  Argv capture({"tempmon-capture", "--config", TEMPMON_PACKAGING_DIR "/capture.conf"});
  REQUIRE(tempmon::capture::ParseOptions(capture.argc(), capture.argv(), &c, &rc));
  CHECK(c.on_throttle);
  CHECK(c.on_hang);
  CHECK(c.cooldown_s == 300);
  CHECK(c.keep_count == 50u);
}

TEST_CASE("the command line overrides the config file; a bad key is a usage error") {
  TempDir d;
  fs::path conf = d.p / "ship.conf";
  std::ofstream(conf) << "upload = a:b/{host}/\nrclone-config = /x/rclone.conf\nbackoff-min = 5\n";
  Options o;
  int rc = -1;
  Argv a({"tempmon-ship", "--config", conf.string(), "--backoff-min", "7"});
  REQUIRE(ParseOptions(a.argc(), a.argv(), &o, &rc));
  CHECK(o.upload == "a:b/{host}/");
  CHECK(o.backoff_min_s == 7);

  std::ofstream(conf, std::ios::app) << "no-such-option = 1\n";
  Options o2;
  Argv b({"tempmon-ship", "--config", conf.string()});
  CHECK_FALSE(ParseOptions(b.argc(), b.argv(), &o2, &rc));
  CHECK(rc == kExitUsage);
}

TEST_CASE("credentials in rclone's error text are replaced before they reach a log or a state file") {
  // rclone 1.60's own words for an unreachable WebDAV remote and an S3
  // connection string (the user:pass of the URL is Go's own "***").
  CHECK(RedactCredentials(R"(Failed to copyto: read metadata failed: Propfind "http://bob:***@127.0.0.1:1/dav?token=SEKRET2/x/y": dial tcp 127.0.0.1:1: connect: connection refused)") ==
        R"(Failed to copyto: read metadata failed: Propfind "http://***@127.0.0.1:1/dav?token=***": dial tcp 127.0.0.1:1: connect: connection refused)");
  CHECK(RedactCredentials(R"(Failed to create file system for destination ":s3,provider=Minio,access_key_id=AKIAFOO,secret_access_key=SEKRET3,endpoint='http://127.0.0.1:1':bucket/": unsupported)") ==
        R"(Failed to create file system for destination ":s3,provider=Minio,access_key_id=***,secret_access_key=***,endpoint='http://127.0.0.1:1':bucket/": unsupported)");
  CHECK(RedactCredentials("GET https://alice:hunter2@example.com/a?X-Amz-Signature=abc123&X-Amz-Date=1 failed") ==
        "GET https://***@example.com/a?X-Amz-Signature=***&X-Amz-Date=1 failed");
  CHECK(RedactCredentials(R"(body {"password": "p4ss", "user": "u"})") == R"(body {"password": "***", "user": "u"})");
  CHECK(RedactCredentials("Authorization: Bearer eyJhbGciOi.J9x-y_z") == "Authorization: Bearer ***");
  CHECK(RedactCredentials("Basic auth failed for user") == "Basic auth failed for user");
  // Nothing else changes: the classifier's words, hosts, paths, sizes.
  const std::string plain = "Failed to copyto: sftp: \"Permission denied\" (SSH_FX_PERMISSION_DENIED) 127.0.0.1:2222/fleet/x: 507 Insufficient Storage";
  CHECK(RedactCredentials(plain) == plain);
  CHECK(RedactCredentials("") == "");
  CHECK(RedactCredentials("token=") == "token=");
  CHECK(RedactCredentials("x://@") == "x://***@");
}
