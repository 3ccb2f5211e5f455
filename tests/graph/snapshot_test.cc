// Snapshot: the file format round trip, its checks, the Boost.Graph concepts
// over the mapped arrays, and traversals equal to KnowledgeGraph's.
#include "graph/snapshot.h"

#include <gtest/gtest.h>

#include <boost/graph/breadth_first_search.hpp>
#include <boost/graph/graph_concepts.hpp>
#include <boost/graph/two_bit_color_map.hpp>
#include <filesystem>
#include <unordered_map>

#include "graph/centrality.h"
#include "graph/internal/snapshot_bgl.h"
#include "graph/snapshot_traversal.h"
#include "graph/test_graphs.h"
#include "graph/traversal.h"
#include "synthetic_graph.h"

namespace newsgraph::graph {
namespace {

BOOST_CONCEPT_ASSERT((boost::IncidenceGraphConcept<SnapshotGraph>));
BOOST_CONCEPT_ASSERT((boost::VertexListGraphConcept<SnapshotGraph>));

// The columns Store::ReadGraphColumns would give for `g` (no negated evidence).
model::GraphColumns Columns(const model::Graph& g) {
  model::GraphColumns c;
  c.fingerprint = {7, 3, 100, 200};
  std::unordered_map<int64_t, uint32_t> position;
  std::unordered_map<std::string, uint16_t> types;
  for (const model::Node& n : g.nodes) {
    position[n.id] = static_cast<uint32_t>(c.node_ids.size());
    c.node_ids.push_back(n.id);
    c.node_keys.push_back(n.key);
    c.node_names.push_back(n.name);
    c.node_types.push_back(0);
  }
  c.entity_types = {"PERSON"};
  for (const model::Edge& e : g.edges) {
    auto [it, added] = types.try_emplace(e.type, static_cast<uint16_t>(c.relation_types.size()));
    if (added) c.relation_types.push_back(e.type);
    c.edge_ids.push_back(e.id);
    c.edge_sources.push_back(position.at(e.source));
    c.edge_targets.push_back(position.at(e.target));
    c.edge_types.push_back(it->second);
    c.support_documents.push_back(static_cast<uint32_t>(e.support_documents));
    c.support_mentions.push_back(static_cast<uint32_t>(e.support_mentions));
    c.modality_ranks.push_back(static_cast<uint8_t>(ModalityRank(e.modality)));
  }
  return c;
}

std::unique_ptr<Snapshot> FromGraph(const model::Graph& g, std::vector<SnapshotName> names = {}) {
  std::vector<uint64_t> bytes;
  Status s = Snapshot::Serialize(Columns(g), std::move(names), &bytes);
  EXPECT_TRUE(s.ok()) << s.ToString();
  std::unique_ptr<Snapshot> snap;
  s = Snapshot::FromBytes(std::move(bytes), &snap);
  EXPECT_TRUE(s.ok()) << s.ToString();
  return snap;
}

// A triangle 1-2-3 with a tail 3 -> 4, a self-loop on 4 and an isolated 5.
testing::GraphBuilder Small() {
  testing::GraphBuilder b;
  b.Node(1, "A").Node(2, "B").Node(3, "C").Node(4, "D").Node(5, "E");
  b.Edge(1, 2, "meets", true);
  b.Edge(2, 3, "meets", true, 2);
  b.Edge(3, 1, "visits");
  b.Edge(3, 4, "visits");
  b.Edge(4, 4, "condemns");
  return b;
}

TEST(SnapshotTest, RoundTripThroughAFile) {
  testing::GraphBuilder b = Small();
  std::vector<uint64_t> bytes;
  ASSERT_TRUE(Snapshot::Serialize(Columns(b.graph()), {{SnapshotNameHash("b"), 1}}, &bytes).ok());
  const std::string path = ::testing::TempDir() + "snapshot_test_round_trip.graph";
  ASSERT_TRUE(Snapshot::Write(path, bytes).ok());
  std::unique_ptr<Snapshot> snap;
  Status s = Snapshot::Open(path, &snap);
  ASSERT_TRUE(s.ok()) << s.ToString();
  EXPECT_EQ(snap->fingerprint(), (model::GraphFingerprint{7, 3, 100, 200}));
  ASSERT_EQ(snap->num_vertices(), 5u);
  ASSERT_EQ(snap->num_edges(), 5u);
  EXPECT_EQ(snap->node_id(3), 4);
  VertexId v;
  ASSERT_TRUE(snap->FindVertex(3, &v));
  EXPECT_EQ(v, 2u);
  EXPECT_FALSE(snap->FindVertex(6, &v));
  EXPECT_EQ(snap->relation_types(), (std::vector<std::string>{"meets", "visits", "condemns"}));
  EXPECT_EQ(snap->support_documents(1), 2u);
  EXPECT_EQ(snap->FindName(SnapshotNameHash("b")), (std::vector<VertexId>{1}));
  EXPECT_TRUE(snap->FindName(SnapshotNameHash("c")).empty());
  // Row of C (vertex 2): edges 1 (from B, reversed), 2 (to A), 3 (to D), in edge order.
  ASSERT_EQ(snap->row_end(2) - snap->row_begin(2), 3u);
  const uint64_t k = snap->row_begin(2);
  EXPECT_EQ(snap->entry_edge(k), 1u);
  EXPECT_FALSE(snap->entry_forward(k));
  EXPECT_EQ(snap->entry_target(k + 1), 0u);
  EXPECT_EQ(snap->row_end(3) - snap->row_begin(3), 2u);  // D: edge 3 and its self-loop once
  std::filesystem::remove(path);
}

TEST(SnapshotTest, DamageIsCorruptionNotACrash) {
  testing::GraphBuilder b = Small();
  std::vector<uint64_t> bytes;
  ASSERT_TRUE(Snapshot::Serialize(Columns(b.graph()), {}, &bytes).ok());
  std::unique_ptr<Snapshot> snap;
  std::vector<uint64_t> cut(bytes.begin(), bytes.end() - 1);
  EXPECT_EQ(Snapshot::FromBytes(cut, &snap).code(), Status::Code::kCorruption);
  std::vector<uint64_t> magic = bytes;
  magic[0] ^= 1;
  EXPECT_EQ(Snapshot::FromBytes(magic, &snap).code(), Status::Code::kCorruption);
  // An adjacency entry pointing past the last vertex.
  std::vector<uint64_t> target = bytes;
  const size_t entries_at = (128 + 5 * 8 + 24 + 6 * 8) / 8;  // header, ids, ranks, offsets
  target[entries_at] = 0xffffffffffffffffull;
  EXPECT_EQ(Snapshot::FromBytes(target, &snap).code(), Status::Code::kCorruption);
  EXPECT_EQ(Snapshot::Open("/nonexistent/x.graph", &snap).code(), Status::Code::kNotFound);
  EXPECT_EQ(snap, nullptr);
}

TEST(SnapshotTest, BoostBreadthFirstSearchRunsOnTheMappedArrays) {
  auto snap = FromGraph(Small().graph());
  SnapshotFilter visits;
  visits.relation_types = {"visits"};
  for (const auto& [filter, expected] :
       {std::pair{SnapshotFilter(), std::vector<int>{0, 1, 1, 2, -1}},
        std::pair{visits, std::vector<int>{0, -1, 1, 2, -1}}}) {
    const SnapshotMask mask(*snap, filter);
    const SnapshotGraph g{snap.get(), &mask};
    std::vector<int> dist(num_vertices(g), -1);
    dist[0] = 0;
    boost::two_bit_color_map<> colors(num_vertices(g));
    boost::breadth_first_search(
        g, 0,
        boost::visitor(boost::make_bfs_visitor(boost::record_distances(
                           boost::make_iterator_property_map(
                               dist.begin(), boost::typed_identity_property_map<VertexId>()),
                           boost::on_tree_edge())))
            .color_map(colors));
    EXPECT_EQ(dist, expected);
  }
  const SnapshotGraph all{snap.get(), nullptr};
  EXPECT_EQ(out_degree(2, all), 3u);
  EXPECT_EQ(out_degree(4, all), 0u);
}

TEST(SnapshotTest, TraversalsEqualKnowledgeGraphsOnASyntheticGraph) {
  model::Graph g = testdata::MakeSyntheticGraph({.entities = 500, .relations = 2500});
  for (model::Edge& e : g.edges) {
    e.support_documents = static_cast<int64_t>(e.evidence.size());
    e.support_mentions = e.support_documents;
    e.modality = e.evidence.front().modality;
  }
  auto snap = FromGraph(g);
  std::unique_ptr<KnowledgeGraph> kg;
  ASSERT_TRUE(KnowledgeGraph::Build(g, &kg).ok());
  EdgeFilter kg_meets{{"meets", "signs_agreement"}};
  SnapshotFilter meets{{"meets", "signs_agreement"}, 1};
  for (const auto& [kf, sf] :
       {std::pair{EdgeFilter(), SnapshotFilter()}, std::pair{kg_meets, meets}}) {
    for (VertexId a : {0u, 7u, 250u, 499u}) {
      for (int depth : {1, 2, 3}) {
        std::vector<Neighbor> x = Neighbors(*kg, a, depth, kf);
        std::vector<Neighbor> y = SnapshotNeighbors(*snap, a, depth, sf);
        ASSERT_EQ(x.size(), y.size());
        for (size_t i = 0; i < x.size(); ++i) {
          EXPECT_EQ(x[i].vertex, y[i].vertex);
          EXPECT_EQ(x[i].depth, y[i].depth);
          EXPECT_EQ(x[i].via, y[i].via);
          EXPECT_EQ(x[i].steps, y[i].steps);
        }
      }
      for (VertexId b : {1u, 100u, 333u, 498u}) {
        PathResult p = ShortestPath(*kg, a, b, kf), q = SnapshotShortestPath(*snap, a, b, sf);
        EXPECT_EQ(p.found, q.found);
        EXPECT_EQ(p.hops, q.hops) << a << " " << b;
        EXPECT_EQ(Between(*kg, a, b, kf), SnapshotBetween(*snap, a, b, sf));
      }
    }
    for (size_t k : {0u, 5u}) {
      std::vector<Ranked> x = TopK(*kg, DegreeScores(*kg, kf), k);
      std::vector<Ranked> y = SnapshotTopDegree(*snap, sf, k);
      ASSERT_EQ(x.size(), y.size());
      for (size_t i = 0; i < x.size(); ++i) {
        EXPECT_EQ(x[i].vertex, y[i].vertex);
        EXPECT_EQ(x[i].score, y[i].score);
      }
    }
  }
}

}  // namespace
}  // namespace newsgraph::graph
