// The bundle library's two threads under ThreadSanitizer: the writer's
// worker (SHA-256 of rows formatted ahead, the kernel-log members and the
// summary while samples.csv is compressed) and the reader's parser
// (samples.csv parsed while it decompresses), on their success paths and
// when one side fails while the other runs.
#include <catch2/catch_test_macros.hpp>
#include <catch2/matchers/catch_matchers_string.hpp>

#include <string>

#include "tempmon/bundle/bundle.h"
#include "craft.h"
#include "tempmon/bundle/samples_csv.h"
#include "synth.h"

using namespace tempmon::bundle;
using namespace tempmon::bundle::test;
using Catch::Matchers::ContainsSubstring;

namespace {

void RequireSameSamples(const Contents& a, const Contents& b) {
  REQUIRE(a.samples.size() == b.samples.size());
  for (size_t i = 0; i < a.samples.size(); ++i) {
    const Sample &x = a.samples[i], &y = b.samples[i];
    if (x.wall_ns != y.wall_ns || x.ts_ns != y.ts_ns || x.seq != y.seq || x.sensor != y.sensor ||
        x.temp_mc != y.temp_mc || x.flags != y.flags)
      FAIL("sample " << i << " differs after the round trip");
  }
}

}  // namespace

TEST_CASE("a bundle written with rows formatted ahead reads back row for row") {
  const Contents c = SynthContents(300000, SynthShape{16, 100'000});
  std::string csv;
  StreamSamplesCsv(c.samples, c.sensors, [&csv](std::string_view p) { csv.append(p); });
  const size_t header_end = csv.find('\n') + 1;
  CsvRows rows;
  rows.pieces = {std::string_view(csv).substr(header_end)};
  rows.rows = c.samples.size();
  rows.first_seq = c.samples.front().seq;
  rows.last_seq = c.samples.back().seq;
  rows.names = SampleRowFormatter(c.sensors).names();

  const std::string ahead = Serialize(c, &rows);
  const std::string plain = Serialize(c);
  CHECK(Members(ahead) == Members(plain));
  TempBundle t(ahead);
  const Contents back = Read(t.path());
  RequireSameSamples(c, back);
  CHECK(back.kmsg.size() == c.kmsg.size());
  RequireSameSamples(c, ReadBytes(plain));
}

TEST_CASE("a samples.csv changed in the archive is tampered, whatever its parser found") {
  const std::string valid = Serialize(SynthContents(200000));
  for (bool fix_manifest : {false, true}) {
    INFO("manifest fixed: " << fix_manifest);
    auto m = Members(valid);
    std::string& csv = m["samples.csv"];
    csv.replace(csv.size() / 2, 8, "not,a,ro");
    TempBundle t(Repack(m, fix_manifest));
    if (fix_manifest)
      CHECK_THROWS_WITH(Read(t.path()), ContainsSubstring("samples.csv:"));
    else
      CHECK_THROWS_AS(Read(t.path()), TamperedError);
  }
}

TEST_CASE("an archive cut short stops the parser and is refused") {
  const std::string valid = Serialize(SynthContents(200000));
  for (size_t cut : {valid.size() / 3, valid.size() / 2, valid.size() - 100}) {
    INFO("cut at " << cut);
    CHECK_THROWS_AS(ReadBytes(std::string_view(valid).substr(0, cut)), BundleError);
  }
}
