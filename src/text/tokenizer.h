// Tokenizer splits a document's text into word and punctuation tokens and
// into sentences, keeping byte offsets into the original text.
//
//   text::Document doc{.name = "a.txt", .text = "..."};
//   text::Tokenize(&doc);   // fills doc.tokens and doc.sentences
//
// Words keep inner apostrophes ("O'Brien") and abbreviation dots ("U.S.",
// "W."); a possessive "'s" (or a bare "'" after a plural) becomes its own
// token with kPossessive; hyphens and dashes are their own kHyphen tokens.
// Sentences end at . ! ? (not after a known abbreviation such as "Mr." or
// "Oct.") followed by a capitalised word, a digit, a quote or a bracket, and
// at blank lines. The text must be valid UTF-8. Pure function; thread-safe.
#ifndef NEWSGRAPH_TEXT_TOKENIZER_H_
#define NEWSGRAPH_TEXT_TOKENIZER_H_

#include <string>
#include <string_view>
#include <vector>

#include "text/document.h"

namespace newsgraph::text {

void Tokenize(Document* doc);

// The match key of one token's text: folded, inner dots and apostrophes
// unified ("U.N." -> "un", "Côte" -> "cote", "O’Brien" -> "o'brien").
std::string NormalizeToken(std::string_view token_text);

// True for the words a following "." does not end a sentence after ("mr",
// "gen", "oct"), given folded as in Token::norm.
bool IsAbbreviation(std::string_view folded);

// Tokenizes a name (a gazetteer entry) into match keys, dropping hyphens:
// "Cho Tae-yul" -> {"cho", "tae", "yul"}; "U.S." -> {"us"}.
std::vector<std::string> NameKeys(std::string_view name);

}  // namespace newsgraph::text

#endif  // NEWSGRAPH_TEXT_TOKENIZER_H_
