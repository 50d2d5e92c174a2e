// The report bundle: one in-memory model, one writer, one reader.
// Used by tempmon-capture (writes) and tempmon-report (reads, verifies,
// redacts, exports). The on-disk format is documented in
// docs/bundle-format.md; this header is the C++ contract both tools share.
#pragma once

#include <cstdint>
#include <filesystem>
#include <functional>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "tempmon/bundle/read_limits.h"  // ReadLimits
#include "tempmon/bundle/records.h"

namespace tempmon::bundle {

// Format 2 names the instant of a sample and of the trigger ts_ns, as the
// ring, the probe and every event do (format 1: mono_ns). Readers read
// both; writers write 2 (docs/bundle-format.md).
inline constexpr int kFormatVersion = 2;
inline constexpr int kOldestFormatVersion = 1;

// Everything a bundle holds, typed (records.h): the capture builds it, the
// writer and the reader map it to and from the members, the viewer reads
// it. `system` alone is a tree of facts, each collector adding its own key.
struct Contents {
  std::string tool_version;
  std::string module_version;    // empty when tempmon.ko was not used
  // The identity of the signature catalogue the capture judged the kernel
  // log with (analysis.h CatalogueIdentity); empty in bundles written
  // before it was recorded. Set by the producer that judged, kept by
  // rewriters (redact), so the verdicts stay attributed to it.
  std::string signature_catalogue;
  std::string host;
  std::string kernel;            // uname -r
  std::string boot_id;
  Trigger trigger;
  uint64_t window_start_mono_ns = 0;
  uint64_t window_end_mono_ns = 0;
  std::vector<Sensor> sensors;
  std::vector<Sample> samples;
  std::vector<Episode> episodes;  // closed and open, and the probe's open notices
  std::vector<Event> events;
  std::vector<KmsgRecord> kmsg;
  nlohmann::json system = nlohmann::json::object();
  std::vector<Collector> collectors;
  Losses losses;
  // manifest.json "crash": only in a bundle of trigger "crash".
  std::optional<Crash> crash;
  std::string summary;           // summary.txt; generated when empty
  bool redacted = false;         // set by Redact(); recorded in the manifest
  // Members after summary.txt, in this order (at most kMaxAttachments).
  std::vector<Attachment> attachments;
};

// Every failure to read or write a bundle: one line, naming the member
// (file inside the bundle) when there is one.
class BundleError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

// The archive is readable but a member differs from the manifest (wrong
// SHA-256 or size, missing, or not listed): the bundle is not intact.
class TamperedError : public BundleError {
 public:
  using BundleError::BundleError;
};


// Writes `c` to `path` atomically: a temporary name in the same folder,
// fsync, rename, fsync of the folder; mode 0640 (sys::Dir::Replace). A
// folder that another user can write is refused. On any failure the
// temporary file is removed and BundleError is thrown; nothing at `path`
// is ever partial.
//
// `rows`, when given, holds samples.csv's rows formatted ahead of time
// (samples_csv.h); they are used only when they are exactly `c`'s.
// `csv_ahead`, when given with them, holds samples.csv's first bytes (its
// header line and rows, in order) compressed ahead (tar_zst.h,
// docs/precompress.md): when its first and last bytes are those of the
// member at the same offsets, the bundle's frame begins with it and it is
// continued with the rest (it is then used up: used() is true); else it
// is left alone and the member compressed as usual.
struct CsvRows;
class PrecompressedMember;
void Write(const Contents& c, const std::filesystem::path& path, const CsvRows* rows = nullptr,
           PrecompressedMember* csv_ahead = nullptr);
// Allocates and touches what Write() keeps per thread between bundles (the
// compressor, the archive buffer), so that the first bundle does not pay
// for fresh pages either.
void PrepareWriter();

// Reads and parses a bundle; checks every member against the manifest's
// SHA-256. Throws BundleError on anything untrusted or broken.
Contents Read(const std::filesystem::path& path, const ReadLimits& limits = {});

// The bundle as bytes (what Write puts on disk) and back; Read() is
// ReadBytes() of the file's contents. Nothing touches the filesystem.
std::string Serialize(const Contents& c, const CsvRows* rows = nullptr, PrecompressedMember* csv_ahead = nullptr);
Contents ReadBytes(std::string_view bytes, const ReadLimits& limits = {});

// One member whose bytes differ from what the manifest promises.
struct VerifyIssue {
  std::string member;
  std::string problem;  // "sha256 mismatch", "missing", "not in manifest", ...
};

// Checks every member against the manifest and the schema of every member.
// Returns the tampered members (empty = intact); throws BundleError when
// the archive itself cannot be read or a member cannot be parsed.
std::vector<VerifyIssue> Verify(const std::filesystem::path& path,
                                const ReadLimits& limits = {});

// For readers of many bundles (tempmon-report fleet): checks every member's
// size and SHA-256 against the manifest exactly as Read() does (so a damaged
// bundle is refused the same way), but parses only the members `parse`
// accepts, asked with the parsed manifest; the others stay empty. A null
// `parse` parses none. `*manifest` (when given) receives the manifest.
using MemberFilter = std::function<bool(const nlohmann::json& manifest, std::string_view member)>;
Contents ReadSelected(const std::filesystem::path& path, const MemberFilter& parse,
                      nlohmann::json* manifest = nullptr, const ReadLimits& limits = {});

// Redaction(redact.h) with nothing kept, applied to `c`: every private
// value of every string replaced by one token per value (host0, ip0, mac0,
// uuid0, ...), c.redacted set, the summary regenerated.
void Redact(Contents& c);

// summary.txt as Write() generates it when Contents::summary is empty
// (the same text `tempmon-report show --color=never` prints).
std::string RenderSummary(const Contents& c, bool color = false);

}  // namespace tempmon::bundle
