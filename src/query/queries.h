// The graph queries behind `newsgraph query`: each runs one algorithm of
// src/graph/ on a GraphSession, reads the evidence of the edges it shows and
// writes the result (query/internal/report.h) in the given format.
//
//   newsgraph query neighbors NAME [--depth N]   RunNeighbors
//   newsgraph query path A B                      RunPath
//   newsgraph query between A B                   RunBetween
//   newsgraph query top [--by M] [-n N]           RunTop
//   newsgraph query components                    RunComponents
//
// Names are resolved by the caller (GraphSession::Lookup), which decides
// what an unknown or ambiguous name means. Relation-type, entity-type,
// support and date filters are those the session was opened with.
// Errors: only the store's, while reading evidence.
#ifndef NEWSGRAPH_QUERY_QUERIES_H_
#define NEWSGRAPH_QUERY_QUERIES_H_

#include <cstddef>
#include <ostream>
#include <string>

#include "graph/centrality.h"
#include "query/graph_session.h"
#include "query/internal/report.h"
#include "util/status.h"

namespace newsgraph::query {

Status RunNeighbors(const GraphSession& session, graph::VertexId center, int depth, Format format,
                    std::ostream& out);

// A shortest path; "No path ..." (table) or "found": false (json) when the
// two entities are not connected.
Status RunPath(const GraphSession& session, graph::VertexId from, graph::VertexId to, Format format,
               std::ostream& out);

Status RunBetween(const GraphSession& session, graph::VertexId a, graph::VertexId b, Format format,
                  std::ostream& out);

struct TopOptions {
  // Option       Default   Meaning
  // measure      "degree"  "degree", "pagerank" or "betweenness" (graph/centrality.h)
  // limit        10        entities listed; 0 lists all
  // pagerank     defaults  damping 0.85, up to 200 iterations
  // betweenness  defaults  exact up to 5000 connected entities, else sampled sources
  std::string measure = "degree";
  size_t limit = 10;
  graph::PageRankOptions pagerank;
  graph::BetweennessOptions betweenness;
};

// InvalidArgument for an unknown measure.
Status RunTop(const GraphSession& session, const TopOptions& options, Format format,
              std::ostream& out);

// Components of at least `min_size` entities (1 lists isolated entities too).
Status RunComponents(const GraphSession& session, size_t min_size, Format format,
                     std::ostream& out);

}  // namespace newsgraph::query

#endif  // NEWSGRAPH_QUERY_QUERIES_H_
