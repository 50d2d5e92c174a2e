// Test helpers that build hostile or altered bundles byte by byte with
// libarchive, the way an attacker or a damaged disk would.
#pragma once

#include <map>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "tempmon/bundle/bundle.h"

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

// Pieces libarchive will not write, for archives that lie: a ustar header
// (`type` '0' file, 'x' pax, 'S' GNU sparse...; sizes of 8 GiB and more in
// GNU base-256), the zeros that pad data to 512 bytes, the end-of-archive
// blocks.
std::string TarHeader(const std::string& name, uint64_t size, char type = '0');
// A GNU sparse ('S') header: `stored` bytes of data follow, the file claims
// `real_size`.
std::string GnuSparseHeader(const std::string& name, uint64_t stored, uint64_t real_size);
// A pax extended header ('x') and its records ("size=..." etc.), padded.
std::string PaxHeader(const std::string& for_name, const std::vector<std::string>& records);
std::string TarPad(uint64_t data_size);
std::string TarEnd();

// One zstd frame of `data` (libzstd, level 1).
std::string ZstdFrame(std::string_view data);
// One zstd frame of `n` zero bytes made of RLE blocks: 4 bytes per 128 KiB,
// so 16 GiB take 512 KiB and no time to build. `prefix` comes first, as raw
// blocks in the same frame.
std::string ZstdZeros(uint64_t n, std::string_view prefix = {});
// One zstd frame of `unit` repeated `count` times, compressed as a stream
// (never held whole).
std::string ZstdRepeat(std::string_view prefix, std::string_view unit, uint64_t count, std::string_view suffix);
// A zstd skippable frame holding `data`.
std::string ZstdSkippable(std::string_view data);

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
