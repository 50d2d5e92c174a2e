// Who may open /dev/tempmon: the module itself creates the node 0640 in the
// group given by gid= (the package's tempmon group), so another user reads
// nothing, whatever udev does; the benchmark-only /dev/tempmon_raw is not
// in the product's build.
#include <fcntl.h>
#include <sys/ioctl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>

#include <catch2/catch_test_macros.hpp>

#include "helpers.h"

using namespace tmvm;

namespace {

// errno of open("/dev/tempmon") as uid/gid 65534 with `groups`, 0 when it
// opened and its ring could be mapped.
int OpenAsNobody(const std::vector<gid_t>& groups) {
  return AsNobody([] {
    int fd = ::open("/dev/tempmon", O_RDONLY | O_CLOEXEC);
    if (fd < 0) return errno == EACCES ? EACCES : 101;
    tempmon_info info{};
    if (::ioctl(fd, TEMPMON_IOC_GET_INFO, &info) != 0) return 102;
    void* m = ::mmap(nullptr, info.map_size, PROT_READ, MAP_SHARED, fd, 0);
    return m == MAP_FAILED ? 103 : 0;
  }, groups);
}

}  // namespace

TEST_CASE("/dev/tempmon is 0640 root:root by default: other users cannot open it", "[access]") {
  Module mod("ring_records=128");
  struct stat st {};
  REQUIRE(::stat("/dev/tempmon", &st) == 0);
  CHECK((st.st_mode & 07777) == 0640);
  CHECK(st.st_uid == 0);
  CHECK(st.st_gid == 0);
  CHECK(OpenAsNobody({}) == EACCES);
  struct stat raw {};
  CHECK(::stat("/dev/tempmon_raw", &raw) != 0);
}

TEST_CASE("gid= gives the group read access, and only the group", "[access]") {
  Module mod("ring_records=128 gid=4242");
  struct stat st {};
  REQUIRE(::stat("/dev/tempmon", &st) == 0);
  CHECK((st.st_mode & 07777) == 0640);
  CHECK(st.st_gid == 4242);
  CHECK(OpenAsNobody({4242}) == 0);
  CHECK(OpenAsNobody({}) == EACCES);
}
