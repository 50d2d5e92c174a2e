// The subcommands of tempmon-report. Each returns the process exit status
// (see ExitCode) and throws BundleError for bundle problems.
#pragma once

#include <filesystem>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "tempmon/bundle/read_limits.h"
#include "tempmon/tool/exit_status.h"

namespace tempmon::report {

// The statuses tempmon-report returns, from the one table of every tool
// (tempmon/tool/exit_status.h, listed in `tempmon-report --help`).
enum ExitCode : int {
  kOk = tool::kExitOk,
  kFailure = tool::kExitFailure,
  kUnreadable = tool::kExitUnreadable,
  kTampered = tool::kExitTampered,
  kOutputError = tool::kExitOutput,
  kUsage = tool::kExitUsage,
};

enum class Color { kAuto, kAlways, kNever };

// `limits`: the budget of each bundle read (--max-mb, --max-seconds).
int Show(const std::filesystem::path& bundle, Color color, const bundle::ReadLimits& limits = {});
int Verify(const std::filesystem::path& bundle, bool quiet, const bundle::ReadLimits& limits = {});
int Export(const std::filesystem::path& bundle, bool csv, const std::string& out,
           const bundle::ReadLimits& limits = {});
int Html(const std::filesystem::path& bundle, const std::filesystem::path& out,
         const bundle::ReadLimits& limits = {});
struct RedactOptions {
  std::string out;                // file or folder; empty: next to the input
  std::vector<std::string> keep;  // values kept verbatim
  std::string report;             // where the per-kind counts go as JSON ("-" = stdout)
  bool keep_dumps = false;        // attachments kept unscrubbed (else dropped)
};
int Redact(const std::filesystem::path& bundle, const RedactOptions& o, const bundle::ReadLimits& limits = {});
int Diff(const std::filesystem::path& a, const std::filesystem::path& b, const bundle::ReadLimits& limits = {});

// Writes `bytes` to `out` atomically (temp + rename), or to stdout for "-".
// Throws OutputError.
void WriteOutput(const std::string& out, const std::string& bytes);
// The same, for bytes `produce` hands its sink in pieces: never held whole.
using OutputSink = std::function<void(std::string_view)>;
void WriteOutputStream(const std::string& out, const std::function<void(const OutputSink&)>& produce);

struct OutputError : std::runtime_error {
  using std::runtime_error::runtime_error;
};

}  // namespace tempmon::report
