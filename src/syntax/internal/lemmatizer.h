// Internal to syntax/. Lemmatizer gives a word's lemma from its form and
// part of speech: first a dictionary of the treebank's (form, tag) pairs
// that the rules get wrong, then suffix rules learned from the treebank's
// word types ("-ies" NOUN -> "-y"), longest matching suffix first; a word no
// rule covers is its own (lower-cased) lemma. Immutable; thread-safe.
#ifndef NEWSGRAPH_SYNTAX_INTERNAL_LEMMATIZER_H_
#define NEWSGRAPH_SYNTAX_INTERNAL_LEMMATIZER_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "syntax/internal/key_table.h"
#include "util/binary_io.h"

namespace newsgraph::syntax {

struct LemmaExample {
  std::string form;   // as written
  int tag = 0;        // a part-of-speech class (the model's UPOS number)
  std::string lemma;  // the treebank's lemma
};

class Lemmatizer {
 public:
  // The lemma of `form` with part of speech `tag`. Proper nouns (when
  // `keep_case`) keep their case; other lemmas are lower case.
  std::string Lemma(std::string_view form, int tag, bool keep_case) const;

  static Lemmatizer Train(const std::vector<LemmaExample>& examples);

  void Write(util::BinaryWriter* out) const;
  bool Read(util::BinaryReader* in);
  size_t num_exceptions() const { return exceptions_.size(); }
  size_t num_rules() const { return rules_.size(); }

 private:
  struct Rule {
    uint8_t strip = 0;   // bytes removed from the end
    std::string append;  // then appended
  };
  // The rule for (tag, lower-case form), or nullptr.
  const Rule* FindRule(std::string_view lower, int tag) const;
  std::string ApplyRules(std::string_view lower, int tag) const;

  KeyTable exception_index_;  // hash(lower form, tag) -> exceptions_
  std::vector<std::string> exceptions_;
  KeyTable rule_index_;  // hash(tag, suffix) -> rules_
  std::vector<Rule> rules_;
};

// Lower-cases ASCII and the Latin-1 / Latin Extended-A capitals.
std::string LowerCase(std::string_view s);

}  // namespace newsgraph::syntax

#endif  // NEWSGRAPH_SYNTAX_INTERNAL_LEMMATIZER_H_
