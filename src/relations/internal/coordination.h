// Coordination: the entities joined to a slot filler by "and" and commas,
// outward from a match. "Putin, Xi and Modi met" fills {S} with Xi; the
// left conjuncts add Putin (the first separator, read leftwards, must be an
// AND word). "Putin met Xi and Modi in Kazan" fills {T} with Xi; the right
// conjuncts add Modi, provided the list ends at a LIST_END item or the end
// of the sentence ("Putin met Xi and Modi said ..." adds nothing).
// Conjuncts must be of the filler's entity type.
#ifndef NEWSGRAPH_RELATIONS_INTERNAL_COORDINATION_H_
#define NEWSGRAPH_RELATIONS_INTERNAL_COORDINATION_H_

#include <vector>

#include "relations/internal/items.h"
#include "relations/internal/rule_set.h"
#include "relations/internal/slot.h"

namespace newsgraph::relations {

// Appends the heads of the conjuncts before `filler` to *heads. When
// `in_list` (the pattern itself joins the filler to the next slot with
// "and": "{S} and {T}"), the list may go on leftwards with a comma.
void LeftConjuncts(const RuleSet& rules, const Items& items, const SlotMatch& filler,
                   const SlotSpec& spec, bool in_list, std::vector<int>* heads);

// Appends the heads of the conjuncts after `filler` to *heads.
void RightConjuncts(const RuleSet& rules, const Items& items, const SlotMatch& filler,
                    const SlotSpec& spec, std::vector<int>* heads);

}  // namespace newsgraph::relations

#endif  // NEWSGRAPH_RELATIONS_INTERNAL_COORDINATION_H_
