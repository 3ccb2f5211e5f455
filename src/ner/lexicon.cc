#include "ner/lexicon.h"

#include <cerrno>
#include <cstring>
#include <fstream>
#include <functional>

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

// Reads a small TSV word list: '#' comments, a header equal to `header`,
// then lines of exactly as many fields; calls `line(where, fields)` for each.
Status ReadWordList(const std::string& path, const std::vector<std::string>& header,
                    const std::function<Status(const std::string&, const std::vector<std::string>&)>& line_fn) {
  std::ifstream in(path);
  if (!in) return Status::IOError(path + ": cannot read: " + std::strerror(errno));
  std::string line;
  size_t line_no = 0;
  bool have_header = false;
  std::string names;
  for (const std::string& h : header) names += (names.empty() ? "" : "<TAB>") + h;
  while (std::getline(in, line)) {
    ++line_no;
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.empty() || line[0] == '#') continue;
    const std::string where = path + ":" + std::to_string(line_no);
    std::vector<std::string> fields;
    for (size_t start = 0;;) {
      size_t tab = line.find('\t', start);
      fields.push_back(line.substr(start, tab == std::string::npos ? std::string::npos : tab - start));
      if (tab == std::string::npos) break;
      start = tab + 1;
    }
    if (!have_header) {
      if (fields != header) return Status::InvalidArgument(where + ": header must be " + names);
      have_header = true;
      continue;
    }
    if (fields.size() != header.size()) {
      return Status::InvalidArgument(where + ": expected " + std::to_string(header.size()) +
                                     " TAB-separated fields (" + names + ")");
    }
    NG_RETURN_IF_ERROR(line_fn(where, fields));
  }
  if (!have_header) return Status::InvalidArgument(path + ": empty list (no header line)");
  return Status::OK();
}

}  // namespace

Status Lexicon::Load(const std::string& path) {
  return ReadWordList(path, {"kind", "phrase", "value"},
                      [&](const std::string& where, const std::vector<std::string>& f) {
    const std::string& kind = f[0];
    const std::string& value = f[2];
    std::vector<std::string> keys = text::NameKeys(f[1]);
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
    } else if (kind == "sports_word") {
      if (!value.empty() && value != "weak") return Status::InvalidArgument(where + ": a sports word's value is empty or 'weak'");
      sports_words_[key] = value == "weak";
    } else if (kind == "event_head") {
      event_heads_.insert(key);
    } else if (kind == "business_word") {
      business_words_.insert(key);
    } else {
      return Status::InvalidArgument(where + ": unknown kind '" + kind +
                                     "' (title, honorific, org_head, particle, stopword, person_noun, sports_word, event_head, business_word)");
    }
    return Status::OK();
  });
}

Status Lexicon::LoadGivenNames(const std::string& path) {
  return ReadWordList(path, {"name", "origin"},
                      [&](const std::string& where, const std::vector<std::string>& f) {
    std::vector<std::string> keys = text::NameKeys(f[0]);
    if (keys.size() != 1) return Status::InvalidArgument(where + ": a given name is one word");
    given_names_.insert(keys[0]);
    return Status::OK();
  });
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
