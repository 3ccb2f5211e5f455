// Snapshot is the graph of a database as one compact file beside it
// ("news.db.graph"): node ids, a compressed sparse row (CSR) adjacency and
// the edge attributes the query filters need, memory-mapped, so that a
// query on a graph of millions of relations opens it in milliseconds and
// reads only the pages its search touches. Names and evidence are not in
// it: a query reads them from the store for the few entities and relations
// it shows (query/snapshot_session.h).
//
//   model::GraphColumns columns;                  // Store::ReadGraphColumns
//   std::vector<SnapshotName> names = ...;        // hashed name keys
//   std::vector<uint64_t> bytes;
//   Status s = Snapshot::Serialize(columns, names, &bytes);
//   s = Snapshot::Write("news.db.graph", bytes);  // atomically
//   std::unique_ptr<Snapshot> snap;
//   s = Snapshot::Open("news.db.graph", &snap);   // or FromBytes(bytes)
//   if (snap->fingerprint() == store_fingerprint) { ... traverse ... }
//
// Vertices are node positions (nodes sorted by id, as KnowledgeGraph's) and
// edges edge positions (sorted by id), so a traversal of the snapshot
// (graph/snapshot_traversal.h) visits in the order KnowledgeGraph's does.
//
// File format, version 1. All integers little-endian (the byte order is
// checked, not converted: a file written on a big-endian machine is
// rejected). A 128-byte header, then the sections in the order below, each
// starting at a multiple of 8 bytes (zero padding between them):
//
//   Header
//   offset size  field
//        0    8  magic "NGSNAP1\n"
//        8    4  format version (1)
//       12    4  header size in bytes (128)
//       16    8  fingerprint.database     } the model::GraphFingerprint of
//       24    8  fingerprint.generation   } the data the snapshot was
//       32    8  fingerprint.last_entity  } built from; a reader rebuilds
//       40    8  fingerprint.last_relation_mention  the file when it differs
//       48    8  V  vertices
//       56    8  E  edges
//       64    8  A  adjacency entries (2E less one per self-loop)
//       72    8  N  name index entries
//       80    8  T  relation types
//       88    8  B  bytes of relation type names
//       96    8  total file size in bytes
//      104    8  0x0102030405060708 (byte order check)
//      112   16  zero
//
//   Sections
//   name               type       count  meaning
//   vertex_ids         int64      V      node id (entities.id), ascending
//   name_ranks         uint32     V      rank of the vertex in (name, id) order
//   offsets            uint64     V+1    row of vertex v: entries [offsets[v], offsets[v+1])
//   entry_targets      uint32     A      the vertex at the other end
//   entry_edges        uint32     A      edge position; bit 31 set when the row's
//                                        vertex is the edge's target (the entry
//                                        walks against the edge's direction)
//   edge_ids           int64      E      relations.id, ascending
//   edge_sources       uint32     E      source vertex
//   edge_targets       uint32     E      target vertex
//   support_documents  uint32     E      documents with a mention not negated
//   support_mentions   uint32     E      mentions not negated
//   edge_types         uint16     E      index into the relation type names
//   modality_ranks     uint8      E      strongest modality: 0 asserted, 1 planned,
//                                        2 hypothetical
//   name_hashes        uint64     N      SnapshotNameHash of a name key, ascending
//   name_vertices      uint32     N      the vertex with that key (ascending within a hash)
//   type_offsets       uint32     T+1    relation type t: type_names[type_offsets[t],
//                                        type_offsets[t+1])
//   type_names         char       B      the relation type names, concatenated
//
// Edge i appears in the row of its source (bit 31 clear) and in the row of
// its target (bit 31 set), once for a self-loop; within a row the entries
// are in edge order. The edges are those of an unfiltered Store::LoadGraph
// before corrections: negated mentions do not count.
//
// Immutable once opened; safe for concurrent use by multiple threads.
#ifndef NEWSGRAPH_GRAPH_SNAPSHOT_H_
#define NEWSGRAPH_GRAPH_SNAPSHOT_H_

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "graph/knowledge_graph.h"
#include "model/graph_columns.h"
#include "util/status.h"

