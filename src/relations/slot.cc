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
  if (h.Is(kItemCapitalCity) && spec.no_capital) return false;
  if (head + 1 < static_cast<int>(items.size())) {
    const Item& next = items[head + 1];
    if (next.Is(kItemPossessive) && !spec.possessive) return false;
    if (next.Is(kItemHyphen) && !spec.hyphen) return false;
    if (!spec.attributive && classes.attributive != nullptr && classes.attributive->ContainsWord(next.word)) {
      return false;
    }
    // A country or organisation ending the pattern, followed by a lower-case
    // word that cannot follow an argument, modifies a noun ("meets the NATO
    // spending target").
    if (spec.object && (h.type & (kCountryBit | kOrgBit)) && classes.arg_follow != nullptr &&
        !next.is_entity() && next.Is(kItemWord) && !next.Is(kItemUpper) && !next.Is(kItemLy) &&
        !next.Is(kItemDigit) && !classes.arg_follow->ContainsWord(next.word)) {
      return false;
    }
  }
  return true;
}

int MatchSlot(const Items& items, int pos, int limit, const SlotSpec& spec,
              const SlotClasses& classes, SlotMatch* out) {
  if (pos >= limit) return 0;
  int n = 0;
  auto add = [&](int head) {
    if (n < kMaxSlotMatches) out[n++] = SlotMatch{pos, head, head + 1, -1};
  };
  if (spec.bare) {
    if (IsHead(items, pos, spec, classes)) add(pos);
    return n;
  }
  // A determiner belongs to the slot: no slot starts right after one.
  if (pos > 0 && classes.det != nullptr && classes.det->ContainsWord(items[pos - 1].word)) return 0;
  int p = pos;
  if (classes.det != nullptr && classes.det->ContainsWord(items[p].word)) ++p;
  p = TitleRunEnd(items, p, limit, classes.title);  // "then", "President"
  if (p >= limit) return 0;
  // Premodifying entities, each maybe with "'s": after[k] is the item after
  // the k-th, possessive[k] whether one of them had "'s".
  int after[3] = {p, -1, -1};
  bool possessive[3] = {false, false, false};
  int mods = 0;
  while (mods < 2 && after[mods] < limit && items[after[mods]].is_entity()) {
    int q = after[mods] + 1;
    bool poss = possessive[mods];
    if (q < limit && items[q].Is(kItemPossessive)) {
      ++q;
      poss = true;
    }
    ++mods;
    after[mods] = q;
    possessive[mods] = poss;
  }
  for (int k = mods; k >= 1; --k) {  // "his Chinese counterpart Wang Yi"
    int t = TitleRunEnd(items, after[k], limit, classes.title);
    if (t >= limit || !items[t].is_entity()) continue;
    bool titled = t > after[k];
    if ((titled || (possessive[k] && (items[t].type & kPersonBit))) && IsHead(items, t, spec, classes)) add(t);
  }
  if (mods > 0 && IsHead(items, p, spec, classes)) add(p);
  return n;
}

}  // namespace newsgraph::relations
