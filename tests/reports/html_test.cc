#include <catch2/catch_test_macros.hpp>

#include <map>
#include <string>

#include "bundle.h"
#include "html_data.h"
#include "html_page.h"
#include "records.h"
#include "synth.h"

using namespace tempmon;

TEST_CASE("strings from the bundle cannot end the script element or inject markup") {
  bundle::Contents c = bundle::SynthContents(100);
  c.host = "</script><script>alert(1)</script>";
  c.kmsg.push_back({99, 3, 0, 5, "<img src=x onerror=alert(2)> & \u2028 \u2029 </SCRIPT>"});
  c.episodes.push_back({{"cause", "</script>"}, {"zone", "<b>"}});
  std::string page = report::RenderHtmlPage("tempmon — " + c.host, report::HtmlDataJson(c));
  // Exactly the two script elements the page itself opens and closes.
  size_t n = 0;
  for (size_t p = page.find("</script>"); p != std::string::npos; p = page.find("</script>", p + 1)) ++n;
  CHECK(n == 2);
  CHECK(page.find("<img src=x") == std::string::npos);
  CHECK(page.find("\u2028") == std::string::npos);
  CHECK(page.find("\u2029") == std::string::npos);
  CHECK(page.find("&lt;/script&gt;&lt;script&gt;alert(1)") != std::string::npos);  // the <title>
  CHECK(report::ScriptSafeJson("\"a<b>&\u2028\"") == "\"a\\u003cb\\u003e\\u0026\\u2028\"");
}

TEST_CASE("the page is self-contained: no network reference") {
  std::string page = report::RenderHtmlPage("t", report::HtmlDataJson(bundle::SynthContents(100)));
  for (const char* ref : {"http://", "https://", "src=\"", "@import", "url("}) {
    INFO(ref);
    CHECK(page.find(ref) == std::string::npos);
  }
}

