// samples.csv compressed ahead (tar_zst.h PrecompressedMember) and
// continued by the writer: the bundle reads back, member for member, as
// the one the writer compresses whole (docs/precompress.md).
#include <zstd.h>

#include <catch2/catch_test_macros.hpp>
#include <string>
#include <vector>

#include "tempmon/bundle/bundle.h"
#include "tempmon/bundle/read_limits.h"
#include "tempmon/bundle/samples_csv.h"
#include "synth.h"
#include "tempmon/bundle/tar_zst.h"

using namespace tempmon::bundle;

namespace {

// The rows of `c` formatted ahead, in chunks of `per` rows (as a capture
// keeps them), and the CsvRows that point into them.
struct Formatted {
  std::vector<std::string> chunks;
  CsvRows rows;
};

Formatted Format(const Contents& c, size_t per) {
  Formatted f;
  SampleRowFormatter fmt(c.sensors);
  for (size_t i = 0; i < c.samples.size(); i += per) {
    std::string text;
    for (size_t k = i; k < std::min(c.samples.size(), i + per); ++k) fmt.Append(text, c.samples[k]);
    f.chunks.push_back(std::move(text));
  }
  for (const std::string& t : f.chunks) f.rows.pieces.emplace_back(t);
  f.rows.rows = c.samples.size();
  f.rows.first_seq = c.samples.front().seq;
  f.rows.last_seq = c.samples.back().seq;
  f.rows.names = fmt.names();
  return f;
}

std::string Csv(const Formatted& f) {
  std::string all(kSamplesHeader);
  all += '\n';
  for (const std::string& t : f.chunks) all += t;
  return all;
}

// The first `n` bytes of `csv` fed in pieces of `piece`, flushed after each.
std::unique_ptr<PrecompressedMember> Ahead(const std::string& csv, size_t n, size_t piece) {
  auto pre = std::make_unique<PrecompressedMember>();
  for (size_t at = 0; at < n; at += piece) {
    pre->Feed(std::string_view(csv).substr(at, std::min(piece, n - at)));
    pre->Flush();
  }
  return pre;
}

std::vector<Member> Members(const std::string& bytes) {
  ReadBudget budget;
  return UnpackTarZst(bytes, budget).members;
}

// The whole frame through libzstd's one-shot decoder, apart from the
// streaming one UnpackTarZst uses.
std::string Decompressed(const std::string& bytes) {
  std::string out;
  std::unique_ptr<ZSTD_DCtx, size_t (*)(ZSTD_DCtx*)> d(ZSTD_createDCtx(), &ZSTD_freeDCtx);
  ZSTD_inBuffer in{bytes.data(), bytes.size(), 0};
  std::vector<char> buf(ZSTD_DStreamOutSize());
  size_t r = 1;
  while (in.pos < in.size) {
    ZSTD_outBuffer ob{buf.data(), buf.size(), 0};
    r = ZSTD_decompressStream(d.get(), &ob, &in);
    REQUIRE_FALSE(ZSTD_isError(r));
    out.append(buf.data(), ob.pos);
  }
  REQUIRE(r == 0);  // the frame ended exactly at the end of the bytes
  return out;
}

}  // namespace

TEST_CASE("a bundle continued from samples.csv compressed ahead reads as the one compressed whole") {
  Contents c = SynthContents(20000);
  const Formatted f = Format(c, 4096);
  const std::string csv = Csv(f);
  const std::string plain = Serialize(c, &f.rows);
  const std::vector<Member> want = Members(plain);
  const size_t header = kSamplesHeader.size() + 1;
  // The window's start at different offsets in the stream: only the
  // header line fed, a row cut in the middle, a chunk's end, all rows but
  // one byte, every row; fed in pieces of different sizes.
  struct Case {
    size_t fed, piece;
  };
  const Case cases[] = {{header, 4096},          {header + 37, 11},        {header + f.chunks[0].size(), 65536},
                        {csv.size() / 2 + 5, 70000}, {csv.size() - 1, 131072}, {csv.size(), 1 << 20}};
  for (const Case& k : cases) {
    INFO("fed " << k.fed << " of " << csv.size() << " in pieces of " << k.piece);
    std::unique_ptr<PrecompressedMember> pre = Ahead(csv, k.fed, k.piece);
    const std::string bytes = Serialize(c, &f.rows, pre.get());
    CHECK(pre->used());
    // The frame begins with the stream's own frame header and its blocks
    // follow the raw ones.
    REQUIRE(bytes.compare(0, 6, pre->compressed(), 0, 6) == 0);
    const std::vector<Member> got = Members(bytes);
    REQUIRE(got.size() == want.size());
    for (size_t i = 0; i < got.size(); ++i) {
      CHECK(got[i].name == want[i].name);
      CHECK(got[i].data == want[i].data);
    }
    CHECK(got[1].name == "samples.csv");
    CHECK(got[1].data == csv);
    // The one-shot decoder gives the same tar.
    CHECK(Decompressed(bytes) == Decompressed(plain));
    const Contents r = ReadBytes(bytes);  // every member's SHA-256 checked
    REQUIRE(r.samples.size() == c.samples.size());
    CHECK(r.samples.back().seq == c.samples.back().seq);
  }
}

TEST_CASE("a stream compressed ahead is continued only with the member it began") {
  Contents c = SynthContents(5000);
  const Formatted f = Format(c, 1000);
  std::string csv = Csv(f);
  const std::string plain = Serialize(c, &f.rows);

  // The writer checks the first and last bytes fed (the capture hands over
  // a stream of the very rows it holds: Precompressor::Continues).
  SECTION("other rows at its end") {
    std::string other = csv;
    const size_t n = other.size() * 3 / 4, at = n - 40;
    other[at] = other[at] == '1' ? '2' : '1';
    std::unique_ptr<PrecompressedMember> pre = Ahead(other, n, 8192);
    CHECK(Serialize(c, &f.rows, pre.get()) == plain);
    CHECK_FALSE(pre->used());
  }
  SECTION("more bytes than the member has") {
    std::unique_ptr<PrecompressedMember> pre = Ahead(csv + "x", csv.size() + 1, 8192);
    CHECK(Serialize(c, &f.rows, pre.get()) == plain);
    CHECK_FALSE(pre->used());
  }
  SECTION("without the rows formatted ahead") {
    std::unique_ptr<PrecompressedMember> pre = Ahead(csv, csv.size() / 2, 8192);
    CHECK(Serialize(c, nullptr, pre.get()) == plain);
    CHECK_FALSE(pre->used());
  }
  SECTION("used once only") {
    std::unique_ptr<PrecompressedMember> pre = Ahead(csv, csv.size() / 2, 8192);
    const std::string first = Serialize(c, &f.rows, pre.get());
    CHECK(pre->used());
    CHECK(Serialize(c, &f.rows, pre.get()) == plain);
    CHECK_THROWS_AS(pre->Feed("x"), BundleError);
    CHECK(Members(first)[1].data == csv);
  }
}
