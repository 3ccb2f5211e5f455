// The graph queries end to end below the CLI: a store filled by PutGraph, a
// GraphSession, each query in each format.
#include "query/queries.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <nlohmann/json.hpp>
#include <sstream>

#include "query/graph_session.h"

namespace newsgraph::query {
namespace {

namespace fs = std::filesystem;

const char kHostileName[] = "Ev\"il \\ {Name} <b>&amp;</b>\nSecond line 'quoted' Ωμέγα Škoda";

model::Evidence Ev(const std::string& doc, uint32_t sentence, const std::string& text,
                   const std::string& modality = "asserted") {
  model::Evidence ev;
  ev.document = doc;
  ev.date = "2024-11-04";
  ev.sentence = sentence;
  ev.begin = sentence * 100;
  ev.end = ev.begin + static_cast<uint32_t>(text.size());
  ev.text = text;
  ev.rule = "test";
  ev.modality = modality;
  return ev;
}

// The seed article's graph, plus Kim and Kim (an ambiguous surname), an
// island and an entity with a hostile name.
model::Graph SeedGraph() {
  model::Graph g;
  auto node = [&](int64_t id, const std::string& key, const std::string& name,
                  const std::string& type, std::vector<std::string> aliases = {}) {
    model::Node n;
    n.id = id;
    n.key = key;
    n.name = name;
    n.type = type;
    n.aliases = std::move(aliases);
    g.nodes.push_back(n);
  };
  node(1, "person:josep-borrell", "Josep Borrell", "PERSON", {"Borrell"});
  node(2, "person:kaja-kallas", "Kaja Kallas", "PERSON");
  node(3, "person:cho-tae-yul", "Cho Tae-yul", "PERSON");
  node(4, "country:KOR", "South Korea", "COUNTRY", {"Seoul"});
  node(5, "org:eu", "European Union", "ORG", {"EU"});
  node(6, "person:kim-jong-un", "Kim Jong Un", "PERSON");
  node(7, "person:kim-yong-hyun", "Kim Yong-hyun", "PERSON");
  node(8, "test:hostile", kHostileName, "ORG");
  node(9, "country:PRK", "North Korea", "COUNTRY");
  auto edge = [&](int64_t id, int64_t s, int64_t t, const std::string& type, bool symmetric,
                  std::vector<model::Evidence> evidence) {
    model::Edge e;
    e.id = id;
    e.source = s;
    e.target = t;
    e.type = type;
    e.symmetric = symmetric;
    e.evidence = std::move(evidence);
    g.edges.push_back(e);
  };
  edge(10, 2, 1, "succeeds", false,
       {Ev("seed.txt", 27, "Borrell will be succeeded by Kaja Kallas.")});
  edge(11, 1, 3, "meets", true,
       {Ev("seed.txt", 14, "On Monday, Borrell was set to meet with Cho Tae-yul.", "planned"),
        Ev("later.txt", 2, "Borrell met Cho Tae-yul in Seoul.")});
  edge(12, 1, 4, "visits", false, {Ev("seed.txt", 13, "Borrell arrived in Seoul on Sunday.")});
  edge(13, 4, 5, "signs_agreement", true,
       {Ev("seed.txt", 15, "The EU and South Korea sign a partnership.", "planned")});
  edge(14, 6, 9, "affiliated_with", false, {Ev("nk.txt", 1, "Kim Jong Un of North Korea.")});
  edge(15, 7, 4, "affiliated_with", false, {Ev("kor.txt", 1, "Kim Yong-hyun of South Korea.")});
  edge(16, 8, 5, "condemns", false,
       {Ev("odd.txt", 3, std::string("The ") + kHostileName + " condemned the EU.")});
  return g;
}

class QueriesTest : public ::testing::Test {
 protected:
  void SetUp() override {
    const auto* info = ::testing::UnitTest::GetInstance()->current_test_info();
    path_ = ::testing::TempDir() + "queries_test_" + info->name() + ".db";
    for (const char* ext : {"", "-wal", "-shm"}) fs::remove(path_ + ext);
    std::unique_ptr<store::Store> writer;
    ASSERT_TRUE(store::Store::Open(path_, {}, &writer).ok());
    Status s = writer->PutGraph(SeedGraph());
    ASSERT_TRUE(s.ok()) << s.ToString();
    writer.reset();
    store::StoreOptions ro;
    ro.read_only = true;
    ASSERT_TRUE(store::Store::Open(path_, ro, &store_).ok());
    Open({});
  }
  void Open(const model::GraphFilter& filter) {
    Status s = GraphSession::Open(store_.get(), filter, &session_);
    ASSERT_TRUE(s.ok()) << s.ToString();
  }
  graph::VertexId V(const std::string& name) {
    NameLookup l = session_->Lookup(name);
    EXPECT_EQ(l.kind, Resolution::Kind::kUnique) << name << ": " << l.message;
    return l.vertex;
  }

