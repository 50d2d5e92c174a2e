#include "capture/kmsg/kmsg_source.h"

#include <fcntl.h>
#include <sys/klog.h>
#include <sys/stat.h>
#include <unistd.h>

#include "capture/common/errors.h"
#include "capture/kmsg/kmsg_record.h"

namespace tempmon::capture::kmsg {

KmsgSource::KmsgSource(const std::string& path, bool from_end) {
  fd_.Reset(::open(path.c_str(), O_RDONLY | O_NONBLOCK | O_CLOEXEC));
  if (!fd_)
    ThrowErrno("cannot open the kernel log " + path,
               "needs root or CAP_SYSLOG when kernel.dmesg_restrict=1; or pass --kmsg none");
  struct stat st {};
  if (::fstat(fd_.get(), &st) == 0) is_device_ = S_ISCHR(st.st_mode);
  if (from_end) ::lseek(fd_.get(), 0, SEEK_END);
}

std::vector<bundle::KmsgRecord> KmsgSource::ReadAvailable(size_t max_records) {
  std::vector<bundle::KmsgRecord> out;
  // One read() returns one record from /dev/kmsg (at most 8 KiB with its
  // dictionary); a regular file returns many, split by ParseBuffer.
  std::string buf(8192, '\0');
  while (out.size() < max_records) {
    ssize_t n = ::read(fd_.get(), buf.data(), buf.size());
    if (n < 0) {
      if (errno == EINTR) continue;
      if (errno == EPIPE) continue;  // overwritten before we read it: the next record's seq tells how many
      break;  // EAGAIN: nothing more now
    }
    if (n == 0) break;
    if (is_device_) {
      if (auto r = ParseRecord(std::string_view(buf.data(), static_cast<size_t>(n)))) {
        // The kernel overwrote what lies between two sequence numbers
        // (EPIPE told us once): count the records, not the EPIPEs.
        if (have_seq_ && r->seq > last_seq_ + 1) dropped_ += r->seq - last_seq_ - 1;
        have_seq_ = true;
        last_seq_ = r->seq;
        out.push_back(std::move(*r));
      }
    } else {
      partial_.append(buf.data(), static_cast<size_t>(n));
      size_t last = partial_.rfind('\n');
      if (last == std::string::npos) continue;
      for (auto& r : ParseBuffer(std::string_view(partial_).substr(0, last + 1)))
        out.push_back(std::move(r));
      partial_.erase(0, last + 1);
    }
  }
  return out;
}

long KmsgSource::KernelBufferBytes() const {
  if (!is_device_) return 0;
  const int n = ::klogctl(10 /* SYSLOG_ACTION_SIZE_BUFFER */, nullptr, 0);
  return n > 0 ? n : 0;
}

void WriteRecord(const std::string& path, int level, const std::string& text) {
  sys::UniqueFd fd(::open(path.c_str(), O_WRONLY | O_CLOEXEC | O_APPEND));
  if (!fd)
    ThrowErrno("cannot open the kernel log " + path + " for writing",
               "writing to /dev/kmsg needs root (or write permission on it)");
  // One write() is one record; the level prefix is parsed by the kernel.
  std::string rec = "<" + std::to_string(level & 7) + ">" + text + "\n";
  ssize_t n = ::write(fd.get(), rec.data(), rec.size());
  if (n != static_cast<ssize_t>(rec.size())) ThrowErrno("cannot write to the kernel log " + path);
}

}  // namespace tempmon::capture::kmsg
