#include "tempmon/bundle/tar_zst.h"

#include <archive.h>
#include <archive_entry.h>
#include <zstd.h>

#include <algorithm>
#include <cstring>
#include <memory>
#include <set>
#include <vector>

#include "tempmon/bundle/sha256.h"
#include "tempmon/bundle/terminal_safe.h"

namespace tempmon::bundle {
namespace {

using ArchivePtr = std::unique_ptr<struct archive, int (*)(struct archive*)>;
using EntryPtr = std::unique_ptr<struct archive_entry, void (*)(struct archive_entry*)>;

std::string ArchiveMessage(struct archive* a) {
  const char* s = archive_error_string(a);
  return s ? s : "unknown libarchive error";
}

struct CCtxFree {
  void operator()(ZSTD_CCtx* c) const { ZSTD_freeCCtx(c); }
};

// Level 2, not 6: a bundle is written while the machine is failing, so
// time to fsync beats size (65536 samples: ~9 ms instead of ~75 ms for a
// bundle ~10% larger; docs/benchmarks.md, ## Capture).
constexpr int kZstdLevel = 2;

// One compressor per thread, kept between bundles: a fresh context is a
// megabyte and more of tables whose first touch (page faults) costs more
// than compressing a bundle on a small VM.
ZSTD_CCtx* ThreadCCtx() {
  thread_local std::unique_ptr<ZSTD_CCtx, CCtxFree> cctx(ZSTD_createCCtx());
  if (!cctx) throw BundleError("bundle: ZSTD_createCCtx failed (out of memory?)");
  return cctx.get();
}

}  // namespace

// libarchive writes the plain tar here; it is compressed into `out` as it
// comes, so neither the tar nor a copy of the archive is ever held.
struct Compressor {
  ZSTD_CCtx* cctx;
  std::string* out;
  std::string error;
  std::unique_ptr<ZSTD_CCtx, CCtxFree> owned;  // a PrecompressedMember's own context

