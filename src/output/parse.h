// The two formats `newsgraph parse` prints a parsed text in: the words of
// each sentence (pipeline/sentence_syntax.h) with their tags, lemmas and
// dependency tree, and the entity mentions laid over them.
// Pure functions; safe for concurrent use.
#ifndef NEWSGRAPH_OUTPUT_PARSE_H_
#define NEWSGRAPH_OUTPUT_PARSE_H_

#include <string>
#include <vector>

#include "ner/types.h"
#include "pipeline/sentence_syntax.h"
#include "syntax/model.h"

namespace newsgraph::output {

// CoNLL-U: one block per sentence with "# sent_id" and "# text" (the
// sentence on one line); a token split into two words ("don't") is a
// multiword token line followed by its words; MISC holds SpaceAfter=No and,
// for words inside an entity mention, Entity=B-TYPE or I-TYPE and
// EntityId=<key> (spaces as '_').
std::string FormatConllu(const ner::TaggedDocument& doc,
                         const std::vector<pipeline::SentenceSyntax>& sents,
                         const syntax::Model& model);

// A table per sentence under "# " and the sentence: index, form, lemma,
// UPOS, relation and head ("nsubj <- 2 met"), entity.
std::string FormatDependencyTable(const ner::TaggedDocument& doc,
                                  const std::vector<pipeline::SentenceSyntax>& sents,
                                  const syntax::Model& model);

}  // namespace newsgraph::output

#endif  // NEWSGRAPH_OUTPUT_PARSE_H_
