// GraphColumns is the graph as columns of plain arrays, as
// Store::ReadGraphColumns streams it out of the database for building a
// graph snapshot (graph/snapshot.h): no model::Node or model::Edge per row,
// so that a graph of millions of relations is read in a few hundred MB.
//
// It holds the unfiltered graph of Store::LoadGraph, before corrections:
// the entities with at least one mention (sorted by id) and the merged
// relations with at least one mention that is not negated (sorted by id)
// between two of them. Plain data; no behaviour.
#ifndef NEWSGRAPH_MODEL_GRAPH_COLUMNS_H_
#define NEWSGRAPH_MODEL_GRAPH_COLUMNS_H_

#include <cstdint>
#include <string>
#include <utility>
#include <vector>

namespace newsgraph::model {

// What a database held when it was read: equal fingerprints mean equal
// graphs (see Store::GraphFingerprint).
struct GraphFingerprint {
  uint64_t database = 0;              // hash of meta 'created_at': which database
  int64_t generation = 0;             // meta 'graph_generation': bumped by every write
  int64_t last_entity = 0;            // the largest ids, which catch writers that do
  int64_t last_relation_mention = 0;  // not bump the generation
  bool operator==(const GraphFingerprint&) const = default;
};

struct GraphColumns {
  GraphFingerprint fingerprint;

  // Nodes, by position (sorted by id).
  std::vector<int64_t> node_ids;
  std::vector<std::string> node_keys, node_names;
  std::vector<uint16_t> node_types;       // index into entity_types
  std::vector<std::string> entity_types;  // interned, in first-seen order
  // (node position, alias), every alias that differs from the node's name.
  std::vector<std::pair<uint32_t, std::string>> aliases;

  // Edges, by position (sorted by id); ends are node positions.
  std::vector<int64_t> edge_ids;
  std::vector<uint32_t> edge_sources, edge_targets;
  std::vector<uint16_t> edge_types;         // index into relation_types
  std::vector<std::string> relation_types;  // interned, in first-seen order
  std::vector<uint32_t> support_documents, support_mentions;
  std::vector<uint8_t> modality_ranks;  // 0 asserted, 1 planned, 2 hypothetical
};

}  // namespace newsgraph::model

#endif  // NEWSGRAPH_MODEL_GRAPH_COLUMNS_H_
