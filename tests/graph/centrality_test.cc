#include "graph/centrality.h"

#include <gtest/gtest.h>

#include <numeric>

#include "graph/test_graphs.h"
#include "synthetic_graph.h"

namespace newsgraph::graph {
namespace {

using testing::GraphBuilder;
using testing::V;

double Sum(const std::vector<double>& v) { return std::accumulate(v.begin(), v.end(), 0.0); }

// A star: Borrell met four people.
GraphBuilder Star() {
  GraphBuilder b;
  b.Node(1, "Josep Borrell").Node(2, "A").Node(3, "B").Node(4, "C").Node(5, "D");
  for (int64_t leaf = 2; leaf <= 5; ++leaf) b.Edge(1, leaf, "meets", true);
  return b;
}

TEST(DegreeTest, CountsRelationsNotNeighbours) {
  GraphBuilder b = Star();
  b.Edge(1, 2, "signs_agreement", true);
  auto kg = b.Build();
  std::vector<double> d = DegreeScores(*kg, {});
  EXPECT_EQ(d[V(*kg, 1)], 5);
  EXPECT_EQ(d[V(*kg, 2)], 2);
  EXPECT_EQ(d[V(*kg, 5)], 1);
  EXPECT_EQ(DegreeScores(*kg, {{"signs_agreement"}})[V(*kg, 1)], 1);
}

TEST(PageRankTest, SumsToOneAndRanksTheHubFirst) {
  auto kg = Star().Build();
  PageRankResult pr = PageRank(*kg, {}, {});
  EXPECT_TRUE(pr.converged);
  EXPECT_NEAR(Sum(pr.scores), 1.0, 1e-9);
  EXPECT_GT(pr.scores[V(*kg, 1)], pr.scores[V(*kg, 2)]);
  EXPECT_NEAR(pr.scores[V(*kg, 2)], pr.scores[V(*kg, 5)], 1e-12);
  // Star of 4 leaves, damping d: hub = (1 - d)/5 + d * 4 * leaf, leaf = (1 - d)/5 + d * hub / 4.
  const double d = 0.85;
  const double hub = ((1 - d) / 5 + d * (1 - d) / 5 * 4) / (1 - d * d);
  EXPECT_NEAR(pr.scores[V(*kg, 1)], hub, 1e-8);
}

TEST(PageRankTest, SupportingDocumentsWeighTheWalk) {
  GraphBuilder b;
  b.Node(1, "Hub").Node(2, "Often").Node(3, "Once");
  b.Edge(1, 2, "meets", true, /*documents=*/5);
  b.Edge(1, 3, "meets", true, /*documents=*/1);
  auto kg = b.Build();
  PageRankResult pr = PageRank(*kg, {}, {});
  EXPECT_GT(pr.scores[V(*kg, 2)], pr.scores[V(*kg, 3)]);
}

TEST(PageRankTest, IsolatedEntitiesShareTheDanglingMass) {
  GraphBuilder b = Star();
  b.Node(6, "Alone").Node(7, "Also alone");
  auto kg = b.Build();
  PageRankResult pr = PageRank(*kg, {}, {});
  EXPECT_NEAR(Sum(pr.scores), 1.0, 1e-9);
  EXPECT_GT(pr.scores[V(*kg, 6)], 0);
  EXPECT_NEAR(pr.scores[V(*kg, 6)], pr.scores[V(*kg, 7)], 1e-12);
  EXPECT_LT(pr.scores[V(*kg, 6)], pr.scores[V(*kg, 2)]);
}

TEST(PageRankTest, MatchesADenseReferenceOnARandomGraph) {
  std::unique_ptr<KnowledgeGraph> kg;
  ASSERT_TRUE(
      KnowledgeGraph::Build(testdata::MakeSyntheticGraph({.entities = 60, .relations = 150}), &kg)
          .ok());
  const size_t n = kg->num_vertices();
  const double d = 0.85;
  std::vector<double> weight(n, 0), rank(n, 1.0 / n);
  for (EdgeIndex e = 0; e < kg->num_edges(); ++e) {
    weight[kg->Source(e)] += kg->edge(e).support_documents;
    weight[kg->Target(e)] += kg->edge(e).support_documents;
  }
  for (int it = 0; it < 200; ++it) {
    double dangling = 0;
    for (size_t v = 0; v < n; ++v) dangling += weight[v] == 0 ? rank[v] : 0;
    std::vector<double> next(n, (1 - d) / n + d * dangling / n);
    for (EdgeIndex e = 0; e < kg->num_edges(); ++e) {
      VertexId s = kg->Source(e), t = kg->Target(e);
      double w = kg->edge(e).support_documents;
      next[t] += d * rank[s] * w / weight[s];
      next[s] += d * rank[t] * w / weight[t];
    }
    rank = next;
  }
  PageRankResult pr = PageRank(*kg, {}, {});
  for (size_t v = 0; v < n; ++v) EXPECT_NEAR(pr.scores[v], rank[v], 1e-8) << v;
}

TEST(BetweennessTest, ExactOnAPathAndAStar) {
  GraphBuilder path;
  path.Node(1, "A").Node(2, "B").Node(3, "C").Node(4, "D");
  path.Edge(1, 2, "meets", true);
  path.Edge(2, 3, "meets", true);
  path.Edge(3, 4, "meets", true);
  path.Edge(3, 4, "visits");  // parallel: must not count twice
  auto kg = path.Build();
  BetweennessResult b = Betweenness(*kg, {}, {});
  EXPECT_FALSE(b.sampled);
  EXPECT_EQ(b.sources, 4u);
  EXPECT_DOUBLE_EQ(b.scores[V(*kg, 1)], 0);
  EXPECT_DOUBLE_EQ(b.scores[V(*kg, 2)], 2);  // A-C, A-D
  EXPECT_DOUBLE_EQ(b.scores[V(*kg, 3)], 2);  // A-D, B-D
  EXPECT_DOUBLE_EQ(b.scores[V(*kg, 4)], 0);

  auto star = Star().Build();
  EXPECT_DOUBLE_EQ(Betweenness(*star, {}, {}).scores[V(*star, 1)], 6);  // C(4, 2) pairs
}

TEST(BetweennessTest, SplitsTiedShortestPaths) {
  GraphBuilder square;  // A-B-D and A-C-D
  square.Node(1, "A").Node(2, "B").Node(3, "C").Node(4, "D");
  square.Edge(1, 2, "meets", true);
  square.Edge(1, 3, "meets", true);
  square.Edge(2, 4, "meets", true);
  square.Edge(3, 4, "meets", true);
  auto kg = square.Build();
  BetweennessResult b = Betweenness(*kg, {}, {});
  for (int64_t id = 1; id <= 4; ++id) EXPECT_DOUBLE_EQ(b.scores[V(*kg, id)], 0.5) << id;
}

TEST(BetweennessTest, SamplesSourcesOnLargeGraphsAndSaysSo) {
  std::unique_ptr<KnowledgeGraph> kg;
  ASSERT_TRUE(
      KnowledgeGraph::Build(testdata::MakeSyntheticGraph({.entities = 300, .relations = 900}), &kg)
          .ok());
  BetweennessResult exact = Betweenness(*kg, {}, {});
  EXPECT_FALSE(exact.sampled);
  BetweennessOptions opt;
  opt.exact_limit = 10;
  opt.samples = 150;
  BetweennessResult sampled = Betweenness(*kg, {}, opt);
  EXPECT_TRUE(sampled.sampled);
  EXPECT_EQ(sampled.sources, 150u);
  EXPECT_EQ(sampled.connected_vertices, exact.connected_vertices);
  // The estimate finds the same most central entity and is near in total.
  EXPECT_EQ(TopK(*kg, sampled.scores, 1)[0].vertex, TopK(*kg, exact.scores, 1)[0].vertex);
  EXPECT_NEAR(Sum(sampled.scores) / Sum(exact.scores), 1.0, 0.15);
  // Deterministic.
  EXPECT_EQ(Betweenness(*kg, {}, opt).scores, sampled.scores);
  // By default the number of sources follows the size of the graph: on a small one, the
  // most (256) that the budget allows.
  opt.samples = 0;
  BetweennessResult automatic = Betweenness(*kg, {}, opt);
  EXPECT_EQ(automatic.sources, std::min<size_t>(256, automatic.connected_vertices));
}

TEST(TopKTest, BestFirstTiesByName) {
  GraphBuilder b;
  b.Node(1, "Zed").Node(2, "Amy").Node(3, "Bob");
  auto kg = b.Build();
  std::vector<Ranked> top = TopK(*kg, {1.0, 1.0, 2.0}, 0);
  ASSERT_EQ(top.size(), 3u);
  EXPECT_EQ(kg->node(top[0].vertex).name, "Bob");
  EXPECT_EQ(kg->node(top[1].vertex).name, "Amy");
  EXPECT_EQ(kg->node(top[2].vertex).name, "Zed");
  EXPECT_EQ(TopK(*kg, {1.0, 1.0, 2.0}, 2).size(), 2u);
}

TEST(ComponentsTest, LargestFirstWithTheirEdges) {
  GraphBuilder b = Star();
  b.Node(6, "Putin").Node(7, "Xi").Node(8, "Alone");
  b.Edge(6, 7, "meets", true);
  b.Edge(7, 6, "visits");
  auto kg = b.Build();
  std::vector<Component> c = ConnectedComponents(*kg, {});
  ASSERT_EQ(c.size(), 3u);
  EXPECT_EQ(c[0].vertices.size(), 5u);
  EXPECT_EQ(c[0].edges, 4u);
  EXPECT_EQ(c[1].vertices, (std::vector<VertexId>{V(*kg, 6), V(*kg, 7)}));
  EXPECT_EQ(c[1].edges, 2u);
  EXPECT_EQ(c[2].vertices, (std::vector<VertexId>{V(*kg, 8)}));
  EXPECT_EQ(c[2].edges, 0u);
  // Filtering relation types can split a component.
  EXPECT_EQ(ConnectedComponents(*kg, {{"visits"}}).size(), 7u);
}

}  // namespace
}  // namespace newsgraph::graph
