// Driver evidence on a fixture sysfs root: AMD RAS counters and bad pages,
// devcoredump and DRM error-state reads (bounds, cut, vanished, links that
// leave /sys), uevent parsing, and the bundle's attachments end to end
// (written, read back byte for byte, dropped by redaction).
#include <unistd.h>

#include <filesystem>
#include <string>

#include <catch2/catch_test_macros.hpp>

#include "temp_dir.h"

#include "capture/uevent/device_evidence.h"
#include "capture/uevent/uevent_socket.h"
#include "tempmon/bundle/bundle.h"
#include "tempmon/bundle/records.h"
#include "tempmon/bundle/redact.h"
#include "tempmon/signatures/signatures.h"

namespace fs = std::filesystem;
using namespace tempmon::capture;
namespace bundle = tempmon::bundle;

namespace {
struct TempDir : testing::TempDir {
  TempDir() : testing::TempDir("evidence") {}
};
using testing::Put;

void Link(const fs::path& target, const fs::path& at) {
  fs::create_directories(at.parent_path());
  fs::create_symlink(target, at);
}

// An amdgpu card at 0000:03:00.0 under `root`, with `ras` files.
void AmdCard(const fs::path& root, const std::string& card, const std::string& pci, bool ras, bool bad_pages) {
  const fs::path dev = root / "sys/devices/pci0000:00" / pci;
  fs::create_directories(dev / "drm" / card);
  fs::create_directories(root / "sys/bus/pci/drivers/amdgpu");
  Link("../../../bus/pci/drivers/amdgpu", dev / "driver");
  Link("../../devices/pci0000:00/" + pci + "/drm/" + card, root / "sys/class/drm" / card);
  Link("../../../" + pci, dev / "drm" / card / "device");
  if (!ras) return;
  Put(dev / "ras/umc_err_count", "ue: 1\nce: 7\n");
  Put(dev / "ras/gfx_err_count", "ue: 0\nce: 2\n");
  Put(dev / "ras/features", "feature mask: 0x3\n");
  if (bad_pages)
    Put(dev / "ras/gpu_vram_bad_pages",
        "0x00000010 : 0x00001000 : R\n0x00000011 : 0x00001000 : R\n0x00000012 : 0x00001000 : P\n");
}

}  // namespace

TEST_CASE("AMD RAS: error counts per block and bad pages by state, per amdgpu card") {
  TempDir root;
  AmdCard(root.p, "card1", "0000:03:00.0", true, true);
  std::string note;
  const nlohmann::json j = evidence::AmdRas(root.p, &note);
  REQUIRE(j.contains("card1"));
  const nlohmann::json& c = j["card1"];
  CHECK(c["device"] == "0000:03:00.0");
  CHECK(c["err_count"]["umc"]["ue"] == 1);
  CHECK(c["err_count"]["umc"]["ce"] == 7);
  CHECK(c["err_count"]["gfx"]["ce"] == 2);
  CHECK_FALSE(c["err_count"].contains("features"));
  CHECK(c["gpu_vram_bad_pages"]["pages"] == 3);
  CHECK(c["gpu_vram_bad_pages"]["reserved"] == 2);
  CHECK(c["gpu_vram_bad_pages"]["pending"] == 1);
  CHECK(c["gpu_vram_bad_pages"]["failed"] == 0);
  CHECK(note.empty());
}

TEST_CASE("AMD RAS: what is missing is said, not silently absent") {
  TempDir root;
  AmdCard(root.p, "card0", "0000:03:00.0", true, false);
  AmdCard(root.p, "card1", "0000:04:00.0", false, false);
  std::string note;
  const nlohmann::json j = evidence::AmdRas(root.p, &note);
  CHECK(j["card0"]["err_count"]["umc"]["ce"] == 7);
  CHECK_FALSE(j["card0"].contains("gpu_vram_bad_pages"));
  CHECK(note.find("card0: no device/ras/gpu_vram_bad_pages") != std::string::npos);
  CHECK(note.find("card1: no device/ras folder") != std::string::npos);
}

