// UTF-8 validation, repair, decoding and the character folding used to build
// match keys. Pure functions; safe for concurrent use.
#ifndef NEWSGRAPH_TEXT_UTF8_H_
#define NEWSGRAPH_TEXT_UTF8_H_

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace newsgraph::text {

// Returns true when `s` is valid UTF-8 (no overlong forms, no surrogates, no
// code point above U+10FFFF). Otherwise sets *bad_offset (if non-null) to the
// byte offset of the first invalid sequence.
bool IsValidUtf8(std::string_view s, size_t* bad_offset = nullptr);

// Returns `s` with every invalid sequence replaced by U+FFFD; *replaced
// (if non-null) receives the number of replacements.
std::string RepairUtf8(std::string_view s, size_t* replaced = nullptr);

// Decodes text in a single-byte encoding to UTF-8: ISO-8859-1 (Latin-1,
// every byte its code point) or, with `cp1252`, Windows-1252 (0x80-0x9F are
// typographic quotes, dashes, the euro sign ...; its five unassigned bytes
// stay their Latin-1 code points). "Jos\xe9" -> "José".
std::string DecodeSingleByte(std::string_view bytes, bool cp1252);

// Decodes the code point at s[*pos] and advances *pos past it. `s` must be
// valid UTF-8 and *pos < s.size().
char32_t DecodeAt(std::string_view s, size_t* pos);

// Appends the UTF-8 encoding of `cp` to *out.
void AppendUtf8(char32_t cp, std::string* out);

// True for code points treated as parts of words: ASCII letters and digits,
// and every letter or mark outside the ASCII, Latin-1 punctuation, General
// Punctuation and CJK punctuation blocks.
bool IsWordChar(char32_t cp);
// True for white space, including no-break and typographic spaces.
bool IsSpace(char32_t cp);
// True for the hyphen and dash characters (U+002D, U+2010..U+2015, U+2212).
bool IsDash(char32_t cp);
// True for ' and the typographic apostrophes/single quotes.
bool IsApostrophe(char32_t cp);
// True for an upper-case letter (ASCII, Latin-1, Latin Extended-A, Greek, Cyrillic).
bool IsUpper(char32_t cp);
bool IsLower(char32_t cp);
// `s` with ASCII letters in lower case (other bytes unchanged): for lemmas,
// titles and other keys that are compared case-blind.
std::string AsciiLower(std::string_view s);

// Appends the folded form of `cp` to *out: lower case, diacritics removed
// (é -> e, Ł -> l, ß -> ss, Æ -> ae), combining marks dropped.
void AppendFolded(char32_t cp, std::string* out);

// Folds a whole string: lower case and diacritics removed.
std::string Fold(std::string_view s);

}  // namespace newsgraph::text

#endif  // NEWSGRAPH_TEXT_UTF8_H_
