#include <catch2/catch_test_macros.hpp>
#include <catch2/matchers/catch_matchers_string.hpp>

#include "bundle.h"
#include "craft.h"
#include "synth.h"

using namespace tempmon::bundle;
using namespace tempmon::bundle::test;
using Catch::Matchers::ContainsSubstring;

TEST_CASE("redaction masks every secret in every member, consistently") {
  Contents c = SynthContents(400);
  Redact(c);
  CHECK(c.redacted);
  const std::string bytes = Serialize(c);
  Contents r = ReadBytes(bytes);  // checksums recomputed: still intact
  CHECK(r.redacted);
  const char* secrets[] = {"lab-gpu7", "example.org", "10.20.30.40", "3c:ec:ef:12:34:56", "fe80::1e2d:3ff:fe4a:5b6c",
                           "S4EWNX0R123456", "GPU-7f3a9c"};
  for (auto& [name, data] : Members(bytes))
    for (const char* s : secrets) {
      INFO(name << " still holds " << s);
      CHECK(data.find(s) == std::string::npos);
    }
  // Same secret, same token, in every member.
  CHECK(r.host == "host-1");
  CHECK(r.system["hostname"] == "host-1");
  CHECK_THAT(r.kmsg[2].text, ContainsSubstring("host host-2 addr ip-1 mac mac-1"));
  CHECK(r.system["net"][0]["ipv4"] == "ip-1");
  CHECK(r.system["net"][0]["mac"] == "mac-1");
  const std::string serial = r.system["dmi"]["board_serial"];
  CHECK(serial.rfind("serial-", 0) == 0);
  CHECK_THAT(r.kmsg[10].text, ContainsSubstring("Serial Number: " + serial));
  CHECK(r.system["net"][0]["ipv6"] == "ip6-1");
  CHECK_THAT(r.kmsg[10].text, ContainsSubstring("peer ip6-1"));
  CHECK_THAT(r.trigger.reason, ContainsSubstring("serial=serial-"));
  CHECK_THAT(r.summary, ContainsSubstring("Redacted"));
  // What is not secret survives.
  CHECK(r.kernel == c.kernel);
  CHECK_THAT(r.kmsg[4].text, ContainsSubstring("NVRM: Xid (PCI:0000:01:00): 79"));
  CHECK_THAT(r.kmsg[6].text, ContainsSubstring("stuck for 22s"));
  CHECK(r.samples.size() == 400);
}

TEST_CASE("redaction leaves look-alikes of addresses alone") {
  Contents c;
  c.kmsg = {{1, 6, 0, 1, "[12:34:56] std::vector 6.1.0-56 0000:01:00.0 at 1.2.3 loopback 127.0.0.1 ::1"}};
  Redact(c);
  CHECK(c.kmsg[0].text == "[12:34:56] std::vector 6.1.0-56 0000:01:00.0 at 1.2.3 loopback 127.0.0.1 ::1");
}

TEST_CASE("an address followed by a port or a full stop is still masked") {
  Contents c;
  c.kmsg = {{1, 6, 0, 1, "connect to 192.168.1.20:8080 failed. Peer was 192.168.1.20."},
            {2, 6, 0, 2, "MAC AA-BB-CC-00-11-22 equals aa:bb:cc:00:11:22"}};
  Redact(c);
  CHECK(c.kmsg[0].text == "connect to ip-1:8080 failed. Peer was ip-1.");
  CHECK(c.kmsg[1].text == "MAC mac-1 equals mac-1");
}
