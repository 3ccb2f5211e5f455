#include "pipeline/internal/document_record.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "ner/types.h"
#include "relations/types.h"
#include "store/records.h"

namespace newsgraph::pipeline {
namespace {

// "Borrell met Cho Tae-yul. They spoke." as the tagger leaves it: two
// sentences, two entities, three mentions.
ner::TaggedDocument Tagged() {
  ner::TaggedDocument t;
  t.doc.name = "a.txt";
  t.doc.text = "Borrell met Cho Tae-yul. They spoke.";
  t.doc.sentences = {{{0, 24}, 0, 5}, {{25, 36}, 5, 8}};
  ner::DocEntity borrell;
  borrell.key = "person:borrell";
  borrell.name = "Josep Borrell";
  borrell.type = "PERSON";
  borrell.confidence = 0.5f;
  borrell.aliases = {"Borrell"};
  borrell.country = "country:ESP";  // not stored
  ner::DocEntity cho;
  cho.key = "discovered:person:cho tae yul";
  cho.name = "Cho Tae-yul";
  cho.type = "PERSON";
  cho.discovered = true;
  t.entities = {borrell, cho};
  ner::Mention m0;
  m0.span = {0, 7};
  m0.first_token = 0;  // tokens are not stored
  m0.end_token = 1;
  m0.how = ner::MatchKind::kCoref;
  m0.confidence = 0.75f;
  m0.rule = "coref:surname";
  ner::Mention m1;
  m1.span = {12, 23};
  m1.entity = 1;
  m1.how = ner::MatchKind::kRule;
  m1.rule = "name:korean";
  ner::Mention m2;
  m2.span = {25, 29};
  m2.sentence = 1;
  m2.entity = 1;
  m2.how = ner::MatchKind::kAlias;
  t.mentions = {m0, m1, m2};
  return t;
}

relations::RelationMention Meets() {
  relations::RelationMention r;
  r.type = "meets";
  r.source = 0;
  r.target = 1;
  r.symmetric = true;
  r.modality = relations::kPlanned;
  r.sentence = 0;
  r.sentence_span = {0, 24};
  r.trigger = {8, 11};
  r.rule = "meet-verb";
  r.cameo = "042";
  r.confidence = 0.875f;
  r.event_date = "2024-11-04";
  return r;
}

TEST(MakeDocumentRecordTest, ATaggedDocumentWithARelationBecomesOneRecord) {
  store::DocumentInfo info;
  info.name = "a.txt";
  info.hash = "abc123";
  info.date = "2024-11-06";
  info.size = 36;
  info.url = "https://example.org/a";
  info.title = "Talks";
  info.source = "Example";

  store::DocumentRecord expected;
  expected.info = info;
  expected.text = "Borrell met Cho Tae-yul. They spoke.";
  expected.entities = {
      {"person:borrell", "Josep Borrell", "PERSON", false, 0.5f, {"Borrell"}},
      {"discovered:person:cho tae yul", "Cho Tae-yul", "PERSON", true, 1.0f, {}},
  };
  expected.mentions = {
      {0, 0, 7, 0, "coref", 0.75f, "coref:surname"},
      {1, 12, 23, 0, "rule", 1.0f, "name:korean"},
      {1, 25, 29, 1, "alias", 1.0f, ""},
  };
  expected.relations = {
      {"meets", 0, 1, true, "planned", 0, 0, 24, 8, 11, "meet-verb", "042", 0.875f, "2024-11-04"}};

  EXPECT_EQ(MakeDocumentRecord(info, Tagged(), {Meets()}), expected);
}

TEST(MakeDocumentRecordTest, WithoutASpanOfItsOwnTheEvidenceIsTheRelationsSentence) {
  relations::RelationMention r = Meets();
  r.sentence = 1;
  r.sentence_span = {};
  r.trigger = {30, 35};
  store::DocumentRecord record = MakeDocumentRecord({"a.txt"}, Tagged(), {r});
  ASSERT_EQ(record.relations.size(), 1u);
  EXPECT_EQ(record.relations[0].sentence_begin, 25u);
  EXPECT_EQ(record.relations[0].sentence_end, 36u);

  r.sentence = 2;  // no such sentence: an invalid span, which the store rejects
  record = MakeDocumentRecord({"a.txt"}, Tagged(), {r});
  EXPECT_EQ(record.relations[0].sentence_begin, 1u);
  EXPECT_EQ(record.relations[0].sentence_end, 0u);
}

TEST(MakeDocumentRecordTest, TheRelationModalitiesAreTheStores) {
  for (const char* m :
       {relations::kAsserted, relations::kPlanned, relations::kHypothetical, relations::kNegated}) {
    EXPECT_NE(std::find_if(std::begin(store::kModalities), std::end(store::kModalities),
                           [&](const char* k) { return std::string(k) == m; }),
              std::end(store::kModalities))
        << m;
  }
  EXPECT_EQ(store::RelationRecord().modality, relations::RelationMention().modality);
}

}  // namespace
}  // namespace newsgraph::pipeline
