#include "capture/cooling/baseline_store.h"

#include <stdexcept>

namespace tempmon::cooling {

namespace {
constexpr size_t kMaxFileBytes = 16u << 20;
}

Loaded LoadBaselines(const sys::Dir& state) {
  Loaded out;
  try {
    std::optional<std::string> text = state.ReadFile(kBaselineFile);
    if (!text) return out;
    if (text->size() > kMaxFileBytes) throw std::runtime_error("cooling baselines: file larger than 16 MiB");
    out.baselines = BaselinesFromJson(*text);
  } catch (const std::exception& e) {
    out.baselines.clear();
    out.error = state.Name(kBaselineFile) + ": " + e.what() + "; learning afresh";
  }
  return out;
}

void SaveBaselines(const sys::Dir& state, const std::vector<const Baseline*>& devices) {
  state.Replace(kBaselineFile, BaselinesToJson(devices), 0644);
}

bool ResetBaseline(const sys::Dir& state, const std::string& id) {
  std::optional<std::string> text = state.ReadFile(kBaselineFile);
  if (!text) return false;
  std::vector<Baseline> all = BaselinesFromJson(*text);
  std::vector<const Baseline*> keep;
  bool found = false;
  for (const Baseline& b : all) {
    if (b.id == id) found = true;
    else keep.push_back(&b);
  }
  if (found) SaveBaselines(state, keep);
  return found;
}

void StoreBaseline(const sys::Dir& state, const Baseline& b) {
  std::vector<Baseline> all;
  try {
    if (std::optional<std::string> text = state.ReadFile(kBaselineFile)) {
      if (text->size() > kMaxFileBytes) throw std::runtime_error("cooling baselines: file larger than 16 MiB");
      all = BaselinesFromJson(*text);
    }
  } catch (const std::exception& e) {
    throw std::runtime_error(state.Name(kBaselineFile) + ": " + e.what());
  }
  std::vector<const Baseline*> keep;
  for (const Baseline& o : all)
    if (o.id != b.id) keep.push_back(&o);
  keep.push_back(&b);
  SaveBaselines(state, keep);
}

}  // namespace tempmon::cooling
