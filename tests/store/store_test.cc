#include "store/store.h"

#include <gtest/gtest.h>
#include <sys/stat.h>

#include <filesystem>
#include <fstream>
#include <initializer_list>
#include <string>
#include <vector>

#include "store/doc_builder.h"

namespace newsgraph::store {
namespace {

namespace fs = std::filesystem;
using testing_util::DocBuilder;
using testing_util::TempDb;

class StoreTest : public testing::Test {
 protected:
  void SetUp() override {
    path_ = TempDb();
    ASSERT_TRUE(Store::Open(path_, StoreOptions(), &store_).ok());
  }
  void TearDown() override {
    store_.reset();
    fs::remove(path_);
  }

  // Stores `docs` in one transaction.
  Status Put(std::initializer_list<DocBuilder*> docs) { return Put(store_.get(), docs); }
  static Status Put(Store* store, std::initializer_list<DocBuilder*> docs) {
    NG_RETURN_IF_ERROR(store->Begin());
    for (DocBuilder* d : docs) {
      Status s = store->PutDocument(d->record());
      if (!s.ok()) {
        store->Rollback();
        return s;
      }
    }
    return store->Commit();
  }

  model::Graph Load(const model::GraphFilter& filter = model::GraphFilter()) {
    model::Graph g;
    Status s = store_->LoadGraph(filter, &g);
    EXPECT_TRUE(s.ok()) << s.ToString();
    return g;
  }

  StoreStats Stats() {
    StoreStats stats;
    EXPECT_TRUE(store_->Stats(&stats).ok());
    return stats;
  }

  static const model::Node* NodeByKey(const model::Graph& g, const std::string& key) {
    for (const model::Node& n : g.nodes) {
      if (n.key == key) return &n;
    }
    return nullptr;
  }

  static std::vector<std::string> Keys(const model::Graph& g) {
    std::vector<std::string> keys;
    for (const model::Node& n : g.nodes) keys.push_back(n.key);
    return keys;
  }

