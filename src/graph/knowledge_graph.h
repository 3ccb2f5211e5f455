// KnowledgeGraph is the knowledge graph in memory, indexed for traversal: the
// nodes and merged edges of a model::Graph (as Store::LoadGraph returns
// them) plus a compressed sparse row (CSR) adjacency over them. It is the
// only code that includes Boost.Graph, and keeps it out of this header.
//
//   model::Graph data;
//   Status s = store->LoadGraph(filter, &data);
//   std::unique_ptr<graph::KnowledgeGraph> kg;
//   s = graph::KnowledgeGraph::Build(std::move(data), &kg);
//   graph::PathResult path = graph::ShortestPath(*kg, from, to, {});  // traversal.h
//
// Vertices are the positions of the nodes in data().nodes (VertexId), edges
// the positions in data().edges (EdgeIndex). Every algorithm sees the graph
// as undirected for connectivity (an edge joins its two ends whatever its
// direction) and reports the real direction of each edge it returns (Step).
//
// Why CSR and not adjacency_list: on 1M vertices and 5M edges a CSR builds
// in ~0.5 s against 3.6-5.1 s and takes a fraction of the memory
// (shared/PERF-NOTES.md); the graph never changes after Build, so the
// mutability of an adjacency_list buys nothing. Each edge is stored twice,
// once from each end: ~12 bytes per stored direction plus 4 bytes per vertex,
// about 125 MB at 5M edges, on top of data() itself.
//
// Immutable once built; safe for concurrent use by multiple threads.
#ifndef NEWSGRAPH_GRAPH_KNOWLEDGE_GRAPH_H_
#define NEWSGRAPH_GRAPH_KNOWLEDGE_GRAPH_H_

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "model/graph.h"
#include "util/status.h"

namespace newsgraph::graph {

using VertexId = uint32_t;   // index into data().nodes
using EdgeIndex = uint32_t;  // index into data().edges

// Which edges an algorithm may walk. Empty: every edge. A relation type that
// occurs in no edge simply matches nothing.
struct EdgeFilter {
  std::vector<std::string> relation_types;
};

// One edge seen from one of its ends: the walk goes from `from` to `to`.
// `forward` is true when `from` is the edge's source (for a symmetric edge
// the stored order, source id < target id).
struct Step {
  EdgeIndex edge = 0;
  VertexId from = 0, to = 0;
  bool forward = true;
  bool operator==(const Step&) const = default;
};

class KnowledgeGraph {
 public:
  // Indexes `graph`, taking ownership. Nodes are sorted by id if they are not
  // already (edges keep their order). InvalidArgument when two nodes share an
  // id, an edge names a node id that is not in graph.nodes, or the graph is
  // too large for 32-bit indices (2^31 edges, 65535 relation types); then
  // *result is left unset.
  static Status Build(model::Graph graph, std::unique_ptr<KnowledgeGraph>* result);
  ~KnowledgeGraph();
  KnowledgeGraph(const KnowledgeGraph&) = delete;  // large; share by pointer
  KnowledgeGraph& operator=(const KnowledgeGraph&) = delete;

  const model::Graph& data() const;
  const model::Node& node(VertexId v) const { return data().nodes[v]; }
  const model::Edge& edge(EdgeIndex e) const { return data().edges[e]; }
  size_t num_vertices() const;
  size_t num_edges() const;

  // Sets *v to the vertex of node `node_id`; false when there is none.
  bool FindVertex(int64_t node_id, VertexId* v) const;

  // The two ends of edge `e` as vertices.
  VertexId Source(EdgeIndex e) const;
  VertexId Target(EdgeIndex e) const;

  // Every edge incident to `v` that passes `filter`, seen from `v`, in edge
  // order. A self-loop is listed once.
  std::vector<Step> Incident(VertexId v, const EdgeFilter& filter) const;

  // Number of edges incident to `v` that pass `filter` (a self-loop counts once).
  size_t Degree(VertexId v, const EdgeFilter& filter) const;

  // The Boost representation, defined in graph/internal/csr_internal.h for the
  // algorithms of this module only.
  struct Impl;
  const Impl& impl() const { return *impl_; }

 private:
  explicit KnowledgeGraph(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

// Rank of a modality, strongest first: asserted 0, planned 1, hypothetical 2,
// negated 3, anything else 4.
int ModalityRank(const std::string& modality);

// True when `a` is a stronger reading of a relation than `b`: more
// supporting documents, then more mentions, then a stronger modality, then
// the lower edge id. Used to pick one edge among parallel ones.
bool StrongerEdge(const model::Edge& a, const model::Edge& b);

}  // namespace newsgraph::graph

#endif  // NEWSGRAPH_GRAPH_KNOWLEDGE_GRAPH_H_
