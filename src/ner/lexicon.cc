#include "ner/lexicon.h"

#include <cerrno>
#include <cstring>
#include <fstream>
#include <functional>
#include <iterator>
#include <unordered_set>

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
Status ReadWordList(
    const std::string& path, const std::vector<std::string>& header,
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
      fields.push_back(
          line.substr(start, tab == std::string::npos ? std::string::npos : tab - start));
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

// The kinds of rules/lexicon.tsv that are word lists, in WordList order.
constexpr const char* kWordListKinds[] = {
    "honorific",     "org_head",         "particle",      "stopword",          "person_noun",
    "event_head",    "business_word",    "location_cue",  "place_preposition", "travel_word",
    "opponent_word", "minor_word",       "not_org_start", "calendar_word",     "company_suffix",
    "org_connector", "apposition_filler"};
static_assert(std::size(kWordListKinds) == static_cast<size_t>(WordList::kCount));

// A gazetteer id: "type:name", no spaces.
bool IsId(std::string_view s) {
  const size_t colon = s.find(':');
  return colon != std::string_view::npos && colon > 0 && colon + 1 < s.size() &&
         s.find_first_of(" \t") == std::string_view::npos;
}

}  // namespace

Status Lexicon::Load(const std::string& path) {
  std::vector<std::pair<std::string, std::string>> role_categories;  // (category, where)
  Status s = ReadWordList(
      path, {"kind", "phrase", "value"},
      [&](const std::string& where, const std::vector<std::string>& f) {
        const std::string& kind = f[0];
        const std::string& phrase = f[1];
        const std::string& value = f[2];
        std::vector<std::string> keys = text::NameKeys(phrase);
        if (keys.empty()) return Status::InvalidArgument(where + ": empty phrase");
        std::string key = JoinKeys(keys);
        if (kind == "title") {
          if (value.empty())
            return Status::InvalidArgument(where +
                                           ": a title needs a category in the value column");
          titles_[key] = value;
          max_title_tokens_ = std::max(max_title_tokens_, keys.size());
        } else if (kind == "role_word") {
          if (value.empty()) {
            return Status::InvalidArgument(
                where + ": a role word needs a title category in the value column");
          }
          role_words_[value].push_back(phrase);
          role_categories.emplace_back(value, where);
        } else if (kind == "sports_word") {
          if (!value.empty() && value != "weak")
            return Status::InvalidArgument(where + ": a sports word's value is empty or 'weak'");
          sports_words_[key] = value == "weak";
        } else if (kind == "family_name_first" || kind == "national_side") {
          if (!IsId(phrase)) {
            return Status::InvalidArgument(where + ": a " + kind +
                                           " phrase is a gazetteer id (\"country:KOR\")");
          }
          (kind == "family_name_first" ? family_name_first_ : national_sides_).insert(phrase);
        } else {
          size_t list = 0;
          while (list < std::size(kWordListKinds) && kind != kWordListKinds[list]) ++list;
          if (list == std::size(kWordListKinds)) {
            std::string kinds = "title, role_word, sports_word, family_name_first, national_side";
            for (const char* k : kWordListKinds) kinds += std::string(", ") + k;
            return Status::InvalidArgument(where + ": unknown kind '" + kind + "' (" + kinds + ")");
          }
          words_[key] |= 1u << list;
        }
        return Status::OK();
      });
  NG_RETURN_IF_ERROR(s);
  // A role word serves a category the titles use ("President" -> head_of_state).
  std::unordered_set<std::string_view> categories;
  for (const auto& [title, category] : titles_) categories.insert(category);
  for (const auto& [category, where] : role_categories) {
    if (!categories.count(category)) {
      return Status::InvalidArgument(where + ": no title has the category '" + category + "'");
    }
  }
  return Status::OK();
}

Status Lexicon::LoadGivenNames(const std::string& path) {
  return ReadWordList(path, {"name", "origin"},
                      [&](const std::string& where, const std::vector<std::string>& f) {
                        std::vector<std::string> keys = text::NameKeys(f[0]);
                        if (keys.size() != 1)
                          return Status::InvalidArgument(where + ": a given name is one word");
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

bool Lexicon::RoleFits(std::string_view role, std::string_view category) const {
  auto it = role_words_.find(category);
  if (it == role_words_.end()) return false;
  for (const std::string& word : it->second) {
    if (role.find(word) != std::string_view::npos) return true;
  }
  return false;
}

}  // namespace newsgraph::ner
