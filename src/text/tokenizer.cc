#include "text/tokenizer.h"

#include <array>
#include <string_view>

#include "text/utf8.h"

namespace newsgraph::text {

bool IsAbbreviation(std::string_view folded) {
  static constexpr std::array<std::string_view, 48> kAbbrev = {
      "mr",  "mrs", "ms",   "dr",  "prof", "gen", "lt",  "col", "sgt",  "capt", "adm",    "gov",
      "sen", "rep", "st",   "jan", "feb",  "mar", "apr", "jun", "jul",  "aug",  "sep",    "sept",
      "oct", "nov", "dec",  "no",  "vs",   "etc", "jr",  "sr",  "inc",  "co",   "corp",   "ltd",
      "mt",  "ft",  "cmdr", "maj", "brig", "rev", "hon", "amb", "dept", "est",  "approx", "fig"};
  for (std::string_view a : kAbbrev) {
    if (a == folded) return true;
  }
  return false;
}

namespace {

bool IsOpeningOrQuote(char32_t cp) {
  return cp == '"' || cp == '(' || cp == '[' || cp == 0x201C || cp == 0x2018 || cp == '\'' ||
         cp == 0xAB;
}

bool IsClosing(char32_t cp) {
  return cp == '"' || cp == ')' || cp == ']' || cp == 0x201D || cp == 0x2019 || cp == '\'' ||
         cp == 0xBB;
}

bool IsTerminal(char32_t cp) { return cp == '.' || cp == '!' || cp == '?' || cp == 0x2026; }

inline char32_t PeekAt(std::string_view s, size_t pos) {
  if (pos >= s.size()) return 0;
  unsigned char c = static_cast<unsigned char>(s[pos]);
  if (c < 0x80) return c;
  return DecodeAt(s, &pos);
}

inline size_t NextPos(std::string_view s, size_t pos) {
  unsigned char c = static_cast<unsigned char>(s[pos]);
  if (c < 0x80) return pos + 1;
  DecodeAt(s, &pos);
  return pos;
}

bool IsLetter(char32_t cp) { return IsWordChar(cp) && !(cp >= '0' && cp <= '9'); }

bool IsDigit(char32_t cp) { return cp >= '0' && cp <= '9'; }

// Scans a word starting at `pos` (a word character); returns its end.
size_t ScanWord(std::string_view s, size_t pos) {
  size_t seg_start = pos;  // start of the current dot-separated segment
  bool has_dot = false;
  while (pos < s.size()) {
    unsigned char c = static_cast<unsigned char>(s[pos]);
    if (c < 0x80) {  // ASCII fast path
      if ((c | 0x20) >= 'a' && (c | 0x20) <= 'z') {
        ++pos;
        continue;
      }
      if (c >= '0' && c <= '9') {
        ++pos;
        continue;
      }
    }
    char32_t cp = PeekAt(s, pos);
    if (IsWordChar(cp)) {
      pos = NextPos(s, pos);
      continue;
    }
    size_t after = pos + 1;  // '.', ',' and ''' are one byte
    if (cp == '.') {
      char32_t next = PeekAt(s, after);
      size_t seg_len = pos - seg_start;
      char32_t prev = pos > 0 ? static_cast<unsigned char>(s[pos - 1]) : 0;
      if (IsDigit(prev) && IsDigit(next)) {  // 3.5
        pos = after;
        continue;
      }
      bool single_letter = seg_len == 1 && IsLetter(prev);
      if (single_letter) {
        // U.S., U.N., E.U.: letter '.' letter '.'
        if (IsLetter(next) && PeekAt(s, NextPos(s, after)) == '.') {
          pos = after;
          seg_start = pos;
          has_dot = true;
          continue;
        }
        if (has_dot || IsUpper(prev)) return after;  // "U.S." or an initial "W."
      }
      return pos;
    }
    if (cp == ',') {
      char32_t prev = pos > 0 ? static_cast<unsigned char>(s[pos - 1]) : 0;
      if (IsDigit(prev) && IsDigit(PeekAt(s, after))) {  // 7,000
        pos = after;
        continue;
      }
      return pos;
    }
    if (IsApostrophe(cp)) {
      size_t a = NextPos(s, pos);
      char32_t next = PeekAt(s, a);
      if ((next == 's' || next == 'S') && !IsWordChar(PeekAt(s, a + 1))) return pos;
      if (IsLetter(next)) {  // O'Brien, d'Ivoire
        pos = a;
        continue;
      }
      return pos;
    }
    return pos;
  }
  return pos;
}

uint8_t WordFlags(std::string_view w) {
  uint8_t flags = kWord;
  bool has_letter = false, has_lower = false;
  size_t i = 0;
  bool first = true;
  while (i < w.size()) {
    char32_t cp = DecodeAt(w, &i);
    if (IsDigit(cp)) flags |= kHasDigit;
    if (IsUpper(cp)) {
      has_letter = true;
      if (first) flags |= kCapital;
    } else if (IsLetter(cp)) {
      has_letter = true;
      if (IsLower(cp) || !IsUpper(cp)) has_lower = has_lower || IsLower(cp);
    }
    if (IsWordChar(cp)) first = false;
  }
  if (has_letter && !has_lower) flags |= kAllCaps;
  return flags;
}

}  // namespace

std::string NormalizeToken(std::string_view t) {
  std::string out;
  out.reserve(t.size());
  size_t i = 0;
  while (i < t.size()) {
    unsigned char c = static_cast<unsigned char>(t[i]);
    if (c < 0x80) {
      ++i;
      if (c == '.' && t.size() > 1) continue;
      if (c >= 'A' && c <= 'Z') c = static_cast<unsigned char>(c + 32);
      out.push_back(static_cast<char>(c));
      continue;
    }
    char32_t cp = DecodeAt(t, &i);
    if (IsApostrophe(cp)) {
      out.push_back('\'');
    } else if (IsDash(cp)) {
      out.push_back('-');
    } else {
      AppendFolded(cp, &out);
    }
  }
  return out;
}

void Tokenize(Document* doc) {
  const std::string_view s = doc->text;
  doc->tokens.clear();
  doc->sentences.clear();
  doc->tokens.reserve(s.size() / 5);

  Sentence current;
  int newlines = 0;
  bool space_before = true;
  bool pending_end = false;  // saw . ! ? (and maybe closing quotes)

  auto close_sentence = [&](uint32_t next_token) {
    if (current.first_token == next_token) return;
    current.end_token = next_token;
    current.span.end = doc->tokens[next_token - 1].span.end;
    doc->sentences.push_back(current);
    current = Sentence();
    current.first_token = next_token;
  };

  size_t pos = 0;
  while (pos < s.size()) {
    size_t start = pos;
    char32_t cp = PeekAt(s, pos);
    if (IsSpace(cp)) {
      if (cp == '\n') ++newlines;
      pos = NextPos(s, pos);
      space_before = true;
      continue;
    }
    Token tok;
    size_t end;
    // An HTML apostrophe left in a news feed's text ("Sudan #39;s", "&#39;"):
    // the apostrophe, or with "s" after a word the possessive.
    std::string_view entity;
    for (std::string_view e : {std::string_view("&#39;"), std::string_view("#39;")}) {
      if (entity.empty() && s.substr(pos, e.size()) == e) entity = e;
    }
    std::string forced_norm;
    if (!entity.empty()) {
      size_t a = pos + entity.size();
      char32_t next = PeekAt(s, a);
      if ((next == 's' || next == 'S') && !IsWordChar(PeekAt(s, a + 1)) && !doc->tokens.empty() &&
          doc->tokens.back().Is(kWord)) {
        end = a + 1;
        tok.flags = kPossessive;
        forced_norm = "'s";
      } else {
        end = a;
        forced_norm = "'";
      }
    } else if (IsWordChar(cp)) {
      end = ScanWord(s, pos);
      tok.flags = WordFlags(s.substr(start, end - start));
    } else if (IsApostrophe(cp) && !space_before && !doc->tokens.empty() &&
               doc->tokens.back().Is(kWord)) {
      size_t a = NextPos(s, pos);
      char32_t next = PeekAt(s, a);
      if ((next == 's' || next == 'S') && !IsWordChar(PeekAt(s, a + 1))) {
        end = a + 1;
        tok.flags = kPossessive;
      } else if (!IsWordChar(next)) {
        std::string_view prev = doc->TokenText(static_cast<uint32_t>(doc->tokens.size() - 1));
        end = a;
        if (!prev.empty() && (prev.back() == 's' || prev.back() == 'S')) tok.flags = kPossessive;
      } else {
        end = a;
      }
    } else if (IsDash(cp)) {
      end = NextPos(s, pos);
      tok.flags = kHyphen;
    } else {
      end = NextPos(s, pos);
    }
    const uint32_t index = static_cast<uint32_t>(doc->tokens.size());

    // Sentence boundary before this token?
    if (index > current.first_token) {
      bool boundary = newlines >= 2;
      if (!boundary && pending_end && space_before) {
        boundary =
            (tok.Is(kWord) && (tok.Is(kCapital) || tok.Is(kHasDigit))) || IsOpeningOrQuote(cp);
        if (tok.Is(kWord) && !tok.Is(kCapital) && !tok.Is(kHasDigit)) boundary = false;
      }
      if (boundary) close_sentence(index);
    }
    if (index == current.first_token) current.span.begin = static_cast<uint32_t>(start);

    tok.span = Span{static_cast<uint32_t>(start), static_cast<uint32_t>(end)};
    tok.sentence = static_cast<uint32_t>(doc->sentences.size());
    tok.norm = forced_norm.empty() ? NormalizeToken(s.substr(start, end - start)) : forced_norm;

    // Track sentence-final punctuation for the next token.
    if (IsTerminal(cp)) {
      bool abbrev = false;
      if (cp == '.' && index > 0 && doc->tokens.back().Is(kWord) &&
          doc->tokens.back().span.end == start) {
        abbrev = IsAbbreviation(doc->tokens.back().norm);
      }
      pending_end = !abbrev;
    } else if (pending_end && IsClosing(cp) && !space_before) {
      // ." or .) keeps the sentence end pending
    } else {
      pending_end = false;
    }
    doc->tokens.push_back(std::move(tok));
    pos = end;
    newlines = 0;
    space_before = false;
  }
  if (!doc->tokens.empty()) close_sentence(static_cast<uint32_t>(doc->tokens.size()));
  // Tokens were assigned the index of the sentence open when they were read.
}

std::vector<std::string> NameKeys(std::string_view name) {
  Document d;
  d.text = std::string(name);
  Tokenize(&d);
  std::vector<std::string> keys;
  for (const Token& t : d.tokens) {
    if (!t.Is(kHyphen)) keys.push_back(t.norm);
  }
  return keys;
}

}  // namespace newsgraph::text
