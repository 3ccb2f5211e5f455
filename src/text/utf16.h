// UTF-16 text, as Windows tools write "Unicode" text files: detected by its
// byte order mark, or without one by the zero bytes of Latin-script text, and
// decoded to UTF-8. Pure functions; safe for concurrent use.
#ifndef NEWSGRAPH_TEXT_UTF16_H_
#define NEWSGRAPH_TEXT_UTF16_H_

#include <cstddef>
#include <string>
#include <string_view>

namespace newsgraph::text {

enum class Utf16Bom { kNone, kLittleEndian, kBigEndian };

// The UTF-16 byte order mark `bytes` starts with: FF FE little-endian,
// FE FF big-endian, else kNone. (A UTF-32 LE BOM, FF FE 00 00, is kNone.)
Utf16Bom DetectUtf16Bom(std::string_view bytes);

// The byte order of UTF-16 text without a BOM, from its zero bytes: in
// Latin-script text every other byte is 0 (the odd ones little-endian, the
// even ones big-endian). At most the first 4,096 bytes are looked at; the
// text must be at least 8 bytes, at least 3 in 10 of its code units must have
// the zero byte on that side and none on the other, and no code unit may be
// 0. kNone otherwise (UTF-8, binary data, CJK text without a BOM).
Utf16Bom GuessUtf16WithoutBom(std::string_view bytes);

// Decodes UTF-16 text of byte order `bom` (not kNone) to UTF-8, dropping a
// leading BOM when there is one. An unpaired surrogate or a trailing odd
// byte becomes U+FFFD; *replaced (if non-null) receives their number.
std::string DecodeUtf16(std::string_view bytes, Utf16Bom bom, size_t* replaced = nullptr);

}  // namespace newsgraph::text

#endif  // NEWSGRAPH_TEXT_UTF16_H_
