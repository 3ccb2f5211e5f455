// Internal to syntax/. The per-word hashes the tagger and the parser build
// their features from, computed once per sentence.
#ifndef NEWSGRAPH_SYNTAX_INTERNAL_WORD_FEATURES_H_
#define NEWSGRAPH_SYNTAX_INTERNAL_WORD_FEATURES_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace newsgraph::syntax {

struct WordHashes {
  uint64_t lower = 0;       // lower-cased form, digits as 0 ("May" -> "may", "1999" -> "0000")
  uint64_t cased = 0;       // the form as written
  uint64_t shape = 0;       // character classes, runs collapsed ("McCain" -> "XxXx")
  uint64_t prefix[3] = {};  // first 1..3 characters of `lower`
  uint64_t suffix[4] = {};  // last 1..4 characters of `lower`
  bool first_upper = false;
};

// Lower-cases ASCII letters and maps ASCII digits to '0'; other bytes kept.
std::string FoldForm(std::string_view form);

// Fills (*out)[i] for each word.
void ComputeWordHashes(const std::vector<std::string_view>& forms, std::vector<WordHashes>* out);

}  // namespace newsgraph::syntax

#endif  // NEWSGRAPH_SYNTAX_INTERNAL_WORD_FEATURES_H_
