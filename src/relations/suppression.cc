#include "relations/internal/suppression.h"

#include "relations/internal/window.h"

namespace newsgraph::relations {

bool IsBlocked(const RuleSet& rules, const Rule& rule, const Items& items, const PatternMatch& m) {
  const TypeMask bit = TypeMask{1} << rule.type;
  for (const Block& block : rules.blocks()) {
    if ((block.relations & bit) == 0) continue;
    if (OccursInWindow(rules, block.pattern, block.window, items, m)) return true;
  }
  return false;
}

}  // namespace newsgraph::relations
