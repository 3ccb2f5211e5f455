// Private to src/graph/: the Boost.Graph CSR behind KnowledgeGraph. No other
// module includes this file (STYLE.md: only graph/ sees Boost).
//
// Layout. Edge i of data().edges (source s, target t) is stored twice in the
// CSR: as s -> t with forward = true and as t -> s with forward = false, so
// out_edges(v) lists every edge incident to v, which is all an undirected
// walk needs. A self-loop is stored once. Within a vertex's row the entries
// keep edge order (the unsorted-multi-pass constructor is a stable counting
// sort), which makes every traversal deterministic.
//
//   CsrEdge field  meaning
//   edge           index into data().edges
//   weight         support_documents of the edge (at least 1), as float
//   type           index into Impl::relation_types
//   forward        the row's vertex is the edge's source
#ifndef NEWSGRAPH_GRAPH_INTERNAL_CSR_INTERNAL_H_
#define NEWSGRAPH_GRAPH_INTERNAL_CSR_INTERNAL_H_

#include <boost/graph/compressed_sparse_row_graph.hpp>
#include <cstdint>
#include <string>
#include <vector>

#include "graph/knowledge_graph.h"

namespace newsgraph::graph {

struct CsrEdge {
  EdgeIndex edge = 0;
  float weight = 1.0f;
  uint16_t type = 0;
  bool forward = true;
};

using Csr = boost::compressed_sparse_row_graph<boost::directedS, boost::no_property, CsrEdge,
                                               boost::no_property, uint32_t, uint32_t>;

struct KnowledgeGraph::Impl {
  model::Graph data;
  Csr csr;
  std::vector<std::string> relation_types;  // CsrEdge::type -> name
  std::vector<VertexId> source, target;     // per edge: its ends as vertices
  std::vector<int64_t> id_to_vertex;        // dense node ids: id -> vertex + 1 (0: none)
};

// An EdgeFilter compiled to relation type ids.
class TypeMask {
 public:
  TypeMask(const KnowledgeGraph::Impl& impl, const EdgeFilter& filter);
  bool Allows(uint16_t type) const { return all_ || allowed_[type] != 0; }
  bool all() const { return all_; }

 private:
  bool all_ = true;
  std::vector<char> allowed_;
};

// Calls fn(target_vertex, const CsrEdge&) for every CSR entry of `v` that
// passes `mask`.
template <typename Fn>
inline void ForEachIncident(const KnowledgeGraph::Impl& impl, const TypeMask& mask, VertexId v,
                            Fn&& fn) {
  auto [it, end] = boost::out_edges(v, impl.csr);
  for (; it != end; ++it) {
    const CsrEdge& e = impl.csr[*it];
    if (!mask.Allows(e.type)) continue;
    fn(static_cast<VertexId>(boost::target(*it, impl.csr)), e);
  }
}

}  // namespace newsgraph::graph

#endif  // NEWSGRAPH_GRAPH_INTERNAL_CSR_INTERNAL_H_
