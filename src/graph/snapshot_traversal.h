// Traversals of a Snapshot (graph/snapshot.h), run by Boost.Graph over the
// mapped arrays: the same results, in the same order, as the functions of
// graph/traversal.h and graph/centrality.h give on a KnowledgeGraph of the
// same data with the same filter (vertices and edges are positions in both).
//
//   SnapshotFilter f;  f.relation_types = {"meets"};
//   std::vector<Neighbor> near = SnapshotNeighbors(snap, v, 2, f);
//   PathResult p = SnapshotShortestPath(snap, a, b, f);
//
// Pure functions; safe for concurrent use.
#ifndef NEWSGRAPH_GRAPH_SNAPSHOT_TRAVERSAL_H_
#define NEWSGRAPH_GRAPH_SNAPSHOT_TRAVERSAL_H_

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include "graph/centrality.h"
#include "graph/snapshot.h"
#include "graph/traversal.h"

namespace newsgraph::graph {

// Which edges a traversal may walk: the filters of model::GraphFilter that
// a snapshot can apply. Empty relation_types: every type.
struct SnapshotFilter {
  std::vector<std::string> relation_types;
  int64_t min_support = 1;  // supporting documents
};

// As Neighbors (graph/traversal.h): breadth-first, by boost::breadth_first_search.
std::vector<Neighbor> SnapshotNeighbors(const Snapshot& snap, VertexId center, int max_depth,
                                        const SnapshotFilter& filter);

// As ShortestPath: a breadth-first search from both ends that stops when
// they meet; the hop between two entities is the strongest of their edges.
PathResult SnapshotShortestPath(const Snapshot& snap, VertexId from, VertexId to,
                                const SnapshotFilter& filter);

// As Between.
std::vector<Step> SnapshotBetween(const Snapshot& snap, VertexId a, VertexId b,
                                  const SnapshotFilter& filter);

// As TopK(DegreeScores): the `k` vertices with most incident edges (0: all),
// ties by name then id (Snapshot::name_rank).
std::vector<Ranked> SnapshotTopDegree(const Snapshot& snap, const SnapshotFilter& filter, size_t k);

}  // namespace newsgraph::graph

#endif  // NEWSGRAPH_GRAPH_SNAPSHOT_TRAVERSAL_H_
