#include "text/tokenizer.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace newsgraph::text {
namespace {

Document Tok(const std::string& s) {
  Document d;
  d.text = s;
  Tokenize(&d);
  return d;
}

std::vector<std::string> Texts(const Document& d) {
  std::vector<std::string> out;
  for (uint32_t i = 0; i < d.tokens.size(); ++i) out.emplace_back(d.TokenText(i));
  return out;
}

TEST(Tokenizer, KeepsByteOffsets) {
  Document d = Tok("Kyiv said, “Ukraine’s army”.");
  for (uint32_t i = 0; i < d.tokens.size(); ++i) {
    EXPECT_EQ(d.text.substr(d.tokens[i].span.begin, d.tokens[i].span.size()), d.TokenText(i));
  }
  EXPECT_EQ(Texts(d), (std::vector<std::string>{"Kyiv", "said", ",", "“", "Ukraine", "’s", "army",
                                                "”", "."}));
}

TEST(Tokenizer, SplitsPossessivesAndKeepsInnerApostrophes) {
  Document d = Tok("South Korea's envoy met O'Brien and the ministers' aides.");
  std::vector<std::string> t = Texts(d);
  EXPECT_EQ(t[2], "'s");
  EXPECT_TRUE(d.tokens[2].Is(kPossessive));
  EXPECT_EQ(t[5], "O'Brien");
  EXPECT_EQ(t[9], "'");
  EXPECT_TRUE(d.tokens[9].Is(kPossessive));
}

TEST(Tokenizer, AbbreviationsWithDotsAreOneToken) {
  Document d = Tok("The U.N. and the U.S. met George W. Bush.");
  std::vector<std::string> t = Texts(d);
  EXPECT_EQ(t[1], "U.N.");
  EXPECT_EQ(d.tokens[1].norm, "un");
  EXPECT_EQ(t[4], "U.S.");
  EXPECT_EQ(t[7], "W.");
  EXPECT_EQ(d.sentences.size(), 1u);
}

TEST(Tokenizer, HyphensAreTokensAndNumbersStayWhole) {
  Document d = Tok("Cho Tae-yul counted 7,000 troops and 3.5 tanks.");
  std::vector<std::string> t = Texts(d);
  EXPECT_EQ(t[1], "Tae");
  EXPECT_TRUE(d.tokens[2].Is(kHyphen));
  EXPECT_EQ(t[3], "yul");
  EXPECT_EQ(t[5], "7,000");
  EXPECT_EQ(t[8], "3.5");
}

TEST(Tokenizer, NormalizesCaseAndDiacritics) {
  Document d = Tok("Erdoğan ŁÓDŹ Straße");
  EXPECT_EQ(d.tokens[0].norm, "erdogan");
  EXPECT_EQ(d.tokens[1].norm, "lodz");
  EXPECT_EQ(d.tokens[2].norm, "strasse");
  EXPECT_TRUE(d.tokens[1].Is(kAllCaps));
  EXPECT_TRUE(d.tokens[0].Is(kCapital));
}

TEST(Tokenizer, SplitsSentencesButNotAfterAbbreviations) {
  Document d = Tok("Mr. Lee arrived on Oct. 17. He met Gen. Park. \"We agree,\" he said.");
  ASSERT_EQ(d.sentences.size(), 3u);
  EXPECT_EQ(d.Slice(d.sentences[0].span), "Mr. Lee arrived on Oct. 17.");
  EXPECT_EQ(d.Slice(d.sentences[1].span), "He met Gen. Park.");
  EXPECT_EQ(d.Slice(d.sentences[2].span), "\"We agree,\" he said.");
}

TEST(Tokenizer, BlankLinesEndSentences) {
  Document d = Tok("A headline without a period\n\nThe body starts here.");
  ASSERT_EQ(d.sentences.size(), 2u);
  EXPECT_EQ(d.Slice(d.sentences[0].span), "A headline without a period");
}

TEST(Tokenizer, SentenceIndicesAreConsistent) {
  Document d = Tok("One. Two three. Four!");
  for (uint32_t s = 0; s < d.sentences.size(); ++s) {
    for (uint32_t t = d.sentences[s].first_token; t < d.sentences[s].end_token; ++t) {
      EXPECT_EQ(d.tokens[t].sentence, s);
    }
  }
}

TEST(NameKeys, DropHyphensAndDots) {
  EXPECT_EQ(NameKeys("Cho Tae-yul"), (std::vector<std::string>{"cho", "tae", "yul"}));
  EXPECT_EQ(NameKeys("U.S."), (std::vector<std::string>{"us"}));
  EXPECT_EQ(NameKeys("Côte d'Ivoire"), (std::vector<std::string>{"cote", "d'ivoire"}));
}

TEST(Tokenizer, EmptyAndWhitespaceOnly) {
  EXPECT_TRUE(Tok("").tokens.empty());
  Document d = Tok(" \n\n\t ");
  EXPECT_TRUE(d.tokens.empty());
  EXPECT_TRUE(d.sentences.empty());
}

}  // namespace
}  // namespace newsgraph::text
