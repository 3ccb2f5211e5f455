#include "syntax/words.h"

#include "text/tokenizer.h"

namespace newsgraph::syntax {
namespace {

// Replaces U+2019 (right single quotation mark) by "'".
std::string StraightApostrophes(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (size_t i = 0; i < s.size(); ++i) {
    if (i + 2 < s.size() && s[i] == '\xe2' && s[i + 1] == '\x80' && s[i + 2] == '\x99') {
      out += '\'';
      i += 2;
    } else {
      out += s[i];
    }
  }
  return out;
}

bool IsAsciiLetter(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

bool EndsWithNoCase(std::string_view s, std::string_view suffix) {
  if (s.size() < suffix.size()) return false;
  for (size_t i = 0; i < suffix.size(); ++i) {
    char a = s[s.size() - suffix.size() + i];
    if (a >= 'A' && a <= 'Z') a = static_cast<char>(a - 'A' + 'a');
    if (a != suffix[i]) return false;
  }
  return true;
}

// Where a contraction splits `form` (straight apostrophes), or 0.
size_t ContractionSplit(std::string_view form) {
  if (form.size() > 3 && EndsWithNoCase(form, "n't") && IsAsciiLetter(form[form.size() - 4])) {
    return form.size() - 3;
  }
  for (std::string_view clitic : {"'ll", "'re", "'ve", "'m", "'d"}) {
    if (form.size() > clitic.size() && EndsWithNoCase(form, clitic) &&
        IsAsciiLetter(form[form.size() - clitic.size() - 1])) {
      return form.size() - clitic.size();
    }
  }
  if (form.size() == 6 && EndsWithNoCase(form, "cannot")) return 3;
  if (form.size() == 5 && (EndsWithNoCase(form, "gonna") || EndsWithNoCase(form, "wanna"))) {
    return 3;
  }
  if (form.size() == 5 && EndsWithNoCase(form, "gotta")) return 3;
  return 0;
}

bool Adjacent(const text::Document& doc, uint32_t a, uint32_t b) {
  return doc.tokens[a].span.end == doc.tokens[b].span.begin;
}

bool IsDigits(std::string_view s) {
  if (s.empty()) return false;
  for (char c : s) {
    if (c < '0' || c > '9') return false;
  }
  return true;
}

bool IsRepeatablePunct(std::string_view s) {
  return s.size() == 1 && (s[0] == '.' || s[0] == '!' || s[0] == '?' || s[0] == '-' ||
                           s[0] == '=' || s[0] == '*' || s[0] == '_' || s[0] == '~');
}

// A web address or e-mail address written as several tokens without spaces.
bool LooksLikeAddress(std::string_view s) {
  if (s.find("://") != std::string_view::npos || s.rfind("www.", 0) == 0) return true;
  size_t at = s.find('@');
  return at != std::string_view::npos && at > 0 && s.find('.', at) != std::string_view::npos &&
         s.find('.', at) + 1 < s.size();
}

}  // namespace

// What an HTML entity left in the text stands for ("quot;", "&amp;",
// "#36;"; the tokenizer reads the apostrophe "#39;" itself), when tokens
// [t, ...) spell one without spaces; *next is the token after it. Empty when
// they do not.
std::string EntityArtefact(const text::Document& doc, uint32_t t, uint32_t end, uint32_t* next) {
  uint32_t k = t;
  if (doc.TokenText(k) == "&" && k + 1 < end && Adjacent(doc, k, k + 1)) ++k;
  std::string_view name = doc.TokenText(k);
  if (name == "#" && k + 1 < end && Adjacent(doc, k, k + 1) && IsDigits(doc.TokenText(k + 1))) {
    name = doc.TokenText(++k);
  }
  if (k + 1 >= end || doc.TokenText(k + 1) != ";" || !Adjacent(doc, k, k + 1)) return "";
  static const std::pair<std::string_view, std::string_view> kEntities[] = {
      {"34", "\""}, {"36", "$"}, {"38", "&"}, {"quot", "\""},
      {"amp", "&"}, {"lt", "<"}, {"gt", ">"}, {"apos", "'"}};
  for (const auto& [entity, stands_for] : kEntities) {
    if (name == entity && (name[0] < '0' || name[0] > '9' || doc.TokenText(t) != name)) {
      *next = k + 2;
      return std::string(stands_for);
    }
  }
  return "";
}

void TokensToWords(const text::Document& doc, uint32_t first, uint32_t end,
                   std::vector<Word>* words) {
  for (uint32_t t = first; t < end; ++t) {
    const text::Token& tok = doc.tokens[t];
    std::string_view text = doc.TokenText(t);
    // News feeds leave HTML entities in the text: "Sudan #39;s", " quot;"
    // (the tokenizer reads "#39;" and "#39;s" as one token already).
    if ((text[0] == '#' || text[0] == '&') && (tok.norm == "'" || tok.norm == "'s")) {
      words->push_back({tok.norm, tok.span, t, t + 1});
      continue;
    }
    uint32_t after = t;
    std::string stands_for = EntityArtefact(doc, t, end, &after);
    if (!stands_for.empty()) {
      // "#39;s": the possessive.
      if (stands_for == "'" && after < end && doc.TokenText(after) == "s" &&
          Adjacent(doc, after - 1, after)) {
        stands_for = "'s";
        ++after;
      }
      words->push_back({stands_for, {tok.span.begin, doc.tokens[after - 1].span.end}, t, after});
      t = after - 1;
      continue;
    }
    // Abbreviation + "." inside the sentence.
    if (t + 2 < end + 1 && t + 1 < end && tok.Is(text::kWord) && doc.TokenText(t + 1) == "." &&
        Adjacent(doc, t, t + 1) && t + 2 < end && text::IsAbbreviation(tok.norm)) {
      words->push_back(
          {std::string(text) + ".", {tok.span.begin, doc.tokens[t + 1].span.end}, t, t + 2});
      ++t;
      continue;
    }
    // A web or e-mail address: the run of tokens without spaces, minus a
    // final full stop.
    uint32_t run = t + 1;
    while (run < end && Adjacent(doc, run - 1, run)) ++run;
    if (run > t + 2) {
      uint32_t last = run;
      if (doc.TokenText(last - 1) == "." && last - 1 > t + 1) --last;
      std::string_view span_text = std::string_view(doc.text).substr(
          tok.span.begin, doc.tokens[last - 1].span.end - tok.span.begin);
      if (LooksLikeAddress(span_text)) {
        words->push_back(
            {std::string(span_text), {tok.span.begin, doc.tokens[last - 1].span.end}, t, last});
        t = last - 1;
        continue;
      }
    }
    // "--", "...", "!!": a run of the same punctuation mark.
    if (IsRepeatablePunct(text) && t + 1 < end && doc.TokenText(t + 1) == text &&
        Adjacent(doc, t, t + 1)) {
      uint32_t last = t + 1;
      while (last + 1 < end && doc.TokenText(last + 1) == text && Adjacent(doc, last, last + 1)) {
        ++last;
      }
      words->push_back({std::string(std::string_view(doc.text).substr(
                            tok.span.begin, doc.tokens[last].span.end - tok.span.begin)),
                        {tok.span.begin, doc.tokens[last].span.end},
                        t,
                        last + 1});
      t = last;
      continue;
    }
    if (t + 2 < end && IsDigits(text) && doc.TokenText(t + 1) == ":" &&
        IsDigits(doc.TokenText(t + 2)) && Adjacent(doc, t, t + 1) && Adjacent(doc, t + 1, t + 2)) {
      words->push_back({std::string(text) + ":" + std::string(doc.TokenText(t + 2)),
                        {tok.span.begin, doc.tokens[t + 2].span.end},
                        t,
                        t + 3});
      t += 2;
      continue;
    }
    std::string form = StraightApostrophes(text);
    size_t split = tok.Is(text::kWord) ? ContractionSplit(form) : 0;
    if (split == 0) {
      words->push_back({std::move(form), tok.span, t, t + 1});
      continue;
    }
    // Byte offset of the split in the original text: count characters.
    size_t chars = 0, at = 0;
    for (size_t i = 0; i < split; ++i) {
      if (form[i] == '\'' && text.substr(at, 3) == "\xe2\x80\x99") {
        at += 3;
      } else {
        at += 1;
      }
      ++chars;
    }
    uint32_t mid = tok.span.begin + static_cast<uint32_t>(at);
    words->push_back({form.substr(0, split), {tok.span.begin, mid}, t, t + 1});
    words->push_back({form.substr(split), {mid, tok.span.end}, t, t + 1});
  }
}

std::vector<Word> SentenceWords(const text::Document& doc, uint32_t sentence) {
  std::vector<Word> words;
  const text::Sentence& s = doc.sentences[sentence];
  TokensToWords(doc, s.first_token, s.end_token, &words);
  return words;
}

std::vector<std::string_view> Forms(const std::vector<Word>& words) {
  std::vector<std::string_view> forms;
  forms.reserve(words.size());
  for (const Word& w : words) forms.push_back(w.form);
  return forms;
}

}  // namespace newsgraph::syntax
