#include "relations/internal/word_class.h"

#include <algorithm>

#include "text/tokenizer.h"

namespace newsgraph::relations {
namespace {

std::vector<std::string_view> SplitBars(std::string_view s) {
  std::vector<std::string_view> out;
  size_t start = 0;
  while (true) {
    size_t p = s.find('|', start);
    std::string_view v = s.substr(start, p == std::string_view::npos ? p : p - start);
    while (!v.empty() && v.front() == ' ') v.remove_prefix(1);
    while (!v.empty() && v.back() == ' ') v.remove_suffix(1);
    out.push_back(v);
    if (p == std::string_view::npos) return out;
    start = p + 1;
  }
}

bool IsName(std::string_view name, bool upper) {
  if (name.empty()) return false;
  return std::all_of(name.begin(), name.end(), [upper](char c) {
    return (upper ? (c >= 'A' && c <= 'Z') : (c >= 'a' && c <= 'z')) || c == '_' ||
           (c >= '0' && c <= '9');
  });
}

bool ParseForm(std::string_view s, Form* form) {
  static constexpr std::pair<std::string_view, Form> kForms[] = {
      {"base", Form::kBase}, {"s", Form::kS},     {"past", Form::kPast},
      {"pp", Form::kPp},     {"ing", Form::kIng}, {"fin", Form::kFin}};
  for (const auto& [name, f] : kForms) {
    if (s == name) {
      *form = f;
      return true;
    }
  }
  return false;
}

size_t Index(Form f) { return static_cast<size_t>(f); }

}  // namespace

int32_t Vocabulary::Intern(std::string_view norm) {
  auto [it, inserted] = ids_.try_emplace(std::string(norm), static_cast<int32_t>(ids_.size()));
  return it->second;
}

int32_t Vocabulary::Find(std::string_view norm) const {
  auto it = ids_.find(norm);
  return it == ids_.end() ? -1 : it->second;
}

std::vector<int32_t> Vocabulary::InternPhrase(std::string_view phrase) {
  std::vector<int32_t> ids;
  if (phrase == "'s" || phrase == "\xE2\x80\x99s") {  // the possessive alone
    ids.push_back(Intern("'s"));
    return ids;
  }
  text::Document doc;
  doc.text = std::string(phrase);
  text::Tokenize(&doc);
  for (const text::Token& t : doc.tokens) ids.push_back(Intern(t.norm));
  return ids;
}

void WordClass::Add(const std::vector<int32_t>& phrase) {
  if (phrase.empty()) return;
  if (phrase.size() == 1) {
    auto it = std::lower_bound(singles_.begin(), singles_.end(), phrase[0]);
    if (it == singles_.end() || *it != phrase[0]) singles_.insert(it, phrase[0]);
    return;
  }
  if (std::find(multi_.begin(), multi_.end(), phrase) != multi_.end()) return;
  auto it = std::find_if(multi_.begin(), multi_.end(),
                         [&](const std::vector<int32_t>& p) { return p.size() < phrase.size(); });
  multi_.insert(it, phrase);
  auto first = std::lower_bound(multi_firsts_.begin(), multi_firsts_.end(), phrase[0]);
  if (first == multi_firsts_.end() || *first != phrase[0]) multi_firsts_.insert(first, phrase[0]);
}

void WordClass::Merge(const WordClass& other) {
  for (int32_t w : other.singles_) Add({w});
  for (const std::vector<int32_t>& p : other.multi_) Add(p);
}

bool WordClass::ContainsWord(int32_t word) const {
  return word >= 0 && std::binary_search(singles_.begin(), singles_.end(), word);
}

int WordClass::Match(const Items& items, int pos, int limit, int* lengths) const {
  int n = 0;
  // Most items start no phrase: look at the phrases only when one starts with this word.
  if (pos < limit && items[pos].word >= 0 &&
      std::binary_search(multi_firsts_.begin(), multi_firsts_.end(), items[pos].word)) {
    int last = -1;
    for (const std::vector<int32_t>& p : multi_) {
      const int len = static_cast<int>(p.size());
      if (len == last || pos + len > limit) continue;
      bool ok = true;
      for (int k = 0; k < len && ok; ++k) ok = items[pos + k].word == p[k];
      if (ok) {
        lengths[n++] = len;
        last = len;
        if (n == kMaxLengths) return n;
      }
    }
  }
  if (pos < limit && ContainsWord(items[pos].word)) lengths[n++] = 1;
  return n;
}

void WordClass::FirstWords(std::vector<int32_t>* out) const {
  out->insert(out->end(), singles_.begin(), singles_.end());
  for (const std::vector<int32_t>& p : multi_) out->push_back(p[0]);
}

Status ClassTable::Define(const std::string& name, std::unique_ptr<Named> named) {
  if (!named_.emplace(name, std::move(named)).second) {
    return Status::InvalidArgument("@" + name + " is defined twice");
  }
  return Status::OK();
}

Status ClassTable::DefineVerb(const std::string& name, std::string_view forms, Vocabulary* vocab) {
  if (!IsName(name, false)) {
    return Status::InvalidArgument("verb name \"" + name +
                                   "\" must be lower-case letters, digits or _");
  }
  std::vector<std::string_view> parts = SplitBars(forms);
  if (parts.size() != 5) {
    return Status::InvalidArgument("verb " + name + " needs 5 forms base|s|past|pp|ing, got " +
                                   std::to_string(parts.size()));
  }
  auto named = std::make_unique<Named>();
  const Form order[5] = {Form::kBase, Form::kS, Form::kPast, Form::kPp, Form::kIng};
  for (int i = 0; i < 5; ++i) {
    std::vector<int32_t> phrase = vocab->InternPhrase(parts[i]);
    if (phrase.empty())
      return Status::InvalidArgument("verb " + name + ": empty form " + std::to_string(i + 1));
    named->forms[Index(order[i])].Add(phrase);
    named->forms[Index(Form::kAll)].Add(phrase);
    if (order[i] == Form::kBase || order[i] == Form::kS || order[i] == Form::kPast) {
      named->forms[Index(Form::kFin)].Add(phrase);
    }
  }
  return Define(name, std::move(named));
}

Status ClassTable::DefineClass(const std::string& name, std::string_view members,
                               Vocabulary* vocab) {
  if (!IsName(name, true)) {
    return Status::InvalidArgument("class name \"" + name +
                                   "\" must be upper-case letters, digits or _");
  }
  auto named = std::make_unique<Named>();
  for (std::string_view m : SplitBars(members)) {
    if (m.empty()) return Status::InvalidArgument("class " + name + ": empty member");
    if (m.front() != '@') {
      std::vector<int32_t> phrase = vocab->InternPhrase(m);
      if (phrase.empty())
        return Status::InvalidArgument("class " + name + ": member \"" + std::string(m) +
                                       "\" has no words");
      named->forms[Index(Form::kAll)].Add(phrase);
      named->has_plain = true;
      continue;
    }
    std::string_view ref = m.substr(1);
    size_t dot = ref.find('.');
    auto it = named_.find(std::string(ref.substr(0, dot)));
    if (it == named_.end()) {
      return Status::InvalidArgument("class " + name + ": unknown member " + std::string(m) +
                                     " (define verbs and classes before use)");
    }
    const Named& other = *it->second;
    if (dot == std::string_view::npos) {
      for (size_t f = 0; f < named->forms.size(); ++f) named->forms[f].Merge(other.forms[f]);
      named->has_plain = named->has_plain || other.has_plain;
      continue;
    }
    const WordClass* form = nullptr;
    NG_RETURN_IF_ERROR(Resolve(ref, &form));
    named->forms[Index(Form::kAll)].Merge(*form);
    named->has_plain = true;  // a chosen form is a plain phrase set from here on
  }
  return Define(name, std::move(named));
}

Status ClassTable::Resolve(std::string_view ref, const WordClass** out) const {
  size_t dot = ref.find('.');
  std::string name(ref.substr(0, dot));
  auto it = named_.find(name);
  if (it == named_.end()) return Status::InvalidArgument("unknown class @" + std::string(ref));
  Form form = Form::kAll;
  if (dot != std::string_view::npos) {
    if (!ParseForm(ref.substr(dot + 1), &form)) {
      return Status::InvalidArgument("@" + std::string(ref) +
                                     ": unknown form (use base, s, past, pp, ing or fin)");
    }
    if (it->second->has_plain) {
      return Status::InvalidArgument("@" + std::string(ref) + ": @" + name +
                                     " has plain phrases; forms apply to verbs only");
    }
  }
  *out = &it->second->forms[Index(form)];
  return Status::OK();
}

const WordClass* ClassTable::Find(std::string_view name) const {
  auto it = named_.find(std::string(name));
  return it == named_.end() ? nullptr : &it->second->forms[Index(Form::kAll)];
}

}  // namespace newsgraph::relations
