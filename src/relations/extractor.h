// RelationExtractor finds typed, directed relations between the entities of
// a tagged document, driven by the rules in rules/relations.tsv (format in
// that file's header and in README). Immutable once loaded; safe for
// concurrent use by multiple threads.
#ifndef NEWSGRAPH_RELATIONS_EXTRACTOR_H_
#define NEWSGRAPH_RELATIONS_EXTRACTOR_H_

#include <memory>
#include <string>
#include <vector>

#include "ner/types.h"
#include "relations/types.h"
#include "syntax/model.h"
#include "util/status.h"

namespace newsgraph::relations {

class RuleSet;
class DepRuleSet;

class RelationExtractor {
 public:
  // Loads and compiles the rules at `path` (rules/relations.tsv) and, when
  // the same directory holds dependency.tsv, the dependency rules with their
  // trigger lexicon triggers.tsv. Errors: IOError; InvalidArgument
  // "FILE:LINE: reason" for a malformed rule.
  static Status Load(const std::string& path, std::unique_ptr<RelationExtractor>* result);
  ~RelationExtractor();
  RelationExtractor(const RelationExtractor&) = delete;
  RelationExtractor& operator=(const RelationExtractor&) = delete;

  // What Extract did, for progress and benchmarks.
  struct Stats {
    size_t sentences = 0;         // sentences in the document
    size_t parsed_sentences = 0;  // of these, the ones that could carry a relation, parsed
    size_t parsed_words = 0;
  };

  // Appends the relations found in `doc` to *out. With a syntax model, the
  // sentences that can carry a relation (two entity mentions, or one and a
  // pronoun, and a trigger word) are parsed; the others never are.
  void Extract(const ner::TaggedDocument& doc, const syntax::Model* syntax,
               std::vector<RelationMention>* out, Stats* stats = nullptr) const;
  void Extract(const ner::TaggedDocument& doc, std::vector<RelationMention>* out) const {
    Extract(doc, nullptr, out);
  }

  size_t num_rules() const;
  size_t num_dependency_rules() const;

 private:
  RelationExtractor();
  std::unique_ptr<RuleSet> rules_;
  std::unique_ptr<DepRuleSet> deps_;
};

}  // namespace newsgraph::relations

#endif  // NEWSGRAPH_RELATIONS_EXTRACTOR_H_
