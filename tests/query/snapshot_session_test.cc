// SnapshotSession: the queries on the graph snapshot beside a database give
// what the same queries give on a fully loaded graph (GraphSession), byte
// for byte; the snapshot is rebuilt when the data changed; what it cannot
// serve falls back.
#include "query/snapshot_session.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <sstream>

#include "query/queries.h"
#include "query/snapshot_queries.h"
#include "store/doc_builder.h"
#include "synthetic_graph.h"

namespace newsgraph::query {
namespace {

namespace fs = std::filesystem;
using store::testing_util::DocBuilder;

model::Evidence Ev(const std::string& doc, uint32_t sentence, const std::string& modality) {
  model::Evidence ev;
  ev.document = doc;
  ev.date = "2024-11-0" + std::to_string(1 + doc[0] % 9);
  ev.sentence = sentence;
  ev.end = 10;
  ev.text = "sentence " + std::to_string(sentence);
  ev.rule = "test";
  ev.modality = modality;
  return ev;
}

// Names that resolve at every level, an ambiguous surname, parallel edges
// and an edge whose only evidence is negated.
model::Graph NamesGraph() {
  model::Graph g;
  auto node = [&](int64_t id, const std::string& key, const std::string& name,
                  const std::string& type, std::vector<std::string> aliases = {}) {
    g.nodes.push_back(model::Node{id, key, name, type, false, 1.0, std::move(aliases)});
  };
  node(1, "person:josep-borrell", "Josep Borrell", "PERSON", {"Borrell"});
  node(2, "person:kaja-kallas", "Kaja Kallas", "PERSON");
  node(3, "person:cho-tae-yul", "Cho Tae-yul", "PERSON");
  node(4, "country:KOR", "South Korea", "COUNTRY", {"Seoul"});
  node(5, "org:eu", "European Union", "ORG", {"EU"});
  node(6, "person:kim-jong-un", "Kim Jong Un", "PERSON");
  node(7, "person:kim-yong-hyun", "Kim Yong-hyun", "PERSON");
  node(8, "country:PRK", "North Korea", "COUNTRY");
  auto edge = [&](int64_t id, int64_t s, int64_t t, const std::string& type, bool symmetric,
                  std::vector<model::Evidence> evidence) {
    model::Edge e;
    e.id = id, e.source = s, e.target = t, e.type = type, e.symmetric = symmetric;
    e.evidence = std::move(evidence);
    g.edges.push_back(e);
  };
  edge(10, 2, 1, "succeeds", false, {Ev("a.txt", 1, "asserted")});
  edge(11, 1, 3, "meets", true, {Ev("a.txt", 2, "planned"), Ev("b.txt", 1, "asserted")});
  edge(12, 1, 3, "visits", false, {Ev("c.txt", 1, "asserted")});
  edge(13, 1, 4, "visits", false, {Ev("a.txt", 3, "asserted")});
  edge(14, 4, 5, "signs_agreement", true, {Ev("a.txt", 4, "planned")});
  edge(15, 6, 8, "affiliated_with", false, {Ev("d.txt", 1, "asserted")});
  edge(16, 7, 4, "affiliated_with", false, {Ev("e.txt", 1, "asserted")});
  edge(17, 5, 8, "condemns", false, {Ev("f.txt", 1, "negated")});
  return g;
}

class SnapshotSessionTest : public ::testing::Test {
 protected:
  void SetUp() override {
    const auto* info = ::testing::UnitTest::GetInstance()->current_test_info();
    dir_ = ::testing::TempDir() + "snapshot_session_test_" + info->name();
    fs::remove_all(dir_);
    fs::create_directories(dir_);
    path_ = dir_ + "/g.db";
  }
  void TearDown() override {
    store_.reset();
    fs::remove_all(dir_);
  }
  void Import(const model::Graph& g) {
    std::unique_ptr<store::Store> writer;
    ASSERT_TRUE(store::Store::Open(path_, {}, &writer).ok());
    Status s = writer->PutGraph(g);
    ASSERT_TRUE(s.ok()) << s.ToString();
    OpenReadOnly();
  }
  void OpenReadOnly() {
    store_.reset();
    store::StoreOptions ro;
    ro.read_only = true;
    ASSERT_TRUE(store::Store::Open(path_, ro, &store_).ok());
  }
  std::unique_ptr<SnapshotSession> Snap(const model::GraphFilter& f = {},
                                        const SnapshotOptions& o = {}) {
    std::unique_ptr<SnapshotSession> s;
    Status st = SnapshotSession::Open(store_.get(), f, o, &s);
    EXPECT_TRUE(st.ok()) << st.ToString();
    return s;
  }
  std::unique_ptr<GraphSession> Full(const model::GraphFilter& f = {}) {
    std::unique_ptr<GraphSession> s;
    Status st = GraphSession::Open(store_.get(), f, &s);
    EXPECT_TRUE(st.ok()) << st.ToString();
    return s;
  }

