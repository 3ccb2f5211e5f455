#include "relations/slot.h"

namespace newsgraph::relations {
namespace {

// The end of the longest run of TITLE phrases starting at `pos`.
int TitleRunEnd(const Items& items, int pos, int limit, const WordClass* title) {
  if (title == nullptr) return pos;
  int lengths[WordClass::kMaxLengths];
  while (pos < limit && title->Match(items, pos, limit, lengths) > 0) pos += lengths[0];
  return pos;
}

}  // namespace

bool IsHead(const Items& items, int head, const SlotSpec& spec, const SlotClasses& classes) {
  const Item& h = items[head];
  if (!h.is_entity() || (h.type & spec.types) == 0) return false;
  if (h.Is(kItemDemonym) && !spec.demonym) return false;
  if (head + 1 < static_cast<int>(items.size())) {
    const Item& next = items[head + 1];
    if (next.Is(kItemPossessive) && !spec.possessive) return false;
    if (next.Is(kItemHyphen) && !spec.hyphen) return false;
    if (classes.attributive != nullptr && classes.attributive->ContainsWord(next.word)) return false;
  }
  return true;
}

int MatchSlot(const Items& items, int pos, int limit, const SlotSpec& spec,
              const SlotClasses& classes, SlotMatch* out) {
  if (pos >= limit) return 0;
  int n = 0;
  auto add = [&](int head) {
    if (n < kMaxSlotMatches) out[n++] = SlotMatch{pos, head, head + 1};
  };
  if (spec.bare) {
    if (IsHead(items, pos, spec, classes)) add(pos);
    return n;
  }
  int p = pos;
  if (classes.det != nullptr && classes.det->ContainsWord(items[p].word)) ++p;
  if (p >= limit) return 0;
  if (items[p].is_entity()) {
    // A premodifying entity: "Chinese President Xi", "Russia's Putin".
    int q = p + 1;
    bool possessive = q < limit && items[q].Is(kItemPossessive);
    if (possessive) ++q;
    int t = TitleRunEnd(items, q, limit, classes.title);
    if (t < limit && (t > q || (possessive && (items[t].type & kPersonBit))) && items[t].is_entity() &&
        IsHead(items, t, spec, classes)) {
      add(t);
    }
    if (IsHead(items, p, spec, classes)) add(p);
    return n;
  }
  int t = TitleRunEnd(items, p, limit, classes.title);
  if (t > p && t < limit && IsHead(items, t, spec, classes)) add(t);
  return n;
}

}  // namespace newsgraph::relations
