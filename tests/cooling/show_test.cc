// `tempmon-report show`'s Cooling health section, from the member the
// capture writes (cooling::Host::ToJson) and from hostile ones.
#include <catch2/catch_test_macros.hpp>
#include <catch2/matchers/catch_matchers_string.hpp>

#include "tempmon/bundle/bundle.h"
#include "capture/cooling/host.h"

using Catch::Matchers::ContainsSubstring;

TEST_CASE("show prints every device's cooling health, and survives a hostile member") {
  tempmon::cooling::Host h;
  tempmon::bundle::Sensor s;
  s.id = 0;
  s.name = "gpu0";
  s.uuid = "GPU-bbbb";
  s.model = "NVIDIA H200";
  s.kind = "nvml";
  h.SetSensors({s});
  tempmon::bundle::Contents c;
  c.system["cooling_health"] = h.ToJson();
  std::string out = tempmon::bundle::RenderSummary(c);
  CHECK_THAT(out, ContainsSubstring("Cooling health (1)"));
  CHECK_THAT(out, ContainsSubstring("gpu0 (gpu:GPU-bbbb): learning"));
  CHECK_THAT(out, ContainsSubstring("no power sensor for this device"));
  CHECK_THAT(out, ContainsSubstring("tau"));

  const nlohmann::json hostile[] = {
      nlohmann::json(7),
      {{"devices", "x"}},
      {{"devices", {1, "a", nullptr}}},
      {{"devices", {{{"id", 3}, {"verdict", "anomaly"}, {"r_c_per_w", {{"value", "NaN"}}}, {"fan_rpm", "fast"}}}}},
      {{"devices", {{{"sensor", "\x1b]0;pwned\x07"}, {"verdict", {{"state", "anomaly"}, {"kind", 5}}}}}}},
  };
  for (const nlohmann::json& j : hostile) {
    c.system["cooling_health"] = j;
    out = tempmon::bundle::RenderSummary(c);
    CHECK_THAT(out, ContainsSubstring("Cooling health"));
    CHECK(out.find('\x1b') == std::string::npos);
  }
  c.system.erase("cooling_health");  // a bundle from before: no section
  CHECK(tempmon::bundle::RenderSummary(c).find("Cooling health") == std::string::npos);
}
