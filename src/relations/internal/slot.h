// Argument slots: where a rule pattern says {S} (source) or {T} (target), the
// sentence must hold an entity of an allowed type, possibly introduced by a
// determiner and titles:
//
//   slot := DET? TITLE* ( (ENTITY 's?){1,2} TITLE+ | ENTITY 's )? HEAD
//
// so that "Chinese President Xi Jinping", "the EU's top diplomat Kaja
// Kallas", "his Chinese counterpart Wang Yi" and "Russia's Putin" (a
// person after a possessive) all fill a slot with the person as head; "then
// Home Office Minister Lord Falconer" too. The longest filler is tried
// first. DET, TITLE, ATTRIBUTIVE and ARG_FOLLOW are the word classes of that
// name in the rules file. Unless +bare, a slot does not start right after a
// DET word (the determiner belongs to the slot, so in "in the EU" the word
// before the slot is "in").
//
// The head must be an entity item whose type the slot allows, not a demonym
// unless the slot allows one (+dem), and must not be used as a modifier: not
// followed by "'s" (unless +poss), by a hyphen (unless +hyphen: "Poland-based")
// or by an ATTRIBUTIVE word ("EU standards", "NATO summit"; unless +attr, for
// patterns that go on with such a word themselves: "{S+attr} @FORCES"). A
// country or organisation filling the object slot of a verb (a slot right
// after the trigger, maybe after an optional word, that ends its pattern:
// "<@meet> with? {T}") must moreover be followed by a non-word, an ARG_FOLLOW
// word, a capitalised word, a number or an "-ly" adverb: "meets the NATO
// spending target" fills no slot.
//
// Three more fillers, each driven by an optional word class:
//   * an appositive name (APPOS_END): a determiner or possessor, maybe
//     premodifying entities, then a short noun phrase (titles or plain nouns,
//     at most kMaxAppositiveWords items), a comma and a PERSON head that an
//     APPOS_END item (or the end of the sentence) closes: "his Lithuanian
//     counterpart, Dovile Sakaliene, ...", "his deputy, Tomas Hruby, ...",
//     "the president of Kenya, William Ruto, ..." (the noun phrase may end
//     with "of" and a name);
//     two names joined by AND and closed alike are a list the slot begins
//     ("the two leaders, Xi Jinping and Joe Biden, met": coordination adds
//     the second).
//     In a subject slot (see SlotSpec::subject) a second filler also takes
//     the closing comma, so that the verb can follow ("The Czech defence
//     minister, Jana Cernochova, met ...");
//   * a group subject (GROUP): in a subject slot, an organisation followed
//     by title words and a plural office noun stands for the organisation
//     ("European Union foreign ministers voiced support", "NATO defence
//     ministers agreed"); not after a title word ("former NATO officials"),
//     not with +bare;
//   * an unknown capitalised modifier (a word the tagger left alone) before
//     titles and a head: "Congolese President Felix Tshisekedi".
#ifndef NEWSGRAPH_RELATIONS_INTERNAL_SLOT_H_
#define NEWSGRAPH_RELATIONS_INTERNAL_SLOT_H_

#include <cstdint>

#include "relations/internal/items.h"
#include "relations/internal/word_class.h"

namespace newsgraph::relations {

enum Role { kSource = 0, kTarget = 1 };

struct SlotSpec {
  int role = kSource;
  uint8_t types = 0;         // TypeBit mask the head must match
  bool demonym = false;      // +dem: a demonym may be the head
  bool bare = false;         // +bare: no determiner or titles, the head alone
  bool possessive = false;   // +poss: the head may be followed by "'s"
  bool hyphen = false;       // +hyphen: the head may be followed by a hyphen
  bool attributive = false;  // +attr: the head may be followed by an ATTRIBUTIVE word
  bool no_capital = false;   // +nocap: a capital standing for its country may not be the head
  bool name = false;         // +name: the head is a name, not a resolved pronoun
  bool no_branch = false;    // +nobranch: no country name right after a possessive ("its UK unit")
  bool object = false;       // follows the trigger and ends the pattern (set by Pattern)
  bool subject = false;      // begins the pattern (after "!^x" checks only; set by Pattern)
};

// Item indices of one slot filler: [begin, end) with the entity at head.
struct SlotMatch {
  int begin = -1;
  int head = -1;
  int end = -1;
  int spec = -1;  // index of the pattern's SlotSpec that matched (set by Pattern)
};

// The word classes slots use; null pointers stand for classes the rules file
// does not define.
struct SlotClasses {
  const WordClass* det = nullptr;
  const WordClass* title = nullptr;
  const WordClass* attributive = nullptr;
  const WordClass* arg_follow = nullptr;
  const WordClass* group = nullptr;      // GROUP: plural office nouns of a group subject
  const WordClass* appos_end = nullptr;  // APPOS_END: items that close an appositive name
  const WordClass* conj = nullptr;       // AND: "the two leaders, X and Y, ..."
  int32_t comma = -1;                    // vocabulary id of ","; -1: no appositive names
  int32_t of = -1;                       // vocabulary id of "of" ("the president of Kenya, X,")
};

// Items of the noun phrase before an appositive name ("party rival", "foreign
// secretary", "long - time ally").
inline constexpr int kMaxAppositiveWords = 5;

// Writes the fillers of `spec` that start at items[pos] and end by `limit`
// to out[] (at most kMaxSlotMatches, longest first); returns how many.
inline constexpr int kMaxSlotMatches = 4;
int MatchSlot(const Items& items, int pos, int limit, const SlotSpec& spec,
              const SlotClasses& classes, SlotMatch* out);

// True when items[head] can be the head of `spec` (type, demonym and the
// modifier checks on the item after it).
bool IsHead(const Items& items, int head, const SlotSpec& spec, const SlotClasses& classes);

}  // namespace newsgraph::relations

#endif  // NEWSGRAPH_RELATIONS_INTERNAL_SLOT_H_
