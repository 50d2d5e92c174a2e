#include <cstdio>

#include "bundle.h"
#include "commands.h"

namespace tempmon::report {

int Verify(const std::filesystem::path& path, bool quiet) {
  std::vector<bundle::VerifyIssue> issues = bundle::Verify(path);
  if (issues.empty()) {
    if (!quiet) std::printf("%s: intact (every member matches its SHA-256 in manifest.json)\n", path.c_str());
    return kOk;
  }
  for (const bundle::VerifyIssue& i : issues)
    std::printf("%s: TAMPERED: %s: %s\n", path.c_str(), i.member.c_str(), i.problem.c_str());
  return kTampered;
}

}  // namespace tempmon::report