  // zstd writes into a small buffer kept per thread, appended to `out`:
  // growing `out` to its capacity for zstd to write into would zero-fill
  // that capacity on every call (libarchive calls once per 10 KiB).
  bool Put(const void* data, size_t n, ZSTD_EndDirective mode) {
    thread_local std::vector<char> buf(ZSTD_CStreamOutSize());
    ZSTD_inBuffer in{data, n, 0};
    for (;;) {
      ZSTD_outBuffer ob{buf.data(), buf.size(), 0};
      const size_t r = ZSTD_compressStream2(cctx, &ob, &in, mode);
      if (ZSTD_isError(r)) {
        error = ZSTD_getErrorName(r);
        return false;
      }
      out->append(buf.data(), ob.pos);
      if (mode == ZSTD_e_end ? r == 0 : in.pos == in.size && ob.pos < ob.size) return true;
    }
  }
};

namespace {

la_ssize_t CompressBlock(struct archive* a, void* client, const void* buf, size_t n) {
  auto* z = static_cast<Compressor*>(client);
  if (!z->Put(buf, n, ZSTD_e_continue)) {
    archive_set_error(a, -1, "zstd: %s", z->error.c_str());
    return -1;
  }
  return static_cast<la_ssize_t>(n);
}

}  // namespace

bool IsPlainMemberName(std::string_view name) {
  if (name.empty() || name.size() > 100 || name.front() == '.') return false;
  for (char ch : name) {
    bool ok = (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') ||
              (ch >= '0' && ch <= '9') || ch == '.' || ch == '_' || ch == '-';
    if (!ok) return false;
  }
  return true;
}

namespace {

// The parameters of every bundle's frame. No content size in the frame
// header: the front member's bytes go in front of the compressed ones
// (Finish), and a precompressed member's frame is begun before its size
// is known.
void Configure(ZSTD_CCtx* c) {
  ZSTD_CCtx_reset(c, ZSTD_reset_session_and_parameters);
  if (ZSTD_isError(ZSTD_CCtx_setParameter(c, ZSTD_c_compressionLevel, kZstdLevel)) ||
      ZSTD_isError(ZSTD_CCtx_setParameter(c, ZSTD_c_contentSizeFlag, 0)) ||
      ZSTD_isError(ZSTD_CCtx_setParameter(c, ZSTD_c_checksumFlag, 0)))
    throw BundleError("bundle: cannot set up the zstd compressor");
}

}  // namespace

void PrepareCompressor() {
  // A frame of unknown size sizes the tables as a bundle's does.
  ZSTD_CCtx* cctx = ThreadCCtx();
  std::string scratch;
  Compressor z{cctx, &scratch, {}, {}};
  ZSTD_CCtx_reset(cctx, ZSTD_reset_session_and_parameters);
  ZSTD_CCtx_setParameter(cctx, ZSTD_c_compressionLevel, kZstdLevel);
  if (!z.Put("x", 1, ZSTD_e_flush) || !z.Put(nullptr, 0, ZSTD_e_end))
    throw BundleError("bundle: zstd: " + z.error);
}

namespace {

ArchivePtr OpenTar(void* client, archive_write_callback* cb) {
  ArchivePtr a(archive_write_new(), &archive_write_free);
  if (!a) throw BundleError("bundle: archive_write_new failed (out of memory?)");
  if (archive_write_add_filter_none(a.get()) != ARCHIVE_OK ||
      archive_write_set_format_pax_restricted(a.get()) != ARCHIVE_OK ||
      // One output block per call keeps memory use flat for big members,
      // and the archive ends right after its two end-of-archive blocks.
      archive_write_set_bytes_in_last_block(a.get(), 1) != ARCHIVE_OK ||
      archive_write_open(a.get(), client, nullptr, cb, nullptr) != ARCHIVE_OK)
    throw BundleError("bundle: cannot set up tar.zst writer: " + ArchiveMessage(a.get()));
  return a;
}

// Every entry's header: a regular file, 0644, 0:0, `mtime_s`.
EntryPtr MakeEntry(const Member& m, int64_t mtime_s) {
  if (!IsPlainMemberName(m.name))
    throw BundleError("bundle: refusing to write member with unsafe name '" + m.name + "'");
  EntryPtr e(archive_entry_new(), &archive_entry_free);
  if (!e) throw BundleError("bundle: archive_entry_new failed (out of memory?)");
  archive_entry_set_pathname(e.get(), m.name.c_str());
  archive_entry_set_filetype(e.get(), AE_IFREG);
  archive_entry_set_perm(e.get(), 0644);
  archive_entry_set_size(e.get(), static_cast<la_int64_t>(m.size()));
  archive_entry_set_mtime(e.get(), mtime_s, 0);
  archive_entry_set_uid(e.get(), 0);
  archive_entry_set_gid(e.get(), 0);
  return e;
}

void WriteEntry(struct archive* a, const Member& m, int64_t mtime_s) {
  EntryPtr e = MakeEntry(m, mtime_s);
  if (archive_write_header(a, e.get()) != ARCHIVE_OK)
    throw BundleError(m.name + ": cannot write tar header: " + ArchiveMessage(a));
  uint64_t written = 0;
  auto put = [&](std::string_view bytes) {
    size_t off = 0;
    while (off < bytes.size()) {
      size_t chunk = std::min<size_t>(bytes.size() - off, 1 << 20);
      la_ssize_t w = archive_write_data(a, bytes.data() + off, chunk);
      if (w <= 0) throw BundleError(m.name + ": cannot write member data: " + ArchiveMessage(a));
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

la_ssize_t AppendToString(struct archive*, void* client, const void* buf, size_t n) {
  static_cast<std::string*>(client)->append(static_cast<const char*>(buf), n);
  return static_cast<la_ssize_t>(n);
}

constexpr size_t kTarEnd = 1024;  // two zero blocks

// Length of the zstd frame header at the start of `f` (RFC 8878 3.1.1.1),
// which the writer makes without a content size, a dictionary or a
// single segment (checked).
size_t FrameHeaderSize(std::string_view f) {
  if (f.size() < 6) throw BundleError("bundle: zstd frame too short (internal error)");
  const auto fhd = static_cast<unsigned char>(f[4]);
  if ((fhd >> 6) != 0 || (fhd & 0x20) || (fhd & 3))
    throw BundleError("bundle: unexpected zstd frame header (internal error)");
  return 4 + 1 + 1;  // magic, descriptor, window descriptor
}

}  // namespace

TarZstWriter::TarZstWriter(int64_t mtime_s, std::string& out)
    : mtime_s_(mtime_s), out_(out), z_(new Compressor{ThreadCCtx(), &out, {}, {}}), tar_(nullptr, &archive_write_free) {
  out_.clear();
  Configure(z_->cctx);
  tar_ = OpenTar(z_.get(), &CompressBlock);
}

TarZstWriter::TarZstWriter(int64_t mtime_s, std::string& out, PrecompressedMember& pre)
    : mtime_s_(mtime_s), out_(out), z_(new Compressor{pre.z_->cctx, &out, {}, {}}), tar_(nullptr, &archive_write_free),
      pre_(&pre) {
  if (pre.used_) throw BundleError("bundle: a precompressed member used twice (internal error)");
  pre.used_ = true;
  // Copied, not swapped: `out` keeps its capacity (see WriteBuffer).
  out_.assign(pre.out_);
  tar_ = OpenTar(z_.get(), &CompressBlock);
}

TarZstWriter::~TarZstWriter() = default;

void TarZstWriter::Add(const Member& m) {
  if (pre_) throw BundleError("bundle: the precompressed member must come first (internal error)");
  added_ = true;
  WriteEntry(tar_.get(), m, mtime_s_);
}

namespace {

struct HeaderSink {
  std::string bytes;
  bool done = false;
};

la_ssize_t KeepHeader(struct archive*, void* client, const void* buf, size_t n) {
  auto* h = static_cast<HeaderSink*>(client);
  if (!h->done) h->bytes.append(static_cast<const char*>(buf), n);
  return static_cast<la_ssize_t>(n);
}

// The tar header of `m` as WriteEntry writes it (the same libarchive calls),
// without its data: unblocked, the header reaches the sink as it is
// written; the zeros that closing writes for the missing data are dropped.
std::string TarHeaderOf(const Member& m, int64_t mtime_s) {
  HeaderSink h;
  ArchivePtr a(archive_write_new(), &archive_write_free);
  if (!a) throw BundleError("bundle: archive_write_new failed (out of memory?)");
  if (archive_write_add_filter_none(a.get()) != ARCHIVE_OK ||
      archive_write_set_format_pax_restricted(a.get()) != ARCHIVE_OK ||
      archive_write_set_bytes_per_block(a.get(), 0) != ARCHIVE_OK ||
      archive_write_open(a.get(), &h, nullptr, &KeepHeader, nullptr) != ARCHIVE_OK)
    throw BundleError("bundle: cannot set up tar header writer: " + ArchiveMessage(a.get()));
  EntryPtr e = MakeEntry(m, mtime_s);
  if (archive_write_header(a.get(), e.get()) != ARCHIVE_OK)
    throw BundleError(m.name + ": cannot write tar header: " + ArchiveMessage(a.get()));
  h.done = true;
  if (archive_write_close(a.get()) != ARCHIVE_OK)
    throw BundleError("bundle: cannot finish tar header: " + ArchiveMessage(a.get()));
  if (h.bytes.empty() || h.bytes.size() % 512 != 0)
    throw BundleError("bundle: unexpected tar header layout (internal error)");
  return std::move(h.bytes);
}

}  // namespace

void TarZstWriter::AddContinued(const Member& m, const MemberStream& rest) {
  if (!pre_ || added_) throw BundleError("bundle: AddContinued without a precompressed member first (internal error)");
  const uint64_t ahead = pre_->fed_;
  raw_after_front_ = TarHeaderOf(m, mtime_s_);
  uint64_t written = ahead;
  auto put = [&](std::string_view bytes) {
    if (!z_->Put(bytes.data(), bytes.size(), ZSTD_e_continue))
      throw BundleError(m.name + ": zstd: " + z_->error);
    written += bytes.size();
  };
  rest(put);
  if (written != m.size())
    throw BundleError(m.name + ": produced " + std::to_string(written) + " bytes, " + std::to_string(m.size()) +
                      " expected (internal error)");
  // The member's tar padding, then the others through libarchive, which
  // starts its own entries on this 512-byte boundary.
  static constexpr char kZeros[512] = {};
  put(std::string_view(kZeros, (512 - written % 512) % 512));
  pre_ = nullptr;
  added_ = true;
}

void TarZstWriter::Finish(const Member& front) {
  if (pre_) throw BundleError("bundle: the precompressed member was never added (internal error)");
  if (archive_write_close(tar_.get()) != ARCHIVE_OK)
    throw BundleError("bundle: cannot finish tar.zst stream: " + ArchiveMessage(tar_.get()));
  if (!z_->Put(nullptr, 0, ZSTD_e_end)) throw BundleError("bundle: cannot finish the zstd frame: " + z_->error);
  // The front member as the same tar writer makes it, without the
  // end-of-archive blocks of its own little archive.
  std::string head;
  {
    ArchivePtr a = OpenTar(&head, &AppendToString);
    WriteEntry(a.get(), front, mtime_s_);
    if (archive_write_close(a.get()) != ARCHIVE_OK)
      throw BundleError("bundle: cannot finish tar header: " + ArchiveMessage(a.get()));
  }
  if (head.size() < kTarEnd || head.find_first_not_of('\0', head.size() - kTarEnd) != std::string::npos)
    throw BundleError("bundle: unexpected tar layout (internal error)");
  head.resize(head.size() - kTarEnd);
  head += raw_after_front_;
  // Stored in raw blocks right after the frame header, where a decoder is
  // in the state the compressor started from (no history used, no repeat
  // offsets or tables changed): the compressed blocks that follow decode
  // as they were made. 1 KiB per block stays within any window's block
  // size limit. One frame, as every reader expects. A continued member's
  // tar header follows the front member's here (docs/precompress.md).
  std::string raw;
  raw.reserve(head.size() + head.size() / 1024 * 3 + 3);
  for (size_t off = 0; off < head.size(); off += 1024) {
    const uint32_t n = static_cast<uint32_t>(std::min<size_t>(1024, head.size() - off));
    const uint32_t bh = n << 3;  // not last, type 0 (raw), size
    raw.push_back(static_cast<char>(bh & 0xff));
    raw.push_back(static_cast<char>((bh >> 8) & 0xff));
    raw.push_back(static_cast<char>((bh >> 16) & 0xff));
    raw.append(head, off, n);
  }
  out_.insert(FrameHeaderSize(out_), raw);
}

PrecompressedMember::PrecompressedMember()
    : z_(new Compressor{nullptr, &out_, {}, std::unique_ptr<ZSTD_CCtx, CCtxFree>(ZSTD_createCCtx())}),
      sha_(std::make_unique<Sha256>()) {
  if (!z_->owned) throw BundleError("bundle: ZSTD_createCCtx failed (out of memory?)");
  z_->cctx = z_->owned.get();
  Configure(z_->cctx);
}

PrecompressedMember::~PrecompressedMember() = default;

void PrecompressedMember::Feed(std::string_view bytes) {
  if (used_) throw BundleError("bundle: a precompressed member fed after its use (internal error)");
  if (!z_->Put(bytes.data(), bytes.size(), ZSTD_e_continue)) throw BundleError("bundle: zstd: " + z_->error);
  sha_->Update(bytes);
  fed_ += bytes.size();
  constexpr size_t kKeep = 256;
  if (head_.size() < kKeep) head_.append(bytes.substr(0, kKeep - head_.size()));
  if (bytes.size() >= kKeep) {
    tail_.assign(bytes.substr(bytes.size() - kKeep));
  } else {
    tail_.append(bytes);
    if (tail_.size() > kKeep) tail_.erase(0, tail_.size() - kKeep);
  }
}

void PrecompressedMember::Flush() {
  if (used_) throw BundleError("bundle: a precompressed member flushed after its use (internal error)");
  if (!z_->Put(nullptr, 0, ZSTD_e_flush)) throw BundleError("bundle: zstd: " + z_->error);
}

namespace {

constexpr uint32_t kZstdMagic = 0xfd2fb528;

uint32_t Le32(std::string_view s, size_t at) {
  uint32_t v = 0;
  for (int k = 3; k >= 0; --k) v = (v << 8) | static_cast<unsigned char>(s[at + static_cast<size_t>(k)]);
  return v;
}

// zstd skippable frames (magic 0x184D2A50..5F) carry bytes every
// decompressor ignores: nothing a bundle holds, a place to hide data.
bool SkippableAt(std::string_view s, size_t at) {
  return at + 4 <= s.size() && (Le32(s, at) & 0xfffffff0u) == 0x184d2a50u;
}

struct DStreamFree {
  void operator()(ZSTD_DStream* d) const { ZSTD_freeDStream(d); }
};

// The decompressed stream, handed to libarchive a block at a time: the
// whole archive is never held decompressed, and every block is counted
// against the budget's total and time as it comes out.
class ZstdSource {
 public:
  ZstdSource(std::string_view in, ReadBudget& budget)
      : in_(in), budget_(budget), ds_(ZSTD_createDStream()), buf_(ZSTD_DStreamOutSize()) {
    if (!ds_) throw BundleError("bundle: ZSTD_createDStream failed (out of memory?)");
    // A window larger than the writer's can only serve to make the reader
    // allocate: 2^27 bytes is zstd's default limit for a decoder, 8x what
    // level 2 uses.
    ZSTD_DCtx_setParameter(ds_.get(), ZSTD_d_windowLogMax, 27);
  }

  static la_ssize_t Read(struct archive* a, void* client, const void** out) {
    auto* self = static_cast<ZstdSource*>(client);
    try {
      size_t n = self->Next();
      *out = self->buf_.data();
      return static_cast<la_ssize_t>(n);
    } catch (const BundleError& e) {
      self->error_ = e.what();
      archive_set_error(a, -1, "%s", "stopped by the bundle reader");
      return -1;
    }
  }

  // Decompresses the next block into buf_; 0 at the end of the input.
  size_t Next() {
    for (;;) {
      if (in_pos_ == in_.size()) {
        if (!frame_done_) throw BundleError("bundle: truncated zstd stream (damaged or cut short)");
        return 0;
      }
      if (frame_done_) {
        // Past the tar's end only the rest of its frame is read; a
        // skippable frame ends the archive's data (what follows it is
        // reported as trailing, it is never decompressed).
        if (ended_ || SkippableAt(in_, in_pos_)) return 0;
        frame_done_ = false;
      }
      ZSTD_inBuffer ib{in_.data(), in_.size(), in_pos_};
      ZSTD_outBuffer ob{buf_.data(), buf_.size(), 0};
      size_t r = ZSTD_decompressStream(ds_.get(), &ob, &ib);
      in_pos_ = ib.pos;
      if (ZSTD_isError(r))
        throw BundleError(std::string("bundle: corrupt zstd data: ") + ZSTD_getErrorName(r));
      frame_done_ = r == 0;
      if (ob.pos == 0) continue;
      produced_ += ob.pos;
      if (produced_ > budget_.limits().max_total_bytes)
        throw BundleError("bundle: decompresses to more than the total limit of " +
                          std::to_string(budget_.limits().max_total_bytes) + " bytes (decompression bomb?)");
      budget_.CheckTime("bundle");
      // A block of zeros (tar padding, or a bomb's gigabytes) is passed
      // over by memcmp instead of byte by byte.
      const bool all_zero = buf_[0] == 0 && std::memcmp(buf_.data(), buf_.data() + 1, ob.pos - 1) == 0;
      for (size_t k = all_zero ? 0 : ob.pos; k > 0; --k)
        if (buf_[k - 1] != 0) {
          last_nonzero_end_ = produced_ - ob.pos + k;
          break;
        }
      return ob.pos;
    }
  }

  // Called at the tar's end, `tar_end` decompressed bytes in: reads the
  // rest of that zstd frame and says what follows the archive, if anything.
  std::string Trailing(uint64_t tar_end) {
    ended_ = true;
    while (Next() > 0) {
    }
    std::string why;
    if (last_nonzero_end_ > tar_end)
      why = std::to_string(last_nonzero_end_ - tar_end) +
            " bytes of data after the end of the tar archive (hidden content?)";
    if (in_pos_ < in_.size())
      why += std::string(why.empty() ? "" : "; ") + std::to_string(in_.size() - in_pos_) +
             " bytes after the archive's zstd frame (a second frame or appended data)";
    return why;
  }

  const std::string& error() const { return error_; }

 private:
  std::string_view in_;
  ReadBudget& budget_;
  std::unique_ptr<ZSTD_DStream, DStreamFree> ds_;
  std::vector<char> buf_;
  size_t in_pos_ = 0;
  bool frame_done_ = true;  // between frames (also before the first)
  bool ended_ = false;
  uint64_t produced_ = 0;
  uint64_t last_nonzero_end_ = 0;
  std::string error_;
};

}  // namespace

Archive UnpackTarZst(std::string_view bytes, ReadBudget& budget, const StreamChooser& stream) {
  if (bytes.size() < 4 || Le32(bytes, 0) != kZstdMagic) {
    if (bytes.size() >= 263 && bytes.substr(257, 5) == "ustar")
      throw BundleError("bundle: not zstd-compressed (expected a .tar.zst bundle)");
    throw BundleError("bundle: not a tar.zst archive (no zstd frame at the start)");
  }
  ZstdSource src(bytes, budget);
  ArchivePtr a(archive_read_new(), &archive_read_free);
  if (!a) throw BundleError("bundle: archive_read_new failed (out of memory?)");
  // Only tar: no other container or filter is ever parsed (zstd is ours).
  auto fail = [&](const std::string& what) -> BundleError {
    return BundleError(src.error().empty() ? what + ": " + ArchiveMessage(a.get()) : src.error());
  };
  if (archive_read_support_format_tar(a.get()) != ARCHIVE_OK ||
      archive_read_open(a.get(), &src, nullptr, &ZstdSource::Read, nullptr) != ARCHIVE_OK)
    throw fail("bundle: not a tar.zst archive");

  Archive out;
  std::set<std::string, std::less<>> seen;
  for (;;) {
    struct archive_entry* e = nullptr;
    int r = archive_read_next_header(a.get(), &e);
    if (r == ARCHIVE_EOF) break;
    if (r != ARCHIVE_OK)
      throw fail(out.members.empty() && seen.empty()
                     ? std::string("bundle: not a tar.zst archive")
                     : "bundle: damaged or truncated archive after " + std::to_string(out.members.size()) +
                           " member(s)");
    const char* raw = archive_entry_pathname(e);
    std::string name = raw ? raw : "";
    std::string shown = TerminalSafe(name, 80);
    if (archive_entry_hardlink(e) || archive_entry_symlink(e))
      throw BundleError(shown + ": links are refused in a bundle");
    if (archive_entry_filetype(e) != AE_IFREG)
      throw BundleError(shown + ": not a regular file (devices, folders, fifos are refused)");
    if (!IsPlainMemberName(name))
      throw BundleError("bundle: member '" + shown +
                        "' has an unsafe name (paths, absolute names and dot files are refused)");
    if (!seen.insert(name).second) throw BundleError(name + ": duplicate member");
    if (out.members.size() >= budget.limits().max_members)
      throw BundleError("bundle: more than " + std::to_string(budget.limits().max_members) + " members");
    // A sparse entry claims a size its archive bytes do not hold; the
    // writer never makes one.
    if (archive_entry_sparse_count(e) > 0)
      throw BundleError(name + ": sparse files are refused in a bundle");
    if (!archive_entry_size_is_set(e)) throw BundleError(name + ": tar header has no size");
    const la_int64_t declared = archive_entry_size(e);
    const uint64_t cap = budget.limits().MemberCap(name);
    if (declared < 0 || static_cast<uint64_t>(declared) > cap)
      throw BundleError(name + ": member of " + std::to_string(declared) + " bytes exceeds the limit of " +
                        std::to_string(cap));
    const size_t want = static_cast<size_t>(declared);
    if (MemberSink sink = stream ? stream(out, name, want) : MemberSink()) {
      // Handed on in libarchive's own blocks (no copy); never held, so
      // nothing is charged to the memory budget.
      Member m{name, {}};
      m.streamed = true;
      for (;;) {
        const void* block = nullptr;
        size_t n = 0;
        la_int64_t at = 0;
        int r = archive_read_data_block(a.get(), &block, &n, &at);
        if (r == ARCHIVE_EOF) break;
        if (r != ARCHIVE_OK) throw fail(name + ": truncated or corrupt data");
        if (at < 0 || static_cast<uint64_t>(at) != m.stream_size || n > want - m.stream_size)
          throw BundleError(name + ": data blocks out of order or past its declared size");
        m.stream_size += n;
        if (n) sink(std::string_view(static_cast<const char*>(block), n));
      }
      if (m.stream_size != want)
        throw BundleError(name + ": truncated: " + std::to_string(m.stream_size) + " of " +
                          std::to_string(declared) + " bytes");
      out.members.push_back(std::move(m));
      continue;
    }
    if (static_cast<uint64_t>(declared) > budget.limits().HeldCap(name))
      throw BundleError(name + ": member of " + std::to_string(declared) + " bytes exceeds the limit of " +
                        std::to_string(budget.limits().HeldCap(name)) +
                        " for one held whole (samples.csv is read as it decompresses only after a valid manifest.json)");
    budget.CheckFits(want, name);
    // Reserved (address space only), then filled as data arrives: pages
    // are touched only for bytes that really decompress.
    Member m{name, {}};
    m.data.reserve(want);
    while (m.data.size() < want) {
      const size_t got = m.data.size(), chunk = std::min<size_t>(want - got, 256u << 10);
      m.data.resize(got + chunk);
      la_ssize_t n = archive_read_data(a.get(), m.data.data() + got, chunk);
      if (n < 0) throw fail(name + ": truncated or corrupt data");
      m.data.resize(got + static_cast<size_t>(n));
      if (n == 0) break;
      budget.Charge(static_cast<uint64_t>(n), name);
    }
    if (m.data.size() != want)
      throw BundleError(name + ": truncated: " + std::to_string(m.data.size()) + " of " +
                        std::to_string(declared) + " bytes");
    char spill[64];
    if (archive_read_data(a.get(), spill, sizeof spill) != 0)
      throw BundleError(name + ": more data than its tar header declares");
    out.members.push_back(std::move(m));
  }
  if (!src.error().empty()) throw BundleError(src.error());
  out.trailing = src.Trailing(static_cast<uint64_t>(archive_filter_bytes(a.get(), 0)));
  return out;
}

}  // namespace tempmon::bundle
