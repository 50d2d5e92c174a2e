#include "craft.h"

#include <archive.h>
#include <archive_entry.h>
#include <unistd.h>
#include <zstd.h>

#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <stdexcept>

#include "tempmon/bundle/members_json.h"
#include "tempmon/bundle/sha256.h"
#include "tempmon/bundle/tar_zst.h"

namespace tempmon::bundle::test {
namespace {

la_ssize_t Append(struct archive*, void* client, const void* buf, size_t n) {
  static_cast<std::string*>(client)->append(static_cast<const char*>(buf), n);
  return static_cast<la_ssize_t>(n);
}

}  // namespace

std::string Craft(const std::vector<Entry>& entries, bool zstd) {
  std::string out;
  struct archive* a = archive_write_new();
  if (zstd) archive_write_add_filter_zstd(a);
  archive_write_set_format_pax_restricted(a);
  archive_write_set_bytes_in_last_block(a, 1);
  if (archive_write_open(a, &out, nullptr, &Append, nullptr) != ARCHIVE_OK)
    throw std::runtime_error("craft: open failed");
  for (const Entry& e : entries) {
    struct archive_entry* ae = archive_entry_new();
    archive_entry_set_pathname(ae, e.name.c_str());
    archive_entry_set_filetype(ae, e.type);
    archive_entry_set_perm(ae, 0644);
    if (e.hardlink) archive_entry_set_hardlink(ae, e.link.c_str());
    else if (!e.link.empty()) archive_entry_set_symlink(ae, e.link.c_str());
    archive_entry_set_size(ae, e.type == 0100000 && !e.hardlink ? static_cast<la_int64_t>(e.data.size()) : 0);
    if (archive_write_header(a, ae) != ARCHIVE_OK) throw std::runtime_error("craft: header failed");
    if (e.type == 0100000 && !e.hardlink && !e.data.empty())
      archive_write_data(a, e.data.data(), e.data.size());
    archive_entry_free(ae);
  }
  archive_write_close(a);
  archive_write_free(a);
  return out;
}

std::map<std::string, std::string> Members(const std::string& bytes) {
  std::map<std::string, std::string> m;
  ReadBudget budget;
  for (Member& x : UnpackTarZst(bytes, budget).members) m[x.name] = std::move(x.data);
  return m;
}

std::string Repack(std::map<std::string, std::string> members, bool fix_manifest) {
  if (fix_manifest) {
    nlohmann::json man = nlohmann::json::parse(members.at("manifest.json"));
    for (auto& e : man["members"]) {
      auto it = members.find(e["name"].get<std::string>());
      if (it == members.end()) continue;
      e["size"] = it->second.size();
      e["sha256"] = Sha256Hex(it->second);
    }
    members["manifest.json"] = man.dump(2);
  }
  std::vector<Entry> entries;
  if (members.count("manifest.json")) entries.push_back({"manifest.json", members["manifest.json"]});
  for (auto& [name, data] : members)
    if (name != "manifest.json") entries.push_back({name, data});
  return Craft(entries);
}

namespace {

void Octal(std::string& h, size_t at, size_t width, uint64_t v) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%0*llo", static_cast<int>(width - 1), static_cast<unsigned long long>(v));
  std::memcpy(&h[at], buf, width - 1);
  h[at + width - 1] = '\0';
}

// A size field: octal while it fits, else GNU base-256 (high bit set).
void SizeField(std::string& h, size_t at, size_t width, uint64_t v) {
  if (v < (1ull << (3 * (width - 1)))) return Octal(h, at, width, v);
  h[at] = static_cast<char>(0x80);
  for (size_t k = width - 1; k >= 1; --k, v >>= 8) h[at + k] = static_cast<char>(v & 0xff);
}

void Checksum(std::string& h) {
  std::memset(&h[148], ' ', 8);
  unsigned sum = 0;
  for (unsigned char c : h) sum += c;
  char buf[8];
  std::snprintf(buf, sizeof buf, "%06o", sum);
  std::memcpy(&h[148], buf, 6);
  h[154] = '\0';
  h[155] = ' ';
}

std::string Header(const std::string& name, uint64_t size, char type, bool gnu) {
  std::string h(512, '\0');
  std::memcpy(&h[0], name.data(), std::min<size_t>(name.size(), 100));
  Octal(h, 100, 8, 0644);
  Octal(h, 108, 8, 0);
  Octal(h, 116, 8, 0);
  SizeField(h, 124, 12, size);
  Octal(h, 136, 12, 1795000042);
  h[156] = type;
  std::memcpy(&h[257], gnu ? "ustar  " : "ustar\0" "00", 8);
  return h;
}

// zstd block header: last-block bit, type (0 raw, 1 RLE), size.
void Block(std::string& out, bool last, unsigned type, uint32_t size) {
  uint32_t v = (last ? 1u : 0u) | (type << 1) | (size << 3);
  out += static_cast<char>(v & 0xff);
  out += static_cast<char>((v >> 8) & 0xff);
  out += static_cast<char>((v >> 16) & 0xff);
}

}  // namespace

