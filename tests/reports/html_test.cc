#include <catch2/catch_test_macros.hpp>

#include <map>
#include <string>

#include "tempmon/bundle/analysis.h"
#include "tempmon/bundle/bundle.h"
#include "capture/cooling/host.h"
#include "html_data.h"
#include "html_page.h"
#include "tempmon/bundle/records.h"
#include "model_member.h"
#include "synth.h"

using namespace tempmon;

TEST_CASE("strings from the bundle cannot end the script element or inject markup") {
  bundle::Contents c = bundle::SynthContents(100);
  c.host = "</script><script>alert(1)</script>";
  c.kmsg.push_back({99, 3, 0, 5, "<img src=x onerror=alert(2)> & \u2028 \u2029 </SCRIPT>"});
  c.episodes.push_back(bundle::EpisodeFromJson({{"cause", "</script>"}, {"zone", "<b>"}}));
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
  e.ts_ns = c.trigger.ts_ns;
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
  c.events.push_back(e);
  bundle::DeviceEvent v = e;
  v.name = "devcd4";
  v.status = "vanished";
  v.message = "vanished before it could be read: data: open: No such file or directory";
  v.member.reset();
  v.size.reset();
  v.kept_bytes.reset();
  v.cut = false;
  c.events.push_back(v);
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

using cooling::test::CoolingSensor;
using cooling::test::CoolingFromModel;

TEST_CASE("the page's cooling health: R now, baseline, tau, fans, inlet, verdict and R history from the model") {
  bundle::Contents c = bundle::SynthContents(100);
  const nlohmann::json member = CoolingFromModel();
  c.system["cooling_health"] = member;
  const auto d = nlohmann::json::parse(report::HtmlDataJson(c));
  REQUIRE(d["cooling"].is_object());
  REQUIRE(d["cooling"]["devices"].size() == 1);
  const auto& dev = d["cooling"]["devices"][0];
  const auto& src = member["devices"][0];
  CHECK(dev["id"] == "gpu:GPU-aaaa");
  CHECK(dev["sensor"] == "gpu0");
  CHECK(dev["state"] == "anomaly");
  CHECK(dev["kind"] == "fan");
  CHECK(dev["cause"] == "fan_fault");
  CHECK_FALSE(dev["todo"].get<std::string>().empty());
  CHECK(dev["todo"] == src["verdict"]["what_to_do"]);
  CHECK(dev["ref"] == "inlet");
  CHECK(dev["learned"] == true);
  CHECK(dev["r"]["v"] == src["r_c_per_w"]["value"]);
  REQUIRE(dev["base"]["lo"].is_number());
  REQUIRE(dev["base"]["hi"].is_number());
  CHECK(dev["base"]["lo"].get<double>() < dev["base"]["v"].get<double>());
  CHECK(dev["base"]["v"].get<double>() < dev["base"]["hi"].get<double>());
  CHECK(dev["duty"] == src["fan_duty_pct"]);
  CHECK(dev["inlet"].is_number());
  CHECK(dev["drift"].is_number());
  // R over its segments, each at its time relative to the page's origin.
  REQUIRE(!src["history"].empty());
  REQUIRE(dev["hist"].size() == src["history"].size());
  const double origin_s = static_cast<double>(bundle::Analyze(c).origin_ns) / 1e9;
  for (size_t i = 0; i < dev["hist"].size(); ++i) {
    CHECK(dev["hist"][i][0].get<double>() == src["history"][i]["t_mono_s"].get<double>() - origin_s);
    CHECK(dev["hist"][i][1] == src["history"][i]["r_c_per_w"]);
  }
  const std::string page = report::RenderHtmlPage("t", report::HtmlDataJson(c));
  CHECK(page.find("id=\"c-cooling\"") != std::string::npos);
  CHECK(page.find("<h2>Cooling health</h2>") != std::string::npos);
}

TEST_CASE("the page's cooling health: a device with too little data, and a bundle from before the model") {
  cooling::Host h;
  h.SetSensors({CoolingSensor(0, "gpu0", "C", "GPU-bbbb", "nvml")});
  bundle::Contents c = bundle::SynthContents(100);
  c.system["cooling_health"] = h.ToJson();
  auto d = nlohmann::json::parse(report::HtmlDataJson(c));
  REQUIRE(d["cooling"]["devices"].size() == 1);
  const auto& dev = d["cooling"]["devices"][0];
  CHECK(dev["state"] == "learning");
  CHECK(dev["r"]["v"].is_null());
  CHECK(dev["r"]["why"].get<std::string>().find("no power sensor") != std::string::npos);
  CHECK(dev["hist"].empty());  // no history invented
  c.system.erase("cooling_health");
  d = nlohmann::json::parse(report::HtmlDataJson(c));
  CHECK(d["cooling"].is_null());
}

TEST_CASE("the page's cooling health: hostile members are shown inert or as missing, never as markup") {
  bundle::Contents c = bundle::SynthContents(100);
  nlohmann::json member = CoolingFromModel();
  auto& dev = member["devices"][0];
  dev["id"] = "<script>alert(1)</script>";
  dev["sensor"] = "</script><img src=x onerror=alert(2)>";
  dev["verdict"]["what_to_do"] = "<iframe srcdoc=x>";
  dev["r_c_per_w"]["value"] = "NaN";
  dev["fan_rpm"] = "fast";
  dev["history"][0]["r_c_per_w"] = "<b>";
  dev["tau_s"] = 5;
  dev["peers"] = "R 0.0900 C/W vs peers' median 0.0700 C/W at 600 W";
  member["devices"].push_back(7);
  c.system["cooling_health"] = member;
  const std::string data = report::HtmlDataJson(c);
  const auto d = nlohmann::json::parse(data);
  const auto& out = d["cooling"]["devices"];
  REQUIRE(out.size() == 2);
  CHECK(out[0]["id"] == "<script>alert(1)</script>");  // kept as text, the page writes it as text
  CHECK(out[0]["r"]["v"].is_null());
  CHECK(out[0]["rpm"].is_null());
  CHECK(out[0]["tau"].is_null());
  CHECK(out[0]["peers"] == "R 0.0900 C/W vs peers' median 0.0700 C/W at 600 W");
  CHECK(out[0]["hist"].size() == member["devices"][0]["history"].size() - 1);
  CHECK(out[1]["id"] == "");
  CHECK(out[1]["hist"].empty());
  const std::string page = report::RenderHtmlPage("t", data);
  size_t n = 0;
  for (size_t p = page.find("</script>"); p != std::string::npos; p = page.find("</script>", p + 1)) ++n;
  CHECK(n == 2);
  CHECK(page.find("<script>alert(1)") == std::string::npos);
  CHECK(page.find("<img src=x") == std::string::npos);
  CHECK(page.find("<iframe") == std::string::npos);

  for (const nlohmann::json& bad : {nlohmann::json(7), nlohmann::json{{"devices", "x"}}}) {
    c.system["cooling_health"] = bad;
    const auto b = nlohmann::json::parse(report::HtmlDataJson(c));
    CHECK(b["cooling"]["malformed"] == true);
    CHECK(b["cooling"]["devices"].empty());
  }
  nlohmann::json many = {{"format", 1}, {"devices", nlohmann::json::array()}};
  for (size_t i = 0; i < report::kHtmlCoolingDevices + 3; ++i) many["devices"].push_back(member["devices"][0]);
  c.system["cooling_health"] = many;
  const auto m = nlohmann::json::parse(report::HtmlDataJson(c));
  CHECK(m["cooling"]["devices"].size() == report::kHtmlCoolingDevices);
  CHECK(m["cooling"]["more"] == 3);
}
