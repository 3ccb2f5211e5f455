// GraphSession is what the graph queries and the focused exports run on: the
// graph loaded from a store (nodes and merged edges, without evidence) and
// indexed as a graph::KnowledgeGraph, names resolved to its vertices, and
// evidence read back from the store for just the edges a result shows.
//
//   std::unique_ptr<GraphSession> session;
//   Status s = GraphSession::Open(store.get(), filter, &session);
//   NameLookup a = session->Lookup("kallas"), b = session->Lookup("Cho Tae-yul");
//   graph::PathResult p = graph::ShortestPath(session->graph(), a.vertex, b.vertex, {});
//   EdgeDetails details;
//   s = session->LoadDetails(StepEdges(p.hops), &details);   // with evidence
//
// Not safe for concurrent use (it reads the store); one per thread.
#ifndef NEWSGRAPH_QUERY_GRAPH_SESSION_H_
#define NEWSGRAPH_QUERY_GRAPH_SESSION_H_

#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "graph/knowledge_graph.h"
#include "model/graph.h"
#include "query/resolve.h"
#include "store/store.h"
#include "util/status.h"

namespace newsgraph::query {

// A name typed by the user, resolved.
struct NameLookup {
  Resolution::Kind kind = Resolution::Kind::kNotFound;
  graph::VertexId vertex = 0;               // when kUnique
  std::vector<graph::VertexId> candidates;  // when kAmbiguous, by name
  // For kAmbiguous and kNotFound: what to tell the user, several lines for
  // an ambiguous name (one per candidate), without a trailing newline.
  std::string message;
};

// The edges of a result, with their evidence, by edge index.
using EdgeDetails = std::unordered_map<graph::EdgeIndex, model::Edge>;

class GraphSession {
 public:
  // Loads the graph that `filter` selects (its with_evidence is ignored:
  // evidence is read per edge later) and indexes it. `store` must outlive
  // the session. Errors: those of Store::LoadGraph and KnowledgeGraph::Build.
  static Status Open(store::Store* store, const model::GraphFilter& filter,
                     std::unique_ptr<GraphSession>* result);

  const graph::KnowledgeGraph& graph() const { return *graph_; }

  // Resolves `name`: an entity key ("country:KOR") exactly, else
  // ResolveEntity's levels (name, folded name, alias, last word of a
  // person's name), else the first word of a person's name ("Cho" for Cho
  // Tae-yul, "Xi" for Xi Jinping, whose family name comes first).
  NameLookup Lookup(std::string_view name) const;

  // Copies the given edges into *details with the evidence that passes the
  // session's filter (dates, negation), read from the store.
  Status LoadDetails(const std::vector<graph::EdgeIndex>& edges, EdgeDetails* details) const;

  // The ego network of `center` within `depth` hops (graph::EgoNetwork),
  // with evidence when `with_evidence`.
  Status EgoNetwork(graph::VertexId center, int depth, bool with_evidence, model::Graph* ego) const;

 private:
  GraphSession() = default;
  store::Store* store_ = nullptr;
  model::GraphFilter filter_;
  std::unique_ptr<graph::KnowledgeGraph> graph_;
};

// GraphSession::Lookup over the nodes of `g` (sorted by id): the vertices
// it sets are indices into g.nodes.
NameLookup LookupName(const model::Graph& g, std::string_view name);

// The edges of a list of steps, without repeats, in order.
std::vector<graph::EdgeIndex> StepEdges(const std::vector<graph::Step>& steps);

}  // namespace newsgraph::query

#endif  // NEWSGRAPH_QUERY_GRAPH_SESSION_H_
