// The one filter between bundle text and a terminal. A bundle comes from a
// machine the reader does not control: any string in it (host, sensor name,
// kernel line, a CSV field echoed in an error) may hold bytes a terminal
// acts on instead of printing. Everything printed from a bundle, error
// messages included, goes through TerminalSafe.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace tempmon::bundle {

inline constexpr size_t kNoLengthLimit = static_cast<size_t>(-1);

// True for a code point a terminal may act on: C0 controls and DEL (ESC
// starts every escape sequence), C1 controls U+0080..U+009F (U+009B is a
// one-character CSI, U+009D an OSC), bidirectional embeddings, overrides,
// isolates and marks (they reorder what the user reads), and the Unicode
// line and paragraph separators (they break a line the user takes as one).
bool TerminalDangerous(char32_t cp);

// `s` as one printable line: each newline becomes " ⏎ ", a tab a space,
// every other dangerous code point and every byte that is not part of
// valid UTF-8 becomes '?'. Past `max_bytes` of output it stops at a code
// point boundary and appends "…".
std::string TerminalSafe(std::string_view s, size_t max_bytes = kNoLengthLimit);

}  // namespace tempmon::bundle
