// The fleet view. Every bundle goes through the bundle library's reader,
// which checks each member's size and SHA-256 against the manifest: a bundle
// that fails is skipped and counted with its reason, never half-counted.
// Only the members the table needs are parsed (FleetNeeds).
#include <fcntl.h>
#include <stdlib.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <cstdio>
#include <ctime>
#include <filesystem>
#include <fstream>
#include <map>
#include <mutex>
#include <optional>
#include <regex>
#include <set>
#include <sstream>
#include <thread>
#include <vector>

#include <nlohmann/json.hpp>

#include "tempmon/bundle/analysis.h"
#include "tempmon/bundle/bundle.h"
#include "commands.h"
#include "fleet.h"
#include "html_data.h"
#include "tempmon/bundle/records.h"
#include "tempmon/bundle/sample_summary.h"
#include "tempmon/bundle/samples_csv.h"
#include "tempmon/bundle/sha256.h"
#include "tempmon/proc/child.h"
#include "tempmon/sys/dir.h"
#include "tempmon/bundle/terminal_safe.h"

namespace tempmon::report {

namespace fs = std::filesystem;

namespace {

struct EpisodeKey {
  std::string boot_id, sensor;
  uint64_t start_ns;
  auto operator<=>(const EpisodeKey&) const = default;
};

// What one bundle contributes; small, so 10,000 of them fit easily.
struct BundleFacts {
  fs::path path;
  std::string error;  // non-empty: skipped
  std::string host, boot_id, trigger;
  int64_t wall_ns = 0;
  struct SensorFacts {
    std::string name, kind;
    int32_t peak_mc = 0;
    bool has_samples = false;
  };
  std::vector<SensorFacts> sensors;
  struct Episode {
    std::string sensor;
    uint64_t start_ns = 0, duration_ns = 0;
  };
  std::vector<Episode> episodes;
  std::vector<std::pair<std::string, std::string>> hangs;  // class, code
};

// The facts a bundle's index rows need beyond the table's: kept only while
// its rows are written (FleetIndexRows), never for the whole fleet.
struct BundleDetail {
  bundle::Contents contents;
  bundle::Analysis analysis;
  std::vector<bundle::SensorRange> ranges;  // per sensor: samples, lowest, highest
};

// "NVRM Xid 79" -> ("NVRM Xid", "79"); "soft lockup" -> ("soft lockup", "").
std::pair<std::string, std::string> SplitSignature(const std::string& sig) {
  auto sp = sig.rfind(' ');
  if (sp != std::string::npos && sp + 1 < sig.size() &&
      std::all_of(sig.begin() + static_cast<long>(sp) + 1, sig.end(),
                  [](char c) { return std::isdigit(static_cast<unsigned char>(c)); }))
    return {sig.substr(0, sp), sig.substr(sp + 1)};
  return {sig, ""};
}

// The members the table is built from: episodes, and the kernel-log
// findings (kmsg.jsonl, events.jsonl). Per-sensor ranges come from the
// manifest's sample summary; samples.csv is parsed only for a bundle written
// before the manifest carried one. system.json and summary.txt are verified
// (checksum) but not parsed.
bool FleetNeeds(const nlohmann::json& manifest, std::string_view member) {
  if (member == "samples.csv") return !manifest.contains(bundle::kSampleSummaryField);
  return member == "episodes.jsonl" || member == "events.jsonl" || member == "kmsg.jsonl";
}

// Reads one bundle into its table facts; with `detail`, also keeps what its
// index rows need.
BundleFacts Collect(const fs::path& p, const bundle::ReadLimits& limits, std::optional<BundleDetail>* detail = nullptr) {
  BundleFacts f;
  f.path = p;
  try {
    nlohmann::json manifest;
    // With `detail` the contents live there from the start, so that the one
    // analysis (which points into them) serves the table and the rows.
    std::optional<bundle::Contents> local;
    if (detail) detail->emplace();
    bundle::Contents& c = detail ? (*detail)->contents : local.emplace();
    c = bundle::ReadSelected(p, FleetNeeds, &manifest, limits);
    f.host = c.host.empty() ? "(unknown)" : c.host;
    f.boot_id = c.boot_id;
    f.trigger = c.trigger.kind.empty() ? "(none)" : c.trigger.kind;
    f.wall_ns = c.trigger.wall_ns;
    std::vector<bundle::SensorRange> ranges;
    if (auto from_manifest = bundle::SampleSummaryFromManifest(manifest))
      ranges = std::move(*from_manifest);
    else
      ranges = bundle::SummariseSamples(c.samples);
    std::map<uint16_t, const bundle::SensorRange*> range_of;
    for (const auto& r : ranges) range_of[r.id] = &r;
    std::set<uint16_t> named;
    for (const auto& s : c.sensors) {
      named.insert(s.id);
      // The fleet table compares temperatures: clock and power series stay
      // in each bundle's own page.
      if (!s.IsTemperature()) continue;
      auto r = range_of.find(s.id);
      bool has = r != range_of.end() && r->second->samples > 0;
      f.sensors.push_back({s.name, s.kind, has ? r->second->max_mc : 0, has});
    }
    // Rows of a sensor the manifest does not name, as Analyze() labels them.
    for (const auto& r : ranges)
      if (!named.count(r.id)) f.sensors.push_back({"sensor" + std::to_string(r.id), "?", r.max_mc, r.samples > 0});
    bundle::Analysis analysis = bundle::Analyze(c);
    const bundle::Analysis& a = detail ? ((*detail)->analysis = std::move(analysis)) : analysis;
    for (const bundle::Episode& e : c.episodes) {
      uint64_t dur = e.duration_ns.value_or(0);
      if (!dur && e.end_ns && *e.end_ns > e.start_ns) dur = *e.end_ns - e.start_ns;
      f.episodes.push_back({e.name.empty() ? "(unnamed)" : e.name, e.start_ns, dur});
    }
    for (const auto& k : a.findings) f.hangs.push_back(SplitSignature(k.signature));
    if (detail) (*detail)->ranges = std::move(ranges);
  } catch (const bundle::TamperedError& e) {
    f.error = std::string("tampered: ") + e.what();
  } catch (const bundle::BundleError& e) {
    f.error = std::string("unreadable: ") + e.what();
  } catch (const std::bad_alloc&) {
    f.error = "unreadable: too large for this machine's memory";
  }
  return f;
}

struct SensorAgg {
  std::string kind;
  std::optional<int32_t> peak_mc;
  uint64_t captures = 0, episodes = 0, throttled_ns = 0;
};
struct HostAgg {
  std::map<std::string, uint64_t> captures;  // by trigger kind
  uint64_t bundles = 0;
  int64_t first_ns = 0, last_ns = 0;
  std::map<std::pair<std::string, std::string>, uint64_t> hangs;
  std::map<std::string, SensorAgg> sensors;
  std::vector<const BundleFacts*> list;
};

// Seen times as the bundles spell them; "" when unknown.
std::string IsoTime(int64_t wall_ns) { return wall_ns ? bundle::IsoTime(wall_ns) : std::string(); }

std::string Fixed(double v, int prec) {
  char buf[64];
  std::snprintf(buf, sizeof buf, "%.*f", prec, v);
  return buf;
}

// Text and CSV go to terminals: every string from a bundle through the one
// terminal filter (the JSON and HTML outputs escape instead).
std::string Safe(const std::string& s) { return bundle::TerminalSafe(s); }

std::string CsvField(const std::string& raw) {
  const std::string s = Safe(raw);
  if (s.find_first_of(",\"\n\r") == std::string::npos && (s.empty() || (s[0] != '=' && s[0] != '+' && s[0] != '-' && s[0] != '@')))
    return s;
  std::string out = "\"";
  // A leading formula character is neutralised for spreadsheets.
  if (!s.empty() && (s[0] == '=' || s[0] == '+' || s[0] == '-' || s[0] == '@')) out += "'";
  for (char c : s) out += c == '"' ? std::string("\"\"") : std::string(1, c);
  return out + "\"";
}

bool LooksRemote(const std::string& s) {
  static const std::regex kRemote(R"(^[A-Za-z0-9_.-]+:.*$)");
  return std::regex_match(s, kRemote);
}

// rclone copy of the bundles under `remote` into `dir`; returns its status
// (124 when it did not finish within --rclone-timeout). rclone gets PATH,
// HOME and TMPDIR only: its remote and credentials come from its config file
// (--rclone-config), never from RCLONE_* variables of the caller.
int CopyFromRemote(const FleetOptions& o, const fs::path& dir) {
  std::vector<std::string> argv = {o.rclone};
  if (!o.rclone_config.empty()) {
    argv.push_back("--config");
    argv.push_back(o.rclone_config);
  }
  for (const char* a : {"copy", "--filter", "- .*", "--filter", "+ *.tar.zst", "--filter", "- *"})
    argv.push_back(a);
  argv.push_back(o.source);
  argv.push_back(dir.string());
  try {
    auto r = proc::Run(argv, {.deadline = std::chrono::seconds(o.rclone_timeout_s),
                              .env = proc::Only({"PATH", "HOME", "TMPDIR"}),
                              .max_output = 0});
    return r.timed_out ? 124 : r.exit_status;
  } catch (const proc::SpawnError&) {
    return 127;
  }
}

std::string PageName(const fs::path& bundle_path) {
  std::string n = bundle_path.filename().string();
  if (n.ends_with(".tar.zst")) n.resize(n.size() - 8);
  return n + ".html";
}


// Every *.tar.zst under `root`, hidden folders (outbox state) skipped, sorted.
std::vector<fs::path> ScanBundles(const fs::path& root) {
  std::vector<fs::path> files;
  std::error_code ec;
  for (auto it = fs::recursive_directory_iterator(root, fs::directory_options::skip_permission_denied, ec);
       !ec && it != fs::recursive_directory_iterator(); it.increment(ec)) {
    std::string n = it->path().filename().string();
    if (n.starts_with(".")) {
      if (it->is_directory()) it.disable_recursion_pending();
      continue;
    }
    if (n.ends_with(".tar.zst") && it->is_regular_file()) files.push_back(it->path());
  }
  std::sort(files.begin(), files.end());
  return files;
}

unsigned Jobs(unsigned asked, size_t items) {
  unsigned jobs = asked ? asked : std::max(1u, std::thread::hardware_concurrency());
  return std::min<unsigned>(jobs, static_cast<unsigned>(std::max<size_t>(1, items)));
}

// work(i) for every i < n, on `jobs` threads (this one included).
template <class Work>
void ParallelFor(size_t n, unsigned jobs, Work work) {
  std::atomic<size_t> next{0};
  auto run = [&] {
    for (size_t i; (i = next.fetch_add(1)) < n;) work(i);
  };
  std::vector<std::thread> pool;
  for (unsigned t = 1; t < jobs; ++t) pool.emplace_back(run);
  run();
  for (auto& t : pool) t.join();
}

struct FleetTable {
  size_t files = 0;
  std::map<std::string, HostAgg> hosts;
  std::vector<const BundleFacts*> skipped;
  size_t Good() const { return files - skipped.size(); }
};

FleetTable Aggregate(const std::vector<BundleFacts>& facts) {
  FleetTable t;
  t.files = facts.size();
  std::set<std::pair<std::string, EpisodeKey>> seen_episodes;
  for (const auto& f : facts) {
    if (!f.error.empty()) {
      t.skipped.push_back(&f);
      continue;
    }
    HostAgg& h = t.hosts[f.host];
    h.bundles++;
    h.captures[f.trigger]++;
    if (f.wall_ns && (!h.first_ns || f.wall_ns < h.first_ns)) h.first_ns = f.wall_ns;
    if (f.wall_ns > h.last_ns) h.last_ns = f.wall_ns;
    h.list.push_back(&f);
    for (const auto& s : f.sensors) {
      SensorAgg& a = h.sensors[s.name];
      a.kind = s.kind;
      a.captures++;
      if (s.has_samples && (!a.peak_mc || s.peak_mc > *a.peak_mc)) a.peak_mc = s.peak_mc;
    }
    // Overlapping windows of one boot hold the same episode: count it once.
    for (const auto& e : f.episodes) {
      if (e.start_ns && !seen_episodes.insert({f.host, {f.boot_id, e.sensor, e.start_ns}}).second) continue;
      SensorAgg& a = h.sensors[e.sensor];
      a.episodes++;
      a.throttled_ns += e.duration_ns;
    }
    for (const auto& k : f.hangs) h.hangs[k]++;
  }
  return t;
}

std::string RenderJson(const FleetTable& t, const fs::path& root) {
  nlohmann::json j = {{"bundles", t.files}, {"read", t.Good()}, {"skipped", nlohmann::json::array()},
                      {"hosts", nlohmann::json::array()}};
  for (const auto* f : t.skipped)
    j["skipped"].push_back({{"bundle", fs::relative(f->path, root).string()}, {"reason", f->error}});
  for (const auto& [host, h] : t.hosts) {
    nlohmann::json hj = {{"host", host}, {"bundles", h.bundles}, {"captures", h.captures},
                         {"first_seen", IsoTime(h.first_ns)}, {"last_seen", IsoTime(h.last_ns)},
                         {"hangs", nlohmann::json::array()}, {"sensors", nlohmann::json::array()}};
    for (const auto& [k, n] : h.hangs) hj["hangs"].push_back({{"class", k.first}, {"code", k.second}, {"count", n}});
    for (const auto& [name, s] : h.sensors)
      hj["sensors"].push_back({{"name", name}, {"kind", s.kind}, {"captures", s.captures},
                               {"episodes", s.episodes}, {"throttled_s", double(s.throttled_ns) / 1e9},
                               {"peak_c", s.peak_mc ? nlohmann::json(*s.peak_mc / 1000.0) : nlohmann::json()}});
    j["hosts"].push_back(hj);
  }
  return j.dump(1) + "\n";
}

std::string RenderCsv(const FleetTable& t) {
  std::ostringstream c;
  c << "host,sensor,kind,peak_c,throttle_episodes,throttled_s,sensor_captures,host_captures,"
       "captures_by_trigger,hangs,first_seen,last_seen\n";
  for (const auto& [host, h] : t.hosts) {
    std::string by, hangs;
    for (const auto& [k, n] : h.captures) by += (by.empty() ? "" : ";") + k + "=" + std::to_string(n);
    for (const auto& [k, n] : h.hangs)
      hangs += (hangs.empty() ? "" : ";") + k.first + (k.second.empty() ? "" : " " + k.second) + "=" + std::to_string(n);
    for (const auto& [name, s] : h.sensors)
      c << CsvField(host) << "," << CsvField(name) << "," << CsvField(s.kind) << ","
        << (s.peak_mc ? Fixed(*s.peak_mc / 1000.0, 1) : "") << "," << s.episodes << ","
        << Fixed(double(s.throttled_ns) / 1e9, 3) << "," << s.captures << "," << h.bundles << ","
        << CsvField(by) << "," << CsvField(hangs) << "," << IsoTime(h.first_ns) << "," << IsoTime(h.last_ns) << "\n";
  }
  return c.str();
}

std::string RenderText(const FleetTable& t, const fs::path& root) {
  std::ostringstream o;
  o << t.files << " bundles, " << t.Good() << " read, " << t.skipped.size() << " skipped, " << t.hosts.size()
    << " hosts\n";
  for (const auto& [host, h] : t.hosts) {
    o << "\n" << Safe(host) << ": " << h.bundles << " captures (";
    bool first = true;
    for (const auto& [k, n] : h.captures) {
      o << (first ? "" : ", ") << Safe(k) << " " << n;
      first = false;
    }
    o << "), first " << IsoTime(h.first_ns) << ", last " << IsoTime(h.last_ns) << "\n";
    if (!h.hangs.empty()) {
      o << "  hangs:";
      for (const auto& [k, n] : h.hangs)
        o << " " << Safe(k.first) << (k.second.empty() ? "" : " " + Safe(k.second)) << " x" << n << ";";
      o << "\n";
    }
    char line[256];
    std::snprintf(line, sizeof line, "  %-20s %-8s %8s %9s %12s\n", "sensor", "kind", "peak C", "episodes", "throttled s");
    o << line;
    for (const auto& [name, s] : h.sensors) {
      std::snprintf(line, sizeof line, "  %-20s %-8s %8s %9llu %12s\n", Safe(name).c_str(), Safe(s.kind).c_str(),
                    s.peak_mc ? Fixed(*s.peak_mc / 1000.0, 1).c_str() : "-",
                    static_cast<unsigned long long>(s.episodes), Fixed(double(s.throttled_ns) / 1e9, 3).c_str());
      o << line;
    }
  }
  if (!t.skipped.empty()) {
    o << "\nskipped " << t.skipped.size() << " bundle(s) that failed verification:\n";
    for (const auto* f : t.skipped) o << "  " << Safe(fs::relative(f->path, root).string()) << ": " << Safe(f->error) << "\n";
  }
  return o.str();
}

void WriteHtmlOverview(const FleetTable& t, const fs::path& root, const std::vector<BundleFacts>& facts,
                       const FleetOptions& o) {
  fs::path dir = o.html_dir;
  std::error_code ec;
  fs::create_directories(dir / "bundles", ec);
  if (ec) throw OutputError("cannot create " + (dir / "bundles").string() + ": " + ec.message());
  std::ostringstream h;
  h << "<!doctype html><html lang=en><head><meta charset=utf-8><title>tempmon fleet</title>"
       "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">"
       "<style>body{font:14px system-ui,sans-serif;margin:2em}table{border-collapse:collapse;margin:.5em 0 1.5em}"
       "td,th{border:1px solid #ccc;padding:.2em .6em;text-align:left}th{background:#eee}"
       ".num{text-align:right}.bad{color:#a00}</style></head><body>\n<h1>tempmon fleet</h1>\n<p id=totals>"
    << t.files << " bundles, " << t.Good() << " read, " << t.skipped.size() << " skipped, " << t.hosts.size()
    << " hosts</p>\n";
  for (const auto& [host, a] : t.hosts) {
    h << "<section class=host><h2>" << HtmlEscape(host) << "</h2><p>" << a.bundles << " captures: ";
    bool first = true;
    for (const auto& [k, n] : a.captures) {
      h << (first ? "" : ", ") << HtmlEscape(k) << " " << n;
      first = false;
    }
    h << "; first " << IsoTime(a.first_ns) << ", last " << IsoTime(a.last_ns) << "</p>\n";
    h << "<table class=sensors><tr><th>sensor<th>kind<th>peak °C<th>throttle episodes<th>throttled s</tr>\n";
    for (const auto& [name, s] : a.sensors)
      h << "<tr><td>" << HtmlEscape(name) << "<td>" << HtmlEscape(s.kind) << "<td class=num>"
        << (s.peak_mc ? Fixed(*s.peak_mc / 1000.0, 1) : "—") << "<td class=num>" << s.episodes
        << "<td class=num>" << Fixed(double(s.throttled_ns) / 1e9, 3) << "</tr>\n";
    h << "</table>\n";
    if (!a.hangs.empty()) {
      h << "<table class=hangs><tr><th>hang class<th>code<th>count</tr>\n";
      for (const auto& [k, n] : a.hangs)
        h << "<tr><td>" << HtmlEscape(k.first) << "<td>" << HtmlEscape(k.second) << "<td class=num>" << n << "</tr>\n";
      h << "</table>\n";
    }
    h << "<ul class=bundles>\n";
    for (const auto* f : a.list)
      h << "<li><a href=\"bundles/" << HtmlEscape(PageName(f->path)) << "\">" << HtmlEscape(f->path.filename().string())
        << "</a> " << HtmlEscape(f->trigger) << " " << IsoTime(f->wall_ns) << "\n";
    h << "</ul></section>\n";
  }
  if (!t.skipped.empty()) {
    h << "<h2 class=bad>Skipped (failed verification)</h2><ul id=skipped>\n";
    for (const auto* f : t.skipped)
      h << "<li>" << HtmlEscape(fs::relative(f->path, root).string()) << ": " << HtmlEscape(f->error) << "\n";
    h << "</ul>\n";
  }
  h << "</body></html>\n";
  WriteOutput((dir / "index.html").string(), h.str());
  // Each bundle's own page, as `tempmon-report html` writes it.
  std::vector<const BundleFacts*> pages;
  for (const auto& f : facts)
    if (f.error.empty()) pages.push_back(&f);
  std::mutex err_mu;
  std::string first_err;
  ParallelFor(pages.size(), Jobs(o.jobs, pages.size()), [&](size_t i) {
    try {
      Html(pages[i]->path, dir / "bundles" / PageName(pages[i]->path), o.limits);
    } catch (const std::exception& e) {
      std::lock_guard<std::mutex> l(err_mu);
      if (first_err.empty()) first_err = e.what();
    }
  });
  if (!first_err.empty()) throw OutputError(first_err);
}

// A partition folder's name for a value from a bundle: [A-Za-z0-9._-] kept,
// every other byte as %XX, never empty, never "." or "..".
std::string PartitionValue(std::string_view v) {
  static const char* kHex = "0123456789ABCDEF";
  std::string out;
  for (unsigned char c : v) {
    if (std::isalnum(c) || c == '-' || c == '_' || (c == '.' && !out.empty()))
      out += static_cast<char>(c);
    else
      out += {'%', kHex[c >> 4], kHex[c & 15]};
  }
  return out.empty() ? "%00" : out;
}

std::string FileSha256(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  if (!in) throw bundle::BundleError("cannot read " + p.string());
  bundle::Sha256 h;
  std::vector<char> buf(1 << 16);
  while (in) {
    in.read(buf.data(), static_cast<std::streamsize>(buf.size()));
    h.Update(std::string_view(buf.data(), static_cast<size_t>(in.gcount())));
  }
  return h.HexFinal();
}

// The GPU model of the device a kernel-log line names ("0000:3b:00"), from
// the bundle's sensors whose location is that PCI address; "" when none.
std::string ModelOfDevice(const bundle::Contents& c, const std::string& device) {
  if (device.empty()) return {};
  auto norm = [](std::string s) {  // "00000000:3B:00.0" and "0000:3b:00" alike
    for (auto& ch : s) ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
    auto dot = s.rfind('.');
    if (dot != std::string::npos && dot + 2 == s.size()) s.resize(dot);
    while (s.size() > 10 && s[0] == '0') s.erase(0, 1);  // domain digits
    return s;
  };
  const std::string want = norm(device);
  for (const auto& s : c.sensors)
    if (!s.location.empty() && !s.model.empty() && norm(s.location) == want) return s.model;
  return {};
}

// The rows of one bundle (docs/schema/fleet-index-row.schema.json): one per
// bundle, episode, kernel-log finding and device (sensor).
std::string FleetIndexRows(const BundleFacts& f, const BundleDetail& d, const std::string& sha, const std::string& day) {
  const bundle::Contents& c = d.contents;
  auto base = [&](const char* row) {
    return nlohmann::json{{"row", row}, {"bundle_sha256", sha}, {"host", f.host}, {"day", day},
                          {"boot_id", c.boot_id}};
  };
  auto wall_of = [&](uint64_t mono_ns) -> int64_t {
    return c.trigger.wall_ns - (static_cast<int64_t>(c.trigger.ts_ns) - static_cast<int64_t>(mono_ns));
  };
  std::string out;
  auto emit = [&](const nlohmann::json& j) { out += j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace) + "\n"; };

