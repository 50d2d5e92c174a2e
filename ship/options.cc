#include "ship/options.h"

#include <CLI/CLI.hpp>

#include "tempmon/tool/cli.h"

#include "tempmon_version.h"
#include <cstdio>
#include <iostream>

namespace tempmon::ship {

bool QuietWindow::Contains(int m) const {
  if (begin_min == end_min) return false;
  if (begin_min < end_min) return m >= begin_min && m < end_min;
  return m >= begin_min || m < end_min;
}

std::optional<std::vector<QuietWindow>> ParseQuiet(const std::string& s, std::string* error) {
  std::vector<QuietWindow> out;
  if (s.empty()) return out;
  size_t pos = 0;
  while (pos <= s.size()) {
    size_t comma = s.find(',', pos);
    std::string part = s.substr(pos, comma == std::string::npos ? std::string::npos : comma - pos);
    int h1, m1, h2, m2;
    char tail;
    if (std::sscanf(part.c_str(), " %d:%d - %d:%d %c", &h1, &m1, &h2, &m2, &tail) != 4 ||
        h1 < 0 || h1 > 23 || h2 < 0 || h2 > 24 || m1 < 0 || m1 > 59 || m2 < 0 || m2 > 59) {
      *error = "bad quiet window '" + part + "' (expected HH:MM-HH:MM, e.g. 08:00-18:00)";
      return std::nullopt;
    }
    out.push_back({h1 * 60 + m1, h2 * 60 + m2});
    if (comma == std::string::npos) break;
    pos = comma + 1;
  }
  return out;
}

static const char* kFooter = R"(Examples:
  tempmon-ship --config /etc/tempmon/ship.conf       the service (tempmon-ship.service)
  tempmon-ship --spool ./reports --upload store:tempmon/{host}/ \
               --rclone-config ~/.config/tempmon/rclone.conf --once
                                                      ship what is there, then exit

Each finished bundle in the spool is copied to the rclone remote under a
temporary name, verified (SHA-256 of the object read back), then renamed to
its final name: an interrupted upload never leaves a half object under a
bundle's name. The state of every bundle (pending, uploading, shipped, failed
with the reason) is kept in SPOOL/.tempmon-ship/; while that folder exists,
tempmon-capture's retention keeps unshipped bundles unless keep-bytes forces
their removal. Credentials live only in the rclone config file, which must not
be readable by group or others. {host} in --upload is this machine's name
(--host), reduced to [A-Za-z0-9._-], never a name read from a bundle; with
--redact it is the host's token (host0), in the object names too.

A transient failure (remote unreachable, full, timed out) is retried with
exponential backoff, in bundle order. An authentication or configuration
failure is reported once and stops uploads until the rclone config file
changes (or SIGHUP).
)";

bool ParseOptions(int argc, char** argv, Options* o, int* exit_code) {
  CLI::App app{"tempmon-ship: ships finished tempmon report bundles to an rclone remote "
               "(S3, GCS, Azure, SFTP, WebDAV...), verified, with retries."};
  tool::SetUpApp(app, "tempmon-ship", TEMPMON_VERSION_STRING, kFooter,
                 {kExitOk, kExitFailure, kExitUsage, kExitSpool, kExitUnshipped});
  tool::AddConfigFile(app);
  app.add_option("--spool", o->spool, "the spool tempmon-capture writes (its --out)")->capture_default_str();
  app.add_option("--upload", o->upload, "rclone destination, e.g. store:bucket/tempmon/{host}/")->required();
  app.add_option("--rclone-config", o->rclone_config, "rclone config file with the remote's credentials (mode 0600)")
      ->required();
  app.add_option("--rclone", o->rclone, "the rclone program")->capture_default_str();
  app.add_option("--host", o->host, "this machine's name in the remote path (default: host name)");
  app.add_option("--bwlimit", o->bwlimit, "bandwidth limit, rclone syntax: 512K, 2M, or a timetable \"08:00,512K 19:00,off\"");
  app.add_option("--quiet", o->quiet, "HH:MM-HH:MM[,...] local time when no upload starts");
  app.add_option("--timeout", o->timeout_s, "seconds one rclone command may take")->capture_default_str()
      ->check(CLI::Range(1.0, 86400.0));
  app.add_option("--backoff-min", o->backoff_min_s, "first retry delay, seconds (doubles up to --backoff-max)")
      ->capture_default_str()->check(CLI::Range(0.01, 86400.0));
  app.add_option("--backoff-max", o->backoff_max_s, "longest retry delay, seconds")->capture_default_str()
      ->check(CLI::Range(0.01, 86400.0));
  app.add_option("--keep-shipped", o->keep_shipped, "keep shipped bundles in the spool (true/false); retention still applies")
      ->capture_default_str();
  app.add_flag("--redact", o->redact, "ship a redacted copy; the remote path uses the host's token");
  app.add_option("--metrics", o->metrics, "Prometheus textfile to keep up to date");
  app.add_flag("--once", o->once, "ship what is in the spool, then exit");
  app.add_flag("-v,--verbose", o->verbose, "log every rclone command");
  if (auto rc = tool::Parse(app, argc, argv)) {
    *exit_code = *rc;
    return false;
  }
  std::string err;
  if (!ParseQuiet(o->quiet, &err)) {
    std::cerr << "tempmon-ship: " << err << "\n";
    *exit_code = kExitUsage;
    return false;
  }
  if (o->backoff_max_s < o->backoff_min_s) o->backoff_max_s = o->backoff_min_s;
  return true;
}

}  // namespace tempmon::ship
