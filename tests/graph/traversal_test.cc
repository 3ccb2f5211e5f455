#include "graph/traversal.h"

#include <gtest/gtest.h>

#include <deque>

#include "graph/test_graphs.h"
#include "synthetic_graph.h"

namespace newsgraph::graph {
namespace {

using testing::GraphBuilder;
using testing::V;

// The seed article's shape: Kallas succeeds Borrell, Borrell meets Cho,
// Borrell visits South Korea, Cho affiliated with South Korea; plus an
// island (Putin meets Xi) and an isolated entity.
GraphBuilder SeedLike() {
  GraphBuilder b;
  b.Node(1, "Josep Borrell").Node(2, "Kaja Kallas").Node(3, "Cho Tae-yul");
  b.Node(4, "South Korea", "COUNTRY").Node(5, "Vladimir Putin").Node(6, "Xi Jinping");
  b.Node(7, "Nobody");
  b.Edge(2, 1, "succeeds");                   // e0
  b.Edge(1, 3, "meets", true, 1, "planned");  // e1
  b.Edge(1, 4, "visits");                     // e2
  b.Edge(3, 4, "affiliated_with");            // e3
  b.Edge(5, 6, "meets", true);                // e4
  return b;
}

TEST(NeighborsTest, DepthOneListsEveryAdjacentEntityWithItsRelations) {
  auto kg = SeedLike().Build();
  std::vector<Neighbor> n = Neighbors(*kg, V(*kg, 1), 1, {});
  ASSERT_EQ(n.size(), 3u);
  EXPECT_EQ(n[0].vertex, V(*kg, 2));
  EXPECT_EQ(n[0].depth, 1);
  EXPECT_EQ(n[0].via, V(*kg, 1));
  ASSERT_EQ(n[0].steps.size(), 1u);
  EXPECT_EQ(n[0].steps[0], (Step{0, V(*kg, 1), V(*kg, 2), false}));  // walked against succeeds
  EXPECT_EQ(n[1].vertex, V(*kg, 3));
  EXPECT_EQ(n[2].vertex, V(*kg, 4));
}

TEST(NeighborsTest, DepthTwoReachesFurtherAndRecordsTheWay) {
  auto kg = SeedLike().Build();
  std::vector<Neighbor> n = Neighbors(*kg, V(*kg, 2), 2, {});
  ASSERT_EQ(n.size(), 3u);  // Borrell at 1; Cho and South Korea at 2
  EXPECT_EQ(n[0].vertex, V(*kg, 1));
  EXPECT_EQ(n[1].depth, 2);
  EXPECT_EQ(n[1].via, V(*kg, 1));
  EXPECT_EQ(n[2].depth, 2);
  EXPECT_TRUE(Neighbors(*kg, V(*kg, 2), 0, {}).empty());
  EXPECT_TRUE(Neighbors(*kg, V(*kg, 7), 3, {}).empty());
}

TEST(NeighborsTest, ParallelRelationsAreAllListedAndTypeFilterApplies) {
  GraphBuilder b = SeedLike();
  b.Edge(1, 3, "signs_agreement", true);  // e5, parallel to e1
  auto kg = b.Build();
  std::vector<Neighbor> n = Neighbors(*kg, V(*kg, 1), 1, {});
  ASSERT_EQ(n[1].vertex, V(*kg, 3));
  ASSERT_EQ(n[1].steps.size(), 2u);
  EXPECT_EQ(n[1].steps[0].edge, 1u);
  EXPECT_EQ(n[1].steps[1].edge, 5u);

  n = Neighbors(*kg, V(*kg, 1), 2, {{"meets"}});
  ASSERT_EQ(n.size(), 1u);
  EXPECT_EQ(n[0].vertex, V(*kg, 3));
  EXPECT_EQ(n[0].steps.size(), 1u);
}

TEST(ShortestPathTest, KallasToChoGoesThroughBorrellWithRealDirections) {
  auto kg = SeedLike().Build();
  PathResult p = ShortestPath(*kg, V(*kg, 2), V(*kg, 3), {});
  ASSERT_TRUE(p.found);
  ASSERT_EQ(p.hops.size(), 2u);
  EXPECT_EQ(p.hops[0], (Step{0, V(*kg, 2), V(*kg, 1), true}));  // Kallas -succeeds-> Borrell
  EXPECT_EQ(p.hops[1], (Step{1, V(*kg, 1), V(*kg, 3), true}));  // Borrell -meets- Cho

  PathResult back = ShortestPath(*kg, V(*kg, 3), V(*kg, 2), {});
  ASSERT_EQ(back.hops.size(), 2u);
  EXPECT_EQ(back.hops[1], (Step{0, V(*kg, 1), V(*kg, 2), false}));  // Borrell <-succeeds- Kallas
}

TEST(ShortestPathTest, DisconnectedSameAndFilteredAway) {
  auto kg = SeedLike().Build();
  EXPECT_FALSE(ShortestPath(*kg, V(*kg, 2), V(*kg, 6), {}).found);
  EXPECT_FALSE(ShortestPath(*kg, V(*kg, 2), V(*kg, 7), {}).found);
  PathResult same = ShortestPath(*kg, V(*kg, 2), V(*kg, 2), {});
  EXPECT_TRUE(same.found);
  EXPECT_TRUE(same.hops.empty());
  EXPECT_FALSE(ShortestPath(*kg, V(*kg, 2), V(*kg, 3), {{"meets"}}).found);
  // Without meets, Cho is still reached through South Korea.
  PathResult detour =
      ShortestPath(*kg, V(*kg, 2), V(*kg, 3), {{"succeeds", "visits", "affiliated_with"}});
  ASSERT_TRUE(detour.found);
  EXPECT_EQ(detour.hops.size(), 3u);
}

TEST(ShortestPathTest, PicksTheStrongestOfParallelRelations) {
  GraphBuilder b;
  b.Node(1, "A").Node(2, "B");
  b.Edge(1, 2, "meets", true, 1, "planned");
  b.Edge(1, 2, "visits", false, 3);
  b.Edge(2, 1, "condemns", false, 1);
  auto kg = b.Build();
  PathResult p = ShortestPath(*kg, V(*kg, 2), V(*kg, 1), {});
  ASSERT_EQ(p.hops.size(), 1u);
  EXPECT_EQ(p.hops[0].edge, 1u);
  EXPECT_FALSE(p.hops[0].forward);
}

// Distances from a plain one-sided BFS, to check the two-sided search.
std::vector<int> ReferenceDistances(const KnowledgeGraph& kg, VertexId from) {
  std::vector<int> dist(kg.num_vertices(), -1);
  std::deque<VertexId> queue = {from};
  dist[from] = 0;
  while (!queue.empty()) {
    VertexId v = queue.front();
    queue.pop_front();
    for (const Step& s : kg.Incident(v, {})) {
      if (dist[s.to] < 0) {
        dist[s.to] = dist[v] + 1;
        queue.push_back(s.to);
      }
    }
  }
  return dist;
}

TEST(ShortestPathTest, AgreesWithPlainBfsOnRandomGraphs) {
  for (uint64_t seed = 1; seed <= 4; ++seed) {
    std::unique_ptr<KnowledgeGraph> kg;
    ASSERT_TRUE(
        KnowledgeGraph::Build(
            testdata::MakeSyntheticGraph({.entities = 400, .relations = 500, .seed = seed}), &kg)
            .ok());
    for (VertexId from = 0; from < 400; from += 37) {
      std::vector<int> dist = ReferenceDistances(*kg, from);
      for (VertexId to = 0; to < 400; to += 13) {
        PathResult p = ShortestPath(*kg, from, to, {});
        ASSERT_EQ(p.found, dist[to] >= 0) << from << " -> " << to;
        if (!p.found) continue;
        ASSERT_EQ(static_cast<int>(p.hops.size()), dist[to]) << from << " -> " << to;
        VertexId at = from;
        for (const Step& s : p.hops) {  // a connected walk over real edges
          ASSERT_EQ(s.from, at);
          ASSERT_EQ(s.forward ? kg->Source(s.edge) : kg->Target(s.edge), s.from);
          ASSERT_EQ(s.forward ? kg->Target(s.edge) : kg->Source(s.edge), s.to);
          at = s.to;
        }
        ASSERT_EQ(at, to);
      }
    }
  }
}

TEST(BetweenTest, ListsRelationsInBothDirections) {
  GraphBuilder b = SeedLike();
  b.Edge(3, 1, "praises");  // e5: Cho -> Borrell
  auto kg = b.Build();
  std::vector<Step> s = Between(*kg, V(*kg, 1), V(*kg, 3), {});
  ASSERT_EQ(s.size(), 2u);
  EXPECT_EQ(s[0], (Step{1, V(*kg, 1), V(*kg, 3), true}));
  EXPECT_EQ(s[1], (Step{5, V(*kg, 1), V(*kg, 3), false}));
  EXPECT_EQ(Between(*kg, V(*kg, 1), V(*kg, 3), {{"praises"}}).size(), 1u);
  EXPECT_TRUE(Between(*kg, V(*kg, 2), V(*kg, 3), {}).empty());
}

TEST(EgoNetworkTest, KeepsNodesWithinDepthAndEdgesAmongThem) {
  auto kg = SeedLike().Build();
  model::Graph ego = EgoNetwork(*kg, V(*kg, 3), 1, {});
  ASSERT_EQ(ego.nodes.size(), 3u);  // Cho, Borrell, South Korea
  EXPECT_EQ(ego.nodes[0].name, "Josep Borrell");
  EXPECT_EQ(ego.nodes[1].name, "Cho Tae-yul");
  EXPECT_EQ(ego.nodes[2].name, "South Korea");
  ASSERT_EQ(ego.edges.size(), 3u);  // meets, visits (Borrell-South Korea), affiliated_with
  EXPECT_EQ(ego.edges[0].id, 2);
  EXPECT_EQ(ego.edges[1].id, 3);
  EXPECT_EQ(ego.edges[2].id, 4);
  EXPECT_EQ(ego.edges[0].evidence.size(), 1u);

  model::Graph alone = EgoNetwork(*kg, V(*kg, 3), 0, {});
  EXPECT_EQ(alone.nodes.size(), 1u);
  EXPECT_TRUE(alone.edges.empty());
  model::Graph meets = EgoNetwork(*kg, V(*kg, 3), 2, {{"meets"}});
  EXPECT_EQ(meets.nodes.size(), 2u);
  EXPECT_EQ(meets.edges.size(), 1u);
}

}  // namespace
}  // namespace newsgraph::graph