  nlohmann::json b = base("bundle");
  b.update(nlohmann::json{{"bundle", f.path.filename().string()}, {"ts", IsoTime(c.trigger.wall_ns)}, {"wall_ns", c.trigger.wall_ns},
            {"trigger", f.trigger}, {"reason", c.trigger.reason}, {"kernel", c.kernel},
            {"tool_version", c.tool_version}, {"redacted", c.redacted},
            {"episodes", c.episodes.size()}, {"findings", d.analysis.findings.size()}});
  emit(b);

  size_t ordinal = 0;
  for (const bundle::Episode& e : c.episodes) {
    uint64_t dur = e.duration_ns.value_or(0);
    if (!dur && e.end_ns && *e.end_ns > e.start_ns) dur = *e.end_ns - e.start_ns;
    const std::string sensor = e.name.empty() ? "(unnamed)" : e.name;
    // What makes overlapping windows' copies of one episode one: as the
    // text table counts them (host, boot, sensor, start); an episode
    // without a start time is its bundle's own.
    const std::string key = e.start_ns ? f.host + "|" + c.boot_id + "|" + sensor + "|" + std::to_string(e.start_ns)
                                       : sha + "|" + std::to_string(ordinal);
    ++ordinal;
    nlohmann::json r = base("episode");
    r.update(nlohmann::json{{"episode_key", key}, {"sensor", sensor}, {"cause", e.cause}, {"source", e.source},
              {"start_ns", e.start_ns}, {"ts", IsoTime(wall_of(e.start_ns))}, {"duration_s", double(dur) / 1e9},
              {"open", !e.end_ns.has_value()},
              {"peak_c", e.peak_temp_mc ? nlohmann::json(*e.peak_temp_mc / 1000.0) : nlohmann::json()}});
    emit(r);
  }
  for (const auto& k : d.analysis.findings) {
    const auto& m = k.burst.match;
    const auto [sig, code] = SplitSignature(k.signature);
    nlohmann::json r = base("match");
    const std::string model = ModelOfDevice(c, m.device);
    r.update(nlohmann::json{{"signature", sig}, {"err_code", code}, {"err_msg", m.name.empty() ? m.meaning : m.name},
              {"class", m.cls}, {"severity", m.severity}, {"vendor", m.vendor}, {"device", m.device},
              {"gpu_model", model.empty() ? nlohmann::json() : nlohmann::json(model)}, {"n", k.burst.n},
              {"ts", IsoTime(wall_of(k.burst.first_ns))}, {"test", m.test}});
    emit(r);
  }
  // Per sensor from the manifest's sample summary (or the samples of an
  // older bundle), as the table reads them.
  for (const auto& r : d.ranges) {
    const bundle::Sensor* desc = nullptr;
    for (const auto& cs : c.sensors)
      if (cs.id == r.id) desc = &cs;
    auto str_or_null = [](const std::string& v) { return v.empty() ? nlohmann::json() : nlohmann::json(v); };
    nlohmann::json row = base("device");
    row.update(nlohmann::json{{"sensor", desc ? desc->name : "sensor" + std::to_string(r.id)},
                              {"kind", desc ? desc->kind : "?"},
                              {"unit", desc ? desc->unit : std::string(bundle::kCelsiusUnit)},
                              {"samples", r.samples},
                              {"peak", r.samples ? nlohmann::json(r.max_mc / 1000.0) : nlohmann::json()},
                              {"model", str_or_null(desc ? desc->model : "")},
                              {"uuid", str_or_null(desc ? desc->uuid : "")},
                              {"pci_bus_id", str_or_null(desc ? desc->location : "")},
                              {"cooling_verdict", nlohmann::json()}});
    emit(row);
  }
  return out;
}

// Whether an index file is whole: not empty and ending with its last row's
// newline. A crash before WriteIndex's final sync can leave a file empty or
// cut short under its name (Durability::kDeferred); such a file is indexed
// again.
bool WholeIndexFile(const fs::path& p) {
  sys::UniqueFd fd(::open(p.c_str(), O_RDONLY | O_NOFOLLOW | O_CLOEXEC));
  struct stat st {};
  if (!fd || ::fstat(fd.get(), &st) != 0 || !S_ISREG(st.st_mode) || st.st_size <= 0) return false;
  char last = 0;
  return ::pread(fd.get(), &last, 1, st.st_size - 1) == 1 && last == '\n';
}

// --index DIR: one NDJSON file per bundle, DIR/day=D/host=H/<sha256>.ndjson.
// A bundle whose file exists is not read again (idempotent), so indexing a
// growing spool or remote appends only what is new. The index is derived
// data, checked again when read: its files are not fsynced one by one (two
// fsyncs per bundle were most of the time of a large first run) but the
// whole filesystem once at the end.
int WriteIndex(const std::vector<fs::path>& files, const FleetOptions& o) {
  const fs::path dir = o.index_dir;
  std::optional<sys::Dir> top;
  try {
    top = sys::Dir::OpenOrCreate(dir, 0755);
  } catch (const sys::SysError& e) {
    throw OutputError(e.what());
  }
  std::set<std::string> have;
  std::error_code ec;
  for (auto it = fs::recursive_directory_iterator(dir, ec); !ec && it != fs::recursive_directory_iterator();
       it.increment(ec)) {
    const std::string n = it->path().filename().string();
    if (n.size() == 64 + 7 && n.ends_with(".ndjson") && WholeIndexFile(it->path())) have.insert(n.substr(0, 64));
  }
  std::atomic<size_t> added{0}, known{0}, skipped{0};
  std::mutex err_mu;
  std::string first_err;
  ParallelFor(files.size(), Jobs(o.jobs, files.size()), [&](size_t i) {
    std::string sha;
    try {
      sha = FileSha256(files[i]);
    } catch (const std::exception&) {
      skipped++;
      return;
    }
    if (have.count(sha)) {
      known++;
      return;
    }
    std::optional<BundleDetail> detail;
    BundleFacts f = Collect(files[i], o.limits, &detail);
    if (!f.error.empty() || !detail) {
      skipped++;
      return;
    }
    const std::string day = IsoTime(f.wall_ns).substr(0, 10);
    try {
      top->SubOrCreate("day=" + PartitionValue(day.empty() ? "unknown" : day), 0755)
          .SubOrCreate("host=" + PartitionValue(f.host), 0755)
          .Replace(sha + ".ndjson", FleetIndexRows(f, *detail, sha, day), 0640, sys::Durability::kDeferred);
      added++;
    } catch (const std::exception& e) {
      std::lock_guard<std::mutex> l(err_mu);
      if (first_err.empty()) first_err = e.what();
    }
  });
  try {
    top->SyncFilesystem();
  } catch (const sys::SysError& e) {
    if (first_err.empty()) first_err = e.what();
  }
  if (!first_err.empty()) throw OutputError(first_err);
  std::printf("indexed %zu new bundle(s) into %s (%zu already indexed, %zu skipped as unreadable)\n", added.load(),
              dir.c_str(), known.load(), skipped.load());
  return kOk;
}

}  // namespace

