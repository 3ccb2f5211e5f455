#include "output/parse.h"

#include <algorithm>
#include <cstdio>

#include "format/text.h"

namespace newsgraph::output {
namespace {

using pipeline::SentenceSyntax;

// The mention covering byte span `s`, or -1 ("first" says whether the span
// starts the mention). Mentions are sorted by start.
int MentionAt(const ner::TaggedDocument& doc, text::Span s, bool* first) {
  auto it =
      std::upper_bound(doc.mentions.begin(), doc.mentions.end(), s.begin,
                       [](uint32_t pos, const ner::Mention& m) { return pos < m.span.begin; });
  while (it != doc.mentions.begin()) {
    --it;
    if (it->span.begin <= s.begin && s.end <= it->span.end) {
      *first = it->span.begin == s.begin;
      return static_cast<int>(it - doc.mentions.begin());
    }
    if (it->span.end <= s.begin) break;
  }
  return -1;
}

std::string Underscored(std::string s) {
  for (char& c : s) {
    if (c == ' ' || c == '\t' || c == '|' || c == '\n') c = '_';
  }
  return s;
}

bool SpaceAfter(const ner::TaggedDocument& doc, uint32_t end) {
  return end < doc.doc.text.size() && (doc.doc.text[end] == ' ' || doc.doc.text[end] == '\n' ||
                                       doc.doc.text[end] == '\t' || doc.doc.text[end] == '\r');
}

}  // namespace

std::string FormatConllu(const ner::TaggedDocument& doc, const std::vector<SentenceSyntax>& sents,
                         const syntax::Model& model) {
  std::string out;
  for (const SentenceSyntax& ss : sents) {
    out += "# sent_id = " + std::to_string(ss.sentence + 1) + "\n";
    out += "# text = " + format::OneLine(doc.doc.Slice(doc.doc.sentences[ss.sentence].span)) + "\n";
    for (size_t i = 0; i < ss.words.size(); ++i) {
      const syntax::Word& w = ss.words[i];
      bool split = i + 1 < ss.words.size() && ss.words[i + 1].first_token == w.first_token &&
                   ss.words[i + 1].end_token == w.end_token;
      if (split) {
        const syntax::Word& w2 = ss.words[i + 1];
        out += std::to_string(i + 1) + "-" + std::to_string(i + 2) + "\t" +
               std::string(doc.doc.Slice({w.span.begin, w2.span.end})) + "\t_\t_\t_\t_\t_\t_\t_\t" +
               (SpaceAfter(doc, w2.span.end) ? "_" : "SpaceAfter=No") + "\n";
      }
      for (size_t k = i; k <= i + (split ? 1 : 0); ++k) {
        const syntax::Word& x = ss.words[k];
        std::vector<std::string> misc;
        if (!split && !SpaceAfter(doc, x.span.end)) misc.push_back("SpaceAfter=No");
        bool first = false;
        int m = MentionAt(doc, x.span, &first);
        if (m >= 0) {
          const ner::DocEntity& e = doc.entities[doc.mentions[m].entity];
          misc.push_back(std::string("Entity=") + (first ? "B-" : "I-") + e.type);
          misc.push_back("EntityId=" + Underscored(e.key));
        }
        std::string misc_col;
        for (const std::string& part : misc) misc_col += (misc_col.empty() ? "" : "|") + part;
        const syntax::ParsedSentence& p = ss.parse;
        out += std::to_string(k + 1) + "\t" + Underscored(std::string(doc.doc.Slice(x.span))) +
               "\t" + Underscored(p.lemma[k]) + "\t" + std::string(syntax::UposName(p.upos[k])) +
               "\t" + std::string(model.TagName(p.tag[k])) + "\t_\t" +
               std::to_string(p.head[k] + 1) + "\t" + std::string(model.LabelName(p.label[k])) +
               "\t_\t" + (misc_col.empty() ? "_" : misc_col) + "\n";
      }
      if (split) ++i;
    }
    out += "\n";
  }
  return out;
}

std::string FormatDependencyTable(const ner::TaggedDocument& doc,
                                  const std::vector<SentenceSyntax>& sents,
                                  const syntax::Model& model) {
  std::string out;
  char line[512];
  for (const SentenceSyntax& ss : sents) {
    out += "# " + format::OneLine(doc.doc.Slice(doc.doc.sentences[ss.sentence].span)) + "\n";
    const syntax::ParsedSentence& p = ss.parse;
    for (size_t i = 0; i < ss.words.size(); ++i) {
      std::string head = p.head[i] < 0
                             ? std::string("root")
                             : std::string(model.LabelName(p.label[i])) + " <- " +
                                   std::to_string(p.head[i] + 1) + " " + ss.words[p.head[i]].form;
      bool first = false;
      int m = MentionAt(doc, ss.words[i].span, &first);
      std::string entity;
      if (m >= 0) {
        const ner::DocEntity& e = doc.entities[doc.mentions[m].entity];
        entity = e.type + " " + e.name;
      }
      std::snprintf(line, sizeof line, "%3zu  %-16s %-14s %-6s %-28s %s\n", i + 1,
                    ss.words[i].form.c_str(), p.lemma[i].c_str(),
                    std::string(syntax::UposName(p.upos[i])).c_str(), head.c_str(), entity.c_str());
      out += line;
    }
    out += "\n";
  }
  return out;
}

}  // namespace newsgraph::output
