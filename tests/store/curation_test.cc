// Corrections applied to a loaded graph (ApplyCorrections), and recorded in
// and read from a store (AddCorrection, Corrections, RemoveCorrection,
// LoadGraph applying them).
#include "store/curation.h"

#include <gtest/gtest.h>

#include <memory>

#include "store/doc_builder.h"
#include "store/store.h"

namespace newsgraph::store {
namespace {

model::Node N(int64_t id, const std::string& key, const std::string& name, int64_t mentions = 1) {
  model::Node n;
  n.id = id;
  n.key = key;
  n.name = name;
  n.type = "PERSON";
  n.mentions = mentions;
  n.documents = mentions;
  return n;
}

model::Edge E(int64_t id, const std::string& type, int64_t s, int64_t t, bool symmetric,
              int64_t docs, const std::string& first = "",
              const std::string& modality = "asserted") {
  model::Edge e;
  e.id = id;
  e.type = type;
  e.source = s;
  e.target = t;
  e.symmetric = symmetric;
  e.support_documents = e.support_mentions = docs;
  e.first_seen = e.last_seen = first;
  e.modality = modality;
  model::Evidence ev;
  ev.document = "doc" + std::to_string(id);
  e.evidence.push_back(ev);
  return e;
}

// Brown (discovered) and Gordon Brown; Blair; Election (noise).
model::Graph Small() {
  model::Graph g;
  g.nodes = {
      N(1, "discovered:person:brown", "Brown", 3), N(2, "person:gordon-brown", "Gordon Brown", 40),
      N(3, "person:tony-blair", "Tony Blair", 30), N(4, "discovered:org:election", "Election", 9)};
  g.edges = {E(10, "meets", 1, 3, true, 1, "2005-01-02", "planned"),
             E(11, "meets", 2, 3, true, 4, "2005-01-05"), E(12, "meets", 1, 2, true, 1),
             E(13, "supports", 4, 3, false, 2)};
  return g;
}

TEST(ApplyCorrections, MergeFoldsNamesCountsAndEdges) {
  model::Graph g = Small();
  ApplyCorrections({{1, "merge", "discovered:person:brown", "person:gordon-brown", ""}}, &g);
  ASSERT_EQ(g.nodes.size(), 3u);
  const model::Node& brown = g.nodes[0];
  EXPECT_EQ(brown.key, "person:gordon-brown");
  EXPECT_EQ(brown.mentions, 43);
  EXPECT_EQ(brown.aliases, std::vector<std::string>({"Brown"}));
  ASSERT_EQ(g.edges.size(), 2u);  // the Brown-Gordon Brown edge is a self-loop now
  const model::Edge& meets = g.edges[0];
  EXPECT_EQ(meets.id, 10);
  EXPECT_EQ(meets.source, 2);  // symmetric: ordered
  EXPECT_EQ(meets.target, 3);
  EXPECT_EQ(meets.support_documents, 5);
  EXPECT_EQ(meets.modality, "asserted");
  EXPECT_EQ(meets.first_seen, "2005-01-02");
  EXPECT_EQ(meets.last_seen, "2005-01-05");
  EXPECT_EQ(meets.merged_ids, std::vector<int64_t>({11}));
  EXPECT_EQ(meets.evidence.size(), 2u);
}

TEST(ApplyCorrections, RenameAliasBlockAndChains) {
  model::Graph g = Small();
  ApplyCorrections(
      {{1, "rename", "person:tony-blair", "Anthony Blair", ""},
       {2, "alias", "person:tony-blair", "the Prime Minister", ""},
       {3, "block", "discovered:org:election", "", ""},
       {4, "merge", "person:gordon-brown", "person:tony-blair", ""},
       {5, "merge", "discovered:person:brown", "person:gordon-brown", ""},  // follows 4
       {6, "merge", "person:nobody", "person:tony-blair", ""},              // not in the graph
       {7, "bogus", "person:tony-blair", "x", ""}},
      &g);
  ASSERT_EQ(g.nodes.size(), 1u);
  EXPECT_EQ(g.nodes[0].name, "Anthony Blair");
  EXPECT_EQ(g.nodes[0].mentions, 73);
  EXPECT_EQ(g.nodes[0].aliases, std::vector<std::string>(
                                    {"Tony Blair", "the Prime Minister", "Gordon Brown", "Brown"}));
  EXPECT_TRUE(
      g.edges.empty());  // every meeting is now with itself; the election's support is blocked
}

TEST(ApplyCorrections, CheckCorrectionRefusesNonsense) {
  EXPECT_FALSE(CheckCorrection({0, "merge", "a:b", "a:b", ""}).ok());
  EXPECT_FALSE(CheckCorrection({0, "rename", "a:b", "", ""}).ok());
  EXPECT_FALSE(CheckCorrection({0, "delete", "a:b", "", ""}).ok());
  EXPECT_FALSE(CheckCorrection({0, "block", "", "", ""}).ok());
  EXPECT_TRUE(CheckCorrection({0, "block", "a:b", "", ""}).ok());
}

TEST(StoreCorrections, RecordedAppliedByLoadGraphAndRemoved) {
  const std::string path = testing_util::TempDb();
  std::unique_ptr<Store> store;
  ASSERT_TRUE(Store::Open(path, StoreOptions(), &store).ok());
  testing_util::DocBuilder d("a.txt", "Borrell met Cho.");
  const uint32_t a = d.Entity("person:borrell", "Josep Borrell", "PERSON", {"Borrell"});
  const uint32_t b = d.Entity("person:cho", "Cho Tae-yul", "PERSON", {"Cho"});
  d.Relation("meets", a, b, "met", true);
  ASSERT_TRUE(store->Begin().ok());
  ASSERT_TRUE(store->PutDocument(d.record()).ok());
  ASSERT_TRUE(store->Commit().ok());
  Correction c{0, "block", "person:cho", "", ""};
  ASSERT_TRUE(store->AddCorrection(&c).ok());
  EXPECT_GT(c.id, 0);
  EXPECT_FALSE(c.created_at.empty());
  Correction bad{0, "merge", "person:cho", "person:cho", ""};
  EXPECT_EQ(store->AddCorrection(&bad).code(), Status::Code::kInvalidArgument);
  model::Graph g;
  ASSERT_TRUE(store->LoadGraph(model::GraphFilter(), &g).ok());
  ASSERT_EQ(g.nodes.size(), 1u);
  EXPECT_TRUE(g.edges.empty());
  std::vector<Correction> log;
  ASSERT_TRUE(store->Corrections(&log).ok());
  ASSERT_EQ(log.size(), 1u);
  EXPECT_EQ(log[0].action, "block");
  ASSERT_TRUE(store->RemoveCorrection(c.id).ok());
  EXPECT_EQ(store->RemoveCorrection(c.id).code(), Status::Code::kNotFound);
  ASSERT_TRUE(store->LoadGraph(model::GraphFilter(), &g).ok());
  EXPECT_EQ(g.nodes.size(), 2u);
  EXPECT_EQ(g.edges.size(), 1u);
}

TEST(StoreCorrections, MergedEdgesGetTheirEvidenceFromLoadEvidence) {
  const std::string path = testing_util::TempDb();
  std::unique_ptr<Store> store;
  ASSERT_TRUE(Store::Open(path, StoreOptions(), &store).ok());
  testing_util::DocBuilder d1("a.txt", "Brown met Blair."), d2("b.txt", "Gordon Brown met Blair.");
  d1.Relation("meets", d1.Entity("discovered:person:brown", "Brown", "PERSON", {"Brown"}),
              d1.Entity("person:blair", "Tony Blair", "PERSON", {"Blair"}), "met", true);
  d2.Relation("meets", d2.Entity("person:gordon-brown", "Gordon Brown", "PERSON", {"Gordon Brown"}),
              d2.Entity("person:blair", "Tony Blair", "PERSON", {"Blair"}), "met", true);
  for (testing_util::DocBuilder* d : {&d1, &d2}) {
    ASSERT_TRUE(store->Begin().ok());
    ASSERT_TRUE(store->PutDocument(d->record()).ok());
    ASSERT_TRUE(store->Commit().ok());
  }
  Correction c{0, "merge", "discovered:person:brown", "person:gordon-brown", ""};
  ASSERT_TRUE(store->AddCorrection(&c).ok());
  model::GraphFilter no_evidence;
  no_evidence.with_evidence = false;
  model::Graph g;
  ASSERT_TRUE(store->LoadGraph(no_evidence, &g).ok());
  ASSERT_EQ(g.edges.size(), 1u);
  EXPECT_EQ(g.edges[0].support_documents, 2);
  ASSERT_TRUE(store->LoadEvidence(model::GraphFilter(), &g.edges).ok());
  ASSERT_EQ(g.edges[0].evidence.size(), 2u);
  EXPECT_EQ(g.edges[0].evidence[0].document, "a.txt");
  EXPECT_EQ(g.edges[0].evidence[1].document, "b.txt");
}

}  // namespace
}  // namespace newsgraph::store
