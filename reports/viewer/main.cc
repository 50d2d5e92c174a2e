// tempmon-report: the offline viewer of tempmon report bundles.
#include <unistd.h>

#include <CLI/CLI.hpp>
#include <algorithm>
#include <cstdio>
#include <map>

#include "tempmon/bundle/bundle.h"
#include "commands.h"
#include "fleet.h"
#include "health.h"
#include "tempmon/signatures/signatures.h"
#include "tempmon/bundle/terminal_safe.h"
#include "tempmon/tool/cli.h"
#include "tempmon_version.h"

namespace tr = tempmon::report;

namespace {

constexpr const char* kFooter = R"(Examples:
  tempmon-report show bundle.tar.zst
  tempmon-report verify bundle.tar.zst && echo intact
  tempmon-report html bundle.tar.zst -o report.html
  tempmon-report export bundle.tar.zst --csv -o samples.csv
  tempmon-report export bundle.tar.zst --json | jq '.episodes'
  tempmon-report redact bundle.tar.zst --keep gpu-lab -o shared/
  tempmon-report diff before.tar.zst after.tar.zst
  tempmon-report fleet /srv/bundles --csv -o fleet.csv --html fleet-html/
  tempmon-report fleet store:tempmon-bundles --rclone-config ~/.config/rclone/rclone.conf
  tempmon-report health --drain       # Slurm HealthCheckProgram: drain on a critical verdict
  tar --zstd -xf bundle.tar.zst     # the bundle also opens with stock tools)";

// Everything the command line sets, and which command it chose.
struct Args {
  std::string bundle, out = "-", other;
  std::string color = "auto";
  bool csv = false, json = false, quiet = false;
  tr::RedactOptions ro;
  tr::FleetOptions fo;
  bool fleet_csv = false, fleet_json = false;
  tr::HealthOptions ho;
  std::string classes;
  uint64_t max_mb = tempmon::bundle::ReadLimits{}.max_memory_bytes >> 20;
  double max_seconds = tempmon::bundle::ReadLimits{}.max_seconds;
  CLI::App *show = nullptr, *verify = nullptr, *exp = nullptr, *html = nullptr, *red = nullptr, *diff = nullptr,
           *fleet = nullptr, *health = nullptr;
};

// The commands that read one bundle (or two).
void AddBundleCommands(CLI::App& app, Args& a) {
  a.show = app.add_subcommand("show", "terminal summary: trigger, sensors, episodes, hangs, kernel errors");
  a.show->add_option("BUNDLE", a.bundle, "bundle file (.tar.zst)")->required();
  a.show->add_option("--color", a.color, "colour: auto (only on a terminal), always, never")
      ->check(CLI::IsMember({"auto", "always", "never"}));

  a.verify = app.add_subcommand("verify", "check every member's SHA-256 and schema; exit " + std::to_string(tr::kOk) +
                                              " intact, " + std::to_string(tr::kTampered) + " tampered, " +
                                              std::to_string(tr::kUnreadable) + " unreadable");
  a.verify->add_option("BUNDLE", a.bundle, "bundle file (.tar.zst)")->required();
  a.verify->add_flag("-q,--quiet", a.quiet, "print nothing when intact");

  a.exp = app.add_subcommand("export", "write the samples as CSV or the whole bundle as JSON");
  a.exp->add_option("BUNDLE", a.bundle, "bundle file (.tar.zst)")->required();
  auto* fcsv = a.exp->add_flag("--csv", a.csv, "samples as CSV");
  auto* fjson = a.exp->add_flag("--json", a.json, "everything as one JSON document");
  fcsv->excludes(fjson);
  a.exp->add_option("-o,--output", a.out, "output file ('-' = stdout, the default)");

  a.html = app.add_subcommand("html", "one self-contained HTML page: timeline, episodes, kernel log");
  a.html->add_option("BUNDLE", a.bundle, "bundle file (.tar.zst)")->required();
  a.html->add_option("-o,--output", a.out, "output .html file")->required();

  a.red = app.add_subcommand("redact", "like sos clean: host names, addresses, hardware ids, serials, users and "
                                       "processes replaced by consistent tokens in every member and the file "
                                       "name; prints what was replaced; new checksums");
  a.red->add_option("BUNDLE", a.bundle, "bundle file (.tar.zst)")->required();
  a.red->add_option("-o,--output", a.ro.out,
                    "output bundle, or a folder (default: next to BUNDLE); private values in its name are "
                    "replaced too");
  a.red->add_option("--keep", a.ro.keep, "a value to keep as it is (repeatable)");
  a.red->add_option("--report", a.ro.report, "also write the counts per kind as JSON to FILE");
  a.red->add_flag("--keep-dumps", a.ro.keep_dumps,
                  "keep driver dumps and GPU error states (binary, NOT scrubbed); dropped by default");

  a.diff = app.add_subcommand("diff", "compare two bundles: peaks, episodes, kernel errors");
  a.diff->add_option("A", a.bundle, "first bundle (before)")->required();
  a.diff->add_option("B", a.other, "second bundle (after)")->required();
}

void AddFleetCommand(CLI::App& app, Args& a) {
  tr::FleetOptions& fo = a.fo;
  a.fleet = app.add_subcommand("fleet", "one table over many bundles: per host and sensor, captures, "
                                        "throttling, peaks, hangs; skips (and counts) bundles that fail verification");
  CLI::App* fleet = a.fleet;
  fleet->add_option("SOURCE", fo.source, "folder of bundles (searched recursively) or rclone remote:path")->required();
  auto* fl_csv = fleet->add_flag("--csv", a.fleet_csv, "one CSV row per host and sensor");
  auto* fl_json = fleet->add_flag("--json", a.fleet_json, "one JSON document");
  fl_csv->excludes(fl_json);
  fleet->add_option("-o,--output", fo.out, "output file ('-' = stdout, the default)");
  fleet->add_option("--html", fo.html_dir, "also write DIR/index.html, linking each bundle's own page in DIR/bundles/");
  fleet->add_option("-j,--jobs", fo.jobs, "bundles read in parallel (default: one per CPU)");
  fleet->add_option("--rclone-config", fo.rclone_config, "rclone config for a remote SOURCE");
  fleet->add_option("--rclone", fo.rclone, "the rclone program")->capture_default_str();
  fleet->add_option("--rclone-timeout", fo.rclone_timeout_s, "seconds the copy from a remote SOURCE may take")
      ->capture_default_str();
  auto* fl_index = fleet->add_option("--index", fo.index_dir,
                                     "write newline-delimited JSON rows (bundle, episode, match, device) under "
                                     "DIR/day=D/host=H/, one file per bundle named by its SHA-256; bundles "
                                     "already indexed are skipped");
  fl_index->excludes(fl_csv)->excludes(fl_json);
}

void AddHealthCommand(CLI::App& app, Args& a) {
  tr::HealthOptions& ho = a.ho;
  a.health = app.add_subcommand("health", "the node's verdict from the spool: exit 0 healthy, " +
                                              std::to_string(tempmon::tool::kExitUnhealthy) +
                                              " while a critical kernel-log verdict of this boot stands "
                                              "(for Slurm's HealthCheckProgram/prolog and node-problem-detector)");
  CLI::App* health = a.health;
  health->add_option("--spool", ho.spool, "the capture's report folder")->capture_default_str();
  health->add_option("--classes", a.classes, "comma-separated signature classes that count (default: the hang "
                                             "classes of --on-hang: gpu_lost, cpu_lockup, ...)");
  health->add_option("--since", ho.since, "verdicts since: boot, all, or seconds since the epoch")->capture_default_str();
  health->add_flag("--include-tests", ho.include_tests, "count bundles of tempmon-capture --test-signature");
  health->add_flag("--clear", ho.clear, "after a repair: forget every verdict before now");
  health->add_flag("--drain", ho.drain, "Slurm: drain this node (scontrol update State=DRAIN) with the verdict as "
                                        "reason, once per verdict; never resumes it");
  health->add_option("--node", ho.node, "Slurm node name (default: the short host name)");
  health->add_option("--scontrol", ho.scontrol, "the scontrol program")->capture_default_str();
  health->add_option("--scontrol-timeout", ho.scontrol_timeout_s, "seconds scontrol may take")->capture_default_str();
  health->add_option("--format", ho.format, "text, or npd: one line of at most --max-message bytes")
      ->check(CLI::IsMember({"text", "npd"}))
      ->capture_default_str();
  health->add_option("--max-message", ho.max_message, "bytes of a reason (node-problem-detector's max_output_length)")
      ->check(CLI::Range(size_t{40}, size_t{4096}))
      ->capture_default_str();
}

// The reading budget, on every command that reads a bundle.
void AddReadBudget(Args& a) {
  for (CLI::App* sc : {a.show, a.verify, a.exp, a.html, a.red, a.diff, a.fleet, a.health}) {
    sc->add_option(std::string(tempmon::bundle::kMaxMbOption), a.max_mb,
                   "memory budget for reading one bundle, in MiB; sizes, rows and members scale with it")
        ->check(CLI::Range(uint64_t{16}, uint64_t{1} << 24))
        ->capture_default_str();
    sc->add_option(std::string(tempmon::bundle::kMaxSecondsOption), a.max_seconds,
                   "wall-time budget for reading one bundle, in seconds")
        ->check(CLI::Range(0.1, 1e6))
        ->capture_default_str();
  }
}

// --classes: each a class of the signature catalogue; an unknown one is a
// usage error that lists the known ones.
bool ParseClasses(const std::string& classes, std::vector<std::string>& out) {
  for (size_t at = 0; at < classes.size();) {
    size_t comma = classes.find(',', at);
    std::string c = classes.substr(at, comma == std::string::npos ? std::string::npos : comma - at);
    if (!c.empty()) out.push_back(c);
    at = comma == std::string::npos ? classes.size() : comma + 1;
  }
  const auto known = tempmon::signatures::Classes();
  for (const auto& c : out) {
    if (std::find(known.begin(), known.end(), c) == known.end()) {
      std::string list;
      for (const auto& k : known) list += (list.empty() ? "" : ", ") + k;
      std::fprintf(stderr, "tempmon-report health: unknown class '%s' (known: %s)\n",
                   tempmon::bundle::TerminalSafe(c, 80).c_str(), list.c_str());
      return false;
    }
  }
  return true;
}

int Run(Args& a, const tempmon::bundle::ReadLimits& limits) {
  if (a.show->parsed()) {
    static const std::map<std::string, tr::Color> colors = {
        {"auto", tr::Color::kAuto}, {"always", tr::Color::kAlways}, {"never", tr::Color::kNever}};
    return tr::Show(a.bundle, colors.at(a.color), limits);
  }
  if (a.verify->parsed()) return tr::Verify(a.bundle, a.quiet, limits);
  if (a.exp->parsed()) return tr::Export(a.bundle, a.csv, a.out, limits);
  if (a.html->parsed()) return tr::Html(a.bundle, a.out, limits);
  if (a.red->parsed()) return tr::Redact(a.bundle, a.ro, limits);
  if (a.diff->parsed()) return tr::Diff(a.bundle, a.other, limits);
  if (a.health->parsed()) return ParseClasses(a.classes, a.ho.classes) ? tr::Health(a.ho) : tr::kUsage;
  if (a.fleet->parsed()) {
    a.fo.format = a.fleet_csv ? "csv" : a.fleet_json ? "json" : "text";
    return tr::Fleet(a.fo);
  }
  return tr::kUsage;
}

}  // namespace

