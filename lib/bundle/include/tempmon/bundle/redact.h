// Redaction like `sos clean`: one mapping from private value to token for
// a whole run, so that the same host, address, serial, user or process
// reads the same in every member of a bundle and in its file name. The
// mapping lives in memory only; nothing of it is written into the redacted
// bundle. docs/security.md ("Redaction") lists what is replaced and what is
// not.
#pragma once

#include <cstdint>
#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

namespace tempmon::bundle {

struct Contents;

// What one run replaced, per kind ("host", "ip", "mac", ...): how many
// distinct values got a token and how many places were rewritten. Values
// themselves are never part of it, so it can be shared with the bundle.
struct RedactionReport {
  struct Kind {
    uint64_t values = 0;
    uint64_t replacements = 0;
  };
  std::map<std::string, Kind> kinds;
  uint64_t kept = 0;  // places left as they were because of --keep
  // Attachments (a driver's binary dump, a GPU error state): bytes that
  // cannot be scrubbed, so they are dropped unless asked to keep them.
  uint64_t attachments_dropped = 0, attachments_dropped_bytes = 0;
  uint64_t attachments_kept = 0;
  std::string Text() const;
  nlohmann::json Json() const;
};

class Redaction {
 public:
  // `keep`: values the user wants kept verbatim (matched without regard to
  // case); every other private value found is replaced.
  explicit Redaction(std::vector<std::string> keep = {});
  ~Redaction();
  Redaction(const Redaction&) = delete;
  Redaction& operator=(const Redaction&) = delete;

  // Keeps the bundle's attachments (driver dumps, GPU error states) as
  // they are, unscrubbed: `tempmon-report redact --keep-dumps`. Without
  // it Apply() drops them and says so in the report and in their events.
  void KeepAttachments(bool keep);

  // A host name known to be this machine's before any bundle is read: it
  // gets the first host token, so that a caller can name it (the shipper's
  // remote path) before the bundle exists.
  void AddHost(std::string_view host);
  // Learns what `c` holds (first every member, so that a value recognised in
  // one place is replaced in all), then rewrites every string of it, sets
  // c.redacted and regenerates the summary.
  void Apply(Contents& c);
  // Learns from a text that is not part of a bundle (a file name) without
  // rewriting anything yet.
  void Learn(std::string_view text);
  // One text with what was learned so far.
  std::string Text(std::string_view text);
  // A bundle file name ("tempmon-HOST-STAMP-TRIGGER.tar.zst" or any other):
  // the host part and any private value in it replaced.
  std::string FileName(std::string_view name, std::string_view host);

  const RedactionReport& Report() const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace tempmon::bundle
