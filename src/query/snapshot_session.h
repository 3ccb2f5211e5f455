// SnapshotSession runs graph queries without loading the graph: it opens the
// snapshot beside the database (graph/snapshot.h, file DB + ".graph"),
// building it when it is missing or stale, resolves names through the
// snapshot's name index and the store, and reads names, types and evidence
// from the store only for the entities and relations a result shows.
//
//   std::unique_ptr<SnapshotSession> session;
//   Status s = SnapshotSession::Open(store.get(), filter, {}, &session);
//   if (s.ok() && session == nullptr) { ... GraphSession::Open instead ... }
//   NameLookup a = session->Lookup("kallas");
//   graph::PathResult p = graph::SnapshotShortestPath(session->snapshot(), ...);
//
// What it answers is what GraphSession would, byte for byte in the output
// of query/snapshot_queries.h: same vertices order, same edges, same names.
// It serves only what the snapshot holds: the filters --type and
// --min-support (Supports), and a database without corrections (curation
// rewrites the graph: merges, blocks); otherwise Open leaves *result null
// and the caller loads the graph (GraphSession).
//
// Staleness: the snapshot records the store's GraphFingerprint (a counter
// every write transaction bumps, the database's identity and largest ids);
// Open rebuilds it when the store's differs. A snapshot that cannot be
// written (read-only directory or file system) is built in memory for this
// session, without an error.
//
// Not safe for concurrent use (it reads the store); one per thread.
#ifndef NEWSGRAPH_QUERY_SNAPSHOT_SESSION_H_
#define NEWSGRAPH_QUERY_SNAPSHOT_SESSION_H_

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "graph/knowledge_graph.h"
#include "graph/snapshot.h"
#include "graph/snapshot_traversal.h"
#include "model/graph.h"
#include "query/graph_session.h"
#include "store/store.h"
#include "util/status.h"

namespace newsgraph::query {

struct SnapshotOptions {
  // Option  Default             Meaning
  // path    DB + ".graph"       the snapshot file
  // write   true                write a (re)built snapshot to `path`; false
  //                             builds it in memory only
  std::string path;
  bool write = true;
};

// How the last Open came by its snapshot, for tests and benchmarks.
enum class SnapshotSource { kMapped, kRebuiltAndWritten, kRebuiltInMemory };

// A few entities and relations of a snapshot, read from the store and
// indexed as a KnowledgeGraph for the writers of query/internal/report.h.
struct ResultGraph {
  std::unique_ptr<graph::KnowledgeGraph> kg;
  std::vector<int64_t> edge_ids;  // kg edge index -> relations.id
  graph::VertexId Vertex(const graph::Snapshot& snap, graph::VertexId v) const;
  graph::Step Remap(const graph::Snapshot& snap, const graph::Step& s) const;
};

class SnapshotSession {
 public:
  // True when the snapshot can apply `filter`: no entity types, dates,
  // negated mentions or only_connected.
  static bool Supports(const model::GraphFilter& filter);

  // Opens the snapshot of `store`'s database for `filter`, building and
  // writing it when missing or stale (see above). Sets *result to null,
  // and returns OK, when !Supports(filter) or the database has corrections.
  // Errors: the store's (reading the graph); a damaged snapshot file is
  // rebuilt, not an error. `store` must outlive the session.
  static Status Open(store::Store* store, const model::GraphFilter& filter,
                     const SnapshotOptions& options, std::unique_ptr<SnapshotSession>* result);

  const graph::Snapshot& snapshot() const { return *snap_; }
  const graph::SnapshotFilter& filter() const { return snap_filter_; }
  SnapshotSource source() const { return source_; }

  // As GraphSession::Lookup; the vertices are the snapshot's. Only the
  // entities whose key or name keys hash as `name`'s are read from the store.
  NameLookup Lookup(std::string_view name) const;

  // Reads the vertices `vertices` and the edges `edges` (and their ends)
  // from the store into *result; with `details`, the edges with their
  // evidence, by result edge index.
  Status Subgraph(const std::vector<graph::VertexId>& vertices,
                  const std::vector<graph::EdgeIndex>& edges, ResultGraph* result,
                  EdgeDetails* details) const;

 private:
  SnapshotSession() = default;
  store::Store* store_ = nullptr;
  model::GraphFilter filter_;
  graph::SnapshotFilter snap_filter_;
  std::unique_ptr<graph::Snapshot> snap_;
  SnapshotSource source_ = SnapshotSource::kMapped;
};

// Builds the snapshot of `store`'s graph in *bytes (Store::ReadGraphColumns,
// the name index, Snapshot::Serialize). Errors: the store's.
Status BuildSnapshot(store::Store* store, std::vector<uint64_t>* bytes);

}  // namespace newsgraph::query

#endif  // NEWSGRAPH_QUERY_SNAPSHOT_SESSION_H_
