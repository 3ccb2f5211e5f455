#include "relations/syntax_view.h"

namespace newsgraph::relations {
namespace {

bool Capitalised(const std::string& w) {
  return !w.empty() && ((w[0] >= 'A' && w[0] <= 'Z') || static_cast<unsigned char>(w[0]) >= 0x80);
}

// A dateline or byline opens many news sentences: "UNITED NATIONS (Reuters)
// -", "AFP -", "SEOUL, Nov. 4 --". It is not part of the sentence's syntax
// (the parser takes "AFP" for a subject): the words up to such a dash are
// left out when nothing but capitalised words, brackets, commas, dots and
// numbers come before it, within the first ten words, and a space before it
// (a hyphen is not a dash). This is the end of one starting at
// words[start], or `start` when none.
size_t DatelineEndFrom(const std::vector<syntax::Word>& words, size_t start) {
  for (size_t k = start + 1; k < words.size() && k <= start + 10; ++k) {
    const std::string& prev = words[k - 1].form;
    if (!(Capitalised(prev) || prev == "(" || prev == ")" || prev == "," || prev == "." ||
          (prev[0] >= '0' && prev[0] <= '9'))) {
      return start;
    }
    // A dash with a space before it ("AFP -"), not a hyphen ("High-ranking");
    // or a colon after a label or place ("World News: Islamabad, Nov 9 :").
    const std::string& w = words[k].form;
    const bool dash = (w == "-" || w == "--" || w == "\xe2\x80\x94" || w == "\xe2\x80\x93") &&
                      words[k].span.begin > words[k - 1].span.end;
    if (dash || w == ":") return k + 1 < words.size() ? k + 1 : start;
  }
  return start;
}

}  // namespace

size_t DatelineEnd(const std::vector<syntax::Word>& words) {
  // A label and a dateline may follow each other: "World News: Islamabad, Nov 9 :".
  size_t end = 0;
  for (size_t next = DatelineEndFrom(words, 0); next != end; next = DatelineEndFrom(words, end)) end = next;
  return end;
}

void BuildSyntaxView(const syntax::Model& model, const ner::TaggedDocument& doc,
                     uint32_t sentence, uint32_t first_mention, uint32_t end_mention,
                     SyntaxView* view) {
  view->model = &model;
  view->words.clear();
  view->words = syntax::SentenceWords(doc.doc, sentence);
  size_t body = DatelineEnd(view->words);
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
    if (end > begin) view->mention_head[m - first_mention] = syntax::SpanHead(view->parse, begin, end);
    w = begin;
  }
}

}  // namespace newsgraph::relations
