// Lexicon holds the word lists the name rules use (rules/lexicon.tsv):
// titles that introduce a person ("Foreign Minister", "President"),
// honorifics ("Mr"), organisation head words ("Agency", "Ministry"), name
// particles ("al", "van") and capitalised words that never start or continue
// a name ("Monday", "The"). Immutable once loaded; safe for concurrent use.
//
// File format: TSV with the header `kind<TAB>phrase<TAB>value`; kind is one
// of title, honorific, org_head, particle, stopword, person_noun,
// sports_word, event_head; value is
// the role category for titles ("head_of_state", "minister", ...) and empty
// otherwise. Lines starting with '#' are comments.
#ifndef NEWSGRAPH_NER_LEXICON_H_
#define NEWSGRAPH_NER_LEXICON_H_

#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "text/document.h"
#include "util/status.h"

namespace newsgraph::ner {

class Lexicon {
 public:
  // Loads `path`. Errors: IOError; InvalidArgument "FILE:LINE: reason".
  Status Load(const std::string& path);

  // Loads a given-names list (rules/given_names.tsv: header `name<TAB>origin`).
  Status LoadGivenNames(const std::string& path);
  bool IsGivenName(std::string_view norm) const { return given_names_.find(norm) != given_names_.end(); }
  size_t num_given_names() const { return given_names_.size(); }

  // If tokens [.., end) end with a title, returns its token count and sets
  // *value (the title's category) and *title_begin; else 0. Case-insensitive;
  // hyphens inside the title are skipped ("Vice-President").
  uint32_t TitleEndingAt(const text::Document& doc, uint32_t sentence_begin, uint32_t end,
                         std::string* value, uint32_t* title_begin) const;
  bool IsHonorific(std::string_view norm) const { return honorifics_.find(norm) != honorifics_.end(); }
  bool IsOrgHead(std::string_view norm) const { return org_heads_.find(norm) != org_heads_.end(); }
  bool IsParticle(std::string_view norm) const { return particles_.find(norm) != particles_.end(); }
  bool IsStopword(std::string_view norm) const { return stopwords_.find(norm) != stopwords_.end(); }
  // Lower-case nouns naming a person's office in appositions ("minister").
  bool IsPersonNoun(std::string_view norm) const { return person_nouns_.find(norm) != person_nouns_.end(); }
  // Lower-case words that mark a sports story ("striker", "innings", "inning").
  // 0: not one; 1: a weak one, which other news uses too ("win", "season"); 2: a strong one.
  int SportsWord(std::string_view norm) const {
    auto it = sports_words_.find(norm);
    return it == sports_words_.end() ? 0 : it->second ? 1 : 2;
  }
  // Capitalised words that end an event's name after a place ("U.S. Open",
  // "Hong Kong Masters"): the place is then no mention of its own.
  bool IsEventHead(std::string_view norm) const { return event_heads_.find(norm) != event_heads_.end(); }
  // Lower-case words that show a company next to its name: "Intel's board",
  // "Ford shares", "chipmaker Intel".
  bool IsBusinessWord(std::string_view norm) const { return business_words_.find(norm) != business_words_.end(); }
  size_t num_titles() const { return titles_.size(); }

 private:
  struct Hash {
    using is_transparent = void;
    size_t operator()(std::string_view s) const { return std::hash<std::string_view>()(s); }
  };
  using Set = std::unordered_set<std::string, Hash, std::equal_to<>>;
  std::unordered_map<std::string, std::string, Hash, std::equal_to<>> titles_;  // "foreign minister" -> category
  size_t max_title_tokens_ = 0;
  Set honorifics_, org_heads_, particles_, stopwords_, person_nouns_, event_heads_, given_names_, business_words_;
  std::unordered_map<std::string, bool, Hash, std::equal_to<>> sports_words_;  // word -> weak
};

}  // namespace newsgraph::ner

#endif  // NEWSGRAPH_NER_LEXICON_H_
