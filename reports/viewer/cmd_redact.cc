#include <cstdio>

#include "tempmon/bundle/bundle.h"
#include "commands.h"
#include "tempmon/bundle/redact.h"
#include "tempmon/bundle/terminal_safe.h"

namespace tempmon::report {

int Redact(const std::filesystem::path& in, const RedactOptions& o, const bundle::ReadLimits& limits) {
  namespace fs = std::filesystem;
  bundle::Contents c = bundle::Read(in, limits);
  bundle::Redaction r(o.keep);
  r.KeepAttachments(o.keep_dumps);
  // The file name is learned with the members: a value only the name holds
  // is replaced there too, with the same token as everywhere else.
  const std::string host = c.host;
  r.Learn(in.filename().string());
  r.Apply(c);
  // The output's name goes through the same mapping: a bundle's name
  // carries its host ("tempmon-HOST-...").
  fs::path out;
  std::error_code ec;
  if (o.out.empty() || fs::is_directory(o.out, ec)) {
    fs::path dir = o.out.empty() ? in.parent_path() : fs::path(o.out);
    std::string name = r.FileName(in.filename().string(), host);
    const std::string ext = ".tar.zst";
    if (name.size() > ext.size() && name.ends_with(ext)) name.resize(name.size() - ext.size());
    out = dir / (name + "-redacted" + ext);
  } else {
    fs::path p(o.out);
    out = p.parent_path() / r.FileName(p.filename().string(), host);
  }
  if (fs::exists(out, ec) && fs::equivalent(out, in, ec))
    throw OutputError("the redacted bundle would replace " + in.string() + ": name another output (-o)");
  try {
    bundle::Write(c, out);
  } catch (const bundle::BundleError& e) {
    throw OutputError(e.what());
  }
  const bundle::RedactionReport& rep = r.Report();
  if (!o.report.empty()) WriteOutput(o.report, rep.Json().dump(2) + "\n");
  std::fputs(rep.Text().c_str(), stdout);
  std::fprintf(stderr, "redacted bundle written to %s\n", bundle::TerminalSafe(out.string()).c_str());
  return kOk;
}

}  // namespace tempmon::report
