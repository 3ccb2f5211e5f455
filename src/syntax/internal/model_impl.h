// Internal to syntax/. The parts of a Model, shared by model.cc (loading,
// analysis) and train.cc (building).
#ifndef NEWSGRAPH_SYNTAX_INTERNAL_MODEL_IMPL_H_
#define NEWSGRAPH_SYNTAX_INTERNAL_MODEL_IMPL_H_

#include <memory>
#include <string>
#include <vector>

#include "syntax/internal/lemmatizer.h"
#include "syntax/internal/parser.h"
#include "syntax/internal/tagger.h"
#include "syntax/model.h"

namespace newsgraph::syntax {

struct Model::Impl {
  std::string description;
  std::vector<std::string> tag_names;  // "UPOS XPOS"
  std::vector<Upos> tag_upos;          // per tag
  std::vector<std::string> xpos;       // per tag
  std::vector<std::string> labels;
  Tagger tagger;
  Lemmatizer lemmatizer;
  Parser parser;
  ModelInfo info;

  // Fills tag_upos and xpos from tag_names; false on an unknown UPOS.
  bool IndexTags();
  void FillInfo(size_t file_bytes);
  // Tags and lemmatizes `words`, and parses them when `parse`.
  void Run(const std::vector<std::string_view>& words, bool parse, ParsedSentence* out) const;
};

// Builds a Model from parts (for the trainer).
class ModelBuilder {
 public:
  static std::unique_ptr<Model> Build(std::unique_ptr<Model::Impl> impl);
  // The parts of a model, to change them (tests, experiments). Call
  // Refresh after a change.
  static Model::Impl* Parts(Model* model) { return model->impl_.get(); }
  static void Refresh(Model* model);
};

}  // namespace newsgraph::syntax

#endif  // NEWSGRAPH_SYNTAX_INTERNAL_MODEL_IMPL_H_
