// Training a syntax Model from a Universal Dependencies treebank in CoNLL-U,
// and scoring a model against gold trees with the CoNLL 2018 rules.
//
//   std::vector<syntax::ConlluSentence> train, dev;
//   syntax::ReadConlluFile(".../en_ewt-ud-train.conllu", &train);
//   syntax::TrainOptions options;            // defaults: the shipped model's settings
//   std::unique_ptr<syntax::Model> model;
//   Status s = syntax::TrainModel(train, &dev, options, &model);
//
// Training is deterministic: the same treebank and options give the same
// model bytes (fixed seeds, no hashing that varies between builds). Single
// threaded; about a minute per parser epoch on EWT on one core.
#ifndef NEWSGRAPH_SYNTAX_TRAIN_H_
#define NEWSGRAPH_SYNTAX_TRAIN_H_

#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "syntax/conllu.h"
#include "syntax/internal/parser.h"
#include "syntax/internal/tagger.h"
#include "syntax/model.h"
#include "util/status.h"

namespace newsgraph::syntax {

struct TrainOptions {
  TaggerTrainOptions tagger;
  ParserTrainOptions parser;  // after_epoch is set by TrainModel when dev is given
  // The parser trains on tags predicted by taggers trained on the other
  // folds (jackknifing), as it will see predicted tags; 0 or 1: gold tags.
  int jackknife_folds = 10;
  // Stored in the model file: where the treebank came from, its licence.
  std::string description;
  // Progress lines (one per epoch) when set.
  std::function<void(const std::string&)> log;
};

struct ParseScores {
  size_t words = 0;
  double upos = 0, xpos = 0, lemma = 0, uas = 0, las = 0;
};

// Trains a model on `train`. When `dev` is given, the parser's attachment
// scores on it are logged after each epoch. Errors: InvalidArgument when the
// treebank has no words, more than 255 tags, more than 127 labels, or no
// "root" label.
Status TrainModel(const std::vector<ConlluSentence>& train, const std::vector<ConlluSentence>* dev,
                  const TrainOptions& options, std::unique_ptr<Model>* result);

// Analyzes each gold sentence's words with `model` and scores the result as
// ../shared/eval/conllu_score.py does: UPOS, XPOS, lemma (case-insensitive),
// UAS (head), LAS (head and the universal part of the label, before ':').
ParseScores ScoreModel(const Model& model, const std::vector<ConlluSentence>& gold);

// Fills LEMMA, UPOS, XPOS, HEAD and DEPREL of `sentence` from the model's
// analysis of its words; the other columns are kept.
void AnnotateConllu(const Model& model, ConlluSentence* sentence);

}  // namespace newsgraph::syntax

#endif  // NEWSGRAPH_SYNTAX_TRAIN_H_
