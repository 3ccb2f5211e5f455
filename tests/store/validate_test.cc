// The checks Store::PutDocument makes on a record before writing anything
// (store/internal/validate.h).
#include "store/internal/validate.h"

#include <gtest/gtest.h>

#include <string>

#include "store/records.h"

namespace newsgraph::store::internal {
namespace {

// The example of store/records.h: Borrell meets Cho in one sentence.
DocumentRecord Meeting() {
  DocumentRecord r;
  r.info.name = "news/2024-11-04-seoul.txt";
  r.text = "Borrell met Cho Tae-yul.";
  r.entities = {{"person:borrell", "Josep Borrell", "PERSON"},
                {"person:cho-tae-yul", "Cho Tae-yul", "PERSON"}};
  r.mentions = {{0, 0, 7, 0, "alias"}, {1, 12, 23, 0, "name"}};
  r.relations = {{"meets", 0, 1, /*symmetric=*/true, "asserted", 0, 0, 24, 8, 11}};
  return r;
}

// The message of Validate(r), or "OK".
std::string Check(const DocumentRecord& r) {
  Status s = Validate(r);
  if (s.ok()) return "OK";
  EXPECT_TRUE(s.IsInvalidArgument()) << s.ToString();
  return s.message();
}

TEST(ValidateTest, AConsistentRecordPasses) {
  EXPECT_EQ(Check(Meeting()), "OK");
  DocumentRecord empty;
  empty.info.name = "empty.txt";
  EXPECT_EQ(Check(empty), "OK");
  DocumentRecord r = Meeting();
  r.info.date = "2024-11-04";
  r.mentions[0].begin = r.mentions[0].end = 24;  // empty, at the end of the text
  EXPECT_EQ(Check(r), "OK");
}

TEST(ValidateTest, TheDocumentNeedsANameAndADay) {
  DocumentRecord r = Meeting();
  r.info.name.clear();
  EXPECT_EQ(Check(r), "document without a name");
  r = Meeting();
  r.info.date = "2024-02-31";
  EXPECT_EQ(Check(r), "news/2024-11-04-seoul.txt: date \"2024-02-31\" is not YYYY-MM-DD");
}

TEST(ValidateTest, AMentionNamesAnEntityAndASpanOfTheText) {
  DocumentRecord r = Meeting();
  r.mentions[1].entity = 2;
  EXPECT_EQ(Check(r), "news/2024-11-04-seoul.txt: mention 1: entity 2 out of range (2 entities)");
  r = Meeting();
  r.mentions[0].end = 25;
  EXPECT_EQ(Check(r), "news/2024-11-04-seoul.txt: mention 0: span outside the text");
  r = Meeting();
  r.mentions[0].begin = 8;  // after its end
  EXPECT_EQ(Check(r), "news/2024-11-04-seoul.txt: mention 0: span outside the text");
}

TEST(ValidateTest, ARelationHasATypeEntitiesAModalityAndSpansOfTheText) {
  const std::string where = "news/2024-11-04-seoul.txt: relation 0 (meets): ";
  DocumentRecord r = Meeting();
  r.relations[0].type.clear();
  EXPECT_EQ(Check(r), "news/2024-11-04-seoul.txt: relation 0 (): empty type");
  r = Meeting();
  r.relations[0].target = 7;
  EXPECT_EQ(Check(r), where + "entity out of range (2 entities)");
  r = Meeting();
  r.relations[0].modality = "rumoured";
  EXPECT_EQ(Check(r), where + "unknown modality \"rumoured\"");
  r = Meeting();
  r.relations[0].trigger_end = 30;
  EXPECT_EQ(Check(r), where + "span outside the text");
  r = Meeting();
  r.relations[0].sentence_begin = 1;  // [1, 0): the sentence is unknown
  r.relations[0].sentence_end = 0;
  EXPECT_EQ(Check(r), where + "span outside the text");
}

TEST(ValidateTest, EveryModalityOfTheListIsKnown) {
  for (const char* m : kModalities) EXPECT_TRUE(IsModality(m)) << m;
  EXPECT_FALSE(IsModality(""));
  EXPECT_FALSE(IsModality("Asserted"));
}

}  // namespace
}  // namespace newsgraph::store::internal
