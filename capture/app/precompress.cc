#include "capture/app/precompress.h"

#include <pthread.h>
#include <sched.h>
#include <sys/resource.h>
#include <sys/syscall.h>
#include <unistd.h>

#include <algorithm>
#include <iostream>

#include "tempmon/bundle/samples_csv.h"

namespace tempmon::capture {

Precompressor::Precompressor(uint64_t keep_ns, uint64_t period_ns)
    : keep_ns_(keep_ns), period_ns_(period_ns), worker_([this](std::stop_token st) { Work(st); }) {}

Precompressor::~Precompressor() {
  worker_.request_stop();
  cv_.notify_all();
}

uint64_t Precompressor::PeriodFor(uint64_t pre_ns) { return std::max<uint64_t>(5'000'000'000ull, pre_ns / 7); }

void Precompressor::Reset() {
  batches_.clear();
  streams_.clear();
  next_no_ = 0;
  waiting_bytes_ = 0;
}

void Precompressor::Update(const RingSource& ring) {
  std::lock_guard l(mu_);
  bool wake = false;
  if (ring.RowsGeneration() != gen_) {
    // Every row formatted again (a sensor renamed): streams of the old
    // rows would not continue into the new ones.
    Reset();
    gen_ = ring.RowsGeneration();
  }
  for (RingSource::RowBatch& b : ring.RowBatchesFrom(next_no_)) {
    next_no_ = b.no + 1;
    waiting_bytes_ += b.text->size();
    if (streams_.empty() || b.first_mono_ns >= streams_.back()->first_mono_ns + period_ns_) {
      auto s = std::make_shared<Stream>();
      s->start_no = s->next_no = b.no;
      s->first_seq = b.first_seq;
      s->first_mono_ns = b.first_mono_ns;
      streams_.push_back(std::move(s));
      wake = true;
    }
    batches_.push_back(std::move(b));
  }
  // A stream whose first sample left the history can no longer begin a
  // window; one older than the latest start a window may need, never will.
  const uint64_t oldest = ring.OldestSeq(), newest = ring.NewestMono();
  while (!streams_.empty() && streams_.front()->first_seq < oldest) streams_.pop_front();
  while (streams_.size() > 1 && streams_[1]->first_mono_ns + keep_ns_ <= newest) streams_.pop_front();
  while (!batches_.empty() && (streams_.empty() || batches_.front().no < streams_.front()->start_no))
    batches_.pop_front();
  // The first stream is the one a trigger takes now (the latest start at or
  // before newest - keep, or the oldest), the second the one it will take
  // next: only those two are compressed. A later one gets its context when
  // it moves up, with a period's time to catch up before a trigger needs
  // it: each row is still compressed once per stream, but two contexts
  // are held instead of one per period of the window.
  for (size_t i = 0; i < std::min<size_t>(2, streams_.size()); ++i)
    if (!streams_[i]->active) {
      streams_[i]->active = true;
      wake = true;
    }
  if (wake || waiting_bytes_ >= kPiece) {
    waiting_bytes_ = 0;
    work_ = true;
    if (!paused_) cv_.notify_one();
  }
}

void Precompressor::Work(std::stop_token stop) {
  // Behind the capture's own threads, and behind everyone's in a service
  // that runs SCHED_RR (TEMPMON_CAPTURE_PROTECT=sched, which threads
  // inherit): an ordinary task at nice 10. The trigger path continues what
  // is not done yet itself.
  const sched_param ordinary{};
  ::pthread_setschedparam(::pthread_self(), SCHED_OTHER, &ordinary);
  ::setpriority(PRIO_PROCESS, static_cast<id_t>(::syscall(SYS_gettid)), 10);
  std::string header(bundle::kSamplesHeader);
  header += '\n';
  while (!stop.stop_requested()) {
    std::vector<std::shared_ptr<Stream>> streams;
    std::vector<RingSource::RowBatch> batches;
    {
      std::unique_lock l(mu_);
      if (!cv_.wait(l, stop, [this] { return work_ && !paused_; })) return;
      work_ = false;
      for (const std::shared_ptr<Stream>& s : streams_)
        if (s->active) streams.push_back(s);
      batches.assign(batches_.begin(), batches_.end());
    }
    for (const std::shared_ptr<Stream>& s : streams) {
      for (;;) {
        {
          std::lock_guard l(mu_);
          if (paused_ || stop.stop_requested()) break;
        }
        std::lock_guard l(s->m);
        if (batches.empty() || s->next_no < batches.front().no || s->next_no > batches.back().no) break;
        const std::string& text = *batches[s->next_no - batches.front().no].text;
        try {
          if (!s->csv) {
            s->csv = std::make_unique<bundle::PrecompressedMember>();
            s->csv->Feed(header);
          }
          const size_t n = std::min(kPiece, text.size() - s->next_off);
          s->csv->Feed(std::string_view(text).substr(s->next_off, n));
          s->next_off += n;
          if (s->next_off == text.size()) {
            ++s->next_no;
            s->next_off = 0;
          }
          s->csv->Flush();
        } catch (const std::exception& e) {
          // Out of memory: this stream is left out (a window it would
          // have begun is compressed at its trigger instead).
          std::cerr << "tempmon-capture: background compression of samples.csv stopped: " << e.what() << "\n";
          s->csv.reset();
          s->next_no = UINT64_MAX;
          break;
        }
      }
    }
  }
}

std::unique_ptr<Precompressor::Taken> Precompressor::Take(uint64_t first_seq, uint64_t not_before_mono_ns) {
  std::shared_ptr<Stream> s;
  std::vector<RingSource::RowBatch> batches;
  {
    std::lock_guard l(mu_);
    paused_ = true;
    for (auto it = streams_.rbegin(); it != streams_.rend(); ++it)
      if ((*it)->first_seq <= first_seq) {
        s = *it;
        break;
      }
    if (!s || s->first_mono_ns < not_before_mono_ns) return nullptr;
    for (const RingSource::RowBatch& b : batches_)
      if (b.no >= s->start_no) batches.push_back(b);
  }
  std::lock_guard l(s->m);
  if (!s->csv) return nullptr;
  auto t = std::make_unique<Taken>();
  t->first_seq = s->first_seq;
  t->first_mono_ns = s->first_mono_ns;
  for (const RingSource::RowBatch& b : batches) {
    if (b.no < s->next_no) {
      t->texts.push_back(b.text);
      t->last_fed = b.text->size();
    } else if (b.no == s->next_no && s->next_off > 0) {
      t->texts.push_back(b.text);
      t->last_fed = s->next_off;
    }
  }
  t->csv = std::move(s->csv);
  // Made again from its start after Resume().
  s->next_no = s->start_no;
  s->next_off = 0;
  return t;
}

void Precompressor::Resume() {
  std::lock_guard l(mu_);
  paused_ = false;
  work_ = true;
  cv_.notify_one();
}

bool Precompressor::Continues(const Taken& t, const std::vector<std::string_view>& pieces) {
  if (pieces.size() < t.texts.size()) return false;
  for (size_t k = 0; k < t.texts.size(); ++k) {
    const std::string& text = *t.texts[k];
    const bool last = k + 1 == t.texts.size();
    if (pieces[k].data() != text.data()) return false;
    if (last ? pieces[k].size() < t.last_fed : pieces[k].size() != text.size()) return false;
  }
  return true;
}

size_t Precompressor::Streams() const {
  std::lock_guard l(mu_);
  return streams_.size();
}

size_t Precompressor::Compressing() const {
  std::vector<std::shared_ptr<Stream>> streams;
  {
    std::lock_guard l(mu_);
    streams.assign(streams_.begin(), streams_.end());
  }
  size_t n = 0;
  for (const auto& s : streams) {
    std::lock_guard l(s->m);
    n += s->csv != nullptr;
  }
  return n;
}

}  // namespace tempmon::capture
