#include "relations/internal/coordination.h"

namespace newsgraph::relations {
namespace {

bool IsAnd(const RuleSet& rules, const Item& it) {
  return rules.and_class() != nullptr && rules.and_class()->ContainsWord(it.word);
}

bool InClass(const WordClass* c, const Item& it) {
  return c != nullptr && c->ContainsWord(it.word);
}

}  // namespace

void LeftConjuncts(const RuleSet& rules, const Items& items, const SlotMatch& filler,
                   const SlotSpec& spec, bool in_list, std::vector<int>* heads) {
  const uint8_t type = items[filler.head].type;
  const SlotClasses& classes = rules.slot_classes();
  int p = filler.begin - 1;
  if (p < 1) return;
  if (IsAnd(rules, items[p])) {
    --p;
    if (items[p].word == rules.comma_word()) --p;
  } else if (in_list && items[p].word == rules.comma_word()) {
    --p;
  } else {
    return;
  }
  while (p >= 0 && items[p].type == type && IsHead(items, p, spec, classes)) {
    heads->push_back(p);
    int q = p - 1;
    while (q >= 0 && InClass(classes.title, items[q])) --q;  // "President"
    if (q >= 1 && items[q].Is(kItemPossessive) && items[q - 1].is_entity()) {
      q -= 2;  // "Russia's"
    } else if (q < p - 1 && q >= 0 && items[q].is_entity() && !items[q].Is(kItemPronoun)) {
      --q;  // "Chinese" before a title
    }
    if (q >= 0 && InClass(classes.det, items[q])) --q;
    if (q < 1 || items[q].word != rules.comma_word()) return;
    p = q - 1;
  }
}

void RightConjuncts(const RuleSet& rules, const Items& items, const SlotMatch& filler,
                    const SlotSpec& spec, std::vector<int>* heads) {
  const int n = static_cast<int>(items.size());
  const uint8_t type = items[filler.head].type;
  std::vector<int> found;
  bool saw_and = false;
  int p = filler.end;
  while (p < n && !saw_and) {
    if (items[p].word == rules.comma_word()) {
      ++p;
      if (p < n && IsAnd(rules, items[p])) {
        ++p;
        saw_and = true;
      }
    } else if (IsAnd(rules, items[p])) {
      ++p;
      saw_and = true;
    } else {
      break;
    }
    SlotMatch fillers[kMaxSlotMatches];
    int k = MatchSlot(items, p, n, spec, rules.slot_classes(), fillers);
    int chosen = -1;
    for (int i = 0; i < k && chosen < 0; ++i) {
      if (items[fillers[i].head].type == type) chosen = i;
    }
    if (chosen < 0) return;
    found.push_back(fillers[chosen].head);
    p = fillers[chosen].end;
  }
  if (!saw_and) return;
  if (p < n && !InClass(rules.list_end_class(), items[p])) return;
  heads->insert(heads->end(), found.begin(), found.end());
}

}  // namespace newsgraph::relations
