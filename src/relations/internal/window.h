// Finds a cue or block pattern in its window (rule_set.h) around a match.
#ifndef NEWSGRAPH_RELATIONS_INTERNAL_WINDOW_H_
#define NEWSGRAPH_RELATIONS_INTERNAL_WINDOW_H_

#include "relations/internal/items.h"
#include "relations/internal/pattern.h"
#include "relations/internal/rule_set.h"

namespace newsgraph::relations {

// True when `pattern` matches wholly inside one region of `window` around
// `m`: the sentence; or [m.begin - before, trigger) cut after the last
// CLAUSE_BREAK item before the match, or after the last comma inside the
// match before the trigger; or [m.end, m.end + after).
bool OccursInWindow(const RuleSet& rules, const Pattern& pattern, const Window& window,
                    const Items& items, const PatternMatch& m);

}  // namespace newsgraph::relations

#endif  // NEWSGRAPH_RELATIONS_INTERNAL_WINDOW_H_
