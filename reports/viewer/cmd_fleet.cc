// The fleet view. Every bundle goes through the bundle library's reader,
// which checks each member's size and SHA-256 against the manifest: a bundle
// that fails is skipped and counted with its reason, never half-counted.
// Only the members the table needs are parsed (FleetNeeds).
#include <spawn.h>
#include <stdlib.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <cstdio>
#include <ctime>
#include <filesystem>
#include <map>
#include <mutex>
#include <optional>
#include <regex>
#include <set>
#include <sstream>
#include <thread>
#include <vector>

#include <nlohmann/json.hpp>

#include "analysis.h"
#include "bundle.h"
#include "commands.h"
#include "fleet.h"
#include "html_data.h"
#include "records.h"
#include "sample_summary.h"
#include "terminal_safe.h"

extern char** environ;

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

BundleFacts Collect(const fs::path& p, const bundle::ReadLimits& limits) {
  BundleFacts f;
  f.path = p;
  try {
    nlohmann::json manifest;
    bundle::Contents c = bundle::ReadSelected(p, FleetNeeds, &manifest, limits);
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
    auto a = bundle::Analyze(c);
    for (const auto& j : c.episodes) {
      if (!j.is_object()) continue;
      const bundle::Episode e = bundle::EpisodeFromJson(j);
      uint64_t dur = e.duration_ns.value_or(0);
      if (!dur && e.end_ns && *e.end_ns > e.start_ns) dur = *e.end_ns - e.start_ns;
      f.episodes.push_back({e.name.empty() ? "(unnamed)" : e.name, e.start_ns, dur});
    }
    for (const auto& k : a.findings) f.hangs.push_back(SplitSignature(k.signature));
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

std::string IsoTime(int64_t wall_ns) {
  if (!wall_ns) return "";
  time_t s = static_cast<time_t>(wall_ns / 1'000'000'000);
  struct tm tm {};
  gmtime_r(&s, &tm);
  char buf[32];
  std::strftime(buf, sizeof buf, "%Y-%m-%dT%H:%M:%SZ", &tm);
  return buf;
}

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

// rclone copy of the bundles under `remote` into `dir`; returns its status.
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
  std::vector<char*> a;
  for (auto& s : argv) a.push_back(s.data());
  a.push_back(nullptr);
  pid_t pid;
  if (::posix_spawnp(&pid, argv[0].c_str(), nullptr, nullptr, a.data(), environ) != 0) return 127;
  int st = 0;
  while (::waitpid(pid, &st, 0) < 0 && errno == EINTR) {
  }
  return WIFEXITED(st) ? WEXITSTATUS(st) : 128;
}

std::string PageName(const fs::path& bundle_path) {
  std::string n = bundle_path.filename().string();
  if (n.ends_with(".tar.zst")) n.resize(n.size() - 8);
  return n + ".html";
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

  std::vector<fs::path> files;
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

  // Both cores: each bundle is read, verified and analysed on its own.
  std::vector<BundleFacts> facts(files.size());
  unsigned jobs = o.jobs ? o.jobs : std::max(1u, std::thread::hardware_concurrency());
  jobs = std::min<unsigned>(jobs, std::max<size_t>(1, files.size()));
  std::atomic<size_t> next{0};
  auto work = [&] {
    for (size_t i; (i = next.fetch_add(1)) < files.size();) facts[i] = Collect(files[i], o.limits);
  };
  std::vector<std::thread> pool;
  for (unsigned t = 1; t < jobs; ++t) pool.emplace_back(work);
  work();
  for (auto& t : pool) t.join();

  std::map<std::string, HostAgg> hosts;
  std::vector<const BundleFacts*> skipped;
  std::set<std::pair<std::string, EpisodeKey>> seen_episodes;
  for (const auto& f : facts) {
    if (!f.error.empty()) {
      skipped.push_back(&f);
      continue;
    }
    HostAgg& h = hosts[f.host];
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

  size_t good = files.size() - skipped.size();
  std::string text;
  if (o.format == "json") {
    nlohmann::json j = {{"bundles", files.size()}, {"read", good}, {"skipped", nlohmann::json::array()},
                        {"hosts", nlohmann::json::array()}};
    for (const auto* f : skipped)
      j["skipped"].push_back({{"bundle", fs::relative(f->path, root).string()}, {"reason", f->error}});
    for (const auto& [host, h] : hosts) {
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
    text = j.dump(1) + "\n";
  } else if (o.format == "csv") {
    std::ostringstream c;
    c << "host,sensor,kind,peak_c,throttle_episodes,throttled_s,sensor_captures,host_captures,"
         "captures_by_trigger,hangs,first_seen,last_seen\n";
    for (const auto& [host, h] : hosts) {
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
    text = c.str();
  } else {
    std::ostringstream t;
    t << files.size() << " bundles, " << good << " read, " << skipped.size() << " skipped, "
      << hosts.size() << " hosts\n";
    for (const auto& [host, h] : hosts) {
      t << "\n" << Safe(host) << ": " << h.bundles << " captures (";
      bool first = true;
      for (const auto& [k, n] : h.captures) {
        t << (first ? "" : ", ") << Safe(k) << " " << n;
        first = false;
      }
      t << "), first " << IsoTime(h.first_ns) << ", last " << IsoTime(h.last_ns) << "\n";
      if (!h.hangs.empty()) {
        t << "  hangs:";
        for (const auto& [k, n] : h.hangs)
          t << " " << Safe(k.first) << (k.second.empty() ? "" : " " + Safe(k.second)) << " x" << n << ";";
        t << "\n";
      }
      char line[256];
      std::snprintf(line, sizeof line, "  %-20s %-8s %8s %9s %12s\n", "sensor", "kind", "peak C", "episodes", "throttled s");
      t << line;
      for (const auto& [name, s] : h.sensors) {
        std::snprintf(line, sizeof line, "  %-20s %-8s %8s %9llu %12s\n", Safe(name).c_str(), Safe(s.kind).c_str(),
                      s.peak_mc ? Fixed(*s.peak_mc / 1000.0, 1).c_str() : "-",
                      static_cast<unsigned long long>(s.episodes), Fixed(double(s.throttled_ns) / 1e9, 3).c_str());
        t << line;
      }
    }
    if (!skipped.empty()) {
      t << "\nskipped " << skipped.size() << " bundle(s) that failed verification:\n";
      for (const auto* f : skipped) t << "  " << Safe(fs::relative(f->path, root).string()) << ": " << Safe(f->error) << "\n";
    }
    text = t.str();
  }
  WriteOutput(o.out, text);

  if (!o.html_dir.empty()) {
    fs::path dir = o.html_dir;
    fs::create_directories(dir / "bundles", ec);
    if (ec) throw OutputError("cannot create " + (dir / "bundles").string() + ": " + ec.message());
    std::ostringstream h;
    h << "<!doctype html><html lang=en><head><meta charset=utf-8><title>tempmon fleet</title>"
         "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">"
         "<style>body{font:14px system-ui,sans-serif;margin:2em}table{border-collapse:collapse;margin:.5em 0 1.5em}"
         "td,th{border:1px solid #ccc;padding:.2em .6em;text-align:left}th{background:#eee}"
         ".num{text-align:right}.bad{color:#a00}</style></head><body>\n<h1>tempmon fleet</h1>\n<p id=totals>"
      << files.size() << " bundles, " << good << " read, " << skipped.size() << " skipped, " << hosts.size()
      << " hosts</p>\n";
    for (const auto& [host, a] : hosts) {
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
        h << "<li><a href=\"bundles/" << HtmlEscape(PageName(f->path)) << "\">"
          << HtmlEscape(f->path.filename().string()) << "</a> " << HtmlEscape(f->trigger) << " "
          << IsoTime(f->wall_ns) << "\n";
      h << "</ul></section>\n";
    }
    if (!skipped.empty()) {
      h << "<h2 class=bad>Skipped (failed verification)</h2><ul id=skipped>\n";
      for (const auto* f : skipped)
        h << "<li>" << HtmlEscape(fs::relative(f->path, root).string()) << ": " << HtmlEscape(f->error) << "\n";
      h << "</ul>\n";
    }
    h << "</body></html>\n";
    WriteOutput((dir / "index.html").string(), h.str());
    // Each bundle's own page, as `tempmon-report html` writes it.
    std::vector<const BundleFacts*> pages;
    for (const auto& f : facts)
      if (f.error.empty()) pages.push_back(&f);
    std::atomic<size_t> pn{0};
    std::mutex err_mu;
    std::string first_err;
    auto render = [&] {
      for (size_t i; (i = pn.fetch_add(1)) < pages.size();) {
        try {
          Html(pages[i]->path, dir / "bundles" / PageName(pages[i]->path), o.limits);
        } catch (const std::exception& e) {
          std::lock_guard<std::mutex> l(err_mu);
          if (first_err.empty()) first_err = e.what();
        }
      }
    };
    std::vector<std::thread> rp;
    for (unsigned t = 1; t < jobs; ++t) rp.emplace_back(render);
    render();
    for (auto& t : rp) t.join();
    if (!first_err.empty()) throw OutputError(first_err);
  }
  return kOk;
}

}  // namespace tempmon::report