  std::string path_;
  std::unique_ptr<store::Store> store_;
  std::unique_ptr<GraphSession> session_;
};

TEST_F(QueriesTest, NamesResolveByKeyNameCaseAliasAndSurname) {
  EXPECT_EQ(session_->graph().node(V("borrell")).name, "Josep Borrell");
  EXPECT_EQ(session_->graph().node(V("EU")).name, "European Union");
  EXPECT_EQ(session_->graph().node(V("eu")).name, "European Union");
  EXPECT_EQ(session_->graph().node(V("country:KOR")).name, "South Korea");
  EXPECT_EQ(session_->graph().node(V("cho tae yul")).name, "Cho Tae-yul");
  EXPECT_EQ(session_->graph().node(V("Cho")).name, "Cho Tae-yul");  // family name first
  EXPECT_EQ(session_->graph().node(V(kHostileName)).key, "test:hostile");
}

TEST_F(QueriesTest, AmbiguousNameListsItsCandidates) {
  NameLookup l = session_->Lookup("kim");
  ASSERT_EQ(l.kind, Resolution::Kind::kAmbiguous);
  ASSERT_EQ(l.candidates.size(), 2u);
  EXPECT_EQ(l.message,
            "\"kim\" is ambiguous: 2 entities match; give the full name or the key\n"
            "  Kim Jong Un  (PERSON, key person:kim-jong-un, 1 mention)\n"
            "  Kim Yong-hyun  (PERSON, key person:kim-yong-hyun, 1 mention)");
}

TEST_F(QueriesTest, UnknownNameSaysSo) {
  NameLookup l = session_->Lookup("Napoleon");
  EXPECT_EQ(l.kind, Resolution::Kind::kNotFound);
  EXPECT_EQ(l.message.rfind("no entity named \"Napoleon\"", 0), 0u) << l.message;
}

TEST_F(QueriesTest, PathTableShowsEachHopWithDirectionAndEvidence) {
  std::ostringstream out;
  ASSERT_TRUE(RunPath(*session_, V("Kaja Kallas"), V("Cho Tae-yul"), Format::kTable, out).ok());
  EXPECT_EQ(
      out.str(),
      "Kaja Kallas (person:kaja-kallas) to Cho Tae-yul (person:cho-tae-yul): 2 hops\n"
      "HOP  RELATION\n"
      "1    Kaja Kallas -[succeeds]-> Josep Borrell  (asserted; 1 document, 1 mention)\n"
      "     \"Borrell will be succeeded by Kaja Kallas.\" [seed.txt, 2024-11-04, sentence 27]\n"
      "2    Josep Borrell -[meets]- Cho Tae-yul  (asserted; 2 documents, 2 mentions)\n"
      "     \"Borrell met Cho Tae-yul in Seoul.\" [later.txt, 2024-11-04, sentence 2] (+1 more)\n");
}

TEST_F(QueriesTest, PathBackwardsSaysTheEdgeWasWalkedAgainstItsDirection) {
  std::ostringstream out;
  ASSERT_TRUE(RunPath(*session_, V("Cho"), V("Kallas"), Format::kCsv, out).ok());
  EXPECT_EQ(out.str(),
            "hop,from,to,relation,direction,source,target,modality,support_documents,"
            "support_mentions,evidence_document,evidence_date,evidence_sentence,evidence_text\n"
            "1,Cho Tae-yul,Josep Borrell,meets,symmetric,Josep Borrell,Cho Tae-yul,asserted,2,2,"
            "later.txt,2024-11-04,2,Borrell met Cho Tae-yul in Seoul.\n"
            "2,Josep Borrell,Kaja Kallas,succeeds,backward,Kaja Kallas,Josep Borrell,asserted,1,1,"
            "seed.txt,2024-11-04,27,Borrell will be succeeded by Kaja Kallas.\n");
}

TEST_F(QueriesTest, PathJsonCarriesEveryEvidenceAndNoPathIsReported) {
  std::ostringstream out;
  ASSERT_TRUE(RunPath(*session_, V("Kallas"), V("Cho Tae-yul"), Format::kJson, out).ok());
  nlohmann::json j = nlohmann::json::parse(out.str());
  EXPECT_TRUE(j["found"]);
  EXPECT_EQ(j["length"], 2);
  EXPECT_EQ(j["hops"][0]["direction"], "forward");
  EXPECT_EQ(j["hops"][1]["relation"]["evidence"].size(), 2u);
  EXPECT_EQ(j["hops"][1]["relation"]["source"]["name"], "Josep Borrell");

  std::ostringstream none;
  ASSERT_TRUE(RunPath(*session_, V("Kallas"), V("North Korea"), Format::kTable, none).ok());
  EXPECT_EQ(none.str(),
            "No path between Kaja Kallas (person:kaja-kallas) and North Korea (country:PRK): they "
            "are not connected\n");
}

TEST_F(QueriesTest, PathWithTypeFilterTakesAnotherWayOrNone) {
  model::GraphFilter f;
  f.relation_types = {"visits", "signs_agreement", "condemns"};
  Open(f);
  std::ostringstream out;
  ASSERT_TRUE(RunPath(*session_, V("Borrell"), V(kHostileName), Format::kTable, out).ok());
  EXPECT_NE(out.str().find(": 3 hops\n"), std::string::npos) << out.str();
  // The hostile name is one line in the table: its newline became a space.
  EXPECT_NE(out.str().find("Second line"), std::string::npos);
  EXPECT_EQ(out.str().find("\nSecond line"), std::string::npos) << out.str();
}

TEST_F(QueriesTest, NeighborsTableByDepthThenName) {
  std::ostringstream out;
  ASSERT_TRUE(RunNeighbors(*session_, V("Borrell"), 2, Format::kTable, out).ok());
  EXPECT_EQ(out.str(),
            "Josep Borrell (person:josep-borrell): 5 entities within 2 hops\n"
            "DEPTH  ENTITY          TYPE     RELATION\n"
            "1      Cho Tae-yul     PERSON   Josep Borrell -[meets]- Cho Tae-yul  (asserted; 2 "
            "documents, 2 mentions)\n"
            "                                \"Borrell met Cho Tae-yul in Seoul.\" [later.txt, "
            "2024-11-04, sentence 2] (+1 more)\n"
            "1      Kaja Kallas     PERSON   Josep Borrell <-[succeeds]- Kaja Kallas  (asserted; 1 "
            "document, 1 mention)\n"
            "                                \"Borrell will be succeeded by Kaja Kallas.\" "
            "[seed.txt, 2024-11-04, sentence 27]\n"
            "1      South Korea     COUNTRY  Josep Borrell -[visits]-> South Korea  (asserted; 1 "
            "document, 1 mention)\n"
            "                                \"Borrell arrived in Seoul on Sunday.\" [seed.txt, "
            "2024-11-04, sentence 13]\n"
            "2      European Union  ORG      South Korea -[signs_agreement]- European Union  "
            "(planned; 1 document, 1 mention)\n"
            "                                \"The EU and South Korea sign a partnership.\" "
            "[seed.txt, 2024-11-04, sentence 15, planned]\n"
            "2      Kim Yong-hyun   PERSON   South Korea <-[affiliated_with]- Kim Yong-hyun  "
            "(asserted; 1 document, 1 mention)\n"
            "                                \"Kim Yong-hyun of South Korea.\" [kor.txt, "
            "2024-11-04, sentence 1]\n");
}

TEST_F(QueriesTest, NeighborsJsonAndCsvKeepHostileNamesIntact) {
  std::ostringstream json, csv;
  ASSERT_TRUE(RunNeighbors(*session_, V("EU"), 1, Format::kJson, json).ok());
  nlohmann::json j = nlohmann::json::parse(json.str());
  ASSERT_EQ(j["neighbors"].size(), 2u);
  EXPECT_EQ(j["neighbors"][0]["entity"]["name"], kHostileName);  // '"' sorts before 'S'
  EXPECT_EQ(j["neighbors"][0]["relations"][0]["evidence"][0]["text"],
            std::string("The ") + kHostileName + " condemned the EU.");

  ASSERT_TRUE(RunNeighbors(*session_, V("EU"), 1, Format::kCsv, csv).ok());
  std::string quoted = kHostileName;
  for (size_t i = 0; (i = quoted.find('"', i)) != std::string::npos; i += 2) quoted.insert(i, "\"");
  EXPECT_NE(csv.str().find(",\"" + quoted + "\",ORG,test:hostile,European Union,condemns,"),
            std::string::npos)
      << csv.str();
}

TEST_F(QueriesTest, BetweenListsEveryRelationWithAllEvidence) {
  std::ostringstream out;
  ASSERT_TRUE(RunBetween(*session_, V("Cho"), V("Borrell"), Format::kTable, out).ok());
  EXPECT_EQ(
      out.str(),
      "Cho Tae-yul (person:cho-tae-yul) and Josep Borrell (person:josep-borrell): 1 relation\n"
      "  Cho Tae-yul -[meets]- Josep Borrell  (asserted; 2 documents, 2 mentions)\n"
      "    \"Borrell met Cho Tae-yul in Seoul.\" [later.txt, 2024-11-04, sentence 2]\n"
      "    \"On Monday, Borrell was set to meet with Cho Tae-yul.\" [seed.txt, 2024-11-04, "
      "sentence 14, planned]\n");
  std::ostringstream csv;
  ASSERT_TRUE(RunBetween(*session_, V("Cho"), V("Borrell"), Format::kCsv, csv).ok());
  const std::string rows = csv.str();
  EXPECT_EQ(std::count(rows.begin(), rows.end(), '\n'), 3);  // header + 2 evidence
  std::ostringstream none;
  ASSERT_TRUE(RunBetween(*session_, V("Cho"), V("Kallas"), Format::kJson, none).ok());
  EXPECT_TRUE(nlohmann::json::parse(none.str())["relations"].empty());
}

TEST_F(QueriesTest, TopByEachMeasure) {
  TopOptions opt;
  opt.limit = 3;
  std::ostringstream degree;
  ASSERT_TRUE(RunTop(*session_, opt, Format::kTable, degree).ok());
  EXPECT_EQ(degree.str(),
            "Top 3 by degree\n"
            "RANK  ENTITY          TYPE     DEGREE\n"
            "1     Josep Borrell   PERSON   3\n"
            "2     South Korea     COUNTRY  3\n"
            "3     European Union  ORG      2\n");

  opt.measure = "pagerank";
  std::ostringstream pagerank;
  ASSERT_TRUE(RunTop(*session_, opt, Format::kCsv, pagerank).ok());
  EXPECT_EQ(pagerank.str().substr(0, pagerank.str().find('\n')), "rank,entity,type,key,pagerank");

  opt.measure = "betweenness";
  opt.limit = 2;
  std::ostringstream betweenness;
  ASSERT_TRUE(RunTop(*session_, opt, Format::kJson, betweenness).ok());
  nlohmann::json j = nlohmann::json::parse(betweenness.str());
  EXPECT_EQ(j["sampled"], false);
  EXPECT_EQ(j["entities"][0]["entity"]["name"], "South Korea");
  // The component is a tree: South Korea separates {Borrell, Kallas, Cho}, {EU, hostile} and
  // {Kim Yong-hyun}: 3*2 + 3*1 + 2*1 = 11 pairs; Borrell separates {Kallas}, {Cho} and the
  // other four: 1 + 4 + 4 = 9.
  EXPECT_EQ(j["entities"][0]["score"], 11.0);
  EXPECT_EQ(j["entities"][1]["entity"]["name"], "Josep Borrell");
  EXPECT_EQ(j["entities"][1]["score"], 9.0);

  opt.measure = "closeness";
  std::ostringstream bad;
  EXPECT_TRUE(RunTop(*session_, opt, Format::kJson, bad).IsInvalidArgument());
}

TEST_F(QueriesTest, ComponentsLargestFirstMembersByDegree) {
  std::ostringstream out;
  ASSERT_TRUE(RunComponents(*session_, 2, Format::kTable, out).ok());
  EXPECT_EQ(out.str(),
            "2 components of 2 or more entities\n"
            "#  ENTITIES  RELATIONS  MEMBERS (most connected first)\n"
            "1  7         6          Josep Borrell, South Korea, European Union, Cho Tae-yul, "
            "Ev\"il \\ {Name} <b>&amp;</b> Second line 'quoted' Ωμέγα Škoda, Kaja Kallas, "
            "Kim Yong-hyun\n"
            "2  2         1          Kim Jong Un, North Korea\n");
  std::ostringstream json;
  ASSERT_TRUE(RunComponents(*session_, 3, Format::kJson, json).ok());
  nlohmann::json j = nlohmann::json::parse(json.str());
  EXPECT_EQ(j["components"].size(), 1u);
  EXPECT_EQ(j["smaller_components"], 1);
  EXPECT_EQ(j["entities_in_smaller_components"], 2);
}

TEST_F(QueriesTest, EgoNetworkCarriesEvidence) {
  model::Graph ego;
  ASSERT_TRUE(session_->EgoNetwork(V("Cho"), 1, true, &ego).ok());
  ASSERT_EQ(ego.nodes.size(), 2u);
  ASSERT_EQ(ego.edges.size(), 1u);
  EXPECT_EQ(ego.edges[0].evidence.size(), 2u);
  ASSERT_TRUE(session_->EgoNetwork(V("Cho"), 1, false, &ego).ok());
  EXPECT_TRUE(ego.edges[0].evidence.empty());
}

}  // namespace
}  // namespace newsgraph::query
