// The streaming export (Store::StreamGraph + the GraphWriters) writes the
// same bytes as the in-memory one (Store::LoadGraph + WriteJson,
// WriteGraphMl, WriteDot, WriteNeo4jNodes/Edges), for every filter the CLI
// passes, on a synthetic graph with awkward text.
#include <gtest/gtest.h>

#include <cstdio>
#include <filesystem>
#include <functional>
#include <memory>
#include <sstream>
#include <string>

#include "export/dot_writer.h"
#include "export/graph_writer.h"
#include "export/graphml_writer.h"
#include "export/json_writer.h"
#include "export/neo4j_writer.h"
#include "store/store.h"
#include "synthetic_graph.h"

namespace newsgraph::exporter {
namespace {

namespace fs = std::filesystem;

// A store holding a synthetic graph of `entities` entities, with names and
// sentences that need escaping and one entity without relations.
std::unique_ptr<store::Store> SyntheticStore(int64_t entities, int64_t relations) {
  const auto* info = testing::UnitTest::GetInstance()->current_test_info();
  const std::string path = testing::TempDir() + "stream_export_test_" + info->name() + ".db";
  for (const char* ext : {"", "-wal", "-shm", "-journal"}) fs::remove(path + ext);
  model::Graph g = testdata::MakeSyntheticGraph({.entities = entities, .relations = relations});
  g.nodes[0].name = "Ann \"Q\" <&> O'Neil \xC3\xA9\xE2\x82\xAC";
  g.nodes[1].aliases = {"B;1", "B|2", "B\t3"};
  g.nodes[2].discovered = true;
  g.edges[0].evidence[0].text = "Line one\r\nline \x01two, \"quoted\" & <tagged>";
  g.edges[1].evidence[0].modality = "negated";
  g.edges[2].evidence[0].date = "";
  g.edges[2].evidence[0].document = "undated-doc";
  model::Node& lone = g.nodes.emplace_back();
  lone.id = g.nodes[g.nodes.size() - 2].id + 1;
  lone.key = "synthetic:lone";
  lone.name = "Lone";
  lone.type = "PERSON";
  std::unique_ptr<store::Store> store;
  Status s = store::Store::Open(path, {}, &store);
  EXPECT_TRUE(s.ok()) << s.ToString();
  s = store->PutGraph(g);
  EXPECT_TRUE(s.ok()) << s.ToString();
  return store;
}

// What `writer` writes of the streamed graph.
std::string Streamed(store::Store* store, const model::GraphFilter& filter,
                     const std::function<std::unique_ptr<GraphWriter>(std::FILE*)>& make) {
  std::FILE* file = std::tmpfile();
  std::unique_ptr<GraphWriter> writer = make(file);
  store::GraphVisitor visit{[&](const model::Node& n) { return writer->Node(n); },
                            [&](const model::Edge& e) { return writer->Edge(e); }};
  Status s = store->StreamGraph(filter, visit);
  EXPECT_TRUE(s.ok()) << s.ToString();
  s = writer->Finish();
  EXPECT_TRUE(s.ok()) << s.ToString();
  std::fflush(file);
  std::rewind(file);
  std::string text;
  char buf[1 << 14];
  for (size_t n; (n = std::fread(buf, 1, sizeof buf, file)) > 0;) text.append(buf, n);
  std::fclose(file);
  return text;
}

std::vector<model::GraphFilter> Filters() {
  std::vector<model::GraphFilter> filters(8);
  filters[1].with_evidence = false;
  filters[2].only_connected = true;
  filters[3].relation_types = {"meets", "visits"};
  filters[3].entity_types = {"PERSON", "ORG"};
  filters[4].date_from = "2024-03-01";
  filters[4].date_to = "2024-06-30";
  filters[5].min_support = 2;
  filters[6].include_negated = true;
  filters[7].only_connected = true;
  filters[7].entity_types = {"PERSON"};
  filters[7].date_from = "2024-02-01";
  return filters;
}

// Checks every format on every filter of Filters().
void ExpectSameBytes(store::Store* store) {
  const std::vector<model::GraphFilter> filters = Filters();
  for (size_t i = 0; i < filters.size(); ++i) {
    const model::GraphFilter& filter = filters[i];
    SCOPED_TRACE("filter " + std::to_string(i));
    model::Graph g;
    Status s = store->LoadGraph(filter, &g);
    ASSERT_TRUE(s.ok()) << s.ToString();
    for (int indent : {1, -1, 2}) {
      JsonOptions opt;
      opt.with_evidence = filter.with_evidence;
      opt.indent = indent;
      std::ostringstream want;
      WriteJson(g, opt, want);
      EXPECT_EQ(Streamed(store, filter,
                         [&](std::FILE* f) { return std::make_unique<JsonStreamWriter>(opt, f); }),
                want.str())
          << "json, indent " << indent;
    }
    std::ostringstream graphml;
    WriteGraphMl(g, graphml);
    EXPECT_EQ(Streamed(store, filter,
                       [](std::FILE* f) { return std::make_unique<GraphMlStreamWriter>(f); }),
              graphml.str());
    for (const char* layout : {"", "neato"}) {
      DotOptions opt;
      opt.layout = layout;
      std::ostringstream dot;
      WriteDot(g, opt, dot);
      EXPECT_EQ(Streamed(store, filter,
                         [&](std::FILE* f) { return std::make_unique<DotStreamWriter>(opt, f); }),
                dot.str())
          << "dot, layout '" << layout << "'";
    }
    std::ostringstream nodes, edges;
    WriteNeo4jNodes(g, nodes);
    WriteNeo4jEdges(g, edges);
    EXPECT_EQ(
        Streamed(store, filter,
                 [](std::FILE* f) { return std::make_unique<Neo4jStreamWriter>(f, nullptr); }),
        nodes.str());
    EXPECT_EQ(
        Streamed(store, filter,
                 [](std::FILE* f) { return std::make_unique<Neo4jStreamWriter>(nullptr, f); }),
        edges.str());
  }
}

TEST(StreamExportTest, SameBytesAsInMemory) {
  std::unique_ptr<store::Store> store = SyntheticStore(300, 1500);
  model::Graph g;
  ASSERT_TRUE(store->LoadGraph({}, &g).ok());
  EXPECT_EQ(g.nodes.size(), 301u);  // the lone entity too
  EXPECT_GT(g.edges.size(), 1000u);
  ExpectSameBytes(store.get());
}

// Up to kMaxNodesForDotLayout nodes DOT gets the dot layout: the writer
// holds the nodes back until it knows.
TEST(StreamExportTest, SameBytesOnSmallGraph) {
  std::unique_ptr<store::Store> store = SyntheticStore(30, 40);
  ExpectSameBytes(store.get());
}

// With corrections the graph is loaded whole and then handed over.
TEST(StreamExportTest, SameBytesWithCorrections) {
  std::unique_ptr<store::Store> store = SyntheticStore(200, 800);
  store::Correction merge{.action = "merge", .entity_key = "synthetic:5", .value = "synthetic:1"};
  store::Correction rename{.action = "rename", .entity_key = "synthetic:2", .value = "Renamed"};
  ASSERT_TRUE(store->AddCorrection(&merge).ok());
  ASSERT_TRUE(store->AddCorrection(&rename).ok());
  ExpectSameBytes(store.get());
}

TEST(StreamExportTest, EmptyGraph) {
  const std::string path = testing::TempDir() + "stream_export_test_empty.db";
  for (const char* ext : {"", "-wal", "-shm", "-journal"}) fs::remove(path + ext);
  std::unique_ptr<store::Store> store;
  ASSERT_TRUE(store::Store::Open(path, {}, &store).ok());
  ExpectSameBytes(store.get());
}

// A failing visitor ends the walk with its status.
TEST(StreamExportTest, VisitorErrorStops) {
  std::unique_ptr<store::Store> store = SyntheticStore(50, 100);
  int nodes = 0;
  store::GraphVisitor visit{[&](const model::Node&) {
                              return ++nodes == 3 ? Status::IOError("disk full") : Status::OK();
                            },
                            [](const model::Edge&) { return Status::OK(); }};
  Status s = store->StreamGraph({}, visit);
  EXPECT_EQ(s.ToString(), Status::IOError("disk full").ToString());
  EXPECT_EQ(nodes, 3);
}

}  // namespace
}  // namespace newsgraph::exporter
