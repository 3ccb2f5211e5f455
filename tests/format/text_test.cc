#include "format/text.h"

#include <gtest/gtest.h>

#include <string>

namespace newsgraph::format {
namespace {

TEST(OutputText, OneLineJoinsLinesWithOneSpaceAndTrims) {
  EXPECT_EQ(OneLine("  Borrell met\n\n\tCho \r\n in Seoul.\n"), "Borrell met Cho in Seoul.");
  EXPECT_EQ(OneLine(""), "");
  EXPECT_EQ(OneLine(" \n\t "), "");
}

TEST(OutputText, OneLineKeepsOtherControlCharacters) {
  // Making them safe is text::TerminalSafe's job, not this one's.
  EXPECT_EQ(OneLine("Red\x1b[31m\nCorp"), "Red\x1b[31m Corp");
}

TEST(OutputText, ControlsAsSpacesReplacesByteForByte) {
  EXPECT_EQ(ControlsAsSpaces("a\nb\r\n\tc\x1b"
                             "d\x7f"),
            "a b   c d ");
  EXPECT_EQ(ControlsAsSpaces("Škoda – 서울"), "Škoda – 서울");
}

TEST(OutputText, DisplayWidthCountsCharactersNotBytes) {
  EXPECT_EQ(DisplayWidth("António"), 7u);
  EXPECT_EQ(DisplayWidth("서울"), 2u);
  EXPECT_EQ(DisplayWidth(""), 0u);
}

TEST(OutputText, PadRightPadsToCharacters) {
  EXPECT_EQ(PadRight("António", 9), "António  ");
  EXPECT_EQ(PadRight("Cho", 2), "Cho");
}

TEST(OutputText, PluralAndFixed) {
  EXPECT_EQ(Plural(1, "hop", "hops"), "1 hop");
  EXPECT_EQ(Plural(0, "hop", "hops"), "0 hops");
  EXPECT_EQ(Plural(12, "entity", "entities"), "12 entities");
  EXPECT_EQ(Fixed(0.12345, 2), "0.12");
  EXPECT_EQ(Fixed(3.0, 0), "3");
  EXPECT_EQ(Fixed(0.5, 6), "0.500000");
}

}  // namespace
}  // namespace newsgraph::format
