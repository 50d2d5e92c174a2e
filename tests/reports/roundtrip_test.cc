#include <sys/stat.h>

#include <catch2/catch_test_macros.hpp>
#include <catch2/matchers/catch_matchers_string.hpp>
#include <filesystem>
#include <fstream>

#include "tempmon/bundle/bundle.h"
#include "craft.h"
#include "tempmon/bundle/samples_csv.h"
#include "synth.h"

using namespace tempmon::bundle;
using tempmon::bundle::test::Craft;
using tempmon::bundle::test::Entry;
using tempmon::bundle::test::Members;
using tempmon::bundle::test::Repack;
namespace fs = std::filesystem;

namespace {

fs::path FreshDir(const std::string& name) {
  fs::path d = fs::temp_directory_path() / ("tempmon-rt-" + name + "-" + std::to_string(::getpid()));
  fs::remove_all(d);
  fs::create_directories(d);
  return d;
}

}  // namespace

TEST_CASE("a bundle written and read back holds the same contents") {
  Contents c = SynthContents(3000);
  c.sensors[2].name = "odd,\"name\"";  // CSV syntax inside a name
  fs::path dir = FreshDir("same");
  Write(c, dir / "b.tar.zst");
  Contents r = Read(dir / "b.tar.zst");

  CHECK(r.tool_version == c.tool_version);
  CHECK(r.module_version == c.module_version);
  CHECK(r.host == c.host);
  CHECK(r.kernel == c.kernel);
  CHECK(r.boot_id == c.boot_id);
  CHECK(r.trigger.kind == c.trigger.kind);
  CHECK(r.trigger.reason == c.trigger.reason);
  CHECK(r.trigger.ts_ns == c.trigger.ts_ns);
  CHECK(r.trigger.wall_ns == c.trigger.wall_ns);
  CHECK(r.window_start_mono_ns == c.window_start_mono_ns);
  CHECK(r.window_end_mono_ns == c.window_end_mono_ns);
  REQUIRE(r.sensors.size() == c.sensors.size());
  for (size_t i = 0; i < c.sensors.size(); ++i) {
    CHECK(r.sensors[i].id == c.sensors[i].id);
    CHECK(r.sensors[i].name == c.sensors[i].name);
    CHECK(r.sensors[i].threshold_mc == c.sensors[i].threshold_mc);
    CHECK(r.sensors[i].hysteresis_mc == c.sensors[i].hysteresis_mc);
  }
  REQUIRE(r.samples.size() == c.samples.size());
  for (size_t i = 0; i < c.samples.size(); ++i) {
    const Sample &a = c.samples[i], &b = r.samples[i];
    REQUIRE((a.wall_ns == b.wall_ns && a.ts_ns == b.ts_ns && a.seq == b.seq && a.sensor == b.sensor &&
             a.temp_mc == b.temp_mc && a.flags == b.flags));
  }
  CHECK(r.episodes == c.episodes);
  CHECK(r.events == c.events);
  CHECK(r.system == c.system);
  REQUIRE(r.kmsg.size() == c.kmsg.size());
  CHECK(r.kmsg[4].text == c.kmsg[4].text);
  CHECK(r.kmsg[4].level == c.kmsg[4].level);
  CHECK(r.kmsg[4].ts_us == c.kmsg[4].ts_us);
  REQUIRE(r.collectors.size() == c.collectors.size());
  CHECK(r.collectors[3].status == "failed");
  CHECK(r.collectors[3].message == c.collectors[3].message);
  CHECK(r.losses.bpf_dropped == 3);
  CHECK(r.summary == RenderSummary(c));
  CHECK_FALSE(r.redacted);
  fs::remove_all(dir);
}

TEST_CASE("Write is atomic: mode 0640, no temporary left, nothing on failure") {
  fs::path dir = FreshDir("atomic");
  Contents c = SynthContents(100);
  Write(c, dir / "b.tar.zst");
  struct stat st {};
  REQUIRE(::stat((dir / "b.tar.zst").c_str(), &st) == 0);
  CHECK((st.st_mode & 0777) == 0640);
  CHECK(std::distance(fs::directory_iterator(dir), fs::directory_iterator()) == 1);

  // A member that cannot be serialized: the old bundle stays untouched.
  auto before = fs::file_size(dir / "b.tar.zst");
  Contents bad = c;
  bad.events.push_back(OtherEvent{42});
  CHECK_THROWS_AS(Write(bad, dir / "b.tar.zst"), BundleError);
  CHECK(fs::file_size(dir / "b.tar.zst") == before);
  CHECK(std::distance(fs::directory_iterator(dir), fs::directory_iterator()) == 1);

  // A folder that does not exist: a clear error, nothing created.
  try {
    Write(c, dir / "missing" / "b.tar.zst");
    FAIL("Write into a missing folder succeeded");
  } catch (const BundleError& e) {
    CHECK(std::string(e.what()).find("missing") != std::string::npos);
  }
  fs::remove_all(dir);
}

