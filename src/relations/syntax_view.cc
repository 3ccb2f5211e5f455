#include "relations/syntax_view.h"

namespace newsgraph::relations {

void BuildSyntaxView(const syntax::Model& model, const ner::TaggedDocument& doc,
                     uint32_t sentence, uint32_t first_mention, uint32_t end_mention,
                     SyntaxView* view) {
  view->words.clear();
  view->words = syntax::SentenceWords(doc.doc, sentence);
  model.Analyze(syntax::Forms(view->words), &view->parse);
  const int n = static_cast<int>(view->words.size());
  view->first_mention = first_mention;
  view->word_mention.assign(n, -1);
  view->mention_head.assign(end_mention - first_mention, -1);
  int w = 0;
  for (uint32_t m = first_mention; m < end_mention; ++m) {
    const text::Span span = doc.mentions[m].span;
    while (w < n && view->words[w].span.end <= span.begin) ++w;
    int begin = w, end = w;
    while (end < n && view->words[end].span.begin < span.end) {
      view->word_mention[end] = static_cast<int32_t>(m);
      ++end;
    }
    if (end > begin) view->mention_head[m - first_mention] = syntax::SpanHead(view->parse, begin, end);
    w = begin;
  }
}

}  // namespace newsgraph::relations