TEST_CASE("AMD RAS: a machine without an AMD GPU reads nothing and says so") {
  TempDir root;
  fs::create_directories(root.p / "sys/class/drm");
  std::string note;
  CHECK(evidence::AmdRas(root.p, &note).empty());
  CHECK(note == "no AMD GPU (no card driven by amdgpu)");
}

TEST_CASE("devcoredump: the data is kept whole under the bound, with device and driver") {
  TempDir root;
  const fs::path devcd = root.p / "sys/devices/virtual/devcoredump/devcd4";
  Put(devcd / "data", std::string("\x7f" "ELF\0\1\2", 7) + std::string(1000, 'x'));
  fs::create_directories(root.p / "sys/devices/pci0000:00/0000:00:02.0");
  fs::create_directories(root.p / "sys/bus/pci/drivers/i915");
  Link("../../../bus/pci/drivers/i915", root.p / "sys/devices/pci0000:00/0000:00:02.0/driver");
  Link("../../../pci0000:00/0000:00:02.0", devcd / "failing_device");
  const evidence::Evidence ev = evidence::ReadDevcoredump(root.p, "/devices/virtual/devcoredump/devcd4", 42);
  CHECK(ev.event.status == "saved");
  CHECK(ev.event.device == "0000:00:02.0");
  CHECK(ev.event.device_path == "/devices/pci0000:00/0000:00:02.0");
  CHECK(ev.event.driver == "i915");
  CHECK(ev.event.size == 1007u);
  CHECK_FALSE(ev.event.cut);
  REQUIRE(ev.attachment);
  CHECK(ev.attachment->name == "devcoredump-devcd4.data");
  CHECK(ev.attachment->bytes.size() == 1007);
  CHECK(ev.attachment->bytes.substr(0, 4) == "\x7f" "ELF");
}

TEST_CASE("devcoredump: over the bound the first bytes are kept and the cut and size said") {
  TempDir root;
  const fs::path devcd = root.p / "sys/devices/virtual/devcoredump/devcd1";
  std::string data(300000, '\0');
  for (size_t i = 0; i < data.size(); ++i) data[i] = static_cast<char>(i * 7);
  Put(devcd / "data", data);
  const evidence::Evidence ev = evidence::ReadDevcoredump(root.p, "/devices/virtual/devcoredump/devcd1", 1, 100000);
  CHECK(ev.event.status == "saved");
  CHECK(ev.event.cut);
  CHECK(ev.event.size == 300000u);
  CHECK(ev.event.kept_bytes == 100000u);
  REQUIRE(ev.attachment);
  CHECK(ev.attachment->bytes == data.substr(0, 100000));
  CHECK(ev.event.message.find("no failing_device link") != std::string::npos);
}

TEST_CASE("devcoredump: a dump freed before it is read is reported as vanished") {
  TempDir root;
  fs::create_directories(root.p / "sys/devices/virtual/devcoredump");
  const evidence::Evidence ev = evidence::ReadDevcoredump(root.p, "/devices/virtual/devcoredump/devcd9", 1);
  CHECK(ev.event.status == "vanished");
  CHECK(ev.event.message.find("vanished before it could be read") != std::string::npos);
  CHECK_FALSE(ev.attachment);
  CHECK_FALSE(ev.event.member);
}

