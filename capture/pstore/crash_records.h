// The crashes of earlier boots that the kernel left behind: pstore records
// (ramoops or EFI, in /sys/fs/pstore or moved by systemd-pstore to
// /var/lib/systemd/pstore) and kdump-tools' dmesg files
// (/var/crash/<timestamp>/dmesg.<timestamp>). One Crash per crash, however
// many records it left (an oops and the panic it became, EFI's parts).
#pragma once

#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "capture/pstore/pstore_tail.h"
#include "tempmon/bundle/bundle.h"

namespace tempmon::capture::pstore {

// One kernel-log line of a record: "<6>[   12.345678] text" (the syslog
// prefix is optional, pstore's "Panic#1 Part1" header keeps level 0).
bundle::KmsgRecord ParseLogLine(const std::string& line, uint64_t seq);

// What ended the boot, read from the kernel's report: "watchdog" (soft or
// hard lockup, hung task, RCU stall), "oops" (Oops, BUG, general
// protection fault), "panic" (any other panic); empty when the lines hold
// no crash (a clean shutdown's dump, a console record).
struct Report {
  std::string reason;
  std::string headline;                 // the kernel's line that says what happened
  std::optional<uint64_t> ts_us;        // its kernel time, when printed
  std::vector<std::string> lines;       // the report block, prefixes stripped, tail lines left out
  std::vector<std::string> modules;     // "Modules linked in:", when printed
};
Report FindReport(const std::vector<bundle::KmsgRecord>& log);

struct Crash {
  std::string key;                      // identity: the tail's begin line, else the headline
  std::vector<std::string> seen_keys;   // "pstore:<sha256>" of every record it took (the state file's keys)
  std::vector<std::filesystem::path> files;  // the records, pstore first
  std::vector<bundle::KmsgRecord> log;  // the longest record's lines
  Report report;
  Tail tail;
  std::optional<std::filesystem::path> kdump_dmesg;  // kdump-tools' copy, when one matched
};

// Limits on what is read: the folders are root's, but a record is the
// crashed kernel's output and is parsed as untrusted text.
inline constexpr uint64_t kMaxRecordBytes = 8u << 20;
inline constexpr size_t kMaxRecords = 256;

// Reads every record under `pstore_dirs` (depth <= 2, regular files named
// dmesg*, symlinks not followed) and kdump dmesg files under `kdump_dirs`
// (depth <= 1: <dir>/<timestamp>/dmesg.*), groups them by crash and
// returns the crashes in the order of their records' names. Records
// without a crash in them are left out.
std::vector<Crash> FindCrashes(const std::vector<std::filesystem::path>& pstore_dirs,
                               const std::vector<std::filesystem::path>& kdump_dirs);

// The boots the capture started in, newest first (at most two: this one and
// the one before), from the state file in the spool (`.tempmon-boot`, one
// "<boot id> <the boot's start, CLOCK_REALTIME ns>" per line). A crash
// belongs to the boot whose start it matches: its wall time minus its
// CLOCK_MONOTONIC time is when that boot began.
struct BootRecord {
  std::string boot_id;
  int64_t start_wall_ns = 0;
};
inline constexpr const char* kBootStateName = ".tempmon-boot";
inline constexpr int64_t kBootMatchNs = 30'000'000'000;  // clock steps after boot (NTP) stay within it
std::vector<BootRecord> ReadBoots(const std::filesystem::path& spool_dir);
// Records `now` first (once per boot), keeping the boot before it; replaces
// the state file (temporary file, fsync, rename). Returns the boots as now
// recorded; throws std::runtime_error when the file cannot be written.
std::vector<BootRecord> RecordBoot(const std::filesystem::path& spool_dir, const BootRecord& now);
// The id of the recorded boot a crash at (`mono_ns`, `wall_ns`) ended; ""
// when none matches (the capture had not started in that boot).
std::string CrashedBoot(const std::vector<BootRecord>& boots, uint64_t mono_ns, int64_t wall_ns);

// Whether a crash of this boot can survive into the next one, and the one
// line that says why (not): the pstore backend registered (none, ramoops
// loaded without its memory, ramoops with its record size, efi_pstore...),
// whether pstore is mounted where the capture looks, kdump-tools' folder.
struct Survival {
  bool available = false;
  std::string line;
};
Survival CrashSurvival(const std::filesystem::path& sysroot,
                       const std::vector<std::filesystem::path>& pstore_dirs,
                       const std::vector<std::filesystem::path>& kdump_dirs);

// One line: which of the kernel's "frozen machine -> panic" settings are on
// (kernel.softlockup_panic, hardlockup_panic, hung_task_panic,
// panic_on_rcu_stall; off by default, /etc/sysctl.d/60-tempmon-crash.conf)
// and whether a panic reboots (kernel.panic).
std::string FreezeSettings(const std::filesystem::path& sysroot);

}  // namespace tempmon::capture::pstore
