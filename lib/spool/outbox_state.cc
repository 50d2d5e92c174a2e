#include "tempmon/spool/outbox_state.h"

#include <fstream>
#include <sstream>
#include <stdexcept>

#include <nlohmann/json.hpp>

#include "tempmon/sys/dir.h"

namespace tempmon::spool {

namespace {

constexpr struct {
  State s;
  std::string_view name;
} kNames[] = {{State::kPending, "pending"},
              {State::kUploading, "uploading"},
              {State::kShipped, "shipped"},
              {State::kFailed, "failed"}};

}  // namespace

std::string_view StateName(State s) {
  for (const auto& n : kNames)
    if (n.s == s) return n.name;
  return "pending";
}

std::optional<State> ParseState(std::string_view s) {
  for (const auto& n : kNames)
    if (n.name == s) return n.s;
  return std::nullopt;
}

fs::path StateDir(const fs::path& spool) { return spool / kStateDirName; }

fs::path StatePath(const fs::path& spool, const std::string& bundle) {
  return StateDir(spool) / (bundle + ".state");
}

std::optional<BundleState> LoadState(const fs::path& spool, const std::string& bundle) {
  std::ifstream in(StatePath(spool, bundle));
  if (!in) return std::nullopt;
  std::stringstream ss;
  ss << in.rdbuf();
  BundleState s;
  s.bundle = bundle;
  try {
    auto j = nlohmann::json::parse(ss.str());
    auto st = ParseState(j.at("state").get<std::string>());
    if (!st) throw std::runtime_error("unknown state");
    s.state = *st;
    s.reason = j.value("reason", "");
    s.attempts = j.value("attempts", 0u);
    s.first_seen_ns = j.value("first_seen_ns", int64_t{0});
    s.last_attempt_ns = j.value("last_attempt_ns", int64_t{0});
    s.shipped_ns = j.value("shipped_ns", int64_t{0});
    s.size = j.value("size", uint64_t{0});
    s.sha256 = j.value("sha256", "");
    s.remote = j.value("remote", "");
    s.remote_tmp = j.value("remote_tmp", "");
  } catch (const std::exception& e) {
    s = BundleState{};
    s.bundle = bundle;
    s.reason = std::string("damaged state file, shipping again: ") + e.what();
  }
  return s;
}

void SaveState(const fs::path& spool, const BundleState& s) {
  nlohmann::json j = {{"bundle", s.bundle},
                      {"state", StateName(s.state)},
                      {"reason", s.reason},
                      {"attempts", s.attempts},
                      {"first_seen_ns", s.first_seen_ns},
                      {"last_attempt_ns", s.last_attempt_ns},
                      {"shipped_ns", s.shipped_ns},
                      {"size", s.size},
                      {"sha256", s.sha256},
                      {"remote", s.remote},
                      {"remote_tmp", s.remote_tmp}};
  std::string text = j.dump(1) + "\n";
  // The rename reaches the disk (Replace fsyncs the folder) before the
  // upload it describes.
  sys::Dir::Open(spool).Sub(kStateDirName).Replace(s.bundle + ".state", text, 0640);
}

bool OutboxEnabled(const fs::path& spool) {
  std::error_code ec;
  return fs::is_directory(StateDir(spool), ec);
}

bool HeldForOutbox(const fs::path& spool, const std::string& bundle) {
  if (!OutboxEnabled(spool)) return false;
  auto s = LoadState(spool, bundle);
  return !s || s->state != State::kShipped;
}

}  // namespace tempmon::spool
