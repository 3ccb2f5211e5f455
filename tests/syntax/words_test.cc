#include "syntax/words.h"

#include <gtest/gtest.h>

#include "text/tokenizer.h"

namespace newsgraph::syntax {
namespace {

std::vector<std::string> WordForms(const std::string& text, text::Document* doc) {
  doc->text = text;
  text::Tokenize(doc);
  std::vector<std::string> out;
  for (uint32_t s = 0; s < doc->sentences.size(); ++s) {
    for (const Word& w : SentenceWords(*doc, s)) out.push_back(w.form);
  }
  return out;
}

TEST(Words, SplitsContractionsAsTheTreebankDoes) {
  text::Document doc;
  EXPECT_EQ(WordForms("I don't think they'll go; we can't and we cannot.", &doc),
            (std::vector<std::string>{"I", "do", "n't", "think", "they", "'ll", "go", ";", "we",
                                      "ca", "n't", "and", "we", "can", "not", "."}));
}

TEST(Words, SplitWordsKeepTheirBytes) {
  text::Document doc;
  doc.text = "They don’t.";
  text::Tokenize(&doc);
  std::vector<Word> words = SentenceWords(doc, 0);
  ASSERT_EQ(words.size(), 4u);
  EXPECT_EQ(words[1].form, "do");
  EXPECT_EQ(doc.Slice(words[1].span), "do");
  EXPECT_EQ(words[2].form, "n't");  // typographic apostrophe straightened
  EXPECT_EQ(doc.Slice(words[2].span), "n’t");
  EXPECT_EQ(words[1].first_token, words[2].first_token);
}

TEST(Words, JoinsAbbreviationDotsDashesAndTimes) {
  text::Document doc;
  EXPECT_EQ(
      WordForms("Mr. Lee left at 3:30 -- on Jan. 5.", &doc),
      (std::vector<std::string>{"Mr.", "Lee", "left", "at", "3:30", "--", "on", "Jan.", "5", "."}));
}

TEST(Words, LeavesOrdinaryWordsAlone) {
  text::Document doc;
  EXPECT_EQ(
      WordForms("O'Brien's aide met the U.S. envoy.", &doc),
      (std::vector<std::string>{"O'Brien", "'s", "aide", "met", "the", "U.S.", "envoy", "."}));
}

TEST(Words, HtmlEntitiesLeftInTheTextBecomeTheirCharacters) {
  text::Document doc;
  EXPECT_EQ(WordForms("Sudan #39;s leader said quot;no quot; &amp; left.", &doc),
            (std::vector<std::string>{"Sudan", "'s", "leader", "said", "\"", "no", "\"", "&",
                                      "left", "."}));
  std::vector<Word> words = SentenceWords(doc, 0);
  EXPECT_EQ(doc.Slice(words[1].span), "#39;s");
  // A number and a semicolon are not an entity.
  EXPECT_EQ(WordForms("He won 39; she won 40.", &doc),
            (std::vector<std::string>{"He", "won", "39", ";", "she", "won", "40", "."}));
}

}  // namespace
}  // namespace newsgraph::syntax
