// Writes a synthetic bundle whose system.json carries the cooling model's
// own member (tests/cooling/model_member.h): a learned device with its R
// history and a fan anomaly, for the viewer's Chromium check. With
// --hostile-id the device's id and sensor name are markup, which the page
// must show as text.
// usage: cooling_page_bundle OUT.tar.zst [--hostile-id]
#include <cstdio>
#include <string_view>

#include "tempmon/bundle/bundle.h"
#include "model_member.h"
#include "synth.h"

int main(int argc, char** argv) {
  if (argc < 2 || argc > 3 || (argc == 3 && std::string_view(argv[2]) != "--hostile-id")) {
    std::fprintf(stderr, "usage: %s OUT.tar.zst [--hostile-id]\n", argv[0]);
    return 2;
  }
  tempmon::bundle::Contents c = tempmon::bundle::SynthContents(2000);
  nlohmann::json member = tempmon::cooling::test::CoolingFromModel();
  if (argc == 3) {
    member["devices"][0]["id"] = "<script>document.body.dataset.pwned='1'</script>";
    member["devices"][0]["sensor"] = "<img src=x onerror=\"document.body.dataset.pwned='2'\">";
  }
  c.system["cooling_health"] = member;
  try {
    tempmon::bundle::Write(c, argv[1]);
  } catch (const tempmon::bundle::BundleError& e) {
    std::fprintf(stderr, "cooling_page_bundle: %s\n", e.what());
    return 1;
  }
  return 0;
}
