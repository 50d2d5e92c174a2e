// The checked-in golden bundle (format version 1, made by
// tempmon-bundle-synth golden/small.tar.zst 400) must keep reading, and
// the summary stored in it must stay what golden/summary.txt says, and what
// today's viewer renders from it is golden/summary-rendered.txt (the layout
// may change; an old bundle must keep rendering).
#include <catch2/catch_test_macros.hpp>
#include <fstream>
#include <sstream>

#include "tempmon/bundle/analysis.h"
#include "tempmon/bundle/bundle.h"
#include "synth.h"

using namespace tempmon::bundle;

namespace {
std::string Slurp(const std::string& p) {
  std::ifstream f(p, std::ios::binary);
  std::stringstream s;
  s << f.rdbuf();
  return s.str();
}
}  // namespace

TEST_CASE("the golden bundle reads, verifies and gives the golden summary") {
  const std::string dir = TEMPMON_GOLDEN_DIR;
  const std::string golden = Slurp(dir + "/summary.txt");
  REQUIRE(!golden.empty());
  CHECK(Verify(dir + "/small.tar.zst").empty());
  Contents c = Read(dir + "/small.tar.zst");
  CHECK(c.samples.size() == 400);
  CHECK(c.summary == golden);
  const std::string rendered = Slurp(dir + "/summary-rendered.txt");
  REQUIRE(!rendered.empty());
  // The golden bundle predates the catalogue identity: its kernel log is
  // judged again with today's catalogue, and the summary says so in one
  // line; the rest is what a bundle with the capture's verdicts renders.
  std::string old = RenderSummary(c);
  const std::string note = "  kernel-log verdicts re-judged with catalogue " + ShortIdentity(CatalogueIdentity()) +
                           " (bundle: none recorded)\n";
  const size_t at = old.find(note);
  REQUIRE(at != std::string::npos);
  CHECK(at == old.find("Kernel-log signatures (5)\n") + std::string("Kernel-log signatures (5)\n").size());
  old.erase(at, note.size());
  CHECK(old == rendered);
  CHECK(RenderSummary(SynthContents(400)) == rendered);
}
