#include "export/top_entities.h"

#include <gtest/gtest.h>

#include "graph/test_graphs.h"

namespace newsgraph::exporter {
namespace {

using graph::testing::GraphBuilder;

std::vector<int64_t> Ids(const model::Graph& g) {
  std::vector<int64_t> out;
  for (const model::Node& n : g.nodes) out.push_back(n.id);
  return out;
}

// 1 has three relations, 2 two, 3 and 4 one each, 5 none.
model::Graph Star() {
  GraphBuilder b;
  b.Node(1, "Hub").Node(2, "Second").Node(3, "Third").Node(4, "Fourth").Node(5, "Alone");
  b.Edge(1, 2, "meets", true);
  b.Edge(1, 3, "meets", true);
  b.Edge(1, 4, "visits");
  b.Edge(2, 3, "supports");
  return b.graph();
}

TEST(TopEntities, KeepsTheBusiestAndTheRelationsAmongThem) {
  model::Graph top = TopEntities(Star(), 3);
  EXPECT_EQ(Ids(top), (std::vector<int64_t>{1, 2, 3}));  // input order kept
  ASSERT_EQ(top.edges.size(), 3u);                       // 1-2, 1-3, 2-3; not 1-4
  for (const model::Edge& e : top.edges) EXPECT_NE(e.target, 4);
}

TEST(TopEntities, TiesGoToMoreMentions) {
  model::Graph g = Star();
  g.nodes[3].mentions = 9;  // Fourth: more mentions, but fewer relations than Third
  EXPECT_EQ(Ids(TopEntities(g, 3)), (std::vector<int64_t>{1, 2, 3}));
  g.nodes[2].mentions = 1;
  g.edges.pop_back();  // Third and Fourth now both have one relation
  EXPECT_EQ(Ids(TopEntities(g, 3)), (std::vector<int64_t>{1, 2, 4}));
}

TEST(TopEntities, AlwaysKeepsTheFocus) {
  model::Graph g = Star();
  EXPECT_EQ(Ids(TopEntities(g, 2, g.nodes[4].key)), (std::vector<int64_t>{1, 5}));
}

TEST(TopEntities, SmallGraphsAreUnchanged) {
  model::Graph g = Star();
  model::Graph top = TopEntities(g, 5);
  EXPECT_EQ(Ids(top), Ids(g));
  EXPECT_EQ(top.edges.size(), g.edges.size());
}

}  // namespace
}  // namespace newsgraph::exporter
