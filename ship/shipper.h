// The outbox: watches the spool, ships each finished bundle in order, keeps
// its state in the spool, backs off while the remote is down, and keeps a
// Prometheus textfile up to date.
#pragma once

#include <cstdint>
#include <filesystem>
#include <map>
#include <memory>
#include <string>
#include <vector>

#include "ship/options.h"
#include "ship/rclone.h"
#include "tempmon/spool/outbox_state.h"
#include "tempmon/sys/unique_fd.h"

namespace tempmon::ship {

namespace fs = std::filesystem;

struct ShipMetrics {
  uint64_t pending = 0, shipped = 0, failed = 0;
  double oldest_pending_age_s = 0;
  uint64_t shipped_total = 0, upload_failures_total = 0, rclone_runs_total = 0;
  uint64_t lost_unshipped_total = 0;  // removed from the spool before shipped
  bool blocked = false;               // authentication/configuration failure
  int64_t last_success_ns = 0;

  std::string Format() const;
};

class Shipper {
 public:
  explicit Shipper(Options o);
  ~Shipper();
  int Run();

 private:
  enum class Outcome { kShipped, kFailed, kRetry, kBlocked, kStopped };

  void Setup();
  void Recover();
  // Lists the spool: a state for every bundle, oldest first; forgets states
  // whose bundle is gone (and says so when it was not shipped).
  std::vector<std::string> Scan();
  void ShipPass(const std::vector<std::string>& order);
  Outcome ShipOne(spool::BundleState& s);
  Outcome Fail(spool::BundleState& s, const RcloneResult& r, const std::string& step);
  void DeleteRemote(const std::string& object);
  bool InQuietWindow(int64_t* ms_to_end) const;
  void WriteMetrics();
  void Log(const std::string& line) const;
  void DrainInotify();
  bool StopRequested();
  void ArmTimer(int64_t ms);

  Options o_;
  std::string host_, dest_;
  std::string remote_host_;  // host_ in remote paths: its token when redacting
  std::vector<QuietWindow> quiet_;
  fs::path spool_;
  sys::UniqueFd lock_, inotify_, stop_sfd_, hup_sfd_, timer_;
  int cfg_watch_ = -1;
  std::unique_ptr<Rclone> rclone_;
  std::map<std::string, spool::BundleState> states_;
  ShipMetrics m_;
  bool stop_ = false, rescan_ = true;
  std::string blocked_reason_;
  double backoff_s_ = 0;
  int64_t next_try_ms_ = 0;  // CLOCK_MONOTONIC ms; 0 = now
};

}  // namespace tempmon::ship
