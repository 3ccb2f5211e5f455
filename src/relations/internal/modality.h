// Modality of a relation mention: asserted, planned ("will meet", "was set
// to meet"), hypothetical ("could meet", "offered to send") or negated
// ("did not meet", "refused to meet", "... but Kyiv declined"), decided by
// the cue lines of the rules file.
#ifndef NEWSGRAPH_RELATIONS_INTERNAL_MODALITY_H_
#define NEWSGRAPH_RELATIONS_INTERNAL_MODALITY_H_

#include "relations/internal/items.h"
#include "relations/internal/pattern.h"
#include "relations/internal/rule_set.h"

namespace newsgraph::relations {

// The modality of the first cue (in file order) that applies to `rule`'s
// relation type and occurs in its window around `m`; else the rule's own.
const char* DetectModality(const RuleSet& rules, const Rule& rule, const Items& items,
                           const PatternMatch& m);

}  // namespace newsgraph::relations

#endif  // NEWSGRAPH_RELATIONS_INTERNAL_MODALITY_H_
