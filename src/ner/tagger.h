// EntityTagger finds the people, countries and organisations a document
// mentions: gazetteer names first (longest match, case policy, ambiguous
// names settled by context), then name rules for names no gazetteer holds
// ("Foreign Minister Cho Tae-yul", "X, the defence minister", "... Agency"),
// then coreference within the document (a surname refers back to the full
// name, a defined acronym to its expansion, "the North" to North Korea).
//
// Immutable once built; safe for concurrent use by multiple threads.
//
//   ner::EntityTagger tagger(*matcher, lexicon, {});
//   text::Document doc{.name = "a.txt", .text = utf8_text};
//   text::Tokenize(&doc);
//   ner::TaggedDocument tagged;
//   tagger.Tag(std::move(doc), &tagged);
#ifndef NEWSGRAPH_NER_TAGGER_H_
#define NEWSGRAPH_NER_TAGGER_H_

#include <string>
#include <unordered_map>
#include <vector>

#include "gazetteer/matcher.h"
#include "ner/lexicon.h"
#include "ner/types.h"

namespace newsgraph::ner {

struct Work;

struct TaggerOptions {
  bool discover = true;  // name rules for names no gazetteer holds
  bool coref = true;     // surnames, acronyms and short forms within a document
};

class EntityTagger {
 public:
  // `matcher` (and its gazetteer), `lexicon` and `short_forms` (a matcher
  // of the gazetteer's short forms, may be null) must outlive the tagger.
  EntityTagger(const gazetteer::Matcher& matcher, const Lexicon& lexicon, TaggerOptions options,
               const gazetteer::Matcher* short_forms = nullptr);

  // Tags a tokenized document; *out receives the document, its entities and
  // mentions (sorted by offset, never overlapping).
  void Tag(text::Document doc, TaggedDocument* out) const;

  // Gazetteer people whose surname (or family name) has this folded key, in
  // gazetteer order (empty when none).
  std::vector<uint32_t> PeopleWithSurname(const std::string& key) const;
  // Gazetteer people who held (at some time) the role `title` (lower case,
  // "foreign minister") serving `affiliation` ("country:JPN").
  const std::vector<uint32_t>* RoleHolders(const std::string& affiliation,
                                           const std::string& title) const;

 private:
  void TagShortForms(Work* w) const;

  const gazetteer::Matcher& matcher_;
  const gazetteer::Matcher* short_forms_;
  const Lexicon& lexicon_;
  TaggerOptions options_;
  // People whose family name comes first ("Cho Tae-yul"), by that name's
  // key; their last names, as everyone's, are in the gazetteer.
  std::unordered_map<std::string, std::vector<uint32_t>> family_names_;
  std::unordered_map<std::string, std::vector<uint32_t>> role_holders_;  // "affiliation|title"
};

}  // namespace newsgraph::ner

#endif  // NEWSGRAPH_NER_TAGGER_H_
