// The scale benchmark (bench/graph_bench.cc) in small: a synthetic graph of
// 10,000 entities and 50,000 relations through SQLite, loaded, indexed and
// queried. Checks results, not speed: times are measured by the benchmark,
// not asserted here, where a loaded machine would make them flaky.
#include <gtest/gtest.h>

#include <filesystem>

#include "graph/centrality.h"
#include "graph/knowledge_graph.h"
#include "graph/traversal.h"
#include "store/store.h"
#include "synthetic_graph.h"

namespace newsgraph::graph {
namespace {

namespace fs = std::filesystem;

TEST(ScaleTest, SyntheticGraphThroughSqliteLoadsAndAnswers) {
  const std::string path = ::testing::TempDir() + "scale_test.db";
  for (const char* ext : {"", "-wal", "-shm"}) fs::remove(path + ext);
  {
    std::unique_ptr<store::Store> store;
    ASSERT_TRUE(store::Store::Open(path, {}, &store).ok());
    Status s =
        store->PutGraph(testdata::MakeSyntheticGraph({.entities = 10000, .relations = 50000}));
    ASSERT_TRUE(s.ok()) << s.ToString();
  }
  std::unique_ptr<store::Store> store;
  ASSERT_TRUE(store::Store::Open(path, {.read_only = true, .create = false}, &store).ok());
  model::GraphFilter filter;
  filter.with_evidence = false;
  model::Graph data;
  ASSERT_TRUE(store->LoadGraph(filter, &data).ok());
  ASSERT_EQ(data.nodes.size(), 10000u);
  ASSERT_EQ(data.edges.size(), 50000u);

  std::unique_ptr<KnowledgeGraph> kg;
  ASSERT_TRUE(KnowledgeGraph::Build(std::move(data), &kg).ok());

  // Low ids are hubs (targets are skewed towards them): entity 1 tops degree
  // and PageRank, and almost everything is one component.
  std::vector<Ranked> top = TopK(*kg, DegreeScores(*kg, {}), 10);
  EXPECT_EQ(kg->node(top[0].vertex).id, 1);
  PageRankResult pr = PageRank(*kg, {}, {});
  EXPECT_TRUE(pr.converged);
  EXPECT_EQ(kg->node(TopK(*kg, pr.scores, 1)[0].vertex).id, 1);
  std::vector<Component> components = ConnectedComponents(*kg, {});
  EXPECT_GT(components[0].vertices.size(), 9900u);

  size_t found = 0;
  for (VertexId v = 0; v < 1000; v += 10) {
    PathResult p = ShortestPath(*kg, v, static_cast<VertexId>(kg->num_vertices() - 1 - v), {});
    if (!p.found) continue;
    ++found;
    EXPECT_LE(p.hops.size(), 12u);
    EXPECT_FALSE(Neighbors(*kg, v, 2, {}).empty());
  }
  EXPECT_GT(found, 90u);

  // Evidence for a path's edges comes from the store, edge by edge.
  std::vector<model::Edge> edges = {kg->edge(0), kg->edge(49999)};
  ASSERT_TRUE(store->LoadEvidence({}, &edges).ok());
  EXPECT_EQ(edges[0].evidence.size(), 1u);
  EXPECT_EQ(edges[1].evidence.size(), 1u);
}

}  // namespace
}  // namespace newsgraph::graph
