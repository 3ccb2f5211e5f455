#include "graph/traversal.h"

#include <algorithm>
#include <cstdint>
#include <limits>

#include "graph/internal/csr_internal.h"

namespace newsgraph::graph {
namespace {

constexpr int32_t kUnseen = -1;

// The strongest edge between u and v (StrongerEdge), walked from u; false
// when there is none.
bool BestStep(const KnowledgeGraph& kg, const TypeMask& mask, VertexId u, VertexId v, Step* best) {
  bool found = false;
  ForEachIncident(kg.impl(), mask, u, [&](VertexId w, const CsrEdge& e) {
    if (w != v) return;
    if (!found || StrongerEdge(kg.edge(e.edge), kg.edge(best->edge))) {
      *best = Step{e.edge, u, v, e.forward};
      found = true;
    }
  });
  return found;
}

}  // namespace

std::vector<Neighbor> Neighbors(const KnowledgeGraph& kg, VertexId center, int max_depth,
                                const EdgeFilter& filter) {
  std::vector<Neighbor> found;
  if (max_depth < 1 || center >= kg.num_vertices()) return found;
  const TypeMask mask(kg.impl(), filter);
  // Position of each reached vertex in `found`; the centre is marked apart.
  std::vector<int32_t> slot(kg.num_vertices(), kUnseen);
  constexpr int32_t kCenter = -2;
  slot[center] = kCenter;
  std::vector<VertexId> frontier = {center}, next;
  for (int depth = 1; depth <= max_depth && !frontier.empty(); ++depth) {
    next.clear();
    for (VertexId u : frontier) {
      ForEachIncident(kg.impl(), mask, u, [&](VertexId w, const CsrEdge& e) {
        const Step step{e.edge, u, w, e.forward};
        if (slot[w] == kUnseen) {
          slot[w] = static_cast<int32_t>(found.size());
          found.push_back(Neighbor{w, depth, u, {step}});
          next.push_back(w);
        } else if (slot[w] >= 0) {
          Neighbor& n = found[slot[w]];
          if (n.depth == depth && n.via == u) n.steps.push_back(step);  // a parallel edge
        }
      });
    }
    std::swap(frontier, next);
  }
  return found;
}

PathResult ShortestPath(const KnowledgeGraph& kg, VertexId from, VertexId to,
                        const EdgeFilter& filter) {
  PathResult result;
  const size_t n = kg.num_vertices();
  if (from >= n || to >= n) return result;
  if (from == to) {
    result.found = true;
    return result;
  }
  const TypeMask mask(kg.impl(), filter);
  // Side 0 searches from `from`, side 1 from `to`.
  std::vector<int32_t> dist[2] = {std::vector<int32_t>(n, kUnseen),
                                  std::vector<int32_t>(n, kUnseen)};
  std::vector<VertexId> parent[2] = {std::vector<VertexId>(n), std::vector<VertexId>(n)};
  std::vector<VertexId> frontier[2] = {{from}, {to}};
  dist[0][from] = 0;
  dist[1][to] = 0;
  int64_t best_length = std::numeric_limits<int64_t>::max();
  VertexId meet = 0;
  std::vector<VertexId> next;
  while (!frontier[0].empty() && !frontier[1].empty()) {
    // Expand the smaller frontier by one whole level; the shortest path is
    // the best contact found in the first level that makes one.
    const int side = frontier[1].size() < frontier[0].size() ? 1 : 0;
    std::vector<int32_t>& mine = dist[side];
    const std::vector<int32_t>& other = dist[1 - side];
    next.clear();
    for (VertexId u : frontier[side]) {
      ForEachIncident(kg.impl(), mask, u, [&](VertexId w, const CsrEdge&) {
        if (mine[w] != kUnseen) return;
        mine[w] = mine[u] + 1;
        parent[side][w] = u;
        next.push_back(w);
        if (other[w] != kUnseen && mine[w] + other[w] < best_length) {
          best_length = mine[w] + other[w];
          meet = w;
        }
      });
    }
    if (best_length != std::numeric_limits<int64_t>::max()) break;
    std::swap(frontier[side], next);
  }
  if (best_length == std::numeric_limits<int64_t>::max()) return result;

  std::vector<VertexId> vertices;
  for (VertexId v = meet; v != from; v = parent[0][v]) vertices.push_back(v);
  vertices.push_back(from);
  std::reverse(vertices.begin(), vertices.end());
  for (VertexId v = meet; v != to;) {
    v = parent[1][v];
    vertices.push_back(v);
  }
  result.found = true;
  for (size_t i = 0; i + 1 < vertices.size(); ++i) {
    Step step;
    BestStep(kg, mask, vertices[i], vertices[i + 1], &step);
    result.hops.push_back(step);
  }
  return result;
}

std::vector<Step> Between(const KnowledgeGraph& kg, VertexId a, VertexId b,
                          const EdgeFilter& filter) {
  std::vector<Step> steps;
  if (a >= kg.num_vertices() || b >= kg.num_vertices()) return steps;
  ForEachIncident(kg.impl(), TypeMask(kg.impl(), filter), a, [&](VertexId w, const CsrEdge& e) {
    if (w == b) steps.push_back(Step{e.edge, a, b, e.forward});
  });
  return steps;
}

model::Graph EgoNetwork(const KnowledgeGraph& kg, VertexId center, int depth,
                        const EdgeFilter& filter) {
  model::Graph ego;
  if (center >= kg.num_vertices()) return ego;
  std::vector<VertexId> members = {center};
  for (const Neighbor& n : Neighbors(kg, center, depth, filter)) members.push_back(n.vertex);
  std::sort(members.begin(), members.end());  // vertex order is node id order
  std::vector<char> member(kg.num_vertices(), 0);
  for (VertexId v : members) member[v] = 1;

  const TypeMask mask(kg.impl(), filter);
  std::vector<EdgeIndex> edges;
  for (VertexId v : members) {
    ego.nodes.push_back(kg.node(v));
    ForEachIncident(kg.impl(), mask, v, [&](VertexId w, const CsrEdge& e) {
      if (e.forward && member[w]) edges.push_back(e.edge);  // each edge once, from its source
    });
  }
  std::sort(edges.begin(), edges.end());
  for (EdgeIndex e : edges) ego.edges.push_back(kg.edge(e));
  std::sort(ego.edges.begin(), ego.edges.end(),
            [](const model::Edge& a, const model::Edge& b) { return a.id < b.id; });
  return ego;
}

}  // namespace newsgraph::graph
