#include "craft.h"

#include <archive.h>
#include <archive_entry.h>
#include <unistd.h>

#include <cstdlib>
#include <fstream>
#include <stdexcept>

#include "members_json.h"
#include "sha256.h"
#include "tar_zst.h"

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
  for (Member& x : UnpackTarZst(bytes, ReadLimits{})) m[x.name] = std::move(x.data);
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