  std::string path_;
  std::unique_ptr<Store> store_;
};

// A two-sentence document named `name`, without entities yet.
DocBuilder MeetingDoc(const std::string& name) {
  return DocBuilder(name, "Josep Borrell met Cho Tae-yul. Borrell spoke in Seoul.");
}

TEST_F(StoreTest, NewDatabaseIsEmptyAndReopens) {
  StoreStats stats = Stats();
  EXPECT_EQ(stats.documents, 0);
  EXPECT_EQ(stats.entities, 0);
  EXPECT_EQ(stats.relations, 0);
  store_.reset();
  ASSERT_TRUE(fs::exists(path_));

  StoreOptions no_create;
  no_create.create = false;
  Status s = Store::Open(path_, no_create, &store_);
  ASSERT_TRUE(s.ok()) << s.ToString();
  EXPECT_TRUE(Load().nodes.empty());
}

TEST_F(StoreTest, PutDocumentThenLoadGraph) {
  DocBuilder d = MeetingDoc("news/a.txt");
  d.Date("2024-03-05");
  uint32_t borrell =
      d.Entity("person:borrell", "Josep Borrell", "PERSON", {"Josep Borrell", "Borrell"});
  uint32_t cho = d.Entity("discovered:person:cho tae yul", "Cho Tae-yul", "PERSON", {"Cho Tae-yul"},
                          /*discovered=*/true, 0.6f);
  d.Entity("city:seoul", "Seoul", "CITY", {"Seoul"});
  d.Relation("meets", borrell, cho, "met", /*symmetric=*/true);
  ASSERT_TRUE(Put({&d}).ok());

  StoreStats stats = Stats();
  EXPECT_EQ(stats.documents, 1);
  EXPECT_EQ(stats.entities, 3);
  EXPECT_EQ(stats.mentions, 4);
  EXPECT_EQ(stats.relations, 1);
  EXPECT_EQ(stats.relation_mentions, 1);

  model::Graph g = Load();
  ASSERT_EQ(g.nodes.size(), 3u);
  EXPECT_LT(g.nodes[0].id, g.nodes[1].id);
  EXPECT_LT(g.nodes[1].id, g.nodes[2].id);
  const model::Node* b = NodeByKey(g, "person:borrell");
  ASSERT_NE(b, nullptr);
  EXPECT_EQ(b->name, "Josep Borrell");
  EXPECT_EQ(b->type, "PERSON");
  EXPECT_FALSE(b->discovered);
  EXPECT_EQ(b->aliases, std::vector<std::string>{"Borrell"});
  EXPECT_EQ(b->mentions, 2);
  EXPECT_EQ(b->documents, 1);
  const model::Node* c = NodeByKey(g, "discovered:person:cho tae yul");
  ASSERT_NE(c, nullptr);
  EXPECT_TRUE(c->discovered);
  EXPECT_NEAR(c->confidence, 0.6, 1e-6);
  EXPECT_TRUE(c->aliases.empty());

  ASSERT_EQ(g.edges.size(), 1u);
  const model::Edge& e = g.edges[0];
  EXPECT_EQ(e.type, "meets");
  EXPECT_TRUE(e.symmetric);
  EXPECT_EQ(e.source, std::min(b->id, c->id));
  EXPECT_EQ(e.target, std::max(b->id, c->id));
  EXPECT_EQ(e.modality, "asserted");
  EXPECT_EQ(e.support_documents, 1);
  EXPECT_EQ(e.support_mentions, 1);
  ASSERT_EQ(e.evidence.size(), 1u);
  const model::Evidence& ev = e.evidence[0];
  EXPECT_EQ(ev.document, "news/a.txt");
  EXPECT_EQ(ev.date, "2024-03-05");
  EXPECT_EQ(ev.sentence, 0u);
  EXPECT_EQ(ev.begin, 0u);
  EXPECT_EQ(ev.text, "Josep Borrell met Cho Tae-yul.");
  EXPECT_EQ(ev.end, ev.text.size());
  EXPECT_EQ(ev.rule, "rule:meets");
  EXPECT_EQ(ev.modality, "asserted");
  EXPECT_NEAR(ev.confidence, 0.75, 1e-6);
}

TEST_F(StoreTest, EvidenceKeepsTheCameoCodeOfEachRelationMention) {
  DocBuilder d("talks.txt", "Chile held talks with Peru. Chile met Peru.");
  uint32_t chile = d.Entity("country:CHL", "Chile", "COUNTRY", {"Chile"});
  uint32_t peru = d.Entity("country:PER", "Peru", "COUNTRY", {"Peru"});
  d.Relation("meets", chile, peru, "held", /*symmetric=*/true).Cameo("046");
  d.Relation("meets", chile, peru, "met", /*symmetric=*/true);  // no code
  ASSERT_TRUE(Put({&d}).ok());

  model::Graph g = Load();
  ASSERT_EQ(g.edges.size(), 1u);
  ASSERT_EQ(g.edges[0].evidence.size(), 2u);
  EXPECT_EQ(g.edges[0].evidence[0].cameo, "046");
  EXPECT_EQ(g.edges[0].evidence[1].cameo, "");

  // Evidence loaded for chosen edges only carries it too.
  std::vector<model::Edge> edges = {g.edges[0]};
  ASSERT_TRUE(store_->LoadEvidence(model::GraphFilter(), &edges).ok());
  ASSERT_EQ(edges[0].evidence.size(), 2u);
  EXPECT_EQ(edges[0].evidence[0].cameo, "046");
  EXPECT_EQ(edges[0].evidence[1].cameo, "");
}

TEST_F(StoreTest, IsUnchangedComparesTheHash) {
  DocBuilder d = MeetingDoc("a.txt");
  d.Entity("person:borrell", "Josep Borrell", "PERSON", {"Josep Borrell"});
  bool unchanged = true;
  ASSERT_TRUE(store_->IsUnchanged("a.txt", d.info().hash, &unchanged).ok());
  EXPECT_FALSE(unchanged);
  ASSERT_TRUE(Put({&d}).ok());
  ASSERT_TRUE(store_->IsUnchanged("a.txt", d.info().hash, &unchanged).ok());
  EXPECT_TRUE(unchanged);
  ASSERT_TRUE(store_->IsUnchanged("a.txt", "other", &unchanged).ok());
  EXPECT_FALSE(unchanged);
}

TEST_F(StoreTest, PuttingTheSameDocumentAgainReplacesIt) {
  DocBuilder d = MeetingDoc("a.txt");
  uint32_t b = d.Entity("person:borrell", "Josep Borrell", "PERSON", {"Josep Borrell", "Borrell"});
  uint32_t c = d.Entity("person:cho", "Cho Tae-yul", "PERSON", {"Cho Tae-yul"});
  d.Relation("meets", b, c, "met", true);
  ASSERT_TRUE(Put({&d}).ok());
  StoreStats first = Stats();
  model::Graph g1 = Load();

  ASSERT_TRUE(Put({&d}).ok());
  StoreStats second = Stats();
  EXPECT_EQ(second.documents, first.documents);
  EXPECT_EQ(second.entities, first.entities);
  EXPECT_EQ(second.mentions, first.mentions);
  EXPECT_EQ(second.relations, first.relations);
  EXPECT_EQ(second.relation_mentions, first.relation_mentions);

  model::Graph g2 = Load();
  ASSERT_EQ(g2.nodes.size(), g1.nodes.size());
  EXPECT_EQ(g2.nodes[0].mentions, g1.nodes[0].mentions);
  EXPECT_EQ(g2.nodes[0].aliases, g1.nodes[0].aliases);
  ASSERT_EQ(g2.edges.size(), 1u);
  EXPECT_EQ(g2.edges[0].id, g1.edges[0].id);  // ids survive re-ingest
  EXPECT_EQ(g2.edges[0].support_mentions, 1);
  EXPECT_EQ(g2.edges[0].evidence.size(), 1u);
}

TEST_F(StoreTest, ChangedDocumentReplacesItsOldRows) {
  DocBuilder v1("a.txt", "Borrell met Cho.");
  uint32_t b = v1.Entity("person:borrell", "Borrell", "PERSON", {"Borrell"});
  uint32_t c = v1.Entity("person:cho", "Cho", "PERSON", {"Cho"});
  v1.Relation("meets", b, c, "met", true);
  ASSERT_TRUE(Put({&v1}).ok());

  DocBuilder v2("a.txt", "Borrell visited Kim.");
  b = v2.Entity("person:borrell", "Borrell", "PERSON", {"Borrell"});
  uint32_t k = v2.Entity("person:kim", "Kim", "PERSON", {"Kim"});
  v2.Relation("visits", b, k, "visited");
  ASSERT_TRUE(Put({&v2}).ok());

  model::Graph g = Load();
  EXPECT_EQ(Keys(g), (std::vector<std::string>{"person:borrell", "person:kim"}));
  ASSERT_EQ(g.edges.size(), 1u);
  EXPECT_EQ(g.edges[0].type, "visits");
  EXPECT_EQ(g.edges[0].evidence[0].text, "Borrell visited Kim.");
  StoreStats stats = Stats();
  EXPECT_EQ(stats.documents, 1);
  EXPECT_EQ(stats.entities, 2);
  EXPECT_EQ(stats.mentions, 2);
  EXPECT_EQ(stats.relations, 1);  // "meets" lost its only support
  EXPECT_EQ(stats.relation_mentions, 1);
}

TEST_F(StoreTest, TwoDocumentsSupportingARelationMergeIntoOneEdge) {
  DocBuilder d1("b.txt", "Borrell met Cho.");
  uint32_t b = d1.Entity("person:borrell", "Borrell", "PERSON", {"Borrell"});
  uint32_t c = d1.Entity("person:cho", "Cho", "PERSON", {"Cho"});
  d1.Relation("meets", b, c, "met", true);
  DocBuilder d2("a.txt", "Talks ended. Borrell met Cho again.");
  b = d2.Entity("person:borrell", "Borrell", "PERSON", {"Borrell"});
  c = d2.Entity("person:cho", "Cho", "PERSON", {"Cho"});
  d2.Relation("meets", b, c, "met", true);
  ASSERT_TRUE(Put({&d1, &d2}).ok());

  model::Graph g = Load();
  ASSERT_EQ(g.nodes.size(), 2u);
  EXPECT_EQ(g.nodes[0].documents, 2);
  ASSERT_EQ(g.edges.size(), 1u);
  EXPECT_EQ(g.edges[0].support_documents, 2);
  EXPECT_EQ(g.edges[0].support_mentions, 2);
  ASSERT_EQ(g.edges[0].evidence.size(), 2u);
  EXPECT_EQ(g.edges[0].evidence[0].document, "a.txt");  // by document name
  EXPECT_EQ(g.edges[0].evidence[0].sentence, 1u);
  EXPECT_EQ(g.edges[0].evidence[0].text, "Borrell met Cho again.");
  EXPECT_EQ(g.edges[0].evidence[1].document, "b.txt");

  model::GraphFilter two_docs;
  two_docs.min_support = 2;
  EXPECT_EQ(Load(two_docs).edges.size(), 1u);
  two_docs.min_support = 3;
  EXPECT_TRUE(Load(two_docs).edges.empty());
}

TEST_F(StoreTest, SymmetricEdgesMergeRegardlessOfArgumentOrder) {
  DocBuilder d1("a.txt", "Borrell met Cho.");
  uint32_t b = d1.Entity("person:borrell", "Borrell", "PERSON", {"Borrell"});
  uint32_t c = d1.Entity("person:cho", "Cho", "PERSON", {"Cho"});
  d1.Relation("meets", b, c, "met", true);
  DocBuilder d2("b.txt", "Cho met Borrell.");  // other order, other indices
  c = d2.Entity("person:cho", "Cho", "PERSON", {"Cho"});
  b = d2.Entity("person:borrell", "Borrell", "PERSON", {"Borrell"});
  d2.Relation("meets", c, b, "met", true);
  ASSERT_TRUE(Put({&d1, &d2}).ok());

  model::Graph g = Load();
  ASSERT_EQ(g.edges.size(), 1u);
  EXPECT_LT(g.edges[0].source, g.edges[0].target);
  EXPECT_EQ(g.edges[0].support_documents, 2);
}

TEST_F(StoreTest, DirectedEdgesInOppositeDirectionsStayApart) {
  DocBuilder d("a.txt", "Kim succeeded Lee. Lee succeeded Kim.");
  uint32_t kim = d.Entity("person:kim", "Kim", "PERSON", {"Kim"});
  uint32_t lee = d.Entity("person:lee", "Lee", "PERSON", {"Lee"});
  d.Relation("succeeds", kim, lee, "succeeded");
  d.Relation("succeeds", lee, kim, "succeeded");
  ASSERT_TRUE(Put({&d}).ok());
  model::Graph g = Load();
  ASSERT_EQ(g.edges.size(), 2u);
  EXPECT_EQ(g.edges[0].source, g.edges[1].target);
  EXPECT_EQ(g.edges[0].target, g.edges[1].source);
}

TEST_F(StoreTest, NegatedOnlyEdgesAreHiddenUnlessAsked) {
  DocBuilder d("a.txt", "Kim did not meet Lee. Kim met Park. Park denied meeting Lee.");
  uint32_t kim = d.Entity("person:kim", "Kim", "PERSON", {"Kim"});
  uint32_t lee = d.Entity("person:lee", "Lee", "PERSON", {"Lee"});
  uint32_t park = d.Entity("person:park", "Park", "PERSON", {"Park"});
  d.Relation("meets", kim, lee, "meet", true, "negated");
  d.Relation("meets", kim, park, "met", true, "asserted");
  d.Relation("meets", kim, park, "met", true, "negated");
  ASSERT_TRUE(Put({&d}).ok());

  model::Graph g = Load();
  ASSERT_EQ(g.edges.size(), 1u);
  EXPECT_EQ(g.edges[0].modality, "asserted");
  EXPECT_EQ(g.edges[0].support_mentions, 1);  // the negated one not counted
  EXPECT_EQ(g.edges[0].evidence.size(), 1u);

  model::GraphFilter with_negated;
  with_negated.include_negated = true;
  g = Load(with_negated);
  ASSERT_EQ(g.edges.size(), 2u);
  EXPECT_EQ(g.edges[0].modality, "negated");
  EXPECT_EQ(g.edges[0].support_mentions, 1);
  EXPECT_EQ(g.edges[1].modality, "asserted");
  EXPECT_EQ(g.edges[1].support_mentions, 2);
  EXPECT_EQ(g.edges[1].evidence.size(), 2u);
}

TEST_F(StoreTest, EdgeModalityIsTheStrongestOfItsMentions) {
  DocBuilder d("a.txt", "Kim could meet Lee. Kim will meet Lee.");
  uint32_t kim = d.Entity("person:kim", "Kim", "PERSON", {"Kim"});
  uint32_t lee = d.Entity("person:lee", "Lee", "PERSON", {"Lee"});
  d.Relation("meets", kim, lee, "could meet", true, "hypothetical");
  d.Relation("meets", kim, lee, "will meet", true, "planned");
  ASSERT_TRUE(Put({&d}).ok());
  model::Graph g = Load();
  ASSERT_EQ(g.edges.size(), 1u);
  EXPECT_EQ(g.edges[0].modality, "planned");
}

TEST_F(StoreTest, FiltersOnTypesDatesAndConnectivity) {
  DocBuilder d1("a.txt", "Kim met Lee in Seoul.");
  d1.Date("2024-01-10");
  uint32_t kim = d1.Entity("person:kim", "Kim", "PERSON", {"Kim"});
  uint32_t lee = d1.Entity("person:lee", "Lee", "PERSON", {"Lee"});
  d1.Entity("city:seoul", "Seoul", "CITY", {"Seoul"});
  d1.Relation("meets", kim, lee, "met", true);
  DocBuilder d2("b.txt", "Kim visited Japan.");
  d2.Date("2024-06-01");
  kim = d2.Entity("person:kim", "Kim", "PERSON", {"Kim"});
  uint32_t japan = d2.Entity("country:JPN", "Japan", "COUNTRY", {"Japan"});
  d2.Relation("visits", kim, japan, "visited");
  DocBuilder d3("c.txt", "Lee visited Japan.");  // no date
  lee = d3.Entity("person:lee", "Lee", "PERSON", {"Lee"});
  japan = d3.Entity("country:JPN", "Japan", "COUNTRY", {"Japan"});
  d3.Relation("visits", lee, japan, "visited");
  ASSERT_TRUE(Put({&d1, &d2, &d3}).ok());

  model::GraphFilter people;
  people.entity_types = {"PERSON"};
  model::Graph g = Load(people);
  EXPECT_EQ(Keys(g), (std::vector<std::string>{"person:kim", "person:lee"}));
  ASSERT_EQ(g.edges.size(), 1u);  // the visits edges lost their target
  EXPECT_EQ(g.edges[0].type, "meets");

  model::GraphFilter visits;
  visits.relation_types = {"visits"};
  visits.only_connected = true;
  g = Load(visits);
  EXPECT_EQ(Keys(g), (std::vector<std::string>{"person:kim", "person:lee", "country:JPN"}));
  EXPECT_EQ(g.edges.size(), 2u);

  model::GraphFilter connected;
  connected.only_connected = true;
  EXPECT_EQ(NodeByKey(Load(connected), "city:seoul"), nullptr);
  EXPECT_NE(NodeByKey(Load(), "city:seoul"), nullptr);

  model::GraphFilter spring;  // documents without a date are left out
  spring.date_from = "2024-03-01";
  g = Load(spring);
  EXPECT_EQ(Keys(g), (std::vector<std::string>{"person:kim", "country:JPN"}));
  ASSERT_EQ(g.edges.size(), 1u);
  EXPECT_EQ(g.edges[0].evidence[0].document, "b.txt");
  EXPECT_EQ(g.nodes[0].mentions, 1);

  model::GraphFilter january;
  january.date_from = "2024-01-01";
  january.date_to = "2024-01-31";
  january.with_evidence = false;
  g = Load(january);
  ASSERT_EQ(g.edges.size(), 1u);
  EXPECT_EQ(g.edges[0].type, "meets");
  EXPECT_TRUE(g.edges[0].evidence.empty());

  model::GraphFilter bad_date;
  bad_date.date_to = "June 2024";
  EXPECT_TRUE(store_->LoadGraph(bad_date, &g).IsInvalidArgument());
}

TEST_F(StoreTest, GazetteerEntityWinsOverDiscoveredOneWithTheSameKey) {
  DocBuilder d1("a.txt", "Mr Cho spoke.");
  d1.Entity("person:cho", "Mr Cho", "UNKNOWN", {"Mr Cho"}, /*discovered=*/true, 0.4f);
  DocBuilder d2("b.txt", "Cho Tae-yul spoke.");
  d2.Entity("person:cho", "Cho Tae-yul", "PERSON", {"Cho Tae-yul"}, false, 0.9f);
  DocBuilder d3("c.txt", "Cho spoke.");
  d3.Entity("person:cho", "Cho", "OTHER", {"Cho"}, /*discovered=*/true, 1.0f);
  ASSERT_TRUE(Put({&d1, &d2, &d3}).ok());

  model::Graph g = Load();
  ASSERT_EQ(g.nodes.size(), 1u);
  EXPECT_EQ(g.nodes[0].name, "Cho Tae-yul");
  EXPECT_EQ(g.nodes[0].type, "PERSON");
  EXPECT_FALSE(g.nodes[0].discovered);
  EXPECT_NEAR(g.nodes[0].confidence, 1.0, 1e-6);  // the max
  EXPECT_EQ(g.nodes[0].aliases, (std::vector<std::string>{"Cho", "Mr Cho"}));
  EXPECT_EQ(g.nodes[0].documents, 3);
}

TEST_F(StoreTest, RolledBackTransactionLeavesNothing) {
  DocBuilder d = MeetingDoc("a.txt");
  d.Entity("person:borrell", "Josep Borrell", "PERSON", {"Josep Borrell"});
  ASSERT_TRUE(store_->Begin().ok());
  ASSERT_TRUE(store_->PutDocument(d.record()).ok());
  ASSERT_TRUE(store_->Rollback().ok());
  StoreStats stats = Stats();
  EXPECT_EQ(stats.documents, 0);
  EXPECT_EQ(stats.mentions, 0);
  EXPECT_TRUE(Load().nodes.empty());
  EXPECT_TRUE(store_->Rollback().ok());  // nothing to roll back
}

TEST_F(StoreTest, PutDocumentNeedsATransaction) {
  DocBuilder d = MeetingDoc("a.txt");
  Status s = store_->PutDocument(d.record());
  EXPECT_EQ(s.code(), Status::Code::kInternal);
  EXPECT_EQ(store_->Commit().code(), Status::Code::kInternal);
  ASSERT_TRUE(store_->Begin().ok());
  EXPECT_EQ(store_->Begin().code(), Status::Code::kInternal);
  EXPECT_TRUE(store_->Commit().ok());
}

TEST_F(StoreTest, InconsistentInputIsRejectedBeforeAnyWrite) {
  DocBuilder d("a.txt", "Kim met Lee.");
  uint32_t kim = d.Entity("person:kim", "Kim", "PERSON", {"Kim"});
  d.Relation("meets", kim, 5, "met", true);
  Status s = Put({&d});
  EXPECT_TRUE(s.IsInvalidArgument()) << s.ToString();
  EXPECT_NE(s.message().find("a.txt"), std::string::npos) << s.message();

  DocBuilder bad_modality("b.txt", "Kim met Lee.");
  kim = bad_modality.Entity("person:kim", "Kim", "PERSON", {"Kim"});
  bad_modality.Relation("meets", kim, kim, "met", true, "rumoured");
  EXPECT_TRUE(Put({&bad_modality}).IsInvalidArgument());

  DocBuilder bad_date("c.txt", "Kim spoke.");
  bad_date.Date("5 March 2024");
  EXPECT_TRUE(Put({&bad_date}).IsInvalidArgument());
  EXPECT_EQ(Stats().documents, 0);
}

TEST(StoreOpenTest, FileThatIsNotSqliteIsCorruption) {
  std::string path = TempDb();
  std::ofstream(path) << "This is a news article, not a database.\n" << std::string(2000, 'x');
  std::unique_ptr<Store> store;
  Status s = Store::Open(path, StoreOptions(), &store);
  EXPECT_EQ(s.code(), Status::Code::kCorruption);
  EXPECT_EQ(s.message(), path + ": not a newsgraph database (file is not a database)");
  EXPECT_EQ(store, nullptr);
}

TEST(StoreOpenTest, EmptyFileOpenedReadOnlyIsNotANewsgraphDatabase) {
  std::string path = TempDb();
  std::ofstream{path};
  StoreOptions read_only;
  read_only.read_only = true;
  std::unique_ptr<Store> store;
  Status s = Store::Open(path, read_only, &store);
  EXPECT_EQ(s.code(), Status::Code::kCorruption);
  EXPECT_NE(s.message().find(path + ": not a newsgraph database"), std::string::npos)
      << s.message();
}

TEST(StoreOpenTest, PathInAMissingDirectoryIsIOError) {
  std::string path = testing::TempDir() + "store_test_no_such_dir/sub/graph.db";
  std::unique_ptr<Store> store;
  Status s = Store::Open(path, StoreOptions(), &store);
  EXPECT_TRUE(s.IsIOError()) << s.ToString();
  EXPECT_NE(s.message().find(path), std::string::npos) << s.message();
  EXPECT_EQ(store, nullptr);

  StoreOptions read_only;  // a missing file is not created read-only
  read_only.read_only = true;
  s = Store::Open(TempDb("_missing"), read_only, &store);
  EXPECT_TRUE(s.IsIOError()) << s.ToString();
}

TEST(StoreOpenTest, ReadOnlyStoreReadsButDoesNotWrite) {
  std::string path = TempDb();
  DocBuilder d("a.txt", "Kim met Lee.");
  uint32_t kim = d.Entity("person:kim", "Kim", "PERSON", {"Kim"});
  uint32_t lee = d.Entity("person:lee", "Lee", "PERSON", {"Lee"});
  d.Relation("meets", kim, lee, "met", true);
  {
    std::unique_ptr<Store> store;
    ASSERT_TRUE(Store::Open(path, StoreOptions(), &store).ok());
    ASSERT_TRUE(store->Begin().ok());
    ASSERT_TRUE(store->PutDocument(d.record()).ok());
    ASSERT_TRUE(store->Commit().ok());
  }
  ASSERT_EQ(chmod(path.c_str(), 0444), 0);

  StoreOptions read_only;
  read_only.read_only = true;
  std::unique_ptr<Store> store;
  Status s = Store::Open(path, read_only, &store);
  ASSERT_TRUE(s.ok()) << s.ToString();
  model::Graph g;
  ASSERT_TRUE(store->LoadGraph(model::GraphFilter(), &g).ok());
  EXPECT_EQ(g.nodes.size(), 2u);
  EXPECT_EQ(g.edges.size(), 1u);
  StoreStats stats;
  ASSERT_TRUE(store->Stats(&stats).ok());
  EXPECT_EQ(stats.documents, 1);

  s = store->Begin();
  if (s.ok()) s = store->PutDocument(d.record());
  EXPECT_TRUE(s.IsIOError()) << s.ToString();
  EXPECT_NE(s.message().find(path), std::string::npos) << s.message();
  EXPECT_NE(s.message().find("read-only"), std::string::npos) << s.message();
  EXPECT_TRUE(store->Rollback().ok());
  store.reset();
  chmod(path.c_str(), 0644);
}

TEST(StoreOpenTest, SecondWriterGetsBusy) {
  std::string path = TempDb();
  StoreOptions impatient;
  impatient.busy_timeout_ms = 100;
  std::unique_ptr<Store> first, second;
  ASSERT_TRUE(Store::Open(path, impatient, &first).ok());
  ASSERT_TRUE(Store::Open(path, StoreOptions(), &second).ok());

  DocBuilder d1("a.txt", "Kim met Lee.");
  d1.Entity("person:kim", "Kim", "PERSON", {"Kim"});
  DocBuilder d2("b.txt", "Lee spoke.");
  d2.Entity("person:lee", "Lee", "PERSON", {"Lee"});
  ASSERT_TRUE(second->Begin().ok());
  ASSERT_TRUE(second->PutDocument(d1.record()).ok());

  Status s = first->Begin();
  if (s.ok()) s = first->PutDocument(d2.record());
  if (s.ok()) s = first->Commit();
  EXPECT_TRUE(s.IsBusy()) << s.ToString();
  EXPECT_EQ(s.message(), path + ": database is locked by another process");
  ASSERT_TRUE(first->Rollback().ok());

  // Readers are not blocked by the writer (WAL), and see the last commit.
  model::Graph g;
  ASSERT_TRUE(first->LoadGraph(model::GraphFilter(), &g).ok());
  EXPECT_TRUE(g.nodes.empty());

  ASSERT_TRUE(second->Commit().ok());
  ASSERT_TRUE(first->Begin().ok());
  ASSERT_TRUE(first->PutDocument(d2.record()).ok());
  ASSERT_TRUE(first->Commit().ok());
  ASSERT_TRUE(first->LoadGraph(model::GraphFilter(), &g).ok());
  EXPECT_EQ(g.nodes.size(), 2u);
}

}  // namespace
}  // namespace newsgraph::store
