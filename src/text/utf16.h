// UTF-16 text with a byte order mark, as Windows tools write "Unicode" text
// files: detected by its BOM and decoded to UTF-8. Pure functions; safe for
// concurrent use.
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

// Decodes UTF-16 text after its BOM (`bytes` starts with it; `bom` is not
// kNone) to UTF-8, the BOM dropped. An unpaired surrogate or a trailing odd
// byte becomes U+FFFD; *replaced (if non-null) receives their number.
std::string DecodeUtf16(std::string_view bytes, Utf16Bom bom, size_t* replaced = nullptr);

}  // namespace newsgraph::text

#endif  // NEWSGRAPH_TEXT_UTF16_H_