std::string TarHeader(const std::string& name, uint64_t size, char type) {
  std::string h = Header(name, size, type, false);
  Checksum(h);
  return h;
}

std::string GnuSparseHeader(const std::string& name, uint64_t stored, uint64_t real_size) {
  std::string h = Header(name, stored, 'S', true);
  Octal(h, 386, 12, 0);       // sparse[0].offset
  Octal(h, 398, 12, stored);  // sparse[0].numbytes
  Octal(h, 483, 12, real_size);
  Checksum(h);
  return h;
}

std::string PaxHeader(const std::string& for_name, const std::vector<std::string>& records) {
  std::string body;
  for (const std::string& r : records) {
    // "LEN key=value\n", LEN counting itself.
    size_t len = r.size() + 3;
    while (std::to_string(len).size() + r.size() + 2 != len) ++len;
    body += std::to_string(len) + " " + r + "\n";
  }
  return TarHeader("PaxHeader/" + for_name, body.size(), 'x') + body + TarPad(body.size());
}

std::string TarPad(uint64_t data_size) { return std::string((512 - data_size % 512) % 512, '\0'); }

std::string TarEnd() { return std::string(1024, '\0'); }

std::string ZstdFrame(std::string_view data) {
  std::string out(ZSTD_compressBound(data.size()), '\0');
  size_t n = ZSTD_compress(out.data(), out.size(), data.data(), data.size(), 1);
  if (ZSTD_isError(n)) throw std::runtime_error("craft: ZSTD_compress failed");
  out.resize(n);
  return out;
}

std::string ZstdZeros(uint64_t n, std::string_view prefix) {
  constexpr uint32_t kBlock = 128u << 10;
  // Magic; frame header descriptor 0 (no content size, not single
  // segment, no checksum); window descriptor 0x38: 2^17 = one block.
  std::string out("\x28\xb5\x2f\xfd\x00\x38", 6);
  for (size_t off = 0; off < prefix.size(); off += kBlock) {
    size_t len = std::min<size_t>(kBlock, prefix.size() - off);
    Block(out, n == 0 && off + len == prefix.size(), 0, static_cast<uint32_t>(len));
    out.append(prefix.substr(off, len));
  }
  for (uint64_t left = n; left > 0;) {
    uint32_t len = static_cast<uint32_t>(std::min<uint64_t>(kBlock, left));
    left -= len;
    Block(out, left == 0, 1, len);
    out += '\0';
  }
  if (n == 0 && prefix.empty()) Block(out, true, 0, 0);
  return out;
}

std::string ZstdRepeat(std::string_view prefix, std::string_view unit, uint64_t count, std::string_view suffix) {
  ZSTD_CCtx* cx = ZSTD_createCCtx();
  ZSTD_CCtx_setParameter(cx, ZSTD_c_compressionLevel, 1);
  std::string out, chunk;
  std::vector<char> buf(ZSTD_CStreamOutSize());
  auto feed = [&](std::string_view in, ZSTD_EndDirective end) {
    ZSTD_inBuffer ib{in.data(), in.size(), 0};
    for (;;) {
      ZSTD_outBuffer ob{buf.data(), buf.size(), 0};
      size_t r = ZSTD_compressStream2(cx, &ob, &ib, end);
      if (ZSTD_isError(r)) throw std::runtime_error("craft: ZSTD_compressStream2 failed");
      out.append(buf.data(), ob.pos);
      if (end == ZSTD_e_end ? r == 0 : ib.pos == ib.size) break;
    }
  };
  feed(prefix, ZSTD_e_continue);
  const uint64_t per = std::max<uint64_t>(1, (1u << 20) / std::max<size_t>(1, unit.size()));
  for (uint64_t k = 0; k < per; ++k) chunk.append(unit);
  for (uint64_t done = 0; done < count;) {
    uint64_t now = std::min(per, count - done);
    feed(std::string_view(chunk).substr(0, now * unit.size()), ZSTD_e_continue);
    done += now;
  }
  feed(suffix, ZSTD_e_end);
  ZSTD_freeCCtx(cx);
  return out;
}

std::string ZstdSkippable(std::string_view data) {
  std::string out("\x50\x2a\x4d\x18", 4);
  uint32_t n = static_cast<uint32_t>(data.size());
  for (int k = 0; k < 4; ++k) out += static_cast<char>((n >> (8 * k)) & 0xff);
  out.append(data);
  return out;
}

TempBundle::TempBundle(const std::string& bytes) {
  char tmpl[] = "/tmp/tempmon-test-XXXXXX";
  int fd = ::mkstemp(tmpl);
  if (fd < 0) throw std::runtime_error("mkstemp failed");
  ::close(fd);
  path_ = tmpl;
  std::ofstream(path_, std::ios::binary).write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
}

TempBundle::~TempBundle() { ::unlink(path_.c_str()); }

}  // namespace tempmon::bundle::test
