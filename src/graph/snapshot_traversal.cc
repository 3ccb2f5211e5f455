#include "graph/snapshot_traversal.h"

#include <algorithm>
#include <boost/graph/breadth_first_search.hpp>
#include <boost/graph/two_bit_color_map.hpp>
#include <limits>
#include <numeric>

#include "graph/internal/snapshot_bgl.h"

namespace newsgraph::graph {

SnapshotMask::SnapshotMask(const Snapshot& snap, const SnapshotFilter& filter)
    : snap_(&snap), min_support_(static_cast<uint64_t>(std::max<int64_t>(1, filter.min_support))) {
  all_ = filter.relation_types.empty() && min_support_ <= 1;
  if (filter.relation_types.empty()) return;
  const std::vector<std::string>& names = snap.relation_types();
  types_.assign(std::max<size_t>(1, names.size()), 0);
  for (size_t t = 0; t < names.size(); ++t) {
    for (const std::string& wanted : filter.relation_types) {
      if (names[t] == wanted) types_[t] = 1;
    }
  }
}

namespace {

constexpr int32_t kUnseen = -1;
constexpr int32_t kCenter = -2;

// The BFS queue of SnapshotNeighbors: a vertex at the depth limit is
// discovered but never queued, so the search stops there.
class DepthLimitedQueue {
 public:
  DepthLimitedQueue(const std::vector<int32_t>& depth, int max_depth)
      : depth_(depth), max_depth_(max_depth) {}
  void push(VertexId v) {
    if (depth_[v] < max_depth_) queue_.push_back(v);
  }
  VertexId& top() { return queue_[head_]; }
  void pop() { ++head_; }
  bool empty() const { return head_ == queue_.size(); }

 private:
  const std::vector<int32_t>& depth_;
  int max_depth_;
  std::vector<VertexId> queue_;
  size_t head_ = 0;
};

// Records each vertex as it is discovered, and the parallel edges that
// reach it from the same vertex at the same depth.
class NeighborVisitor : public boost::default_bfs_visitor {
 public:
  NeighborVisitor(std::vector<int32_t>* slot, std::vector<int32_t>* depth,
                  std::vector<Neighbor>* found)
      : slot_(slot), depth_(depth), found_(found) {}
  void examine_edge(const SnapshotEdge& e, const SnapshotGraph& g) const {
    const Step step = EntryStep(g, e);
    const int32_t s = (*slot_)[step.to];
    if (s < 0) return;  // unseen (tree_edge follows) or the centre
    Neighbor& n = (*found_)[s];
    if (n.depth == (*depth_)[step.from] + 1 && n.via == step.from) n.steps.push_back(step);
  }
  void tree_edge(const SnapshotEdge& e, const SnapshotGraph& g) const {
    const Step step = EntryStep(g, e);
    const int32_t d = (*depth_)[step.from] + 1;
    (*depth_)[step.to] = d;
    (*slot_)[step.to] = static_cast<int32_t>(found_->size());
    found_->push_back(Neighbor{step.to, d, step.from, {step}});
  }

