#include "ship/rclone.h"

#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cctype>
#include <cerrno>
#include <cstring>
#include <iostream>

#include "tempmon/proc/child.h"

namespace tempmon::ship {

namespace {

constexpr size_t kMaxOutput = 1 << 20;

bool Contains(const std::string& hay, const char* needle) {
  return hay.find(needle) != std::string::npos;
}

}  // namespace

namespace {

bool NameChar(char c) {
  return std::isalnum(static_cast<unsigned char>(c)) || c == '_' || c == '-' || c == '.';
}

// Where a parameter value or token ends.
bool ValueEnd(char c) {
  return std::isspace(static_cast<unsigned char>(c)) || c == '&' || c == ',' || c == ';' ||
         c == '"' || c == '\'' || c == '\\' || c == ')' || c == '>' || c == '<';
}

bool SecretName(std::string_view name) {
  std::string n(name);
  for (char& c : n) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  for (const char* w : {"key", "token", "password", "passwd", "pass", "secret", "signature", "sig",
                        "credential", "auth", "sas"})
    if (n.find(w) != std::string::npos) return true;
  return false;
}

bool IEquals(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (size_t i = 0; i < a.size(); ++i)
    if (std::tolower(static_cast<unsigned char>(a[i])) != std::tolower(static_cast<unsigned char>(b[i])))
      return false;
  return true;
}

}  // namespace

std::string RedactCredentials(std::string_view in) {
  std::string out;
  out.reserve(in.size());
  size_t i = 0;
  while (i < in.size()) {
    const char c = in[i];
    // scheme://user:pass@host: the user information goes, the host stays.
    if (c == ':' && in.compare(i, 3, "://") == 0) {
      size_t end = i + 3;
      while (end < in.size() && in[end] != '/' && in[end] != '?' && in[end] != '#' && !ValueEnd(in[end])) ++end;
      const size_t at = in.substr(i + 3, end - i - 3).rfind('@');
      out.append("://");
      if (at != std::string_view::npos) {
        out.append("***");
        i = i + 3 + at;  // from the '@'
      } else {
        i += 3;
      }
      continue;
    }
    // name=value and "name": "value" where the name says secret.
    if (c == '=' || (c == ':' && i > 0 && in[i - 1] == '"')) {
      size_t name_end = c == ':' ? i - 1 : i;
      size_t name_begin = name_end;
      while (name_begin > 0 && NameChar(in[name_begin - 1])) --name_begin;
      if (name_begin < name_end && SecretName(in.substr(name_begin, name_end - name_begin))) {
        out.push_back(c);
        size_t v = i + 1;
        while (v < in.size() && in[v] == ' ') out.push_back(in[v++]);
        if (v < in.size() && (in[v] == '"' || in[v] == '\'')) {
          const char q = in[v];
          size_t close = in.find(q, v + 1);
          out.push_back(q);
          out.append("***");
          if (close == std::string_view::npos) return out;
          out.push_back(q);
          i = close + 1;
        } else {
          size_t e = v;
          while (e < in.size() && !ValueEnd(in[e])) ++e;
          if (e > v) out.append("***");
          i = e;
        }
        continue;
      }
    }
    // "Bearer <token>" / "Basic <token>".
    bool token = false;
    if ((c == 'B' || c == 'b') && (i == 0 || !NameChar(in[i - 1]))) {
      for (std::string_view scheme : {std::string_view("bearer"), std::string_view("basic")}) {
        if (token || in.size() - i <= scheme.size() + 1 || !IEquals(in.substr(i, scheme.size()), scheme) ||
            in[i + scheme.size()] != ' ')
          continue;
        size_t e = i + scheme.size() + 1;
        while (e < in.size() && !ValueEnd(in[e])) ++e;
        // A token has a digit or one of base64's signs; "Basic auth" is words.
        const std::string_view tok = in.substr(i + scheme.size() + 1, e - i - scheme.size() - 1);
        if (tok.size() < 8 || tok.find_first_of("0123456789+/=._~-") == std::string_view::npos) continue;
        out.append(in.substr(i, scheme.size() + 1));
        out.append("***");
        i = e;
        token = true;
      }
    }
    if (token) continue;
    out.push_back(c);
    ++i;
  }
  return out;
}

std::string LastErrorLine(const std::string& err) {
  // rclone ends with "Failed to <cmd>: <why>"; else its last ERROR line.
  std::string best, last;
  size_t pos = 0;
  while (pos < err.size()) {
    size_t nl = err.find('\n', pos);
    std::string line = err.substr(pos, nl == std::string::npos ? std::string::npos : nl - pos);
    pos = nl == std::string::npos ? err.size() : nl + 1;
    if (line.empty()) continue;
    // Drop rclone's "2026/11/29 23:04:43 " time stamp.
    if (line.size() > 20 && line[4] == '/' && line[7] == '/' && line[10] == ' ')
      line = line.substr(20);
    last = line;
    if (line.rfind("Failed to", 0) == 0 || line.rfind("ERROR", 0) == 0) best = line;
  }
  std::string out = best.empty() ? last : best;
  if (out.size() > 400) out = out.substr(0, 400) + "...";
  return out;
}

Failure Classify(int exit_code, bool timed_out, const std::string& err) {
  if (exit_code == 0 && !timed_out) return Failure::kNone;
  if (timed_out) return Failure::kTransient;
  // The remote refused who we are: S3 (AccessDenied, InvalidAccessKeyId,
  // SignatureDoesNotMatch), HTTP backends (401/403), SSH.
  for (const char* p : {"401 Unauthorized", "403 Forbidden", "unable to authenticate",
                        "InvalidAccessKeyId", "SignatureDoesNotMatch", "AccessDenied",
                        "invalid_grant", "AuthenticationFailed", "Unauthorized:"})
    if (Contains(err, p)) return Failure::kAuth;
  for (const char* p : {"didn't find section in config file", "Failed to load config",
                        "couldn't decrypt", "unknown backend", "config file not found",
                        "failed to read config"})
    if (Contains(err, p)) return Failure::kConfig;
  return Failure::kTransient;
}

std::optional<std::string> CheckCredentialsFile(const std::string& path) {
  struct stat st {};
  if (::stat(path.c_str(), &st) != 0)
    return "cannot read the rclone config " + path + ": " + std::strerror(errno);
  if (!S_ISREG(st.st_mode)) return "the rclone config " + path + " is not a regular file";
  if (st.st_mode & 077) {
    char mode[8];
    std::snprintf(mode, sizeof mode, "%04o", static_cast<unsigned>(st.st_mode & 07777));
    return "the rclone config " + path + " holds credentials but is accessible to group or others (mode " +
           mode + "): chmod 600 " + path;
  }
  if (st.st_uid != ::geteuid() && st.st_uid != 0)
    return "the rclone config " + path + " belongs to another user (uid " +
           std::to_string(st.st_uid) + ")";
  return std::nullopt;
}

Rclone::Rclone(std::string program, std::string config, std::string bwlimit,
               std::chrono::milliseconds deadline, int stop_fd, bool verbose)
    : program_(std::move(program)), config_(std::move(config)), bwlimit_(std::move(bwlimit)),
      deadline_(deadline), stop_fd_(stop_fd), verbose_(verbose) {}

RcloneResult Rclone::Run(const std::vector<std::string>& args) const {
  RcloneResult r;
  std::vector<std::string> argv = {program_, "--config", config_, "--ask-password=false",
                                   "--retries", "1", "--low-level-retries", "2",
                                   "--contimeout", "15s", "--timeout", "60s", "--stats", "0"};
  if (!bwlimit_.empty()) {
    argv.push_back("--bwlimit");
    argv.push_back(bwlimit_);
  }
  argv.insert(argv.end(), args.begin(), args.end());
  if (verbose_) {
    std::string line = "tempmon-ship: running";
    for (const auto& a : argv) line += " " + a;
    std::cerr << RedactCredentials(line) << "\n";
  }
  ++runs_;
  proc::Result pr;
  try {
    // Never RCLONE_* from the environment: a second way in for credentials
    // and settings besides the checked config file.
    pr = proc::Run(argv, {.deadline = deadline_,
                          .env = proc::InheritedExcept("RCLONE_"),
                          .max_output = kMaxOutput,
                          .stderr_to = proc::Stderr::kSeparate,
                          .stop_fd = stop_fd_});
  } catch (const proc::SpawnError& e) {
    r.failure = Failure::kTransient;
    r.reason = e.what();
    return r;
  }
  r.out = std::move(pr.out);
  r.err = std::move(pr.err);
  r.timed_out = pr.timed_out;
  r.interrupted = pr.interrupted;
  r.exit_code = pr.exit_status;
  if (r.interrupted) {
    r.failure = Failure::kTransient;
    r.reason = "interrupted";
    return r;
  }
  // Classified on rclone's own words, then filtered: nothing after this
  // point (the journal, the state files) sees a credential rclone quoted.
  r.failure = Classify(r.exit_code, r.timed_out, r.err);
  r.err = RedactCredentials(r.err);
  if (r.timed_out)
    r.reason = "rclone did not finish within " + std::to_string(deadline_.count() / 1000) + " s";
  else if (r.failure != Failure::kNone)
    r.reason = LastErrorLine(r.err);
  if (r.failure != Failure::kNone && r.reason.empty())
    r.reason = "rclone exited with status " + std::to_string(r.exit_code);
  return r;
}

}  // namespace tempmon::ship
