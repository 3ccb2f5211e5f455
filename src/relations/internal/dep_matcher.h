// Internal to relations/. Runs the dependency rules (dep_rules.h) over one
// parsed sentence: each trigger word (a lemma of the lexicon, with its object
// when it needs one) gets its arguments by the rules' paths through the tree;
// arguments resolve to entities through the mentions laid over the words
// (a several-word name is one node), resolved pronouns, designators of role
// nouns ("the leaders of X and Y", "Iraqi officials") and conjuncts; the
// modality comes from the tree (negation, cancelling and refusing verbs,
// future auxiliaries, planning and wishing verbs).
#ifndef NEWSGRAPH_RELATIONS_INTERNAL_DEP_MATCHER_H_
#define NEWSGRAPH_RELATIONS_INTERNAL_DEP_MATCHER_H_

#include <cstdint>
#include <tuple>
#include <vector>

#include "ner/types.h"
#include "relations/internal/dep_rules.h"
#include "relations/internal/items.h"
#include "relations/internal/rule_set.h"
#include "relations/internal/syntax_view.h"
#include "relations/types.h"

namespace newsgraph::relations {

struct DepInput {
  const DepRuleSet* rules = nullptr;
  const RuleSet* types = nullptr;  // relation types and their slot types
  const ner::TaggedDocument* doc = nullptr;
  const std::vector<uint8_t>* entity_types = nullptr;  // TypeBit per entity
  const SyntaxView* view = nullptr;
  const Items* items = nullptr;  // the sentence's items (resolved pronouns)
  uint32_t sentence = 0;
};

// Appends the relations the dependency rules find to *out, skipping the
// (type, source, target) triples already in *emitted (and adding its own).
void MatchDependencies(const DepInput& in, std::vector<std::tuple<int, int32_t, int32_t>>* emitted,
                       std::vector<RelationMention>* out);

}  // namespace newsgraph::relations

#endif  // NEWSGRAPH_RELATIONS_INTERNAL_DEP_MATCHER_H_
