#include "relations/internal/slot.h"

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
  if (h.Is(kItemPronoun) && spec.name) return false;
  if (head + 1 < static_cast<int>(items.size())) {
    const Item& next = items[head + 1];
    if (next.Is(kItemPossessive) && !spec.possessive) return false;
    if (next.Is(kItemHyphen) && !spec.hyphen) return false;
    if (!spec.attributive && classes.attributive != nullptr &&
        classes.attributive->ContainsWord(next.word)) {
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

namespace {

// True when items[i] may belong to the short noun phrase before an appositive
// name: a hyphen, or a word that is no determiner, number or word that
// follows an argument ("in", "who", "said"); titles are matched separately.
bool IsAppositiveNoun(const Item& it, const SlotClasses& classes) {
  if (it.is_entity()) return false;
  if (it.Is(kItemHyphen)) return true;
  if (!it.Is(kItemWord) || it.Is(kItemDigit)) return false;
  if (classes.det != nullptr && classes.det->ContainsWord(it.word)) return false;
  return classes.arg_follow == nullptr || !classes.arg_follow->ContainsWord(it.word);
}

// A capitalised word the tagger left alone that may modify a title
// ("Congolese President ..."): not a determiner, title or function word.
bool IsUnknownModifier(const Item& it, const SlotClasses& classes) {
  if (it.is_entity() || !it.Is(kItemWord) || !it.Is(kItemUpper) || it.Is(kItemDigit)) return false;
  if (classes.det != nullptr && classes.det->ContainsWord(it.word)) return false;
  if (classes.title != nullptr && classes.title->ContainsWord(it.word)) return false;
  return classes.arg_follow == nullptr || !classes.arg_follow->ContainsWord(it.word);
}

}  // namespace

int MatchSlot(const Items& items, int pos, int limit, const SlotSpec& spec,
              const SlotClasses& classes, SlotMatch* out) {
  if (pos >= limit) return 0;
  const int size = static_cast<int>(items.size());
  int n = 0;
  auto add = [&](int head, int end) {
    if (n < kMaxSlotMatches) out[n++] = SlotMatch{pos, head, end, -1};
  };
  // "its UK chief executive", "the firm's US boss": a country's name after a
  // possessive names the possessor's branch there (a demonym stays: "his
  // Russian counterpart").
  if (spec.no_branch && pos > 0 && items[pos - 1].Is(kItemPossessive) && items[pos].is_entity() &&
      (items[pos].type & kCountryBit) && !items[pos].Is(kItemDemonym)) {
    return 0;
  }
  if (spec.bare) {
    if (IsHead(items, pos, spec, classes)) add(pos, pos + 1);
    return n;
  }
  // A determiner belongs to the slot: no slot starts right after one.
  if (pos > 0 && classes.det != nullptr && classes.det->ContainsWord(items[pos - 1].word)) return 0;
  int p = pos;
  const bool determiner = classes.det != nullptr && classes.det->ContainsWord(items[p].word);
  if (determiner) ++p;
  if (p >= limit) return 0;

  // "European Union foreign ministers voiced ...": a group subject, not
  // after a title word ("former NATO officials", "ex-NATO officials").
  int before = p - 1;
  while (before >= 0 && items[before].Is(kItemHyphen)) --before;
  const bool after_title = before >= 0 && items[before].Is(kItemWord) && classes.title != nullptr &&
                           classes.title->ContainsWord(items[before].word);
  if (spec.subject && classes.group != nullptr && (spec.types & kOrgBit) && items[p].is_entity() &&
      (items[p].type & kOrgBit) && !items[p].Is(kItemDemonym) && !items[p].Is(kItemPronoun) &&
      !after_title) {
    int r = TitleRunEnd(items, p + 1, limit, classes.title);
    int lengths[WordClass::kMaxLengths];
    if (r < limit && classes.group->Match(items, r, limit, lengths) > 0) add(p, r + lengths[0]);
  }

  // "his deputy, Tomas Hruby, ...": the noun phrase from items[q], a comma
  // and a PERSON head closed by an APPOS_END item or the end.
  auto appositive = [&](int q) {
    if (classes.appos_end == nullptr || classes.comma < 0) return;
    int r = q, count = 0;
    int lengths[WordClass::kMaxLengths];
    while (r < limit && count < kMaxAppositiveWords) {
      if (classes.title != nullptr && classes.title->Match(items, r, limit, lengths) > 0) {
        r += lengths[0];
      } else if (IsAppositiveNoun(items[r], classes)) {
        ++r;
      } else {
        break;
      }
      ++count;
    }
    if (count == 0 || items[r - 1].Is(kItemHyphen)) return;
    if (r + 2 < limit && items[r].word == classes.of &&
        classes.of >= 0) {  // "the president of (the) Kenya"
      int e = r + 1;
      if (classes.det != nullptr && classes.det->ContainsWord(items[e].word)) ++e;
      if (e + 1 < limit && items[e].is_entity() && !items[e].Is(kItemPronoun)) r = e + 1;
    }
    if (r + 1 >= limit || items[r].word != classes.comma) return;
    const int head = r + 1;
    if (!(items[head].type & kPersonBit) || !IsHead(items, head, spec, classes)) return;
    auto closes = [&](int i) {
      return i >= size || classes.appos_end->ContainsWord(items[i].word);
    };
    const bool pair = head + 2 < size && classes.conj != nullptr &&
                      classes.conj->ContainsWord(items[head + 1].word) &&
                      items[head + 2].is_entity() && (items[head + 2].type & kPersonBit) &&
                      closes(head + 3);
    if (!closes(head + 1) && !pair) return;
    add(head, head + 1);
    if (spec.subject && head + 1 < limit && items[head + 1].word == classes.comma)
      add(head, head + 2);
  };

  // "Congolese President Felix Tshisekedi": an untagged modifier before titles and a name.
  if (p + 1 < limit && IsUnknownModifier(items[p], classes)) {
    int t = TitleRunEnd(items, p + 1, limit, classes.title);
    if (t > p + 1 && t < limit && items[t].is_entity()) ++p;
  }
  const int before_titles = p;
  p = TitleRunEnd(items, p, limit, classes.title);  // "then", "President"
  if (p >= limit) return n;
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
    if (t >= limit) continue;
    if (!items[t].is_entity()) {
      if (possessive[k] || determiner) appositive(after[k]);  // "his Lithuanian counterpart, X,"
      continue;
    }
    bool titled = t > after[k];
    if ((titled || (possessive[k] && (items[t].type & kPersonBit))) &&
        IsHead(items, t, spec, classes)) {
      add(t, t + 1);
    }
  }
  if (mods > 0 && IsHead(items, p, spec, classes)) add(p, p + 1);
  if (mods == 0 && determiner) appositive(before_titles);  // "the president, X,"
  return n;
}

}  // namespace newsgraph::relations
