#include "ner/lexicon.h"

#include <cerrno>
#include <cstring>
#include <fstream>

#include "text/tokenizer.h"

namespace newsgraph::ner {
namespace {

std::string JoinKeys(const std::vector<std::string>& keys) {
  std::string out;
  for (const std::string& k : keys) {
    if (!out.empty()) out.push_back(' ');
    out += k;
  }
  return out;
}

}  // namespace

Status Lexicon::Load(const std::string& path) {
  std::ifstream in(path);
  if (!in) return Status::IOError(path + ": cannot read: " + std::strerror(errno));
  std::string line;
  size_t line_no = 0;
  bool header = false;
  while (std::getline(in, line)) {
    ++line_no;
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.empty() || line[0] == '#') continue;
    const std::string where = path + ":" + std::to_string(line_no);
    size_t t1 = line.find('\t');
    size_t t2 = t1 == std::string::npos ? t1 : line.find('\t', t1 + 1);
    if (t2 == std::string::npos || line.find('\t', t2 + 1) != std::string::npos) {
      return Status::InvalidArgument(where + ": expected 3 TAB-separated fields (kind, phrase, value)");
    }
    std::string kind = line.substr(0, t1);
    std::string phrase = line.substr(t1 + 1, t2 - t1 - 1);
    std::string value = line.substr(t2 + 1);
    if (!header) {
      if (kind != "kind" || phrase != "phrase" || value != "value") {
        return Status::InvalidArgument(where + ": header must be kind<TAB>phrase<TAB>value");
      }
      header = true;
      continue;
    }
    std::vector<std::string> keys = text::NameKeys(phrase);
    if (keys.empty()) return Status::InvalidArgument(where + ": empty phrase");
    std::string key = JoinKeys(keys);
    if (kind == "title") {
      if (value.empty()) return Status::InvalidArgument(where + ": a title needs a category in the value column");
      titles_[key] = value;
      max_title_tokens_ = std::max(max_title_tokens_, keys.size());
    } else if (kind == "honorific") {
      honorifics_.insert(key);
    } else if (kind == "org_head") {
      org_heads_.insert(key);
    } else if (kind == "particle") {
      particles_.insert(key);
    } else if (kind == "stopword") {
      stopwords_.insert(key);
    } else if (kind == "person_noun") {
      person_nouns_.insert(key);
    } else {
      return Status::InvalidArgument(where + ": unknown kind '" + kind +
                                     "' (title, honorific, org_head, particle, stopword, person_noun)");
    }
  }
  if (!header) return Status::InvalidArgument(path + ": empty lexicon (no header line)");
  return Status::OK();
}

Status Lexicon::LoadGivenNames(const std::string& path) {
  std::ifstream in(path);
  if (!in) return Status::IOError(path + ": cannot read: " + std::strerror(errno));
  std::string line;
  size_t line_no = 0;
  bool header = false;
  while (std::getline(in, line)) {
    ++line_no;
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.empty() || line[0] == '#') continue;
    const std::string where = path + ":" + std::to_string(line_no);
    size_t tab = line.find('\t');
    if (tab == std::string::npos || line.find('\t', tab + 1) != std::string::npos) {
      return Status::InvalidArgument(where + ": expected 2 TAB-separated fields (name, origin)");
    }
    if (!header) {
      if (line != "name\torigin") return Status::InvalidArgument(where + ": header must be name<TAB>origin");
      header = true;
      continue;
    }
    std::vector<std::string> keys = text::NameKeys(line.substr(0, tab));
    if (keys.size() != 1) return Status::InvalidArgument(where + ": a given name is one word");
    given_names_.insert(keys[0]);
  }
  if (!header) return Status::InvalidArgument(path + ": empty list (no header line)");
  return Status::OK();
}

uint32_t Lexicon::TitleEndingAt(const text::Document& doc, uint32_t sentence_begin, uint32_t end,
                                std::string* value, uint32_t* title_begin) const {
  // Collect up to max_title_tokens_ word tokens before `end`, skipping hyphens.
  std::vector<uint32_t> idx;
  for (uint32_t t = end; t > sentence_begin && idx.size() < max_title_tokens_;) {
    --t;
    if (doc.tokens[t].Is(text::kHyphen)) continue;
    if (!doc.tokens[t].Is(text::kWord)) break;
    idx.push_back(t);
  }
  for (size_t n = idx.size(); n >= 1; --n) {
    std::string key;
    for (size_t k = n; k-- > 0;) {
      if (!key.empty()) key.push_back(' ');
      key += doc.tokens[idx[k]].norm;
    }
    auto it = titles_.find(key);
    if (it != titles_.end()) {
      *value = it->second;
      *title_begin = idx[n - 1];
      return static_cast<uint32_t>(end - idx[n - 1]);
    }
  }
  return 0;
}

}  // namespace newsgraph::ner
