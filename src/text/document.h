// Plain per-document text structures: the raw UTF-8 text with its tokens and
// sentences, every position a byte offset into Document::text.
#ifndef NEWSGRAPH_TEXT_DOCUMENT_H_
#define NEWSGRAPH_TEXT_DOCUMENT_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace newsgraph::text {

// Half-open byte range [begin, end) into a document's text.
struct Span {
  uint32_t begin = 0;
  uint32_t end = 0;
  uint32_t size() const { return end - begin; }
  bool operator==(const Span&) const = default;
};

enum TokenFlags : uint8_t {
  kWord = 1,     // letters or digits (else punctuation/symbol)
  kCapital = 2,  // first letter is upper case
  kAllCaps = 4,  // has letters, none lower case
  kHasDigit = 8,
  kHyphen = 16,      // a hyphen or dash token
  kPossessive = 32,  // the token is the possessive "'s" / "'" split off a word
};

struct Token {
  Span span;
  uint32_t sentence = 0;  // index into Document::sentences
  uint8_t flags = 0;
  // Match key: case-folded, diacritics removed, inner dots removed
  // ("U.N." -> "un", "Erdoğan" -> "erdogan").
  std::string norm;
  bool Is(TokenFlags f) const { return (flags & f) != 0; }
};

struct Sentence {
  Span span;
  uint32_t first_token = 0;  // [first_token, end_token) into Document::tokens
  uint32_t end_token = 0;
};

struct Document {
  std::string name;  // file name or "-" for stdin
  std::string text;  // valid UTF-8
  std::string date;  // YYYY[-MM[-DD]] when known (roles resolve to their holder then), else empty
  std::vector<Token> tokens;
  std::vector<Sentence> sentences;

  std::string_view Slice(Span s) const {
    return std::string_view(text).substr(s.begin, s.end - s.begin);
  }
  std::string_view TokenText(uint32_t i) const { return Slice(tokens[i].span); }
};

}  // namespace newsgraph::text

#endif  // NEWSGRAPH_TEXT_DOCUMENT_H_
