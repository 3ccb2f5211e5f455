#include "query/relations_query.h"

#include <gtest/gtest.h>

namespace newsgraph::query {
namespace {

model::Evidence Ev(const std::string& doc, const std::string& modality, const std::string& text) {
  model::Evidence e;
  e.document = doc;
  e.modality = modality;
  e.text = text;
  e.rule = "r";
  return e;
}

model::Graph SampleGraph() {
  model::Graph g;
  g.nodes = {
      {1, "person:josep-borrell", "Josep Borrell", "PERSON", false, 1.0, {"Borrell"}},
      {2, "person:cho-tae-yul", "Cho Tae-yul", "PERSON", false, 1.0, {}},
      {3, "person:kaja-kallas", "Kaja Kallas", "PERSON", false, 1.0, {"Kallas"}},
      {4, "country:PRK", "North Korea", "COUNTRY", false, 1.0, {"Pyongyang", "DPRK"}},
      {5, "country:RUS", "Russia", "COUNTRY", false, 1.0, {"Moscow"}},
      {6, "country:KOR", "South Korea", "COUNTRY", false, 1.0, {"Seoul"}},
  };
  model::Edge meets;
  meets.id = 10, meets.source = 1, meets.target = 2, meets.type = "meets", meets.symmetric = true;
  meets.modality = "planned";
  meets.evidence = {Ev("a.txt", "planned", "Borrell was set to meet Cho."),
                    Ev("b.txt", "negated", "Borrell did not meet Cho.")};
  model::Edge succeeds;
  succeeds.id = 11, succeeds.source = 3, succeeds.target = 1, succeeds.type = "succeeds";
  succeeds.modality = "planned";
  succeeds.evidence = {Ev("a.txt", "planned", "Borrell will be succeeded by Kallas.")};
  model::Edge deploys;
  deploys.id = 12, deploys.source = 4, deploys.target = 5, deploys.type = "deploys";
  deploys.modality = "asserted";
  deploys.evidence = {Ev("a.txt", "asserted", "Pyongyang has sent soldiers to Moscow."),
                      Ev("c.txt", "asserted", "North Korea sent troops to Russia.")};
  model::Edge refused;
  refused.id = 13, refused.source = 6, refused.target = 4, refused.type = "meets",
  refused.symmetric = true;
  refused.modality = "negated";
  refused.evidence = {Ev("c.txt", "negated", "Seoul refused to meet Pyongyang.")};
  g.edges = {meets, succeeds, deploys, refused};
  return g;
}

std::vector<std::string> Summary(const RelationSelection& sel) {
  std::vector<std::string> out;
  for (const RelationRow& r : sel.rows) {
    out.push_back(r.type + "|" + r.source + "|" + r.target + "|" + r.modality + "|" +
                  std::to_string(r.evidence.size()) + "|" + std::to_string(r.documents));
  }
  return out;
}

using Rows = std::vector<std::string>;

TEST(SelectRelations, WithoutModalityShowsAllButNegatedEvidence) {
  RelationSelection sel;
  ASSERT_TRUE(SelectRelations(SampleGraph(), {}, &sel).ok());
  EXPECT_EQ(Summary(sel), (Rows{"deploys|North Korea|Russia|asserted|2|2",
                                "meets|Josep Borrell|Cho Tae-yul|planned|1|1",
                                "succeeds|Kaja Kallas|Josep Borrell|planned|1|1"}));
  EXPECT_EQ(sel.rows[1].evidence[0].text, "Borrell was set to meet Cho.");
  EXPECT_TRUE(sel.rows[1].symmetric);
  EXPECT_EQ(sel.rows[0].source_type, "COUNTRY");
}

TEST(SelectRelations, ModalityKeepsOnlyThatEvidence) {
  RelationSelection sel;
  ASSERT_TRUE(SelectRelations(SampleGraph(), {"", "", "negated"}, &sel).ok());
  EXPECT_EQ(Summary(sel), (Rows{"meets|Josep Borrell|Cho Tae-yul|negated|1|1",
                                "meets|South Korea|North Korea|negated|1|1"}));
  EXPECT_TRUE(SelectRelations(SampleGraph(), {"", "", "sure"}, &sel).IsInvalidArgument());
}

TEST(SelectRelations, TypeAndEntityByNameOrAliasAnyCase) {
  RelationSelection sel;
  ASSERT_TRUE(SelectRelations(SampleGraph(), {"", "borrell", ""}, &sel).ok());
  EXPECT_EQ(sel.entity, Resolution::Kind::kUnique);
  EXPECT_EQ(Summary(sel), (Rows{"meets|Josep Borrell|Cho Tae-yul|planned|1|1",
                                "succeeds|Kaja Kallas|Josep Borrell|planned|1|1"}));
  ASSERT_TRUE(SelectRelations(SampleGraph(), {"deploys", "PYONGYANG", ""}, &sel).ok());
  EXPECT_EQ(Summary(sel), (Rows{"deploys|North Korea|Russia|asserted|2|2"}));
  ASSERT_TRUE(SelectRelations(SampleGraph(), {"meets", "moscow", ""}, &sel).ok());
  EXPECT_TRUE(sel.rows.empty());
}

TEST(SelectRelations, UnknownAndAmbiguousEntities) {
  RelationSelection sel;
  ASSERT_TRUE(SelectRelations(SampleGraph(), {"", "Atlantis", ""}, &sel).ok());
  EXPECT_EQ(sel.entity, Resolution::Kind::kNotFound);
  EXPECT_TRUE(sel.rows.empty());

  model::Graph g = SampleGraph();
  g.nodes.push_back({7, "person:other-borrell", "Ana Borrell", "PERSON", false, 1.0, {"Borrell"}});
  ASSERT_TRUE(SelectRelations(g, {"", "borrell", ""}, &sel).ok());
  EXPECT_EQ(sel.entity, Resolution::Kind::kAmbiguous);
  EXPECT_EQ(sel.candidates.size(), 2u);
  EXPECT_TRUE(sel.rows.empty());
}

}  // namespace
}  // namespace newsgraph::query
