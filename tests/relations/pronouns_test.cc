#include "relations/internal/pronouns.h"

#include <gtest/gtest.h>

#include "relations/internal/items.h"

namespace newsgraph::relations {
namespace {

TEST(ClassifyPronoun, PersonThingAndPossessive) {
  bool poss = false;
  EXPECT_EQ(ClassifyPronoun("he", true, &poss), PronounKind::kPerson);
  EXPECT_FALSE(poss);
  EXPECT_EQ(ClassifyPronoun("his", false, &poss), PronounKind::kPerson);
  EXPECT_TRUE(poss);
  EXPECT_EQ(ClassifyPronoun("her", false, &poss), PronounKind::kPerson);  // "met her in"
  EXPECT_FALSE(poss);
  EXPECT_EQ(ClassifyPronoun("her", true, &poss), PronounKind::kPerson);  // "her visit"
  EXPECT_TRUE(poss);
  EXPECT_EQ(ClassifyPronoun("its", false, &poss), PronounKind::kThing);
  EXPECT_TRUE(poss);
  EXPECT_EQ(ClassifyPronoun("they", false, &poss), PronounKind::kNone);
  EXPECT_EQ(ClassifyPronoun("hello", false, &poss), PronounKind::kNone);
}

TEST(PronounResolver, PersonIsTheLatestInTheSentenceElseThePreviousSubject) {
  PronounResolver r;
  r.BeginSentence(0);
  EXPECT_EQ(r.Resolve(PronounKind::kPerson), -1);  // nobody yet
  r.NoteMention(1, kPersonBit, false);             // "Musharraf held talks
  r.NoteMention(2, kPersonBit, false);             //  with Blair."
  EXPECT_EQ(r.Resolve(PronounKind::kPerson), 2);   // "..., and he said": most recent
  r.BeginSentence(1);
  EXPECT_EQ(r.Resolve(PronounKind::kPerson), 1);  // "He then flew": the subject
  r.BeginSentence(1 + kMaxSentencesBack + 1);
  EXPECT_EQ(r.Resolve(PronounKind::kPerson), -1);  // too far back
}

TEST(PronounResolver, ItIsOnlyTheOneCountryOrOrganisationOfTheSentence) {
  PronounResolver r;
  r.BeginSentence(0);
  r.NoteMention(5, kCountryBit, false);  // "Russia said it ..."
  EXPECT_EQ(r.Resolve(PronounKind::kThing), 5);
  r.NoteMention(6, kCountryBit, /*demonym=*/true);  // demonyms do not count
  EXPECT_EQ(r.Resolve(PronounKind::kThing), 5);
  r.NoteMention(7, kOrgBit, false);  // two candidates: unresolved
  EXPECT_EQ(r.Resolve(PronounKind::kThing), -1);
  r.BeginSentence(1);  // never across sentences
  EXPECT_EQ(r.Resolve(PronounKind::kThing), -1);
}

}  // namespace
}  // namespace newsgraph::relations
