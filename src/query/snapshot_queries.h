// The graph queries of query/queries.h on a SnapshotSession: each runs its
// search on the memory-mapped snapshot (graph/snapshot_traversal.h), reads
// from the store only the entities and relations of its result, and writes
// exactly what the GraphSession version writes for the same database,
// filter and arguments. Vertices are the snapshot's (SnapshotSession::Lookup).
// `top` answers only --by degree (InvalidArgument otherwise: the caller
// runs the other measures on a GraphSession). Errors: the store's.
#ifndef NEWSGRAPH_QUERY_SNAPSHOT_QUERIES_H_
#define NEWSGRAPH_QUERY_SNAPSHOT_QUERIES_H_

#include <ostream>

#include "query/queries.h"
#include "query/snapshot_session.h"

namespace newsgraph::query {

Status RunNeighbors(const SnapshotSession& session, graph::VertexId center, int depth,
                    Format format, std::ostream& out);
Status RunPath(const SnapshotSession& session, graph::VertexId from, graph::VertexId to,
               Format format, std::ostream& out);
Status RunBetween(const SnapshotSession& session, graph::VertexId a, graph::VertexId b,
                  Format format, std::ostream& out);
Status RunTop(const SnapshotSession& session, const TopOptions& options, Format format,
              std::ostream& out);

}  // namespace newsgraph::query

#endif  // NEWSGRAPH_QUERY_SNAPSHOT_QUERIES_H_
