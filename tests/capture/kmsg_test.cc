#include <fstream>
#include <string>

#include <catch2/catch_test_macros.hpp>

#include "capture/kmsg/kmsg_matcher.h"
#include "capture/kmsg/kmsg_record.h"

namespace km = tempmon::capture::kmsg;

TEST_CASE("every line of the real-world corpus gets its expected verdict") {
  std::ifstream in(TEMPMON_CAPTURE_TEST_DATA "/kmsg_corpus.tsv");
  REQUIRE(in);
  std::string line;
  int cases = 0, lineno = 0;
  while (std::getline(in, line)) {
    ++lineno;
    if (line.empty() || line[0] == '#') continue;
    auto tab = line.find('\t');
    REQUIRE(tab != std::string::npos);
    std::string want = line.substr(0, tab), text = line.substr(tab + 1);
    INFO("corpus line " << lineno << ": " << text);
    CHECK(km::Classify(text).ToString() == want);
    ++cases;
  }
  CHECK(cases >= 60);
}

TEST_CASE("an Xid line names its own code and device, not a previous Xid") {
  auto m = km::Classify(
      "[ 9.1] NVRM: Xid (PCI:0000:3b:00): 154, GPU recovery action changed "
      "from 0x0 (None) to 0x1 (GPU Reset Required), caused by previous Xid 79");
  CHECK(m.code == 154);
  CHECK(m.device == "PCI:0000:3b:00");
  CHECK(m.verdict == km::Verdict::kGpuEvent);
}

TEST_CASE("prefixes are stripped in any nesting") {
  CHECK(km::StripPrefixes("Nov 25 03:12:44 host kernel: [ 12.5] hello") ==
        "hello");
  CHECK(km::StripPrefixes("<4>[Wed Nov 25 03:12:44 2026] hi there") ==
        "hi there");
  CHECK(km::StripPrefixes("6,12,345,-;text") == "text");
  CHECK(km::StripPrefixes("plain text: kept") == "plain text: kept");
}

TEST_CASE("a /dev/kmsg record is parsed with level, facility and dictionary") {
  auto r = km::ParseRecord(
      "12,1187,812000001,-;usb 1-1: new device\\x0aline two\n"
      " SUBSYSTEM=usb\n DEVICE=c189:1\n");
  REQUIRE(r);
  CHECK(r->level == 4);
  CHECK(r->facility == 1);
  CHECK(r->seq == 1187);
  CHECK(r->ts_us == 812000001);
  CHECK(r->text ==
        "usb 1-1: new device\nline two\nSUBSYSTEM=usb\nDEVICE=c189:1");
}

TEST_CASE("malformed records are refused, a buffer is split into records") {
  CHECK_FALSE(km::ParseRecord("no semicolon here"));
  CHECK_FALSE(km::ParseRecord("x,1,2,-;bad priority"));
  CHECK_FALSE(km::ParseRecord("6,1;too few fields"));
  size_t skipped = 0;
  auto recs = km::ParseBuffer(
      "6,1,100,-;first\n SUBSYSTEM=pci\n"
      "garbage line\n"
      "4,2,200,c;second\n"
      "0,3,300,-;NVRM: Xid (PCI:0000:01:00): 79, GPU has fallen off the bus.\n",
      &skipped);
  REQUIRE(recs.size() == 3);
  CHECK(skipped == 1);
  CHECK(recs[0].text == "first\nSUBSYSTEM=pci");
  CHECK(recs[1].seq == 2);
  CHECK(km::Classify(recs[2].text).ToString() == "gpu_hang:nvidia_xid:79");
}