TEST_CASE("events are read by their type; one of an unknown type is kept whole") {
  Contents c = SynthContents(100);
  const nlohmann::json future = {{"type", "from_a_newer_capture"}, {"ts_ns", 5}, {"what", {1, 2}}};
  c.events.push_back(OtherEvent{future});
  Contents r = ReadBytes(Serialize(c));
  CHECK(r.events == c.events);
  REQUIRE(std::holds_alternative<OtherEvent>(r.events.back()));
  CHECK(std::get<OtherEvent>(r.events.back()).object == future);
  CHECK(Head(r.events.back()).ts_ns == 5u);
  CHECK(std::holds_alternative<ProbeEvent>(r.events.front()));
  // A format-1 spelling is read as today's name.
  const Event old = EventFromJson({{"type", "trigger"}, {"kind", "temp"}, {"t_ns", 7}});
  REQUIRE(std::holds_alternative<TriggerEvent>(old));
  CHECK(std::get<TriggerEvent>(old).ts_ns == 7u);
}

TEST_CASE("the same contents always give the same bytes") {
  Contents c = SynthContents(500);
  CHECK(Serialize(c) == Serialize(c));
}

TEST_CASE("an empty capture is a valid bundle") {
  Contents c;
  c.tool_version = "0.1.0";
  Contents r = ReadBytes(Serialize(c));
  CHECK(r.samples.empty());
  CHECK(r.episodes.empty());
  CHECK(r.kmsg.empty());
}

TEST_CASE("samples.csv times are ISO-8601 with nanoseconds, also before 1970") {
  CHECK(IsoTime(0) == "1970-01-01T00:00:00.000000000Z");
  CHECK(IsoTime(-1) == "1969-12-31T23:59:59.999999999Z");
  CHECK(IsoTime(1'795'000'000'123'456'789) == "2026-11-18T11:06:40.123456789Z");
  std::vector<Sample> s = {{-1, 1, 2, 0, -5000, 0x3}, {1'795'000'000'123'456'789, 3, 4, 1, 71500, 0x100}};
  std::vector<Sample> r = ParseSamplesCsv(FormatSamplesCsv(s, {}));
  REQUIRE(r.size() == 2);
  CHECK(r[0].wall_ns == -1);
  CHECK(r[0].temp_mc == -5000);
  CHECK(r[0].flags == 3);
  CHECK(r[1].wall_ns == 1'795'000'000'123'456'789);
  CHECK(FlagNames(0x3) == "THROTTLING|THR_START");
  CHECK(FlagNames(0x8000) == "bit15");
}

TEST_CASE("malformed samples.csv rows are rejected with their line number") {
  const std::string head = std::string(kSamplesHeader) + "\n";
  const std::string good = "2026-11-18T11:06:40.000000000Z,1,2,0,cpu0,55000,0x0001,THROTTLING\n";
  CHECK(ParseSamplesCsv(head + good).size() == 1);
  struct Case {
    std::string row, why;
  } cases[] = {
      {"2026-11-18T11:06:40.000000000Z,1,2,0,cpu0,55000,0x0001\n", "8 comma-separated"},
      {"2026-11-18T11:06:40.000000000Z,x,2,0,cpu0,55000,0x0001,THROTTLING\n", "bad ts_ns"},
      {"2026-11-18 11:06:40.000000000Z,1,2,0,cpu0,55000,0x0001,THROTTLING\n", "wall_time"},
      {"2026-13-18T11:06:40.000000000Z,1,2,0,cpu0,55000,0x0001,THROTTLING\n", "out-of-range"},
      {"2026-11-18T11:06:40.000000000Z,1,2,70000,cpu0,55000,0x0001,THROTTLING\n", "bad sensor_id"},
      {"2026-11-18T11:06:40.000000000Z,1,2,0,cpu0,55000,0x0001,STALL\n", "do not match"},
      {"2026-11-18T11:06:40.000000000Z,1,2,0,cpu0,55000,1,THROTTLING\n", "flags must be"},
      {"2026-11-18T11:06:40.000000000Z,1,2,0,cpu0,99999999999,0x0001,THROTTLING\n", "bad temp_mc"},
      {"2026-11-18T11:06:40.000000000Z,1,2,0,\"cpu0,55000,0x0001,THROTTLING\n", "8 comma-separated"},
      {"2026-11-18T11:06:40.000000000Z,1,2,0,cpu0,55000,0x0001,THROTTLING", "no newline"},
  };
  for (const Case& k : cases) {
    INFO(k.row);
    try {
      ParseSamplesCsv(head + good + k.row);
      FAIL("accepted a malformed row");
    } catch (const BundleError& e) {
      std::string msg = e.what();
      CHECK(msg.rfind("samples.csv:3: ", 0) == 0);
      CHECK(msg.find(k.why) != std::string::npos);
    }
  }
  CHECK_THROWS_WITH(ParseSamplesCsv("seq,temp\n"), "samples.csv:1: header is not '" + std::string(kSamplesHeader) + "'");
}

