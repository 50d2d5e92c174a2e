#include <catch2/catch_test_macros.hpp>
#include <catch2/matchers/catch_matchers_string.hpp>

#include "tempmon/bundle/bundle.h"
#include "craft.h"
#include "synth.h"

using namespace tempmon::bundle;
using namespace tempmon::bundle::test;
using Catch::Matchers::ContainsSubstring;

TEST_CASE("flipping one byte of any member makes verify name that member") {
  const std::string valid = Serialize(SynthContents(300));
  {
    TempBundle ok(valid);
    CHECK(Verify(ok.path()).empty());
  }
  for (const char* member : {"samples.csv", "episodes.jsonl", "kmsg.txt", "summary.txt", "system.json"}) {
    INFO(member);
    auto m = Members(valid);
    std::string& d = m[member];
    REQUIRE(!d.empty());
    d[d.size() / 2] ^= 0x01;
    TempBundle t(Repack(m, /*fix_manifest=*/false));
    std::vector<VerifyIssue> issues = Verify(t.path());
    REQUIRE(issues.size() == 1);
    CHECK(issues[0].member == member);
    CHECK(issues[0].problem == "sha256 differs from manifest");
    CHECK_THROWS_AS(Read(t.path()), TamperedError);
    CHECK_THROWS_WITH(Read(t.path()), ContainsSubstring(std::string(member) + ": sha256 differs"));
  }
}

TEST_CASE("a truncated or grown member is reported by size") {
  auto m = Members(Serialize(SynthContents(300)));
  m["kmsg.jsonl"] += "{}\n";
  TempBundle t(Repack(m, false));
  auto issues = Verify(t.path());
  REQUIRE(issues.size() == 1);
  CHECK(issues[0].member == "kmsg.jsonl");
  CHECK_THAT(issues[0].problem, ContainsSubstring("differs from manifest"));
}
