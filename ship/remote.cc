#include "ship/remote.h"

#include <cctype>
#include <regex>

namespace tempmon::ship {

namespace {

bool SafeChar(char c) {
  return std::isalnum(static_cast<unsigned char>(c)) || c == '.' || c == '_' || c == '-';
}

std::string SafeComponent(std::string_view s, size_t max) {
  std::string out;
  for (char c : s) {
    if (out.size() >= max) break;
    out.push_back(SafeChar(c) ? c : '_');
  }
  if (!out.empty() && (out[0] == '.' || out[0] == '-')) out[0] = '_';
  return out;
}

}  // namespace

std::string SafeHost(std::string_view host) {
  std::string out = SafeComponent(host, 64);
  return out.empty() ? "unknown" : out;
}

std::optional<std::string> ExpandUpload(const std::string& tmpl, const std::string& host,
                                        std::string* error) {
  auto bad = [&](const std::string& why) -> std::optional<std::string> {
    *error = "upload = " + tmpl + ": " + why;
    return std::nullopt;
  };
  size_t colon = tmpl.find(':');
  if (colon == std::string::npos || colon == 0)
    return bad("expected a named rclone remote, remote:bucket/prefix/{host}/");
  std::string name = tmpl.substr(0, colon);
  for (char c : name)
    if (!(std::isalnum(static_cast<unsigned char>(c)) || c == '_' || c == '-' || c == '.'))
      return bad("remote name '" + name +
                 "' may hold only letters, digits, '_', '-', '.' (credentials belong in the "
                 "rclone config file, not in an on-the-fly remote)");
  if (name[0] == '-') return bad("remote name must not start with '-'");
  std::string path = tmpl.substr(colon + 1);
  for (size_t p; (p = path.find("{host}")) != std::string::npos;)
    path.replace(p, 6, SafeHost(host));
  for (char c : path)
    if (static_cast<unsigned char>(c) < 0x20 || c == 0x7f) return bad("control character in the path");
  if (path.find('{') != std::string::npos) return bad("unknown placeholder (only {host} exists)");
  // No ".." component, wherever it is.
  std::string seg;
  for (size_t i = 0; i <= path.size(); ++i) {
    if (i == path.size() || path[i] == '/') {
      if (seg == "..") return bad("'..' in the path");
      seg.clear();
    } else {
      seg.push_back(path[i]);
    }
  }
  if (!path.empty() && path.back() != '/') path.push_back('/');
  return name + ":" + path;
}

std::optional<std::string> RemoteObjectName(const std::string& bundle_file,
                                            const std::string& host) {
  static const std::regex kName(R"(^tempmon-.+-(\d{8}T\d{6}\.\d{3}Z)-([A-Za-z0-9._-]+)\.tar\.zst$)");
  std::smatch m;
  if (!std::regex_match(bundle_file, m, kName)) return std::nullopt;
  return "tempmon-" + SafeHost(host) + "-" + m[1].str() + "-" + SafeComponent(m[2].str(), 80) +
         ".tar.zst";
}

}  // namespace tempmon::ship
