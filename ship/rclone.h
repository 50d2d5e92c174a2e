// rclone through the one child runner (lib/proc): its own config file is the only
// source of credentials (RCLONE_* variables are not passed on), its output is
// collected, and it dies with us (PR_SET_PDEATHSIG) so a killed tempmon-ship
// never leaves an upload running behind its back.
#pragma once

#include <chrono>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace tempmon::ship {

enum class Failure {
  kNone,
  kTransient,  // unreachable, timed out, full, 5xx...: retry with backoff
  kAuth,       // the remote refused the credentials: retrying will not help
  kConfig,     // the remote is not configured / config unreadable
};

struct RcloneResult {
  int exit_code = -1;       // rclone's exit status, 128 + signal when killed, -1 when not reaped
  bool timed_out = false;
  bool interrupted = false; // a stop signal arrived; the child was killed
  std::string out, err;
  Failure failure = Failure::kNone;
  std::string reason;       // one line: rclone's last error line
};

// Sorts a failed rclone run into the classes above from its exit status and
// its error text (rclone 1.60 exits 1 for both a refused password and a full
// disk, so the text decides).
Failure Classify(int exit_code, bool timed_out, const std::string& err);
std::string LastErrorLine(const std::string& err);

// `text` with credentials replaced by "***": the user:password of URLs
// (scheme://user:pass@host), the values of key=value parameters whose name
// says secret (key, token, password, pass, secret, signature, credential,
// auth, sas: "token=", "secret_access_key=", "X-Amz-Signature=", JSON
// "password": "..."), and Bearer/Basic authorization tokens. rclone's
// error text quotes URLs and connection strings as given; this runs on
// everything of rclone's that reaches the journal or a state file. Linear
// in the length of `text`.
std::string RedactCredentials(std::string_view text);

class Rclone {
 public:
  // stop_fd: readable when the run must end (the daemon's signalfd); -1: none.
  Rclone(std::string program, std::string config, std::string bwlimit,
         std::chrono::milliseconds deadline, int stop_fd, bool verbose);

  RcloneResult Run(const std::vector<std::string>& args) const;
  uint64_t runs() const { return runs_; }

 private:
  std::string program_, config_, bwlimit_;
  std::chrono::milliseconds deadline_;
  int stop_fd_;
  bool verbose_;
  mutable uint64_t runs_ = 0;
};

// Refuses a credentials file others could read: nullopt = fine, else why.
std::optional<std::string> CheckCredentialsFile(const std::string& path);

}  // namespace tempmon::ship
