// Suppression: matches that must not become relations although a rule
// fired. Two mechanisms:
//   * block lines of the rules file: a pattern in a window vetoes relation
//     types (sports: "Germany meets Iran in a friendly", "succeeded Nadal
//     as champion");
//   * an entity is never related to itself, which also drops troops moved
//     inside their own country ("Russia deployed troops to Moscow": Moscow
//     is tagged as Russia).
#ifndef NEWSGRAPH_RELATIONS_INTERNAL_SUPPRESSION_H_
#define NEWSGRAPH_RELATIONS_INTERNAL_SUPPRESSION_H_

#include "relations/internal/items.h"
#include "relations/internal/pattern.h"
#include "relations/internal/rule_set.h"

namespace newsgraph::relations {

// True when a block for `rule`'s relation type occurs in its window around `m`.
bool IsBlocked(const RuleSet& rules, const Rule& rule, const Items& items, const PatternMatch& m);

// True when the two arguments are the same entity.
inline bool IsSelfRelation(int32_t source, int32_t target) { return source == target; }

}  // namespace newsgraph::relations

#endif  // NEWSGRAPH_RELATIONS_INTERNAL_SUPPRESSION_H_
