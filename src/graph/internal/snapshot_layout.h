// Private to src/graph/: where each section of a snapshot file starts
// (graph/snapshot.h documents the format), computed from the header's
// counts, shared by the writer (snapshot_write.cc) and the reader
// (snapshot.cc) so that they cannot disagree.
#ifndef NEWSGRAPH_GRAPH_INTERNAL_SNAPSHOT_LAYOUT_H_
#define NEWSGRAPH_GRAPH_INTERNAL_SNAPSHOT_LAYOUT_H_

#include <cstdint>

namespace newsgraph::graph {

inline constexpr char kSnapshotMagic[8] = {'N', 'G', 'S', 'N', 'A', 'P', '1', '\n'};
inline constexpr uint32_t kSnapshotVersion = 1;
inline constexpr uint64_t kSnapshotHeaderBytes = 128;
inline constexpr uint64_t kSnapshotByteOrder = 0x0102030405060708ull;

// The header as laid out in the file (128 bytes, little-endian).
struct SnapshotHeader {
  char magic[8];
  uint32_t version;
  uint32_t header_bytes;
  uint64_t database;
  int64_t generation;
  int64_t last_entity;
  int64_t last_relation_mention;
  uint64_t vertices, edges, entries, names, types, type_name_bytes;
  uint64_t file_bytes;
  uint64_t byte_order;
  uint64_t reserved[2];
};
static_assert(sizeof(SnapshotHeader) == kSnapshotHeaderBytes);

// Byte offsets of the sections, in file order; `end` is the file size.
struct SnapshotLayout {
  uint64_t vertex_ids, name_ranks, offsets, entry_targets, entry_edges, edge_ids, edge_sources,
      edge_targets, support_documents, support_mentions, edge_types, modality_ranks, name_hashes,
      name_vertices, type_offsets, type_names, end;

  explicit SnapshotLayout(const SnapshotHeader& h) {
    uint64_t at = kSnapshotHeaderBytes;
    auto section = [&at](uint64_t count, uint64_t size) {
      const uint64_t start = at;
      at = (at + count * size + 7) / 8 * 8;
      return start;
    };
    vertex_ids = section(h.vertices, 8);
    name_ranks = section(h.vertices, 4);
    offsets = section(h.vertices + 1, 8);
    entry_targets = section(h.entries, 4);
    entry_edges = section(h.entries, 4);
    edge_ids = section(h.edges, 8);
    edge_sources = section(h.edges, 4);
    edge_targets = section(h.edges, 4);
    support_documents = section(h.edges, 4);
    support_mentions = section(h.edges, 4);
    edge_types = section(h.edges, 2);
    modality_ranks = section(h.edges, 1);
    name_hashes = section(h.names, 8);
    name_vertices = section(h.names, 4);
    type_offsets = section(h.types + 1, 4);
    type_names = section(h.type_name_bytes, 1);
    end = at;
  }
};

}  // namespace newsgraph::graph

#endif  // NEWSGRAPH_GRAPH_INTERNAL_SNAPSHOT_LAYOUT_H_
