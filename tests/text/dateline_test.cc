#include "text/dateline.h"

#include <gtest/gtest.h>

#include <string>

namespace newsgraph::text {
namespace {

// The text before the dateline's end, for readable expectations.
std::string Stripped(std::string_view s) { return std::string(s.substr(0, DatelineEnd(s))); }
std::string Place(std::string_view s) { return std::string(s.substr(0, DatelinePlaceLength(s))); }

TEST(Dateline, FindsTheUpperCasePlace) {
  EXPECT_EQ(Place("SEOUL, Nov. 4 (Yonhap) -- South Korea said ..."), "SEOUL");
  EXPECT_EQ(Place("NEW DELHI, March 3 - India said ..."), "NEW DELHI");
  EXPECT_EQ(Place("LONDON 1996-08-30"), "LONDON");
  EXPECT_EQ(Place("WASHINGTON (Reuters) - The United States said ..."), "WASHINGTON");
  EXPECT_EQ(Place("BEIJING (AP) \u2014 China said ..."), "BEIJING");
  EXPECT_EQ(Place("WINSTON-SALEM, N.C. - A company ..."), "WINSTON-SALEM");
  EXPECT_EQ(Place("S\u00c3O PAULO, May 2 - Brazil ..."), "S\u00c3O PAULO");
}

TEST(Dateline, NoPlaceInOrdinarySentences) {
  EXPECT_EQ(DatelinePlaceLength("Moscow, Russia's capital, said ..."), 0u);  // not upper case
  EXPECT_EQ(DatelinePlaceLength("NATO SUMMIT OPENS IN MADRID"), 0u);         // a headline
  EXPECT_EQ(DatelinePlaceLength("LONDON"), 0u);                              // nothing follows
  EXPECT_EQ(DatelinePlaceLength("LONDON (the city) is large"), 0u);  // no dash after the brackets
  EXPECT_EQ(DatelinePlaceLength(""), 0u);
}

TEST(Dateline, EndsAfterTheBylineDash) {
  EXPECT_EQ(Stripped("UNITED NATIONS (Reuters) - The Security Council met."),
            "UNITED NATIONS (Reuters) -");
  EXPECT_EQ(Stripped("AFP - Iran said ..."), "AFP -");
  EXPECT_EQ(Stripped("SEOUL, Nov. 4 (Yonhap) -- South Korea said ..."),
            "SEOUL, Nov. 4 (Yonhap) --");
  EXPECT_EQ(Stripped("Kabul, 1996-08-30 \u2014 Afghan forces ..."), "Kabul, 1996-08-30 \u2014");
}

TEST(Dateline, LabelAndDatelineBothGo) {
  EXPECT_EQ(Stripped("World News: Islamabad, Nov 9 : Pakistan said it would ..."),
            "World News: Islamabad, Nov 9 :");
}

TEST(Dateline, LeavesOrdinarySentencesWhole) {
  EXPECT_EQ(DatelineEnd("High-ranking officials met in Seoul."), 0u);     // a hyphen, not a dash
  EXPECT_EQ(DatelineEnd("The minister - who had arrived - spoke."), 0u);  // lower-case words first
  EXPECT_EQ(DatelineEnd("Seoul-based analysts said ..."), 0u);
  EXPECT_EQ(DatelineEnd("AFP -"), 0u);                                     // nothing after it
  EXPECT_EQ(DatelineEnd("A B C D E F G H I J K L - too many words"), 0u);  // more than ten words
  EXPECT_EQ(DatelineEnd(""), 0u);
}

TEST(Dateline, LooksOnlyAtTheSentenceStart) {
  const std::string long_sentence = std::string(300, 'A') + " - text";
  EXPECT_EQ(DatelineEnd(long_sentence), 0u);
  EXPECT_EQ(DatelinePlaceLength(long_sentence), 0u);
}

}  // namespace
}  // namespace newsgraph::text
