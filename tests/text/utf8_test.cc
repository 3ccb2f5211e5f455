#include "text/utf8.h"

#include <gtest/gtest.h>

namespace newsgraph::text {
namespace {

TEST(Utf8, AcceptsValidText) {
  EXPECT_TRUE(IsValidUtf8("plain ASCII text, long enough for the fast path"));
  EXPECT_TRUE(IsValidUtf8("Kyiv – Київ – 서울 – 😀"));
}

TEST(Utf8, ReportsTheOffsetOfTheFirstBadByte) {
  size_t bad = 0;
  EXPECT_FALSE(IsValidUtf8(std::string("abcdefghij\xff rest"), &bad));
  EXPECT_EQ(bad, 10u);
  EXPECT_FALSE(IsValidUtf8(std::string("ab\xc3"), &bad));  // truncated sequence
  EXPECT_EQ(bad, 2u);
  EXPECT_FALSE(IsValidUtf8(std::string("\xc0\xaf"), &bad));  // overlong '/'
  EXPECT_EQ(bad, 0u);
  EXPECT_FALSE(IsValidUtf8(std::string("x\xed\xa0\x80"), &bad));  // surrogate
  EXPECT_EQ(bad, 1u);
}

TEST(Utf8, RepairReplacesEachBadSequence) {
  size_t n = 0;
  std::string fixed = RepairUtf8(std::string("a\xff"
                                             "b\xc3(c"),
                                 &n);
  EXPECT_EQ(n, 2u);
  EXPECT_EQ(fixed,
            "a\xEF\xBF\xBD"
            "b\xEF\xBF\xBD(c");
  EXPECT_TRUE(IsValidUtf8(fixed));
}

TEST(Utf8, FoldRemovesCaseAndDiacritics) {
  EXPECT_EQ(Fold("Ærøskøbing"), "aeroskobing");
  EXPECT_EQ(Fold("Şahin Țară"), "sahin tara");
  EXPECT_EQ(Fold("ΑΘΗΝΑ"), "αθηνα");
  EXPECT_EQ(Fold("МОСКВА"), "москва");
}

TEST(Utf8, ClassifiesCharacters) {
  EXPECT_TRUE(IsDash(0x2014));
  EXPECT_TRUE(IsApostrophe(0x2019));
  EXPECT_TRUE(IsSpace(0xA0));
  EXPECT_FALSE(IsWordChar(0x201C));
  EXPECT_TRUE(IsWordChar(0xC9));
  EXPECT_TRUE(IsUpper(0x141));  // Ł
  EXPECT_TRUE(IsLower(0x142));  // ł
}

TEST(DecodeSingleByte, Latin1IsEveryByteItsCodePoint) {
  EXPECT_EQ(DecodeSingleByte("Jos\xe9 \x80", false), "Jos\xC3\xA9 \xC2\x80");
  EXPECT_EQ(DecodeSingleByte("plain", false), "plain");
}

TEST(DecodeSingleByte, Windows1252MapsItsPunctuationAndKeepsUnassignedBytes) {
  // 0x80 euro, 0x91/0x92 single quotes, 0x97 em dash; 0x81 is unassigned.
  EXPECT_EQ(DecodeSingleByte("\x80\x91x\x92\x97\x81", true),
            "\xE2\x82\xAC\xE2\x80\x98x\xE2\x80\x99\xE2\x80\x94\xC2\x81");
  EXPECT_TRUE(IsValidUtf8(DecodeSingleByte(std::string(1, '\xff') + "\xe9", true)));
}

}  // namespace
}  // namespace newsgraph::text
