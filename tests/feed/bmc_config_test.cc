// The BMC's credentials file is root's secret: anything but a regular file
// of root's (or the running user's) that nobody else may read is refused
// with one line before a byte of it is used; and a BMC reading outside
// physical ranges is a lie, not a sample.
#include <catch2/catch_test_macros.hpp>

#include <sys/stat.h>
#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>

#include "tempmon/bmc/bmc_ipmi.h"

namespace bmc = tempmon::bmc;
namespace fs = std::filesystem;

namespace {

struct TempDir {
  fs::path path;
  TempDir() {
    char tmpl[] = "/tmp/tempmon-bmc-config-XXXXXX";
    REQUIRE(::mkdtemp(tmpl));
    path = tmpl;
  }
  ~TempDir() {
    std::error_code ec;
    fs::remove_all(path, ec);
  }
  fs::path Write(const std::string& name, const std::string& text, mode_t mode) const {
    fs::path p = path / name;
    std::ofstream(p) << text;
    REQUIRE(::chmod(p.c_str(), mode) == 0);
    return p;
  }
};

std::string Refusal(const fs::path& p) {
  try {
    bmc::LoadBmcConfig(p.string());
  } catch (const bmc::BmcError& e) {
    return e.what();
  }
  return "";
}

constexpr const char* kGood =
    "# the rack's BMC\n"
    "host = 10.1.2.3:623\n"
    "user = monitor   # read-only account\n"
    "password = s3cret\n"
    "cipher_suite = 17\n"
    "privilege = operator\n"
    "timeout_ms = 4000\n"
    "workaround = opensesspriv\n";

}  // namespace

TEST_CASE("a root-only credentials file is read") {
  TempDir d;
  bmc::BmcConfig c = bmc::LoadBmcConfig(d.Write("bmc.conf", kGood, 0600).string());
  CHECK(c.mode == bmc::BmcMode::kLan);
  CHECK(c.host == "10.1.2.3:623");
  CHECK(c.user == "monitor");
  CHECK(c.password == "s3cret");
  CHECK(c.cipher_suite == 17);
  CHECK(c.timeout_ms == 4000);
  CHECK(c.workarounds != 0);
  CHECK(c.Where() == "lan 10.1.2.3:623");
}

TEST_CASE("a credentials file others may read, or not a plain file, is refused in one line") {
  TempDir d;
  const std::string open = Refusal(d.Write("open.conf", kGood, 0644));
  CHECK(open.find("group or others may access it (mode 0644)") != std::string::npos);
  CHECK(open.find("chmod 600") != std::string::npos);
  CHECK(open.find('\n') == std::string::npos);
  CHECK(Refusal(d.Write("group.conf", kGood, 0640)).find("mode 0640") != std::string::npos);
  // A link is not followed: the name could point anywhere.
  fs::create_symlink(d.Write("real.conf", kGood, 0600), d.path / "link.conf");
  CHECK(Refusal(d.path / "link.conf").find("cannot open") != std::string::npos);
  fs::create_directory(d.path / "dir.conf");
  CHECK(Refusal(d.path / "dir.conf").find("not a regular file") != std::string::npos);
  CHECK(Refusal(d.path / "absent.conf").find("No such file") != std::string::npos);
}

TEST_CASE("a credentials file owned by another user is refused") {
  if (::geteuid() != 0) SKIP("needs root to give the file away");
  TempDir d;
  fs::path p = d.Write("theirs.conf", kGood, 0600);
  REQUIRE(::chown(p.c_str(), 1234, 1234) == 0);
  CHECK(Refusal(p).find("owned by uid 1234, not root") != std::string::npos);
}

TEST_CASE("bad lines name the file, the line and what is wrong") {
  TempDir d;
  CHECK(Refusal(d.Write("a.conf", "host = x\nuser = u\ncolour = blue\n", 0600)).find("a.conf:3: unknown key 'colour'") !=
        std::string::npos);
  CHECK(Refusal(d.Write("b.conf", "host = x\nuser = u\npassword = 123456789012345678901\n", 0600))
            .find("longer than IPMI 2.0's 20 bytes") != std::string::npos);
  CHECK(Refusal(d.Write("c.conf", "host = x\nuser = u\ncipher_suite = 99\n", 0600)).find("from 0 to 17") !=
        std::string::npos);
  CHECK(Refusal(d.Write("d.conf", "user = u\n", 0600)).find("no host") != std::string::npos);
  CHECK(Refusal(d.Write("e.conf", "host = x\nuser = u\nno equals sign\n", 0600)).find(":3: expected key = value") !=
        std::string::npos);
}

TEST_CASE("BMC readings outside physical ranges are lies") {
  CHECK(bmc::BmcPlausible("C", 24));
  CHECK(bmc::BmcPlausible("C", -10));
  CHECK_FALSE(bmc::BmcPlausible("C", 255));  // a disconnected sensor's 0xff
  CHECK_FALSE(bmc::BmcPlausible("C", -128));
  CHECK(bmc::BmcPlausible("RPM", 0));  // a stopped fan is the truth, not a lie
  CHECK(bmc::BmcPlausible("RPM", 18000));
  CHECK_FALSE(bmc::BmcPlausible("RPM", -1));
  CHECK_FALSE(bmc::BmcPlausible("RPM", 1e6));
  CHECK(bmc::BmcPlausible("W", 450));
  CHECK_FALSE(bmc::BmcPlausible("W", 65535 * 10.0));
  CHECK_FALSE(bmc::BmcPlausible("C", __builtin_nan("")));
  CHECK_FALSE(bmc::BmcPlausible("V", 12));  // not a unit the feed records
}
