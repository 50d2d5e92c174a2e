// export --csv: the samples as CSV; export --json: the whole bundle as one
// JSON document (samples as objects), for jq and spreadsheets.
#include "tempmon/bundle/analysis.h"
#include "tempmon/bundle/bundle.h"
#include "commands.h"
#include "tempmon/bundle/members_json.h"
#include "tempmon/bundle/records.h"
#include "tempmon/bundle/samples_csv.h"
#include "tempmon/bundle/sha256.h"

namespace tempmon::report {

int Export(const std::filesystem::path& path, bool csv, const std::string& out, const bundle::ReadLimits& limits) {
  bundle::Contents c = bundle::Read(path, limits);
  if (csv) {
    // In 64 KiB pieces: a long capture's CSV (750 MB for 10M rows) is never held.
    WriteOutputStream(out, [&c](const OutputSink& sink) { bundle::StreamSamplesCsv(c.samples, c.sensors, sink); });
    return kOk;
  }
  nlohmann::json samples = nlohmann::json::array();
  for (const bundle::Sample& s : c.samples)
    samples.push_back({{"wall_time", bundle::IsoTime(s.wall_ns)}, {"wall_ns", s.wall_ns}, {"ts_ns", s.ts_ns},
                       {"seq", s.seq}, {"sensor", s.sensor}, {"temp_mc", s.temp_mc}, {"flags", s.flags},
                       {"flag_names", bundle::FlagNames(s.flags)}});
  nlohmann::json kmsg = nlohmann::json::array();
  for (const bundle::KmsgRecord& k : c.kmsg)
    kmsg.push_back(bundle::ToJson(k));
  nlohmann::json doc = bundle::MakeManifest(c, {});
  doc.erase("members");
  doc["samples"] = std::move(samples);
  // As today's records name them (older bundles' spellings mapped).
  doc["episodes"] = nlohmann::json::array();
  for (const bundle::Episode& e : c.episodes) doc["episodes"].push_back(bundle::ToJson(e));
  doc["events"] = nlohmann::json::array();
  for (const bundle::Event& e : c.events) doc["events"].push_back(bundle::ToJson(e));
  doc["kmsg"] = std::move(kmsg);
  // Whose verdicts kmsg_match events and each line's `burst` are: "" when
  // the capture judged with this tool's catalogue, else the line `show` prints.
  doc["kmsg_rejudged"] = bundle::Analyze(c).rejudged;
  doc["system"] = c.system;
  // Driver dumps are bytes: named with their size and SHA-256 (the events
  // say what each is); tar extracts the bytes themselves.
  nlohmann::json attachments = nlohmann::json::array();
  for (const bundle::Attachment& a : c.attachments)
    attachments.push_back({{"name", a.name}, {"size", a.bytes.size()}, {"sha256", bundle::Sha256Hex(a.bytes)}});
  doc["attachments"] = std::move(attachments);
  // ASCII: no byte of a hostile string can reach a terminal raw.
  WriteOutput(out, bundle::DumpJson(doc, -1, /*ascii=*/true) + "\n");
  return kOk;
}

}  // namespace tempmon::report
