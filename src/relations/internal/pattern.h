// Pattern is one compiled pattern of the rules file: a sequence over the
// items of a sentence (see items.h), matched by backtracking from a given
// start. The syntax, in full:
//
//   word        a token, compared by match key: "met", "'s", ",", "-"; a
//               literal of several tokens ("face-to-face") is their sequence
//   @NAME       a class or verb, all forms; @NAME.form selects verb forms
//               (base, s, past, pp, ing; fin = base|s|past)
//   @WORD       any word or hyphen token (not an entity, not punctuation)
//   @NUMBER     a word token with a digit ("7,000", "10")
//   @ENTITY     any entity item
//   ~           any one item
//   $           the end of the sentence (matches no item)
//   ^           the start of the sentence (matches no item)
//   {S} {T}     the source / target slot (slot.h); options after the letter:
//               ":PERSON|ORG" replaces the relation's default types,
//               "+dem" "+bare" "+poss" "+hyphen" "+attr" "+nocap" "+name" as in
//               slot.h. A slot
//               followed directly by 's (or -) accepts it without +poss.
//   ( a | b )   alternatives, tried left to right
//   x? x* x+ x{m,n} x{m} x{m,}   repetition, greedy; * + and open bounds
//               stop at kMaxRepeat
//   !x          the next item is not x (a word, a class or @ENTITY); matches
//               no item
//   !^x         the item before is not x (one word of a class); matches no
//               item ("!^@PREP {S} ...": no subject right after "in")
//   < ... >     the trigger: its words index the rule and are the evidence's
//               trigger span; it must begin with words or classes
//
// Immutable once compiled; safe for concurrent use.
#ifndef NEWSGRAPH_RELATIONS_INTERNAL_PATTERN_H_
#define NEWSGRAPH_RELATIONS_INTERNAL_PATTERN_H_

#include <array>
#include <cstdint>
#include <string_view>
#include <vector>

#include "relations/internal/items.h"
#include "relations/internal/slot.h"
#include "relations/internal/word_class.h"
#include "util/status.h"

namespace newsgraph::relations {

inline constexpr int kMaxRepeat = 8;

// One match: item indices, ends exclusive.
struct PatternMatch {
  int begin = 0, end = 0;
  int trigger_begin = -1, trigger_end = -1;
  std::array<SlotMatch, 2> slots;  // by Role
};

class Pattern {
 public:
  enum class Kind {
    kRule,  // needs {S}, {T} and a <trigger>
    kCue,   // no slots and no trigger (modality cues, blocks)
  };

  // Compiles `source`. `default_types` are the slot types of {S} and {T}
  // without a ":TYPES" option. Errors: InvalidArgument with the reason
  // (the caller adds the file position).
  static Status Compile(std::string_view source, Kind kind, const ClassTable& classes,
                        Vocabulary* vocab, std::array<uint8_t, 2> default_types, Pattern* out);

  // Matches a sequence starting exactly at items[pos] and not reaching past
  // `limit`; fills *m on success. The first match in the order the syntax
  // gives (greedy repetition, alternatives left to right) wins.
  bool MatchAt(const Items& items, int pos, int limit, const SlotClasses& classes,
               PatternMatch* m) const;

  // Word ids that can begin the trigger (kRule), for the rule index; sorted.
  const std::vector<int32_t>& trigger_words() const { return trigger_words_; }
  // True when `word` can begin the trigger. A match starting at items[pos]
  // has its trigger at or after pos, so positions after the last such word
  // of a sentence need not be tried.
  bool IsTriggerWord(int32_t word) const;
  // True when the match begins with the trigger (only "!x", "!^x" and "^"
  // before it): then only positions holding a trigger word need be tried.
  bool starts_with_trigger() const { return starts_with_trigger_; }
  // The slot specs; one per {S}/{T} occurrence.
  const std::vector<SlotSpec>& slots() const { return slots_; }
  // True when the pattern places {S} and {T} in one coordination ("{S} and
  // {T}"): for a symmetric relation, every pair in it is related.
  bool coordinated() const { return coordinated_; }

 private:
  friend class PatternCompiler;
  enum class Op : uint8_t {
    kWord,
    kClass,
    kSlot,
    kAny,
    kAnyWord,
    kNumber,
    kEntity,
    kEnd,
    kStart,
    kNotWord,
    kNotClass,
    kNotEntity,
    kSave,
    kSplit,
    kJmp,
    kMatch,
  };
  struct Inst {
    Op op = Op::kMatch;
    int32_t arg = 0;       // word id, slot index, save index
    int32_t x = 0, y = 0;  // jump targets; kNot*: x == 1 looks at the item before
    const WordClass* cls = nullptr;
  };
  struct State;
  bool Run(int pc, int pos, State& state, int* steps) const;

  std::vector<Inst> prog_;
  std::vector<SlotSpec> slots_;
  std::vector<int32_t> trigger_words_;
  bool coordinated_ = false;
  bool starts_with_trigger_ = false;
};

}  // namespace newsgraph::relations

#endif  // NEWSGRAPH_RELATIONS_INTERNAL_PATTERN_H_
