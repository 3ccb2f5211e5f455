// The syntax layer over a tagged document: the words of each sentence with
// their analysis (tags, lemmas, dependency tree), and the `parse` command's
// two output formats. The model knows no entities; here the entity
// mentions are laid over its words.
#ifndef NEWSGRAPH_PIPELINE_SYNTAX_OUTPUT_H_
#define NEWSGRAPH_PIPELINE_SYNTAX_OUTPUT_H_

#include <string>
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

// CoNLL-U: one block per sentence with "# sent_id" and "# text"; a token
// split into two words ("don't") is a multiword token line followed by its
// words; MISC holds SpaceAfter=No and, for words inside an entity mention,
// Entity=B-TYPE or I-TYPE and EntityId=<key> (spaces as '_').
std::string FormatConllu(const ner::TaggedDocument& doc, const std::vector<SentenceSyntax>& sents,
                         const syntax::Model& model);

// A table per sentence: index, form, lemma, UPOS, relation and head
// ("nsubj <- 2 met"), entity.
std::string FormatDependencyTable(const ner::TaggedDocument& doc,
                                  const std::vector<SentenceSyntax>& sents,
                                  const syntax::Model& model);

}  // namespace newsgraph::pipeline

#endif  // NEWSGRAPH_PIPELINE_SYNTAX_OUTPUT_H_
