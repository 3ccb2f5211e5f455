// The syntax layer over a tagged document: the words of each sentence with
// their analysis (tags, lemmas, dependency tree), as `parse` prints them
// (output/parse.h). The model knows no entities; the printer lays the
// entity mentions over its words.
#ifndef NEWSGRAPH_PIPELINE_SENTENCE_SYNTAX_H_
#define NEWSGRAPH_PIPELINE_SENTENCE_SYNTAX_H_

#include <cstdint>
#include <vector>

#include "ner/types.h"
#include "syntax/model.h"
#include "syntax/words.h"

namespace newsgraph::pipeline {

struct SentenceSyntax {
  uint32_t sentence = 0;  // index into Document::sentences
  std::vector<syntax::Word> words;
  syntax::ParsedSentence parse;
};

// Analyzes every sentence of `doc` (tokens required).
void AnalyzeSentences(const syntax::Model& model, const ner::TaggedDocument& doc,
                      std::vector<SentenceSyntax>* out);

}  // namespace newsgraph::pipeline

#endif  // NEWSGRAPH_PIPELINE_SENTENCE_SYNTAX_H_
