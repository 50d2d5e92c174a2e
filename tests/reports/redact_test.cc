#include <catch2/catch_test_macros.hpp>
#include <catch2/matchers/catch_matchers_string.hpp>

#include "tempmon/bundle/bundle.h"
#include "tempmon/bundle/redact.h"
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
  CHECK(r.host == "host0");
  CHECK(r.system["hostname"] == "host0");
  CHECK_THAT(r.kmsg[2].text, ContainsSubstring("host host1 addr ip0 mac mac0"));
  CHECK(r.system["net"][0]["ipv4"] == "ip0");
  CHECK(r.system["net"][0]["mac"] == "mac0");
  const std::string serial = r.system["dmi"]["board_serial"];
  CHECK(serial.rfind("serial", 0) == 0);
  CHECK_THAT(r.kmsg[10].text, ContainsSubstring("Serial Number: " + serial));
  CHECK(r.system["net"][0]["ipv6"] == "ipv6_0");
  CHECK_THAT(r.kmsg[10].text, ContainsSubstring("peer ipv6_0"));
  CHECK_THAT(r.trigger.reason, ContainsSubstring("serial=serial"));
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
  CHECK(c.kmsg[0].text == "connect to ip0:8080 failed. Peer was ip0.");
  CHECK(c.kmsg[1].text == "MAC mac0 equals mac0");
}

TEST_CASE("a process learned from one line is replaced in the lines that name it without a field") {
  Contents c;
  // The hung-task report of kernels before 5.x: the name starts the second line.
  c.kmsg = {{1, 3, 0, 1, "INFO: task ingest-7:4242 blocked for more than 120 seconds."},
            {2, 6, 0, 2, "ingest-7        D ffff880838017788     0  4242   3943 0x00000000"},
            {3, 3, 0, 3, "INFO: task kworker/1:2:10762 blocked for more than 120 seconds."}};
  Redact(c);
  CHECK(c.kmsg[0].text == "INFO: task proc0:4242 blocked for more than 120 seconds.");
  CHECK(c.kmsg[1].text.rfind("proc0        D ", 0) == 0);
  // A kernel thread is nobody's secret.
  CHECK(c.kmsg[2].text == "INFO: task kworker/1:2:10762 blocked for more than 120 seconds.");
}

TEST_CASE("kept values stay, the report counts places per kind") {
  Contents c;
  c.host = "gpu-node-3";
  c.kmsg = {{1, 6, 0, 1, "eth0: 10.1.2.3 and 10.1.2.4 on GPU-NODE-3, again 10.1.2.3"}};
  Redaction r({"10.1.2.4"});
  r.Apply(c);
  CHECK(c.kmsg[0].text == "eth0: ip0 and 10.1.2.4 on host0, again ip0");
  const RedactionReport& rep = r.Report();
  CHECK(rep.kinds.at("ip").values == 1);
  CHECK(rep.kinds.at("ip").replacements == 2);
  CHECK(rep.kinds.at("host").values == 1);
  CHECK(rep.kept == 1);
  CHECK(rep.Text().find("10.1.2") == std::string::npos);
}
