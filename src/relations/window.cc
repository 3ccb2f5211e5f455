#include "relations/internal/window.h"

#include <algorithm>

namespace newsgraph::relations {
namespace {

bool OccursIn(const RuleSet& rules, const Pattern& pattern, const Items& items, int begin,
              int end) {
  PatternMatch unused;
  for (int pos = begin; pos < end; ++pos) {
    if (pattern.MatchAt(items, pos, end, rules.slot_classes(), &unused)) return true;
  }
  return false;
}

}  // namespace

bool OccursInWindow(const RuleSet& rules, const Pattern& pattern, const Window& window,
                    const Items& items, const PatternMatch& m) {
  const int n = static_cast<int>(items.size());
  if (window.sentence) return OccursIn(rules, pattern, items, 0, n);
  int begin = std::max(0, m.begin - window.before);
  if (const WordClass* breaks = rules.clause_break_class()) {
    for (int i = m.begin - 1; i >= begin; --i) {
      if (breaks->ContainsWord(items[i].word)) {
        begin = i + 1;
        break;
      }
    }
  }
  // A comma inside the match before the trigger closes an apposition or
  // clause ("X, who never met Y, visited Z"): look only after it.
  for (int i = m.trigger_begin - 1; i >= m.begin; --i) {
    if (items[i].word == rules.comma_word()) {
      begin = i + 1;
      break;
    }
  }
  if (OccursIn(rules, pattern, items, begin, m.trigger_begin)) return true;
  if (window.after < 0) return false;
  return OccursIn(rules, pattern, items, m.end, std::min(n, m.end + window.after));
}

}  // namespace newsgraph::relations
