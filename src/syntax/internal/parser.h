// Internal to syntax/. Parser builds a labelled projective dependency tree
// with the arc-hybrid transition system (Kuhlmann, Gomez-Rodriguez and Satta
// 2011): SHIFT moves the next word onto the stack, LEFT-l makes the next
// word the head of the stack top, RIGHT-l makes the word under the stack
// top its head. The root is a virtual word after the sentence. A greedy
// averaged perceptron over hashed features (after Zhang and Nivre 2011)
// picks each transition; it is trained with the dynamic oracle of Goldberg
// and Nivre (2013), exploring its own mistakes. Immutable once trained or
// read; safe for concurrent use.
#ifndef NEWSGRAPH_SYNTAX_INTERNAL_PARSER_H_
#define NEWSGRAPH_SYNTAX_INTERNAL_PARSER_H_

#include <cstdint>
#include <functional>
#include <string>
#include <vector>

#include "syntax/internal/linear.h"
#include "syntax/internal/word_features.h"
#include "util/binary_io.h"

namespace newsgraph::syntax {

// One parsed (or gold) sentence: heads are 0-based word indices, and
// words.size() for the root; labels index the model's label list.
struct ParserSentence {
  std::vector<WordHashes> words;
  std::vector<uint8_t> tags;
  std::vector<int> heads;
  std::vector<uint8_t> labels;
};

// Defaults: the shipped model's settings (models/README.md).
struct ParserTrainOptions {
  int epochs = 18;
  uint64_t seed = 1;
  // From this epoch (0-based) on, follow the model's own prediction with
  // probability `explore_p` even when it is wrong.
  int explore_from = 1;
  double explore_p = 0.9;
  // Beam width: 1 trains a greedy parser with the dynamic oracle; more
  // trains a global model with beam search and the max-violation update.
  int beam = 1;
  // Averaged weights below this magnitude are dropped from the model.
  float min_weight = 0.5f;
  // Features updated fewer times than this while training are dropped.
  uint32_t min_updates = 3;
  // Called after each epoch with the epoch (1-based) and the model as it
  // stands (averaged), e.g. to score a development set.
  std::function<void(int, const class Parser&)> after_epoch;
};

class Parser {
 public:
  Parser() = default;
  // Parses one sentence of words and their tags into *heads and *labels.
  void Parse(const std::vector<WordHashes>& words, const std::vector<uint8_t>& tags,
             std::vector<int>* heads, std::vector<uint8_t>* labels) const;

  // Trains on `data`; `n_labels` labels, of which `root_label` is the
  // root's. Non-projective trees are made projective first (lifting arcs).
  // coarse_of_tag[t] is the coarse class (the UPOS) of tag t.
  static Parser Train(const std::vector<ParserSentence>& data, int n_labels, int root_label,
                      const std::vector<uint8_t>& coarse_of_tag, const ParserTrainOptions& options,
                      const std::function<void(const std::string&)>& log);

  void Write(util::BinaryWriter* out) const;
  bool Read(util::BinaryReader* in);
  size_t num_features() const { return model_.num_rows(); }
  size_t num_weights() const { return model_.num_weights(); }
  int num_labels() const { return n_labels_; }
  int beam() const { return beam_; }
  // Parses with this beam width (1: greedy) instead of the trained one.
  void set_beam(int width) { beam_ = width < 1 ? 1 : width; }
  // Drops weights smaller than `min_abs` (a smaller, slightly less accurate model).
  void Prune(float min_abs) { model_ = model_.Pruned(min_abs); }

 private:
  LinearModel model_;
  int n_labels_ = 0;
  int root_label_ = 0;
  int beam_ = 1;
  std::vector<uint8_t> coarse_;
};

// Makes the tree projective by lifting non-projective arcs to the head's
// head, shortest arcs first; returns the number of arcs lifted. `heads` as
// in ParserSentence.
int Projectivize(std::vector<int>* heads);

}  // namespace newsgraph::syntax

#endif  // NEWSGRAPH_SYNTAX_INTERNAL_PARSER_H_
