#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <filesystem>
#include <fstream>

#include <catch2/catch_test_macros.hpp>

#include "temp_dir.h"
#include <catch2/matchers/catch_matchers_string.hpp>

#include "capture/common/errors.h"
#include "capture/metrics/metrics.h"
#include "capture/trigger/debouncer.h"
#include "tempmon/spool/spool.h"

namespace fs = std::filesystem;
using namespace tempmon::capture;
using namespace tempmon::spool;
using namespace std::chrono_literals;

namespace {
struct TempDir : testing::TempDir {
  TempDir() : testing::TempDir("spool") {}
};
void Touch(const fs::path& p, size_t bytes, std::chrono::seconds age) {
  std::ofstream(p) << std::string(bytes, 'x');
  fs::last_write_time(p, fs::file_time_type::clock::now() - age);
}
}  // namespace

TEST_CASE("bundle names carry host, UTC time and trigger") {
  // 2026-11-25 03:12:44.123 UTC
  int64_t ns = 1795576364123000000;
  CHECK(BundleName("gpu node/7", ns, "hang") ==
        "tempmon-gpu_node_7-20261125T031244.123Z-hang.tar.zst");
  CHECK(IsBundleName("tempmon-a-20261125T031244.123Z-hang.tar.zst"));
  CHECK_FALSE(IsBundleName(".tempmon-a.tar.zst.tmp-Ab12Cd"));
  CHECK(tempmon::sys::IsReplaceTemporary(".tempmon-a-20261125T031244.123Z-hang.tar.zst.tmp-Ab12Cd"));
}

TEST_CASE("retention removes oldest first by count, bytes and age") {
  TempDir d;
  Spool sp(d.p);
  for (int i = 0; i < 6; ++i)
    Touch(d.p / ("tempmon-h-" + std::to_string(i) + "-x.tar.zst"), 100, std::chrono::hours(24 * (6 - i)));
  std::ofstream(d.p / "unrelated.txt") << "keep me";

  SECTION("count") {
    auto r = sp.ApplyRetention(Retention{4, {}, {}});
    CHECK(r.removed.size() == 2);
    auto left = sp.Bundles();
    REQUIRE(left.size() == 4);
    CHECK(left.front().filename() == "tempmon-h-2-x.tar.zst");
  }
  SECTION("bytes") {
    sp.ApplyRetention(Retention{{}, 250, {}});
    auto left = sp.Bundles();
    REQUIRE(left.size() == 2);
    CHECK(left.back().filename() == "tempmon-h-5-x.tar.zst");
  }
  SECTION("age") {
    sp.ApplyRetention(Retention{{}, {}, 2.5});  // ages 1d, 2d stay
    CHECK(sp.Bundles().size() == 2);
  }
  SECTION("the newest survives a byte limit it alone exceeds") {
    sp.ApplyRetention(Retention{{}, 10, {}});
    CHECK(sp.Bundles().size() == 1);
  }
  CHECK(fs::exists(d.p / "unrelated.txt"));
}

TEST_CASE("one instance per spool; the second names the holder's PID") {
  TempDir d;
  Spool first(d.p);
  pid_t child = ::fork();
  if (child == 0) {  // a separate process: flock is per open file
    try {
      Spool second(d.p);
      _exit(1);
    } catch (const SpoolError& e) {
      std::string msg = e.what();
      _exit(msg.find("PID " + std::to_string(::getppid())) != std::string::npos ? 0 : 2);
    }
  }
  int st = 0;
  ::waitpid(child, &st, 0);
  CHECK(WIFEXITED(st));
  CHECK(WEXITSTATUS(st) == 0);
}

TEST_CASE("leftover temporaries of a crashed write are removed at start") {
  TempDir d;
  std::ofstream(d.p / ".tempmon-h-1-x.tar.zst.tmp-abcdef") << "partial";
  std::ofstream(d.p / "tempmon-h-1-x.tar.zst") << "complete";
  Spool sp(d.p);
  auto removed = sp.CleanTemporaries();
  CHECK(removed.size() == 1);
  CHECK(fs::exists(d.p / "tempmon-h-1-x.tar.zst"));
  CHECK_FALSE(fs::exists(d.p / ".tempmon-h-1-x.tar.zst.tmp-abcdef"));
}

TEST_CASE("seen keys persist across instances") {
  TempDir d;
  {
    Spool sp(d.p);
    CHECK_FALSE(sp.Seen("pstore:abc"));
    sp.MarkSeen("pstore:abc");
  }
  Spool again(d.p);
  CHECK(again.Seen("pstore:abc"));
  CHECK_FALSE(again.Seen("pstore:abd"));
}

