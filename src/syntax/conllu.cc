#include "syntax/conllu.h"

#include <charconv>
#include <fstream>

namespace newsgraph::syntax {
namespace {

std::vector<std::string> SplitTabs(const std::string& line) {
  std::vector<std::string> cols;
  size_t start = 0;
  while (true) {
    size_t tab = line.find('\t', start);
    cols.push_back(line.substr(start, tab == std::string::npos ? std::string::npos : tab - start));
    if (tab == std::string::npos) break;
    start = tab + 1;
  }
  return cols;
}

bool ParseInt(const std::string& s, int* v) {
  auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), *v);
  return ec == std::errc() && end == s.data() + s.size();
}

}  // namespace

bool ConlluReader::Fail(const std::string& reason) {
  status_ = Status::InvalidArgument(name_ + ":" + std::to_string(line_no_) + ": " + reason);
  return false;
}

bool ConlluReader::Next(ConlluSentence* out) {
  *out = ConlluSentence();
  std::string line;
  bool any = false;
  while (std::getline(*in_, line)) {
    ++line_no_;
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.empty()) {
      if (any) break;
      continue;
    }
    any = true;
    if (line[0] == '#') {
      out->comments.push_back(line);
      continue;
    }
    std::vector<std::string> cols = SplitTabs(line);
    if (cols.size() != 10) {
      return Fail("expected 10 tab-separated columns, got " + std::to_string(cols.size()));
    }
    const std::string& id = cols[0];
    if (id.find('-') != std::string::npos || id.find('.') != std::string::npos) {
      out->extra.push_back({out->words.size(), line});
      continue;
    }
    int n = 0;
    if (!ParseInt(id, &n) || n != static_cast<int>(out->words.size()) + 1) {
      return Fail("expected word ID " + std::to_string(out->words.size() + 1) + ", got '" + id +
                  "'");
    }
    ConlluWord w;
    w.form = cols[1];
    w.lemma = cols[2];
    w.upos = cols[3];
    w.xpos = cols[4];
    w.feats = cols[5];
    if (cols[6] != "_" && (!ParseInt(cols[6], &w.head) || w.head < 0)) {
      return Fail("bad HEAD '" + cols[6] + "'");
    }
    w.deprel = cols[7];
    w.deps = cols[8];
    w.misc = cols[9];
    out->words.push_back(std::move(w));
  }
  if (!any) return false;
  for (size_t i = 0; i < out->words.size(); ++i) {
    if (out->words[i].head > static_cast<int>(out->words.size())) {
      return Fail("word " + std::to_string(i + 1) + ": HEAD " + std::to_string(out->words[i].head) +
                  " is past the sentence's last word");
    }
  }
  if (out->words.empty()) return Fail("sentence without words");
  return true;
}

Status ReadConlluFile(const std::string& path, std::vector<ConlluSentence>* out) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status::IOError(path + ": cannot read");
  ConlluReader reader(&in, path);
  ConlluSentence s;
  while (reader.Next(&s)) out->push_back(std::move(s));
  return reader.status();
}

void AppendConllu(const ConlluSentence& sentence, std::string* out) {
  for (const std::string& c : sentence.comments) {
    *out += c;
    *out += '\n';
  }
  size_t extra = 0;
  for (size_t i = 0; i <= sentence.words.size(); ++i) {
    while (extra < sentence.extra.size() && sentence.extra[extra].before == i) {
      *out += sentence.extra[extra++].line;
      *out += '\n';
    }
    if (i == sentence.words.size()) break;
    const ConlluWord& w = sentence.words[i];
    *out += std::to_string(i + 1);
    for (const std::string* col : {&w.form, &w.lemma, &w.upos, &w.xpos, &w.feats}) {
      *out += '\t';
      *out += *col;
    }
    *out += '\t';
    *out += w.head < 0 ? std::string("_") : std::to_string(w.head);
    for (const std::string* col : {&w.deprel, &w.deps, &w.misc}) {
      *out += '\t';
      *out += *col;
    }
    *out += '\n';
  }
  *out += '\n';
}

}  // namespace newsgraph::syntax
