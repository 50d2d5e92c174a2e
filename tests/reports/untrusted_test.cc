// Every hostile or broken bundle must end in one clear BundleError that
// names the member; never a crash, never a write.
#include <catch2/catch_test_macros.hpp>
#include <catch2/matchers/catch_matchers_string.hpp>

#include "bundle.h"
#include "craft.h"
#include "synth.h"

using namespace tempmon::bundle;
using namespace tempmon::bundle::test;
using Catch::Matchers::ContainsSubstring;

namespace {

const std::string& Valid() {
  static const std::string b = Serialize(SynthContents(200));
  return b;
}

std::string ErrorOf(const std::string& bytes, const ReadLimits& limits = {}) {
  try {
    ReadBytes(bytes, limits);
  } catch (const TamperedError& e) {
    return std::string("TAMPERED ") + e.what();
  } catch (const BundleError& e) {
    return e.what();
  }
  return "no error";
}

// A valid bundle plus one extra entry placed right after the manifest.
std::string WithExtra(Entry extra) {
  auto m = Members(Valid());
  std::vector<Entry> e = {{"manifest.json", m["manifest.json"]}, extra};
  for (auto& [n, d] : m)
    if (n != "manifest.json") e.push_back({n, d});
  return Craft(e);
}

}  // namespace

TEST_CASE("the valid fixture reads") { CHECK(ErrorOf(Valid()) == "no error"); }

TEST_CASE("path traversal and absolute names are refused") {
  CHECK_THAT(ErrorOf(WithExtra({"../evil", "x"})), ContainsSubstring("'../evil' has an unsafe name"));
  CHECK_THAT(ErrorOf(WithExtra({"/etc/passwd", "x"})), ContainsSubstring("'/etc/passwd' has an unsafe name"));
  CHECK_THAT(ErrorOf(WithExtra({"sub/samples.csv", "x"})), ContainsSubstring("unsafe name"));
  CHECK_THAT(ErrorOf(WithExtra({".hidden", "x"})), ContainsSubstring("unsafe name"));
}

TEST_CASE("links, devices and folders are refused") {
  CHECK_THAT(ErrorOf(WithExtra({"link", "", 0120000, "/etc/shadow"})), ContainsSubstring("link: links are refused"));
  CHECK_THAT(ErrorOf(WithExtra({"hard", "", 0100000, "samples.csv", true})),
             ContainsSubstring("hard: links are refused"));
  CHECK_THAT(ErrorOf(WithExtra({"dev", "", 0020000})), ContainsSubstring("dev: not a regular file"));
  CHECK_THAT(ErrorOf(WithExtra({"dir", "", 0040000})), ContainsSubstring("dir/: not a regular file"));
}

TEST_CASE("duplicate members are refused") {
  CHECK_THAT(ErrorOf(WithExtra({"samples.csv", "x"})), ContainsSubstring("samples.csv: duplicate member"));
}

TEST_CASE("oversized members, too many members and decompression bombs stop at the limits") {
  ReadLimits small;
  small.max_member_bytes = 4096;
  CHECK_THAT(ErrorOf(Valid(), small), ContainsSubstring("samples.csv: member of"));
  CHECK_THAT(ErrorOf(Valid(), small), ContainsSubstring("exceeds the limit of 4096"));

  // 256 MiB of zeros compress to a few KiB.
  std::string bomb = Craft({{"manifest.json", "{}"}, {"zeros", std::string(256u << 20, '\0')}});
  CHECK(bomb.size() < (1u << 20));
  ReadLimits limits;
  limits.max_total_bytes = 64u << 20;
  CHECK_THAT(ErrorOf(bomb, limits), ContainsSubstring("zeros: bundle exceeds the total limit"));

  ReadLimits few;
  few.max_members = 3;
  CHECK_THAT(ErrorOf(Valid(), few), ContainsSubstring("more than 3 members"));
}

TEST_CASE("truncated and non-bundle files are refused") {
  const std::string& v = Valid();
  for (size_t cut : {size_t{0}, size_t{10}, v.size() / 3, v.size() / 2, v.size() - 20, v.size() - 1}) {
    INFO("cut at " << cut);
    std::string e = ErrorOf(v.substr(0, cut));
    CHECK(e != "no error");
    CHECK(e.find("TAMPERED") == std::string::npos);
  }
  CHECK_THAT(ErrorOf("hello, world"), ContainsSubstring("not a tar.zst archive"));
  std::string plain_tar = Craft({{"manifest.json", "{}"}}, /*zstd=*/false);
  CHECK_THAT(ErrorOf(plain_tar), ContainsSubstring("not zstd-compressed"));
}

