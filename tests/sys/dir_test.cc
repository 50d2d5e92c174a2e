// Files root writes: a link, a hard link or a swapped folder planted where
// a tool writes is never written through, and a folder another user can
// write is refused with one line naming it (lib/sys, tempmon/sys/dir.h).
#include <fcntl.h>
#include <pwd.h>
#include <sys/stat.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

#include <catch2/catch_test_macros.hpp>
#include <catch2/matchers/catch_matchers_string.hpp>

#include "temp_dir.h"
#include "tempmon/sys/dir.h"

namespace fs = std::filesystem;
using Catch::Matchers::ContainsSubstring;
using tempmon::capture::testing::TempDir;
using tempmon::sys::Dir;
using tempmon::sys::Durability;
using tempmon::sys::SysError;
using tempmon::sys::UntrustedError;

namespace {

std::string Slurp(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

void Spit(const fs::path& p, const std::string& s) { std::ofstream(p, std::ios::binary) << s; }

std::string ErrorOf(auto&& f) {
  try {
    f();
  } catch (const SysError& e) {
    return e.what();
  }
  return "(no error)";
}

// Files in `d` other than `keep`: no temporary may be left behind.
size_t Entries(const fs::path& d) {
  size_t n = 0;
  for (auto& e : fs::directory_iterator(d)) (void)e, ++n;
  return n;
}

// A checked folder to write in, and a file elsewhere that must never change.
struct Planted {
  TempDir t{"sys"}, elsewhere{"sys-victim"};
  fs::path victim = elsewhere.p / "victim";
  Dir d = Dir::Open(t.p);
  Planted() { Spit(victim, "precious\n"); }
};

uid_t NobodyUid() {
  const passwd* pw = ::getpwnam("nobody");
  return pw ? pw->pw_uid : 65534;
}

}  // namespace

TEST_CASE("Replace writes the whole file with its mode and leaves no temporary") {
  TempDir t("sys");
  Dir d = Dir::Open(t.p);
  d.Replace("m.prom", "a 1\n", 0644);
  d.Replace("m.prom", "a 2\n", 0640);
  CHECK(Slurp(t.p / "m.prom") == "a 2\n");
  struct stat st {};
  REQUIRE(::stat((t.p / "m.prom").c_str(), &st) == 0);
  CHECK((st.st_mode & 07777) == 0640);
  CHECK(Entries(t.p) == 1);
}

TEST_CASE("a deferred Replace is as atomic as any, and one filesystem sync settles it") {
  TempDir t("sys");
  Dir d = Dir::Open(t.p);
  d.Replace("a.ndjson", "{\"row\":1}\n", 0640, Durability::kDeferred);
  d.Replace("a.ndjson", "{\"row\":2}\n", 0640, Durability::kDeferred);
  CHECK(Slurp(t.p / "a.ndjson") == "{\"row\":2}\n");
  CHECK(Entries(t.p) == 1);
  // A link at the name is replaced, never followed, whatever the durability.
  TempDir other("sys-victim");
  fs::create_symlink(other.p / "victim", t.p / "b.ndjson");
  d.Replace("b.ndjson", "x\n", 0640, Durability::kDeferred);
  CHECK(fs::is_regular_file(fs::symlink_status(t.p / "b.ndjson")));
  CHECK_FALSE(fs::exists(other.p / "victim"));
  CHECK_NOTHROW(d.SyncFilesystem());
}

TEST_CASE("a link or hard link planted at any name the writer uses is never written through") {
  Planted f;
  auto& [t, elsewhere, victim, d] = f;

  SECTION("a link at the final name is replaced, not followed") {
    fs::create_symlink(victim, t.p / "m.prom");
    d.Replace("m.prom", "metrics\n", 0644);
    CHECK(fs::is_regular_file(fs::symlink_status(t.p / "m.prom")));
  }
  SECTION("a hard link at the final name is replaced, its other name untouched") {
    fs::create_hard_link(victim, t.p / "m.prom");
    d.Replace("m.prom", "metrics\n", 0644);
  }
  SECTION("links at the old fixed temporary names are ignored") {
    // The names the writers used before: FILE.tmp and FILE.new.
    fs::create_symlink(victim, t.p / "m.prom.tmp");
    fs::create_symlink(victim, t.p / "m.prom.new");
    d.Replace("m.prom", "metrics\n", 0644);
  }
  CHECK(Slurp(t.p / "m.prom") == "metrics\n");
  CHECK(Slurp(victim) == "precious\n");
}

TEST_CASE("a folder swapped for a link after it was checked changes nothing") {
  TempDir t("sys"), elsewhere("sys-victim");
  const fs::path spool = t.p / "spool";
  fs::create_directory(spool);
  Dir d = Dir::Open(spool);
  // Between the check and the write: the folder moves away and a link to
  // another folder takes its name.
  fs::rename(spool, t.p / "moved");
  fs::create_directory_symlink(elsewhere.p, spool);
  d.Replace(".tempmon-seen", "key\n", 0640);
  (void)d.OpenInPlace(".tempmon-capture.lock", 0640);
  CHECK(Slurp(t.p / "moved" / ".tempmon-seen") == "key\n");
  CHECK(fs::exists(t.p / "moved" / ".tempmon-capture.lock"));
  CHECK(fs::is_empty(elsewhere.p));
  // Opened again by path, the link itself is refused.
  CHECK_THAT(ErrorOf([&] { Dir::Open(spool); }),
             ContainsSubstring("refusing to write in " + spool.string() + ": it is a symbolic link"));
}

TEST_CASE("a lock file is opened in place only when it is our own plain file") {
  Planted f;
  auto& [t, elsewhere, victim, d] = f;
  SECTION("a link") {
    fs::create_symlink(victim, t.p / "lock");
    CHECK_THAT(ErrorOf([&] { d.OpenInPlace("lock", 0640); }), ContainsSubstring("is a symbolic link"));
  }
  SECTION("a hard link") {
    fs::create_hard_link(victim, t.p / "lock");
    CHECK_THAT(ErrorOf([&] { d.OpenInPlace("lock", 0640); }), ContainsSubstring("2 hard links"));
  }
  SECTION("a fifo") {
    REQUIRE(::mkfifo((t.p / "lock").c_str(), 0600) == 0);
    CHECK_THAT(ErrorOf([&] { d.OpenInPlace("lock", 0640); }), ContainsSubstring("not a regular file"));
  }
  CHECK(Slurp(victim) == "precious\n");
  auto fresh = Dir::Open(elsewhere.p).OpenInPlace("new.lock", 0640);
  CHECK(fresh);
}

TEST_CASE("a folder that another user can write is refused with one line naming it") {
  TempDir t("sys");
  const fs::path open = t.p / "open";
  fs::create_directory(open);
  SECTION("writable by others") {
    REQUIRE(::chmod(open.c_str(), 0777) == 0);
    const std::string e = ErrorOf([&] { Dir::Open(open).Replace("x", "y", 0644); });
    CHECK(e == "refusing to write in " + open.string() + ": it is writable by others (mode 0777)");
  }
  SECTION("writable by its group") {
    REQUIRE(::chmod(open.c_str(), 0770) == 0);
    CHECK_THAT(ErrorOf([&] { Dir::Open(open); }), ContainsSubstring("it is writable by its group (mode 0770)"));
  }
  SECTION("sticky and world-writable, as /tmp, for root") {
    REQUIRE(::chmod(open.c_str(), 01777) == 0);
    if (::geteuid() != 0) SKIP("a non-root user may write in a sticky folder");
    CHECK_THAT(ErrorOf([&] { Dir::Open(open); }), ContainsSubstring("writable by others (mode 1777)"));
  }
  SECTION("owned by another user") {
    if (::geteuid() != 0) SKIP("needs root to give a folder away");
    REQUIRE(::chown(open.c_str(), NobodyUid(), static_cast<gid_t>(-1)) == 0);
    REQUIRE(::chmod(open.c_str(), 0755) == 0);
    CHECK(ErrorOf([&] { Dir::Open(open); }) ==
          "refusing to write in " + open.string() + ": it belongs to uid " + std::to_string(NobodyUid()) +
              ", not to root");
  }
  CHECK(fs::is_empty(open));
}

TEST_CASE("OpenOrCreate creates a missing folder with its mode and refuses a planted one") {
  TempDir t("sys"), elsewhere("sys-victim");
  const fs::path spool = t.p / "a" / "spool";
  Dir d = Dir::OpenOrCreate(spool, 0750);
  struct stat st {};
  REQUIRE(::stat(spool.c_str(), &st) == 0);
  CHECK((st.st_mode & 07777) == 0750);
  // A link planted where the folder would be created is not followed.
  fs::create_directory_symlink(elsewhere.p, t.p / "planted");
  CHECK_THAT(ErrorOf([&] { Dir::OpenOrCreate(t.p / "planted", 0750); }), ContainsSubstring("symbolic link"));
  d.Chmod(0700);
  REQUIRE(::stat(spool.c_str(), &st) == 0);
  CHECK((st.st_mode & 07777) == 0700);
}

TEST_CASE("names stay inside the checked folder") {
  TempDir t("sys");
  Dir d = Dir::Open(t.p);
  for (const char* bad : {"", ".", "..", "../x", "a/b"})
    CHECK_THAT(ErrorOf([&] { d.Replace(bad, "x", 0644); }), ContainsSubstring("not a plain file name"));
  CHECK(tempmon::sys::IsReplaceTemporary(".m.prom.tmp-Ab12Cd"));
  CHECK_FALSE(tempmon::sys::IsReplaceTemporary("m.prom"));
  CHECK_FALSE(tempmon::sys::IsReplaceTemporary(".tmp-Ab12Cd"));
}