int main(int argc, char** argv) {
  CLI::App app{"tempmon-report: read, check and share tempmon report bundles offline (.tar.zst)"};
  tempmon::tool::SetUpApp(app, "tempmon-report", TEMPMON_VERSION_STRING, kFooter,
                          {tempmon::tool::kExitOk, tempmon::tool::kExitFailure, tempmon::tool::kExitUsage,
                           tempmon::tool::kExitUnreadable, tempmon::tool::kExitTampered, tempmon::tool::kExitOutput,
                           tempmon::tool::kExitSpool, tempmon::tool::kExitUnhealthy});
  app.require_subcommand(1);
  Args a;
  AddBundleCommands(app, a);
  AddFleetCommand(app, a);
  AddHealthCommand(app, a);
  AddReadBudget(a);
  if (auto rc = tempmon::tool::Parse(app, argc, argv)) return *rc;
  if (a.exp->parsed() && !a.csv && !a.json) {
    std::fprintf(stderr, "tempmon-report export: choose --csv or --json\n");
    return tr::kUsage;
  }

  tempmon::bundle::ReadLimits limits = tempmon::bundle::ReadLimits{}.WithMemory(a.max_mb << 20);
  limits.max_seconds = a.max_seconds;
  a.fo.limits = limits;
  a.ho.limits = limits;
  // Every message may quote a bundle: one line, nothing a terminal acts on.
  auto say = [](const char* prefix, const char* what) {
    std::fprintf(stderr, "tempmon-report: %s%s\n", prefix, tempmon::bundle::TerminalSafe(what, 600).c_str());
  };
  try {
    return Run(a, limits);
  } catch (const tempmon::bundle::TamperedError& e) {
    say("tampered bundle: ", e.what());
    return tr::kTampered;
  } catch (const tempmon::bundle::BundleError& e) {
    say("", e.what());
    return tr::kUnreadable;
  } catch (const tr::OutputError& e) {
    say("", e.what());
    return tr::kOutputError;
  } catch (const std::bad_alloc&) {
    std::fprintf(stderr, "tempmon-report: out of memory (bundle too large for this machine?)\n");
    return tr::kFailure;
  } catch (const std::exception& e) {
    say("internal error: ", e.what());
    return tr::kFailure;
  }
}
