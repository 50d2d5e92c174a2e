#include <cstdio>

#include "tempmon/bundle/bundle.h"
#include "commands.h"
#include "tempmon/bundle/terminal_safe.h"

namespace tempmon::report {

int Verify(const std::filesystem::path& path, bool quiet, const bundle::ReadLimits& limits) {
  std::vector<bundle::VerifyIssue> issues = bundle::Verify(path, limits);
  const std::string shown = bundle::TerminalSafe(path.string());
  if (issues.empty()) {
    if (!quiet) std::printf("%s: intact (every member matches its SHA-256 in manifest.json)\n", shown.c_str());
    return kOk;
  }
  for (const bundle::VerifyIssue& i : issues)
    std::printf("%s: TAMPERED: %s: %s\n", shown.c_str(), bundle::TerminalSafe(i.member).c_str(),
                bundle::TerminalSafe(i.problem).c_str());
  return kTampered;
}

}  // namespace tempmon::report
