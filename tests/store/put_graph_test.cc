// Store::PutGraph (bulk import) and Store::LoadEvidence (evidence of a few edges).
#include <gtest/gtest.h>

#include <filesystem>
#include <string>

#include "store/store.h"
#include "synthetic_graph.h"

namespace newsgraph::store {
namespace {

namespace fs = std::filesystem;

std::string TempDb() {
  const auto* info = testing::UnitTest::GetInstance()->current_test_info();
  std::string path =
      testing::TempDir() + "put_graph_test_" + info->test_suite_name() + "_" + info->name() + ".db";
  for (const char* ext : {"", "-wal", "-shm", "-journal"}) fs::remove(path + ext);
  return path;
}

std::unique_ptr<Store> OpenNew() {
  std::unique_ptr<Store> store;
  Status s = Store::Open(TempDb(), {}, &store);
  EXPECT_TRUE(s.ok()) << s.ToString();
  return store;
}

model::Evidence Ev(std::string doc, std::string date, uint32_t sentence, std::string text,
                   std::string modality = "asserted") {
  model::Evidence ev;
  ev.document = std::move(doc);
  ev.date = std::move(date);
  ev.sentence = sentence;
  ev.begin = sentence * 100;
  ev.end = ev.begin + static_cast<uint32_t>(text.size());
  ev.text = std::move(text);
  ev.rule = "rule-" + std::to_string(sentence);
  ev.modality = std::move(modality);
  ev.confidence = 0.5;
  return ev;
}

// Three entities, two relations over two documents, one isolated entity.
model::Graph Small() {
  model::Graph g;
  auto node = [&](int64_t id, std::string key, std::string name, std::string type,
                  std::vector<std::string> aliases) {
    model::Node n;
    n.id = id;
    n.key = std::move(key);
    n.name = std::move(name);
    n.type = std::move(type);
    n.aliases = std::move(aliases);
    g.nodes.push_back(std::move(n));
  };
  node(3, "person:borrell", "Josep Borrell", "PERSON", {"Borrell"});
  node(7, "person:cho", "Cho Tae-yul", "PERSON", {});
  node(9, "person:kallas", "Kaja Kallas", "PERSON", {"Kallas"});
  node(11, "country:EST", "Estonia", "COUNTRY", {});
  model::Edge meets;
  meets.id = 20;
  meets.source = 3;
  meets.target = 7;
  meets.type = "meets";
  meets.symmetric = true;
  meets.modality = "planned";
  meets.evidence = {Ev("a.txt", "2024-11-03", 4, "Borrell will meet Cho.", "planned"),
                    Ev("b.txt", "2024-11-05", 1, "Borrell met Cho?", "hypothetical")};
  meets.evidence[0].cameo = "040";
  model::Edge succeeds;
  succeeds.id = 21;
  succeeds.source = 9;
  succeeds.target = 3;
  succeeds.type = "succeeds";
  succeeds.evidence = {Ev("a.txt", "2024-11-03", 9, "Kallas will succeed Borrell.")};
  g.edges = {meets, succeeds};
  return g;
}

TEST(PutGraphTest, LoadGraphReadsBackWhatWasImported) {
  auto store = OpenNew();
  ASSERT_TRUE(store->PutGraph(Small()).ok());
  model::Graph g;
  ASSERT_TRUE(store->LoadGraph({}, &g).ok());
  ASSERT_EQ(g.nodes.size(), 4u);
  EXPECT_EQ(g.nodes[0].id, 3);
  EXPECT_EQ(g.nodes[0].name, "Josep Borrell");
  EXPECT_EQ(g.nodes[0].key, "person:borrell");
  EXPECT_EQ(g.nodes[0].aliases, std::vector<std::string>{"Borrell"});
  EXPECT_EQ(g.nodes[0].documents, 2);     // a.txt and b.txt
  EXPECT_EQ(g.nodes[3].name, "Estonia");  // edgeless: kept through its one mention
  EXPECT_EQ(g.nodes[3].documents, 1);

  ASSERT_EQ(g.edges.size(), 2u);
  const model::Edge& meets = g.edges[0];
  EXPECT_EQ(meets.id, 20);
  EXPECT_EQ(meets.type, "meets");
  EXPECT_TRUE(meets.symmetric);
  EXPECT_EQ(meets.modality, "planned");  // the strongest of planned and hypothetical
  EXPECT_EQ(meets.support_documents, 2);
  ASSERT_EQ(meets.evidence.size(), 2u);
  EXPECT_EQ(meets.evidence[0].text, "Borrell will meet Cho.");
  EXPECT_EQ(meets.evidence[0].date, "2024-11-03");
  EXPECT_EQ(meets.evidence[0].sentence, 4u);
  EXPECT_EQ(meets.evidence[0].rule, "rule-4");
  EXPECT_EQ(meets.evidence[0].cameo, "040");
  EXPECT_EQ(meets.evidence[1].modality, "hypothetical");
  EXPECT_EQ(meets.evidence[1].cameo, "");
  EXPECT_EQ(g.edges[1].source, 9);
  EXPECT_EQ(g.edges[1].target, 3);

  // Filters work on imported data as on ingested data.
  model::GraphFilter late;
  late.date_from = "2024-11-04";
  ASSERT_TRUE(store->LoadGraph(late, &g).ok());
  ASSERT_EQ(g.edges.size(), 1u);
  EXPECT_EQ(g.edges[0].modality, "hypothetical");
}

TEST(PutGraphTest, RefusesADatabaseThatHoldsEntities) {
  auto store = OpenNew();
  ASSERT_TRUE(store->PutGraph(Small()).ok());
  Status s = store->PutGraph(Small());
  EXPECT_TRUE(s.IsInvalidArgument()) << s.ToString();
  EXPECT_NE(s.message().find("already holds 4 entities"), std::string::npos) << s.message();
}

TEST(PutGraphTest, RejectsInconsistentGraphsBeforeWriting) {
  auto check = [](model::Graph g, const std::string& expected) {
    auto store = OpenNew();
    Status s = store->PutGraph(g);
    EXPECT_TRUE(s.IsInvalidArgument()) << s.ToString();
    EXPECT_NE(s.message().find(expected), std::string::npos) << s.message();
    model::Graph back;
    ASSERT_TRUE(store->LoadGraph({}, &back).ok());
    EXPECT_TRUE(back.nodes.empty());
  };
  model::Graph g = Small();
  g.edges[0].target = 99;
  check(g, "not a node");
  g = Small();
  g.edges[1].evidence.clear();
  check(g, "no evidence");
  g = Small();
  std::swap(g.edges[0].source, g.edges[0].target);
  check(g, "symmetric");
  g = Small();
  g.nodes[1].key = g.nodes[0].key;
  check(g, "key");
  g = Small();
  g.edges[1].evidence[0].date = "3 Nov";
  check(g, "YYYY-MM-DD");
  g = Small();
  g.edges[1].evidence[0].date = "2024-11-04";  // a.txt dated twice
  check(g, "two dates");
  g = Small();
  g.edges[1].modality = "rumoured";
  check(g, "modality");
  g = Small();
  g.edges.push_back(g.edges[1]);
  g.edges.back().id = 99;
  check(g, "a second edge");
}

TEST(PutGraphTest, IngestStillWorksAfterAnImport) {
  auto store = OpenNew();
  ASSERT_TRUE(store->PutGraph(Small()).ok());
  DocumentRecord record;
  record.info = {"c.txt", "h", "", 8};
  record.text = "Estonia.";
  record.entities.push_back({"country:EST", "Estonia", "COUNTRY"});
  record.mentions.push_back({.entity = 0, .begin = 0, .end = 7, .how = "name"});
  ASSERT_TRUE(store->Begin().ok());
  Status s = store->PutDocument(record);
  ASSERT_TRUE(s.ok()) << s.ToString();
  ASSERT_TRUE(store->Commit().ok());
  StoreStats stats;
  ASSERT_TRUE(store->Stats(&stats).ok());
  EXPECT_EQ(stats.documents, 4);  // a.txt, b.txt, the import document, c.txt
  EXPECT_EQ(stats.entities, 4);
  EXPECT_EQ(stats.relations, 2);
}

TEST(LoadEvidenceTest, ReadsOnlyTheGivenEdgesUnderTheFilter) {
  auto store = OpenNew();
  ASSERT_TRUE(store->PutGraph(Small()).ok());
  model::GraphFilter filter;
  filter.with_evidence = false;
  model::Graph g;
  ASSERT_TRUE(store->LoadGraph(filter, &g).ok());
  ASSERT_TRUE(g.edges[0].evidence.empty());

  std::vector<model::Edge> edges = {g.edges[1]};
  ASSERT_TRUE(store->LoadEvidence({}, &edges).ok());
  ASSERT_EQ(edges[0].evidence.size(), 1u);
  EXPECT_EQ(edges[0].evidence[0].text, "Kallas will succeed Borrell.");

  edges = {g.edges[0]};
  model::GraphFilter early;
  early.date_to = "2024-11-04";
  ASSERT_TRUE(store->LoadEvidence(early, &edges).ok());
  ASSERT_EQ(edges[0].evidence.size(), 1u);
  EXPECT_EQ(edges[0].evidence[0].document, "a.txt");

  model::Edge unknown;
  unknown.id = 12345;
  edges = {unknown};
  ASSERT_TRUE(store->LoadEvidence({}, &edges).ok());
  EXPECT_TRUE(edges[0].evidence.empty());
  early.date_to = "yesterday";
  EXPECT_TRUE(store->LoadEvidence(early, &edges).IsInvalidArgument());
}

TEST(PutGraphTest, ASyntheticGraphRoundTrips) {
  model::Graph synthetic = testdata::MakeSyntheticGraph({.entities = 2000, .relations = 8000});
  ASSERT_EQ(synthetic.edges.size(), 8000u);
  auto store = OpenNew();
  Status s = store->PutGraph(synthetic);
  ASSERT_TRUE(s.ok()) << s.ToString();
  model::Graph g;
  ASSERT_TRUE(store->LoadGraph({}, &g).ok());
  EXPECT_EQ(g.edges.size(), synthetic.edges.size());
  size_t connected = 0;
  for (const model::Node& n : g.nodes) connected += n.key.rfind("synthetic:", 0) == 0;
  EXPECT_EQ(connected, 2000u);
  for (size_t i = 0; i < g.edges.size(); i += 997) {
    EXPECT_EQ(g.edges[i].id, synthetic.edges[i].id);
    EXPECT_EQ(g.edges[i].source, synthetic.edges[i].source);
    EXPECT_EQ(g.edges[i].type, synthetic.edges[i].type);
    ASSERT_EQ(g.edges[i].evidence.size(), 1u);
    EXPECT_EQ(g.edges[i].evidence[0].text, synthetic.edges[i].evidence[0].text);
  }
}

}  // namespace
}  // namespace newsgraph::store
