// Private to src/graph/ (and its tests): a Snapshot (graph/snapshot.h) seen
// by Boost.Graph. SnapshotGraph models IncidenceGraph and VertexListGraph
// over the mapped arrays themselves, nothing copied:
//
//   SnapshotGraph g{&snapshot, &mask};        // mask may be null: every edge
//   boost::breadth_first_search(g, start, queue, visitor, colors);
//   for (auto [it, end] = out_edges(v, g); it != end; ++it) target(*it, g);
//
// Vertices are VertexId; an edge descriptor is one adjacency entry (an
// edge seen from one end). out_edges(v) lists every edge incident to v that
// passes the mask, in edge order, which is all an undirected walk needs.
#ifndef NEWSGRAPH_GRAPH_INTERNAL_SNAPSHOT_BGL_H_
#define NEWSGRAPH_GRAPH_INTERNAL_SNAPSHOT_BGL_H_

#include <boost/graph/graph_traits.hpp>
#include <boost/iterator/counting_iterator.hpp>
#include <boost/iterator/iterator_facade.hpp>
#include <cstdint>
#include <limits>
#include <string>
#include <utility>
#include <vector>

#include "graph/snapshot.h"
#include "graph/snapshot_traversal.h"

namespace newsgraph::graph {

// A SnapshotFilter compiled against one snapshot's relation types.
class SnapshotMask {
 public:
  SnapshotMask(const Snapshot& snap, const SnapshotFilter& filter);
  bool all() const { return all_; }
  bool Allows(EdgeIndex e) const {
    return all_ || ((types_.empty() || types_[snap_->edge_type(e)] != 0) &&
                    snap_->support_documents(e) >= min_support_);
  }

 private:
  const Snapshot* snap_;
  bool all_ = true;
  std::vector<char> types_;  // by type id; empty: every type
  uint64_t min_support_ = 1;
};

struct SnapshotGraph {
  const Snapshot* snap = nullptr;
  const SnapshotMask* mask = nullptr;  // null: every edge
};

// One adjacency entry: edge entry_edge(entry), walked from `source`.
struct SnapshotEdge {
  uint64_t entry = 0;
  VertexId source = 0;
  bool operator==(const SnapshotEdge& o) const { return entry == o.entry; }
  bool operator!=(const SnapshotEdge& o) const { return entry != o.entry; }
};

class SnapshotOutEdgeIterator
    : public boost::iterator_facade<SnapshotOutEdgeIterator, SnapshotEdge,
                                    boost::forward_traversal_tag, SnapshotEdge> {
 public:
  SnapshotOutEdgeIterator() = default;
  SnapshotOutEdgeIterator(const SnapshotGraph& g, VertexId u, uint64_t k, uint64_t end)
      : snap_(g.snap), mask_(g.mask), u_(u), k_(k), end_(end) {
    Skip();
  }

 private:
  friend class boost::iterator_core_access;
  void Skip() {
    if (mask_ == nullptr || mask_->all()) return;
    while (k_ < end_ && !mask_->Allows(snap_->entry_edge(k_))) ++k_;
  }
  void increment() {
    ++k_;
    Skip();
  }
  bool equal(const SnapshotOutEdgeIterator& o) const { return k_ == o.k_; }
  SnapshotEdge dereference() const { return SnapshotEdge{k_, u_}; }

  const Snapshot* snap_ = nullptr;
  const SnapshotMask* mask_ = nullptr;
  VertexId u_ = 0;
  uint64_t k_ = 0, end_ = 0;
};

}  // namespace newsgraph::graph

namespace boost {

template <>
struct graph_traits<newsgraph::graph::SnapshotGraph> {
  using vertex_descriptor = newsgraph::graph::VertexId;
  using edge_descriptor = newsgraph::graph::SnapshotEdge;
  using directed_category = directed_tag;
  using edge_parallel_category = allow_parallel_edge_tag;
  struct traversal_category : incidence_graph_tag, vertex_list_graph_tag {};
  using out_edge_iterator = newsgraph::graph::SnapshotOutEdgeIterator;
  using vertex_iterator = counting_iterator<newsgraph::graph::VertexId>;
  using degree_size_type = uint64_t;
  using vertices_size_type = uint32_t;
  using edges_size_type = uint64_t;
  using adjacency_iterator = void;
  using in_edge_iterator = void;
  using edge_iterator = void;
  static vertex_descriptor null_vertex() { return std::numeric_limits<vertex_descriptor>::max(); }
};

}  // namespace boost

namespace newsgraph::graph {

// The Boost.Graph free functions, found by argument-dependent lookup.
inline std::pair<SnapshotOutEdgeIterator, SnapshotOutEdgeIterator> out_edges(
    VertexId u, const SnapshotGraph& g) {
  const uint64_t begin = g.snap->row_begin(u), end = g.snap->row_end(u);
  return {SnapshotOutEdgeIterator(g, u, begin, end), SnapshotOutEdgeIterator(g, u, end, end)};
}
inline uint64_t out_degree(VertexId u, const SnapshotGraph& g) {
  if (g.mask == nullptr || g.mask->all()) return g.snap->row_end(u) - g.snap->row_begin(u);
  uint64_t d = 0;
  for (uint64_t k = g.snap->row_begin(u); k < g.snap->row_end(u); ++k) {
    d += g.mask->Allows(g.snap->entry_edge(k)) ? 1 : 0;
  }
  return d;
}
inline VertexId source(const SnapshotEdge& e, const SnapshotGraph&) { return e.source; }
inline VertexId target(const SnapshotEdge& e, const SnapshotGraph& g) {
  return g.snap->entry_target(e.entry);
}
inline std::pair<boost::counting_iterator<VertexId>, boost::counting_iterator<VertexId>> vertices(
    const SnapshotGraph& g) {
  return {boost::counting_iterator<VertexId>(0),
          boost::counting_iterator<VertexId>(static_cast<VertexId>(g.snap->num_vertices()))};
}
inline uint32_t num_vertices(const SnapshotGraph& g) {
  return static_cast<uint32_t>(g.snap->num_vertices());
}

// The Step an entry stands for.
inline Step EntryStep(const SnapshotGraph& g, const SnapshotEdge& e) {
  return Step{g.snap->entry_edge(e.entry), e.source, g.snap->entry_target(e.entry),
              g.snap->entry_forward(e.entry)};
}

}  // namespace newsgraph::graph

#endif  // NEWSGRAPH_GRAPH_INTERNAL_SNAPSHOT_BGL_H_
