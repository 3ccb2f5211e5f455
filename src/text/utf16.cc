#include "text/utf16.h"

#include <algorithm>

#include "text/utf8.h"

namespace newsgraph::text {

Utf16Bom DetectUtf16Bom(std::string_view bytes) {
  if (bytes.size() < 2) return Utf16Bom::kNone;
  const auto b0 = static_cast<unsigned char>(bytes[0]);
  const auto b1 = static_cast<unsigned char>(bytes[1]);
  if (b0 == 0xFE && b1 == 0xFF) return Utf16Bom::kBigEndian;
  if (b0 == 0xFF && b1 == 0xFE) {
    const bool utf32 = bytes.size() >= 4 && bytes[2] == '\0' && bytes[3] == '\0';
    return utf32 ? Utf16Bom::kNone : Utf16Bom::kLittleEndian;
  }
  return Utf16Bom::kNone;
}

Utf16Bom GuessUtf16WithoutBom(std::string_view bytes) {
  const size_t n = std::min<size_t>(bytes.size(), 4096) & ~size_t{1};
  if (n < 8) return Utf16Bom::kNone;
  size_t zero_even = 0, zero_odd = 0;
  for (size_t i = 0; i < n; i += 2) {
    const bool even = bytes[i] == '\0', odd = bytes[i + 1] == '\0';
    if (even && odd) return Utf16Bom::kNone;  // U+0000: not text
    zero_even += even;
    zero_odd += odd;
  }
  const size_t units = n / 2;
  if (zero_even == 0 && zero_odd * 10 >= units * 3) return Utf16Bom::kLittleEndian;
  if (zero_odd == 0 && zero_even * 10 >= units * 3) return Utf16Bom::kBigEndian;
  return Utf16Bom::kNone;
}

std::string DecodeUtf16(std::string_view bytes, Utf16Bom bom, size_t* replaced) {
  const bool big = bom == Utf16Bom::kBigEndian;
  auto unit = [&](size_t i) -> char32_t {
    const auto a = static_cast<unsigned char>(bytes[i]);
    const auto b = static_cast<unsigned char>(bytes[i + 1]);
    return big ? (char32_t{a} << 8 | b) : (char32_t{b} << 8 | a);
  };
  size_t bad = 0;
  std::string out;
  out.reserve(bytes.size());
  size_t i = DetectUtf16Bom(bytes) == bom ? 2 : 0;  // after the BOM
  while (i + 1 < bytes.size()) {
    char32_t u = unit(i);
    i += 2;
    if (u >= 0xD800 && u <= 0xDBFF && i + 1 < bytes.size() && unit(i) >= 0xDC00 &&
        unit(i) <= 0xDFFF) {
      u = 0x10000 + ((u - 0xD800) << 10) + (unit(i) - 0xDC00);
      i += 2;
    } else if (u >= 0xD800 && u <= 0xDFFF) {
      u = 0xFFFD;
      ++bad;
    }
    AppendUtf8(u, &out);
  }
  if (i < bytes.size()) {  // an odd byte at the end
    AppendUtf8(0xFFFD, &out);
    ++bad;
  }
  if (replaced != nullptr) *replaced = bad;
  return out;
}

}  // namespace newsgraph::text
