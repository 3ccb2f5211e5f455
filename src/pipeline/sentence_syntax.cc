#include "pipeline/sentence_syntax.h"

namespace newsgraph::pipeline {

void AnalyzeSentences(const syntax::Model& model, const ner::TaggedDocument& doc,
                      std::vector<SentenceSyntax>* out) {
  out->clear();
  for (uint32_t s = 0; s < doc.doc.sentences.size(); ++s) {
    SentenceSyntax ss;
    ss.sentence = s;
    ss.words = syntax::SentenceWords(doc.doc, s);
    if (ss.words.empty()) continue;
    model.Analyze(syntax::Forms(ss.words), &ss.parse);
    out->push_back(std::move(ss));
  }
}

}  // namespace newsgraph::pipeline
