// tempmon-ship's settings: the command line and a config file in the same
// "option = value" format as tempmon-capture's (/etc/tempmon/ship.conf).
#pragma once

#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "tempmon/tool/exit_status.h"

namespace tempmon::ship {

// Exit statuses: the one table of every tool, listed in --help.
using enum tool::ExitStatus;

struct Options {
  std::string spool = "/var/lib/tempmon/reports";
  std::string upload;          // "remote:bucket/prefix/{host}/"
  std::string rclone_config;   // rclone.conf holding the credentials (mode 0600)
  std::string rclone = "/usr/bin/rclone";
  std::string host;            // default: gethostname
  std::string bwlimit;         // rclone --bwlimit value, e.g. "1M" or a timetable
  std::string quiet;           // "HH:MM-HH:MM[,HH:MM-HH:MM]" local time: no upload starts
  double timeout_s = 600;      // deadline of one rclone command
  double backoff_min_s = 10, backoff_max_s = 3600;
  bool keep_shipped = true;    // false: remove a bundle once it is shipped
  bool redact = false;         // ship a redacted copy (tempmon-report redact)
  std::string metrics;         // Prometheus textfile
  bool once = false;           // one pass over the spool, then exit
  bool verbose = false;
};

// A quiet window in minutes after local midnight, [begin, end) (wrapping past
// midnight when end < begin).
struct QuietWindow {
  int begin_min = 0, end_min = 0;
  bool Contains(int minute_of_day) const;
};

// Parses "HH:MM-HH:MM[,...]"; nullopt (and *error) on bad syntax.
std::optional<std::vector<QuietWindow>> ParseQuiet(const std::string& s, std::string* error);

// Parses argv (and --config); on --help/--version or an error prints and
// returns false with the exit code in *exit_code.
bool ParseOptions(int argc, char** argv, Options* o, int* exit_code);

}  // namespace tempmon::ship
