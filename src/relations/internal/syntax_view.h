// Internal to relations/. The syntax of one sentence as the relation rules
// see it: the model's words and dependency tree, with each entity mention
// of the sentence mapped to its head word, so that a several-word name is
// one node ("Foreign Minister Cho Tae-yul" -> "Cho Tae-yul" -> its head).
#ifndef NEWSGRAPH_RELATIONS_INTERNAL_SYNTAX_VIEW_H_
#define NEWSGRAPH_RELATIONS_INTERNAL_SYNTAX_VIEW_H_

#include <cstdint>
#include <vector>

#include "ner/types.h"
#include "syntax/model.h"
#include "syntax/words.h"

namespace newsgraph::relations {

struct SyntaxView {
  const syntax::Model* model = nullptr;  // gives the label names
  std::vector<syntax::Word> words;
  syntax::ParsedSentence parse;
  // Per word: the document mention covering it, or -1.
  std::vector<int32_t> word_mention;
  // Per mention [first_mention, end_mention): its head word, or -1.
  std::vector<int32_t> mention_head;
  uint32_t first_mention = 0;
};

// Parses sentence `sentence` of `doc` (without its dateline) and lays its mentions
// [first_mention, end_mention) over the words.
void BuildSyntaxView(const syntax::Model& model, const ner::TaggedDocument& doc, uint32_t sentence,
                     uint32_t first_mention, uint32_t end_mention, SyntaxView* view);

}  // namespace newsgraph::relations

#endif  // NEWSGRAPH_RELATIONS_INTERNAL_SYNTAX_VIEW_H_
