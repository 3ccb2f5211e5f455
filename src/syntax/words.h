// Turns the tokenizer's tokens into the words a treebank-trained model
// expects (Universal Dependencies English conventions):
//   - contractions split into two words: "don't" -> "do" "n't",
//     "can't" -> "ca" "n't", "we'll" -> "we" "'ll", "cannot" -> "can" "not",
//     "gonna" -> "gon" "na" (in CoNLL-U, a multiword token);
//   - an abbreviation and its dot join into one word when the dot does not end
//     the sentence: "Mr" "." -> "Mr.", "Jan" "." -> "Jan.";
//   - a run of one punctuation mark joins ("--", "...", "!!"), "3" ":" "30"
//     into "3:30", and a web or e-mail address into one word;
//   - typographic apostrophes become "'" in the form the model sees.
// Every word keeps the byte span it covers in the text and its tokens.
// Pure functions; thread-safe.
#ifndef NEWSGRAPH_SYNTAX_WORDS_H_
#define NEWSGRAPH_SYNTAX_WORDS_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "text/document.h"

namespace newsgraph::syntax {

struct Word {
  std::string form;          // what the model sees
  text::Span span;           // bytes of the document text the word covers
  uint32_t first_token = 0;  // tokens [first_token, end_token) of the document
  uint32_t end_token = 0;    // (a split token's words share one token)
};

// Appends the words of tokens [first, end) of `doc` to *words.
void TokensToWords(const text::Document& doc, uint32_t first, uint32_t end,
                   std::vector<Word>* words);

// The words of one sentence of `doc`.
std::vector<Word> SentenceWords(const text::Document& doc, uint32_t sentence);

// Views of the words' forms, for Model::Analyze (valid while `words` lives).
std::vector<std::string_view> Forms(const std::vector<Word>& words);

}  // namespace newsgraph::syntax

#endif  // NEWSGRAPH_SYNTAX_WORDS_H_
