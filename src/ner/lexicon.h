// Lexicon holds the word lists and the few facts the tagger and the name
// rules use (rules/lexicon.tsv): titles that introduce a person ("Foreign
// Minister", "President") and the gazetteer roles each title category fits,
// honorifics ("Mr"), organisation head words ("Agency", "Ministry"), name
// particles ("al", "van"), capitalised words that never start or continue a
// name ("Monday", "The"), the words that show a place is used as a place
// ("in", "visited"), the countries whose people put the family name first,
// and more (WordList). Also the given names (rules/given_names.tsv).
// Immutable once loaded; safe for concurrent use.
//
//   Lexicon lexicon;
//   Status s = lexicon.Load("rules/lexicon.tsv");
//   if (!s.ok()) return s;  // "rules/lexicon.tsv:12: unknown kind 'titel' (...)"
//   if (lexicon.Has(WordList::kStopword, token.norm)) ...
//
// File format: TSV with the header `kind<TAB>phrase<TAB>value`; lines
// starting with '#' are comments. The kinds, with what phrase and value hold:
//
//   title              a title ("Foreign Minister"); value: its category
//                      ("head_of_state", "minister", ...)
//   role_word          words of a gazetteer role ("Minister"), compared case-
//                      sensitively anywhere in the role ("Foreign Minister");
//                      value: a title category the role then fits
//   sports_word        a lower-case word of sports stories; value: empty
//                      (strong) or "weak"
//   family_name_first  a gazetteer country id ("country:KOR"): its people's
//                      names start with the family name ("Cho Tae-yul")
//   national_side      a gazetteer region id ("region:wales") that fields
//                      national sports sides, as a country does
//   every WordList kind (below): a word; value: empty. The lists are asked
//                      token by token, so a phrase of several words (or a
//                      hyphenated one) never matches
//
// Phrases of titles and word lists are folded as token match keys
// (Token::norm: case, accents, dots); role words and ids are taken as written.
#ifndef NEWSGRAPH_NER_LEXICON_H_
#define NEWSGRAPH_NER_LEXICON_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "text/document.h"
#include "util/status.h"

namespace newsgraph::ner {

// The word lists asked token by token (Lexicon::Has), with their kind in
// rules/lexicon.tsv.
enum class WordList : uint8_t {
  kHonorific,   // honorific: "Mr", "Gen.": a name follows
  kOrgHead,     // org_head: "Agency", "Ministry": ends an organisation's name
  kParticle,    // particle: "al", "van": inside a person's name, before a capitalised word
  kStopword,    // stopword: capitalised words that never start or continue a name ("Monday", "The")
  kPersonNoun,  // person_noun: lower-case nouns naming a person's office in appositions
                // ("minister")
  kEventHead,  // event_head: capitalised words that end an event's name after a place ("U.S. Open")
  kBusinessWord,  // business_word: lower-case words that show a company next to its name ("Intel's
                  // board")
  kLocationCue,   // location_cue: words before an ambiguous name that show a place ("to Jordan")
  kPlacePreposition,  // place_preposition: words before a capital that make it the city ("met in
                      // Brussels")
  kTravelWord,    // travel_word: before those, the capital stays the country ("arrived in Moscow")
  kOpponentWord,  // opponent_word: in a sports story, a city after one is a team ("victory over
                  // Atlanta")
  kMinorWord,    // minor_word: short words a title-case headline leaves in lower case ("of", "the")
  kNotOrgStart,  // not_org_start: capitalised words that never start an organisation's name ("The",
                 // "His")
  kCalendarWord,   // calendar_word: days and months, no part of an organisation's name ("September
                   // Treasury")
  kCompanySuffix,  // company_suffix: legal forms that end a company's name ("Inc", "plc")
  kOrgConnector,  // org_connector: lower-case words inside an organisation's name ("of", "de", "&")
  kAppositionFiller,  // apposition_filler: lower-case words an apposition holds before its person
                      // noun
                      // ("X, the former deputy foreign minister")
  kCount
};

class Lexicon {
 public:
  // Loads `path`, adding to what is loaded. Errors: IOError; InvalidArgument
  // "FILE:LINE: reason" (bad header, field count, unknown kind, empty phrase,
  // a title without a category, a role word whose category no title has, an
  // id that is not "type:name").
  Status Load(const std::string& path);

  // Loads a given-names list (rules/given_names.tsv: header `name<TAB>origin`).
  Status LoadGivenNames(const std::string& path);
  bool IsGivenName(std::string_view norm) const {
    return given_names_.find(norm) != given_names_.end();
  }
  size_t num_given_names() const { return given_names_.size(); }

  // Whether `norm` (a token's match key) is in the word list `list`. No
  // allocation: one hash lookup.
  bool Has(WordList list, std::string_view norm) const {
    auto it = words_.find(norm);
    return it != words_.end() && (it->second >> static_cast<unsigned>(list) & 1u) != 0;
  }

  // If tokens [.., end) end with a title, returns its token count and sets
  // *value (the title's category) and *title_begin; else 0. Case-insensitive;
  // hyphens inside the title are skipped ("Vice-President").
  uint32_t TitleEndingAt(const text::Document& doc, uint32_t sentence_begin, uint32_t end,
                         std::string* value, uint32_t* title_begin) const;
  // Whether a gazetteer role ("Minister of Foreign Affairs") fits the title
  // category `category`: it contains one of the category's role words.
  // False for a category without role words.
  bool RoleFits(std::string_view role, std::string_view category) const;
  // Lower-case words that mark a sports story ("striker", "innings", "inning").
  // 0: not one; 1: a weak one, which other news uses too ("win", "season"); 2: a strong one.
  int SportsWord(std::string_view norm) const {
    auto it = sports_words_.find(norm);
    return it == sports_words_.end() ? 0 : it->second ? 1 : 2;
  }
  // Whether people serving the country `country_id` ("country:KOR") write
  // the family name first.
  bool IsFamilyNameFirstCountry(std::string_view country_id) const {
    return family_name_first_.find(country_id) != family_name_first_.end();
  }
  // Whether the region `region_id` ("region:wales") fields national sides.
  bool FieldsNationalSides(std::string_view region_id) const {
    return national_sides_.find(region_id) != national_sides_.end();
  }
  size_t num_titles() const { return titles_.size(); }

 private:
  struct Hash {
    using is_transparent = void;
    size_t operator()(std::string_view s) const { return std::hash<std::string_view>()(s); }
  };
  using Set = std::unordered_set<std::string, Hash, std::equal_to<>>;
  template <typename V>
  using Map = std::unordered_map<std::string, V, Hash, std::equal_to<>>;
  static_assert(static_cast<unsigned>(WordList::kCount) <= 32, "one bit per list in words_");

  Map<std::string> titles_;  // "foreign minister" -> category
  size_t max_title_tokens_ = 0;
  Map<std::vector<std::string>> role_words_;  // category -> role words ("Minister")
  Map<uint32_t> words_;                       // word -> bit (1 << WordList) per list holding it
  Map<bool> sports_words_;                    // word -> weak
  Set given_names_, family_name_first_, national_sides_;
};

}  // namespace newsgraph::ner

#endif  // NEWSGRAPH_NER_LEXICON_H_