namespace newsgraph::graph {

// One entry of the name index: a hashed name key and its vertex. The keys
// are the caller's (query/ decides what a name matches); a lookup returns
// every vertex of a hash, which the caller then checks against the names
// it reads from the store, so a collision costs a check, never a wrong answer.
struct SnapshotName {
  uint64_t hash = 0;
  VertexId vertex = 0;
};

// 64-bit FNV-1a of `key`: the hash of the name index.
uint64_t SnapshotNameHash(std::string_view key);

inline constexpr uint32_t kEntryReversed = 1u << 31;

class Snapshot {
 public:
  // Lays out the snapshot of `columns` with the name index `names` in
  // *bytes (the file's contents). InvalidArgument when an edge end or a
  // name's vertex is out of range or there are more than 65535 relation
  // types; *bytes is then empty.
  static Status Serialize(const model::GraphColumns& columns, std::vector<SnapshotName> names,
                          std::vector<uint64_t>* bytes);
  // Writes `bytes` to `path` atomically (util/atomic_file.h); IOError when
  // the directory is not writable, the disk full, ...
  static Status Write(const std::string& path, const std::vector<uint64_t>& bytes);

  // Maps the file at `path`. NotFound when there is no file; Corruption
  // naming the file when it is not a snapshot of this version, is cut
  // short, or its structure is inconsistent (offsets, ends, types out of
  // range); IOError when it cannot be read. *result is set only on success.
  static Status Open(const std::string& path, std::unique_ptr<Snapshot>* result);
  // The same over bytes in memory (taking ownership), for a snapshot that
  // could not be written.
  static Status FromBytes(std::vector<uint64_t> bytes, std::unique_ptr<Snapshot>* result);
  ~Snapshot();
  Snapshot(const Snapshot&) = delete;  // maps a file; share by pointer
  Snapshot& operator=(const Snapshot&) = delete;

  const model::GraphFingerprint& fingerprint() const { return fingerprint_; }
  size_t num_vertices() const { return v_; }
  size_t num_edges() const { return e_; }

  int64_t node_id(VertexId v) const { return vertex_ids_[v]; }
  uint32_t name_rank(VertexId v) const { return name_ranks_[v]; }
  // Sets *v to the vertex of node `node_id`; false when there is none.
  bool FindVertex(int64_t node_id, VertexId* v) const;

  // Row of `v`: entries [row_begin(v), row_end(v)).
  uint64_t row_begin(VertexId v) const { return offsets_[v]; }
  uint64_t row_end(VertexId v) const { return offsets_[v + 1]; }
  VertexId entry_target(uint64_t k) const { return entry_targets_[k]; }
  EdgeIndex entry_edge(uint64_t k) const { return entry_edges_[k] & ~kEntryReversed; }
  bool entry_forward(uint64_t k) const { return (entry_edges_[k] & kEntryReversed) == 0; }

  int64_t edge_id(EdgeIndex e) const { return edge_ids_[e]; }
  VertexId edge_source(EdgeIndex e) const { return edge_sources_[e]; }
  VertexId edge_target(EdgeIndex e) const { return edge_targets_[e]; }
  uint32_t support_documents(EdgeIndex e) const { return support_documents_[e]; }
  uint32_t support_mentions(EdgeIndex e) const { return support_mentions_[e]; }
  uint16_t edge_type(EdgeIndex e) const { return edge_types_[e]; }
  uint8_t modality_rank(EdgeIndex e) const { return modality_ranks_[e]; }

  const std::vector<std::string>& relation_types() const { return relation_types_; }

  // The vertices whose name index holds `hash`, ascending.
  std::vector<VertexId> FindName(uint64_t hash) const;

 private:
  Snapshot() = default;
  Status Attach(const char* data, size_t size, const std::string& where);

  void* map_ = nullptr;  // the mapping, when the snapshot is a mapped file
  size_t map_size_ = 0;
  std::vector<uint64_t> bytes_;  // the contents, when built in memory
  model::GraphFingerprint fingerprint_;
  size_t v_ = 0, e_ = 0, a_ = 0, n_ = 0;
  const int64_t* vertex_ids_ = nullptr;
  const uint32_t* name_ranks_ = nullptr;
  const uint64_t* offsets_ = nullptr;
  const uint32_t* entry_targets_ = nullptr;
  const uint32_t* entry_edges_ = nullptr;
  const int64_t* edge_ids_ = nullptr;
  const uint32_t* edge_sources_ = nullptr;
  const uint32_t* edge_targets_ = nullptr;
  const uint32_t* support_documents_ = nullptr;
  const uint32_t* support_mentions_ = nullptr;
  const uint16_t* edge_types_ = nullptr;
  const uint8_t* modality_ranks_ = nullptr;
  const uint64_t* name_hashes_ = nullptr;
  const uint32_t* name_vertices_ = nullptr;
  std::vector<std::string> relation_types_;
};

}  // namespace newsgraph::graph

#endif  // NEWSGRAPH_GRAPH_SNAPSHOT_H_
