#include "tempmon/tool/cli.h"

namespace tempmon::tool {

void SetUpApp(CLI::App& app, const std::string& tool, const std::string& version, const std::string& footer,
              std::initializer_list<ExitStatus> used) {
  std::string text = footer;
  if (!text.empty() && text.back() != '\n') text += '\n';
  app.footer(text + (text.empty() ? "" : "\n") + ExitStatusHelp(used));
  app.set_version_flag("--version", tool + " " + version);
}

void AddConfigFile(CLI::App& app) {
  app.set_config("--config", "", "read options from this file: 'option = value' lines (long option names "
                                 "without the dashes); the command line overrides it");
  // A misspelt key in /etc/tempmon/*.conf would otherwise be ignored in
  // silence, and the service would run without the setting.
  app.allow_config_extras(CLI::config_extras_mode::error);
}

std::optional<int> Parse(CLI::App& app, int argc, char** argv) {
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    return app.exit(e) == 0 ? kExitOk : kExitUsage;
  }
  return std::nullopt;
}

}  // namespace tempmon::tool
