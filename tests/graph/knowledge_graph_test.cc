#include "graph/knowledge_graph.h"

#include <gtest/gtest.h>

#include "graph/test_graphs.h"

namespace newsgraph::graph {
namespace {

using testing::GraphBuilder;
using testing::V;

TEST(KnowledgeGraphTest, VerticesFollowNodeIdOrderWhateverTheInputOrder) {
  GraphBuilder b;
  b.Node(30, "C").Node(10, "A").Node(20, "B");
  b.Edge(10, 30, "meets", true);
  auto kg = b.Build();
  ASSERT_EQ(kg->num_vertices(), 3u);
  EXPECT_EQ(kg->node(0).name, "A");
  EXPECT_EQ(kg->node(1).name, "B");
  EXPECT_EQ(kg->node(2).name, "C");
  EXPECT_EQ(kg->Source(0), V(*kg, 10));
  EXPECT_EQ(kg->Target(0), V(*kg, 30));
}

TEST(KnowledgeGraphTest, FindVertexWorksForDenseAndSparseIds) {
  GraphBuilder dense;
  dense.Node(1, "A").Node(2, "B");
  auto kg = dense.Build();
  VertexId v;
  EXPECT_TRUE(kg->FindVertex(2, &v));
  EXPECT_EQ(v, 1u);
  EXPECT_FALSE(kg->FindVertex(3, &v));
  EXPECT_FALSE(kg->FindVertex(-1, &v));

  GraphBuilder sparse;
  sparse.Node(5, "A").Node(1'000'000'000'000, "B");
  kg = sparse.Build();
  EXPECT_TRUE(kg->FindVertex(1'000'000'000'000, &v));
  EXPECT_EQ(v, 1u);
  EXPECT_FALSE(kg->FindVertex(6, &v));
}

TEST(KnowledgeGraphTest, RejectsEdgesToUnknownNodesAndDuplicateIds) {
  GraphBuilder b;
  b.Node(1, "A").Node(2, "B");
  b.Edge(1, 3, "meets");
  std::unique_ptr<KnowledgeGraph> kg;
  Status s = KnowledgeGraph::Build(b.graph(), &kg);
  EXPECT_TRUE(s.IsInvalidArgument());
  EXPECT_NE(s.message().find("node 3"), std::string::npos) << s.message();
  EXPECT_EQ(kg, nullptr);

  GraphBuilder twice;
  twice.Node(1, "A").Node(1, "B");
  s = KnowledgeGraph::Build(twice.graph(), &kg);
  EXPECT_TRUE(s.IsInvalidArgument());
}

TEST(KnowledgeGraphTest, IncidentSeesBothDirectionsAndSaysWhichIsForward) {
  GraphBuilder b;
  b.Node(1, "Kallas").Node(2, "Borrell").Node(3, "Cho");
  b.Edge(1, 2, "succeeds");
  b.Edge(2, 3, "meets", true);
  b.Edge(2, 2, "praises");  // a self-loop
  auto kg = b.Build();
  std::vector<Step> steps = kg->Incident(V(*kg, 2), {});
  ASSERT_EQ(steps.size(), 3u);
  EXPECT_EQ(steps[0], (Step{0, V(*kg, 2), V(*kg, 1), false}));  // Kallas succeeds Borrell
  EXPECT_EQ(steps[1], (Step{1, V(*kg, 2), V(*kg, 3), true}));
  EXPECT_EQ(steps[2], (Step{2, V(*kg, 2), V(*kg, 2), true}));  // listed once
  EXPECT_EQ(kg->Degree(V(*kg, 2), {}), 3u);
  EXPECT_EQ(kg->Degree(V(*kg, 2), {{"meets"}}), 1u);
  EXPECT_EQ(kg->Degree(V(*kg, 2), {{"no-such-type"}}), 0u);
  EXPECT_EQ(kg->Incident(V(*kg, 1), {{"meets", "succeeds"}}).size(), 1u);
}

TEST(KnowledgeGraphTest, EmptyGraphBuilds) {
  std::unique_ptr<KnowledgeGraph> kg;
  ASSERT_TRUE(KnowledgeGraph::Build({}, &kg).ok());
  EXPECT_EQ(kg->num_vertices(), 0u);
  EXPECT_EQ(kg->num_edges(), 0u);
}

TEST(KnowledgeGraphTest, StrongerEdgePrefersSupportThenModalityThenId) {
  model::Edge a, b;
  a.id = 1;
  b.id = 2;
  a.modality = b.modality = "asserted";
  a.support_documents = 1;
  b.support_documents = 3;
  EXPECT_TRUE(StrongerEdge(b, a));
  b.support_documents = 1;
  b.modality = "planned";
  EXPECT_TRUE(StrongerEdge(a, b));
  b.modality = "asserted";
  EXPECT_TRUE(StrongerEdge(a, b));  // lower id
  EXPECT_FALSE(StrongerEdge(b, a));
}

}  // namespace
}  // namespace newsgraph::graph
