#include <unistd.h>

#include <cstdlib>

#include "tempmon/bundle/bundle.h"
#include "commands.h"

namespace tempmon::report {

int Show(const std::filesystem::path& path, Color color, const bundle::ReadLimits& limits) {
  bool on = color == Color::kAlways;
  if (color == Color::kAuto) {
    const char* term = std::getenv("TERM");
    on = ::isatty(STDOUT_FILENO) && !std::getenv("NO_COLOR") && !(term && std::string(term) == "dumb");
  }
  bundle::Contents c = bundle::Read(path, limits);
  WriteOutput("-", bundle::RenderSummary(c, on));
  return kOk;
}

}  // namespace tempmon::report
