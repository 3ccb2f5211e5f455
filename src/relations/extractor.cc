// PROVISIONAL: replaced by the rule engine (issue 3).
#include "relations/extractor.h"

#include <fstream>

namespace newsgraph::relations {

class RuleSet {};

RelationExtractor::RelationExtractor() : rules_(new RuleSet) {}
RelationExtractor::~RelationExtractor() = default;

Status RelationExtractor::Load(const std::string& path, std::unique_ptr<RelationExtractor>* result) {
  std::ifstream in(path);
  if (!in) return Status::IOError(path + ": cannot read relation rules");
  result->reset(new RelationExtractor());
  return Status::OK();
}

void RelationExtractor::Extract(const ner::TaggedDocument&, std::vector<RelationMention>*) const {}

size_t RelationExtractor::num_rules() const { return 0; }

}  // namespace newsgraph::relations