TEST_CASE("debounce: one capture per cooldown, suppressed ones counted") {
  Debouncer db(10s);
  const uint64_t s = 1'000'000'000;
  CHECK(db.Allow(1 * s));
  db.Captured(2 * s);
  CHECK_FALSE(db.Allow(5 * s));
  CHECK_FALSE(db.Allow(11 * s));
  CHECK(db.Allow(12 * s));
  CHECK(db.suppressed() == 2);
}

TEST_CASE("metrics file is Prometheus text, replaced atomically") {
  TempDir d;
  Metrics m;
  m.captures_by_trigger["throttle"] = 2;
  m.captures_by_trigger["hang"] = 1;
  m.last_peak_mc = 91500;
  m.ring_lost = 7;
  m.WriteAtomically(d.p / "tempmon.prom");
  std::ifstream in(d.p / "tempmon.prom");
  std::string all((std::istreambuf_iterator<char>(in)), {});
  CHECK_THAT(all, Catch::Matchers::ContainsSubstring("tempmon_captures_total{trigger=\"throttle\"} 2"));
  CHECK_THAT(all, Catch::Matchers::ContainsSubstring("tempmon_last_peak_celsius 91.5"));
  CHECK_THAT(all, Catch::Matchers::ContainsSubstring("tempmon_ring_lost_total 7"));
  CHECK_FALSE(fs::exists(d.p / "tempmon.prom.tmp"));
}

TEST_CASE("the spool and the metrics never write through a planted link or into a folder others can write") {
  TempDir d, elsewhere;
  const fs::path victim = elsewhere.p / "victim";
  auto plant_victim = [&] { std::ofstream(victim) << "precious\n"; };
  auto victim_intact = [&] {
    std::ifstream in(victim);
    std::string s;
    std::getline(in, s);
    return s == "precious";
  };
  plant_victim();
  const fs::path spool = d.p / "spool";
  fs::create_directory(spool);
  ::chmod(spool.c_str(), 0750);

  SECTION("a link at the lock: refused, the target keeps its bytes") {
    fs::create_symlink(victim, spool / ".tempmon-capture.lock");
    CHECK_THROWS_WITH(Spool(spool), Catch::Matchers::ContainsSubstring("is a symbolic link"));
  }
  SECTION("a hard link at the lock: refused") {
    fs::create_hard_link(victim, spool / ".tempmon-capture.lock");
    CHECK_THROWS_WITH(Spool(spool), Catch::Matchers::ContainsSubstring("hard links"));
  }
  SECTION("a link at the seen-state's old temporary name is not followed; at its own name, refused") {
    fs::create_symlink(victim, spool / ".tempmon-seen.new");
    Spool sp(spool);
    sp.MarkSeen("pstore:abc");
    CHECK(sp.Seen("pstore:abc"));
    fs::remove(spool / ".tempmon-seen");
    fs::create_symlink(victim, spool / ".tempmon-seen");
    CHECK_THROWS_WITH(sp.MarkSeen("pstore:abd"), Catch::Matchers::ContainsSubstring("is a symbolic link"));
  }
  SECTION("links at the metrics file's names: replaced, never followed") {
    fs::create_symlink(victim, d.p / "tempmon.prom.tmp");
    fs::create_symlink(victim, d.p / "tempmon.prom");
    Metrics m;
    m.capture_failures = 3;
    m.WriteAtomically(d.p / "tempmon.prom");
    CHECK(fs::is_regular_file(fs::symlink_status(d.p / "tempmon.prom")));
  }
  SECTION("a spool or metrics folder writable by others: refused with one line naming it") {
    const fs::path open = d.p / "open";
    fs::create_directory(open);
    ::chmod(open.c_str(), 0777);
    CHECK_THROWS_WITH(Spool(open), "refusing to write in " + open.string() +
                                       ": it is writable by others (mode 0777) (choose another with --out)");
    CHECK_THROWS_WITH(Metrics{}.WriteAtomically(open / "m.prom"),
                      Catch::Matchers::ContainsSubstring("refusing to write in " + open.string()));
    // Nothing changed the folder's mode behind the refusal.
    struct stat st {};
    REQUIRE(::stat(open.c_str(), &st) == 0);
    CHECK((st.st_mode & 07777) == 0777);
    CHECK(fs::is_empty(open));
  }
  CHECK(victim_intact());
}
