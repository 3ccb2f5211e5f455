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
#include "util/status.h"

namespace newsgraph::relations {

class RuleSet;

class RelationExtractor {
 public:
  // Loads and compiles the rules at `path`. Errors: IOError; InvalidArgument
  // "FILE:LINE: reason" for a malformed rule.
  static Status Load(const std::string& path, std::unique_ptr<RelationExtractor>* result);
  ~RelationExtractor();
  RelationExtractor(const RelationExtractor&) = delete;
  RelationExtractor& operator=(const RelationExtractor&) = delete;

  // Appends the relations found in `doc` to *out.
  void Extract(const ner::TaggedDocument& doc, std::vector<RelationMention>* out) const;

  size_t num_rules() const;

 private:
  RelationExtractor();
  std::unique_ptr<RuleSet> rules_;
};

}  // namespace newsgraph::relations

#endif  // NEWSGRAPH_RELATIONS_EXTRACTOR_H_
