// Reading one small sysfs attribute without ever hanging on a file that is
// not one: O_NONBLOCK (a FIFO with no writer reads as empty instead of
// blocking), and anything that is not a regular file is refused.
#pragma once

#include <cstdint>
#include <filesystem>
#include <string>

namespace tempmon::feed {

struct SysfsRead {
  int err = 0;          // 0, or an errno value (EIO, ENODATA, EACCES, ENOENT, EISDIR...)
  std::string text;     // trailing whitespace removed
  bool ok() const { return err == 0; }
};

// ENODATA also stands for "empty file"; EISDIR/EINVAL for "not a regular file".
SysfsRead ReadSysfsText(const std::filesystem::path& path);
// As above, then parses a decimal integer (EBADMSG when it is not one).
SysfsRead ReadSysfsInt(const std::filesystem::path& path, int64_t& value);

}  // namespace tempmon::feed
