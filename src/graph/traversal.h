// Traversals of a KnowledgeGraph: who is near an entity, how two entities
// are connected, what relates two entities directly, and the ego network
// around an entity for export.
//
//   std::vector<Neighbor> near = Neighbors(kg, borrell, 2, {});
//   PathResult p = ShortestPath(kg, kallas, cho, {});
//   for (const Step& hop : p.hops) { ... kg.edge(hop.edge).type ... }
//
// Every function walks edges in both directions (connectivity is undirected)
// and reports each edge as a Step, which says whether the walk followed the
// edge's own direction. Only edges that pass the EdgeFilter are walked.
// Results are deterministic: they depend only on the graph and arguments.
// Pure functions; safe for concurrent use.
#ifndef NEWSGRAPH_GRAPH_TRAVERSAL_H_
#define NEWSGRAPH_GRAPH_TRAVERSAL_H_

#include <vector>

#include "graph/knowledge_graph.h"
#include "model/graph.h"

namespace newsgraph::graph {

// An entity found by Neighbors.
struct Neighbor {
  VertexId vertex = 0;
  int depth = 0;     // hops from the centre, 1..max_depth
  VertexId via = 0;  // the vertex at depth - 1 it was first reached from
  // Every edge between `via` and `vertex` that passes the filter, walked
  // from `via`, in edge order (parallel relations: meets and signs_agreement).
  std::vector<Step> steps;
};

// The entities within `max_depth` hops of `center` (breadth-first), centre
// excluded, ordered by depth and then by the order the search reached them.
// max_depth < 1 gives no neighbours.
std::vector<Neighbor> Neighbors(const KnowledgeGraph& kg, VertexId center, int max_depth,
                                const EdgeFilter& filter);

struct PathResult {
  bool found = false;      // false: no path (different components)
  std::vector<Step> hops;  // from -> ... -> to; empty when from == to
};

// A shortest path (fewest hops) from `from` to `to`, by a breadth-first
// search from both ends that stops as soon as the two searches meet, so it
// touches a small part of a large graph. Where two entities of the path are
// joined by parallel edges, the hop is the strongest one (StrongerEdge).
// Among several shortest paths the one returned is fixed by the graph's
// order, not by any preference.
PathResult ShortestPath(const KnowledgeGraph& kg, VertexId from, VertexId to,
                        const EdgeFilter& filter);

// Every edge between `a` and `b`, in either direction, walked from `a`, in
// edge order. For a == b, its self-loops.
std::vector<Step> Between(const KnowledgeGraph& kg, VertexId a, VertexId b,
                          const EdgeFilter& filter);

// The ego network of `center`: the nodes within `depth` hops (centre
// included; depth 0 is the centre alone) and every edge among them that
// passes the filter, copied from kg.data() with their evidence, nodes sorted
// by id and edges by id: a model::Graph the exporters write as they are.
model::Graph EgoNetwork(const KnowledgeGraph& kg, VertexId center, int depth,
                        const EdgeFilter& filter);

}  // namespace newsgraph::graph

#endif  // NEWSGRAPH_GRAPH_TRAVERSAL_H_