int Fleet(const FleetOptions& o) {
  fs::path root = o.source;
  std::optional<fs::path> scratch;
  std::error_code ec;
  if (!fs::exists(root, ec) && LooksRemote(o.source)) {
    std::string t = (fs::temp_directory_path() / "tempmon-fleet-XXXXXX").string();
    if (!::mkdtemp(t.data())) throw OutputError("cannot create a scratch folder in " + fs::temp_directory_path().string());
    scratch = t;
    root = t;
    int rc = CopyFromRemote(o, root);
    if (rc != 0) {
      fs::remove_all(*scratch, ec);
      std::fprintf(stderr, "tempmon-report fleet: rclone could not copy %s (status %d)\n", o.source.c_str(), rc);
      return kUnreadable;
    }
  }
  struct Cleanup {
    std::optional<fs::path>& p;
    ~Cleanup() {
      std::error_code e;
      if (p) fs::remove_all(*p, e);
    }
  } cleanup{scratch};
  if (!fs::is_directory(root, ec)) {
    std::fprintf(stderr, "tempmon-report fleet: %s is neither a folder nor an rclone remote (remote:path)\n",
                 o.source.c_str());
    return kUsage;
  }

  const std::vector<fs::path> files = ScanBundles(root);
  if (!o.index_dir.empty()) return WriteIndex(files, o);

  // Each bundle is read, verified and analysed on its own, on every core.
  std::vector<BundleFacts> facts(files.size());
  ParallelFor(files.size(), Jobs(o.jobs, files.size()), [&](size_t i) { facts[i] = Collect(files[i], o.limits); });
  const FleetTable table = Aggregate(facts);
  WriteOutput(o.out, o.format == "json" ? RenderJson(table, root) : o.format == "csv" ? RenderCsv(table) : RenderText(table, root));
  if (!o.html_dir.empty()) WriteHtmlOverview(table, root, facts, o);
  return kOk;
}

}  // namespace tempmon::report
