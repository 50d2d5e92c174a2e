// Where a bundle goes on the remote. Every part of the path comes from the
// configuration and this machine's name, reduced to a safe charset; the only
// part taken from the spool is the bundle's time stamp and trigger, which
// must match the capture's naming (spool.h BundleName) and are sanitised too.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace tempmon::ship {

// [A-Za-z0-9._-], at most 64 characters, never starting with '.' or '-'
// (no "..", no option look-alike); "unknown" when nothing is left.
std::string SafeHost(std::string_view host);

// "remote:bucket/prefix/{host}/" with {host} replaced by SafeHost(host);
// always ends in '/'. Refuses (nullopt, *error) what is not a named remote:
// a local path, an on-the-fly ":backend,key=value:" remote (credentials on a
// command line), "..", control characters.
std::optional<std::string> ExpandUpload(const std::string& tmpl, const std::string& host,
                                        std::string* error);

// "tempmon-<SafeHost(host)>-<YYYYmmddTHHMMSS.mmmZ>-<trigger...>.tar.zst" from
// a spool file name; nullopt when the name does not follow the capture's
// naming.
std::optional<std::string> RemoteObjectName(const std::string& bundle_file,
                                            const std::string& host);

}  // namespace tempmon::ship