TEST_CASE("downsampling a 1M-sample bundle keeps every sensor's peak and stays compact") {
  bundle::Contents c = bundle::SynthContents(1'000'000);
  // A one-sample spike that a naive decimation would lose.
  c.samples[612'345].temp_mc = 130'000;
  std::string data = report::HtmlDataJson(c);
  auto j = nlohmann::json::parse(data);
  uint16_t spiked = c.samples[612'345].sensor;
  for (const auto& s : j["sensors"]) {
    int32_t mx = INT32_MIN;
    for (const auto& v : s["v"]) mx = std::max(mx, v.get<int32_t>());
    CHECK(mx == s["max"].get<int32_t>());
    CHECK(s["downsampled"].get<bool>());
    CHECK(s["v"].size() <= 2 * report::kHtmlBuckets);
    if (s["id"] == spiked) CHECK(mx == 130'000);
  }
  CHECK(data.size() < 2'000'000);
}

TEST_CASE("a long capture of 16 sensors shares the page's buckets: every peak kept, the page small") {
  // 16 sensors at 100 Hz, 20000 samples each: all are downsampled.
  bundle::Contents c = bundle::SynthContents(320'000, {16, 625'000});
  c.samples[200'003].temp_mc = 130'000;
  const uint16_t spiked = c.samples[200'003].sensor;
  std::string data = report::HtmlDataJson(c);
  auto j = nlohmann::json::parse(data);
  REQUIRE(j["sensors"].size() == 16);
  const size_t buckets = report::kHtmlTotalBuckets / 16;
  REQUIRE(buckets >= report::kHtmlMinBuckets);
  for (const auto& s : j["sensors"]) {
    int32_t mx = INT32_MIN;
    for (const auto& v : s["v"]) mx = std::max(mx, v.get<int32_t>());
    CHECK(mx == s["max"].get<int32_t>());
    CHECK(s["downsampled"].get<bool>());
    CHECK(s["v"].size() <= 2 * buckets);
    CHECK(s["v"].size() > buckets);  // a min and a max in most buckets
    if (s["id"] == spiked) CHECK(mx == 130'000);
  }
  CHECK(data.size() < 2'000'000);
}

TEST_CASE("the page's driver evidence: each dump with its device, driver, size and cut") {
  bundle::Contents c = bundle::SynthContents(100);
  bundle::DeviceEvent e;
  e.ts_ns = c.trigger.mono_ns;
  e.source = "devcoredump";
  e.name = "devcd3";
  e.device = "0000:03:00.0";
  e.driver = "amdgpu";
  e.status = "saved";
  e.severity = "critical";
  e.member = "devcoredump-devcd3.data";
  e.size = 20000000;
  e.kept_bytes = 16777216;
  e.cut = true;
  c.events.push_back(bundle::ToJson(e));
  bundle::DeviceEvent v = e;
  v.name = "devcd4";
  v.status = "vanished";
  v.message = "vanished before it could be read: data: open: No such file or directory";
  v.member.reset();
  v.size.reset();
  v.kept_bytes.reset();
  v.cut = false;
  c.events.push_back(bundle::ToJson(v));
  const nlohmann::json d = nlohmann::json::parse(report::HtmlDataJson(c));
  REQUIRE(d["evidence"].size() == 2);
  CHECK(d["evidence"][0]["what"] == "device coredump devcd3");
  CHECK(d["evidence"][0]["device"] == "0000:03:00.0");
  CHECK(d["evidence"][0]["driver"] == "amdgpu");
  CHECK(d["evidence"][0]["state"] == "saved 16777216 bytes of 20000000 (cut) in devcoredump-devcd3.data");
  CHECK(d["evidence"][1]["state"].get<std::string>().starts_with("vanished: vanished before it could be read"));
  const std::string page = report::RenderHtmlPage("t", report::HtmlDataJson(c));
  CHECK(page.find("id=\"c-evidence\"") != std::string::npos);
}

TEST_CASE("the page carries each episode's judged cause, and puts inlet air on an axis of its own") {
  bundle::SynthShape shape;
  shape.judge = true;
  bundle::Contents c = bundle::SynthContents(2000, shape);
  // An inlet and a fan duty beside the synthetic sensors.
  c.sensors.push_back({10, "bmc:Inlet Temp", "push", std::nullopt, std::nullopt, "C"});
  c.sensors.push_back({11, "hwmon:testfan/pwm1", "hwmon", std::nullopt, std::nullopt, "%"});
  for (uint16_t id : {10, 11}) {
    bundle::Sample s = c.samples.front();
    s.sensor = id;
    s.temp_mc = id == 10 ? 24000 : 50000;
    c.samples.push_back(s);
  }
  auto j = nlohmann::json::parse(report::HtmlDataJson(c));
  std::map<std::string, std::string> axis;
  for (const auto& s : j["sensors"]) axis[s["name"].get<std::string>()] = s.value("axis", s["unit"].get<std::string>());
  CHECK(axis["bmc:Inlet Temp"] == "air");
  CHECK(axis["hwmon:testfan/pwm1"] == "%");
  CHECK(axis["gpu0"] == "C");
  REQUIRE(j["episodes"].size() == 2);
  for (const auto& e : j["episodes"]) {
    REQUIRE(e["why"].is_object());
    CHECK(e["why"]["cause"] == "unknown");
    CHECK(!e["why"]["todo"].get<std::string>().empty());
    CHECK(!e["why"]["missing"].empty());
  }
  // An older bundle's episodes have none.
  bundle::Contents old = bundle::SynthContents(2000);
  const auto old_data = nlohmann::json::parse(report::HtmlDataJson(old));
  for (const auto& e : old_data["episodes"]) CHECK(e["why"].is_null());
  const std::string page = report::RenderHtmlPage("t", report::HtmlDataJson(c));
  CHECK(page.find("inlet / exhaust air") != std::string::npos);
  CHECK(page.find("fan duty (%)") != std::string::npos);
}