TEST_CASE("a member missing or not listed in the manifest is tampering") {
  auto m = Members(Valid());
  m.erase("episodes.jsonl");
  CHECK_THAT(ErrorOf(Repack(m, false)), ContainsSubstring("TAMPERED episodes.jsonl: missing from the archive"));
  auto m2 = Members(Valid());
  m2["extra.txt"] = "surprise";
  CHECK_THAT(ErrorOf(Repack(m2, false)), ContainsSubstring("TAMPERED extra.txt: not listed in manifest"));
  auto m3 = Members(Valid());
  m3.erase("manifest.json");
  CHECK_THAT(ErrorOf(Repack(m3, false)), ContainsSubstring("manifest.json: missing"));
}

TEST_CASE("wrong format or version is refused before anything else") {
  auto m = Members(Valid());
  auto man = nlohmann::json::parse(m["manifest.json"]);
  man["format_version"] = 2;
  m["manifest.json"] = man.dump();
  CHECK_THAT(ErrorOf(Repack(m, false)), ContainsSubstring("manifest.json: format_version 2 is not supported"));
  man["format"] = "sosreport";
  m["manifest.json"] = man.dump();
  CHECK_THAT(ErrorOf(Repack(m, false)), ContainsSubstring("not a tempmon bundle"));
}

TEST_CASE("malformed members are refused with member and line, even with a matching manifest") {
  struct Case {
    const char* member;
    std::string data;
    const char* expect;
  } cases[] = {
      {"episodes.jsonl", "{\"cause\":\"trip\"}\n{\"cause\":\n", "episodes.jsonl:2: malformed JSON"},
      {"events.jsonl", "[1,2]\n", "events.jsonl:1: each line must be one JSON object"},
      {"events.jsonl", std::string(100, '[') + std::string(100, ']') + "\n", "events.jsonl:1: JSON nested deeper"},
      {"kmsg.jsonl", "{\"seq\":1,\"level\":9,\"facility\":0,\"ts_us\":1,\"text\":\"x\"}\n", "kmsg.jsonl:1: level must be 0..7"},
      {"kmsg.jsonl", "{\"seq\":1,\"level\":3,\"facility\":0,\"ts_us\":-1,\"text\":\"x\"}\n", "kmsg.jsonl:1: field 'ts_us' must not be negative"},
      {"kmsg.jsonl", "{\"seq\":1,\"level\":3,\"facility\":0,\"ts_us\":1}\n", "kmsg.jsonl:1: required field 'text' is missing"},
      {"system.json", "[]", "system.json: must be a JSON object"},
      {"system.json", "{\"a\":\"\xff\xfe\"}", "system.json: malformed JSON"},
      {"samples.csv", "wall_time,mono_ns,seq,sensor_id,sensor_name,temp_mc,flags,flag_names\nnonsense\n",
       "samples.csv:2: expected 8 comma-separated fields"},
      {"manifest.json", "{\"format\":\"tempmon-bundle\",\"format_version\":1}", "manifest.json: required field 'tool_version' is missing"},
  };
  for (const Case& k : cases) {
    INFO(k.member);
    auto m = Members(Valid());
    m[k.member] = k.data;
    CHECK_THAT(ErrorOf(Repack(m, true)), ContainsSubstring(k.expect));
  }
}

TEST_CASE("a hostile manifest field type does not crash the reader") {
  auto m = Members(Valid());
  auto man = nlohmann::json::parse(m["manifest.json"]);
  man["sensors"][0]["id"] = 70000;
  m["manifest.json"] = man.dump();
  CHECK_THAT(ErrorOf(Repack(m, false)), ContainsSubstring("sensors[0]: field 'id' is out of range"));
  man = nlohmann::json::parse(Members(Valid())["manifest.json"]);
  man["members"] = "all of them";
  m["manifest.json"] = man.dump();
  CHECK_THAT(ErrorOf(Repack(m, false)), ContainsSubstring("'members' is missing or not an array"));
}

TEST_CASE("a hostile member name cannot put control characters into the error") {
  std::string e = ErrorOf(WithExtra({"evil\x1b]0;owned\x07/x", "x"}));
  CHECK_THAT(e, ContainsSubstring("unsafe name"));
  CHECK(e.find('\x1b') == std::string::npos);
  CHECK(e.find('\x07') == std::string::npos);
}
