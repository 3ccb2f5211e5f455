#include "query/type_names.h"

#include <gtest/gtest.h>

namespace newsgraph::query {
namespace {

const std::vector<std::string> kRelations = {"affiliated_with", "meets", "supports", "visits"};
const std::vector<std::string> kEntities = {"CITY", "COUNTRY", "ORG", "PERSON"};

TEST(MatchType, AcceptsAKnownTypeAsGiven) {
  std::string t;
  ASSERT_TRUE(MatchType("meets", kRelations, "relation", &t).ok());
  EXPECT_EQ(t, "meets");
}

TEST(MatchType, IgnoresCase) {
  std::string t;
  ASSERT_TRUE(MatchType("person", kEntities, "entity", &t).ok());
  EXPECT_EQ(t, "PERSON");
  ASSERT_TRUE(MatchType("Meets", kRelations, "relation", &t).ok());
  EXPECT_EQ(t, "meets");
}

TEST(MatchType, AnUnknownTypeNamesTheClosestAndEveryKnownOne) {
  std::string t;
  Status s = MatchType("meet", kRelations, "relation", &t);
  ASSERT_FALSE(s.ok());
  EXPECT_EQ(
      s.message(),
      "no relation type \"meet\" in the database (did you mean \"meets\"?); its relation types: "
      "affiliated_with, meets, supports, visits");
  s = MatchType("suports", kRelations, "relation", &t);
  EXPECT_NE(s.message().find("did you mean \"supports\""), std::string::npos) << s.message();
}

TEST(MatchType, NothingCloseGetsNoSuggestion) {
  std::string t;
  Status s = MatchType("galaxy", kEntities, "entity", &t);
  ASSERT_FALSE(s.ok());
  EXPECT_EQ(s.message().find("did you mean"), std::string::npos) << s.message();
  EXPECT_NE(s.message().find("CITY, COUNTRY, ORG, PERSON"), std::string::npos) << s.message();
}

TEST(MatchType, AnEmptyDatabaseAcceptsAnyType) {
  std::string t;
  ASSERT_TRUE(MatchType("meets", {}, "relation", &t).ok());
  EXPECT_EQ(t, "meets");
}

}  // namespace
}  // namespace newsgraph::query

namespace newsgraph::query {
namespace {

TEST(ClosestName, PrefixOrTwoEditsIgnoringCase) {
  const std::vector<std::string> commands = {"ingest", "tag", "export", "query"};
  EXPECT_EQ(ClosestName("ingst", commands), "ingest");
  EXPECT_EQ(ClosestName("Querry", commands), "query");
  EXPECT_EQ(ClosestName("exp", commands), "export");
  EXPECT_EQ(ClosestName("galaxy", commands), "");
}

}  // namespace
}  // namespace newsgraph::query
