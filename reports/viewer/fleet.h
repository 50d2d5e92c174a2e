// `tempmon-report fleet`: one table over many bundles (a folder, or an rclone
// remote copied to a scratch folder first): per host and per sensor
// (GPU/zone), captures by trigger kind, throttle episodes and throttled time,
// peak temperatures, hang signatures by class and code, first/last seen.
// With --index DIR, instead: the same facts as newline-delimited JSON rows
// for a query engine (docs/fleet.md, docs/schema/fleet-index-row.schema.json).
#pragma once

#include <string>

#include "tempmon/bundle/read_limits.h"

namespace tempmon::report {

struct FleetOptions {
  std::string source;         // folder, or "remote:path"
  std::string format = "text";  // text | json | csv
  std::string out = "-";
  std::string html_dir;       // index.html + one page per bundle
  unsigned jobs = 0;          // 0 = one per CPU
  std::string rclone = "rclone";
  std::string rclone_config;  // for a remote source
  unsigned rclone_timeout_s = 3600;
  std::string index_dir;      // --index: NDJSON rows per bundle, episode, finding, device
  bundle::ReadLimits limits;  // of each bundle read
};

int Fleet(const FleetOptions& o);

}  // namespace tempmon::report
