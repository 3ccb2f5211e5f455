#include "relations/internal/syntax_view.h"

#include "text/dateline.h"

namespace newsgraph::relations {
namespace {

// A dateline or byline ("UNITED NATIONS (Reuters) -", "AFP -") is not part
// of the sentence's syntax (the parser takes "AFP" for a subject): its words
// are left out (text/dateline.h).
size_t DatelineWords(const ner::TaggedDocument& doc, const std::vector<syntax::Word>& words) {
  if (words.empty()) return 0;
  const uint32_t begin = words.front().span.begin;
  const size_t end = text::DatelineEnd(doc.doc.Slice({begin, words.back().span.end}));
  if (end == 0) return 0;
  size_t k = 0;
  while (k < words.size() && words[k].span.begin < begin + end) ++k;
  return k;
}

}  // namespace

void BuildSyntaxView(const syntax::Model& model, const ner::TaggedDocument& doc, uint32_t sentence,
                     uint32_t first_mention, uint32_t end_mention, SyntaxView* view) {
  view->model = &model;
  view->words.clear();
  view->words = syntax::SentenceWords(doc.doc, sentence);
  const size_t body = DatelineWords(doc, view->words);
  if (body > 0) view->words.erase(view->words.begin(), view->words.begin() + body);
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
    if (end > begin)
      view->mention_head[m - first_mention] = syntax::SpanHead(view->parse, begin, end);
    w = begin;
  }
}

}  // namespace newsgraph::relations
