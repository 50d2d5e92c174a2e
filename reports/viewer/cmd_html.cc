#include "tempmon/bundle/bundle.h"
#include "commands.h"
#include "html_data.h"
#include "html_page.h"

namespace tempmon::report {

int Html(const std::filesystem::path& path, const std::filesystem::path& out, const bundle::ReadLimits& limits) {
  bundle::Contents c = bundle::Read(path, limits);
  std::string title = "tempmon — " + (c.host.empty() ? std::string("bundle") : c.host) + " — " + c.trigger.kind;
  WriteOutput(out, RenderHtmlPage(title, HtmlDataJson(c)));
  return kOk;
}

}  // namespace tempmon::report
