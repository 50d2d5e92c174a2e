#include "capture/uevent/uevent_socket.h"

#include <linux/netlink.h>
#include <sys/socket.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

#include "capture/common/errors.h"

namespace tempmon::capture::uevent {
namespace {

// The kernel's uevent buffer is 2048 bytes (UEVENT_BUFFER_SIZE); twice
// that with room: a longer message is truncated and dropped as malformed.
constexpr size_t kMaxMessage = 8192;

}  // namespace

bool Parse(std::string_view msg, Uevent& out) {
  out = Uevent{};
  const size_t nul = msg.find('\0');
  if (nul == std::string_view::npos) return false;
  const std::string_view head = msg.substr(0, nul);
  const size_t at = head.find('@');
  if (at == std::string_view::npos || at == 0) return false;
  size_t pos = nul + 1;
  while (pos < msg.size()) {
    size_t end = msg.find('\0', pos);
    if (end == std::string_view::npos) end = msg.size();
    const std::string_view kv = msg.substr(pos, end - pos);
    pos = end + 1;
    if (kv.empty()) continue;
    const size_t eq = kv.find('=');
    if (eq == std::string_view::npos || eq == 0) return false;
    out.env[std::string(kv.substr(0, eq))] = std::string(kv.substr(eq + 1));
  }
  out.action = out.env["ACTION"];
  out.devpath = out.env["DEVPATH"];
  out.subsystem = out.env["SUBSYSTEM"];
  return head.substr(0, at) == out.action && head.substr(at + 1) == out.devpath && !out.devpath.empty();
}

UeventSocket::UeventSocket() {
  fd_.Reset(::socket(AF_NETLINK, SOCK_DGRAM | SOCK_CLOEXEC | SOCK_NONBLOCK, NETLINK_KOBJECT_UEVENT));
  if (!fd_) ThrowErrno("uevents: socket(NETLINK_KOBJECT_UEVENT)");
  const int one = 1;
  if (::setsockopt(fd_.get(), SOL_SOCKET, SO_PASSCRED, &one, sizeof one) != 0)
    ThrowErrno("uevents: SO_PASSCRED");
  // A burst of uevents (a driver probing, a hot-plug) must not push out the
  // one that matters: 1 MiB, more when root may force it.
  const int rcv = 1 << 20;
  if (::setsockopt(fd_.get(), SOL_SOCKET, SO_RCVBUFFORCE, &rcv, sizeof rcv) != 0)
    (void)::setsockopt(fd_.get(), SOL_SOCKET, SO_RCVBUF, &rcv, sizeof rcv);
  sockaddr_nl a{};
  a.nl_family = AF_NETLINK;
  a.nl_groups = 1;  // the kernel's own broadcasts
  if (::bind(fd_.get(), reinterpret_cast<sockaddr*>(&a), sizeof a) != 0) ThrowErrno("uevents: bind");
}

std::vector<Uevent> UeventSocket::ReadAvailable() {
  std::vector<Uevent> out;
  std::string buf(kMaxMessage, '\0');
  for (;;) {
    sockaddr_nl from{};
    iovec iov{buf.data(), buf.size()};
    alignas(cmsghdr) char control[CMSG_SPACE(sizeof(ucred))];
    msghdr mh{};
    mh.msg_name = &from;
    mh.msg_namelen = sizeof from;
    mh.msg_iov = &iov;
    mh.msg_iovlen = 1;
    mh.msg_control = control;
    mh.msg_controllen = sizeof control;
    const ssize_t n = ::recvmsg(fd_.get(), &mh, MSG_DONTWAIT);
    if (n < 0) {
      if (errno == EINTR) continue;
      if (errno == ENOBUFS) {
        ++overruns_;
        continue;
      }
      break;  // EAGAIN: nothing more now
    }
    // The kernel's: port 0, credentials of pid 0 and uid 0. A process
    // cannot send as port 0, and only the kernel passes pid 0.
    const ucred* cred = nullptr;
    for (cmsghdr* c = CMSG_FIRSTHDR(&mh); c; c = CMSG_NXTHDR(&mh, c))
      if (c->cmsg_level == SOL_SOCKET && c->cmsg_type == SCM_CREDENTIALS && c->cmsg_len == CMSG_LEN(sizeof(ucred)))
        cred = reinterpret_cast<const ucred*>(CMSG_DATA(c));
    if (mh.msg_namelen != sizeof from || from.nl_family != AF_NETLINK || from.nl_pid != 0 || !cred ||
        cred->pid != 0 || cred->uid != 0) {
      ++forged_;
      continue;
    }
    if (mh.msg_flags & (MSG_TRUNC | MSG_CTRUNC)) {
      ++malformed_;
      continue;
    }
    Uevent u;
    if (!Parse(std::string_view(buf.data(), static_cast<size_t>(n)), u)) {
      ++malformed_;
      continue;
    }
    out.push_back(std::move(u));
  }
  return out;
}

}  // namespace tempmon::capture::uevent
