// Builds the items (items.h) of one sentence of a tagged document: each
// entity mention becomes one item, a pronoun the resolver can resolve
// becomes an entity item (a possessive one is followed by an implied "'s"
// item), every other token one item carrying its vocabulary id.
#ifndef NEWSGRAPH_RELATIONS_INTERNAL_SENTENCE_ITEMS_H_
#define NEWSGRAPH_RELATIONS_INTERNAL_SENTENCE_ITEMS_H_

#include <cstdint>
#include <vector>

#include "ner/types.h"
#include "relations/internal/items.h"
#include "relations/internal/pronouns.h"
#include "relations/internal/word_class.h"

namespace newsgraph::relations {

// Confidence factor of a relation argument that is a resolved pronoun.
inline constexpr float kPronounConfidence = 0.8f;

struct SentenceInput {
  const ner::TaggedDocument* doc = nullptr;
  uint32_t sentence = 0;
  uint32_t first_mention = 0;  // the sentence's mentions are [first_mention, end_mention)
  uint32_t end_mention = 0;
  const std::vector<uint8_t>* entity_types = nullptr;  // TypeBit per entity
  const std::vector<int32_t>* words = nullptr;         // vocabulary id per token of the sentence
  int32_t possessive_word = -1;         // vocabulary id of "'s", given to every possessive item
  const WordClass* not_noun = nullptr;  // NOT_NOUN: a "her" before one is an object; may be null
};

// Replaces *items with the sentence's items; feeds the resolver the
// sentence's mentions (call BeginSentence first).
void BuildItems(const SentenceInput& in, PronounResolver* resolver, Items* items);

// Feeds the resolver the mentions of a sentence that is not matched.
void NoteMentions(const SentenceInput& in, PronounResolver* resolver);

}  // namespace newsgraph::relations

#endif  // NEWSGRAPH_RELATIONS_INTERNAL_SENTENCE_ITEMS_H_
