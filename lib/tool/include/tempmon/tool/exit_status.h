// The exit status of every tempmon tool (tempmon-capture, -report, -feed,
// -ship, -sim, -probe): one number, one meaning, whichever tool returns it.
// docs/exit-status.md lists the same table; each tool's --help epilogue (and
// so its man page) is generated from it by ExitStatusHelp().
#pragma once

#include <initializer_list>
#include <string>
#include <string_view>

namespace tempmon::tool {

enum ExitStatus : int {
  kExitOk = 0,
  kExitFailure = 1,
  kExitUsage = 2,
  kExitSource = 3,
  kExitSpool = 4,
  kExitCaptureFailed = 5,
  kExitUnreadable = 6,
  kExitTampered = 7,
  kExitOutput = 8,
  kExitUnshipped = 9,
  kExitUnhealthy = 10,
  kExitNotQualified = 11,
};

struct ExitStatusRow {
  ExitStatus status;
  std::string_view meaning;
};

// Every status with its meaning, in numeric order.
inline constexpr ExitStatusRow kExitStatusTable[] = {
    {kExitOk, "success (a service: stopped cleanly on SIGTERM/SIGINT)"},
    {kExitFailure, "unexpected error (the message names it)"},
    {kExitUsage, "bad command line or configuration file (the problem is named)"},
    {kExitSource, "no sample source or sink: /dev/tempmon missing or its ABI does not match, "
                    "shared-memory ring absent, nothing left to read"},
    {kExitSpool, "spool unusable, or another instance holds it (its PID is named)"},
    {kExitCaptureFailed, "a bundle could not be written (disk full, permissions); nothing partial is left"},
    {kExitUnreadable, "a bundle is unreadable: not a bundle, damaged, malformed, unsafe, unsupported version"},
    {kExitTampered, "a bundle member differs from the manifest (modified or damaged)"},
    {kExitOutput, "an output file could not be written"},
    {kExitUnshipped, "--once: some bundles are still pending or failed"},
    {kExitUnhealthy, "health: the spool holds a critical verdict of this boot that was not cleared (the reason is printed)"},
    {kExitNotQualified, "qualify: the device could not be qualified (not in the ring, no power series, the load "
                        "command failed, no steady segment or cool-down in time) or its runs were not repeatable; "
                        "the reason is printed and the stored baseline is left as it was"},
};

std::string_view ExitStatusMeaning(ExitStatus s);

// "Exit status (docs/exit-status.md):\n  0  success ...\n" for the statuses a
// tool returns, in numeric order, wrapped for an 80-column terminal.
std::string ExitStatusHelp(std::initializer_list<ExitStatus> used);

}  // namespace tempmon::tool
