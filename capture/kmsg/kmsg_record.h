// Parsing of /dev/kmsg records ("PRI,SEQ,TS_US,FLAGS[,...];text\n"
// followed by " KEY=VALUE" dictionary lines), see
// Documentation/ABI/testing/dev-kmsg.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "tempmon/bundle/bundle.h"

namespace tempmon::capture::kmsg {

// One record as read() returns it from /dev/kmsg. Bytes the kernel
// escaped as \xNN (control bytes, bytes >= 0x7f, '\\') stay escaped, so the
// message is always the text's first line; dictionary (continuation) lines
// are appended to the text, one per line, without the leading space.
std::optional<bundle::KmsgRecord> ParseRecord(std::string_view raw);

// Splits a buffer holding many records (a file dump of /dev/kmsg, or
// several reads joined) into records; lines that are not records are
// skipped and counted in *skipped when given.
std::vector<bundle::KmsgRecord> ParseBuffer(std::string_view buf,
                                            size_t* skipped = nullptr);

}  // namespace tempmon::capture::kmsg
