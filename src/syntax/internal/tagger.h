// Internal to syntax/. Tagger assigns each word one tag of a fixed tag set
// (in the model: a UPOS and XPOS pair) with a greedy left-to-right averaged
// perceptron, after Collins (2002) and Honnibal's "A good part-of-speech
// tagger in about 200 lines of Python" (2013); frequent unambiguous words
// take their tag from a dictionary. Immutable once trained or read; safe for
// concurrent use.
#ifndef NEWSGRAPH_SYNTAX_INTERNAL_TAGGER_H_
#define NEWSGRAPH_SYNTAX_INTERNAL_TAGGER_H_

#include <cstdint>
#include <functional>
#include <string>
#include <vector>

#include "syntax/internal/key_table.h"
#include "syntax/internal/linear.h"
#include "syntax/internal/word_features.h"
#include "util/binary_io.h"

namespace newsgraph::syntax {

struct TaggerTrainOptions {
  int epochs = 10;
  uint64_t seed = 1;
  // A word seen at least this often with one tag at least `dict_ratio` of the
  // time is tagged from the dictionary.
  int dict_min_count = 20;
  double dict_ratio = 0.97;
  // A second pass that also sees the first pass's tags of the next words,
  // trained on first-pass tags predicted by models trained on the other
  // folds; 0 or 1: one pass.
  int second_pass_folds = 0;
};

// One training sentence: its words' hashes and gold tags.
struct TaggedWords {
  std::vector<WordHashes> words;
  std::vector<uint8_t> tags;
};

class Tagger {
 public:
  Tagger() = default;
  // Tags `words` into *tags (resized).
  void Tag(const std::vector<WordHashes>& words, std::vector<uint8_t>* tags) const;

  // Trains on `data` (tags < n_tags). `log` receives one line per epoch when set.
  static Tagger Train(const std::vector<TaggedWords>& data, int n_tags,
                      const TaggerTrainOptions& options,
                      const std::function<void(const std::string&)>& log);

  void Write(util::BinaryWriter* out) const;
  bool Read(util::BinaryReader* in);
  size_t num_features() const { return model_.num_rows(); }
  int num_classes() const { return model_.n_classes(); }

 private:
  // The tag from the dictionary, or -1.
  int DictTag(uint64_t lower) const {
    uint32_t r = dict_.Find(lower);
    return r == KeyTable::kMissing ? -1 : dict_tags_[r];
  }

  void TagPass(const LinearModel& model, const std::vector<WordHashes>& words,
               const std::vector<uint8_t>* first, std::vector<uint8_t>* tags) const;
  LinearModel TrainPass(const std::vector<TaggedWords>& data, int n_tags,
                        const std::vector<std::vector<uint8_t>>* first,
                        const TaggerTrainOptions& options,
                        const std::function<void(const std::string&)>& log) const;

  LinearModel model_;   // the first (left-to-right) pass
  LinearModel second_;  // the second pass; n_classes() == 0 when absent
  KeyTable dict_;       // lower-case word hash -> index into dict_tags_
  std::vector<uint8_t> dict_tags_;
};

}  // namespace newsgraph::syntax

#endif  // NEWSGRAPH_SYNTAX_INTERNAL_TAGGER_H_
