// Turns a trigger and its window into one bundle in the spool: system
// facts gathered by collectors with deadlines, then the atomic write,
// then retention.
#pragma once

#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "capture/app/options.h"
#include "capture/collect/collector_runner.h"
#include "tempmon/bundle/bundle.h"
#include "tempmon/bundle/records.h"
#include "tempmon/bundle/samples_csv.h"
#include "tempmon/bundle/tar_zst.h"
#include "tempmon/spool/spool.h"

namespace tempmon::capture {

// What the event loop hands over when a window is complete.
struct WindowData {
  bundle::Trigger trigger;
  uint64_t window_start_mono_ns = 0;
  uint64_t window_end_mono_ns = 0;
  std::vector<bundle::Sensor> sensors;
  std::vector<bundle::Sample> samples;
  std::vector<bundle::Episode> episodes;
  std::vector<bundle::Event> events;
  bundle::Losses losses;
  std::string module_version;
  std::vector<bundle::Collector> source_collectors;  // ring, bpf, kmsg live
  // The kernel log: the live reader's copy (kmsg::KmsgLog) or a pstore
  // file's; none with --kmsg none or an unreadable log.
  std::optional<std::vector<bundle::KmsgRecord>> kmsg;
  nlohmann::json extra_system = nlohmann::json::object();
  std::optional<bundle::Crash> crash;  // trigger "crash" only
  std::vector<bundle::Attachment> attachments;  // driver dumps and GPU error states (their events name them)
  std::shared_ptr<CollectorRunner> before;  // started at trigger time
  std::shared_ptr<CollectorRunner> after;   // StartAfter() at the window's end; null: Write() starts it
  // samples.csv's rows of `samples`, formatted ahead (RingSource::Rows);
  // null: the writer formats them.
  std::unique_ptr<bundle::CsvRows> csv_rows;
  // samples.csv's first bytes, compressed ahead (app/precompress.h), held
  // by the caller (its used() then says whether the bundle continued it);
  // null: the writer compresses them all.
  bundle::PrecompressedMember* csv_ahead = nullptr;
};

class Snapshotter {
 public:
  Snapshotter(const Options& o, spool::Spool& spool);

  // Starts the "before the window" collectors (throttle counters); the
  // returned runner is waited for by Write().
  std::shared_ptr<CollectorRunner> StartBefore() const;
  // Starts the collectors of the machine's state after the window (sysfs,
  // /proc), so that they run while the window is assembled.
  std::shared_ptr<CollectorRunner> StartAfter() const;

  // Collects, writes, applies retention. Returns the bundle's path;
  // throws CaptureError when the bundle could not be written (nothing
  // partial is left). `*written` gets the Contents (for metrics).
  std::filesystem::path Write(WindowData w, bundle::Contents* written = nullptr);

  std::string Host() const { return host_; }

 private:
  const Options& o_;
  spool::Spool& spool_;
  std::string host_;
};

}  // namespace tempmon::capture
