// The outbox's per-bundle state, kept next to the bundles in the spool
// (SPOOL/.tempmon-ship/<bundle>.state, JSON, replaced atomically) so it
// survives restarts and reboots with the bundles it describes.
// tempmon-ship writes it; the spool's retention reads it: while the
// outbox folder exists, a bundle that is not shipped is kept unless the
// byte limit forces its removal.
#pragma once

#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>

namespace tempmon::spool {

namespace fs = std::filesystem;

// The folder in the spool; its presence means "an outbox ships this spool".
inline constexpr std::string_view kStateDirName = ".tempmon-ship";

enum class State {
  kPending,    // waiting to be shipped (or retried after a transient failure)
  kUploading,  // an upload started; remote_tmp may hold a partial object
  kShipped,    // on the remote, verified
  kFailed,     // failed permanently; `reason` says why
};

std::string_view StateName(State s);
std::optional<State> ParseState(std::string_view s);

struct BundleState {
  std::string bundle;         // file name in the spool
  State state = State::kPending;
  std::string reason;         // last failure (pending/failed)
  uint32_t attempts = 0;
  int64_t first_seen_ns = 0;  // CLOCK_REALTIME
  int64_t last_attempt_ns = 0;
  int64_t shipped_ns = 0;
  uint64_t size = 0;          // bytes shipped (after redaction)
  std::string sha256;         // of the bytes shipped
  std::string remote;         // final object, "remote:path/name"
  std::string remote_tmp;     // temporary object of an upload in progress
};

fs::path StateDir(const fs::path& spool);
fs::path StatePath(const fs::path& spool, const std::string& bundle);

// nullopt when there is no state file; a damaged one reads as pending with
// the damage as reason (the bundle is then shipped again, never dropped).
std::optional<BundleState> LoadState(const fs::path& spool, const std::string& bundle);

// Replaced atomically in the checked state folder (sys::Dir::Replace).
// Throws std::runtime_error (sys::SysError).
void SaveState(const fs::path& spool, const BundleState& s);

bool OutboxEnabled(const fs::path& spool);

// True when the outbox still has to ship this bundle (the outbox is enabled
// and the bundle's state is not "shipped").
bool HeldForOutbox(const fs::path& spool, const std::string& bundle);

}  // namespace tempmon::spool
