// Command-line handling every tempmon tool shares (CLI11): the exit-status
// epilogue, --version, the --config file ("option = value", one per line,
// the same format for every tool) and the parse that maps CLI11's errors
// onto kExitUsage.
#pragma once

#include <initializer_list>
#include <optional>
#include <string>

#include <CLI/CLI.hpp>

#include "tempmon/tool/exit_status.h"

namespace tempmon::tool {

// Sets the footer to `footer` followed by the exit-status table of `used`,
// and --version printing "TOOL VERSION".
void SetUpApp(CLI::App& app, const std::string& tool, const std::string& version, const std::string& footer,
              std::initializer_list<ExitStatus> used);

// Adds --config FILE: options read from an INI/TOML file of `option = value`
// lines (the long option names without the dashes); the command line wins;
// a key that names no option is a usage error.
void AddConfigFile(CLI::App& app);

// Parses argv. nullopt: go on. Otherwise the tool exits with the value:
// kExitOk after --help/--version, kExitUsage after an error (printed).
std::optional<int> Parse(CLI::App& app, int argc, char** argv);

}  // namespace tempmon::tool
