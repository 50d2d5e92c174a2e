// Test helpers that build hostile or altered bundles byte by byte with
// libarchive, the way an attacker or a damaged disk would.
#pragma once

#include <map>
#include <string>
#include <vector>

#include "bundle.h"

namespace tempmon::bundle::test {

struct Entry {
  std::string name;
  std::string data = {};
  unsigned type = 0100000;  // AE_IFREG; AE_IFLNK, AE_IFCHR, AE_IFDIR...
  std::string link = {};         // symlink target, or hardlink target when hardlink
  bool hardlink = false;
};

// A tar.zst of exactly these entries, in order.
std::string Craft(const std::vector<Entry>& entries, bool zstd = true);

// The members of a valid bundle, by name (manifest.json included).
std::map<std::string, std::string> Members(const std::string& bundle_bytes);

// Re-packs members (manifest.json first); when `fix_manifest`, the
// manifest's sizes and SHA-256 are recomputed so that only the schema
// check can catch a change.
std::string Repack(std::map<std::string, std::string> members, bool fix_manifest);

// A readable temporary file holding `bytes`; removed on destruction.
class TempBundle {
 public:
  explicit TempBundle(const std::string& bytes);
  TempBundle(const TempBundle&) = delete;
  TempBundle& operator=(const TempBundle&) = delete;
  ~TempBundle();
  const std::string& path() const { return path_; }

 private:
  std::string path_;
};

}  // namespace tempmon::bundle::test
