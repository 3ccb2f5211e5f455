#include "text/utf16.h"

#include <gtest/gtest.h>

#include <string>

namespace newsgraph::text {
namespace {

TEST(Utf16, DetectsTheByteOrderMark) {
  EXPECT_EQ(DetectUtf16Bom(std::string("\xff\xfeK\0", 4)), Utf16Bom::kLittleEndian);
  EXPECT_EQ(DetectUtf16Bom(std::string("\xfe\xff\0K", 4)), Utf16Bom::kBigEndian);
  EXPECT_EQ(DetectUtf16Bom("Kyiv"), Utf16Bom::kNone);
  EXPECT_EQ(DetectUtf16Bom("\xef\xbb\xbfKyiv"), Utf16Bom::kNone);                     // UTF-8 BOM
  EXPECT_EQ(DetectUtf16Bom(std::string("\xff\xfe\0\0K\0\0\0", 8)), Utf16Bom::kNone);  // UTF-32 LE
  EXPECT_EQ(DetectUtf16Bom("\xff"), Utf16Bom::kNone);
}

TEST(Utf16, DecodesBothByteOrdersWithSurrogatePairs) {
  // "Kö€😀\n" little-endian and big-endian.
  const std::string le("\xff\xfeK\0\xf6\0\xac\x20\x3d\xd8\x00\xde\n\0", 14);
  const std::string be("\xfe\xff\0K\0\xf6\x20\xac\xd8\x3d\xde\x00\0\n", 14);
  size_t bad = 9;
  EXPECT_EQ(DecodeUtf16(le, Utf16Bom::kLittleEndian, &bad), "Kö€😀\n");
  EXPECT_EQ(bad, 0u);
  EXPECT_EQ(DecodeUtf16(be, Utf16Bom::kBigEndian, &bad), "Kö€😀\n");
  EXPECT_EQ(DecodeUtf16(std::string("\xff\xfe", 2), Utf16Bom::kLittleEndian, &bad), "");
}

TEST(Utf16, GuessesTheByteOrderOfLatinTextWithoutAMark) {
  const std::string le("S\0e\0o\0u\0l\0 \0\xe9\0\n\0", 16);
  const std::string be("\0S\0e\0o\0u\0l\0 \0\xe9\0\n", 16);
  EXPECT_EQ(GuessUtf16WithoutBom(le), Utf16Bom::kLittleEndian);
  EXPECT_EQ(GuessUtf16WithoutBom(be), Utf16Bom::kBigEndian);
  EXPECT_EQ(DecodeUtf16(le, Utf16Bom::kLittleEndian), "Seoul \xC3\xA9\n");
  EXPECT_EQ(DecodeUtf16(be, Utf16Bom::kBigEndian), "Seoul \xC3\xA9\n");
  EXPECT_EQ(GuessUtf16WithoutBom("Seoul and Tokyo"), Utf16Bom::kNone);         // UTF-8
  EXPECT_EQ(GuessUtf16WithoutBom(std::string("S\0e\0", 4)), Utf16Bom::kNone);  // too short
  EXPECT_EQ(GuessUtf16WithoutBom(std::string("\x7f"
                                             "ELF\x02\x01\x01\0\0\0\0\0",
                                             12)),
            Utf16Bom::kNone);
  // Zero bytes on both sides, or a U+0000: binary, not text.
  EXPECT_EQ(GuessUtf16WithoutBom(std::string("S\0\0e\0o\0u\0l", 10)), Utf16Bom::kNone);
  EXPECT_EQ(GuessUtf16WithoutBom(std::string("S\0\0\0o\0u\0l\0", 10)), Utf16Bom::kNone);
  // CJK text has no zero bytes: without a mark it is not recognised.
  EXPECT_EQ(GuessUtf16WithoutBom("\x1b\x54\xfd\x56\x1b\x54\xfd\x56"), Utf16Bom::kNone);
}

TEST(Utf16, ReplacesUnpairedSurrogatesAndAnOddByte) {
  size_t bad = 0;
  EXPECT_EQ(
      DecodeUtf16(std::string("\xff\xfe\x3d\xd8K\0\x00\xdeZ", 9), Utf16Bom::kLittleEndian, &bad),
      "\xef\xbf\xbdK\xef\xbf\xbd\xef\xbf\xbd");
  EXPECT_EQ(bad, 3u);
}

}  // namespace
}  // namespace newsgraph::text