TEST_CASE("Write refuses to replace a device node, symlink or folder") {
  fs::path dir = FreshDir("nonreg");
  fs::create_symlink("/dev/null", dir / "link.tar.zst");
  fs::create_directory(dir / "folder.tar.zst");
  Contents c = SynthContents(10);
  CHECK_THROWS_WITH(Write(c, dir / "link.tar.zst"), Catch::Matchers::ContainsSubstring("not a regular file"));
  CHECK_THROWS_WITH(Write(c, dir / "folder.tar.zst"), Catch::Matchers::ContainsSubstring("not a regular file"));
  CHECK(fs::is_symlink(dir / "link.tar.zst"));
  CHECK(fs::is_character_file("/dev/null"));
  fs::remove_all(dir);
}

TEST_CASE("a GPU's origin, unit and identity round-trip; a sensor of an older bundle reads as a temperature") {
  Contents c = SynthContents(10);
  c.sensors.resize(2);
  Sensor& gpu = c.sensors[0];
  gpu.kind = "nvml";
  gpu.model = "NVIDIA H200";
  gpu.uuid = "GPU-7b1ab9a4-0000-4000-8000-000000000000";
  gpu.location = "00000000:19:00.0";
  gpu.threshold_mc = 89000;
  gpu.shutdown_mc = 92000;
  gpu.max_op_mc = 87000;
  Sensor& power = c.sensors[1];
  power = gpu;
  power.name = "gpu0.power_w";
  power.unit = "W";
  power.threshold_mc.reset();
  power.shutdown_mc.reset();
  power.max_op_mc.reset();
  for (Sample& s : c.samples) s.sensor = s.sensor % 2;
  Contents r = ReadBytes(Serialize(c));
  REQUIRE(r.sensors.size() == 2);
  for (size_t i = 0; i < 2; ++i) {
    CHECK(r.sensors[i].kind == "nvml");
    CHECK(r.sensors[i].unit == c.sensors[i].unit);
    CHECK(r.sensors[i].model == "NVIDIA H200");
    CHECK(r.sensors[i].uuid == gpu.uuid);
    CHECK(r.sensors[i].location == "00000000:19:00.0");
    CHECK(r.sensors[i].threshold_mc == c.sensors[i].threshold_mc);
    CHECK(r.sensors[i].shutdown_mc == c.sensors[i].shutdown_mc);
    CHECK(r.sensors[i].max_op_mc == c.sensors[i].max_op_mc);
  }
  CHECK(r.sensors[0].IsTemperature());
  CHECK_FALSE(r.sensors[1].IsTemperature());
  // The checked-in golden bundle predates units and identities.
  Contents old = Read(fs::path(TEMPMON_GOLDEN_DIR) / "small.tar.zst");
  REQUIRE(!old.sensors.empty());
  for (const Sensor& s : old.sensors) {
    CHECK(s.unit == "C");
    CHECK(s.uuid.empty());
  }
}

TEST_CASE("redaction masks a GPU's UUID in the manifest as in system.json, with the same token") {
  Contents c = SynthContents(10);
  c.sensors[0].kind = "nvml";
  c.sensors[0].uuid = "GPU-7b1ab9a4-0000-4000-8000-000000000000";
  c.system["gpu_nvml"] = {{"at_trigger", {{"gpus", {{{"uuid", c.sensors[0].uuid}}}}}}};
  Redact(c);
  CHECK(c.sensors[0].uuid == "GPU-uuid0");
  CHECK(c.system["gpu_nvml"]["at_trigger"]["gpus"][0]["uuid"] == c.sensors[0].uuid);
  CHECK(c.summary.find("GPU-7b1ab9a4") == std::string::npos);
}

namespace {

// The rows of `csv` parsed by a SamplesCsvParser fed `piece` bytes at a time,
// formatted back (so that every field is compared), or the error it threw.
std::string ParsedInPieces(const std::string& csv, size_t piece, const ReadLimits& limits = {}) {
  ReadBudget budget(limits);
  try {
    SamplesCsvParser p(budget, csv.size());
    for (size_t at = 0; at < csv.size(); at += piece) p.Feed(std::string_view(csv).substr(at, piece));
    return FormatSamplesCsv(p.Finish(), {});
  } catch (const BundleError& e) {
    return std::string("error: ") + e.what();
  }
}

std::string ParsedWhole(const std::string& csv, const ReadLimits& limits = {}) {
  return ParsedInPieces(csv, csv.size() + 1, limits);
}

}  // namespace