TEST_CASE("devcoredump: paths that leave /sys/devices are never read") {
  TempDir root;
  Put(root.p / "etc/shadow", "secret\n");
  for (const char* p : {"/devices/virtual/devcoredump/../../../etc/shadow", "/etc/shadow",
                        "/devices/virtual/devcoredump//devcd1", "devices/virtual/devcoredump/devcd1",
                        "/devices/virtual/other/devcd1"}) {
    const evidence::Evidence ev = evidence::ReadDevcoredump(root.p, p, 1);
    CHECK(ev.event.status == "unreadable");
    CHECK_FALSE(ev.attachment);
  }
  // A data file that is a link (to a file outside /sys) is not followed.
  const fs::path devcd = root.p / "sys/devices/virtual/devcoredump/devcd2";
  fs::create_directories(devcd);
  fs::create_symlink(root.p / "etc/shadow", devcd / "data");
  const evidence::Evidence ev = evidence::ReadDevcoredump(root.p, "/devices/virtual/devcoredump/devcd2", 1);
  CHECK(ev.event.status != "saved");
  CHECK_FALSE(ev.attachment);
  // A failing_device link that leaves /sys/devices names no device.
  Put(root.p / "sys/devices/virtual/devcoredump/devcd3/data", "x");
  Link("../../../../../etc", root.p / "sys/devices/virtual/devcoredump/devcd3/failing_device");
  const evidence::Evidence ev3 = evidence::ReadDevcoredump(root.p, "/devices/virtual/devcoredump/devcd3", 1);
  CHECK(ev3.event.status == "saved");
  CHECK(ev3.event.device.empty());
  CHECK(ev3.event.device_path.empty());
}

TEST_CASE("DRM: the card's error state is saved on a wedge; a card without one says so") {
  TempDir root;
  const fs::path pci = root.p / "sys/devices/pci0000:00/0000:00:02.0";
  Put(pci / "drm/card0/error", "GPU HANG: ecode 12:1:85dffffb\n");
  fs::create_directories(root.p / "sys/bus/pci/drivers/i915");
  Link("../../../bus/pci/drivers/i915", pci / "driver");
  Link("../../../0000:00:02.0", pci / "drm/card0/device");
  const evidence::Evidence ev =
      evidence::ReadDrmEvent(root.p, "/devices/pci0000:00/0000:00:02.0/drm/card0", 5, true, 3);
  CHECK(ev.event.status == "saved");
  CHECK(ev.event.device == "0000:00:02.0");
  CHECK(ev.event.driver == "i915");
  REQUIRE(ev.attachment);
  CHECK(ev.attachment->name == "drm-card0-3.error");
  CHECK(ev.attachment->bytes == "GPU HANG: ecode 12:1:85dffffb\n");
  fs::remove(pci / "drm/card0/error");
  const evidence::Evidence none =
      evidence::ReadDrmEvent(root.p, "/devices/pci0000:00/0000:00:02.0/drm/card0", 5, true, 4);
  CHECK(none.event.status == "none");
  CHECK_FALSE(none.attachment);
}

TEST_CASE("uevent: kernel messages parse; anything else is refused") {
  using namespace std::string_literals;
  uevent::Uevent u;
  const std::string msg =
      "change@/devices/pci0000:00/0000:00:02.0/drm/card0\0ACTION=change\0DEVPATH=/devices/pci0000:00/0000:00:02.0/"
      "drm/card0\0SUBSYSTEM=drm\0WEDGED=rebind\0SEQNUM=4711\0"s;
  REQUIRE(uevent::Parse(msg, u));
  CHECK(u.action == "change");
  CHECK(u.subsystem == "drm");
  CHECK(u.env.at("WEDGED") == "rebind");
  // udevd's re-broadcast, a header that disagrees with its keys, a key without '='.
  CHECK_FALSE(uevent::Parse("libudev\0\xfe\xed\xca\xfe"s, u));
  CHECK_FALSE(uevent::Parse("add@/devices/x\0ACTION=add\0DEVPATH=/devices/y\0"s, u));
  CHECK_FALSE(uevent::Parse("add@/devices/x\0ACTION=add\0DEVPATH=/devices/x\0JUNK\0"s, u));
}

