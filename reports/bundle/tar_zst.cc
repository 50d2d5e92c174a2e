#include "tar_zst.h"

#include <archive.h>
#include <archive_entry.h>

#include <algorithm>
#include <memory>
#include <set>

namespace tempmon::bundle {
namespace {

using ArchivePtr = std::unique_ptr<struct archive, int (*)(struct archive*)>;
using EntryPtr = std::unique_ptr<struct archive_entry, void (*)(struct archive_entry*)>;

std::string ArchiveMessage(struct archive* a) {
  const char* s = archive_error_string(a);
  return s ? s : "unknown libarchive error";
}

la_ssize_t AppendToString(struct archive*, void* client, const void* buf, size_t n) {
  static_cast<std::string*>(client)->append(static_cast<const char*>(buf), n);
  return static_cast<la_ssize_t>(n);
}

}  // namespace

std::string Printable(std::string_view s, size_t max) {
  std::string out(s.substr(0, max));
  for (char& ch : out)
    if (static_cast<unsigned char>(ch) < 0x20 || ch == 0x7f) ch = '?';
  return out;
}

bool IsPlainMemberName(std::string_view name) {
  if (name.empty() || name.size() > 100 || name.front() == '.') return false;
  for (char ch : name) {
    bool ok = (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') ||
              (ch >= '0' && ch <= '9') || ch == '.' || ch == '_' || ch == '-';
    if (!ok) return false;
  }
  return true;
}

std::string PackTarZst(const std::vector<Member>& members, int64_t mtime_s) {
  std::string out;
  ArchivePtr a(archive_write_new(), &archive_write_free);
  if (!a) throw BundleError("bundle: archive_write_new failed (out of memory?)");
  if (archive_write_add_filter_zstd(a.get()) != ARCHIVE_OK ||
      // Level 2, not 6: a bundle is written while the machine is failing,
      // so time to fsync beats size (65536 samples: ~9 ms instead of ~75 ms
      // for a bundle ~10% larger; docs/benchmarks.md, ## Capture).
      archive_write_set_filter_option(a.get(), "zstd", "compression-level", "2") != ARCHIVE_OK ||
      archive_write_set_format_pax_restricted(a.get()) != ARCHIVE_OK ||
      // One output block per call keeps memory use flat for big members.
      archive_write_set_bytes_in_last_block(a.get(), 1) != ARCHIVE_OK ||
      archive_write_open(a.get(), &out, nullptr, &AppendToString, nullptr) != ARCHIVE_OK)
    throw BundleError("bundle: cannot set up tar.zst writer: " + ArchiveMessage(a.get()));
  for (const Member& m : members) {
    if (!IsPlainMemberName(m.name))
      throw BundleError("bundle: refusing to write member with unsafe name '" + m.name + "'");
    EntryPtr e(archive_entry_new(), &archive_entry_free);
    archive_entry_set_pathname(e.get(), m.name.c_str());
    archive_entry_set_filetype(e.get(), AE_IFREG);
    archive_entry_set_perm(e.get(), 0644);
    archive_entry_set_size(e.get(), static_cast<la_int64_t>(m.size()));
    archive_entry_set_mtime(e.get(), mtime_s, 0);
    archive_entry_set_uid(e.get(), 0);
    archive_entry_set_gid(e.get(), 0);
    if (archive_write_header(a.get(), e.get()) != ARCHIVE_OK)
      throw BundleError(m.name + ": cannot write tar header: " + ArchiveMessage(a.get()));
    uint64_t written = 0;
    auto put = [&](std::string_view bytes) {
      size_t off = 0;
      while (off < bytes.size()) {
        size_t chunk = std::min<size_t>(bytes.size() - off, 1 << 20);
        la_ssize_t w = archive_write_data(a.get(), bytes.data() + off, chunk);
        if (w <= 0)
          throw BundleError(m.name + ": cannot write member data: " + ArchiveMessage(a.get()));
        off += static_cast<size_t>(w);
      }
      written += bytes.size();
    };
    if (m.stream)
      m.stream(put);
    else
      put(m.data);
    // A stream that changed between its measuring and its writing would
    // leave a tar header (and manifest) that lie.
    if (written != m.size())
      throw BundleError(m.name + ": produced " + std::to_string(written) + " bytes, " +
                        std::to_string(m.size()) + " expected (internal error)");
  }
  if (archive_write_close(a.get()) != ARCHIVE_OK)
    throw BundleError("bundle: cannot finish tar.zst stream: " + ArchiveMessage(a.get()));
  return out;
}

std::vector<Member> UnpackTarZst(std::string_view bytes, const ReadLimits& limits) {
  ArchivePtr a(archive_read_new(), &archive_read_free);
  if (!a) throw BundleError("bundle: archive_read_new failed (out of memory?)");
  // Only tar inside zstd: no other container or filter is ever parsed.
  if (archive_read_support_filter_zstd(a.get()) != ARCHIVE_OK ||
      archive_read_support_format_tar(a.get()) != ARCHIVE_OK ||
      archive_read_open_memory(a.get(), bytes.data(), bytes.size()) != ARCHIVE_OK)
    throw BundleError("bundle: not a tar.zst archive: " + ArchiveMessage(a.get()));
  if (archive_filter_code(a.get(), 0) != ARCHIVE_FILTER_ZSTD)
    throw BundleError("bundle: not zstd-compressed (expected a .tar.zst bundle)");

  std::vector<Member> out;
  std::set<std::string, std::less<>> seen;
  uint64_t total = 0;
  for (;;) {
    struct archive_entry* e = nullptr;
    int r = archive_read_next_header(a.get(), &e);
    if (r == ARCHIVE_EOF) break;
    if (r != ARCHIVE_OK)
      throw BundleError("bundle: damaged or truncated archive after " +
                        std::to_string(out.size()) + " member(s): " + ArchiveMessage(a.get()));
    const char* raw = archive_entry_pathname(e);
    std::string name = raw ? raw : "";
    std::string shown = Printable(name);
    if (archive_entry_hardlink(e) || archive_entry_symlink(e))
      throw BundleError(shown + ": links are refused in a bundle");
    if (archive_entry_filetype(e) != AE_IFREG)
      throw BundleError(shown + ": not a regular file (devices, folders, fifos are refused)");
    if (!IsPlainMemberName(name))
      throw BundleError("bundle: member '" + shown +
                        "' has an unsafe name (paths, absolute names and dot files are refused)");
    if (!seen.insert(name).second) throw BundleError(name + ": duplicate member");
    if (out.size() >= limits.max_members)
      throw BundleError("bundle: more than " + std::to_string(limits.max_members) + " members");
    la_int64_t declared = archive_entry_size_is_set(e) ? archive_entry_size(e) : 0;
    if (declared < 0 || static_cast<uint64_t>(declared) > limits.max_member_bytes)
      throw BundleError(name + ": member of " + std::to_string(declared) +
                        " bytes exceeds the limit of " + std::to_string(limits.max_member_bytes));
    if (total + static_cast<uint64_t>(declared) > limits.max_total_bytes)
      throw BundleError(name + ": bundle exceeds the total limit of " +
                        std::to_string(limits.max_total_bytes) + " bytes (decompression bomb?)");
    // Decompress straight into the member's buffer (no bounce copy). The
    // first allocation trusts the header only as far as a plausible
    // compression ratio of the whole input allows; past that the buffer
    // grows with the data actually decompressed, so a lying header cannot
    // make a small file claim gigabytes.
    const size_t want = static_cast<size_t>(declared);
    const size_t plausible = (16u << 20) + 32 * bytes.size();
    Member m{name, std::string(std::min(want, plausible), '\0')};
    size_t got = 0;
    for (;;) {
      char spill[512];
      if (got == m.data.size() && m.data.size() < want)
        m.data.resize(std::min(want, m.data.size() * 2));
      bool full = got == m.data.size();
      la_ssize_t n = full ? archive_read_data(a.get(), spill, sizeof spill)
                          : archive_read_data(a.get(), m.data.data() + got, m.data.size() - got);
      if (n == 0) break;
      if (n < 0)
        throw BundleError(name + ": truncated or corrupt data: " + ArchiveMessage(a.get()));
      if (full) throw BundleError(name + ": more data than its tar header declares");
      got += static_cast<size_t>(n);
    }
    if (got != want)
      throw BundleError(name + ": truncated: " + std::to_string(got) + " of " + std::to_string(declared) + " bytes");
    total += m.data.size();
    out.push_back(std::move(m));
  }
  return out;
}

}  // namespace tempmon::bundle