TEST_CASE("samples.csv parses the same in pieces of any size, rows across pieces included") {
  Contents c = SynthContents(3000);
  c.sensors[2].name = "odd,\"name\"";  // a quoted field: the general path
  std::string csv = FormatSamplesCsv(c.samples, c.sensors);
  // A CRLF row and a row of a new second, both legal.
  csv += "2026-11-18T11:06:40.000000000Z,1,2,0,cpu0,55000,0x0001,THROTTLING\r\n";
  csv += "2026-11-18T11:06:41.000000001Z,1,3,0,cpu0,-5,0x0000,\n";
  const std::string whole = ParsedWhole(csv);
  REQUIRE(whole.rfind("error: ", 0) == std::string::npos);
  CHECK(whole == ParsedWhole(FormatSamplesCsv(ParseSamplesCsv(csv), {})));
  for (size_t piece : {1, 2, 3, 7, 64, 4096, 1 << 20}) {
    INFO("pieces of " << piece);
    CHECK(ParsedInPieces(csv, piece) == whole);
  }
  // Refusals: the same message, the same line, whatever the pieces.
  const std::string head = std::string(kSamplesHeader) + "\n";
  const std::string good = "2026-11-18T11:06:40.000000000Z,1,2,0,cpu0,55000,0x0001,THROTTLING\n";
  ReadLimits short_lines;
  short_lines.max_line_bytes = 100;
  for (const std::string& bad : {head + good + std::string(150, '7') + "\n", head + good + std::string(150, '7'),
                                 head + good + good.substr(0, good.size() - 1), head + good + "x,1\n",
                                 head + good + good.substr(0, 31) + "1,2,0,cpu0,55000,0x0002,THROTTLING\n"}) {
    const std::string want = ParsedWhole(bad, short_lines);
    INFO(want);
    CHECK(want.rfind("error: samples.csv:3: ", 0) == 0);
    for (size_t piece : {1, 2, 5, 33, 99, 100, 101})
      CHECK(ParsedInPieces(bad, piece, short_lines) == want);
  }
}

TEST_CASE("a long capture's bundle, past the capture's 2^21 samples, opens under the default limits, every row as written") {
  // 16 sensors at 100 Hz (a record every 625 us), about an hour's tenth.
  const size_t n = kMaxBundleSamples + 100'000;
  const std::string bytes = Serialize(SynthContents(n, {16, 625'000}));
  Contents r = ReadBytes(bytes);
  REQUIRE(r.samples.size() == n);
  CHECK(r.sensors.size() == 16);
  // export --csv prints FormatSamplesCsv of what was read: the member's own bytes.
  CHECK(FormatSamplesCsv(r.samples, r.sensors) == Members(bytes).at("samples.csv"));
}

TEST_CASE("a samples.csv changed so that it no longer parses is refused as tampered, not as malformed") {
  auto m = Members(Serialize(SynthContents(300)));
  std::string& csv = m.at("samples.csv");
  csv.replace(csv.find('\n', csv.size() / 2) + 1, 10, "garbage,,,");
  CHECK_THROWS_AS(ReadBytes(Repack(m, false)), TamperedError);
  // With the manifest made to match, the parser's own refusal.
  try {
    ReadBytes(Repack(m, true));
    FAIL("accepted a malformed samples.csv");
  } catch (const TamperedError&) {
    FAIL("a matching manifest was called tampered");
  } catch (const BundleError& e) {
    CHECK_THAT(e.what(), Catch::Matchers::ContainsSubstring("samples.csv:"));
  }
}

TEST_CASE("an archive whose manifest comes after samples.csv reads the same, samples.csv held whole") {
  const std::string bytes = Serialize(SynthContents(3000));
  auto m = Members(bytes);
  std::vector<Entry> e = {{"samples.csv", m.at("samples.csv")}};
  for (const auto& [name, data] : m)
    if (name != "samples.csv") e.push_back({name, data});
  const std::string late = Craft(e);
  Contents a = ReadBytes(bytes), b = ReadBytes(late);
  CHECK(FormatSamplesCsv(b.samples, b.sensors) == FormatSamplesCsv(a.samples, a.sensors));
  CHECK(b.samples.size() == 3000);
  // Held whole, samples.csv keeps the cap of the capture's largest bundle.
  ReadLimits held;
  held.max_held_samples_csv_bytes = 1000;
  CHECK_THROWS_WITH(ReadBytes(late, held), Catch::Matchers::ContainsSubstring("exceeds the limit of 1000 for one held whole"));
  CHECK(ReadBytes(bytes, held).samples.size() == 3000);  // streamed: the larger cap
}