TEST_CASE("bundle: attachments are written and read back byte for byte, and redaction drops them") {
  bundle::Contents c;
  c.tool_version = "t";
  c.host = "lab-gpu7.example.org";
  c.trigger = {"devcoredump", "device coredump devcd1", 1000, 1795000042000000000};
  bundle::DeviceEvent e;
  e.ts_ns = 1000;
  e.source = "devcoredump";
  e.name = "devcd1";
  e.status = "saved";
  e.member = "devcoredump-devcd1.data";
  e.size = 5;
  e.kept_bytes = 5;
  c.events.push_back(e);
  const std::string bytes("\0\x01\xff\x1b[2J", 7);
  c.attachments.push_back({"devcoredump-devcd1.data", bytes});
  const bundle::Contents back = bundle::ReadBytes(bundle::Serialize(c));
  REQUIRE(back.attachments.size() == 1);
  CHECK(back.attachments[0].name == "devcoredump-devcd1.data");
  CHECK(back.attachments[0].bytes == bytes);

  bundle::Contents red = back;
  bundle::Redaction r;
  r.Apply(red);
  CHECK(red.attachments.empty());
  CHECK(r.Report().attachments_dropped == 1);
  CHECK(r.Report().Text().find("dropped 1 driver dump") != std::string::npos);
  CHECK(std::get<bundle::DeviceEvent>(red.events.at(0)).dropped.find("redaction") != std::string::npos);
  CHECK(bundle::ReadBytes(bundle::Serialize(red)).attachments.empty());

  bundle::Contents kept = back;
  bundle::Redaction k;
  k.KeepAttachments(true);
  k.Apply(kept);
  CHECK(kept.attachments.size() == 1);
  CHECK(k.Report().attachments_kept == 1);

  // Names outside the rule are refused on write.
  bundle::Contents bad = c;
  bad.attachments[0].name = "../etc/passwd";
  CHECK_THROWS_AS(bundle::Serialize(bad), bundle::BundleError);
  CHECK(bundle::IsAttachmentName("drm-card0-12.error"));
  CHECK_FALSE(bundle::IsAttachmentName("drm-card0.error"));
  CHECK_FALSE(bundle::IsAttachmentName("devcoredump-devcd.data"));
  CHECK_FALSE(bundle::IsAttachmentName("summary.txt"));
}

TEST_CASE("catalogue: dumps by driver, DRM uevents by key; what triggers by default") {
  namespace sig = tempmon::signatures;
  const sig::TriggerPolicy service(true, true, {});
  const sig::Match i915 = sig::ClassifyDevcoredump("i915");
  CHECK(i915.cls == "devcoredump");
  CHECK(i915.severity == sig::kCritical);
  CHECK(i915.vendor == "intel");
  CHECK(service.Triggers(i915));
  const sig::Match wifi = sig::ClassifyDevcoredump("iwlwifi");
  CHECK(wifi.severity == sig::kWarning);
  CHECK(service.Triggers(wifi));
  CHECK(sig::ClassifyDevcoredump("").severity == sig::kWarning);
  CHECK_FALSE(sig::TriggerPolicy(true, true, {"devcoredump:off"}).Triggers(i915));
  CHECK_FALSE(sig::TriggerPolicy(false, false, {}).Triggers(i915));

  std::string keys;
  bool error_state = false;
  const sig::Match wedged = sig::ClassifyDrmUevent({{"WEDGED", "bus-reset"}, {"SUBSYSTEM", "drm"}}, &keys, &error_state);
  CHECK(wedged.id == "drm_wedged");
  CHECK(keys == "WEDGED=bus-reset");
  CHECK(error_state);
  CHECK(wedged.severity == sig::kCritical);
  CHECK(service.Triggers(wedged));
  CHECK(sig::ClassifyDrmUevent({{"WEDGED", "none"}}, nullptr, nullptr).severity == sig::kWarning);
  const sig::Match error = sig::ClassifyDrmUevent({{"ERROR", "1"}}, &keys, &error_state);
  CHECK(error.id == "i915_error");
  CHECK(service.Triggers(error));
  const sig::Match reset = sig::ClassifyDrmUevent({{"RESET", "1"}}, &keys, &error_state);
  CHECK(reset.id == "i915_reset");
  CHECK_FALSE(error_state);
  CHECK_FALSE(service.Triggers(reset));
  CHECK(sig::ClassifyDrmUevent({{"ERROR", "0"}}, nullptr, nullptr).id == "i915_reset_done");
  CHECK_FALSE(sig::ClassifyDrmUevent({{"HOTPLUG", "1"}}, nullptr, nullptr));
}
