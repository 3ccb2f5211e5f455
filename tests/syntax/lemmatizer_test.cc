#include "syntax/internal/lemmatizer.h"

#include <gtest/gtest.h>

#include "syntax/model.h"

namespace newsgraph::syntax {
namespace {

int Tag(Upos u) { return static_cast<int>(u); }

Lemmatizer Trained() {
  std::vector<LemmaExample> ex = {
      {"talks", Tag(Upos::kNoun), "talk"},        {"leaders", Tag(Upos::kNoun), "leader"},
      {"troops", Tag(Upos::kNoun), "troop"},      {"parties", Tag(Upos::kNoun), "party"},
      {"countries", Tag(Upos::kNoun), "country"}, {"met", Tag(Upos::kVerb), "meet"},
      {"visited", Tag(Upos::kVerb), "visit"},     {"signed", Tag(Upos::kVerb), "sign"},
      {"deployed", Tag(Upos::kVerb), "deploy"},   {"news", Tag(Upos::kNoun), "news"},
      {"Talks", Tag(Upos::kNoun), "talk"},        {"was", Tag(Upos::kAux), "be"},
  };
  return Lemmatizer::Train(ex);
}

TEST(Lemmatizer, KnownWordsTakeTheirTreebankLemma) {
  Lemmatizer lz = Trained();
  EXPECT_EQ(lz.Lemma("met", Tag(Upos::kVerb), false), "meet");
  EXPECT_EQ(lz.Lemma("was", Tag(Upos::kAux), false), "be");
  EXPECT_EQ(lz.Lemma("news", Tag(Upos::kNoun), false), "news");
  EXPECT_EQ(lz.Lemma("TALKS", Tag(Upos::kNoun), false), "talk");
}

TEST(Lemmatizer, UnseenWordsFollowSuffixRules) {
  Lemmatizer lz = Trained();
  EXPECT_EQ(lz.Lemma("ministers", Tag(Upos::kNoun), false), "minister");
  EXPECT_EQ(lz.Lemma("armies", Tag(Upos::kNoun), false), "army");
  EXPECT_EQ(lz.Lemma("attacked", Tag(Upos::kVerb), false), "attack");
  EXPECT_EQ(lz.Lemma("Seoul", Tag(Upos::kPropn), true), "Seoul");
}

TEST(Lemmatizer, RoundTripsThroughItsBytes) {
  Lemmatizer lz = Trained();
  std::string bytes;
  util::BinaryWriter w(&bytes);
  lz.Write(&w);
  Lemmatizer back;
  util::BinaryReader r(bytes.data(), bytes.size());
  ASSERT_TRUE(back.Read(&r));
  EXPECT_EQ(back.Lemma("armies", Tag(Upos::kNoun), false), "army");
  EXPECT_EQ(back.Lemma("met", Tag(Upos::kVerb), false), "meet");
  util::BinaryReader truncated(bytes.data(), bytes.size() / 2);
  EXPECT_FALSE(back.Read(&truncated));
}

}  // namespace
}  // namespace newsgraph::syntax
