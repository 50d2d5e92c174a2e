#include <cstdio>

#include "bundle.h"
#include "commands.h"
#include "terminal_safe.h"

namespace tempmon::report {

int Redact(const std::filesystem::path& in, const std::filesystem::path& out, const bundle::ReadLimits& limits) {
  bundle::Contents c = bundle::Read(in, limits);
  bundle::Redact(c);
  try {
    bundle::Write(c, out);
  } catch (const bundle::BundleError& e) {
    throw OutputError(e.what());
  }
  std::fprintf(stderr, "redacted bundle written to %s\n", bundle::TerminalSafe(out.string()).c_str());
  return kOk;
}

}  // namespace tempmon::report
