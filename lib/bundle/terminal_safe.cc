#include "tempmon/bundle/terminal_safe.h"

namespace tempmon::bundle {
namespace {

// Length of the valid UTF-8 sequence at s[i] and its code point; 0 when
// the bytes there are not valid UTF-8 (stray continuation, overlong form,
// surrogate, beyond U+10FFFF, truncated).
size_t DecodeUtf8(std::string_view s, size_t i, char32_t& cp) {
  const auto b = [&](size_t k) { return static_cast<unsigned char>(s[i + k]); };
  const unsigned char c = b(0);
  size_t n;
  char32_t min;
  if (c < 0x80) {
    cp = c;
    return 1;
  } else if ((c & 0xe0) == 0xc0) {
    n = 2, cp = c & 0x1f, min = 0x80;
  } else if ((c & 0xf0) == 0xe0) {
    n = 3, cp = c & 0x0f, min = 0x800;
  } else if ((c & 0xf8) == 0xf0) {
    n = 4, cp = c & 0x07, min = 0x10000;
  } else {
    return 0;
  }
  if (i + n > s.size()) return 0;
  for (size_t k = 1; k < n; ++k) {
    if ((b(k) & 0xc0) != 0x80) return 0;
    cp = (cp << 6) | (b(k) & 0x3f);
  }
  if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return 0;
  return n;
}

}  // namespace

bool TerminalDangerous(char32_t cp) {
  return cp < 0x20 || (cp >= 0x7f && cp <= 0x9f) || cp == 0x061c || cp == 0x200e || cp == 0x200f ||
         (cp >= 0x2028 && cp <= 0x202e) || (cp >= 0x2066 && cp <= 0x2069);
}

std::string TerminalSafe(std::string_view s, size_t max_bytes) {
  std::string out;
  out.reserve(s.size() < 256 ? s.size() : 256);
  for (size_t i = 0; i < s.size();) {
    if (out.size() >= max_bytes) {
      out += "…";
      break;
    }
    char32_t cp = 0;
    size_t n = DecodeUtf8(s, i, cp);
    if (n == 0) {
      out += '?';
      ++i;
      continue;
    }
    if (cp == '\n')
      out += " ⏎ ";
    else if (cp == '\t')
      out += ' ';
    else if (TerminalDangerous(cp))
      out += '?';
    else
      out.append(s.substr(i, n));
    i += n;
  }
  return out;
}

}  // namespace tempmon::bundle