 private:
  std::vector<int32_t>* slot_;
  std::vector<int32_t>* depth_;
  std::vector<Neighbor>* found_;
};

// StrongerEdge (knowledge_graph.h) on the snapshot's attributes.
bool Stronger(const Snapshot& s, EdgeIndex a, EdgeIndex b) {
  if (s.support_documents(a) != s.support_documents(b)) {
    return s.support_documents(a) > s.support_documents(b);
  }
  if (s.support_mentions(a) != s.support_mentions(b)) {
    return s.support_mentions(a) > s.support_mentions(b);
  }
  if (s.modality_rank(a) != s.modality_rank(b)) return s.modality_rank(a) < s.modality_rank(b);
  return s.edge_id(a) < s.edge_id(b);
}

}  // namespace

std::vector<Neighbor> SnapshotNeighbors(const Snapshot& snap, VertexId center, int max_depth,
                                        const SnapshotFilter& filter) {
  std::vector<Neighbor> found;
  const size_t n = snap.num_vertices();
  if (max_depth < 1 || center >= n) return found;
  const SnapshotMask mask(snap, filter);
  const SnapshotGraph g{&snap, &mask};
  std::vector<int32_t> slot(n, kUnseen), depth(n, 0);
  slot[center] = kCenter;
  DepthLimitedQueue queue(depth, max_depth);
  boost::two_bit_color_map<> colors(n);
  boost::breadth_first_search(g, center, queue, NeighborVisitor(&slot, &depth, &found), colors);
  return found;
}

PathResult SnapshotShortestPath(const Snapshot& snap, VertexId from, VertexId to,
                                const SnapshotFilter& filter) {
  PathResult result;
  const size_t n = snap.num_vertices();
  if (from >= n || to >= n) return result;
  if (from == to) {
    result.found = true;
    return result;
  }
  const SnapshotMask mask(snap, filter);
  const SnapshotGraph g{&snap, &mask};
  // Side 0 searches from `from`, side 1 from `to`; each expands a whole
  // level at a time, the smaller frontier first (as ShortestPath does).
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
    const int side = frontier[1].size() < frontier[0].size() ? 1 : 0;
    std::vector<int32_t>& mine = dist[side];
    const std::vector<int32_t>& other = dist[1 - side];
    next.clear();
    for (VertexId u : frontier[side]) {
      for (auto [it, end] = out_edges(u, g); it != end; ++it) {
        const VertexId w = target(*it, g);
        if (mine[w] != kUnseen) continue;
        mine[w] = mine[u] + 1;
        parent[side][w] = u;
        next.push_back(w);
        if (other[w] != kUnseen && mine[w] + other[w] < best_length) {
          best_length = mine[w] + other[w];
          meet = w;
        }
      }
    }
    if (best_length != std::numeric_limits<int64_t>::max()) break;
    std::swap(frontier[side], next);
  }
  if (best_length == std::numeric_limits<int64_t>::max()) return result;

  std::vector<VertexId> path;
  for (VertexId v = meet; v != from; v = parent[0][v]) path.push_back(v);
  path.push_back(from);
  std::reverse(path.begin(), path.end());
  for (VertexId v = meet; v != to;) {
    v = parent[1][v];
    path.push_back(v);
  }
  result.found = true;
  for (size_t i = 0; i + 1 < path.size(); ++i) {
    bool have = false;
    Step best;
    for (auto [it, end] = out_edges(path[i], g); it != end; ++it) {
      const Step step = EntryStep(g, *it);
      if (step.to != path[i + 1]) continue;
      if (!have || Stronger(snap, step.edge, best.edge)) best = step, have = true;
    }
    result.hops.push_back(best);
  }
  return result;
}

std::vector<Step> SnapshotBetween(const Snapshot& snap, VertexId a, VertexId b,
                                  const SnapshotFilter& filter) {
  std::vector<Step> steps;
  if (a >= snap.num_vertices() || b >= snap.num_vertices()) return steps;
  const SnapshotMask mask(snap, filter);
  const SnapshotGraph g{&snap, &mask};
  for (auto [it, end] = out_edges(a, g); it != end; ++it) {
    if (target(*it, g) == b) steps.push_back(EntryStep(g, *it));
  }
  return steps;
}

std::vector<Ranked> SnapshotTopDegree(const Snapshot& snap, const SnapshotFilter& filter,
                                      size_t k) {
  const SnapshotMask mask(snap, filter);
  const SnapshotGraph g{&snap, &mask};
  const VertexId n = num_vertices(g);
  std::vector<uint64_t> degree(n);
  for (VertexId v = 0; v < n; ++v) degree[v] = out_degree(v, g);
  std::vector<VertexId> order(n);
  std::iota(order.begin(), order.end(), 0);
  auto better = [&](VertexId a, VertexId b) {
    if (degree[a] != degree[b]) return degree[a] > degree[b];
    return snap.name_rank(a) < snap.name_rank(b);
  };
  if (k == 0 || k > order.size()) k = order.size();
  std::partial_sort(order.begin(), order.begin() + k, order.end(), better);
  std::vector<Ranked> top;
  top.reserve(k);
  for (size_t i = 0; i < k; ++i) {
    top.push_back(Ranked{order[i], static_cast<double>(degree[order[i]])});
  }
  return top;
}

}  // namespace newsgraph::graph
