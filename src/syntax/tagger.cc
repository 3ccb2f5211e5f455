#include "syntax/internal/tagger.h"

#include <algorithm>
#include <map>
#include <unordered_map>

#include "syntax/internal/hash.h"

namespace newsgraph::syntax {
namespace {

constexpr uint64_t kStart = 0x5354415254ULL;  // a word before the sentence
constexpr uint64_t kEnd = 0x454e44ULL;        // a word after it
constexpr int kMaxFeatures = 48;

// The features of word i given the two previous tags (tag + 1; 0 = start)
// and, in the second pass, the first pass's tags of the whole sentence.
int Features(const std::vector<WordHashes>& w, size_t i, uint64_t p1, uint64_t p2,
             const std::vector<uint8_t>* first, uint64_t* f) {
  auto lower = [&](long j) {
    if (j < 0) return kStart;
    if (j >= static_cast<long>(w.size())) return kEnd;
    return w[j].lower;
  };
  auto suffix3 = [&](long j) {
    if (j < 0) return kStart;
    if (j >= static_cast<long>(w.size())) return kEnd;
    return w[j].suffix[2];
  };
  auto shape = [&](long j) {
    if (j < 0) return kStart;
    if (j >= static_cast<long>(w.size())) return kEnd;
    return w[j].shape;
  };
  long k = static_cast<long>(i);
  const WordHashes& h = w[i];
  int n = 0;
  f[n++] = FeatureKey(0, 0);
  f[n++] = FeatureKey(1, h.lower);
  f[n++] = FeatureKey(2, h.cased);
  for (int s = 0; s < 4; ++s) f[n++] = FeatureKey(3 + s, h.suffix[s]);
  for (int p = 0; p < 3; ++p) f[n++] = FeatureKey(7 + p, h.prefix[p]);
  f[n++] = FeatureKey(10, h.shape);
  f[n++] = FeatureKey(11, p1);
  f[n++] = FeatureKey(12, p1, p2);
  f[n++] = FeatureKey(13, p1, h.lower);
  f[n++] = FeatureKey(14, lower(k - 1));
  f[n++] = FeatureKey(15, suffix3(k - 1));
  f[n++] = FeatureKey(16, lower(k - 2));
  f[n++] = FeatureKey(17, lower(k + 1));
  f[n++] = FeatureKey(18, suffix3(k + 1));
  f[n++] = FeatureKey(19, lower(k + 2));
  f[n++] = FeatureKey(20, shape(k - 1), h.shape);
  f[n++] = FeatureKey(21, h.shape, shape(k + 1));
  f[n++] = FeatureKey(22, lower(k - 1), h.lower);
  f[n++] = FeatureKey(23, h.lower, lower(k + 1));
  f[n++] = FeatureKey(24, i == 0, h.first_upper);
  f[n++] = FeatureKey(25, p1, h.suffix[2]);
  f[n++] = FeatureKey(26, suffix3(k + 1), shape(k + 1));
  f[n++] = FeatureKey(27, p1, lower(k + 1));
  if (first != nullptr) {
    auto tag = [&](long j) -> uint64_t {
      if (j < 0 || j >= static_cast<long>(w.size())) return 0;
      return static_cast<uint64_t>((*first)[j]) + 1;
    };
    f[n++] = FeatureKey(40, tag(k + 1));
    f[n++] = FeatureKey(41, tag(k + 1), tag(k + 2));
    f[n++] = FeatureKey(42, tag(k + 1), h.lower);
    f[n++] = FeatureKey(43, p1, tag(k + 1));
    f[n++] = FeatureKey(44, tag(k));
    f[n++] = FeatureKey(45, tag(k), h.lower);
    f[n++] = FeatureKey(46, tag(k), h.suffix[2]);
    f[n++] = FeatureKey(47, tag(k + 1), h.suffix[2]);
    f[n++] = FeatureKey(48, tag(k + 1), lower(k + 1));
    f[n++] = FeatureKey(49, tag(k - 1), tag(k), tag(k + 1));
  }
  return n;
}

}  // namespace

void Tagger::TagPass(const LinearModel& model, const std::vector<WordHashes>& words,
                     const std::vector<uint8_t>* first, std::vector<uint8_t>* tags) const {
  tags->resize(words.size());
  uint64_t f[kMaxFeatures];
  std::vector<float> scores(model.n_classes());
  uint64_t p1 = 0, p2 = 0;
  for (size_t i = 0; i < words.size(); ++i) {
    int tag = DictTag(words[i].lower);
    if (tag < 0) {
      int n = Features(words, i, p1, p2, first, f);
      std::fill(scores.begin(), scores.end(), 0.0f);
      model.Score(f, n, scores.data());
      tag = static_cast<int>(std::max_element(scores.begin(), scores.end()) - scores.begin());
    }
    (*tags)[i] = static_cast<uint8_t>(tag);
    p2 = p1;
    p1 = static_cast<uint64_t>(tag) + 1;
  }
}

void Tagger::Tag(const std::vector<WordHashes>& words, std::vector<uint8_t>* tags) const {
  if (second_.n_classes() == 0) {
    TagPass(model_, words, nullptr, tags);
    return;
  }
  thread_local std::vector<uint8_t> first;
  TagPass(model_, words, nullptr, &first);
  TagPass(second_, words, &first, tags);
}

LinearModel Tagger::TrainPass(const std::vector<TaggedWords>& data, int n_tags,
                              const std::vector<std::vector<uint8_t>>* first,
                              const TaggerTrainOptions& options,
                              const std::function<void(const std::string&)>& log) const {
  PerceptronTrainer trainer(n_tags);
  std::vector<size_t> order(data.size());
  for (size_t i = 0; i < order.size(); ++i) order[i] = i;
  Rng rng(options.seed);
  uint64_t f[kMaxFeatures];
  std::vector<float> scores(n_tags);
  for (int epoch = 0; epoch < options.epochs; ++epoch) {
    Shuffle(order.data(), order.size(), &rng);
    size_t seen = 0, right = 0;
    for (size_t si : order) {
      const TaggedWords& s = data[si];
      const std::vector<uint8_t>* first_tags = first != nullptr ? &(*first)[si] : nullptr;
      uint64_t p1 = 0, p2 = 0;
      for (size_t i = 0; i < s.words.size(); ++i) {
        int guess = DictTag(s.words[i].lower);
        if (guess < 0) {
          int n = Features(s.words, i, p1, p2, first_tags, f);
          std::fill(scores.begin(), scores.end(), 0.0f);
          trainer.Score(f, n, scores.data());
          guess = static_cast<int>(std::max_element(scores.begin(), scores.end()) - scores.begin());
          if (guess != s.tags[i]) {
            trainer.Update(f, n, s.tags[i], 1.0f);
            trainer.Update(f, n, guess, -1.0f);
          }
          trainer.Tick();
        }
        ++seen;
        right += guess == s.tags[i];
        // Train on the previous tags as predicted: what Tag() will see.
        p2 = p1;
        p1 = static_cast<uint64_t>(guess) + 1;
      }
    }
    if (log) {
      log(std::string(first != nullptr ? "tagger pass 2" : "tagger") + " epoch " +
          std::to_string(epoch + 1) + ": training accuracy " +
          std::to_string(static_cast<double>(right) / std::max<size_t>(seen, 1)));
    }
  }
  return trainer.Averaged(0.0f);
}

Tagger Tagger::Train(const std::vector<TaggedWords>& data, int n_tags,
                     const TaggerTrainOptions& options,
                     const std::function<void(const std::string&)>& log) {
  Tagger t;
  // The dictionary of frequent unambiguous words. std::map keeps the
  // insertion order, and so the model bytes, independent of hashing.
  std::map<uint64_t, std::map<uint8_t, int>> counts;
  for (const TaggedWords& s : data) {
    for (size_t i = 0; i < s.words.size(); ++i) ++counts[s.words[i].lower][s.tags[i]];
  }
  for (const auto& [word, by_tag] : counts) {
    int total = 0, best = 0;
    uint8_t best_tag = 0;
    for (const auto& [tag, c] : by_tag) {
      total += c;
      if (c > best) best = c, best_tag = tag;
    }
    if (total >= options.dict_min_count && best >= options.dict_ratio * total) {
      bool added = false;
      t.dict_.Insert(word, &added);
      t.dict_tags_.push_back(best_tag);
    }
  }
  t.model_ = t.TrainPass(data, n_tags, nullptr, options, log);
  if (options.second_pass_folds < 2) return t;
  // The second pass learns from first-pass tags of the right context, as
  // predicted by first-pass models that did not see the sentence.
  const size_t folds = static_cast<size_t>(options.second_pass_folds);
  std::vector<std::vector<uint8_t>> first(data.size());
  for (size_t fold = 0; fold < folds; ++fold) {
    std::vector<TaggedWords> rest;
    for (size_t i = 0; i < data.size(); ++i) {
      if (i % folds != fold) rest.push_back(data[i]);
    }
    LinearModel m = t.TrainPass(rest, n_tags, nullptr, options, nullptr);
    for (size_t i = fold; i < data.size(); i += folds)
      t.TagPass(m, data[i].words, nullptr, &first[i]);
  }
  t.second_ = t.TrainPass(data, n_tags, &first, options, log);
  return t;
}

// Layout: linear model, u8 has second pass, [linear model], u32 dictionary size, then per entry u64
// word hash and u8 tag, in insertion order.
void Tagger::Write(util::BinaryWriter* out) const {
  model_.Write(out);
  out->U8(second_.n_classes() > 0);
  if (second_.n_classes() > 0) second_.Write(out);
  std::vector<uint64_t> words(dict_tags_.size());
  dict_.ForEach([&](uint64_t key, uint32_t row) { words[row] = key; });
  out->U32(static_cast<uint32_t>(words.size()));
  for (size_t i = 0; i < words.size(); ++i) {
    out->U64(words[i]);
    out->U8(dict_tags_[i]);
  }
}

bool Tagger::Read(util::BinaryReader* in) {
  if (!model_.Read(in)) return false;
  second_ = LinearModel();
  if (in->U8() != 0 && (!second_.Read(in) || second_.n_classes() != model_.n_classes())) {
    return false;
  }
  uint32_t n = in->Count(9);
  dict_ = KeyTable();
  dict_.Reserve(n);
  dict_tags_.clear();
  for (uint32_t i = 0; i < n && in->ok(); ++i) {
    uint64_t word = in->U64();
    uint8_t tag = in->U8();
    bool added = false;
    if (word == 0 || tag >= model_.n_classes()) return false;
    if (dict_.Insert(word, &added) != i || !added) return false;
    dict_tags_.push_back(tag);
  }
  return in->ok();
}

}  // namespace newsgraph::syntax
