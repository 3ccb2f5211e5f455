// PronounResolver resolves third-person pronouns while a document's
// sentences are read in order:
//   * he, him, his, she, her -> the most recent PERSON mentioned earlier in
//     the same sentence ("Putin said he would ..."); else the first PERSON
//     (the likely subject) of the last sentence that mentioned one, at most
//     kMaxSentencesBack sentences back ("Musharraf held talks with Blair. He
//     then flew ..."). No gender is known. A resolved pronoun counts as a
//     mention of its person;
//   * it, its -> a COUNTRY or ORG only when it is the one such entity
//     mentioned (by name, alias, acronym or capital) earlier in the same
//     sentence ("Russia said it would ...");
//   * anything else (they, we, I) is left alone.
// One resolver per document; not safe for concurrent use.
#ifndef NEWSGRAPH_RELATIONS_INTERNAL_PRONOUNS_H_
#define NEWSGRAPH_RELATIONS_INTERNAL_PRONOUNS_H_

#include <cstdint>
#include <string_view>

#include "relations/internal/items.h"

namespace newsgraph::relations {

inline constexpr uint32_t kMaxSentencesBack = 5;

enum class PronounKind { kNone, kPerson, kThing };

// The kind of pronoun `norm` is; *possessive for his/its (always) and her
// (when `next_is_noun`: "her visit" but not "met her in").
PronounKind ClassifyPronoun(std::string_view norm, bool next_is_noun, bool* possessive);

class PronounResolver {
 public:
  // Starts sentence `sentence`; sentences must come in increasing order.
  void BeginSentence(uint32_t sentence);
  // Records a mention of `entity` (type bits as in items.h) in text order.
  void NoteMention(int32_t entity, uint8_t type, bool demonym);
  // Records a resolved person pronoun (it continues the chain).
  void NotePronoun(int32_t entity) { NoteMention(entity, kPersonBit, false); }
  // The entity a pronoun of `kind` here refers to, or -1.
  int32_t Resolve(PronounKind kind) const;

 private:
  uint32_t sentence_ = 0;
  int32_t recent_person_ = -1;     // most recent PERSON in this sentence
  int32_t first_person_ = -1;      // first PERSON in this sentence
  int32_t previous_subject_ = -1;  // first PERSON of the last earlier sentence with one
  uint32_t previous_sentence_ = 0;
  int32_t thing_ = -1;        // the one COUNTRY/ORG so far in this sentence
  bool many_things_ = false;  // more than one
};

}  // namespace newsgraph::relations

#endif  // NEWSGRAPH_RELATIONS_INTERNAL_PRONOUNS_H_
