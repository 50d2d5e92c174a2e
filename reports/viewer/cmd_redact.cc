#include <cstdio>

#include "bundle.h"
#include "commands.h"

namespace tempmon::report {

int Redact(const std::filesystem::path& in, const std::filesystem::path& out) {
  bundle::Contents c = bundle::Read(in);
  bundle::Redact(c);
  try {
    bundle::Write(c, out);
  } catch (const bundle::BundleError& e) {
    throw OutputError(e.what());
  }
  std::fprintf(stderr, "redacted bundle written to %s\n", out.c_str());
  return kOk;
}

}  // namespace tempmon::report
