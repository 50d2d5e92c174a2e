#include "tempmon/tool/exit_status.h"

#include <algorithm>

namespace tempmon::tool {

std::string_view ExitStatusMeaning(ExitStatus s) {
  for (const ExitStatusRow& r : kExitStatusTable)
    if (r.status == s) return r.meaning;
  return "unknown";
}

std::string ExitStatusHelp(std::initializer_list<ExitStatus> used) {
  constexpr size_t kWidth = 78, kIndent = 5;
  std::string out = "Exit status (the same table for every tempmon tool, docs/exit-status.md):\n";
  for (const ExitStatusRow& r : kExitStatusTable) {
    if (std::find(used.begin(), used.end(), r.status) == used.end()) continue;
    std::string line = "  " + std::to_string(static_cast<int>(r.status));
    line.resize(kIndent, ' ');
    size_t col = line.size();
    std::string_view rest = r.meaning;
    while (!rest.empty()) {
      size_t sp = rest.find(' ');
      std::string_view word = rest.substr(0, sp);
      if (col > kIndent && col + 1 + word.size() > kWidth) {
        out += line + "\n";
        line.assign(kIndent, ' ');
        col = kIndent;
      } else if (col > kIndent) {
        line += ' ';
        ++col;
      }
      line += word;
      col += word.size();
      rest = sp == std::string_view::npos ? std::string_view{} : rest.substr(sp + 1);
    }
    out += line + "\n";
  }
  return out;
}

}  // namespace tempmon::tool
