#include "syntax/internal/lemmatizer.h"

#include <algorithm>
#include <map>
#include <set>
#include <tuple>

#include "syntax/internal/hash.h"

namespace newsgraph::syntax {
namespace {

constexpr size_t kMaxSuffix = 7;
constexpr int kMinRuleSupport = 2;

uint64_t ExceptionKey(std::string_view lower, int tag) {
  uint64_t h = Combine(HashBytes(lower), static_cast<uint64_t>(tag) + 1);
  return h == 0 ? 1 : h;
}

uint64_t RuleKey(std::string_view suffix, int tag) {
  uint64_t h = Combine(HashBytes(suffix), static_cast<uint64_t>(tag) + 1000);
  return h == 0 ? 1 : h;
}

}  // namespace

std::string LowerCase(std::string_view s) {
  std::string out(s);
  for (size_t i = 0; i < out.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(out[i]);
    if (c >= 'A' && c <= 'Z') {
      out[i] = static_cast<char>(c + 32);
    } else if (c == 0xc3 && i + 1 < out.size()) {  // U+00C0..U+00DE
      unsigned char d = static_cast<unsigned char>(out[i + 1]);
      if (d >= 0x80 && d <= 0x9e && d != 0x97) out[i + 1] = static_cast<char>(d + 0x20);
      ++i;
    }
  }
  return out;
}

const Lemmatizer::Rule* Lemmatizer::FindRule(std::string_view lower, int tag) const {
  for (size_t k = std::min(kMaxSuffix, lower.size()); k >= 1; --k) {
    uint32_t r = rule_index_.Find(RuleKey(lower.substr(lower.size() - k), tag));
    if (r != KeyTable::kMissing) return &rules_[r];
  }
  return nullptr;
}

std::string Lemmatizer::ApplyRules(std::string_view lower, int tag) const {
  const Rule* rule = FindRule(lower, tag);
  if (rule == nullptr || rule->strip >= lower.size()) return std::string(lower);
  std::string out(lower.substr(0, lower.size() - rule->strip));
  out += rule->append;
  return out;
}

std::string Lemmatizer::Lemma(std::string_view form, int tag, bool keep_case) const {
  std::string lower = LowerCase(form);
  uint32_t e = exception_index_.Find(ExceptionKey(lower, tag));
  std::string lemma = e != KeyTable::kMissing ? exceptions_[e] : ApplyRules(lower, tag);
  if (keep_case && lemma.size() <= form.size() && lemma.size() > 0 &&
      LowerCase(form.substr(0, lemma.size())) == lemma) {
    return std::string(form.substr(0, lemma.size())) + "";
  }
  return lemma;
}

Lemmatizer Lemmatizer::Train(const std::vector<LemmaExample>& examples) {
  // Word types with their most frequent lemma (ties: the smaller string).
  std::map<std::pair<std::string, int>, std::map<std::string, int>> types;
  for (const LemmaExample& e : examples) {
    if (e.lemma.empty() || e.lemma == "_") continue;
    ++types[{LowerCase(e.form), e.tag}][LowerCase(e.lemma)];
  }
  std::map<std::pair<std::string, int>, std::string> lemma_of;
  for (const auto& [key, lemmas] : types) {
    const std::string* best = nullptr;
    int best_count = 0;
    for (const auto& [lemma, c] : lemmas) {
      if (c > best_count) best = &lemma, best_count = c;
    }
    lemma_of[key] = *best;
  }
  // Suffix rules: for each (tag, suffix) the transformation most word types
  // with that suffix take.
  using Transform = std::pair<int, std::string>;  // strip, append
  std::map<std::pair<int, std::string>, std::map<Transform, int>> votes;
  for (const auto& [key, lemma] : lemma_of) {
    const std::string& form = key.first;
    size_t common = 0;
    while (common < form.size() && common < lemma.size() && form[common] == lemma[common]) ++common;
    Transform t{static_cast<int>(form.size() - common), lemma.substr(common)};
    if (t.first > 255) continue;
    for (size_t k = std::max<size_t>(1, t.first); k <= std::min(kMaxSuffix, form.size()); ++k) {
      ++votes[{key.second, form.substr(form.size() - k)}][t];
    }
  }
  Lemmatizer lz;
  for (const auto& [key, by_transform] : votes) {
    const Transform* best = nullptr;
    int best_count = 0, total = 0;
    for (const auto& [t, c] : by_transform) {
      total += c;
      if (c > best_count) best = &t, best_count = c;
    }
    if (best_count < kMinRuleSupport) continue;
    bool added = false;
    lz.rule_index_.Insert(RuleKey(key.second, key.first), &added);
    lz.rules_.push_back({static_cast<uint8_t>(best->first), best->second});
  }
  // Exceptions: the types the rules get wrong.
  for (const auto& [key, lemma] : lemma_of) {
    if (lz.ApplyRules(key.first, key.second) == lemma) continue;
    bool added = false;
    lz.exception_index_.Insert(ExceptionKey(key.first, key.second), &added);
    if (added) lz.exceptions_.push_back(lemma);
  }
  return lz;
}

// Layout: u32 rules, each u64 key, u8 strip, str append; u32 exceptions,
// each u64 key, str lemma. Entries in insertion order.
void Lemmatizer::Write(util::BinaryWriter* out) const {
  std::vector<uint64_t> keys(rules_.size());
  rule_index_.ForEach([&](uint64_t key, uint32_t row) { keys[row] = key; });
  out->U32(static_cast<uint32_t>(rules_.size()));
  for (size_t i = 0; i < rules_.size(); ++i) {
    out->U64(keys[i]);
    out->U8(rules_[i].strip);
    out->Str(rules_[i].append);
  }
  keys.assign(exceptions_.size(), 0);
  exception_index_.ForEach([&](uint64_t key, uint32_t row) { keys[row] = key; });
  out->U32(static_cast<uint32_t>(exceptions_.size()));
  for (size_t i = 0; i < exceptions_.size(); ++i) {
    out->U64(keys[i]);
    out->Str(exceptions_[i]);
  }
}

bool Lemmatizer::Read(util::BinaryReader* in) {
  *this = Lemmatizer();
  uint32_t n = in->Count(13);
  for (uint32_t i = 0; i < n && in->ok(); ++i) {
    uint64_t key = in->U64();
    Rule r;
    r.strip = in->U8();
    r.append = in->Str();
    bool added = false;
    if (key == 0 || rule_index_.Insert(key, &added) != i || !added) return false;
    rules_.push_back(std::move(r));
  }
  n = in->Count(12);
  for (uint32_t i = 0; i < n && in->ok(); ++i) {
    uint64_t key = in->U64();
    std::string lemma = in->Str();
    bool added = false;
    if (key == 0 || exception_index_.Insert(key, &added) != i || !added) return false;
    exceptions_.push_back(std::move(lemma));
  }
  return in->ok();
}

}  // namespace newsgraph::syntax
