#include "relations/internal/modality.h"

#include "relations/internal/window.h"

namespace newsgraph::relations {

const char* DetectModality(const RuleSet& rules, const Rule& rule, const Items& items,
                           const PatternMatch& m) {
  const TypeMask bit = TypeMask{1} << rule.type;
  for (const Cue& cue : rules.cues()) {
    if ((cue.relations & bit) == 0) continue;
    if (OccursInWindow(rules, cue.pattern, cue.window, items, m)) return cue.modality;
  }
  return rule.modality;
}

}  // namespace newsgraph::relations
