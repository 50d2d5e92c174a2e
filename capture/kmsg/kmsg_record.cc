#include "capture/kmsg/kmsg_record.h"

#include <charconv>

namespace tempmon::capture::kmsg {
namespace {

bool ParseU64(std::string_view s, uint64_t* out) {
  if (s.empty()) return false;
  auto [p, ec] = std::from_chars(s.data(), s.data() + s.size(), *out);
  return ec == std::errc() && p == s.data() + s.size();
}

int HexDigit(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

// The kernel writes every byte of a record that is not printable ASCII (and
// the backslash itself) as "\xNN". Only printable ASCII is turned back (a
// UNC path's backslashes read as the kernel's caller wrote them); every
// control byte stays escaped as the kernel gives it: a message's own newline
// stays "\x0a", so the first '\n' of the text always ends the message (the
// kernel's words, never a line a user-named file or task put after it), and
// no terminal control byte reaches a text member raw. Bytes >= 0x80 stay
// escaped too, so every member stays valid UTF-8.
std::string UnescapePrintable(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (size_t i = 0; i < s.size(); ++i) {
    if (s[i] == '\\' && i + 3 < s.size() && s[i + 1] == 'x') {
      const int hi = HexDigit(s[i + 2]), lo = HexDigit(s[i + 3]);
      const int byte = hi * 16 + lo;
      if (hi >= 0 && lo >= 0 && byte >= 0x20 && byte < 0x7f) {
        out.push_back(static_cast<char>(byte));
        i += 3;
        continue;
      }
    }
    out.push_back(s[i]);
  }
  return out;
}

}  // namespace

std::optional<bundle::KmsgRecord> ParseRecord(std::string_view raw) {
  size_t nl = raw.find('\n');
  std::string_view head = raw.substr(0, nl);
  size_t semi = head.find(';');
  if (semi == std::string_view::npos) return std::nullopt;
  std::string_view prefix = head.substr(0, semi);

  // PRI,SEQ,TS_US,FLAGS and possibly more comma-separated fields later.
  std::string_view fields[4];
  size_t n = 0, start = 0;
  while (n < 4) {
    size_t comma = prefix.find(',', start);
    fields[n++] = prefix.substr(start, comma == std::string_view::npos
                                           ? std::string_view::npos
                                           : comma - start);
    if (comma == std::string_view::npos) break;
    start = comma + 1;
  }
  if (n < 3) return std::nullopt;
  uint64_t pri = 0;
  bundle::KmsgRecord r;
  if (!ParseU64(fields[0], &pri) || !ParseU64(fields[1], &r.seq) ||
      !ParseU64(fields[2], &r.ts_us))
    return std::nullopt;
  r.level = static_cast<int>(pri & 7);
  r.facility = static_cast<int>(pri >> 3);
  r.text = UnescapePrintable(head.substr(semi + 1));

  if (nl != std::string_view::npos) {
    std::string_view rest = raw.substr(nl + 1);
    while (!rest.empty()) {
      size_t e = rest.find('\n');
      std::string_view line = rest.substr(0, e);
      if (!line.empty() && line.front() == ' ')
        r.text.append("\n").append(UnescapePrintable(line.substr(1)));  // not "\n" + ...: GCC bug 105329
      if (e == std::string_view::npos) break;
      rest.remove_prefix(e + 1);
    }
  }
  return r;
}

std::vector<bundle::KmsgRecord> ParseBuffer(std::string_view buf,
                                            size_t* skipped) {
  std::vector<bundle::KmsgRecord> out;
  size_t bad = 0;
  while (!buf.empty()) {
    // A record ends before the next line that does not start with a space.
    size_t end = 0;
    for (;;) {
      size_t nl = buf.find('\n', end);
      if (nl == std::string_view::npos) {
        end = buf.size();
        break;
      }
      end = nl + 1;
      if (end >= buf.size() || buf[end] != ' ') break;
    }
    std::string_view rec = buf.substr(0, end);
    while (!rec.empty() && rec.back() == '\n') rec.remove_suffix(1);
    if (!rec.empty()) {
      if (auto r = ParseRecord(rec))
        out.push_back(std::move(*r));
      else
        ++bad;
    }
    buf.remove_prefix(end);
  }
  if (skipped) *skipped = bad;
  return out;
}

}  // namespace tempmon::capture::kmsg