  std::string dir_, path_;
  std::unique_ptr<store::Store> store_;
};

// Runs `query` (a generic lambda over a session and its vertex of a name)
// on both sessions, in every format, and expects the same bytes.
template <typename Query>
void ExpectSameOutput(const GraphSession& full, const SnapshotSession& snap, Query query,
                      const std::string& what) {
  for (Format format : {Format::kTable, Format::kJson, Format::kCsv}) {
    std::ostringstream a, b;
    Status sa = query(full, format, a), sb = query(snap, format, b);
    ASSERT_TRUE(sa.ok() && sb.ok()) << sa.ToString() << sb.ToString();
    EXPECT_EQ(a.str(), b.str()) << what << " format " << static_cast<int>(format);
  }
}

TEST_F(SnapshotSessionTest, SyntheticGraphQueriesMatchTheFullLoad) {
  Import(testdata::MakeSyntheticGraph({.entities = 400, .relations = 1500}));
  model::GraphFilter meets_visits;
  meets_visits.relation_types = {"meets", "visits"};
  model::GraphFilter min_support;
  min_support.min_support = 2;
  for (const model::GraphFilter& f : {model::GraphFilter(), meets_visits, min_support}) {
    auto full = Full(f);
    auto snap = Snap(f);
    ASSERT_NE(snap, nullptr);
    auto v = [](const auto& session, const std::string& name) {
      return session.Lookup(name).vertex;
    };
    for (int a : {1, 17, 200, 399}) {
      const std::string na = "synthetic:" + std::to_string(a);
      for (int depth : {1, 2}) {
        ExpectSameOutput(
            *full, *snap,
            [&](const auto& s, Format fm, std::ostream& out) {
              return RunNeighbors(s, v(s, na), depth, fm, out);
            },
            "neighbors " + na);
      }
      for (int b : {2, 333, 400}) {
        const std::string nb = "synthetic:" + std::to_string(b);
        ExpectSameOutput(
            *full, *snap,
            [&](const auto& s, Format fm, std::ostream& out) {
              return RunPath(s, v(s, na), v(s, nb), fm, out);
            },
            "path " + na + " " + nb);
        ExpectSameOutput(
            *full, *snap,
            [&](const auto& s, Format fm, std::ostream& out) {
              return RunBetween(s, v(s, na), v(s, nb), fm, out);
            },
            "between " + na + " " + nb);
      }
    }
    for (size_t limit : {0, 1, 10}) {
      TopOptions top;
      top.limit = limit;
      ExpectSameOutput(
          *full, *snap,
          [&](const auto& s, Format fm, std::ostream& out) { return RunTop(s, top, fm, out); },
          "top");
    }
  }
}

TEST_F(SnapshotSessionTest, NamesResolveAsOnTheFullGraph) {
  Import(NamesGraph());
  auto full = Full();
  auto snap = Snap();
  ASSERT_NE(snap, nullptr);
  for (const char* name : {"borrell", "Josep Borrell", "EU", "eu", "Seoul", "country:KOR",
                           "cho tae yul", "Cho", "kim", "Kim Jong Un", "Napoleon", "", "korea"}) {
    NameLookup a = full->Lookup(name), b = snap->Lookup(name);
    EXPECT_EQ(a.kind, b.kind) << name;
    EXPECT_EQ(a.message, b.message) << name;
    if (a.kind == Resolution::Kind::kUnique) {
      EXPECT_EQ(full->graph().node(a.vertex).id, snap->snapshot().node_id(b.vertex)) << name;
    }
    ASSERT_EQ(a.candidates.size(), b.candidates.size()) << name;
    for (size_t i = 0; i < a.candidates.size(); ++i) {
      EXPECT_EQ(full->graph().node(a.candidates[i]).id, snap->snapshot().node_id(b.candidates[i]));
    }
  }
}

TEST_F(SnapshotSessionTest, ParallelAndNegatedEdgesMatchTheFullLoad) {
  Import(NamesGraph());
  auto full = Full();
  auto snap = Snap();
  ASSERT_NE(snap, nullptr);
  for (const char* a : {"borrell", "EU", "North Korea", "Kim Jong Un"}) {
    for (const char* b : {"cho", "European Union", "North Korea"}) {
      ExpectSameOutput(
          *full, *snap,
          [&](const auto& s, Format fm, std::ostream& out) {
            return RunPath(s, s.Lookup(a).vertex, s.Lookup(b).vertex, fm, out);
          },
          std::string("path ") + a + " " + b);
      ExpectSameOutput(
          *full, *snap,
          [&](const auto& s, Format fm, std::ostream& out) {
            return RunBetween(s, s.Lookup(a).vertex, s.Lookup(b).vertex, fm, out);
          },
          std::string("between ") + a + " " + b);
    }
    ExpectSameOutput(
        *full, *snap,
        [&](const auto& s, Format fm, std::ostream& out) {
          return RunNeighbors(s, s.Lookup(a).vertex, 3, fm, out);
        },
        std::string("neighbors ") + a);
  }
}

TEST_F(SnapshotSessionTest, WrittenOnceThenMappedThenRebuiltWhenTheDataChanges) {
  auto put = [&](DocBuilder& d) {
    std::unique_ptr<store::Store> writer;
    ASSERT_TRUE(store::Store::Open(path_, {}, &writer).ok());
    ASSERT_TRUE(writer->Begin().ok());
    Status s = writer->PutDocument(d.record());
    ASSERT_TRUE(s.ok()) << s.ToString();
    ASSERT_TRUE(writer->Commit().ok());
  };
  DocBuilder a("a.txt", "Chile met Peru.");
  uint32_t chile = a.Entity("country:CHL", "Chile", "COUNTRY", {"Chile"});
  uint32_t peru = a.Entity("country:PER", "Peru", "COUNTRY", {"Peru"});
  a.Relation("meets", chile, peru, "met");
  put(a);
  OpenReadOnly();
  EXPECT_EQ(Snap()->source(), SnapshotSource::kRebuiltAndWritten);
  EXPECT_TRUE(fs::exists(path_ + ".graph"));
  EXPECT_EQ(Snap()->source(), SnapshotSource::kMapped);

  DocBuilder b("b.txt", "Peru met Bolivia.");
  peru = b.Entity("country:PER", "Peru", "COUNTRY", {"Peru"});
  uint32_t bolivia = b.Entity("country:BOL", "Bolivia", "COUNTRY", {"Bolivia"});
  b.Relation("meets", peru, bolivia, "met");
  put(b);
  OpenReadOnly();
  auto snap = Snap();
  EXPECT_EQ(snap->source(), SnapshotSource::kRebuiltAndWritten);
  std::ostringstream out;
  ASSERT_TRUE(RunPath(*snap, snap->Lookup("Chile").vertex, snap->Lookup("Bolivia").vertex,
                      Format::kCsv, out)
                  .ok());
  EXPECT_NE(out.str().find("Bolivia"), std::string::npos) << out.str();
  EXPECT_EQ(Snap()->source(), SnapshotSource::kMapped);
}

TEST_F(SnapshotSessionTest, DamagedFileIsRebuilt) {
  Import(NamesGraph());
  ASSERT_EQ(Snap()->source(), SnapshotSource::kRebuiltAndWritten);
  fs::resize_file(path_ + ".graph", fs::file_size(path_ + ".graph") - 8);
  EXPECT_EQ(Snap()->source(), SnapshotSource::kRebuiltAndWritten);
  EXPECT_EQ(Snap()->source(), SnapshotSource::kMapped);
}

TEST_F(SnapshotSessionTest, UnwritableDirectoryBuildsInMemory) {
  Import(NamesGraph());
  SnapshotOptions o;
  o.path = dir_ + "/no-such-dir/g.db.graph";
  auto snap = Snap({}, o);
  ASSERT_NE(snap, nullptr);
  EXPECT_EQ(snap->source(), SnapshotSource::kRebuiltInMemory);
  EXPECT_EQ(snap->Lookup("borrell").kind, Resolution::Kind::kUnique);
}

TEST_F(SnapshotSessionTest, FiltersItCannotApplyAndCorrectionsFallBack) {
  Import(NamesGraph());
  model::GraphFilter dates, types, negated;
  dates.date_from = "2024-01-01";
  types.entity_types = {"PERSON"};
  negated.include_negated = true;
  for (const model::GraphFilter& f : {dates, types, negated}) {
    EXPECT_FALSE(SnapshotSession::Supports(f));
    EXPECT_EQ(Snap(f), nullptr);
  }
  {
    std::unique_ptr<store::Store> writer;
    ASSERT_TRUE(store::Store::Open(path_, {}, &writer).ok());
    store::Correction c{0, "rename", "org:eu", "EU", ""};
    ASSERT_TRUE(writer->AddCorrection(&c).ok());
  }
  OpenReadOnly();
  EXPECT_EQ(Snap(), nullptr);
}

}  // namespace
}  // namespace newsgraph::query
